import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '@kyodo/config';
import { operatorGroupName } from '@kyodo/domain';
import { passwordToken } from '@kyodo/keycloak-tools';
import { REPO_ROOT } from '../repo-root';
import { OnboardConfig } from './onboard.config';
import { onboardMember, OnboardingRefused } from './onboard-member';

/** The demo's next member: Omachi, municipality-run, hosted on its partner operator Shiojiri's nodes (npm start lets them host it). */
const DEMO_MEMBER_FILE = join(REPO_ROOT, 'tools/consortium/src/onboard/omachi-hosted.member.json');

// `nx run consortium:onboard [--args=<member.json>]`: onboards a member through the gateway, as a
// consortium admin, with the OnboardMemberInput in the file (see services/consortium/schema.graphql);
// without a file, the demo's hosted Omachi.
async function main(): Promise<void> {
  const file = process.argv[2] ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]) : DEMO_MEMBER_FILE;
  const input = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const started = performance.now();
  const config = loadConfig(OnboardConfig);
  const password = config.KYODO_PASSWORD ?? `demo-${config.KYODO_USERNAME}`;
  const { access_token: token } = await passwordToken(config.KEYCLOAK_URL, config.KYODO_USERNAME, password);

  const result = await onboardMember(config.GATEWAY_URL, token, input);
  console.log(`${result.member.name} (${result.orgId}): ${result.status}${result.problem ? ` — ${result.problem}` : ''}`);
  console.log(
    `  operating form ${result.member.operatingForm}: ${result.member.features.join(', ')}${result.member.partnerOperatorId ? ` (partner operator ${result.member.partnerOperatorId})` : ''}`,
  );
  console.log(
    result.member.placement === 'HOSTED'
      ? `  hosted on ${result.member.hostedBy}'s nodes (its rows under org id ${result.orgId}); no servers of its own:`
      : '  its own nodes:',
  );
  for (const node of result.nodes) console.log(`  ${node.subgraph.padEnd(9)} ${node.status.padEnd(8)} ${node.url}`);
  console.log(
    `  Keycloak organization ${result.member.keycloakOrganizationId}${result.identityProviderAlias ? `, identity provider ${result.identityProviderAlias}` : ''}`,
  );
  if (result.member.partnerOperatorId)
    console.log(
      `  ${result.member.partnerOperatorId}'s directors and org-admins act for it on the delegated functions (Keycloak group ${operatorGroupName(result.orgId)}, claim operator_for)`,
    );
  console.log(
    `  first org-admin ${result.firstAdminUsername}, temporary password ${result.temporaryPassword} (shown once; changed at first login)`,
  );
  console.log(`  checklist: ${result.checklist.filter((item) => item.done).length}/${result.checklist.length} done`);
  if (result.status !== 'COMPLETED') console.log('  Starter data incomplete: run seedStarterData(orgId) once the cause is fixed.');
  console.log(`  took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof OnboardingRefused ? `Onboarding refused — ${error.message}` : error);
  process.exit(1);
});
