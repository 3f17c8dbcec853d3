import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../../src/store/storage.ts';
import { tempDatabase } from '../support/temp-database.ts';

// Installations by OAuth: found per workspace or through the organisation, and sealed at rest.

const TOKEN = 'xoxb-1111-very-secret-token';

describe('installations', () => {
  let storage: Storage | undefined;
  let cleanup = () => {};
  afterEach(async () => {
    await storage?.close();
    cleanup();
  });

  const open = async (key = randomBytes(32)) => {
    const db = tempDatabase();
    cleanup = db.cleanup;
    storage = await openStorage(db.url, { secretKey: key });
    return { db, key, installations: storage.installations! };
  };

  it('finds a workspace by its own installation, or by its organisation installed as a whole', async () => {
    const { installations } = await open();
    const at = '2024-01-20T10:00:00.000Z';
    await installations.save({
      platform: 'slack',
      workspace: 'T1',
      wholeOrganisation: false,
      secrets: JSON.stringify({ token: TOKEN }),
      installedAt: at,
    });
    await installations.save({
      platform: 'slack',
      organisation: 'E1',
      wholeOrganisation: true,
      secrets: '{"token":"xoxb-org"}',
      installedAt: at,
    });
    expect(
      (await installations.find({ platform: 'slack', workspace: 'T1', wholeOrganisation: false }))?.secrets,
    ).toBe(JSON.stringify({ token: TOKEN }));
    const viaOrg = await installations.find({
      platform: 'slack',
      workspace: 'T9',
      organisation: 'E1',
      wholeOrganisation: false,
    });
    expect(viaOrg).toMatchObject({
      organisation: 'E1',
      wholeOrganisation: true,
      secrets: '{"token":"xoxb-org"}',
    });
    expect(
      await installations.find({ platform: 'slack', workspace: 'T9', wholeOrganisation: false }),
    ).toBeUndefined();
    expect(await installations.remove({ platform: 'slack', workspace: 'T1', wholeOrganisation: false })).toBe(
      true,
    );
    expect(await installations.remove({ platform: 'slack', workspace: 'T1', wholeOrganisation: false })).toBe(
      false,
    );
    expect(
      await installations.find({ platform: 'slack', workspace: 'T1', wholeOrganisation: false }),
    ).toBeUndefined();
  });

  it('never writes a token in clear to the database file, and needs the same key to read it', async () => {
    const { db, key, installations } = await open();
    await installations.save({
      platform: 'slack',
      workspace: 'T1',
      wholeOrganisation: false,
      secrets: JSON.stringify({ bot: { token: TOKEN, refreshToken: 'xoxe-1-refresh-secret' } }),
      installedAt: '2024-01-20T10:00:00.000Z',
    });
    await storage!.close();
    storage = undefined;
    // The raw bytes of the file and of its write-ahead log, as an attacker with the disk would read them.
    const raw = ['', '-wal']
      .map((suffix) => {
        try {
          return readFileSync(`${db.path}${suffix}`).toString('latin1');
        } catch {
          return '';
        }
      })
      .join('');
    expect(raw).toContain('slack:team:T1');
    expect(raw).not.toContain('very-secret');
    expect(raw).not.toContain('refresh-secret');
    expect(raw).not.toContain('xoxb-');

    storage = await openStorage(db.url, { secretKey: randomBytes(32) });
    await expect(
      storage.installations!.find({ platform: 'slack', workspace: 'T1', wholeOrganisation: false }),
    ).rejects.toThrow(/not the key it was saved with/);
    await storage.close();
    storage = await openStorage(db.url, { secretKey: key });
    const found = await storage.installations!.find({
      platform: 'slack',
      workspace: 'T1',
      wholeOrganisation: false,
    });
    expect(found?.secrets).toContain(TOKEN);
  });
});
