export { RunningConsortium, REPO_ROOT } from './consortium-launcher';
export type { LaunchOptions, NodeInfo, ConsortiumPorts } from './consortium-launcher';
export { launchTestConsortium } from './test-consortium';
export { ORG_NODE_SERVICES, HUB_SERVICES, GATEWAY_MAIN } from './node-catalogue';
export { startDemo } from './demo/start-demo';
export { DemoConfig } from './demo/demo.config';
