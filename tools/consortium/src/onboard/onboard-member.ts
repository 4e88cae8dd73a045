/** What onboardMember answers with: enough for the operator to hand over and follow up. */
export interface OnboardingResult {
  orgId: string;
  status: 'SEEDING' | 'SEEDING_FAILED' | 'COMPLETED';
  problem: string | null;
  firstAdminUsername: string;
  temporaryPassword: string | null;
  identityProviderAlias: string | null;
  member: {
    id: string;
    name: string;
    kind: string;
    prefecture: string | null;
    operatingForm: string;
    features: string[];
    partnerOperatorId: string | null;
    placement: 'OWN_NODES' | 'HOSTED';
    hostedBy: string | null;
    keycloakOrganizationId: string | null;
    status: string;
  };
  nodes: { subgraph: string; url: string; status: string }[];
  checklist: { code: string; category: string; done: boolean }[];
}

export const ONBOARD_MEMBER = `mutation ($input: OnboardMemberInput!) {
  onboardMember(input: $input) {
    orgId status problem firstAdminUsername temporaryPassword identityProviderAlias
    member { id name kind prefecture operatingForm features partnerOperatorId placement hostedBy keycloakOrganizationId status }
    nodes { subgraph url status }
    checklist { code category done }
  }
}`;

export class OnboardingRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/**
 * Calls onboardMember through the gateway as a consortium admin: the command-line entry and the
 * end-to-end test onboard the same way the support body's tools would.
 */
export async function onboardMember(gatewayUrl: string, bearerToken: string, input: Record<string, unknown>): Promise<OnboardingResult> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearerToken}` },
    body: JSON.stringify({ query: ONBOARD_MEMBER, variables: { input } }),
  });
  const body = (await response.json()) as {
    data?: { onboardMember: OnboardingResult } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const error = body.errors?.[0];
  if (error || !body.data) throw new OnboardingRefused(error?.extensions?.code ?? `HTTP_${response.status}`, error?.message ?? 'no answer');
  return body.data.onboardMember;
}
