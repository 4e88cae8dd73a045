import { GatewayClient } from '@kyodo/subgraph';
import { GatewayPartnerCourses } from './gateway-partner-courses';
import { GatewayWorkersDirectory } from './gateway-workers-directory';
import type { PartnerCourses } from './partner-courses';
import type { WorkersDirectory } from './workers-directory';

/** The other subgraphs a training node asks: its org's workers node and partners' shared catalogues. */
export interface TrainingUpstream {
  workers: WorkersDirectory;
  partnerCourses: PartnerCourses;
}

/** Both through the consortium gateway; without a URL every call fails UPSTREAM_NOT_CONFIGURED. */
export function gatewayUpstream(gatewayUrl: string | undefined): TrainingUpstream {
  const gateway = new GatewayClient(gatewayUrl);
  return { workers: new GatewayWorkersDirectory(gateway), partnerCourses: new GatewayPartnerCourses(gateway) };
}
