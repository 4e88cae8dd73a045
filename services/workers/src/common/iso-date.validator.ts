import { applyDecorators } from '@nestjs/common';
import { IsDateString, Matches } from 'class-validator';

/** A calendar date "YYYY-MM-DD" (Asia/Tokyo): a real date, with no time or zone attached. */
export const IsIsoDate = () =>
  applyDecorators(IsDateString({ strict: true }), Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date like 2025-04-01' }));
