import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '@kyodo/config';
import { passwordToken } from '@kyodo/keycloak-tools';
import { OnboardConfig } from './onboard.config';
import { onboardMember, OnboardingRefused } from './onboard-member';

// `nx run consortium:onboard --args=<member.json>`: onboards a member through the gateway, as a
// consortium admin, with the OnboardMemberInput in the file (see services/consortium/schema.graphql).
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: onboard <member.json>  (an OnboardMemberInput as JSON)');
  const input = JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8')) as Record<string, unknown>;
  const config = loadConfig(OnboardConfig);
  const password = config.KYODO_PASSWORD ?? `demo-${config.KYODO_USERNAME}`;
  const { access_token: token } = await passwordToken(config.KEYCLOAK_URL, config.KYODO_USERNAME, password);

  const result = await onboardMember(config.GATEWAY_URL, token, input);
  console.log(`${result.member.name} (${result.orgId}): ${result.status}${result.problem ? ` — ${result.problem}` : ''}`);
  console.log(
    `  operating form ${result.member.operatingForm}: ${result.member.features.join(', ')}${result.member.partnerOperatorId ? ` (partner operator ${result.member.partnerOperatorId})` : ''}`,
  );
  for (const node of result.nodes) console.log(`  ${node.subgraph.padEnd(9)} ${node.status.padEnd(8)} ${node.url}`);
  console.log(
    `  Keycloak organization ${result.member.keycloakOrganizationId}${result.identityProviderAlias ? `, identity provider ${result.identityProviderAlias}` : ''}`,
  );
  console.log(
    `  first org-admin ${result.firstAdminUsername}, temporary password ${result.temporaryPassword} (shown once; changed at first login)`,
  );
  console.log(`  checklist: ${result.checklist.filter((item) => item.done).length}/${result.checklist.length} done`);
  if (result.status !== 'COMPLETED') console.log('  Starter data incomplete: run seedStarterData(orgId) once the cause is fixed.');
}

main().catch((error: unknown) => {
  console.error(error instanceof OnboardingRefused ? `Onboarding refused — ${error.message}` : error);
  process.exit(1);
});
