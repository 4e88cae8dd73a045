import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { WorkerArgs } from './worker.args';
import { IsMultiLineText } from '@kyodo/subgraph';

@ArgsType()
export class SetSensitiveNotesArgs extends WorkerArgs {
  @Field(() => String, { nullable: true, description: 'Care or disability needs (要配慮個人情報); null clears them.' })
  @IsOptional()
  @IsMultiLineText(4000)
  notes?: string | null;
}
