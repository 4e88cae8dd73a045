import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';
import { IsCourseCodeRef } from '../../common/course-code.validator';

@ArgsType()
export class MyMissingTrainingsArgs extends OrgArgs {
  @Field(() => [String], { description: "Course codes a piece of work requires (an assignment's or an offer's requiredTrainings)." })
  @IsArray()
  @ArrayMaxSize(50)
  @IsCourseCodeRef()
  courseCodes!: string[];
}
