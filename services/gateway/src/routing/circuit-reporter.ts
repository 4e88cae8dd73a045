import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { CIRCUIT_REPORT_INTERVAL_MS, CIRCUIT_REPORT_PATH, CircuitReport, NODE_SUBGRAPHS, RoutableNode } from '@kyodo/domain';
import type { CircuitState } from './breaker-node-sender';
import { HUB_SECRET_HEADER } from './routing-table-directory';

/**
 * Sends this replica's circuit state of every routable node to the consortium service, every
 * `intervalMs` (and once at start). A failed report is logged once and tried again next round:
 * routing never waits on it.
 */
export class CircuitReporter {
  private readonly logger = new Logger('CircuitReporter');
  private timer?: NodeJS.Timeout;
  private failing = false;
  readonly gatewayId = randomUUID();

  constructor(
    private readonly consortiumUrl: string,
    private readonly hubSecret: string,
    private readonly nodes: { activeNodes(subgraph: string): readonly RoutableNode[] },
    private readonly circuits: { state(target: Pick<RoutableNode, 'url'>): CircuitState },
    private readonly intervalMs = CIRCUIT_REPORT_INTERVAL_MS,
  ) {}

  start(): void {
    void this.report();
    this.timer = setInterval(() => void this.report(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** What this replica would report now. */
  snapshot(): CircuitReport {
    return {
      gatewayId: this.gatewayId,
      circuits: NODE_SUBGRAPHS.flatMap((subgraph) =>
        this.nodes.activeNodes(subgraph).map((node) => ({ orgId: node.orgId, subgraph: node.subgraph, state: this.circuits.state(node) })),
      ),
    };
  }

  async report(): Promise<void> {
    try {
      const response = await fetch(`${this.consortiumUrl}${CIRCUIT_REPORT_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HUB_SECRET_HEADER]: this.hubSecret },
        body: JSON.stringify(this.snapshot()),
        signal: AbortSignal.timeout(5_000),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      if (this.failing) this.logger.log('Circuit reports reach the consortium service again.');
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.logger.warn(`Circuit report failed: ${error instanceof Error ? error.message : String(error)}`);
      this.failing = true;
    }
  }
}
