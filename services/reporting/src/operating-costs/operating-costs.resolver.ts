import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, AuthError, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OperatingCostsArgs } from './dto/operating-costs.args';
import { SetOperatingCostInput } from './dto/set-operating-cost.input';
import { OperatingCostEntity } from './operating-cost.entity';
import { OperatingCostsService } from './operating-costs.service';

@Resolver(() => OperatingCostEntity)
export class OperatingCostsResolver {
  constructor(private readonly costsService: OperatingCostsService) {}

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => [OperatingCostEntity], {
    description: "Operating costs for a fiscal year, by org: every org's for the support body, its own for an org admin.",
  })
  async operatingCosts(@Args() { fiscalYear }: OperatingCostsArgs, @CurrentAuth() auth: AuthContext): Promise<OperatingCostEntity[]> {
    const costs = await this.costsService.list(fiscalYear);
    return auth.roles.includes(Role.ConsortiumAdmin) ? costs : costs.filter((c) => c.orgId === auth.orgId);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Mutation(() => OperatingCostEntity, {
    description: "Sets (creates or replaces) an org's operating costs for a fiscal year; an org admin only its own org's. Audited.",
  })
  setOperatingCost(@Args('input') input: SetOperatingCostInput, @CurrentAuth() auth: AuthContext): Promise<OperatingCostEntity> {
    if (!auth.roles.includes(Role.ConsortiumAdmin) && input.orgId !== auth.orgId) {
      throw new AuthError('FORBIDDEN', `An org admin of ${auth.orgId ?? 'no org'} cannot set the costs of ${input.orgId}.`);
    }
    return this.costsService.set(input, auth);
  }
}
