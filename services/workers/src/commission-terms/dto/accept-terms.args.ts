import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

/** Accepting names the exact version by its hash, so a worker never accepts terms they were not shown. */
@ArgsType()
export class AcceptTermsArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  id!: string;

  @Field({ description: 'The SHA-256 (hex) of the version shown to the worker.' })
  @Matches(/^[0-9a-f]{64}$/u, { message: 'sha256 must be 64 lower-case hex digits' })
  sha256!: string;
}
