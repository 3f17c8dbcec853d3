import { z } from 'zod';
import { defineCommand } from './command-definition.ts';

export const askCommand = defineCommand({
  name: 'ask',
  summary: 'Ask a question in plain words: "who leads China\'s delegation?"',
  args: z.object({
    question: z
      .string()
      .trim()
      .min(1, "ask a question, for example: who leads China's delegation?")
      .describe('Your question, in plain words'),
  }),
  examples: ["ask who leads China's delegation?", 'ask when is Nigeria reviewed?'],
  access: 'everyone',
  run: ({ question }, ctx) => ctx.ask(question),
});
