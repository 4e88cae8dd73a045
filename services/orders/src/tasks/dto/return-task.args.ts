import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { TaskIdArgs } from './task-id.args';

@ArgsType()
export class ReturnTaskArgs extends TaskIdArgs {
  @Field({ description: 'What to rework; the worker sees it.' })
  @IsString()
  @Length(1, 1000)
  comment!: string;
}
