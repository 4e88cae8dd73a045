import { ArgsType, Field } from '@nestjs/graphql';
import { TaskIdArgs } from './task-id.args';
import { IsMultiLineText } from '@kyodo/subgraph';

@ArgsType()
export class ReturnTaskArgs extends TaskIdArgs {
  @Field({ description: 'What to rework; the worker sees it.' })
  @IsMultiLineText(1000)
  comment!: string;
}
