import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { ORG_SCOPED_KEY, SkillStage } from '@kyodo/domain';
import { OrgScopedEntity } from '@kyodo/subgraph';
import { StoredWindow } from './day-availability.model';
import { homeOrgOnly, PersonalField } from './personal-data.middleware';
import { WorkerStatus } from './worker-status.enum';
import { WorkLocation } from './work-location.enum';

/**
 * 住民テレワーカー: a resident teleworker registered with the org, an individual contractor.
 * Another member's staff see only id, orgId, stages and skills (worker-access.ts), so every other
 * field is nullable and guarded.
 */
@ObjectType('Worker')
@Directive(ORG_SCOPED_KEY)
@Entity('workers')
export class WorkerEntity extends OrgScopedEntity {
  @Field(() => WorkerStatus, { nullable: true, description: "Null (FORBIDDEN) for another member's staff.", middleware: [homeOrgOnly] })
  @Column({ type: 'text', default: WorkerStatus.REGISTERED })
  status!: WorkerStatus;

  @PersonalField()
  @Column({ name: 'family_name' })
  familyName!: string;

  @PersonalField()
  @Column({ name: 'given_name' })
  givenName!: string;

  @PersonalField('Family name in full-width katakana (フリガナ).')
  @Column({ name: 'family_name_kana' })
  familyNameKana!: string;

  @PersonalField('Given name in full-width katakana (フリガナ).')
  @Column({ name: 'given_name_kana' })
  givenNameKana!: string;

  @PersonalField()
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @PersonalField()
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @PersonalField('Postal address (住所).')
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @PersonalField('Date of birth (生年月日), YYYY-MM-DD; null when not recorded. Printed on the work certificate.')
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Field(() => WorkLocation, {
    nullable: true,
    description: '就労場所の種別: home, a satellite office, or both (printed on the work certificate).',
    middleware: [homeOrgOnly],
  })
  @Column({ name: 'work_location', type: 'text', default: WorkLocation.HOME })
  workLocation!: WorkLocation;

  @PersonalField("The worker's Keycloak user id (`sub`): that user sees this record as `me`. An account id is personal data.")
  @Column({ name: 'user_id', type: 'text', nullable: true })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the basic contract (基本契約), YYYY-MM-DD.', middleware: [homeOrgOnly] })
  @Column({ name: 'contract_start', type: 'date', nullable: true })
  contractStart!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'End of the basic contract, YYYY-MM-DD; null while open-ended.',
    middleware: [homeOrgOnly],
  })
  @Column({ name: 'contract_end', type: 'date', nullable: true })
  contractEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'When the NDA (秘密保持契約) was signed, YYYY-MM-DD.', middleware: [homeOrgOnly] })
  @Column({ name: 'nda_signed_on', type: 'date', nullable: true })
  ndaSignedOn!: string | null;

  /** Exposed as `weeklyAvailability` by the resolver. */
  @Column({ name: 'availability_minutes', type: 'integer', array: true })
  availabilityMinutes!: number[];

  @Column({ name: 'availability_windows', type: 'jsonb' })
  availabilityWindows!: StoredWindow[];

  @Field(() => SkillStage, { description: 'Skill stage on the IT axis.' })
  @Column({ name: 'it_stage', type: 'text' })
  itStage!: SkillStage;

  @Field(() => SkillStage, { description: 'Skill stage on the business axis.' })
  @Column({ name: 'business_stage', type: 'text' })
  businessStage!: SkillStage;

  @Field(() => [String])
  @Column({ name: 'skill_tags', type: 'text', array: true, default: () => "'{}'" })
  skillTags!: string[];

  @Field(() => Int, { nullable: true, description: 'Most hours a month the worker wants to work (0 to 200).', middleware: [homeOrgOnly] })
  @Column({ name: 'monthly_hour_cap', type: 'integer' })
  monthlyHourCap!: number;

  @Field({
    nullable: true,
    description: 'Whether the worker agreed to be offered work of other consortium members.',
    middleware: [homeOrgOnly],
  })
  @Column({ name: 'consortium_consent', default: false })
  consortiumConsent!: boolean;

  @Field({
    nullable: true,
    middleware: [homeOrgOnly],
    description: 'Registration (登録日): when the worker was entered, or the day a history import gave.',
  })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  // The history import's marks: written by the import only (the database keeps them as imported).
  @Field(() => ID, { nullable: true, middleware: [homeOrgOnly], description: 'The history import this worker came in with, if any.' })
  @Column({ name: 'import_batch_id', type: 'uuid', nullable: true, insert: false, update: false })
  importBatchId!: string | null;

  @Field(() => String, {
    nullable: true,
    middleware: [homeOrgOnly],
    description: "An imported worker's number in the org's own books (登録番号).",
  })
  @Column({ name: 'import_reference', type: 'text', nullable: true, insert: false, update: false })
  importReference!: string | null;
}
