import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DEMO_ORGS,
  IssuerNotPublishedError,
  operatorOf,
  resolveDocumentIssuer,
  type DocumentIssuer,
  type LegalIdentity,
} from '@kyodo/domain';
import { DomainError, NODE_IDENTITY, type NodeIdentity } from '@kyodo/subgraph';
import { InvoiceSettingsEntity } from '../invoice-settings/invoice-settings.entity';

export type DocumentIssuerErrorCode =
  /** The member is operated by another, but this node was not given the operator's identity or the programme (details.missing). */
  'OPERATOR_IDENTITY_NOT_PUBLISHED';

export class DocumentIssuerError extends DomainError<DocumentIssuerErrorCode> {}

/** The member's own identity as its invoice settings record it, else its name. */
export function ownIdentityOf(orgId: string, settings: InvoiceSettingsEntity | null): LegalIdentity {
  if (!settings)
    return {
      legalName: DEMO_ORGS.find((org) => org.id === orgId)?.nameJa ?? orgId,
      registrationNumber: null,
      address: null,
      phone: null,
      representative: null,
    };
  return {
    legalName: settings.issuerName,
    registrationNumber: settings.registrationNumber,
    address: settings.address,
    phone: settings.phone,
    representative: null,
  };
}

/**
 * Who the orders node's documents for a member are issued by — client contracts and invoices:
 * resolveDocumentIssuer over the member's own invoice settings and what this node was told with
 * OPERATED_BY.
 */
@Injectable()
export class DocumentIssuers {
  constructor(@Inject(NODE_IDENTITY) private readonly identity: NodeIdentity) {}

  /** Whether another member (its partner operator) issues this member's documents. */
  operated(orgId: string): boolean {
    return operatorOf(orgId, this.identity) !== null;
  }

  /** The issuer, given the member's settings as just read (e.g. under the lock an invoice takes). */
  resolve(orgId: string, settings: InvoiceSettingsEntity | null): DocumentIssuer {
    try {
      return resolveDocumentIssuer(orgId, this.identity, ownIdentityOf(orgId, settings));
    } catch (error) {
      if (error instanceof IssuerNotPublishedError)
        throw new DocumentIssuerError('OPERATOR_IDENTITY_NOT_PUBLISHED', error.message, {
          operatorId: error.operatorId,
          missing: error.missing,
        });
      throw error;
    }
  }

  async of(manager: EntityManager, orgId: string): Promise<DocumentIssuer> {
    return this.resolve(orgId, await manager.findOneBy(InvoiceSettingsEntity, { orgId }));
  }

  /** A document's recorded issuer; for one written before issuers were kept, the issuer the node resolves now. */
  async recorded(manager: EntityManager, document: { orgId: string; issuer: DocumentIssuer | null }): Promise<DocumentIssuer> {
    return document.issuer ?? this.of(manager, document.orgId);
  }
}
