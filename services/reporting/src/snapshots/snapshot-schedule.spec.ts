import { REPORTING_CLIENT, ServiceAccountTokens } from '@kyodo/auth';
import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
import { startTestNode, TestNode, testKeycloakUrl } from '@kyodo/testing';
import { createReportingApp, migrateReporting } from '../reporting-node';
import { FakeAggregatesSource } from '../test-support/fake-aggregates.source';
import { snapshotOf } from '../test-support/snapshot-fixtures';
import { SnapshotSchedule } from './snapshot-schedule';

/** The demo secret of the kyodo-reporting client in infra/keycloak (DEMO ONLY). */
const DEMO_SECRET = 'demo-kyodo-reporting-secret';

describe('monthly snapshots with reporting’s own service account', () => {
  let node: TestNode;
  const source = new FakeAggregatesSource();
  const fiscalYear = fiscalYearOf(tokyoToday());
  const thisMonth = tokyoToday().slice(0, 7);
  const tokens = () =>
    new ServiceAccountTokens({ keycloakUrl: testKeycloakUrl(), realm: 'kyodo', clientId: REPORTING_CLIENT, clientSecret: DEMO_SECRET });

  beforeAll(async () => {
    source.byYear.set(fiscalYear, [snapshotOf('tateshina', fiscalYear)]);
    // The interval is long: the spec triggers each check itself.
    node = await startTestNode({
      label: 'reporting_schedule',
      migrate: migrateReporting,
      create: (databaseUrl, auth) =>
        createReportingApp({
          databaseUrl,
          auth,
          aggregatesSource: source,
          snapshotSchedule: { tokens: tokens(), checkIntervalMs: 86_400_000 },
        }),
    });
  });

  afterAll(async () => {
    await node?.close();
  });

  const snapshotRows = () =>
    node.dataSource.query(
      `SELECT org_id, to_char(taken_month, 'YYYY-MM') AS month, taken_by FROM org_year_snapshots WHERE fiscal_year = $1`,
      [fiscalYear],
    ) as Promise<{ org_id: string; month: string; taken_by: string }[]>;

  it("takes this month's snapshot of the current fiscal year once, with a client-credentials token of kyodo-reporting", async () => {
    const schedule = node.app.get(SnapshotSchedule);
    await schedule.takeIfDue();
    expect(await snapshotRows()).toEqual([{ org_id: 'tateshina', month: thisMonth, taken_by: REPORTING_CLIENT }]);
    const [token] = source.tokens;
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as {
      azp?: string;
      organization?: unknown;
      realm_access?: { roles: string[] };
    };
    expect(claims.azp).toBe(REPORTING_CLIENT);
    expect(claims.organization).toBeUndefined();

    // Due once a month: a second look in the same month gathers nothing.
    await schedule.takeIfDue();
    expect(source.tokens).toHaveLength(1);
  });

  it('refuses a wrong secret (and so never gathers with it)', async () => {
    const wrong = new ServiceAccountTokens({
      keycloakUrl: testKeycloakUrl(),
      realm: 'kyodo',
      clientId: REPORTING_CLIENT,
      clientSecret: 'not-the-secret',
    });
    await expect(wrong.token()).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('kyodo-reporting') });
  });
});
