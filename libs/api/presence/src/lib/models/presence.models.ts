import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PRESENCE_ACTIVITIES, PresenceActivity } from '@mps/shared-domain';

export const PresenceActivityEnum = Object.fromEntries(PRESENCE_ACTIVITIES.map((v) => [v, v])) as {
  [K in PresenceActivity]: K;
};
registerEnumType(PresenceActivityEnum, {
  name: 'PresenceActivity',
  description: 'What someone is doing on a section they have open: VIEWING (reading) or EDITING (in the editor).',
});

@ObjectType('PresentPerson', { description: 'Someone else who has the section open; all their tabs counted once.' })
export class PresentPersonModel {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true, description: "Their organisation's acronym, when it has one." })
  organizationAcronym!: string | null;
  @Field(() => String, { nullable: true, description: 'Their organisation in this workspace (none for a platform admin).' })
  organizationName!: string | null;
  @Field(() => PresenceActivityEnum, { description: 'EDITING when any of their tabs edits the section.' })
  activity!: PresenceActivity;
}

@ObjectType('SectionPresence', { description: 'Who else has a section open right now.' })
export class SectionPresenceModel {
  @Field(() => ID) sectionId!: string;
  @Field(() => [PresentPersonModel], { description: 'Other people, never yourself: editors first, then by name.' })
  others!: PresentPersonModel[];
  @Field({
    description:
      'Whether the others see you. False when the section already shows the most people it may, or presence is out of reach for a moment.',
  })
  shown!: boolean;
}
