import { IsOptional, IsString, MinLength } from 'class-validator';
import { DatabaseServiceConfig, EnvVar, IsEnvBoolean, IsEnvInt, IsHttpUrl, IsPort } from '@kyodo/config';
import { CIRCUIT_REPORT_INTERVAL_MS } from '@kyodo/domain';

/** The hub gateway: routes every operation by the consortium service's routing table; its database holds ended sessions. */
export class GatewayConfig extends DatabaseServiceConfig {
  @EnvVar({ description: "Port of the gateway's HTTP server (0 picks a free one)." })
  @IsPort()
  PORT: number = 4000;

  @EnvVar({
    description:
      'URL of the consortium service (registry, onboarding): composed as the consortium subgraph, and where the routing table is read.',
  })
  @IsHttpUrl()
  CONSORTIUM_URL: string = 'http://127.0.0.1:4020';

  @EnvVar({
    description:
      'Secret presented to the consortium service to read the routing table; the same value as its HUB_SECRET. At least 32 characters.',
    secret: true,
  })
  @IsString()
  @MinLength(32)
  HUB_SECRET!: string;

  @EnvVar({ description: 'URL of the reporting service run by the hub.' })
  @IsHttpUrl()
  REPORTING_URL: string = 'http://127.0.0.1:4010';

  @EnvVar({
    description: 'How long the gateway waits for one node before answering without it, in ms (a node in the registry may set its own).',
  })
  @IsEnvInt(100, 120_000)
  NODE_TIMEOUT_MS: number = 10_000;

  @EnvVar({
    description:
      'Share one subgraph request among identical queries in flight (same node, caller token, operation and variables); false sends each on its own.',
  })
  @IsEnvBoolean()
  DEDUPLICATE_INFLIGHT_QUERIES: boolean = true;

  @EnvVar({
    description:
      'How long the gateway waits before it asks the consortium service for the routing table again after a failed read, in ms (while the reads succeed, a change reaches the gateway at once: it keeps a long poll open).',
  })
  @IsEnvInt(100, 600_000)
  ROUTING_TABLE_RETRY_MS: number = 1_000;

  @EnvVar({ description: 'How long an open circuit (a node that kept failing) fails fast before one probe request is let through, in ms.' })
  @IsEnvInt(100, 600_000)
  CIRCUIT_RESET_MS: number = 5_000;

  @EnvVar({
    description:
      'How often this replica reports its circuits (per node) to the consortium service, which shows them to the support body, in ms; 0 turns the reports off.',
  })
  @IsEnvInt(0, 600_000)
  CIRCUIT_REPORT_INTERVAL_MS: number = CIRCUIT_REPORT_INTERVAL_MS;

  @EnvVar({ description: 'Path of the composed supergraph SDL; defaults to the committed services/gateway/supergraph.graphql.' })
  @IsOptional()
  @IsString()
  SUPERGRAPH_PATH?: string;

  @EnvVar({
    description:
      'Tests only: a file the gateway appends every client operation and every subgraph request to (JSON lines), for the check that the end-to-end suite stays within the operation limits.',
  })
  @IsOptional()
  @IsString()
  KYODO_RECORD_OPERATIONS?: string;
}
