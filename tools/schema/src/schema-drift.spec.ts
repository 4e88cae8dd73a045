import {
  composeCommitted,
  manifestOfCommitted,
  printSubgraph,
  readCommitted,
  SUBGRAPH_MANIFEST_PATH,
  SUPERGRAPH_PATH,
} from './schema-files';
import { SUBGRAPHS } from './subgraphs';
import { committedConsoleOperations, generateConsoleOperations } from './console-operations';
import { committedUpstreamOperations, generateUpstreamOperations } from './upstream-operations';

describe('committed schemas match the code', () => {
  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))(
    '%s SDL is what the service prints (run `npm run schema` after a change)',
    async (_name, source) => {
      expect(await printSubgraph(source)).toEqual(readCommitted(source.sdlPath));
    },
  );

  it('the supergraph is what the committed subgraph SDL composes to', () => {
    expect(composeCommitted()).toEqual(readCommitted(SUPERGRAPH_PATH));
  });

  it("the gateway's manifest holds the committed subgraph SDL and hashes", () => {
    expect(manifestOfCommitted()).toEqual(readCommitted(SUBGRAPH_MANIFEST_PATH));
  });

  it("the console's typed operations are what codegen makes of the committed supergraph (a field a screen uses must exist)", async () => {
    const generated = await generateConsoleOperations();
    expect([...generated.keys()]).toContain('graphql.ts');
    expect(generated).toEqual(committedConsoleOperations());
  });

  it("refuses the console's operations against a supergraph without a field a screen uses", async () => {
    // Order.progress renamed away: the orders board asks for it.
    const withoutProgress = readCommitted(SUPERGRAPH_PATH)!.replace(/(\n\s*)progress: Float!/, '$1progressRatio: Float!');
    expect(withoutProgress).not.toEqual(readCommitted(SUPERGRAPH_PATH));
    await expect(generateConsoleOperations(withoutProgress)).rejects.toThrow(/Cannot query field "progress" on type "Order"/);
  });
  it("the nodes' typed upstream operations are what codegen makes of the committed supergraph (a field a node asks for must exist)", async () => {
    const generated = await generateUpstreamOperations();
    expect([...generated.keys()]).toEqual(expect.arrayContaining(['workers/graphql.ts', 'training/graphql.ts']));
    expect(generated).toEqual(committedUpstreamOperations());
  });

  it("refuses the workers node's operations against a supergraph without a task requirement it books by", async () => {
    // TaskRequirements.withholding renamed away: createAssignment reads whether pay is withheld from it.
    const committed = readCommitted(SUPERGRAPH_PATH)!;
    const at = committed.indexOf('type TaskRequirements');
    const renamed = committed.slice(0, at) + committed.slice(at).replace('withholding: Boolean!', 'withheld: Boolean!');
    expect(renamed).not.toEqual(committed);
    await expect(generateUpstreamOperations(renamed)).rejects.toThrow(/Cannot query field "withholding" on type "TaskRequirements"/);
  });

  it("refuses the workers node's operations against a supergraph without the basis promotions are assessed on", async () => {
    // Query.promotionBasis renamed away: workersReadyForPromotion and promoteWorker ask the training node for it.
    const committed = readCommitted(SUPERGRAPH_PATH)!;
    const renamed = committed.replace(/\n(\s*)promotionBasis\(/, '\n$1promotionGrounds(');
    expect(renamed).not.toEqual(committed);
    await expect(generateUpstreamOperations(renamed)).rejects.toThrow(/Cannot query field "promotionBasis" on type "Query"/);
  });
});
