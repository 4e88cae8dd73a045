import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, Length, Matches, Max, Min } from 'class-validator';
import { CourseCategory } from '../course-category.enum';
import { CourseFormat } from '../course-format.enum';
import { CourseVisibility } from '../course-visibility.enum';
import { IsSingleLineText, IsMultiLineText } from '@kyodo/subgraph';

@InputType()
export class CreateCourseInput {
  @Field({ description: 'Unique within the org: upper-case letters, digits and hyphens, e.g. SEC-101.' })
  @Length(2, 20)
  @Matches(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, { message: 'code must be upper-case letters, digits and hyphens, like SEC-101' })
  code!: string;

  @Field()
  @IsSingleLineText(200)
  title!: string;

  @Field(() => CourseCategory)
  @IsEnum(CourseCategory)
  category!: CourseCategory;

  @Field(() => CourseFormat)
  @IsEnum(CourseFormat)
  format!: CourseFormat;

  @Field(() => Int, { description: 'Length of the course in minutes (1 to 60,000).' })
  @IsInt()
  @Min(1)
  @Max(60_000)
  durationMinutes!: number;

  @Field({ defaultValue: '' })
  @IsMultiLineText(4000, { min: 0 })
  description: string = '';

  /** Sharing with the consortium is a deliberate choice, so courses start local. */
  @Field(() => CourseVisibility, { defaultValue: CourseVisibility.LOCAL })
  @IsEnum(CourseVisibility)
  visibility: CourseVisibility = CourseVisibility.LOCAL;
}
