import { composeCommitted, manifestOfCommitted, printSubgraph, readCommitted, SUBGRAPH_MANIFEST_PATH, SUPERGRAPH_PATH } from './schema-files';
import { SUBGRAPHS } from './subgraphs';

describe('committed schemas match the code', () => {
  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('%s SDL is what the service prints (run `npm run schema` after a change)', async (_name, source) => {
    expect(await printSubgraph(source)).toEqual(readCommitted(source.sdlPath));
  });

  it('the supergraph is what the committed subgraph SDL composes to', () => {
    expect(composeCommitted()).toEqual(readCommitted(SUPERGRAPH_PATH));
  });

  it('the gateway\'s manifest holds the committed subgraph SDL and hashes', () => {
    expect(manifestOfCommitted()).toEqual(readCommitted(SUBGRAPH_MANIFEST_PATH));
  });
});
