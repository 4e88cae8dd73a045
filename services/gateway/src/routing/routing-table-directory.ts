import { Logger } from '@nestjs/common';
import { MemberAccess, NodeLookup, RoutableNode, ROUTING_TABLE_PATH, RoutingTable } from '@kyodo/domain';
import type { MemberDirectory, NodeDirectory } from './node-directory';

/** Header carrying the hub secret on the gateway's reads of the routing table. */
export const HUB_SECRET_HEADER = 'x-kyodo-hub-secret';

/** The routing table as lookups: built once per table, read on every fetch. */
class TableView implements NodeDirectory, MemberDirectory {
  private readonly byKey = new Map<string, NodeLookup>();
  private readonly active = new Map<string, RoutableNode[]>();
  private readonly down = new Map<string, { orgId: string; reason: string }[]>();
  private readonly members = new Map<string, MemberAccess>();

  constructor(readonly table: RoutingTable) {
    for (const { id, status, features } of table.members) this.members.set(id, { status, features });
    for (const { orgId, subgraph, lookup, down } of [...table.entries].sort((a, b) => a.orgId.localeCompare(b.orgId))) {
      this.byKey.set(`${orgId}/${subgraph}`, lookup);
      if ('node' in lookup) this.active.set(subgraph, [...(this.active.get(subgraph) ?? []), lookup.node]);
      else if (down) this.down.set(subgraph, [...(this.down.get(subgraph) ?? []), { orgId, reason: lookup.reason }]);
    }
  }

  lookup(orgId: string, subgraph: string): NodeLookup {
    return this.byKey.get(`${orgId}/${subgraph}`) ?? { refusal: 'UNKNOWN_ORG', reason: `No ${subgraph} node for org "${orgId}".` };
  }

  activeNodes(subgraph: string): readonly RoutableNode[] {
    return this.active.get(subgraph) ?? [];
  }

  downNodes(subgraph: string): readonly { orgId: string; reason: string }[] {
    return this.down.get(subgraph) ?? [];
  }

  member(orgId: string): MemberAccess | undefined {
    return this.members.get(orgId);
  }
}

/**
 * Routing as the consortium service's registry publishes it. The gateway reads the table at
 * start (and does not serve until it has one), every `pollMs`, and at once after a change made
 * through it (`refresh()`, called when a consortium mutation passes), so the admin who changed the
 * registry sees the change in their next request. A read that fails keeps the last table: routing
 * goes on with what it knew, and the failure is logged once until a read succeeds again.
 */
export class RoutingTableDirectory implements NodeDirectory, MemberDirectory {
  private readonly logger = new Logger('RoutingTable');
  private view = new TableView({ version: -1, members: [], entries: [] });
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private failing = false;

  constructor(
    private readonly consortiumUrl: string,
    private readonly hubSecret: string,
    private readonly pollMs: number,
  ) {}

  /** Waits for the first table (the consortium service may still be starting), then polls. */
  async start(timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.read();
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`No routing table from ${this.consortiumUrl}: ${describe(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    if (this.pollMs > 0) this.timer = setInterval(() => void this.refresh(), this.pollMs).unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Reads the table now; concurrent callers share one read started after their call. */
  async refresh(): Promise<void> {
    await this.inFlight?.catch(() => undefined);
    this.inFlight ??= this.read()
      .then(
        () => {
          if (this.failing) this.logger.log('Routing table readable again.');
          this.failing = false;
        },
        (error: unknown) => {
          if (!this.failing) this.logger.error(`Could not read the routing table: ${describe(error)}; routing keeps version ${this.view.table.version}.`);
          this.failing = true;
        },
      )
      .finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  get version(): number {
    return this.view.table.version;
  }

  lookup(orgId: string, subgraph: string): NodeLookup {
    return this.view.lookup(orgId, subgraph);
  }

  activeNodes(subgraph: string): readonly RoutableNode[] {
    return this.view.activeNodes(subgraph);
  }

  downNodes(subgraph: string): readonly { orgId: string; reason: string }[] {
    return this.view.downNodes(subgraph);
  }

  member(orgId: string): MemberAccess | undefined {
    return this.view.member(orgId);
  }

  private async read(): Promise<void> {
    const response = await fetch(`${this.consortiumUrl}${ROUTING_TABLE_PATH}`, { headers: { [HUB_SECRET_HEADER]: this.hubSecret }, signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    // Reads are one at a time (refresh shares the one in flight), so the last read is the newest.
    this.view = new TableView((await response.json()) as RoutingTable);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message) : String(error);
}
