import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field() accessToken!: string;
  @Field({
    description:
      'Single use, rotated by refreshSession. Empty when the request asked for the cookie transport (X-Refresh-Token-Transport: cookie): the token is then only in the HttpOnly cookie.',
  })
  refreshToken!: string;
  @Field(() => UserModel) user!: UserModel;
}
