import { type MessageId, type MessageValues, message } from './catalogue.ts';
import type { Locale } from './locales.ts';

/** A refusal a schema wrote with a catalogue message (`params.messageId`) is said in the reader's language. */
export function localizedIssue(issue: { message: string; params?: unknown }, locale: Locale): string {
  const params = issue.params as { messageId?: MessageId; values?: MessageValues } | undefined;
  return params?.messageId ? message(locale, params.messageId, params.values) : issue.message;
}

/**
 * A schema's refusal written with a catalogue message: English where nothing says otherwise,
 * the reader's language where the reply is made (see localizedIssue).
 */
export function catalogueIssue(
  ctx: { addIssue(issue: { code: 'custom'; message: string; params: Record<string, unknown> }): void },
  id: MessageId,
  values: MessageValues = {},
): void {
  ctx.addIssue({ code: 'custom', message: message('en', id, values), params: { messageId: id, values } });
}
