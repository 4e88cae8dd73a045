import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum CircuitStateEnum {
  CLOSED = 'CLOSED',
  OPEN = 'OPEN',
  HALF_OPEN = 'HALF_OPEN',
}

registerEnumType(CircuitStateEnum, {
  name: 'CircuitState',
  description: "A gateway replica's circuit breaker for a node: OPEN fails fast (the node kept failing), HALF_OPEN lets one probe through.",
});

/** One gateway replica's circuit for one node, as it last reported it. */
@ObjectType('NodeCircuit')
@Entity('node_circuits')
export class NodeCircuitEntity {
  @Field({ description: 'The gateway replica (a random id per gateway process).' })
  @PrimaryColumn({ name: 'gateway_id', type: 'uuid' })
  gatewayId!: string;

  @PrimaryColumn({ name: 'org_id' })
  orgId!: string;

  @PrimaryColumn()
  subgraph!: string;

  @Field(() => CircuitStateEnum)
  @Column({ type: 'text' })
  state!: CircuitStateEnum;

  @Field(() => Date)
  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;
}
