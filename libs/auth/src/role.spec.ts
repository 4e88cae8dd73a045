import { hasAnyRole, isStaffOf, type AuthContext } from './auth-context';
import { isRole, Role, STAFF } from './role';

const caller = (orgId: string | null, roles: Role[]): AuthContext => ({
  userId: 'u',
  username: 'u',
  orgId,
  roles,
  serviceClient: null,
  token: 't',
});

describe('roles', () => {
  it("knows the realm's four Kyodo roles by their Keycloak names", () => {
    expect(['consortium-admin', 'org-admin', 'director', 'worker'].filter(isRole)).toEqual([
      Role.ConsortiumAdmin,
      Role.OrgAdmin,
      Role.Director,
      Role.Worker,
    ]);
  });

  it("ignores Keycloak's own realm roles and near misses, so they never reach a caller's roles", () => {
    expect(['default-roles-kyodo', 'offline_access', 'uma_authorization', 'Director', 'admin', '', 'director '].filter(isRole)).toEqual([]);
  });

  it("counts a member's org admins and directors as staff, never workers or the consortium admin", () => {
    expect([...STAFF].sort()).toEqual([Role.Director, Role.OrgAdmin]);
  });

  it('hasAnyRole: one shared role is enough, none is not', () => {
    expect(hasAnyRole(caller('tateshina', [Role.Worker, Role.Director]), [Role.Director])).toBe(true);
    expect(hasAnyRole(caller('tateshina', [Role.Worker]), STAFF)).toBe(false);
    expect(hasAnyRole(caller('tateshina', []), STAFF)).toBe(false);
  });

  it("isStaffOf: a staff role of that very org; another org's staff, a worker and the consortium admin are not", () => {
    expect(isStaffOf(caller('tateshina', [Role.Director]), 'tateshina')).toBe(true);
    expect(isStaffOf(caller('tateshina', [Role.OrgAdmin]), 'tateshina')).toBe(true);
    expect(isStaffOf(caller('shiojiri', [Role.OrgAdmin, Role.Director]), 'tateshina')).toBe(false);
    expect(isStaffOf(caller('tateshina', [Role.Worker]), 'tateshina')).toBe(false);
    expect(isStaffOf(caller(null, [Role.ConsortiumAdmin]), 'tateshina')).toBe(false);
  });
});
