import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { BadUserInputError } from '@mps/api-core';
import { passwordProblem } from '@mps/shared-domain';

/** OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordService {
  /** A hash of a random password, to spend the same time when the e-mail is unknown. */
  private decoyHash: Promise<string> | null = null;

  async hash(password: string): Promise<string> {
    const problem = passwordProblem(password);
    if (problem) throw new BadUserInputError(problem, 'password');
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      this.decoyHash ??= argon2.hash('decoy-password-never-used', ARGON2_OPTIONS);
      await argon2.verify(await this.decoyHash, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
