import type { EntityManager } from 'typeorm';
import { DEMO_ORGS } from '@kyodo/domain';

/** Who a certificate names as issuer: the standard 就労証明書's 事業所 block. */
export interface CertificateIssuer {
  /** 法人名; the member's own name until its org admin records the legal details. */
  legalName: string;
  address: string | null;
  phone: string | null;
  representative: string | null;
}

/**
 * The one place that decides who issues an org's certificates. Today: the org's own recorded
 * details (setCertificateIssuer), else its name. A municipality-run member's certificates will
 * name its partner operator here, and nowhere else.
 */
export async function issuerOf(manager: EntityManager, orgId: string): Promise<CertificateIssuer> {
  const [row] = (await manager.query(`SELECT legal_name, address, phone, representative FROM certificate_issuers WHERE org_id = $1`, [
    orgId,
  ])) as { legal_name: string; address: string; phone: string; representative: string }[];
  if (row) return { legalName: row.legal_name, address: row.address, phone: row.phone, representative: row.representative };
  return { legalName: DEMO_ORGS.find((org) => org.id === orgId)?.nameJa ?? orgId, address: null, phone: null, representative: null };
}
