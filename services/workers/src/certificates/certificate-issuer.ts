import type { EntityManager } from 'typeorm';
import { DEMO_ORGS, type LegalIdentity } from '@kyodo/domain';

/** The member's own details as its certificates print them: the standard 就労証明書's 事業所 block. */
export interface CertificateIssuer {
  /** 法人名; the member's own name until its org admin records the legal details. */
  legalName: string;
  address: string | null;
  phone: string | null;
  representative: string | null;
}

/**
 * The member's own recorded details (setCertificateIssuer), else its name: what its documents
 * print when it issues in its own name. Whether it does is DocumentIssuers' decision.
 */
export async function ownIssuerOf(manager: EntityManager, orgId: string): Promise<CertificateIssuer> {
  const [row] = (await manager.query(`SELECT legal_name, address, phone, representative FROM certificate_issuers WHERE org_id = $1`, [
    orgId,
  ])) as { legal_name: string; address: string; phone: string; representative: string }[];
  if (row) return { legalName: row.legal_name, address: row.address, phone: row.phone, representative: row.representative };
  return { legalName: DEMO_ORGS.find((org) => org.id === orgId)?.nameJa ?? orgId, address: null, phone: null, representative: null };
}

/** The own details as a legal identity; the workers node records no registration number of its own. */
export function ownIdentity(issuer: CertificateIssuer): LegalIdentity {
  return { ...issuer, registrationNumber: null };
}
