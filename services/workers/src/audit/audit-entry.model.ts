import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageOf } from '@kyodo/subgraph';

/** Who acted, as far as the node can tell without showing an account id. */
export enum AuditActorKind {
  /** A worker of the org (named by the worker record). */
  WORKER = 'WORKER',
  /** A login of the org's organization (named by its username). */
  STAFF = 'STAFF',
  /** A service account, another member's user or a login no longer there. */
  OTHER = 'OTHER',
}
registerEnumType(AuditActorKind, { name: 'AuditActorKind' });

/** One line of the node's append-only audit log (監査ログ). */
@ObjectType('AuditEntry')
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => String, {
    nullable: true,
    description: "The worker's name or the login's username; null when the node cannot name the actor.",
  })
  actorName!: string | null;

  @Field(() => AuditActorKind)
  actorKind!: AuditActorKind;

  @Field({ description: 'What happened, e.g. `worker.status`, `time-entry.approve`, `login.invite`.' })
  action!: string;

  @Field({ description: 'The kind of record, e.g. `Worker`, `TimeEntry`, `Login`.' })
  entityType!: string;

  @Field({ description: 'The record (a Kyodo id, or a login name).' })
  entityId!: string;

  @Field({ description: 'Before and after, or other detail, as JSON text.' })
  detail!: string;
}

@ObjectType('AuditEntryPage')
export class AuditEntryPage extends PageOf(AuditEntry) {}
