import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { FiscalYearArgs, IsFiscalYear, IsOrgId } from '@kyodo/subgraph';

@ArgsType()
export class KpiAchievementsArgs extends FiscalYearArgs {
  @Field({ nullable: true, description: "One org's; without it the support body gets every org's, an org admin its own." })
  @IsOptional()
  @IsOrgId()
  orgId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'First year of the cumulative rate (default: fiscalYear itself); at most 20 years back.',
  })
  @IsOptional()
  @IsFiscalYear()
  baseYear?: number;
}
