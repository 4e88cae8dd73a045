import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class PromotionBasisArgs extends OrgArgs {
  @Field(() => [ID], { description: 'The workers whose completions are asked (the workers node asks for at most 1,000 at once).' })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUuid({ each: true })
  workerIds!: string[];
}
