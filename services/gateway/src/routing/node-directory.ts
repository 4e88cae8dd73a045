/**
 * Where each org's node for a subgraph lives. The foundation reads it from configuration;
 * the routing issue replaces it with the live registry in the consortium database.
 */
export interface NodeDirectory {
  nodeUrl(orgId: string, subgraph: string): string | undefined;
  orgIds(): readonly string[];
}

/** `{ orgId: { subgraph: url } }` */
export type NodeUrlMap = Record<string, Record<string, string>>;

export class StaticNodeDirectory implements NodeDirectory {
  private readonly orgs: readonly string[];

  constructor(private readonly urls: NodeUrlMap) {
    this.orgs = Object.keys(urls).sort();
  }

  nodeUrl(orgId: string, subgraph: string): string | undefined {
    return Object.hasOwn(this.urls, orgId) ? this.urls[orgId][subgraph] : undefined;
  }

  orgIds(): readonly string[] {
    return this.orgs;
  }
}
