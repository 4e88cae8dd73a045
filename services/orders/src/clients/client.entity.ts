import { Directive, Field, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { ORG_SCOPED_KEY } from '@kyodo/domain';
import { OrgScopedEntity } from '@kyodo/subgraph';
import { ClientSector } from './client-sector.enum';

/** A client that gives the org BPO work: a municipal department or a company. */
@ObjectType('Client')
@Directive(ORG_SCOPED_KEY)
@Entity('clients')
export class ClientEntity extends OrgScopedEntity {
  @Field()
  @Column()
  name!: string;

  @Field(() => ClientSector)
  @Column({ type: 'text' })
  sector!: ClientSector;

  @Field(() => String, { nullable: true })
  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
