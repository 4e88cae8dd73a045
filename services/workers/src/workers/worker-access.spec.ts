import { Role, type AuthContext } from '@kyodo/auth';
import { workerVisibility } from './worker-access';

const caller = (orgId: string | null, roles: Role[], userId = `user-of-${orgId}`): AuthContext => ({
  userId,
  username: userId,
  orgId,
  roles,
  serviceClient: null,
  token: 't',
});
const worker = (consortiumConsent: boolean) => ({ orgId: 'shiojiri', userId: 'hanako', consortiumConsent });

describe('workerVisibility (who sees how much of a worker, by any path)', () => {
  it('gives the home org staff the record, with or without consent', () => {
    for (const role of [Role.OrgAdmin, Role.Director]) {
      expect(workerVisibility(caller('shiojiri', [role]), worker(false))).toBe('RECORD');
    }
  });

  it('gives the worker their own record', () => {
    expect(workerVisibility(caller('shiojiri', [Role.Worker], 'hanako'), worker(false))).toBe('RECORD');
  });

  it("gives another member's staff only the crossing fields, and only of a consenting worker", () => {
    expect(workerVisibility(caller('tateshina', [Role.Director]), worker(true))).toBe('CROSSING');
    expect(workerVisibility(caller('tateshina', [Role.OrgAdmin]), worker(false))).toBe('NONE');
  });

  it('refuses everyone else: no caller, another worker of the org, a worker of another member, the support body, a same-id user elsewhere', () => {
    expect(workerVisibility(undefined, worker(true))).toBe('NONE');
    expect(workerVisibility(caller('shiojiri', [Role.Worker]), worker(true))).toBe('NONE');
    expect(workerVisibility(caller('tateshina', [Role.Worker]), worker(true))).toBe('NONE');
    expect(workerVisibility(caller(null, [Role.ConsortiumAdmin]), worker(true))).toBe('NONE');
    expect(workerVisibility(caller('tateshina', [Role.Worker], 'hanako'), worker(true))).toBe('NONE');
  });
});
