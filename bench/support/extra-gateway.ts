import { RunningConsortium, StandaloneGateway, startStandaloneGateway } from '@kyodo/consortium-tools';

/** A second gateway over a running consortium's nodes, with other settings (a benchmark compares settings on the same nodes). */
export function startExtraGateway(consortium: RunningConsortium, label: string, env: Record<string, string>): Promise<StandaloneGateway> {
  return startStandaloneGateway({ label, nodes: consortium.nodeUrls(), reportingUrl: consortium.reportingUrl, keycloakUrl: process.env.KEYCLOAK_URL ?? '', env });
}
