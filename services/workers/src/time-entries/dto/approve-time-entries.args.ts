import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsArray } from 'class-validator';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

/** A director's selection from the approvals queue: at most a page of the queue at once. */
@ArgsType()
export class ApproveTimeEntriesArgs extends OrgArgs {
  @Field(() => [ID], { description: 'The entries to approve (at most 200), all of this org; repeats count once.' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(200)
  @IsUuid({ each: true })
  ids!: string[];
}
