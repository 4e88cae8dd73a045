import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IssuerNotPublishedError, resolveDocumentIssuer, type DocumentIssuer } from '@kyodo/domain';
import { DomainError, NODE_IDENTITY, type NodeIdentity } from '@kyodo/subgraph';
import { ownIdentity, ownIssuerOf } from '../certificates/certificate-issuer';

export type DocumentIssuerErrorCode =
  /** The member is operated by another, but this node was not given the operator's identity or the programme (details.missing). */
  'OPERATOR_IDENTITY_NOT_PUBLISHED';

export class DocumentIssuerError extends DomainError<DocumentIssuerErrorCode> {}

/**
 * Who the workers node's documents for a member are issued by — 基本契約, 作業委託契約, pay
 * statements, work and payment certificates: resolveDocumentIssuer over the member's own
 * recorded details and what this node was told with OPERATED_BY.
 */
@Injectable()
export class DocumentIssuers {
  constructor(@Inject(NODE_IDENTITY) private readonly identity: NodeIdentity) {}

  /** A document's recorded issuer; for one written before issuers were kept, the issuer the node resolves now. */
  async recorded(manager: EntityManager, document: { orgId: string; issuer: DocumentIssuer | null }): Promise<DocumentIssuer> {
    return document.issuer ?? this.of(manager, document.orgId);
  }

  async of(manager: EntityManager, orgId: string): Promise<DocumentIssuer> {
    const own = ownIdentity(await ownIssuerOf(manager, orgId));
    try {
      return resolveDocumentIssuer(orgId, this.identity, own);
    } catch (error) {
      if (error instanceof IssuerNotPublishedError)
        throw new DocumentIssuerError('OPERATOR_IDENTITY_NOT_PUBLISHED', error.message, {
          operatorId: error.operatorId,
          missing: error.missing,
        });
      throw error;
    }
  }
}
