import { GatewayClient, type OnBehalfOf } from '@kyodo/subgraph';
import { GatewayTrainingRecords } from './gateway-training-records';

/** Records what would go to the gateway and answers with what the training node would say. */
class RecordingGateway extends GatewayClient {
  readonly calls: { caller: OnBehalfOf; query: string; variables: Record<string, unknown> }[] = [];

  constructor(private readonly answer: string[]) {
    super('http://gateway.invalid/graphql');
  }

  override async request<T>(caller: OnBehalfOf, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    this.calls.push({ caller, query, variables });
    return { missingTrainings: this.answer } as T;
  }
}

describe('GatewayTrainingRecords', () => {
  const caller = { token: 'caller-token' };

  it("asks the worker's org's training node, with the caller's token, by course code", async () => {
    const gateway = new RecordingGateway(['SEC-BASIC']);
    const missing = await new GatewayTrainingRecords(gateway).missingTrainings('tateshina', 'w-1', ['SEC-BASIC', 'WIN-BASIC'], caller);
    expect(missing).toEqual(['SEC-BASIC']);
    expect(gateway.calls).toEqual([
      {
        caller,
        query: expect.stringContaining('missingTrainings(orgId: $orgId'),
        variables: { orgId: 'tateshina', workerId: 'w-1', courseCodes: ['SEC-BASIC', 'WIN-BASIC'] },
      },
    ]);
  });

  it('does not ask when nothing is required', async () => {
    const gateway = new RecordingGateway(['never']);
    expect(await new GatewayTrainingRecords(gateway).missingTrainings('tateshina', 'w-1', [], caller)).toEqual([]);
    expect(gateway.calls).toEqual([]);
  });

  it('fails closed when no gateway is configured', async () => {
    const records = new GatewayTrainingRecords(new GatewayClient(undefined));
    await expect(records.missingTrainings('tateshina', 'w-1', ['SEC-BASIC'], caller)).rejects.toMatchObject({
      code: 'UPSTREAM_NOT_CONFIGURED',
    });
  });
});
