import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { OrganizationEntity } from '@mps/api-iam';
import type { SectionModel } from '@mps/api-profiles';
import type { SignOffModel } from './sign-off.model';

export enum ReviewCycleStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(ReviewCycleStatus, { name: 'ReviewCycleStatus' });

@ObjectType('ReviewCycle', { description: 'A review round on some sections of a profile (docs/domain.md rules 2, 5 and 6).' })
export class ReviewCycleModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ReviewCycleStatus) status!: ReviewCycleStatus;
  @Field({ description: 'When the cycle closes by itself, if a coordinator has not closed it before.' }) closesAt!: Date;
  @Field() openedAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field({ description: 'True when the cycle closed by itself at its closing date.' }) closedAutomatically!: boolean;
  profileId!: string;
  workspaceId!: string;
  openedById!: string;
  closedById!: string | null;
}

@ObjectType('ReviewCycleProgress', { description: "Where a cycle stands, for its page's summary." })
export class ReviewCycleProgressModel {
  @Field(() => Int, { description: 'Sections in the cycle.' }) sections!: number;
  @Field(() => Int, { description: 'Of those, APPROVED now.' }) sectionsApproved!: number;
  @Field(() => Int, { description: 'Of those, CHANGES_REQUESTED now.' }) sectionsChangesRequested!: number;
  @Field(() => Int, { description: 'Comment threads opened in the cycle.' }) threads!: number;
  @Field(() => Int) threadsResolved!: number;
  @Field(() => Int, { description: 'Every comment of the cycle, replies included.' }) comments!: number;
  @Field(() => Int, { description: 'Threads opened by participating organisations: each needs a disposition.' }) dispositionsNeeded!: number;
  @Field(() => Int) dispositionsRecorded!: number;
  @Field(() => Int, { description: 'Sections x required signatories.' }) signOffsExpected!: number;
  @Field(() => Int, { description: 'Of those, current (not stale) decisions given.' }) signOffsGiven!: number;
}

@ObjectType('SignOffMatrixCell', { description: "One required organisation's position on one section." })
export class SignOffMatrixCellModel {
  organizationId!: string;
  /** The organisation's latest sign-off on the section, current or stale. */
  signOffId!: string | null;
  /** Built with the matrix, so that its field resolvers read nothing again. */
  organization?: OrganizationEntity;
  signOff?: SignOffModel | null;
  @Field({ description: 'The latest decision was given on an older revision: it no longer counts.' }) stale!: boolean;
  @Field({ description: 'The organisation still has to act: no current decision on the current revision.' }) awaiting!: boolean;
}

@ObjectType('SignOffMatrixRow')
export class SignOffMatrixRowModel {
  sectionId!: string;
  /** Built with the matrix (with its outline number), so that the row's field resolver reads nothing again. */
  section?: SectionModel;
  @Field(() => [SignOffMatrixCellModel], { description: 'One cell per required signatory, in the order of ReviewCycle.requiredSignatories.' })
  cells!: SignOffMatrixCellModel[];
}
