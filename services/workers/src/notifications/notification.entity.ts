import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from './notification-kind.enum';

export type EmailStatus = 'NONE' | 'PENDING' | 'SENDING' | 'SENT' | 'FAILED';

/**
 * お知らせ: an event for one worker, or for the org's staff. It names what happened and which
 * record (subjectType, subjectId), nothing more: the record itself is read through its own,
 * authorised query.
 */
@ObjectType('Notification')
@Entity('notifications')
export class NotificationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ name: 'org_id' })
  orgId!: string;

  @Column({ name: 'recipient_worker_id', type: 'uuid', nullable: true })
  recipientWorkerId!: string | null;

  @Column({ name: 'recipient_staff', type: 'boolean' })
  recipientStaff!: boolean;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Field({ description: 'The type of the record it is about, e.g. Assignment, TimeEntry, PayStatement.' })
  @Column({ name: 'subject_type' })
  subjectType!: string;

  @Field({ description: 'The id of that record (for a day-long staff notice, the day, YYYY-MM-DD).' })
  @Column({ name: 'subject_id' })
  subjectId!: string;

  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'email_status', type: 'text' })
  emailStatus!: EmailStatus;

  /** When the caller marked it read; null while unread (read state is per reader). */
  @Field(() => Date, { nullable: true })
  readAt?: Date | null;
}
