import {
  adminProblems,
  EMPTY_WIZARD,
  isNodeUrl,
  memberNodeHealth,
  memberProblems,
  nodeProblems,
  onboardInput,
  type WizardForm,
} from './onboarding-wizard';

const PREFECTURES = ['長野県', '新潟県'];

const omachi: WizardForm = {
  ...EMPTY_WIZARD,
  id: 'omachi',
  name: ' 大町市 ',
  prefecture: '長野県',
  partnerOperatorId: 'shiojiri',
  domain: 'omachi.kyodo.example',
  placement: 'OWN_NODES',
  nodeUrls: { orders: 'http://127.0.0.1:4101', workers: 'http://127.0.0.1:4102', training: 'https://training.omachi.example' },
  admin: { username: 'omachi-admin', email: 'admin@omachi.kyodo.example', firstName: '花子', lastName: '大町' },
};

describe('the onboarding wizard', () => {
  it('accepts a complete municipality-run member', () => {
    expect(memberProblems(omachi, PREFECTURES)).toEqual({});
    expect(nodeProblems(omachi)).toEqual({});
    expect(adminProblems(omachi)).toEqual({});
  });

  it('points at each bad member field', () => {
    expect(
      memberProblems({ ...omachi, id: 'Omachi', name: ' ', prefecture: '大町県', domain: 'omachi', partnerOperatorId: '' }, PREFECTURES),
    ).toEqual({
      id: 'support.wizard.problem.id',
      name: 'support.wizard.problem.required',
      prefecture: 'support.wizard.problem.prefecture',
      domain: 'support.wizard.problem.domain',
      partnerOperatorId: 'support.wizard.problem.partner',
    });
    // A corporate member names no partner operator.
    expect(memberProblems({ ...omachi, operatingForm: 'CORPORATE_INITIAL', partnerOperatorId: '' }, PREFECTURES)).toEqual({});
  });

  it('wants one distinct http(s) URL per node', () => {
    expect(isNodeUrl('ftp://x.example')).toBe(false);
    expect(isNodeUrl('javascript:alert(1)')).toBe(false);
    expect(isNodeUrl('not a url')).toBe(false);
    expect(nodeProblems({ ...omachi, nodeUrls: { orders: 'http://a:1', workers: 'http://a:1', training: '' } })).toEqual({
      'nodeUrls.workers': 'support.wizard.problem.urlTwice',
      'nodeUrls.training': 'support.wizard.problem.url',
    });
  });

  it('checks the first admin', () => {
    expect(adminProblems({ ...omachi, admin: { username: 'A', email: 'x', firstName: '', lastName: ' ' } })).toEqual({
      'admin.username': 'support.wizard.problem.username',
      'admin.email': 'support.wizard.problem.email',
      'admin.firstName': 'support.wizard.problem.required',
      'admin.lastName': 'support.wizard.problem.required',
    });
  });

  it('sends trimmed values, the nodes in subgraph order, and the partner only for a municipality-run member', () => {
    const input = onboardInput(omachi);
    expect(input.name).toBe('大町市');
    expect(input.partnerOperatorId).toBe('shiojiri');
    expect(input.placement).toBe('OWN_NODES');
    expect(input.nodes?.map((n) => n.subgraph)).toEqual(['orders', 'workers', 'training']);
    expect(onboardInput({ ...omachi, operatingForm: 'CORPORATE_EXPANDED' }).partnerOperatorId).toBeNull();
  });

  it('hosts a municipality-run member on its operator with no node URLs, and only such a member', () => {
    const hosted = { ...omachi, placement: 'HOSTED' as const, nodeUrls: { orders: '', workers: '', training: '' } };
    expect(nodeProblems(hosted)).toEqual({});
    expect(onboardInput(hosted)).toMatchObject({ placement: 'HOSTED', nodes: null, partnerOperatorId: 'shiojiri' });
    // A corporate member runs its own nodes whatever the form held: their URLs are wanted again.
    const corporate = { ...hosted, operatingForm: 'CORPORATE_EXPANDED' as const };
    expect(Object.keys(nodeProblems(corporate))).toHaveLength(3);
    expect(onboardInput(corporate).placement).toBe('OWN_NODES');
  });

  it("sums up a member's nodes for routing", () => {
    const ok = ['orders', 'workers', 'training'].map((subgraph) => ({ subgraph, status: 'ACTIVE', lastError: null }));
    expect(memberNodeHealth(ok)).toBe('HEALTHY');
    expect(memberNodeHealth(ok.slice(1))).toBe('MISSING');
    expect(memberNodeHealth([...ok.slice(1), { subgraph: 'orders', status: 'ACTIVE', lastError: 'unreachable' }])).toBe('UNHEALTHY');
    expect(memberNodeHealth([...ok.slice(1), { subgraph: 'orders', status: 'DOWN', lastError: 'unreachable' }])).toBe('OUT');
  });
});
