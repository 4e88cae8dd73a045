import { ArgsType, Field } from '@nestjs/graphql';
import { OrgArgs, IsSingleLineText } from '@kyodo/subgraph';

@ArgsType()
export class StaffLoginArgs extends OrgArgs {
  @Field({ description: 'The login name, as staffLogins lists it.' })
  @IsSingleLineText(255)
  username!: string;
}
