import { ApolloServer } from '@apollo/server';
import { executionGuardPlugin, ExecutionLimits } from './execution-guard.plugin';

/** A cycle like a pool offer's claims and back: each node has `fanOut` children, resolved asynchronously. */
function cyclicServer(limits: ExecutionLimits, options: { fanOut: number; delayMs?: number }) {
  let resolved = 0;
  const server = new ApolloServer({
    typeDefs: 'type Query { root: Node } type Node { id: Int! label: String children: [Node!]! }',
    resolvers: {
      Query: { root: () => ({ id: 0 }) },
      Node: {
        children: async (parent: { id: number }) => {
          resolved += 1;
          if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
          return Array.from({ length: options.fanOut }, (_, i) => ({ id: parent.id * options.fanOut + i + 1 }));
        },
        label: () => 'x'.repeat(1000),
      },
    },
    plugins: [executionGuardPlugin(limits)],
  });
  return { server, resolved: () => resolved };
}

function nested(depth: number, leaf: string): string {
  return depth === 0 ? leaf : `children { id ${nested(depth - 1, leaf)} }`;
}

async function run(server: ApolloServer, query: string) {
  const response = await server.executeOperation({ query });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

const LOOSE: ExecutionLimits = { deadlineMs: 60_000, maxResultNodes: 1_000_000, maxResponseBytes: 1_000_000_000 };

describe('executionGuardPlugin', () => {
  it('answers an operation within its limits in full', async () => {
    const { server } = cyclicServer({ ...LOOSE, maxResultNodes: 1000 }, { fanOut: 2 });
    const result = await run(server, `{ root { id ${nested(4, 'id')} } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toBeTruthy();
  });

  it('stops resolving (not only answering) once the answer holds more fields than allowed: one RESPONSE_TOO_LARGE, no data', async () => {
    const { server, resolved } = cyclicServer({ ...LOOSE, maxResultNodes: 1000 }, { fanOut: 4 });
    // Unchecked, this would resolve 4^12 (16 million) nodes.
    const result = await run(server, `{ root { id ${nested(12, 'id')} } }`);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([{ message: expect.stringContaining('1000 fields'), extensions: { code: 'RESPONSE_TOO_LARGE' } }]);
    // Resolution stopped near the cap: a few levels' worth of list resolvers, not millions.
    expect(resolved()).toBeLessThan(1000);
  });

  it('ends a cycle of 200 children a level within the cap: list items count as nodes of the answer', async () => {
    const { server, resolved } = cyclicServer({ ...LOOSE, maxResultNodes: 50_000 }, { fanOut: 200 });
    const result = await run(server, `{ root { id ${nested(6, 'id')} } }`);
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'RESPONSE_TOO_LARGE' } })]);
    // 200^5 lists unchecked; the cap is reached among the third level's lists (50,000 nodes / 10 per item pair).
    expect(resolved()).toBeLessThan(6_000);
  });

  it('stops at the byte cap when few fields carry a lot', async () => {
    const { server } = cyclicServer({ ...LOOSE, maxResponseBytes: 50_000 }, { fanOut: 4 });
    const result = await run(server, `{ root { ${nested(4, 'label')} } }`);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
  });

  it('stops resolving fields past the deadline: EXECUTION_DEADLINE_EXCEEDED, and nothing resolves after it', async () => {
    const { server, resolved } = cyclicServer({ ...LOOSE, deadlineMs: 300 }, { fanOut: 2, delayMs: 100 });
    const started = Date.now();
    const result = await run(server, `{ root { id ${nested(20, 'id')} } }`);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([{ message: expect.stringContaining('300 ms'), extensions: { code: 'EXECUTION_DEADLINE_EXCEEDED' } }]);
    const atAnswer = resolved();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(resolved()).toBe(atAnswer);
  });

  it('fails only the request that hit a limit: another one on the same server answers', async () => {
    const { server } = cyclicServer({ ...LOOSE, maxResultNodes: 1000 }, { fanOut: 4 });
    const [big, small] = await Promise.all([
      run(server, `{ root { id ${nested(12, 'id')} } }`),
      run(server, `{ root { id ${nested(2, 'id')} } }`),
    ]);
    expect(big.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(small.errors).toBeUndefined();
  });
});
