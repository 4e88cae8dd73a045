/** Every entity that lives in an org node is keyed by its org and its own UUID. */
export const ORG_SCOPED_KEY = '@key(fields: "orgId id")';

/** The same key on a stub type a subgraph only references and never resolves. */
export const ORG_SCOPED_REFERENCE = '@key(fields: "orgId id", resolvable: false)';

export interface OrgScopedRef {
  orgId: string;
  id: string;
}
