import { Role, type AuthContext } from '@kyodo/auth';
import { markActingAsOperator, runForOrg } from '@kyodo/subgraph';
import { ACCESS_RULES, may } from './access';

const caller = (orgId: string | null, roles: Role[], userId = 'u-1', serviceClient: string | null = null): AuthContext => ({
  userId,
  username: userId,
  orgId,
  roles,
  serviceClient,
  token: 't',
});
const director = caller('tateshina', [Role.Director]);
const admin = caller('tateshina', [Role.OrgAdmin]);
const worker = caller('tateshina', [Role.Worker], 'u-worker');
const partnerDirector = caller('shiojiri', [Role.Director]);
const partnerWorker = caller('shiojiri', [Role.Worker], 'u-worker');
const consortiumAdmin = caller(null, [Role.ConsortiumAdmin]);
const serviceAccount = caller(null, [], 'service-account-kyodo-training', 'kyodo-training');
const contextOf = (auth: AuthContext | undefined) => ({ req: { auth } });

describe('workers access table', () => {
  it('has exactly the rules tested here', () => {
    expect(Object.keys(ACCESS_RULES).sort()).toEqual(
      [
        'consentedToConsortium',
        'homeOrgStaff',
        'operatorActingFor',
        'operatorInDelegatedAct',
        'ownWorker',
        'referenceAllowed',
        'sharedUnderApprovedClaim',
        'workerOfOrg',
      ].sort(),
    );
  });

  describe('operatorActingFor', () => {
    const operatedBy = { tateshina: 'shiojiri' };
    const row = (coordinate: string, orgId = 'tateshina') => ({ orgId, operatedBy, coordinate });
    const assigned = { ...partnerDirector, operatorFor: ['tateshina'] };
    it("lets the partner operator's staff named for the member in on a delegated function's operation", () => {
      expect(may('operatorActingFor', assigned, row('Query.capacity'))).toBe(true);
    });
    it('refuses them elsewhere, and everyone the member has not delegated to', () => {
      expect([
        may('operatorActingFor', assigned, row('Mutation.registerWorker')),
        may('operatorActingFor', assigned, row('Query.capacity', 'itoigawa')),
        may('operatorActingFor', partnerDirector, row('Query.capacity')),
        may('operatorActingFor', { ...partnerWorker, operatorFor: ['tateshina'] }, row('Query.capacity')),
        may('operatorActingFor', director, row('Query.capacity')),
        may('operatorActingFor', undefined, row('Query.capacity')),
      ]).toEqual([false, false, false, false, false, false]);
    });
  });

  describe('operatorInDelegatedAct', () => {
    it("counts the partner operator's staff in a request the guard let through as their delegated act for that org, and only then", () => {
      const acting = (auth: AuthContext, rowOrg: string) =>
        runForOrg('tateshina', () => {
          markActingAsOperator('shiojiri');
          return may('operatorInDelegatedAct', auth, { orgId: rowOrg });
        });
      expect(acting(partnerDirector, 'tateshina')).toBe(true);
      // Not for another org's rows, not for the operator's workers, not outside a delegated act.
      expect([
        acting(partnerDirector, 'itoigawa'),
        acting(partnerWorker, 'tateshina'),
        acting(caller('itoigawa', [Role.Director]), 'tateshina'),
        acting(director, 'tateshina'),
        runForOrg('tateshina', () => may('operatorInDelegatedAct', partnerDirector, { orgId: 'tateshina' })),
      ]).toEqual([false, false, false, false, false]);
    });
  });

  describe('homeOrgStaff', () => {
    const row = { orgId: 'tateshina' };

    it("lets the row's own org admins and directors in", () => {
      expect([director, admin].map((auth) => may('homeOrgStaff', auth, row))).toEqual([true, true]);
    });
    it('refuses a worker, another member’s staff, the consortium admin, a service account and no caller', () => {
      expect([worker, partnerDirector, consortiumAdmin, serviceAccount, undefined].map((auth) => may('homeOrgStaff', auth, row))).toEqual([
        false,
        false,
        false,
        false,
        false,
      ]);
    });
  });

  describe('ownWorker', () => {
    const row = (userId: string | null) => ({ orgId: 'tateshina', worker: { userId } });
    it('lets the worker whose record carries the login in', () => {
      expect(may('ownWorker', worker, row('u-worker'))).toBe(true);
    });
    it('refuses a colleague, a record without a login, no record, the same user id at another org, and staff', () => {
      expect(may('ownWorker', worker, row('u-colleague'))).toBe(false);
      expect(may('ownWorker', worker, row(null))).toBe(false);
      expect(may('ownWorker', worker, { orgId: 'tateshina', worker: null })).toBe(false);
      expect(may('ownWorker', partnerWorker, row('u-worker'))).toBe(false);
      expect(may('ownWorker', director, row('u-worker'))).toBe(false);
      expect(may('ownWorker', undefined, row('u-worker'))).toBe(false);
    });
  });

  describe('workerOfOrg', () => {
    it("lets a worker-role login of the row's org in, nobody else", () => {
      const row = { orgId: 'tateshina' };
      expect([worker, partnerWorker, director, consortiumAdmin, undefined].map((auth) => may('workerOfOrg', auth, row))).toEqual([
        true,
        false,
        false,
        false,
        false,
      ]);
    });
  });

  describe('sharedUnderApprovedClaim', () => {
    it('lets staff of the owner of the shared work in, not the owner’s workers nor this org’s staff', () => {
      const row = { ownerOrgId: 'shiojiri' };
      expect(
        [partnerDirector, partnerWorker, director, consortiumAdmin, undefined].map((auth) => may('sharedUnderApprovedClaim', auth, row)),
      ).toEqual([true, false, false, false, false]);
    });
  });

  describe('consentedToConsortium', () => {
    it("lets another member's staff see a worker who consented", () => {
      expect(may('consentedToConsortium', partnerDirector, { orgId: 'tateshina', consortiumConsent: true })).toBe(true);
    });
    it('refuses without consent, the home org (it has its own rule), another member’s worker and the consortium admin', () => {
      expect(may('consentedToConsortium', partnerDirector, { orgId: 'tateshina', consortiumConsent: false })).toBe(false);
      expect(may('consentedToConsortium', director, { orgId: 'tateshina', consortiumConsent: true })).toBe(false);
      expect(may('consentedToConsortium', partnerWorker, { orgId: 'tateshina', consortiumConsent: true })).toBe(false);
      expect(may('consentedToConsortium', consortiumAdmin, { orgId: 'tateshina', consortiumConsent: true })).toBe(false);
    });
  });

  describe('referenceAllowed', () => {
    const staffOnly = { nodeOrgId: 'tateshina', roles: [Role.OrgAdmin, Role.Director] };
    it('lets a caller holding one of the roles at its own org’s node in', () => {
      expect(may('referenceAllowed', contextOf(director), staffOnly)).toBe(true);
    });
    it('refuses member roles at another org’s node, missing roles, and a request without a verified caller', () => {
      expect(may('referenceAllowed', contextOf(partnerDirector), staffOnly)).toBe(false);
      expect(may('referenceAllowed', contextOf(worker), staffOnly)).toBe(false);
      expect(may('referenceAllowed', contextOf(undefined), staffOnly)).toBe(false);
      expect(may('referenceAllowed', {}, staffOnly)).toBe(false);
    });
    it('counts the consortium admin at every node where the roles name it', () => {
      expect(may('referenceAllowed', contextOf(consortiumAdmin), { nodeOrgId: 'tateshina', roles: [Role.ConsortiumAdmin] })).toBe(true);
    });
  });
});
