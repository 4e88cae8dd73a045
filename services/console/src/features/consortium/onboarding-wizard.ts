/**
 * The onboarding wizard's form: what the support body types, checked step by step before
 * onboardMember is sent. The same rules hold on the server (class-validator on
 * OnboardMemberInput); these only let the wizard point at the field before a round trip.
 */
export const NODE_SUBGRAPHS = ['orders', 'workers', 'training'] as const;
export type NodeSubgraph = (typeof NODE_SUBGRAPHS)[number];

export type MemberKind = 'MUNICIPALITY' | 'OPERATOR';
export type OperatingForm = 'CORPORATE_INITIAL' | 'CORPORATE_EXPANDED' | 'MUNICIPALITY_RUN';
/** Where a member's data lives: its own three nodes, or its partner operator's (municipality-run only). */
export type Placement = 'OWN_NODES' | 'HOSTED';

export interface WizardForm {
  id: string;
  name: string;
  kind: MemberKind;
  prefecture: string;
  operatingForm: OperatingForm;
  partnerOperatorId: string;
  domain: string;
  placement: Placement;
  nodeUrls: Record<NodeSubgraph, string>;
  admin: { username: string; email: string; firstName: string; lastName: string };
}

export const EMPTY_WIZARD: WizardForm = {
  id: '',
  name: '',
  kind: 'MUNICIPALITY',
  prefecture: '',
  operatingForm: 'MUNICIPALITY_RUN',
  partnerOperatorId: '',
  domain: '',
  // A town running the programme itself keeps no servers: the default, as on the server.
  placement: 'HOSTED',
  nodeUrls: { orders: '', workers: '', training: '' },
  admin: { username: '', email: '', firstName: '', lastName: '' },
};

const ORG_ID = /^[a-z][a-z0-9-]{1,62}$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,62}$/;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A field path of the form and the i18n key of what is wrong with it. */
export type WizardProblems = Partial<Record<string, string>>;

export function isNodeUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && value.length <= 2000 && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Step 0: who the member is. */
export function memberProblems(form: WizardForm, prefectures: readonly string[]): WizardProblems {
  const problems: WizardProblems = {};
  if (!ORG_ID.test(form.id)) problems.id = 'support.wizard.problem.id';
  if (!form.name.trim() || form.name.length > 100) problems.name = 'support.wizard.problem.required';
  if (!prefectures.includes(form.prefecture)) problems.prefecture = 'support.wizard.problem.prefecture';
  if (!DOMAIN.test(form.domain)) problems.domain = 'support.wizard.problem.domain';
  // A municipality-run member contracts and pays through a partner operator; others name none.
  if (form.operatingForm === 'MUNICIPALITY_RUN' && !form.partnerOperatorId) problems.partnerOperatorId = 'support.wizard.problem.partner';
  return problems;
}

/** Only a municipality-run member may be hosted on its partner operator's nodes. */
export function placementOf(form: WizardForm): Placement {
  return form.operatingForm === 'MUNICIPALITY_RUN' ? form.placement : 'OWN_NODES';
}

/** Step 1: hosted needs nothing more; own nodes need one URL per subgraph, each a distinct http(s) URL. */
export function nodeProblems(form: WizardForm): WizardProblems {
  const problems: WizardProblems = {};
  if (placementOf(form) === 'HOSTED') return problems;
  const seen = new Set<string>();
  for (const subgraph of NODE_SUBGRAPHS) {
    const url = form.nodeUrls[subgraph].trim();
    if (!isNodeUrl(url)) problems[`nodeUrls.${subgraph}`] = 'support.wizard.problem.url';
    else if (seen.has(url)) problems[`nodeUrls.${subgraph}`] = 'support.wizard.problem.urlTwice';
    seen.add(url);
  }
  return problems;
}

/** Step 2: the first org-admin. */
export function adminProblems(form: WizardForm): WizardProblems {
  const problems: WizardProblems = {};
  if (!USERNAME.test(form.admin.username)) problems['admin.username'] = 'support.wizard.problem.username';
  if (!EMAIL.test(form.admin.email)) problems['admin.email'] = 'support.wizard.problem.email';
  if (!form.admin.firstName.trim()) problems['admin.firstName'] = 'support.wizard.problem.required';
  if (!form.admin.lastName.trim()) problems['admin.lastName'] = 'support.wizard.problem.required';
  return problems;
}

/** The onboardMember input the form stands for (trimmed; the partner only for a municipality-run member). */
export function onboardInput(form: WizardForm) {
  return {
    id: form.id,
    name: form.name.trim(),
    kind: form.kind,
    prefecture: form.prefecture,
    operatingForm: form.operatingForm,
    partnerOperatorId: form.operatingForm === 'MUNICIPALITY_RUN' ? form.partnerOperatorId : null,
    domain: form.domain,
    firstAdmin: {
      username: form.admin.username,
      email: form.admin.email.trim(),
      firstName: form.admin.firstName.trim(),
      lastName: form.admin.lastName.trim(),
    },
    placement: placementOf(form),
    nodes: placementOf(form) === 'HOSTED' ? null : NODE_SUBGRAPHS.map((subgraph) => ({ subgraph, url: form.nodeUrls[subgraph].trim() })),
  };
}

export type NodeHealth = 'HEALTHY' | 'UNHEALTHY' | 'OUT' | 'MISSING';

/**
 * How a member's nodes stand for routing at a glance: HEALTHY when every subgraph has an ACTIVE
 * node that answered its last check, OUT when one is kept out (INCOMPATIBLE, DISABLED, DOWN),
 * UNHEALTHY when one failed its last check, MISSING without a node for each subgraph.
 */
export function memberNodeHealth(nodes: readonly { subgraph: string; status: string; lastError?: string | null }[]): NodeHealth {
  if (!NODE_SUBGRAPHS.every((s) => nodes.some((n) => n.subgraph === s))) return 'MISSING';
  if (nodes.some((n) => n.status !== 'ACTIVE' && n.status !== 'PENDING')) return 'OUT';
  if (nodes.some((n) => n.status === 'PENDING' || n.lastError)) return 'UNHEALTHY';
  return 'HEALTHY';
}
