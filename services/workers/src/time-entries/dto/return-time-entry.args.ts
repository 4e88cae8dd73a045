import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { TimeEntryArgs } from './time-entry.args';

@ArgsType()
export class ReturnTimeEntryArgs extends TimeEntryArgs {
  @Field({ description: 'What the worker should correct.' })
  @IsString()
  @Length(1, 1000)
  comment!: string;
}
