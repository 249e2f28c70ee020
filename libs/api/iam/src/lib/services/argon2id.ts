import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

/**
 * argon2id with Node's built-in implementation (Node 24), so that installing the
 * product compiles nothing. Hashes are PHC strings, the format the `argon2` npm
 * package wrote before, so existing password hashes keep verifying:
 * `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (unpadded base64).
 */
// Promisified on first use, not at import: on a Node without crypto.argon2 (< 24) the server must get as far as
// main()'s version check, which says how to start it, instead of crashing while loading this module.
const promisifyArgon2 = () => promisify(argon2);
let promisifiedArgon2: ReturnType<typeof promisifyArgon2> | undefined;
const argon2Async: ReturnType<typeof promisifyArgon2> = (algorithm, parameters) =>
  (promisifiedArgon2 ??= promisifyArgon2())(algorithm, parameters);

/** OWASP's argon2id baseline: 19 MiB memory, 2 passes, 1 lane; 16-byte salt, 32-byte tag. */
const DEFAULTS = { memory: 19_456, passes: 2, parallelism: 1, saltLength: 16, tagLength: 32 } as const;
/** Refuse stored parameters that would let one bad row exhaust memory or CPU. */
const LIMITS = { memory: 1 << 20, passes: 16, parallelism: 16 } as const;

const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

export async function hashArgon2id(password: string): Promise<string> {
  const nonce = randomBytes(DEFAULTS.saltLength);
  const { memory, passes, parallelism, tagLength } = DEFAULTS;
  const tag = await argon2Async('argon2id', { message: password, nonce, memory, passes, parallelism, tagLength });
  return `$argon2id$v=19$m=${memory},t=${passes},p=${parallelism}$${b64(nonce)}$${b64(Buffer.from(tag))}`;
}

/** True when `password` matches the PHC string; false for a wrong password or a malformed or unsafe hash. */
export async function verifyArgon2id(phc: string, password: string): Promise<boolean> {
  const match = PHC.exec(phc);
  if (!match) return false;
  const [memory, passes, parallelism] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (memory > LIMITS.memory || passes > LIMITS.passes || parallelism > LIMITS.parallelism) return false;
  const nonce = Buffer.from(match[4]!, 'base64');
  const expected = Buffer.from(match[5]!, 'base64');
  if (nonce.length < 8 || expected.length < 4) return false;
  try {
    const tag = Buffer.from(
      await argon2Async('argon2id', { message: password, nonce, memory, passes, parallelism, tagLength: expected.length }),
    );
    return timingSafeEqual(tag, expected);
  } catch {
    return false;
  }
}
