import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';
import { ClientSector } from '../../clients/client-sector.enum';

@ArgsType()
export class BusinessCategoriesArgs extends OrgArgs {
  @Field(() => ClientSector, { nullable: true, description: 'Only the categories usable for a client of this sector.' })
  @IsOptional()
  @IsEnum(ClientSector)
  usableFor?: ClientSector;
}
