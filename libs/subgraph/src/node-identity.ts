import type { LegalIdentity } from '@kyodo/domain';

/** Which service this process is and, for an org node, which organization it belongs to. */
export interface NodeIdentity {
  service: string;
  /** The org that runs this node (its operator): the default target of a request that names none. */
  orgId?: string;
  /**
   * Members hosted on this node (a municipality-run member on its partner operator's nodes): their
   * rows live in this node's databases under their own orgId. The node serves a request for one
   * of them only when the gateway names it as the request's target (TARGET_ORG_HEADER).
   */
  hostedOrgIds?: readonly string[];
  /**
   * The partner operator of each municipality-run member this node serves (the registry's
   * partnerOperatorId, as configured): that operator's staff may act for the member here, on the
   * delegated functions only.
   */
  operatedBy?: Readonly<Record<string, string>>;
  /** Each operator's legal identity, published with OPERATED_BY: the operated members' documents carry it (resolveDocumentIssuer). */
  operatorIdentities?: Readonly<Record<string, LegalIdentity>>;
  /** Each operated member's programme name, which those documents name. */
  programmes?: Readonly<Record<string, string>>;
}

export const NODE_IDENTITY = Symbol('NODE_IDENTITY');

/** The orgs a node serves: its own first, then the members it hosts. */
export function servedOrgIds(identity: NodeIdentity): string[] {
  if (!identity.orgId) return [];
  return [identity.orgId, ...(identity.hostedOrgIds ?? []).filter((org) => org !== identity.orgId)];
}
