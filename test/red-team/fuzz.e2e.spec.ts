import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, postGraphQL } from '@kyodo/testing';
import { fuzzOperations } from '../support/fuzz/fuzz-operations';
import { fuzzRoles } from '../support/fuzz/fuzz-cases';
import { FailureKind, FUZZ_CONSORTIUM_ENV, FUZZ_GATEWAY_ENV, FUZZ_ORGS, FuzzReport, runFuzz } from '../support/fuzz/fuzz-runner';
import { DatabaseFingerprint } from '../support/fuzz/database-fingerprint';

/**
 * Schema-driven fuzzing (issue 14, item 10), a fixed-seed sample: every Query and Mutation of the
 * committed supergraph, called once by every role (the support body, each role of one member,
 * the other member's users, no token), with valid, boundary and hostile arguments generated from
 * the argument types (test/support/fuzz). `npm run bench:fuzz` runs 10,000 cases the same way.
 * A failing case is reproduced from FUZZ_SEED and its index (printed in the failure).
 */
const FUZZ_SEED = 20261207;
const OPERATIONS = fuzzOperations();
const ROLES = fuzzRoles(FUZZ_ORGS);
/** Each operation by each role once. */
const CASES = OPERATIONS.length * ROLES.length;

describe('schema-driven fuzzing through the gateway (fixed seed)', () => {
  let consortium: RunningConsortium;
  let report: FuzzReport;

  beforeAll(async () => {
    consortium = await launchTestConsortium('fuzz', FUZZ_ORGS, {
      consortiumEnv: FUZZ_CONSORTIUM_ENV,
      gatewayEnv: FUZZ_GATEWAY_ENV,
      recordOperations: false,
    });
    report = await runFuzz(consortium, { seed: FUZZ_SEED, cases: CASES });
  }, 1_200_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  const failures = (kind: FailureKind) => report.failureClasses.filter((c) => c.kind === kind);

  it('sends every Query and Mutation as every role', () => {
    expect(report.cases).toBe(CASES);
    expect(report.coverage).toEqual(Object.fromEntries(ROLES.map((role) => [role, expect.objectContaining({ sent: OPERATIONS.length })])));
  });

  it('reaches the resolvers: every signed-in role gets data from some operations, and some writes are refused', () => {
    // Otherwise the checks below would pass on a run where every case died at the edge.
    for (const role of ROLES.filter((r) => r !== 'anonymous')) expect([role, report.coverage[role].answered > 0]).toEqual([role, true]);
    expect(Object.values(report.coverage).reduce((sum, c) => sum + c.answered, 0)).toBeGreaterThan(50);
    expect(report.refusedMutations).toBeGreaterThan(100);
  });

  it('answers no case with HTTP 5xx', () => {
    expect(failures('5xx')).toEqual([]);
  });

  it('answers no case with INTERNAL_SERVER_ERROR', () => {
    expect(failures('INTERNAL_SERVER_ERROR')).toEqual([]);
  });

  it('gets every case answered by the nodes it needs (no NODE_UNAVAILABLE while all are up, no timeout)', () => {
    expect([...failures('NODE_UNAVAILABLE'), ...failures('timeout')]).toEqual([]);
  });

  it('keeps every service answering /health', () => {
    expect(failures('crash')).toEqual([]);
  });

  it('leaves every database unchanged when it refuses a write', () => {
    expect(failures('changed-on-refusal')).toEqual([]);
  });

  it('control: the fingerprint sees a write that lands', async () => {
    const node = consortium.node(FUZZ_ORGS[0], 'orders');
    const fingerprint = await DatabaseFingerprint.open([node.databaseUrl]);
    try {
      const before = await fingerprint.take();
      const res = await postGraphQL(
        consortium.gatewayUrl,
        gql`
          mutation {
            createClient(input: { name: "指紋 対照", sector: PUBLIC }) {
              id
            }
          }
        `,
        {},
        await bearer(`${FUZZ_ORGS[0]}-director`),
      );
      expect(res.errors).toBeUndefined();
      expect(DatabaseFingerprint.changed(before, await fingerprint.take()).map((t) => t.split('.').pop())).toEqual(
        expect.arrayContaining(['clients']),
      );
    } finally {
      await fingerprint.close();
    }
  });
});
