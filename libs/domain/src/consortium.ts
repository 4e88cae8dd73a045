import type { LegalIdentity } from './document-issuer';
import { OperatingForm } from './operating-form';

/** The subgraphs every member organization runs as its own nodes. */
export const NODE_SUBGRAPHS = ['orders', 'workers', 'training'] as const;
export type NodeSubgraph = (typeof NODE_SUBGRAPHS)[number];

export interface DemoOrg {
  id: string;
  name: string;
  nameJa: string;
  /** As the real members run (#17 item 6). */
  operatingForm: OperatingForm;
  /** A municipality-run member's partner operator. */
  partnerOperatorId?: string;
}

/**
 * The demo consortium's members, in the forms the real ones run: Shiojiri's KADO is
 * corporate-expanded and the partner operator; Tateshina is municipality-run with Shiojiri as its
 * operator (it keeps its own nodes in the demo, so the sample query still crosses nodes);
 * Itoigawa is corporate-initial.
 */
export const DEMO_ORGS: readonly DemoOrg[] = [
  { id: 'shiojiri', name: 'Shiojiri (KADO)', nameJa: '塩尻市', operatingForm: OperatingForm.CORPORATE_EXPANDED },
  { id: 'tateshina', name: 'Tateshina', nameJa: '立科町', operatingForm: OperatingForm.MUNICIPALITY_RUN, partnerOperatorId: 'shiojiri' },
  { id: 'itoigawa', name: 'Itoigawa', nameJa: '糸魚川市', operatingForm: OperatingForm.CORPORATE_INITIAL },
];

/** The partner operator of each municipality-run member of the demo, the next member (omachi, hosted) included. */
export const DEMO_OPERATED_BY: Readonly<Record<string, string>> = {
  ...Object.fromEntries(DEMO_ORGS.flatMap((org) => (org.partnerOperatorId ? [[org.id, org.partnerOperatorId]] : []))),
  omachi: 'shiojiri',
};

/**
 * Members the demo's nodes host besides their own org (hosted placement): Shiojiri's nodes are
 * ready to host Omachi, which `nx run consortium:onboard` onboards with no servers of its own.
 */
export const DEMO_HOSTED: Readonly<Record<string, readonly string[]>> = { shiojiri: ['omachi'] };

/**
 * The legal identity of each demo member that acts as a partner operator, as the registry
 * publishes it with OPERATED_BY (OPERATOR_IDENTITIES): the operator's documents for a town carry
 * it. The same details the demo seeds as shiojiri's own invoice settings; fictitious numbers.
 */
export const DEMO_OPERATOR_IDENTITIES: Readonly<Record<string, LegalIdentity>> = {
  shiojiri: {
    legalName: '一般財団法人 塩尻市振興公社',
    registrationNumber: 'T1000000000020',
    address: '長野県塩尻市大門七番町3-3',
    phone: '0263-00-0000',
    representative: '理事長 塩尻 一郎',
  },
};

/** The programme of each municipality-run demo member, which its operator's documents name (PROGRAMMES). */
export const DEMO_PROGRAMMES: Readonly<Record<string, string>> = {
  tateshina: '立科町テレワーク事業',
  omachi: '大町市テレワーク事業',
};
