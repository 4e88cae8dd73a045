import { ArgsType, Field } from '@nestjs/graphql';
import { TimeEntryArgs } from './time-entry.args';
import { IsMultiLineText } from '@kyodo/subgraph';

@ArgsType()
export class ReturnTimeEntryArgs extends TimeEntryArgs {
  @Field({ description: 'What the worker should correct.' })
  @IsMultiLineText(1000)
  comment!: string;
}
