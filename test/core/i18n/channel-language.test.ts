import { afterEach, describe, expect, it } from 'vitest';
import { storagePorts } from '../../../src/composition/bot-runtime.ts';
import { createBotCore } from '../../../src/core/bot-core.ts';
import type { Inbound } from '../../../src/core/inbound.ts';
import { buildKnowledge } from '../../../src/core/knowledge.ts';
import { settingsFromKey, settingsKey } from '../../../src/core/reminders/settings-key.ts';
import { renderPlain } from '../../../src/core/reply-text.ts';
import { inbound } from '../../support/built-in.ts';
import { reminderHarness } from '../../support/reminder-harness.ts';

// `subscribe … lang:zh` is kept with the channel's subscription (a real SQLite file) and makes
// the channel's replies Chinese where nothing stronger (the question, the user's language) says.

type Harness = Awaited<ReturnType<typeof reminderHarness>>;
let h: Harness;
afterEach(async () => h?.cleanup());

async function chat() {
  h = await reminderHarness();
  const knowledge = buildKnowledge((await h.storage.data.load())!);
  const core = createBotCore({ knowledge: () => knowledge, ports: storagePorts(h.storage) });
  const now = '2024-01-20T10:00:00Z';
  return async (text: string, overrides: Partial<Inbound> = {}) =>
    renderPlain(
      await core.handle(inbound(text, now, { user: { id: 'U1', name: 'ana', isAdmin: true }, ...overrides })),
      now,
    );
}

describe("a channel's language", () => {
  it('is stored with the subscription and answers the channel in it', async () => {
    const say = await chat();
    await say('subscribe China lang:zh');
    const sub = (await h.storage.subscriptions.find('console', 'C1'))!;
    expect(sub.lang).toBe('zh');
    // Its reminders are planned apart from English channels with the same settings.
    expect(settingsKey(sub)).toBe(
      'Europe/Zurich|CHN|window,digest,reviews,adoptions,side-meetings,updates|default|zh',
    );
    expect(settingsFromKey(settingsKey(sub)).lang).toBe('zh');
    expect(await say('frobnicate now')).toContain('我不认识命令“frobnicate”');
    // The user's own language is stronger than the channel's.
    const french = await say('frobnicate now', { language: { tag: 'fr-FR', source: 'user' } });
    expect(french).toContain('Je ne connais pas la commande « frobnicate »');
    // So is the terminal's weaker than the channel's.
    const terminal = await say('frobnicate now', { language: { tag: 'es_ES.UTF-8', source: 'terminal' } });
    expect(terminal).toContain('我不认识命令');
  });

  it('refuses a language it does not speak, in a short line, and changes nothing', async () => {
    const say = await chat();
    await say('subscribe China lang:fr');
    const before = await h.storage.subscriptions.find('console', 'C1');
    const text = await say('subscribe Nigeria lang:klingon');
    expect(text).toMatch(/^Je ne parle pas « klingon » : utilisez lang:en, lang:zh, lang:fr ou lang:es/);
    expect(text.split('\n')).toHaveLength(1);
    expect(await h.storage.subscriptions.find('console', 'C1')).toEqual(before);
  });

  it('leaves English keys as they were, and English is no fifth part', async () => {
    const say = await chat();
    await say('subscribe China lang:en');
    const sub = (await h.storage.subscriptions.find('console', 'C1'))!;
    expect(sub.lang).toBeUndefined();
    expect(settingsKey(sub).split('|')).toHaveLength(4);
  });
});

describe('subscription replies in the reader language', () => {
  it('echoes the settings in Spanish, with the language and the zone named through Intl', async () => {
    const say = await chat();
    const text = await say('subscribe China zone:Europe/Madrid lang:es');
    expect(text).toContain('Este canal está suscrito a los recordatorios');
    expect(text).toContain('Estados: China');
    expect(text).toContain('Idioma: español');
    // Kinds are named in Spanish, with the word to type beside them.
    expect(text).toContain(
      'Tipos: inicio y fin del período de sesiones (window), resumen diario (digest), exámenes (reviews)',
    );
    expect(text).toMatch(/Resumen: 08:00 hora de Europa central \(Europe\/Madrid\)/);
    expect(await say('unsubscribe')).toBe(
      'Este canal no recibirá más recordatorios; los pendientes se retiran.',
    );
    // Unsubscribed, the channel has no language of its own: a Spanish user still reads Spanish.
    expect(await say('subscriptions', { language: { tag: 'es-419', source: 'user' } })).toBe(
      'Este canal no está suscrito. Escriba «subscribe» para los recordatorios por defecto.',
    );
  });
});
