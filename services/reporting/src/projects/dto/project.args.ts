import { ArgsType, Field, ID } from '@nestjs/graphql';
import { FiscalYearArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class ProjectArgs {
  @Field(() => ID)
  @IsUuid()
  projectId!: string;
}

@ArgsType()
export class ProjectKpiSheetArgs extends FiscalYearArgs {
  @Field(() => ID)
  @IsUuid()
  projectId!: string;
}
