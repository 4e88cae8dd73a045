import { printAppSubgraphSdl } from '@kyodo/subgraph';
import type { SubgraphSource } from './subgraphs';

/** Builds the app in this process and prints its subgraph SDL. */
export async function printAppSdl(source: Pick<SubgraphSource, 'build'>): Promise<string> {
  const app = await source.build();
  try {
    await app.init();
    return printAppSubgraphSdl(app);
  } finally {
    await app.close();
  }
}
