import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext } from '@mps/api-core';
import { OrganizationModel } from '@mps/api-iam';
import { SectionModel } from '@mps/api-profiles';
import { SignOffMatrixCellModel, SignOffMatrixRowModel } from '../models/review-cycle.model';
import { SignOffDecision, SignOffModel } from '../models/sign-off.model';

const MATRIX = 'Matrix rows are only built for coordinators and focal points';

@Resolver(() => SignOffMatrixRowModel)
export class SignOffMatrixRowResolver {
  @ResolveField(() => SectionModel)
  @FieldAccess(MATRIX)
  async section(@Parent() _row: SignOffMatrixRowModel, @Context() _ctx: GqlContext): Promise<SectionModel> {
    throw new Error('not built yet');
  }
}

@Resolver(() => SignOffMatrixCellModel)
export class SignOffMatrixCellResolver {
  @ResolveField(() => OrganizationModel)
  @FieldAccess(MATRIX)
  async organization(@Parent() _cell: SignOffMatrixCellModel, @Context() _ctx: GqlContext): Promise<OrganizationModel> {
    throw new Error('not built yet');
  }

  @ResolveField(() => SignOffModel, { nullable: true, description: "The organisation's latest sign-off on the section, current or stale." })
  @FieldAccess(MATRIX)
  async signOff(@Parent() _cell: SignOffMatrixCellModel, @Context() _ctx: GqlContext): Promise<SignOffModel | null> {
    throw new Error('not built yet');
  }

  @ResolveField(() => SignOffDecision, { nullable: true, description: 'The current decision on the current revision, if any.' })
  @FieldAccess(MATRIX)
  async decision(@Parent() _cell: SignOffMatrixCellModel, @Context() _ctx: GqlContext): Promise<SignOffDecision | null> {
    throw new Error('not built yet');
  }
}
