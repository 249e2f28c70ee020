import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { UserEntity } from '@mps/api-iam';
import { PROFILE_EVENT_TYPES, ProfileEvent, ProfileEventType } from '@mps/shared-domain';

const TYPES = Object.entries(PROFILE_EVENT_TYPES)
  .map(([type, meaning]) => `${type}: ${meaning}`)
  .join('; ');

@ObjectType('ProfileEvent', {
  description: 'Something changed in a profile. Ids only: re-read what changed, with the access that applies.',
})
export class ProfileEventModel {
  @Field(() => String, { description: `One of ${TYPES}.` }) type!: ProfileEventType;
  @Field(() => ID) profileId!: string;
  @Field(() => ID, { nullable: true }) sectionId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The review cycle concerned (cycle and comment events).' }) reviewCycleId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The comment concerned (comment events).' }) commentId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The release concerned (release events).' }) releaseId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The task concerned (task events).' }) taskId!: string | null;
  @Field() at!: Date;
  actorId!: string | null;
  /** Who acted, read once for every subscriber of the event (`actor`); null when nobody did or they are gone. */
  actorUser?: UserEntity | null;
}

export const toProfileEventModel = (event: ProfileEvent): ProfileEventModel => ({
  type: event.type,
  profileId: event.profileId,
  sectionId: event.sectionId,
  reviewCycleId: 'reviewCycleId' in event ? event.reviewCycleId : null,
  commentId: 'commentId' in event ? event.commentId : null,
  releaseId: 'releaseId' in event ? event.releaseId : null,
  taskId: 'taskId' in event ? event.taskId : null,
  at: new Date(event.at),
  actorId: event.actorId,
});
