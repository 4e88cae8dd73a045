import { ArgsType, Field } from '@nestjs/graphql';
import { FiscalYearArgs, IsOrgId } from '@kyodo/subgraph';

@ArgsType()
export class KpiSheetArgs extends FiscalYearArgs {
  @Field({ description: 'The member whose sheet it is (an org admin: its own org).' })
  @IsOrgId()
  orgId!: string;
}

@ArgsType()
export class KpiPlansArgs {
  @Field({ description: 'The member whose plans they are (an org admin: its own org).' })
  @IsOrgId()
  orgId!: string;
}
