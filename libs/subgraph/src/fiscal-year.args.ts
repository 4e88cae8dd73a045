import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

/** A fiscal year by its starting calendar year; migrations check the same range. */
export const IsFiscalYear = () => applyDecorators(IsInt(), Min(2000), Max(2100));

/** `fiscalYear` on an operation over one fiscal year (April to March). */
@ArgsType()
export class FiscalYearArgs {
  @Field(() => Int, { description: 'Fiscal year by its starting calendar year: 2026 runs 2026-04-01 to 2027-03-31 (Asia/Tokyo).' })
  @IsFiscalYear()
  fiscalYear!: number;
}
