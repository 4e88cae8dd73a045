import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class MyMissingTrainingsArgs extends OrgArgs {
  @Field(() => [String], { description: "Course codes a piece of work requires (an assignment's or an offer's requiredTrainings)." })
  @IsArray()
  @ArrayMaxSize(50)
  // Any short text, as the training node takes it: a code that matches no course is simply never completed.
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  courseCodes!: string[];
}
