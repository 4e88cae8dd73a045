import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Role } from '@kyodo/auth';
import { ChecklistCategory, checklistDefinition, ChecklistItemCode } from './checklist.catalogue';

/** One item of a member's onboarding checklist, ticked (or unticked) by the role it names. */
@ObjectType('OnboardingChecklistItem')
@Entity('onboarding_checklist_items')
export class ChecklistItemEntity {
  @Field()
  @PrimaryColumn({ name: 'org_id' })
  orgId!: string;

  @Field(() => ChecklistItemCode)
  @PrimaryColumn({ type: 'text' })
  code!: ChecklistItemCode;

  @Field(() => ChecklistCategory)
  @Column({ type: 'text' })
  category!: ChecklistCategory;

  @Field()
  @Column()
  title!: string;

  @Field(() => Boolean)
  get done(): boolean {
    return this.doneAt !== null;
  }

  @Field(() => Date, { nullable: true })
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Username of whoever ticked it.' })
  @Column({ name: 'done_by', type: 'text', nullable: true })
  doneBy!: string | null;

  @Field(() => [Role], { description: 'Who may tick or untick it (member roles: of this member only).' })
  get tickableBy(): readonly Role[] {
    return checklistDefinition(this.code).tickableBy;
  }
}
