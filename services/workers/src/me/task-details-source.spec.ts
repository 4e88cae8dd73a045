import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { GatewayClient, type OnBehalfOf } from '@kyodo/subgraph';
import { GatewayTaskDetailsSource } from './task-details-source';

/** Records what would go to the gateway and answers with what the orders nodes would say. */
class RecordingGateway extends GatewayClient {
  readonly calls: { caller: OnBehalfOf; query: string; variables: Record<string, unknown> }[] = [];

  constructor(private readonly answer: unknown) {
    super('http://gateway.invalid/graphql');
  }

  override async request<T>(caller: OnBehalfOf, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    this.calls.push({ caller, query, variables });
    if (this.answer instanceof Error) throw this.answer;
    return this.answer as T;
  }
}

describe('GatewayTaskDetailsSource', () => {
  const caller = { token: 'director-token' };

  it("asks the org's own orders node for its task's brief, with the booker's token", async () => {
    const brief = { taskTitle: '一次入力', orderTitle: '検診票入力', clientLabel: null, deadline: '2027-03-31' };
    const gateway = new RecordingGateway({ taskBrief: brief });
    expect(await new GatewayTaskDetailsSource(gateway).details(caller, 'tateshina', { taskOrgId: 'tateshina', taskId: 't-1' })).toEqual(
      brief,
    );
    expect(gateway.calls).toEqual([
      { caller, query: expect.stringContaining('taskBrief(orgId: $orgId, id: $id)'), variables: { orgId: 'tateshina', id: 't-1' } },
    ]);
  });

  it("takes another member's task from the owner's offer within the claim, never an order title", async () => {
    const gateway = new RecordingGateway({
      poolClaims: [{ id: 'c-1', offer: { taskId: 't-9', title: 'アノテーション', clientLabel: '民間企業', deadline: '2027-01-31' } }],
    });
    const source = new GatewayTaskDetailsSource(gateway);
    expect(await source.details(caller, 'tateshina', { taskOrgId: 'shiojiri', taskId: 't-9', claimId: 'c-1' })).toEqual({
      taskTitle: 'アノテーション',
      orderTitle: null,
      clientLabel: '民間企業',
      deadline: '2027-01-31',
    });
    expect(gateway.calls[0].variables).toEqual({ orgId: 'shiojiri', ids: ['c-1'] });
    // The claim is on another task: nothing is copied.
    expect(await source.details(caller, 'tateshina', { taskOrgId: 'shiojiri', taskId: 't-other', claimId: 'c-1' })).toBeNull();
    expect(await source.details(caller, 'tateshina', { taskOrgId: 'shiojiri', taskId: 't-9' })).toBeNull();
  });

  it('answers null, never fails the booking, when the orders node cannot answer', async () => {
    expect(
      await new GatewayTaskDetailsSource(new RecordingGateway(new Error('NODE_UNAVAILABLE'))).details(caller, 'tateshina', {
        taskOrgId: 'tateshina',
        taskId: 't-1',
      }),
    ).toBeNull();
    expect(
      await new GatewayTaskDetailsSource(new GatewayClient(undefined)).details(caller, 'tateshina', {
        taskOrgId: 'tateshina',
        taskId: 't-1',
      }),
    ).toBeNull();
  });

  it('sends only operations the committed supergraph validates', async () => {
    const supergraph = buildSchema(readFileSync(join(__dirname, '../../../gateway/supergraph.graphql'), 'utf8'), { assumeValidSDL: true });
    const gateway = new RecordingGateway({ taskBrief: null, poolClaims: [] });
    const source = new GatewayTaskDetailsSource(gateway);
    await source.details(caller, 'tateshina', { taskOrgId: 'tateshina', taskId: 't-1' });
    await source.details(caller, 'tateshina', { taskOrgId: 'shiojiri', taskId: 't-1', claimId: 'c-1' });
    expect(gateway.calls).toHaveLength(2);
    for (const { query } of gateway.calls) expect(validate(supergraph, parse(query))).toEqual([]);
  });
});
