import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldAccess, GqlContext, NotFoundError } from '@mps/api-core';
import { IamLoaders, OrganizationModel, toOrganizationModel } from '@mps/api-iam';
import { SectionModel } from '@mps/api-profiles';
import { SignOffMatrixCellModel, SignOffMatrixRowModel } from '../models/review-cycle.model';
import { SignOffDecision, SignOffModel } from '../models/sign-off.model';

const MATRIX = 'Matrix rows are only built for coordinators and focal points';

/** Rows and cells arrive built by ReviewMatrixService; these resolvers only hand their parts out. */
@Resolver(() => SignOffMatrixRowModel)
export class SignOffMatrixRowResolver {
  @ResolveField(() => SectionModel)
  @FieldAccess(MATRIX)
  async section(@Parent() row: SignOffMatrixRowModel): Promise<SectionModel> {
    if (!row.section) throw new NotFoundError('Section');
    return row.section;
  }
}

@Resolver(() => SignOffMatrixCellModel)
export class SignOffMatrixCellResolver {
  constructor(private readonly iam: IamLoaders) {}

  @ResolveField(() => OrganizationModel)
  @FieldAccess(MATRIX)
  async organization(@Parent() cell: SignOffMatrixCellModel, @Context() ctx: GqlContext): Promise<OrganizationModel> {
    const organization = cell.organization ?? (await this.iam.organization(ctx.loaders, cell.organizationId));
    if (!organization) throw new NotFoundError('Organization');
    return toOrganizationModel(organization);
  }

  @ResolveField(() => SignOffModel, { nullable: true, description: "The organisation's latest sign-off on the section, current or stale." })
  @FieldAccess(MATRIX)
  async signOff(@Parent() cell: SignOffMatrixCellModel): Promise<SignOffModel | null> {
    return cell.signOff ?? null;
  }

  @ResolveField(() => SignOffDecision, { nullable: true, description: 'The current decision on the current revision, if any.' })
  @FieldAccess(MATRIX)
  async decision(@Parent() cell: SignOffMatrixCellModel): Promise<SignOffDecision | null> {
    return cell.signOff && !cell.signOff.stale ? cell.signOff.decision : null;
  }
}
