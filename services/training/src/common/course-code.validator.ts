import { applyDecorators } from '@nestjs/common';
import { IsString, Length } from 'class-validator';

/**
 * A course code as other subgraphs name it (orders' required trainings): any short text. One
 * that matches no course is simply never completed, rather than refused.
 */
export const IsCourseCodeRef = () => applyDecorators(IsString({ each: true }), Length(1, 100, { each: true }));
