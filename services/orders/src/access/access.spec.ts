import { Role, STAFF, type AuthContext } from '@kyodo/auth';
import { ACCESS_RULES, may } from './access';

const caller = (orgId: string | null, roles: Role[]): AuthContext => ({
  userId: 'u',
  username: 'u',
  orgId,
  roles,
  serviceClient: null,
  token: 't',
});
const director = caller('tateshina', [Role.Director]);
const admin = caller('tateshina', [Role.OrgAdmin]);
const worker = caller('tateshina', [Role.Worker]);
const partnerDirector = caller('shiojiri', [Role.Director]);
const partnerWorker = caller('shiojiri', [Role.Worker]);
const consortiumAdmin = caller(null, [Role.ConsortiumAdmin]);
const contextOf = (auth: AuthContext | undefined) => ({ req: { auth } });

describe('orders access table', () => {
  it('has exactly the rules tested here', () => {
    expect(Object.keys(ACCESS_RULES).sort()).toEqual([
      'homeOrgStaff',
      'operatorActingFor',
      'partnerStaff',
      'referenceAllowed',
      'sharedUnderApprovedClaim',
    ]);
  });

  it("homeOrgStaff: the order owner's admins and directors, nobody else", () => {
    const row = { orgId: 'tateshina' };
    expect([director, admin, worker, partnerDirector, consortiumAdmin, undefined].map((auth) => may('homeOrgStaff', auth, row))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  describe('operatorActingFor', () => {
    const operatedBy = { tateshina: 'shiojiri' };
    const row = (coordinate: string, orgId = 'tateshina') => ({ orgId, operatedBy, coordinate });
    const assigned = { ...partnerDirector, operatorFor: ['tateshina'] };
    it("lets the partner operator's staff named for the member in on a delegated function's operation", () => {
      expect(may('operatorActingFor', assigned, row('Query.taskRequirements'))).toBe(true);
    });
    it('refuses them elsewhere, and everyone the member has not delegated to', () => {
      expect([
        may('operatorActingFor', assigned, row('Mutation.createOrder')),
        may('operatorActingFor', assigned, row('Query.taskRequirements', 'itoigawa')),
        may('operatorActingFor', partnerDirector, row('Query.taskRequirements')),
        may('operatorActingFor', { ...partnerWorker, operatorFor: ['tateshina'] }, row('Query.taskRequirements')),
        may('operatorActingFor', director, row('Query.taskRequirements')),
        may('operatorActingFor', undefined, row('Query.taskRequirements')),
      ]).toEqual([false, false, false, false, false, false]);
    });
  });

  describe('sharedUnderApprovedClaim', () => {
    it("lets the claimant's staff in once the owner approved the claim", () => {
      expect(may('sharedUnderApprovedClaim', partnerDirector, { claimantOrgId: 'shiojiri', status: 'APPROVED' })).toBe(true);
    });
    it('refuses a pending or declined claim, the claimant’s workers, another member and the owner’s staff (their own rule)', () => {
      expect(may('sharedUnderApprovedClaim', partnerDirector, { claimantOrgId: 'shiojiri', status: 'PENDING' })).toBe(false);
      expect(may('sharedUnderApprovedClaim', partnerDirector, { claimantOrgId: 'shiojiri', status: 'DECLINED' })).toBe(false);
      expect(may('sharedUnderApprovedClaim', partnerWorker, { claimantOrgId: 'shiojiri', status: 'APPROVED' })).toBe(false);
      expect(may('sharedUnderApprovedClaim', caller('itoigawa', [Role.Director]), { claimantOrgId: 'shiojiri', status: 'APPROVED' })).toBe(
        false,
      );
      expect(may('sharedUnderApprovedClaim', director, { claimantOrgId: 'shiojiri', status: 'APPROVED' })).toBe(false);
      expect(may('sharedUnderApprovedClaim', undefined, { claimantOrgId: 'shiojiri', status: 'APPROVED' })).toBe(false);
    });
  });

  it("partnerStaff: the partner member's staff, not its workers nor the owner's staff", () => {
    const row = { partnerOrgId: 'shiojiri' };
    expect([partnerDirector, partnerWorker, director, consortiumAdmin, undefined].map((auth) => may('partnerStaff', auth, row))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('referenceAllowed: the roles at the caller’s own org’s node only, and never without a verified caller', () => {
    const staff = { nodeOrgId: 'tateshina', roles: STAFF };
    expect(may('referenceAllowed', contextOf(director), staff)).toBe(true);
    expect(may('referenceAllowed', contextOf(worker), staff)).toBe(false);
    expect(may('referenceAllowed', contextOf(partnerDirector), staff)).toBe(false);
    expect(may('referenceAllowed', contextOf(undefined), staff)).toBe(false);
  });
});
