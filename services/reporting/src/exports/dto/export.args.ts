import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ReportCsvKind } from '../report-csv-kind.enum';
import { FiscalYearArgs, IsFiscalYear, IsOrgId } from '@kyodo/subgraph';

@ArgsType()
export class ReportCsvArgs extends FiscalYearArgs {
  @Field(() => ReportCsvKind)
  @IsEnum(ReportCsvKind)
  kind!: ReportCsvKind;

  @Field({ nullable: true, description: "One org's; without it the support body gets every org and the consortium, an org admin its own." })
  @IsOptional()
  @IsOrgId()
  orgId?: string;

  @Field(() => Int, { nullable: true, description: 'ACHIEVEMENTS only: first year of the cumulative rate (default: fiscalYear).' })
  @IsOptional()
  @IsFiscalYear()
  baseYear?: number;
}

@ArgsType()
export class OrderValueChartArgs {
  @Field(() => Int)
  @IsFiscalYear()
  fromYear!: number;

  @Field(() => Int, { description: 'At most 20 years after fromYear.' })
  @IsFiscalYear()
  toYear!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsOrgId()
  orgId?: string;
}

@ArgsType()
export class SectorSplitChartArgs extends FiscalYearArgs {
  @Field({ nullable: true })
  @IsOptional()
  @IsOrgId()
  orgId?: string;
}
