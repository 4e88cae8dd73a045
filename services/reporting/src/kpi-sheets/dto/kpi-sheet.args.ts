import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { FiscalYearArgs, IsOrgId } from '@kyodo/subgraph';

@ArgsType()
export class KpiSheetArgs extends FiscalYearArgs {
  @Field(() => String, {
    nullable: true,
    description: "The member whose sheet it is; without it the consortium's for the support body, its own org's for an org admin.",
  })
  @IsOptional()
  @IsOrgId()
  orgId?: string | null;
}

@ArgsType()
export class KpiPlansArgs {
  @Field(() => String, {
    nullable: true,
    description: "The member whose plans they are; without it the consortium's for the support body, its own org's for an org admin.",
  })
  @IsOptional()
  @IsOrgId()
  orgId?: string | null;
}
