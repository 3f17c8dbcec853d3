import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/reminders/subscription.ts';
import { openStorage, type Storage } from '../../src/store/storage.ts';
import { forEachDatabase } from '../support/test-databases.ts';

// The terminal chat is subscribed by default, in the terminal's language; the default follows a
// later LANG, and settings its user chose (a subscribe in the terminal) are left as chosen.

const AT = '2024-01-20T10:00:00.000Z';

forEachDatabase('terminal subscription', 'terminal-subscription', (db) => {
  let storage: Storage;
  let cleanup = async () => {};
  beforeEach(async () => {
    const fresh = await db.fresh();
    cleanup = fresh.cleanup;
    storage = await openStorage(fresh.url);
  });
  afterEach(async () => {
    await storage.close();
    await cleanup();
  });

  const find = () => storage.subscriptions.find('console', 'console');

  it('is created in the terminal’s language, and English leaves no language set', async () => {
    await storage.subscriptions.ensureDefault('console', 'console', AT, 'fr');
    expect((await find())?.lang).toBe('fr');
    await storage.subscriptions.ensureDefault('console', 'console', AT, 'en');
    expect((await find())?.lang).toBeUndefined();
    await storage.subscriptions.ensureDefault('console', 'console', AT, 'zh');
    expect(await find()).toMatchObject({ lang: 'zh', states: DEFAULT_SETTINGS.states });
  });

  it('keeps what the user chose', async () => {
    await storage.subscriptions.save({
      platform: 'console',
      channelRef: 'console',
      settings: { ...DEFAULT_SETTINGS, lang: 'es' },
      createdBy: 'user',
      at: AT,
    });
    await storage.subscriptions.ensureDefault('console', 'console', AT, 'fr');
    expect((await find())?.lang).toBe('es');
  });

  it('does not come back once the user unsubscribed', async () => {
    await storage.subscriptions.ensureDefault('console', 'console', AT, 'fr');
    await storage.subscriptions.stop('console', 'console', 'unsubscribed');
    await storage.subscriptions.ensureDefault('console', 'console', AT, 'zh');
    expect(await find()).toBeUndefined();
  });
});
