import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';

/** A fiscal year by its starting calendar year; the migration checks the same range. */
export const IsFiscalYear = () => applyDecorators(IsInt(), Min(2000), Max(2100));
