import { describe, expect, it } from '@jest/globals';
import { hashArgon2id, verifyArgon2id } from './argon2id';

// Written by the reference argon2 implementation (the same encoding the `argon2`
// npm package used for every hash stored before Node's built-in argon2 replaced it):
// echo -n 'Coordinator-demo-2024' | argon2 'norland-salt-16b' -id -k 19456 -t 2 -p 1 -l 32 -e
const LEGACY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$bm9ybGFuZC1zYWx0LTE2Yg$8SPgJro9T5sYQ7ZucbgM/jbQ8KgMbQrcYOgPVc6jC/E';

describe('argon2id', () => {
  it('verifies a hash written by the reference implementation, and refuses a wrong password', async () => {
    expect(await verifyArgon2id(LEGACY_HASH, 'Coordinator-demo-2024')).toBe(true);
    expect(await verifyArgon2id(LEGACY_HASH, 'coordinator-demo-2024')).toBe(false);
  });

  it('writes PHC strings with the OWASP baseline and a fresh salt each time', async () => {
    const [a, b] = await Promise.all([hashArgon2id('a long passphrase'), hashArgon2id('a long passphrase')]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyArgon2id(a, 'a long passphrase')).toBe(true);
  });

  it('answers false, never throws, for malformed or abusive stored hashes', async () => {
    for (const phc of ['', 'plain', '$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA', '$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g']) {
      expect(await verifyArgon2id(phc, 'x')).toBe(false);
    }
  });
});
