import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { BreakerNodeSender } from './breaker-node-sender';
import type { NodeSender, NodeTarget } from './node-sender';
import { NodeUnavailableError } from './routing.errors';

class Flaky implements NodeSender {
  calls = 0;
  mode: 'down' | 'up' | 'refuses' = 'down';

  async send(target: NodeTarget): Promise<GatewayGraphQLResponse> {
    this.calls++;
    if (this.mode === 'down') throw new NodeUnavailableError(target.orgId, target.subgraph, 'connection refused');
    if (this.mode === 'refuses') return { data: null, errors: [{ message: 'FORBIDDEN', extensions: { code: 'FORBIDDEN' } }] };
    return { data: { ok: true } };
  }
}

const NODE: NodeTarget = { orgId: 'a', subgraph: 'workers', url: 'http://a-workers' };
const OTHER: NodeTarget = { orgId: 'b', subgraph: 'workers', url: 'http://b-workers' };
const send = (sender: NodeSender, target = NODE) => sender.send(target, { query: '{ok}' }, {});

describe('BreakerNodeSender', () => {
  let flaky: Flaky;
  let sender: BreakerNodeSender;

  beforeEach(() => {
    flaky = new Flaky();
    sender = new BreakerNodeSender(flaky, {
      errorThresholdPercentage: 50,
      volumeThreshold: 3,
      resetTimeoutMs: 200,
      rollingWindowMs: 10_000,
    });
  });

  afterEach(() => sender.shutdown());

  it('stops calling a node that keeps failing, answering NODE_UNAVAILABLE at once, and leaves other nodes alone', async () => {
    for (let i = 0; i < 3; i++) await expect(send(sender)).rejects.toBeInstanceOf(NodeUnavailableError);
    expect(sender.state(NODE)).toBe('OPEN');
    const callsWhenOpened = flaky.calls;
    const fastFail = await send(sender).catch((error: unknown) => error);
    expect(fastFail).toBeInstanceOf(NodeUnavailableError);
    expect((fastFail as Error).message).toContain('failed repeatedly');
    expect(flaky.calls).toBe(callsWhenOpened);
    expect(sender.state(OTHER)).toBe('CLOSED');
  });

  it('lets one probe through after the reset timeout and closes again when the node is back', async () => {
    for (let i = 0; i < 3; i++) await send(sender).catch(() => undefined);
    expect(sender.state(NODE)).toBe('OPEN');
    flaky.mode = 'up';
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(sender.state(NODE)).toBe('HALF_OPEN');
    await expect(send(sender)).resolves.toEqual({ data: { ok: true } });
    expect(sender.state(NODE)).toBe('CLOSED');
  });

  it('reopens when the probe fails', async () => {
    for (let i = 0; i < 3; i++) await send(sender).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await expect(send(sender)).rejects.toBeInstanceOf(NodeUnavailableError);
    expect(sender.state(NODE)).toBe('OPEN');
  });

  it('does not count a GraphQL refusal from a healthy node as a failure', async () => {
    flaky.mode = 'refuses';
    for (let i = 0; i < 10; i++) await send(sender);
    expect(sender.state(NODE)).toBe('CLOSED');
    expect(flaky.calls).toBe(10);
  });
});
