import { Injectable } from '@nestjs/common';
import { parseInput } from '@mps/api-core';
import { newAccountPasswordSchema } from '@mps/shared-domain';
import { hashArgon2id, verifyArgon2id } from './argon2id';

@Injectable()
export class PasswordService {
  /** A hash of a random password, to spend the same time when the e-mail is unknown. */
  private decoyHash: Promise<string> | null = null;

  async hash(password: string): Promise<string> {
    parseInput(newAccountPasswordSchema, { password }, { password: 'the password' });
    return hashArgon2id(password);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      this.decoyHash ??= hashArgon2id('decoy-password-never-used');
      await verifyArgon2id(await this.decoyHash, password);
      return false;
    }
    return verifyArgon2id(hash, password);
  }
}
