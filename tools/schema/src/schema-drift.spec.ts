import { composeCommitted, manifestOfCommitted, printSubgraph, readCommitted, SUBGRAPH_MANIFEST_PATH, SUPERGRAPH_PATH } from './schema-files';
import { SUBGRAPHS } from './subgraphs';
import { committedConsoleOperations, generateConsoleOperations } from './console-operations';

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

  it("the console's typed operations are what codegen makes of the committed supergraph (a field a screen uses must exist)", async () => {
    const generated = await generateConsoleOperations();
    expect([...generated.keys()]).toContain('graphql.ts');
    expect(generated).toEqual(committedConsoleOperations());
  });

  it('refuses the console\'s operations against a supergraph without a field a screen uses', async () => {
    // Order.progress renamed away: the orders board asks for it.
    const withoutProgress = readCommitted(SUPERGRAPH_PATH)!.replace(/(\n\s*)progress: Float!/, '$1progressRatio: Float!');
    expect(withoutProgress).not.toEqual(readCommitted(SUPERGRAPH_PATH));
    await expect(generateConsoleOperations(withoutProgress)).rejects.toThrow(/Cannot query field "progress" on type "Order"/);
  });
});
