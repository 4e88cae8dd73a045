import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { ORG_SCOPED_KEY, type DocumentIssuer } from '@kyodo/domain';
import { OrgScopedEntity } from '@kyodo/subgraph';
import { ContractType } from './contract-type.enum';

/** A framework contract with a client under which orders are taken. */
@ObjectType('Contract')
@Directive(ORG_SCOPED_KEY)
@Entity('contracts')
export class ContractEntity extends OrgScopedEntity {
  @Field()
  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Field(() => ContractType)
  @Column({ type: 'text' })
  type!: ContractType;

  @Field({ description: 'Whether the client and the org signed a non-disclosure agreement.' })
  @Column({ name: 'nda_signed', default: false })
  ndaSigned!: boolean;

  @Field({ description: 'First day of the contract period (Asia/Tokyo date).' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Field({ description: 'Last day of the contract period (Asia/Tokyo date).' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  /** Who contracts on the member's side (DocumentIssuers), fixed when made; null on contracts from before it was kept. Exposed as `issuer`. */
  @Column({ type: 'jsonb', nullable: true })
  issuer!: DocumentIssuer | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The service contract template version newest when the contract was made; null when none was saved.',
  })
  @Column({ name: 'service_template_version', type: 'integer', nullable: true })
  serviceTemplateVersion!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The NDA template version newest when the NDA was recorded; null without an NDA or a saved NDA text.',
  })
  @Column({ name: 'nda_template_version', type: 'integer', nullable: true })
  ndaTemplateVersion!: number | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
