import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every entity of an org node starts with: a UUID made by PostgreSQL and the org
 * it belongs to, together its federation key (`@Directive(ORG_SCOPED_KEY)` on the subclass).
 */
@ObjectType({ isAbstract: true })
export abstract class OrgScopedEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ name: 'org_id' })
  orgId!: string;
}
