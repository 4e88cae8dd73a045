import { ArgsType, Field, ID } from '@nestjs/graphql';
import { OrgArgs, IsUuid, IsYearMonth } from '@kyodo/subgraph';

@ArgsType()
export class CertificateArgs extends OrgArgs {
  @Field(() => ID, { description: 'The worker certified; a worker may ask only for their own (their id is `me { id }`).' })
  @IsUuid()
  workerId!: string;

  @Field({ description: 'First month certified, YYYY-MM.' })
  @IsYearMonth()
  from!: string;

  @Field({ description: 'Last month certified (inclusive), YYYY-MM; at most 24 months after from.' })
  @IsYearMonth()
  to!: string;
}
