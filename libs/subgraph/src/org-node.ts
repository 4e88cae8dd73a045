import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from './domain.error';
import { NODE_IDENTITY, NodeIdentity, servedOrgIds } from './node-identity';
import { currentTargetOrg } from './target-org';

/**
 * The organization this request is served for. A node holds its own org's data and, when it
 * hosts members (hosted placement), theirs under their own orgId; every request is for exactly
 * one of them (the gateway names it, TARGET_ORG_HEADER), and a request naming another org
 * reached the wrong node and is refused rather than answered from this database.
 */
@Injectable()
export class OrgNode {
  constructor(@Inject(NODE_IDENTITY) private readonly identity: NodeIdentity) {}

  /** The org of the current request: the one the gateway named, else the node's own. */
  get orgId(): string {
    if (!this.identity.orgId) throw new Error(`${this.identity.service} is not an org node`);
    return currentTargetOrg() ?? this.identity.orgId;
  }

  /** Every org this node holds data of (its own first). */
  get servedOrgIds(): string[] {
    return servedOrgIds(this.identity);
  }

  /** The partner operator of each municipality-run member this node serves (OPERATED_BY). */
  get operatedBy(): Readonly<Record<string, string>> | undefined {
    return this.identity.operatedBy;
  }

  /** Whether this node holds the data of `orgId` (its own or a hosted member's). */
  serves(orgId: string): boolean {
    return this.servedOrgIds.includes(orgId);
  }

  /** The org a root operation targets: the named one, which must be this request's org, or this request's org. */
  resolve(orgId: string | undefined | null): string {
    const current = this.orgId;
    if (orgId && orgId !== current) {
      throw new DomainError('WRONG_NODE', `This request is served for org "${current}", not "${orgId}".`, {
        nodeOrgId: current,
        orgId,
      });
    }
    return current;
  }

  /** True when an entity reference belongs to this request's org. */
  owns(reference: { orgId?: string }): boolean {
    return reference.orgId === this.orgId;
  }
}
