import { Field, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { DelegatedFunction, MemberFeature, OperatingForm } from './operating-form';
import { MemberKind, MemberPlacement, MemberStatus } from './registry.enums';

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

  @Field(() => String, {
    nullable: true,
    description: 'Prefecture (都道府県), e.g. 長野県; null for members registered before onboarding recorded it.',
  })
  @Column({ type: 'text', nullable: true })
  prefecture!: string | null;

  @Field(() => OperatingForm)
  @Column({ name: 'operating_form', type: 'text' })
  operatingForm!: OperatingForm;

  @Field(() => [MemberFeature], {
    description: 'What the member uses, fixed from its operating form when it joined; the gateway refuses the rest.',
  })
  @Column({ type: 'text', array: true })
  features!: MemberFeature[];

  @Field(() => String, {
    nullable: true,
    description: 'The operator that contracts and pays for a municipality-run member (e.g. Shiojiri for Tateshina).',
  })
  @Column({ name: 'partner_operator_id', type: 'text', nullable: true })
  partnerOperatorId!: string | null;

  @Field(() => [DelegatedFunction], {
    description: "What its partner operator's staff may do for it (a municipality-run member); empty for a member that acts for itself.",
  })
  @Column({ name: 'delegated_functions', type: 'text', array: true, default: () => "'{}'" })
  delegatedFunctions!: DelegatedFunction[];

  @Field(() => [String], {
    description:
      'Delegated operations (schema coordinates) only the operator may do, as its confirmation; by default issuing an invoice and closing pay.',
  })
  @Column({ name: 'operator_confirmations', type: 'text', array: true, default: () => "'{}'" })
  operatorConfirmations!: string[];

  @Field(() => MemberPlacement, { description: "Where its data lives: its own nodes, or hosted on its operator's." })
  @Column({ type: 'text', default: MemberPlacement.OWN_NODES })
  placement!: MemberPlacement;

  @Field(() => String, {
    nullable: true,
    description: 'For a hosted member, the operator whose nodes hold its data (under its own org id); null for own nodes.',
  })
  @Column({ name: 'hosted_by', type: 'text', nullable: true })
  hostedBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The member's organization in the Keycloak realm (its alias is the member id); null when it was not onboarded here.",
  })
  @Column({ name: 'keycloak_organization_id', type: 'text', nullable: true })
  keycloakOrganizationId!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
