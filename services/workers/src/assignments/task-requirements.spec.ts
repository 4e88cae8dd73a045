import { GatewayClient, type OnBehalfOf } from '@kyodo/subgraph';
import { GatewayTaskRequirements } from './task-requirements';

/** Records what would go to the gateway and answers with what the owner's orders node would say. */
class RecordingGateway extends GatewayClient {
  readonly calls: { caller: OnBehalfOf; query: string; variables: Record<string, unknown> }[] = [];

  constructor(private readonly answer: unknown) {
    super('http://gateway.invalid/graphql');
  }

  override async request<T>(caller: OnBehalfOf, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    this.calls.push({ caller, query, variables });
    return { taskRequirements: this.answer } as T;
  }
}

describe('GatewayTaskRequirements', () => {
  const caller = { token: 'caller-token' };
  const TASK = '6f1c2a3e-0000-4000-8000-000000000001';
  const answer = {
    orgId: 'shiojiri',
    taskId: TASK,
    itStage: 'B',
    businessStage: 'A',
    trainings: ['SEC-BASIC'],
    confidential: true,
    withholding: true,
  };

  it("asks the task's owner with the caller's token, through the typed operation, and reads every requirement", async () => {
    const gateway = new RecordingGateway(answer);
    expect(await new GatewayTaskRequirements(gateway).forTask(caller, 'shiojiri', TASK)).toEqual({
      itStage: 'B',
      businessStage: 'A',
      trainings: ['SEC-BASIC'],
      confidential: true,
      withholding: true,
    });
    expect(gateway.calls).toEqual([
      {
        caller,
        query: expect.stringContaining('query TaskRequirements($orgId: String, $taskId: ID!)'),
        variables: { orgId: 'shiojiri', taskId: TASK },
      },
    ]);
  });

  it('takes null, or an answer about another task or org, as no such task', async () => {
    expect(await new GatewayTaskRequirements(new RecordingGateway(null)).forTask(caller, 'shiojiri', TASK)).toBeNull();
    expect(
      await new GatewayTaskRequirements(new RecordingGateway({ ...answer, orgId: 'itoigawa' })).forTask(caller, 'shiojiri', TASK),
    ).toBeNull();
    expect(
      await new GatewayTaskRequirements(new RecordingGateway({ ...answer, taskId: 'other' })).forTask(caller, 'shiojiri', TASK),
    ).toBeNull();
  });

  it('fails closed when no gateway is configured', async () => {
    await expect(new GatewayTaskRequirements(new GatewayClient(undefined)).forTask(caller, 'shiojiri', TASK)).rejects.toMatchObject({
      code: 'UPSTREAM_NOT_CONFIGURED',
    });
  });
});
