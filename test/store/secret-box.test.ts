import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, keyFromBase64, SecretBoxError } from '../../src/store/secret-box.ts';

describe('the secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);
  const box = createSecretBox(key);

  it('gives back what it sealed, with a fresh IV each time', () => {
    const a = box.seal('xoxb-secret', 'slack:team:T1');
    const b = box.seal('xoxb-secret', 'slack:team:T1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('xoxb');
    expect(box.open(a, 'slack:team:T1')).toBe('xoxb-secret');
  });

  it('refuses a value altered, moved to another row, or opened with another key', () => {
    const sealed = box.seal('xoxb-secret', 'slack:team:T1');
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1]! ^= 1;
    expect(() => box.open(`v1:${bytes.toString('base64')}`, 'slack:team:T1')).toThrow(SecretBoxError);
    expect(() => box.open(sealed, 'slack:team:T2')).toThrow(SecretBoxError);
    expect(() => createSecretBox(randomBytes(32)).open(sealed, 'slack:team:T1')).toThrow(
      /not the key it was saved with/,
    );
    expect(() => box.open('plain text', 'slack:team:T1')).toThrow(SecretBoxError);
  });

  it('takes a key only as 32 bytes of base64', () => {
    expect(keyFromBase64(randomBytes(32).toString('base64'))).toHaveLength(32);
    expect(keyFromBase64(randomBytes(16).toString('base64'))).toBeUndefined();
    expect(keyFromBase64('not base64 at all!')).toBeUndefined();
    expect(keyFromBase64('')).toBeUndefined();
  });
});
