import { ArgsType, Field } from '@nestjs/graphql';
import { IsYearMonth, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class MyCertificateArgs extends OrgArgs {
  @Field({ description: 'First month certified, YYYY-MM.' })
  @IsYearMonth()
  from!: string;

  @Field({ description: 'Last month certified (inclusive), YYYY-MM; at most 24 months after from.' })
  @IsYearMonth()
  to!: string;
}
