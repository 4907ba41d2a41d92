import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Marks the format, so a later one (another key, another cipher) can be told apart. */
const VERSION = 'v1:';

/** Where a secret is stored; it is bound to the ciphertext so a sealed value cannot be moved to another row. */
export type SecretPlace = readonly [table: string, ...keys: string[]];

/**
 * Seals secrets with AES-256-GCM before they reach the database, and opens them again.
 * Each value gets a random 96-bit IV; the place it is stored at is authenticated data,
 * so copying one organisation's sealed secret into another's row does not open.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error(`A secret key is ${KEY_BYTES} bytes, not ${key.length}.`);
    this.key = key;
  }

  seal(plain: string, place: SecretPlace): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(JSON.stringify(place)));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return VERSION + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
  }

  /** Throws when the value was sealed with another key, for another place, or was altered. */
  open(sealed: string, place: SecretPlace): string {
    if (!sealed.startsWith(VERSION)) throw new Error('Not a sealed secret.');
    const bytes = Buffer.from(sealed.slice(VERSION.length), 'base64');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('A sealed secret is too short.');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(JSON.stringify(place)));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

/** A base64 key of exactly 32 bytes; anything else is refused rather than padded or cut. */
function decodeKey(text: string, from: string): Buffer {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES || key.toString('base64') !== trimmed) {
    throw new Error(`${from} must hold ${KEY_BYTES} random bytes in base64, e.g. the output of \`openssl rand -base64 32\`.`);
  }
  return key;
}

/**
 * The key that seals the database's secrets: `PLUGBOARD_SECRET_KEY` (base64, 32 bytes)
 * when set. Otherwise a development key kept beside the database as `<database>.key`,
 * readable by its owner only, made on first start so restarts can still open what was
 * sealed before. An in-memory database gets a key that lives as long as it does.
 */
export function loadSecretKey(databasePath: string, configuredKey: string | undefined): Buffer {
  if (configuredKey !== undefined && configuredKey !== '') return decodeKey(configuredKey, 'PLUGBOARD_SECRET_KEY');
  if (databasePath === ':memory:') return randomBytes(KEY_BYTES);
  const keyPath = `${databasePath}.key`;
  if (!existsSync(keyPath)) {
    // Written whole under another name, then linked into place: a server starting at the
    // same moment never reads a half-written key, and never replaces one already there.
    const draft = `${keyPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    try {
      linkSync(draft, keyPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  // Like ssh with a private key: one that others could read may have been copied.
  if ((statSync(keyPath).mode & 0o077) !== 0) {
    throw new Error(`${keyPath} is readable by other users: \`chmod 600 ${keyPath}\`, or set PLUGBOARD_SECRET_KEY.`);
  }
  return decodeKey(readFileSync(keyPath, 'utf8'), keyPath);
}
