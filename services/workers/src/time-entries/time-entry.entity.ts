import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { OrgScopedEntity } from '@kyodo/subgraph';
import { TimeEntryStatus } from './time-entry-status.enum';

/** 作業実績: minutes a worker worked on one assignment on one day. */
@ObjectType('TimeEntry')
@Entity('time_entries')
export class TimeEntryEntity extends OrgScopedEntity {
  @Field(() => ID)
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @Field(() => ID)
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @Field({ description: 'The day worked, YYYY-MM-DD.' })
  @Column({ name: 'work_date', type: 'date' })
  workDate!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  minutes!: number;

  /** Set by the database when the entry is logged (trigger time_entries_pay_month_open). */
  @Field({
    description:
      "The pay month (YYYY-MM) whose pay close counts the entry: the month worked, or for a correction of a month whose pay was already closed, the next open month (an adjustment naming workDate's month).",
  })
  @Column({
    name: 'pay_month',
    type: 'date',
    insert: false,
    update: false,
    transformer: { to: (value: unknown) => value, from: (value: string | null) => value?.slice(0, 7) ?? null },
  })
  payMonth!: string;

  @Field(() => ID, { nullable: true, description: 'The returned (差戻し) entry this one corrects.' })
  @Column({ name: 'corrects_entry_id', type: 'uuid', nullable: true })
  correctsEntryId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Pieces delivered that day; set exactly when the assignment pays per piece.' })
  @Column({ type: 'integer', nullable: true })
  quantity!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => TimeEntryStatus)
  @Column({ type: 'text' })
  status!: TimeEntryStatus;

  @Column({ name: 'idempotency_key' })
  idempotencyKey!: string;

  /** Keycloak user id of whoever logged it (the worker or a director for them). */
  @Column({ name: 'logged_by' })
  loggedBy!: string;

  @Field(() => String, { nullable: true, description: 'Why the entry was returned.' })
  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'reviewed_at', type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
