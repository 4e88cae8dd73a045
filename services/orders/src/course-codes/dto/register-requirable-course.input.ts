import { Field, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { IsSingleLineText } from '@kyodo/subgraph';

/** Course codes as the training service issues them, e.g. SEC-101. */
export const COURSE_CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;

@InputType()
export class RegisterRequirableCourseInput {
  @Field({ description: 'The code of a course in the member catalogue or the consortium shared one, e.g. SEC-101.' })
  @Matches(COURSE_CODE, { message: 'code must be a course code like SEC-101' })
  @IsSingleLineText(50)
  code!: string;

  @Field()
  @IsSingleLineText(200)
  title!: string;
}
