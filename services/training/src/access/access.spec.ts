import { Role, type AuthContext } from '@kyodo/auth';
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

describe('training access table', () => {
  it('has exactly the rules tested here', () => {
    expect(Object.keys(ACCESS_RULES).sort()).toEqual(['homeOrgStaff', 'referenceAllowed']);
  });

  it("homeOrgStaff: the org's admins and directors, nobody else", () => {
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

  it('referenceAllowed: the roles at the caller’s own org’s node only, never without a verified caller', () => {
    const anyMember = { nodeOrgId: 'tateshina', roles: [Role.OrgAdmin, Role.Director, Role.Worker] };
    expect(may('referenceAllowed', contextOf(worker), anyMember)).toBe(true);
    expect(may('referenceAllowed', contextOf(partnerWorker), anyMember)).toBe(false);
    expect(may('referenceAllowed', contextOf(consortiumAdmin), anyMember)).toBe(false);
    expect(may('referenceAllowed', contextOf(undefined), anyMember)).toBe(false);
  });
});
