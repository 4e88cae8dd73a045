import { RunningConsortium, StandaloneGateway, startStandaloneGateway } from '@kyodo/consortium-tools';

/** A second gateway over a running consortium's nodes, with other settings (a benchmark compares settings on the same nodes). */
export function startExtraGateway(consortium: RunningConsortium, label: string, env: Record<string, string>): Promise<StandaloneGateway> {
  // It routes by the running consortium's registry, so both gateways see the same nodes.
  return startStandaloneGateway({
    label,
    registry: { url: consortium.consortiumUrl, hubSecret: consortium.hubSecret },
    reportingUrl: consortium.reportingUrl,
    keycloakUrl: process.env.KEYCLOAK_URL ?? '',
    env,
  });
}
