import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { yenBigIntTransformer } from '@kyodo/database';
import { YenScalar } from '@kyodo/subgraph';

/**
 * What running the employment-support business cost one org in one fiscal year (April to March),
 * entered at the hub; the net result subtracts it. A plain value type, not a federation entity.
 */
@ObjectType('OperatingCost')
@Entity('operating_costs')
export class OperatingCostEntity {
  @Field()
  @PrimaryColumn({ name: 'org_id', type: 'text' })
  orgId!: string;

  @Field(() => Int, { description: 'Fiscal year by its starting calendar year: 2026 runs 2026-04-01 to 2027-03-31.' })
  @PrimaryColumn({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  @Field(() => YenScalar, { description: 'Operating costs in yen.' })
  @Column({ name: 'amount_yen', type: 'bigint', transformer: yenBigIntTransformer })
  amountYen!: bigint;
}
