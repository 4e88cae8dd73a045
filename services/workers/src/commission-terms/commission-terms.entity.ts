import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { OrgScopedEntity } from '@kyodo/subgraph';
import type { CommissionTermsContent } from './commission-terms-content';

/**
 * 作業委託契約: the act's terms of one assignment (取引条件の明示), one row per version. A worker
 * accepts one version electronically: who and when are recorded with the hash they accepted.
 */
@ObjectType('CommissionTerms')
@Entity('commission_terms')
export class CommissionTermsEntity extends OrgScopedEntity {
  @Field(() => ID)
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @Field(() => ID)
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @Field(() => Int, { description: 'Version of the terms of this assignment, from 1; a newer version needs its own acceptance.' })
  @Column({ type: 'integer' })
  version!: number;

  /** Exposed field by field by the resolver. */
  @Column({ type: 'jsonb' })
  content!: CommissionTermsContent;

  @Field({ description: 'SHA-256 (hex) of this version’s terms: the worker accepts exactly these.' })
  @Column()
  sha256!: string;

  @Field()
  @Column({ name: 'issued_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  issuedAt!: Date;

  @Column({ name: 'issued_by' })
  issuedBy!: string;

  @Field(() => Date, { nullable: true, description: 'When the worker accepted this version; null until then.' })
  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The account (Keycloak user id) that accepted.' })
  @Column({ name: 'accepted_by', type: 'text', nullable: true })
  acceptedBy!: string | null;
}
