import { Injectable } from '@nestjs/common';
import { Actor } from '@mps/api-iam';
import { SignOffEntity } from '../entities/sign-off.entity';
import { SignOffInput } from '../models/review.inputs';

/** Sign-offs bound to revisions (docs/domain.md rule 4). */
@Injectable()
export class SignOffsService {
  async signOff(_actor: Actor, _input: SignOffInput): Promise<SignOffEntity> {
    throw new Error('not built yet');
  }
}
