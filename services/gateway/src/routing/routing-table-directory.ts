import { Logger } from '@nestjs/common';
import { MemberAccess, NodeLookup, RoutableNode, ROUTING_TABLE_MAX_WAIT_MS, ROUTING_TABLE_PATH, RoutingTable } from '@kyodo/domain';
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
    for (const { id, status, features, delegation } of table.members)
      this.members.set(id, { status, features, delegation: delegation ?? null });
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
 * start (and does not serve until it has one), then keeps one long poll open that the registry
 * answers as soon as the table changes (a node marked down, a member suspended), and reads it at
 * once after a change made through this gateway (`refresh()`, called when a consortium mutation
 * passes), so the admin who changed the registry sees the change in their next request. A read
 * that fails keeps the last table: routing goes on with what it knew, the failure is logged once
 * until a read succeeds again, and the watch retries every `retryMs`.
 */
export class RoutingTableDirectory implements NodeDirectory, MemberDirectory {
  private readonly logger = new Logger('RoutingTable');
  private view = new TableView({ instance: '', version: -1, members: [], entries: [] });
  private inFlight?: Promise<void>;
  private failing = false;
  private readonly watching = new AbortController();

  constructor(
    private readonly consortiumUrl: string,
    private readonly hubSecret: string,
    private readonly retryMs: number,
  ) {}

  /** Waits for the first table (the consortium service may still be starting), then watches for changes. */
  async start(timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.read();
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`No routing table from ${this.consortiumUrl}: ${describe(error)}`);
        await sleep(250);
      }
    }
    void this.watch();
  }

  stop(): void {
    this.watching.abort();
  }

  /** One long poll after another; each answer is the newest table. */
  private async watch(): Promise<void> {
    const signal = this.watching.signal;
    while (!signal.aborted) {
      const { instance, version } = this.view.table;
      const waited = this.read(
        `?instance=${instance}&after=${version}`,
        AbortSignal.any([signal, AbortSignal.timeout(ROUTING_TABLE_MAX_WAIT_MS + 10_000)]),
      ).then(
        () => this.recovered(),
        (error: unknown) => this.failed(error),
      );
      await waited;
      if (this.failing && !signal.aborted) await sleep(this.retryMs);
    }
  }

  /** Reads the table now; concurrent callers share one read started after their call. */
  async refresh(): Promise<void> {
    await this.inFlight;
    this.inFlight ??= this.read()
      .then(
        () => this.recovered(),
        (error: unknown) => this.failed(error),
      )
      .finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private recovered(): void {
    if (this.failing) this.logger.log('Routing table readable again.');
    this.failing = false;
  }

  private failed(error: unknown): void {
    if (this.watching.signal.aborted) return;
    if (!this.failing)
      this.logger.error(`Could not read the routing table: ${describe(error)}; routing keeps version ${this.view.table.version}.`);
    this.failing = true;
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

  private async read(query = '', signal: AbortSignal = AbortSignal.timeout(5_000)): Promise<void> {
    const response = await fetch(`${this.consortiumUrl}${ROUTING_TABLE_PATH}${query}`, {
      headers: { [HUB_SECRET_HEADER]: this.hubSecret },
      signal,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const table = (await response.json()) as RoutingTable;
    // A watch and a refresh may cross: within one start of the registry, never go back a version.
    if (table.instance !== this.view.table.instance || table.version >= this.view.table.version) this.view = new TableView(table);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function describe(error: unknown): string {
  return error instanceof Error
    ? error.cause instanceof Error
      ? `${error.message} (${error.cause.message})`
      : error.message
    : String(error);
}
