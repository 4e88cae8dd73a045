import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';
import { IsCourseCodeRef } from '../../common/course-code.validator';

@ArgsType()
export class MissingTrainingsArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  workerId!: string;

  @Field(() => [String], { description: 'Codes of the required courses, e.g. SEC-BASIC for confidential work.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsCourseCodeRef()
  courseCodes!: string[];
}
