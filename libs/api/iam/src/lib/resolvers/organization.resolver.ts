import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CreateOrganizationInput } from '../inputs/iam.inputs';
import { toOrganizationModel } from '../models/mappers';
import { OrganizationModel } from '../models/organization.model';
import { Actor, CurrentActor } from '../services/actor';
import { OrganizationsService } from '../services/organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @Mutation(() => OrganizationModel)
  async createOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.create(actor, input));
  }

  @Mutation(() => OrganizationModel)
  async renameOrganization(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('name') name: string,
    @Args('acronym', { type: () => String, nullable: true }) acronym?: string | null,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.rename(actor, id, name, acronym));
  }
}
