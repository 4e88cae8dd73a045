export { RunningConsortium } from './consortium-launcher';
export { REPO_ROOT } from './repo-root';
export { runServiceCommand } from './service-command';
export type { CommandResult } from './service-command';
export type { LaunchOptions, NodeInfo, ConsortiumPorts } from './consortium-launcher';
export { launchTestConsortium } from './test-consortium';
export { ORG_NODE_MAINS, HUB_MAINS } from './node-catalogue';
export { startDemo } from './demo/start-demo';
export { DemoConfig } from './demo/demo.config';
