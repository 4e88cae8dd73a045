import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { OrgScopedEntity } from '@kyodo/subgraph';

/**
 * 基本契約書のひな形: the member's text of the worker basic contract. Each save is a new version and
 * no version is ever changed; a contract issued from the template names the version it copied.
 */
@ObjectType('BasicContractTemplate')
@Entity('basic_contract_templates')
export class BasicContractTemplateEntity extends OrgScopedEntity {
  @Field(() => Int, { description: '1 for the first save, one more for each save after it.' })
  @Column({ type: 'integer' })
  version!: number;

  @Field({ description: 'e.g. 業務委託基本契約書.' })
  @Column()
  title!: string;

  @Field({ description: 'The contract text of this version.' })
  @Column()
  body!: string;

  @Field()
  @Column({ name: 'saved_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  savedAt!: Date;

  /** The account that saved it (shown through the audit log, not here: an account id is personal data). */
  @Column({ name: 'saved_by' })
  savedBy!: string;
}
