import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NodeStatus } from './registry.enums';

/** One of a member's servers: its orders, workers or training subgraph. */
@ObjectType('MemberNode')
@Entity('member_nodes')
export class MemberNodeEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ name: 'org_id' })
  orgId!: string;

  @Field({ description: 'orders, workers or training.' })
  @Column()
  subgraph!: string;

  @Field({ description: 'Base URL; the gateway posts to <url>/graphql and checks <url>/health and <url>/schema.' })
  @Column()
  url!: string;

  @Field(() => NodeStatus)
  @Column({ type: 'text' })
  status!: NodeStatus;

  @Field(() => Int, { nullable: true, description: 'How long the gateway waits for this node, in ms; null: the gateway default.' })
  @Column({ name: 'timeout_ms', type: 'integer', nullable: true })
  timeoutMs!: number | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the SDL the node last reported.' })
  @Column({ name: 'schema_hash', type: 'text', nullable: true })
  schemaHash!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the schema does not fit, when INCOMPATIBLE.' })
  @Column({ name: 'schema_problem', type: 'text', nullable: true })
  schemaProblem!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_checked_at', type: 'timestamptz', nullable: true })
  lastCheckedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When /health last answered 200.' })
  @Column({ name: 'last_healthy_at', type: 'timestamptz', nullable: true })
  lastHealthyAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the last check could not do (unreachable, database down), if anything.' })
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
