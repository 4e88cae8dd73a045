import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { WorkerArgs } from './worker.args';

@ArgsType()
export class SetSensitiveNotesArgs extends WorkerArgs {
  @Field(() => String, { nullable: true, description: 'Care or disability needs (要配慮個人情報); null clears them.' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  notes?: string | null;
}
