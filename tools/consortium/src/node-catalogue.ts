import type { NodeSubgraph } from '@kyodo/domain';

/**
 * Entry points of the services, by role. Tools run services as processes (`main.ts`,
 * `main.ts migrate`, `main.ts print-schema`) and never import them: each member runs its
 * nodes as its own servers, and Nest keeps GraphQL types per process.
 */
export const ORG_NODE_MAINS: Record<NodeSubgraph, string> = {
  orders: 'services/orders/src/main.ts',
  workers: 'services/workers/src/main.ts',
  training: 'services/training/src/main.ts',
};

export const HUB_MAINS = {
  reporting: 'services/reporting/src/main.ts',
  consortium: 'services/consortium/src/main.ts',
  gateway: 'services/gateway/src/main.ts',
} as const;
