import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class WorkersEnrollmentsArgs extends OrgArgs {
  @Field(() => [ID], { description: 'The workers asked about: a page of the org’s workers (at most 200).' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUuid({ each: true })
  workerIds!: string[];
}
