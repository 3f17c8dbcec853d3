import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Secrets at rest (chat tokens): AES-256-GCM with a fresh random IV per value and the auth tag
// checked on the way back, so a value altered in the database, or moved to another row, fails
// loudly instead of decrypting to garbage. The row's key is bound in as additional data.

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
/** Names the format, so a later scheme can tell old values apart. */
const VERSION = 'v1';

export class SecretBoxError extends Error {}

/** A 32-byte key from its base64 text (`openssl rand -base64 32`), or undefined when it is not one. */
export function keyFromBase64(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) return undefined;
  const key = Buffer.from(trimmed, 'base64');
  return key.length === KEY_BYTES ? key : undefined;
}

export interface SecretBox {
  seal(plain: string, boundTo: string): string;
  open(sealed: string, boundTo: string): string;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== KEY_BYTES) throw new SecretBoxError(`the key must be ${KEY_BYTES} bytes`);
  return {
    seal(plain, boundTo) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return `${VERSION}:${Buffer.concat([iv, tag, body]).toString('base64')}`;
    },
    open(sealed, boundTo) {
      const [version, payload] = sealed.split(':');
      if (version !== VERSION || !payload) throw new SecretBoxError('not a sealed value');
      const bytes = Buffer.from(payload, 'base64');
      if (bytes.length < IV_BYTES + TAG_BYTES) throw new SecretBoxError('not a sealed value');
      const iv = bytes.subarray(0, IV_BYTES);
      const tag = bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([
          decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        // Never the value itself in the message: only what to check.
        throw new SecretBoxError(
          'a stored secret could not be decrypted: SLACK_ENCRYPTION_KEY is not the key it was saved with, or the row was altered',
        );
      }
    },
  };
}
