import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@InputType()
export class AddSectionInput {
  @Field(() => ID) profileId!: string;
  @Field(() => ID, { nullable: true, description: 'Parent section; none for a top-level chapter.' }) parentId?: string | null;
  @Field() title!: string;
  @Field(() => Int, { nullable: true, description: 'Place among its siblings (0 = first); default: last.' })
  position?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'False for unnumbered sections (front matter, annexes). Default true.' })
  numbered?: boolean | null;
}

@InputType()
export class MoveSectionInput {
  @Field(() => ID) sectionId!: string;
  @Field(() => ID, { nullable: true, description: 'New parent; none to make it a top-level chapter.' }) parentId?: string | null;
  @Field(() => Int, { description: 'Place among its new siblings (0 = first).' }) position!: number;
}

@InputType()
export class SaveSectionInput {
  @Field(() => ID) sectionId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The revision the edit started from; null only for a section with no revision yet. Stale -> CONFLICT.',
  })
  baseRevisionId?: string | null;
  @Field(() => GraphQLJSON) content!: unknown;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Comments whose suggested wording this save takes (applied in the editor); their threads record this revision.',
  })
  appliedSuggestionIds?: string[] | null;
}
