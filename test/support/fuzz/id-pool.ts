import { OrgRef, PoolRef } from './input-arbitraries';

/**
 * Ids the fuzzer has seen, by `__typename`: the seed's, then every answer's (an order a fuzz case
 * created is as good a target as a seeded one). Every selection asks for `__typename`, so any
 * object in an answer with an `id` is harvested.
 */
export class IdPool {
  private readonly byType = new Map<string, string[]>();
  private readonly all: string[] = [];
  private readonly seen = new Set<string>();

  /** Ids some operations must not name even when valid (the live members, for setMemberStatus). */
  private readonly protectedIds = new Set<string>();

  constructor(
    /** The members' org ids a case may name. */
    private readonly orgs: readonly string[],
  ) {}

  protect(ids: Iterable<string>): void {
    for (const id of ids) this.protectedIds.add(id);
  }

  harvest(value: unknown): void {
    if (Array.isArray(value)) {
      for (const item of value) this.harvest(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.__typename === 'string' && typeof record.id === 'string') this.add(record.__typename, record.id);
    for (const child of Object.values(record)) if (child && typeof child === 'object') this.harvest(child);
  }

  add(type: string, id: string): void {
    const key = `${type}:${id}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    let ids = this.byType.get(type);
    if (!ids) this.byType.set(type, (ids = []));
    ids.push(id);
    if (!this.all.includes(id)) this.all.push(id);
  }

  count(): number {
    return this.seen.size;
  }

  /** The case's value with every PoolRef and OrgRef replaced by an id or org of this run. */
  resolve(value: unknown, avoidProtected = false): unknown {
    if (value instanceof PoolRef) return this.pick(value, avoidProtected);
    if (value instanceof OrgRef) return this.orgs[value.pick % this.orgs.length];
    if (Array.isArray(value)) return value.map((item) => this.resolve(item, avoidProtected));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, this.resolve(v, avoidProtected)]),
      );
    }
    return value;
  }

  private pick(ref: PoolRef, avoidProtected: boolean): string {
    const usable = (ids: readonly string[]) => (avoidProtected ? ids.filter((id) => !this.protectedIds.has(id)) : ids);
    const typed = usable((ref.type && this.byType.get(ref.type)) || []);
    const ids = typed.length ? typed : usable(this.all);
    // Nothing harvested yet (or all protected): a well-formed id of nothing.
    return ids.length ? ids[ref.pick % ids.length] : '7d3e1c52-0000-4000-8000-000000000000';
  }
}
