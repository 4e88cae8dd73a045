import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import type { DocumentIssuer } from '@kyodo/domain';
import { OrgScopedEntity } from '@kyodo/subgraph';

/**
 * 基本契約: the framework contract between the member and one worker, under which each assignment's
 * 作業委託契約 is made. Versioned per worker; each version is accepted on its own.
 */
@ObjectType('BasicContract')
@Entity('basic_contracts')
export class BasicContractEntity extends OrgScopedEntity {
  @Field(() => ID)
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Field()
  @Column()
  title!: string;

  @Field({ description: 'The contract text as issued.' })
  @Column()
  body!: string;

  @Field({ description: 'SHA-256 (hex) of this version (version, title and text): the worker accepts exactly these.' })
  @Column()
  sha256!: string;

  /** Who issued it (DocumentIssuers), fixed when written; null on rows from before it was kept. Exposed as `issuer`. */
  @Column({ type: 'jsonb', nullable: true })
  issuer!: DocumentIssuer | null;

  @Field(() => Int, { nullable: true, description: 'The template version its text was copied from; null when typed for this worker.' })
  @Column({ name: 'template_version', type: 'integer', nullable: true })
  templateVersion!: number | null;

  @Field()
  @Column({ name: 'issued_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  issuedAt!: Date;

  @Column({ name: 'issued_by' })
  issuedBy!: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The account (Keycloak user id) that accepted.' })
  @Column({ name: 'accepted_by', type: 'text', nullable: true })
  acceptedBy!: string | null;
}
