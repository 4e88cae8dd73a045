import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { OrgScopedEntity } from '@kyodo/subgraph';
import { PoolClaimStatus } from './pool-claim-status.enum';

/** A partner member's claim on hours of a pool offer, kept at the owner's node (`orgId`). */
@ObjectType('PoolClaim')
@Entity('pool_claims')
export class PoolClaimEntity extends OrgScopedEntity {
  @Field(() => ID)
  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @Field({ description: 'The member that claimed the hours and staffs them with its own workers.' })
  @Column({ name: 'claimant_org_id', type: 'text' })
  claimantOrgId!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  hours!: number;

  @Field(() => PoolClaimStatus)
  @Column({ type: 'text', default: PoolClaimStatus.PENDING })
  status!: PoolClaimStatus;

  @Column({ name: 'claimed_by', type: 'text' })
  claimedBy!: string;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
