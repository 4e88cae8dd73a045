/** The subgraphs every member organization runs as its own nodes. */
export const NODE_SUBGRAPHS = ['orders', 'workers', 'training'] as const;
export type NodeSubgraph = (typeof NODE_SUBGRAPHS)[number];

export interface DemoOrg {
  id: string;
  name: string;
  nameJa: string;
}

/** The demo consortium's members. */
export const DEMO_ORGS: readonly DemoOrg[] = [
  { id: 'shiojiri', name: 'Shiojiri (KADO)', nameJa: '塩尻市' },
  { id: 'tateshina', name: 'Tateshina', nameJa: '立科町' },
  { id: 'itoigawa', name: 'Itoigawa', nameJa: '糸魚川市' },
];

/**
 * Members the demo's nodes host besides their own org (hosted placement): Shiojiri's nodes are
 * ready to host Omachi, which `nx run consortium:onboard` onboards with no servers of its own.
 */
export const DEMO_HOSTED: Readonly<Record<string, readonly string[]>> = { shiojiri: ['omachi'] };
