import { AuthContext, Role } from '@kyodo/auth';

/** Who may touch a project, in one place (the resolvers and the service call these). */
export interface ProjectParties {
  leadOrgId: string;
  memberOrgIds: readonly string[];
}

const isSupportBody = (auth: AuthContext): boolean => auth.roles.includes(Role.ConsortiumAdmin);
const isOrgAdminOf = (auth: AuthContext, orgId: string): boolean => auth.roles.includes(Role.OrgAdmin) && auth.orgId === orgId;

/** Creating a project and changing its members: the support body only. */
export const mayManageProject = (auth: AuthContext): boolean => isSupportBody(auth);

/** Setting its targets and reading its sheet (the sums of its members' figures): the support body and the lead member's org admin. */
export const mayPlanProject = (auth: AuthContext, project: ProjectParties): boolean =>
  isSupportBody(auth) || isOrgAdminOf(auth, project.leadOrgId);

/** Seeing that it exists, its name and members: the support body and an org admin of any member. */
export const maySeeProject = (auth: AuthContext, project: ProjectParties): boolean =>
  isSupportBody(auth) || project.memberOrgIds.some((orgId) => isOrgAdminOf(auth, orgId));
