/**
 * Who a member's documents name as issuer (発行者) or contracting party: client contracts and
 * invoices, worker contracts (基本契約, 作業委託契約), pay statements and certificates.
 *
 * A municipality-run member (自治体運営) has no legal personality for its business: its partner
 * operator contracts, invoices and pays in its own name, for the town's programme (e.g.
 * 「立科町テレワーク事業」). Every other member issues in its own name. This is the one rule every
 * document follows; the services only supply the member's own recorded identity.
 *
 * Where the operator's identity comes from: the registry publishes it with OPERATED_BY, as node
 * configuration (OPERATOR_IDENTITIES, PROGRAMMES; see NodeConfig). A node never asks another
 * node inside a request, and a municipality-run member may keep its own nodes (Tateshina in the
 * demo), whose databases hold nothing of the operator; reading the operator's settings from the
 * same database would work for a hosted member only, and would make one member's documents
 * depend on another member's editable rows. The configuration is the same on every node that
 * serves the member, checked at boot, and changes with the registry's record, not with an edit.
 */

/** A legal person as documents print it. */
export interface LegalIdentity {
  /** 法人名, e.g. "一般財団法人 塩尻市振興公社". */
  legalName: string;
  /** 適格請求書発行事業者登録番号: T and 13 digits; null where none is recorded. */
  registrationNumber: string | null;
  /** 所在地. */
  address: string | null;
  phone: string | null;
  /** 代表者 (title and name). */
  representative: string | null;
}

/** What a node is told with OPERATED_BY about the members it serves that another member operates. */
export interface OperatorPublication {
  /** Member → its partner operator. */
  operatedBy?: Readonly<Record<string, string>>;
  /** Operator → its legal identity, as the registry records it. */
  operatorIdentities?: Readonly<Record<string, LegalIdentity>>;
  /** Member → the name of its programme (e.g. 立科町テレワーク事業), which the operator's documents name. */
  programmes?: Readonly<Record<string, string>>;
}

/** The issuer a member's document names. */
export interface DocumentIssuer extends LegalIdentity {
  /** Whose legal identity it is: the member itself, or its partner operator. */
  identityOrgId: string;
  /** The town's programme the document is issued for; null when a member issues in its own name. */
  programme: string | null;
}

/** A T-number: T and 13 digits (the qualified-invoice registration number). */
export const REGISTRATION_NUMBER_PATTERN = /^T[0-9]{13}$/;

/** A member operated by another whose operator identity or programme name this node was not given. */
export class IssuerNotPublishedError extends Error {
  constructor(
    readonly memberOrgId: string,
    readonly operatorId: string,
    readonly missing: readonly ('operatorIdentity' | 'programme')[],
  ) {
    super(
      `${memberOrgId} is operated by ${operatorId}, but this node was not given ${missing.join(' and ')} (OPERATOR_IDENTITIES, PROGRAMMES): no document is issued in the wrong name.`,
    );
    this.name = 'IssuerNotPublishedError';
  }
}

/** The partner operator of `memberOrgId` on this node, if another member operates it. */
export function operatorOf(memberOrgId: string, publication: OperatorPublication): string | null {
  const operatorId = publication.operatedBy?.[memberOrgId];
  return operatorId && operatorId !== memberOrgId ? operatorId : null;
}

/**
 * The issuer of `memberOrgId`'s documents: its partner operator's legal identity with the
 * member's programme name, or else the member's own identity (`own`, read from its settings).
 * Throws IssuerNotPublishedError rather than print the town's name on a document only its
 * operator may issue.
 */
export function resolveDocumentIssuer(memberOrgId: string, publication: OperatorPublication, own: LegalIdentity): DocumentIssuer {
  const operatorId = operatorOf(memberOrgId, publication);
  if (!operatorId) return { ...own, identityOrgId: memberOrgId, programme: null };
  const identity = publication.operatorIdentities?.[operatorId];
  const programme = publication.programmes?.[memberOrgId];
  if (!identity || !programme) {
    const missing = [...(identity ? [] : ['operatorIdentity' as const]), ...(programme ? [] : ['programme' as const])];
    throw new IssuerNotPublishedError(memberOrgId, operatorId, missing);
  }
  return { ...identity, identityOrgId: operatorId, programme };
}

/** The issuer's name as one line: the legal name, and the programme it issues for, if any. */
export function issuerNameLine(issuer: Pick<DocumentIssuer, 'legalName' | 'programme'>): string {
  return issuer.programme ? `${issuer.legalName}（${issuer.programme}）` : issuer.legalName;
}
