import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';
import { ContractTemplateKind } from '../contract-template-kind.enum';

@ArgsType()
export class ContractTemplatesArgs extends OrgArgs {
  @Field(() => ContractTemplateKind, { nullable: true, description: 'One kind only; both when left out.' })
  @IsOptional()
  @IsEnum(ContractTemplateKind)
  kind?: ContractTemplateKind;
}
