export { InProcessConsortium } from './in-process-consortium';
export type { InProcessConsortiumOptions } from './in-process-consortium';
export { ORG_NODE_SERVICES, HUB_SERVICES, GATEWAY_MAIN } from './node-catalogue';
