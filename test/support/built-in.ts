import { readFileSync } from 'node:fs';
import { createBotCore } from '../../src/core/bot-core.ts';
import type { DataSet } from '../../src/core/data-schema.ts';
import { parseDataSet } from '../../src/core/data-validation.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { renderPlain } from '../../src/core/reply-text.ts';

export const BUILT_IN_FILE = new URL('../../data/upr45.json', import.meta.url).pathname;

export function builtInJson(): unknown {
  return JSON.parse(readFileSync(BUILT_IN_FILE, 'utf8'));
}

export function builtInData(): DataSet {
  const parsed = parseDataSet(builtInJson());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.data;
}

export function inbound(text: string, now: string, overrides: Partial<Inbound> = {}): Inbound {
  return {
    platform: 'console',
    kind: 'command',
    text,
    user: { id: 'U1', isAdmin: false },
    channel: { ref: 'C1', isDirect: false },
    receivedAt: new Date(now).toISOString(),
    ...overrides,
  };
}

/** A core over the built-in data with stand-in ports, and a helper that returns plain text. */
export function testCore(data: DataSet = builtInData()) {
  const knowledge = buildKnowledge(data);
  const core = createBotCore({
    knowledge: () => knowledge,
    ports: {
      dataStatus: async () => ({
        revision: data.revision,
        origin: 'test',
        importedAt: '2024-07-05T00:00:00.000Z',
      }),
    },
  });
  const ask = async (text: string, now: string, overrides: Partial<Inbound> = {}) => {
    const message = inbound(text, now, overrides);
    const reply = await core.handle(message);
    return { reply, text: renderPlain(reply, message.receivedAt, overrides.zone ?? reply.zone) };
  };
  return { core, knowledge, ask };
}

/** An answer as a reader judges it: without its sources line(s), in any language. */
export function withoutSources(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^(Sources?|Fuentes?|来源)\s*[:：]/.test(line))
    .join('\n');
}
