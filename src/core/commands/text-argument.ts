import { z } from 'zod';
import { catalogueIssue } from '../i18n/localized-issue.ts';

// A free-text argument (a state's name, a question, an update), trimmed, whose refusals, empty or
// too long, come from the catalogue: the reply says them in the reader's language.

/** Which argument it is: the catalogue words each one's refusal its own way. */
export type TextArgumentName = 'state' | 'target' | 'text' | 'question' | 'filter';

/** `max` characters at most (no limit without it); `required`: an empty value is refused. */
export function textArgument(argument: TextArgumentName, options: { required: boolean; max?: number }) {
  const max = options.max ?? Number.POSITIVE_INFINITY;
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (options.required && value === '') catalogueIssue(ctx, 'argument.empty', { argument });
      else if (value.length > max) catalogueIssue(ctx, 'argument.tooLong', { argument, max });
    });
}
