import { ApolloServer } from '@apollo/server';
import {
  DEFAULT_DELEGATED_FUNCTIONS,
  DEFAULT_OPERATOR_CONFIRMATIONS,
  FEATURES_BY_FORM,
  MemberAccess,
  MemberStatus,
  OperatingForm,
} from '@kyodo/domain';
import type { GatewayContext } from '../routing/gateway-context';
import type { MemberDirectory } from '../routing/node-directory';
import { memberAccessPlugin } from './member-access.plugin';

const member = (form: OperatingForm, status = MemberStatus.ACTIVE): MemberAccess => ({ status, features: FEATURES_BY_FORM[form] });

/** The routing table's members as the gateway reads them. */
const ACCESS: Record<string, MemberAccess> = {
  shiojiri: member(OperatingForm.CORPORATE_EXPANDED),
  omachi: member(OperatingForm.MUNICIPALITY_RUN),
  azumino: member(OperatingForm.CORPORATE_INITIAL, MemberStatus.SUSPENDED),
  // Municipality-run with the default delegation to shiojiri.
  tateshina: {
    ...member(OperatingForm.MUNICIPALITY_RUN),
    delegation: { operatorId: 'shiojiri', functions: DEFAULT_DELEGATED_FUNCTIONS, confirmations: DEFAULT_OPERATOR_CONFIRMATIONS },
  },
};
const MEMBERS: MemberDirectory = { member: (orgId) => ACCESS[orgId] };

/** A stand-in for the supergraph: the plugin reads only the operation, never the schema behind it. */
const server = new ApolloServer<GatewayContext>({
  typeDefs: `
    type Query { courses(orgId: String): [String!]! }
    type Mutation { closePayMonth(orgId: String, month: String!): String!, issueInvoice(orgId: String): String!, createOrder(orgId: String): String!, createContract(orgId: String): String! }`,
  resolvers: {
    Query: { courses: () => ['SEC-BASIC'] },
    Mutation: {
      closePayMonth: () => 'closed',
      issueInvoice: () => 'issued',
      createOrder: () => 'created',
      createContract: () => 'contracted',
    },
  },
  plugins: [memberAccessPlugin(MEMBERS)],
});

async function run(
  query: string,
  callerOrg?: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: unknown; code?: unknown; status?: number }> {
  const response = await server.executeOperation({ query, variables }, { contextValue: { defaultOrgId: callerOrg } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data: data ?? null, code: errors?.[0]?.extensions?.code, status: response.http.status };
}

describe('member access at the gateway', () => {
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("refuses a suspended member's users with MEMBER_SUSPENDED and HTTP 403, before anything runs", async () => {
    expect(await run('{ courses }', 'azumino')).toEqual({ data: null, code: 'MEMBER_SUSPENDED', status: 403 });
    expect(await run('{ courses }', 'shiojiri')).toEqual({ data: { courses: ['SEC-BASIC'] }, code: undefined, status: undefined });
    // The support body has no org of its own: nothing to suspend.
    expect((await run('{ courses }')).code).toBeUndefined();
  });

  it("refuses a mutation of a function the target member's form lacks, whether named, defaulted or in a variable", async () => {
    expect((await run('mutation { closePayMonth(month: "2027-01") }', 'omachi')).code).toBe('FEATURE_NOT_IN_OPERATING_FORM');
    expect((await run('mutation { issueInvoice(orgId: "omachi") }')).code).toBe('FEATURE_NOT_IN_OPERATING_FORM');
    expect((await run('mutation ($o: String) { ... on Mutation { issueInvoice(orgId: $o) } }', undefined, { o: 'omachi' })).code).toBe(
      'FEATURE_NOT_IN_OPERATING_FORM',
    );
  });

  it('lets through what the form includes, and mutations no feature gates', async () => {
    expect((await run('mutation { closePayMonth(month: "2027-01") }', 'shiojiri')).data).toEqual({ closePayMonth: 'closed' });
    expect((await run('mutation { createOrder }', 'omachi')).data).toEqual({ createOrder: 'created' });
    // Naming another org is routing's business (CROSS_ORG_REFUSED there); the feature is the target's.
    expect((await run('mutation { issueInvoice(orgId: "shiojiri") }', 'omachi')).data).toEqual({ issueInvoice: 'issued' });
  });

  it("does a delegating member's contracts, invoices and pay in its operator's name: no FEATURE_NOT_IN_OPERATING_FORM", async () => {
    // The town's staff prepare contracts (both may); the operator's staff act for the town.
    expect((await run('mutation { createContract }', 'tateshina')).data).toEqual({ createContract: 'contracted' });
    expect((await run('mutation { createContract(orgId: "tateshina") }', 'shiojiri')).data).toEqual({ createContract: 'contracted' });
    expect((await run('mutation { closePayMonth(orgId: "tateshina", month: "2027-01") }', 'shiojiri')).data).toEqual({
      closePayMonth: 'closed',
    });
    expect((await run('mutation { issueInvoice(orgId: "tateshina") }', 'shiojiri')).data).toEqual({ issueInvoice: 'issued' });
  });

  it("keeps the operator's confirmations to the operator: the town's staff are refused with OPERATOR_CONFIRMATION_REQUIRED", async () => {
    expect(await run('mutation { closePayMonth(month: "2027-01") }', 'tateshina')).toEqual({
      data: null,
      code: 'OPERATOR_CONFIRMATION_REQUIRED',
      status: 403,
    });
    expect((await run('mutation { issueInvoice }', 'tateshina')).code).toBe('OPERATOR_CONFIRMATION_REQUIRED');
    // A member without a delegation keeps the old rule.
    expect((await run('mutation { closePayMonth(month: "2027-01") }', 'omachi')).code).toBe('FEATURE_NOT_IN_OPERATING_FORM');
  });
});
