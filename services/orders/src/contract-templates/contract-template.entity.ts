import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { OrgScopedEntity } from '@kyodo/subgraph';
import { ContractTemplateKind } from './contract-template-kind.enum';

/** One saved version of a member's client contract or NDA text; never changed once saved. */
@ObjectType('ContractTemplate')
@Entity('contract_templates')
export class ContractTemplateEntity extends OrgScopedEntity {
  @Field(() => ContractTemplateKind)
  @Column({ type: 'text' })
  kind!: ContractTemplateKind;

  @Field(() => Int, { description: '1 for the first save of this kind, one more for each save after it.' })
  @Column({ type: 'integer' })
  version!: number;

  @Field({ description: 'e.g. 業務委託契約書.' })
  @Column()
  title!: string;

  @Field({ description: 'The contract text of this version.' })
  @Column()
  body!: string;

  @Field()
  @Column({ name: 'saved_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  savedAt!: Date;

  @Column({ name: 'saved_by' })
  savedBy!: string;
}
