import { GatewayClient } from '@kyodo/subgraph';
import { GatewayPartnerCourses } from './gateway-partner-courses';
import type { PartnerCourses } from './partner-courses';

/**
 * The only other nodes a training node asks: other members' training nodes, for the courses
 * they share (研修の共有化). It asks no workers node: who a login is, a worker's name and stages
 * are the workers node's, which asks training (README, "Calls between nodes").
 */
export interface TrainingUpstream {
  partnerCourses: PartnerCourses;
}

/** Through the consortium gateway; without a URL every call fails UPSTREAM_NOT_CONFIGURED. */
export function gatewayUpstream(gatewayUrl: string | undefined): TrainingUpstream {
  return { partnerCourses: new GatewayPartnerCourses(new GatewayClient(gatewayUrl)) };
}
