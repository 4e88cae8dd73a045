import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OperatingCostsArgs } from './dto/operating-costs.args';
import { SetOperatingCostInput } from './dto/set-operating-cost.input';
import { OperatingCostEntity } from './operating-cost.entity';
import { OperatingCostsService } from './operating-costs.service';

@Resolver(() => OperatingCostEntity)
export class OperatingCostsResolver {
  constructor(private readonly costsService: OperatingCostsService) {}

  @Query(() => [OperatingCostEntity], { description: "Every org's operating costs for a fiscal year, by org." })
  operatingCosts(@Args() { fiscalYear }: OperatingCostsArgs): Promise<OperatingCostEntity[]> {
    return this.costsService.list(fiscalYear);
  }

  @Mutation(() => OperatingCostEntity, { description: "Sets (creates or replaces) an org's operating costs for a fiscal year." })
  setOperatingCost(@Args('input') input: SetOperatingCostInput): Promise<OperatingCostEntity> {
    return this.costsService.set(input);
  }
}
