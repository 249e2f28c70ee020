import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { RELEASE_BLOCKER_KINDS, type ReleaseBlockerKind } from '@mps/shared-domain';

export enum ReleaseStatus {
  CANDIDATE = 'CANDIDATE',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ReleaseStatus, { name: 'ReleaseStatus' });

export const ReleaseBlockerKindEnum = Object.fromEntries(RELEASE_BLOCKER_KINDS.map((k) => [k, k])) as {
  [K in ReleaseBlockerKind]: K;
};
registerEnumType(ReleaseBlockerKindEnum, { name: 'ReleaseBlockerKind' });

@ObjectType('Release')
export class ReleaseModel {
  @Field(() => ID) id!: string;
  @Field() version!: string;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => ReleaseStatus) status!: ReleaseStatus;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why a published release was withdrawn.' }) withdrawalReason!: string | null;
  @Field({ description: 'When it was prepared.' }) createdAt!: Date;
  profileId!: string;
  workspaceId!: string;
  preparedById!: string;
  publishedById!: string | null;
  withdrawnById!: string | null;
}

@ObjectType('ReleaseSection', { description: 'A section as the release froze it.' })
export class ReleaseSectionModel {
  @Field(() => ID) sectionId!: string;
  @Field(() => String, { nullable: true, description: 'The section\'s stable key, the same in every edition.' }) key!: string | null;
  @Field({ description: 'Outline number at preparation ("" for unnumbered sections).' }) number!: string;
  @Field() title!: string;
  @Field(() => Int, { description: 'Depth in the outline at preparation: 0 for chapters and front matter.' }) depth!: number;
  @Field(() => Int, { description: 'Number of the frozen revision (1, 2, 3... of the section).' }) revisionNumber!: number;
  @Field(() => GraphQLJSON, { description: 'The frozen content.' }) content!: Record<string, unknown>;
  @Field({ description: 'The frozen content as HTML.' }) html!: string;
  revisionId!: string;
  workspaceId!: string;
}

@ObjectType('ReleaseBlocker', { description: 'One reason a profile cannot be released yet, with where to fix it.' })
export class ReleaseBlockerModel {
  @Field(() => ReleaseBlockerKindEnum) kind!: ReleaseBlockerKind;
  @Field() message!: string;
  @Field(() => ID, { nullable: true, description: 'The section to fix.' }) sectionId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The review cycle with unresolved threads.' }) reviewCycleId!: string | null;
}

@ObjectType('ReleaseReadiness')
export class ReleaseReadinessModel {
  @Field() ready!: boolean;
  @Field(() => [String], { description: 'Every blocker in plain words (the same strings prepareRelease answers).' })
  blockers!: string[];
  @Field(() => [ReleaseBlockerModel]) items!: ReleaseBlockerModel[];
}

@InputType()
export class PrepareReleaseInput {
  @Field(() => ID) profileId!: string;
  @Field({ description: 'e.g. "2024.1": 1-20 letters, digits, dots or hyphens; unique per profile.' }) version!: string;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType({ description: "A new profile in the same workspace from a published release: its outline, keys, assignments and texts." })
export class StartNextEditionInput {
  @Field(() => ID) releaseId!: string;
  @Field() title!: string;
  @Field() edition!: string;
}
