import { AuthContext, Role } from '@kyodo/auth';
import { mayManageProject, mayPlanProject, maySeeProject } from './project-access';

const caller = (roles: Role[], orgId: string | null): AuthContext =>
  ({ roles, orgId, userId: 'u', username: 'u', token: 't' }) as AuthContext;
const PROJECT = { leadOrgId: 'tateshina', memberOrgIds: ['itoigawa', 'tateshina'] };

describe('project access', () => {
  const supportBody = caller([Role.ConsortiumAdmin], null);
  const leadAdmin = caller([Role.OrgAdmin], 'tateshina');
  const memberAdmin = caller([Role.OrgAdmin], 'itoigawa');
  const outsiderAdmin = caller([Role.OrgAdmin], 'shiojiri');
  const leadDirector = caller([Role.Director], 'tateshina');

  it('lets only the support body create projects and set members', () => {
    expect([supportBody, leadAdmin, memberAdmin, leadDirector].map(mayManageProject)).toEqual([true, false, false, false]);
  });

  it("lets the support body and the lead's org admin set targets and read the sheet", () => {
    expect([supportBody, leadAdmin, memberAdmin, outsiderAdmin, leadDirector].map((a) => mayPlanProject(a, PROJECT))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("shows the project to the support body and its members' org admins", () => {
    expect([supportBody, leadAdmin, memberAdmin, outsiderAdmin, leadDirector].map((a) => maySeeProject(a, PROJECT))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
