import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: "Without templateKey, the profile starts empty; with 'iom-standard' it gets the standard Migration Profile outline." })
export class CreateProfileInput {
  @Field(() => ID) workspaceId!: string;
  @Field() title!: string;
  @Field() edition!: string;
  @Field(() => String, { nullable: true }) templateKey?: string | null;
}
