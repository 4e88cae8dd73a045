import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { CATEGORY_CODE } from '../../categories/dto/create-business-category.input';
import { OrgPageArgs, IsUuid, IsFiscalYear } from '@kyodo/subgraph';
import { OrderStatus } from '../order-status.enum';

@ArgsType()
export class OrdersArgs extends OrgPageArgs {
  @Field(() => OrderStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrderStatus)
  status?: OrderStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUuid()
  clientId?: string;

  @Field(() => String, { nullable: true, description: 'Business category code, e.g. DATA_ENTRY.' })
  @IsOptional()
  @Matches(CATEGORY_CODE, { message: 'category must be a category code like DATA_ENTRY' })
  category?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Fiscal year (April to March, Asia/Tokyo) in which the order was taken, e.g. 2026 for 2026-04-01..2027-03-31.',
  })
  @IsOptional()
  @IsFiscalYear()
  fiscalYear?: number;
}
