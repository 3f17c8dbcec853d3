import { z } from 'zod';
import { defineCommand } from './command-definition.ts';
import { textArgument } from './text-argument.ts';

export const askCommand = defineCommand({
  name: 'ask',
  summary: 'Ask a question in plain words: who leads a delegation, when a review is, and more',
  args: z.object({
    question: textArgument('question', { required: true }).describe('Your question, in plain words'),
  }),
  examples: ["ask who leads <state>'s delegation?", 'ask when is <state> reviewed?'],
  access: 'everyone',
  run: ({ question }, ctx) => ctx.ask(question),
});
