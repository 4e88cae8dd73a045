import { CIRCUIT_STATES, CircuitReport, NODE_SUBGRAPHS } from '@kyodo/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ORG_ID = /^[a-z][a-z0-9-]{1,62}$/;
/** More nodes than any consortium runs: a larger body is refused rather than written. */
const MAX_CIRCUITS = 5_000;

/** A gateway's report as it came over HTTP, checked field by field; null when anything is off. */
export function parseCircuitReport(body: unknown): CircuitReport | null {
  if (typeof body !== 'object' || body === null) return null;
  const { gatewayId, circuits } = body as Record<string, unknown>;
  if (typeof gatewayId !== 'string' || !UUID.test(gatewayId)) return null;
  if (!Array.isArray(circuits) || circuits.length > MAX_CIRCUITS) return null;
  const parsed: CircuitReport['circuits'] = [];
  const seen = new Set<string>();
  for (const entry of circuits as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return null;
    const { orgId, subgraph, state } = entry as Record<string, unknown>;
    if (typeof orgId !== 'string' || !ORG_ID.test(orgId)) return null;
    if (typeof subgraph !== 'string' || !(NODE_SUBGRAPHS as readonly string[]).includes(subgraph)) return null;
    if (typeof state !== 'string' || !(CIRCUIT_STATES as readonly string[]).includes(state)) return null;
    const key = `${orgId}/${subgraph}`;
    if (seen.has(key)) return null;
    seen.add(key);
    parsed.push({ orgId, subgraph, state: state as CircuitReport['circuits'][number]['state'] });
  }
  return { gatewayId, circuits: parsed };
}
