import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MemberNodeEntity } from '../registry/member-node.entity';
import { CircuitBoardService } from './circuit-board.service';
import { NodeCircuitEntity } from './node-circuit.entity';

/** A node's circuit in each live gateway replica, beside the registry's own health check. */
@Resolver(() => MemberNodeEntity)
export class NodeCircuitsResolver {
  constructor(private readonly board: CircuitBoardService) {}

  @ResolveField(() => [NodeCircuitEntity], {
    description:
      "The node's circuit breaker in each gateway replica that reported in the last 45 s (circuits live in each replica's memory); empty before any report.",
  })
  circuits(@Parent() node: MemberNodeEntity): Promise<NodeCircuitEntity[]> {
    return this.board.circuits(node.orgId, node.subgraph);
  }
}
