import { EdgeConfig } from './edge.config';
import { EnvVar } from './env-var.decorator';
import { IsEnvInt } from './validators';

/**
 * How much one GraphQL request may make a service do (every subgraph service, the gateway's
 * consortium subgraph included): past any of these its execution stops and it fails alone
 * with a coded error, so that no single request can take a member's node down.
 */
export class ExecutionLimitsConfig extends EdgeConfig {
  @EnvVar({
    description:
      'How long one GraphQL request may resolve fields, in ms: past it no further field resolves and the request fails with EXECUTION_DEADLINE_EXCEEDED. The gateway gives up on a node after NODE_TIMEOUT_MS anyway.',
  })
  @IsEnvInt(100, 120_000)
  EXECUTION_DEADLINE_MS: number = 10_000;

  @EnvVar({
    description:
      'How many fields (result nodes) one GraphQL answer may hold: past it resolution stops and the request fails with RESPONSE_TOO_LARGE.',
  })
  @IsEnvInt(100, 10_000_000)
  EXECUTION_MAX_RESULT_NODES: number = 50_000;

  @EnvVar({
    description:
      'How many bytes (JSON, estimated while resolving) one GraphQL answer may hold: past it resolution stops and the request fails with RESPONSE_TOO_LARGE.',
  })
  @IsEnvInt(10_000, 1_000_000_000)
  EXECUTION_MAX_RESPONSE_BYTES: number = 8_000_000;
}
