/**
 * Root fields a member may point at another member's org (`orgId` naming a partner). Every
 * other field naming an org other than the caller's is refused at the gateway with
 * CROSS_ORG_REFUSED, and the node refuses it again. Sharing issues add their fields here
 * (the consortium job pool, shared courses), each scoping what it returns itself.
 */
export const CROSS_ORG_FIELDS: ReadonlySet<string> = new Set<string>([]);
