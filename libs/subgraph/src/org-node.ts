import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from './domain.error';
import { NODE_IDENTITY, NodeIdentity } from './node-identity';

/**
 * The organization this node serves. A node holds one org's data only: a request naming
 * another org reached the wrong node and is refused rather than answered from this database.
 */
@Injectable()
export class OrgNode {
  constructor(@Inject(NODE_IDENTITY) private readonly identity: NodeIdentity) {}

  get orgId(): string {
    if (!this.identity.orgId) throw new Error(`${this.identity.service} is not an org node`);
    return this.identity.orgId;
  }

  /** The org a root operation targets: the named one, which must be this node's, or this node's. */
  resolve(orgId: string | undefined | null): string {
    if (orgId && orgId !== this.orgId) {
      throw new DomainError('WRONG_NODE', `This node serves org "${this.orgId}", not "${orgId}".`, {
        nodeOrgId: this.orgId,
        orgId,
      });
    }
    return this.orgId;
  }

  /** True when an entity reference belongs to this node. */
  owns(reference: { orgId?: string }): boolean {
    return reference.orgId === this.orgId;
  }
}
