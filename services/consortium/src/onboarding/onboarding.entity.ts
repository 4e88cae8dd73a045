import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum OnboardingStatus {
  /** Identity, member and nodes are in place; the starter data is being written into the nodes. */
  SEEDING = 'SEEDING',
  /** A node refused or failed while seeding (see problem): seedStarterData tries again. */
  SEEDING_FAILED = 'SEEDING_FAILED',
  COMPLETED = 'COMPLETED',
}

registerEnumType(OnboardingStatus, { name: 'OnboardingStatus' });

/** 受入れ: how far the joint support body got in bringing a member in. */
@ObjectType('Onboarding')
@Entity('onboardings')
export class OnboardingEntity {
  @Field()
  @PrimaryColumn({ name: 'org_id' })
  orgId!: string;

  @Field(() => OnboardingStatus)
  @Column({ type: 'text' })
  status!: OnboardingStatus;

  @Field({ description: 'The first org-admin created in Keycloak.' })
  @Column({ name: 'first_admin_username' })
  firstAdminUsername!: string;

  @Field(() => String, { nullable: true, description: "Alias of the member's own identity provider, linked to its organization." })
  @Column({ name: 'identity_provider_alias', type: 'text', nullable: true })
  identityProviderAlias!: string | null;

  @Field(() => String, { nullable: true, description: 'What the last seeding attempt could not do.' })
  @Column({ type: 'text', nullable: true })
  problem!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'seeded_at', type: 'timestamptz', nullable: true })
  seededAt!: Date | null;

  @Field()
  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /**
   * Shown once, in onboardMember's answer, and never stored here: the first admin must change it
   * at first login (Keycloak marks it temporary).
   */
  @Field(() => String, {
    nullable: true,
    description: "The first admin's temporary password: only in onboardMember's answer; Keycloak asks for a new one at first login.",
  })
  temporaryPassword?: string | null;
}
