import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { CIRCUIT_REPORT_INTERVAL_MS, CircuitReport } from '@kyodo/domain';
import { CircuitStateEnum, NodeCircuitEntity } from './node-circuit.entity';

/** A replica that missed three rounds is gone (stopped, or cut off): its view is no longer shown. */
export const CIRCUIT_STALE_AFTER_MS = 3 * CIRCUIT_REPORT_INTERVAL_MS;
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/** The gateways' circuit reports, kept in the registry database so every consortium replica reads the same. */
@Injectable()
export class CircuitBoardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Replaces what the replica reported before (a node it no longer routes to drops out). */
  async record(report: CircuitReport, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(NodeCircuitEntity, { gatewayId: report.gatewayId });
      if (report.circuits.length > 0)
        await manager.insert(
          NodeCircuitEntity,
          report.circuits.map((c) => ({
            gatewayId: report.gatewayId,
            orgId: c.orgId,
            subgraph: c.subgraph,
            state: c.state as CircuitStateEnum,
            reportedAt: now,
          })),
        );
      await manager.query(`DELETE FROM node_circuits WHERE reported_at < $1`, [new Date(now.getTime() - PRUNE_AFTER_MS)]);
    });
  }

  /** Each live replica's circuit for the node, by replica id. */
  circuits(orgId: string, subgraph: string, now = new Date()): Promise<NodeCircuitEntity[]> {
    return this.dataSource.getRepository(NodeCircuitEntity).find({
      where: { orgId, subgraph, reportedAt: MoreThan(new Date(now.getTime() - CIRCUIT_STALE_AFTER_MS)) },
      order: { gatewayId: 'ASC' },
    });
  }
}
