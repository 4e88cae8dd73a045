import { Field, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { MemberKind, MemberStatus } from './registry.enums';

/** A consortium member: its id is its Keycloak organization alias and its org id in every node. */
@ObjectType('Member')
@Entity('members')
export class MemberEntity {
  @Field({ description: 'Org id, e.g. "tateshina".' })
  @PrimaryColumn()
  id!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => MemberKind)
  @Column({ type: 'text' })
  kind!: MemberKind;

  @Field(() => MemberStatus)
  @Column({ type: 'text' })
  status!: MemberStatus;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
