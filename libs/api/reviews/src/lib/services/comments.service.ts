import { Injectable } from '@nestjs/common';
import { Actor } from '@mps/api-iam';
import { CommentEntity } from '../entities/comment.entity';
import { AddCommentInput, SetCommentDispositionInput } from '../models/review.inputs';

/** Anchored, threaded comments, suggestions and dispositions (docs/domain.md rule 6). */
@Injectable()
export class CommentsService {
  async add(_actor: Actor, _input: AddCommentInput): Promise<CommentEntity> {
    throw new Error('not built yet');
  }

  async resolve(_actor: Actor, _id: string, _resolved: boolean): Promise<CommentEntity> {
    throw new Error('not built yet');
  }

  async declineSuggestion(_actor: Actor, _id: string, _reason: string): Promise<CommentEntity> {
    throw new Error('not built yet');
  }

  async setDisposition(_actor: Actor, _input: SetCommentDispositionInput): Promise<CommentEntity> {
    throw new Error('not built yet');
  }
}
