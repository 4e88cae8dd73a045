import type { EntityManager } from 'typeorm';
import { markActingAsOperator, runForOrg } from './request-org';
import { appendAudit } from './audit-log';

/** Captures what appendAudit writes; the table and its append-only trigger have their own migration tests. */
function recordingManager(): { manager: EntityManager; details: Record<string, unknown>[]; orgs: unknown[] } {
  const details: Record<string, unknown>[] = [];
  const orgs: unknown[] = [];
  const manager = {
    query: async (_sql: string, params: unknown[]) => {
      orgs.push(params[0]);
      details.push(JSON.parse(params[6] as string) as Record<string, unknown>);
    },
  } as unknown as EntityManager;
  return { manager, details, orgs };
}

const entry = {
  actorId: 'u1',
  actorOrgId: 'shiojiri',
  action: 'contract.create',
  entityType: 'Contract',
  entityId: 'c1',
  detail: { a: 1 },
};

describe('appendAudit and delegation', () => {
  it('records a delegated act as "operator X for member Y"', async () => {
    const { manager, details } = recordingManager();
    await runForOrg('tateshina', async () => {
      markActingAsOperator('shiojiri');
      await appendAudit(manager, entry);
    });
    expect(details).toEqual([{ a: 1, actingFor: { operator: 'shiojiri', member: 'tateshina' } }]);
  });

  it('records any other act as it is, including a member acting on its own org at a host node', async () => {
    const { manager, details, orgs } = recordingManager();
    await runForOrg('shiojiri', () => appendAudit(manager, entry));
    await appendAudit(manager, entry);
    expect(details).toEqual([{ a: 1 }, { a: 1 }]);
    // Each line names the org of its request; one written outside a request names none.
    expect(orgs).toEqual(['shiojiri', null]);
  });
});
