import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthContext, AuthError } from '@kyodo/auth';
import { appendAudit, isUniqueViolation } from '@kyodo/database';
import { KpiPlan, KpiSheetLine } from '../kpi-sheets/kpi-sheet';
import { KpiSheetsService, PlanFigures } from '../kpi-sheets/kpi-sheets.service';
import { CreateProjectInput } from './dto/create-project.input';
import { SetProjectMembersInput } from './dto/set-project-members.input';
import { mayManageProject, mayPlanProject, maySeeProject } from './project-access';
import { ProjectModel } from './project.model';
import { ProjectsError } from './projects.errors';

interface ProjectRow {
  id: string;
  name: string;
  lead_org_id: string;
  member_org_ids: string[];
  created_at: Date;
}

const SELECT_PROJECTS = `
  SELECT p.id, p.name, p.lead_org_id, p.created_at,
         array(SELECT m.org_id FROM project_members m WHERE m.project_id = p.id ORDER BY m.org_id) AS member_org_ids
  FROM projects p`;

const toModel = (r: ProjectRow): ProjectModel => ({
  id: r.id,
  name: r.name,
  leadOrgId: r.lead_org_id,
  memberOrgIds: r.member_org_ids,
  createdAt: r.created_at,
});

/**
 * Projects (named groups of members) and their KPI plans and sheets. The support body creates
 * them and sets their members; it and the lead member's org admin set their targets and read
 * their sheets (project-access.ts).
 */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sheets: KpiSheetsService,
  ) {}

  async create(input: CreateProjectInput, auth: AuthContext): Promise<ProjectModel> {
    if (!mayManageProject(auth)) throw new AuthError('FORBIDDEN', 'Projects are created by the support body.');
    const members = membersOf(input.leadOrgId, input.memberOrgIds);
    try {
      return await this.dataSource.transaction(async (tx) => {
        const [{ id }] = (await tx.query(`INSERT INTO projects (name, lead_org_id, created_by) VALUES ($1, $2, $3) RETURNING id`, [
          input.name,
          input.leadOrgId,
          auth.username,
        ])) as { id: string }[];
        await tx.query(`INSERT INTO project_members (project_id, org_id) SELECT $1, unnest($2::text[])`, [id, members]);
        await appendAudit(tx, {
          actorId: auth.userId,
          actorOrgId: auth.orgId,
          action: 'project.create',
          entityType: 'project',
          entityId: id,
          detail: { name: input.name, leadOrgId: input.leadOrgId, memberOrgIds: members },
        });
        return this.found(tx, id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ProjectsError('PROJECT_NAME_TAKEN', `A project named ${input.name} exists already.`);
      throw error;
    }
  }

  /** Replaces the lead and members whole (a member leaving or joining the project); audited with before and after. */
  async setMembers(input: SetProjectMembersInput, auth: AuthContext): Promise<ProjectModel> {
    if (!mayManageProject(auth)) throw new AuthError('FORBIDDEN', "A project's members are set by the support body.");
    const members = membersOf(input.leadOrgId, input.memberOrgIds);
    return this.dataSource.transaction(async (tx) => {
      const locked = (await tx.query(`SELECT id FROM projects WHERE id = $1 FOR UPDATE`, [input.projectId])) as unknown[];
      if (!locked.length) throw notFound(input.projectId);
      const before = await this.found(tx, input.projectId);
      await tx.query(`UPDATE projects SET lead_org_id = $2 WHERE id = $1`, [input.projectId, input.leadOrgId]);
      await tx.query(`DELETE FROM project_members WHERE project_id = $1`, [input.projectId]);
      await tx.query(`INSERT INTO project_members (project_id, org_id) SELECT $1, unnest($2::text[])`, [input.projectId, members]);
      await appendAudit(tx, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'project.set-members',
        entityType: 'project',
        entityId: input.projectId,
        detail: {
          before: { leadOrgId: before.leadOrgId, memberOrgIds: before.memberOrgIds },
          after: { leadOrgId: input.leadOrgId, memberOrgIds: members },
        },
      });
      return this.found(tx, input.projectId);
    });
  }

  /** The projects the caller may see (maySeeProject), by name. */
  async list(auth: AuthContext): Promise<ProjectModel[]> {
    const rows = (await this.dataSource.query(`${SELECT_PROJECTS} ORDER BY p.name`)) as ProjectRow[];
    return rows.map(toModel).filter((p) => maySeeProject(auth, p));
  }

  /** One project; one the caller may not see is answered as not found, so its existence does not leak. */
  async get(id: string, auth: AuthContext): Promise<ProjectModel> {
    const project = await this.found(this.dataSource.manager, id);
    if (!maySeeProject(auth, project)) throw notFound(id);
    return project;
  }

  async setPlan(projectId: string, input: PlanFigures, auth: AuthContext): Promise<KpiPlan> {
    await this.plannable(projectId, auth);
    return this.sheets.setProjectPlan(input, projectId, auth);
  }

  async plans(projectId: string, auth: AuthContext): Promise<KpiPlan[]> {
    await this.plannable(projectId, auth);
    return this.sheets.projectPlans(projectId);
  }

  async sheet(projectId: string, fiscalYear: number, auth: AuthContext): Promise<{ project: ProjectModel; lines: KpiSheetLine[] }> {
    const project = await this.plannable(projectId, auth);
    return { project, lines: await this.sheets.projectSheet(project.id, project.memberOrgIds, fiscalYear) };
  }

  /** The project, when the caller may set its targets and read its sheet. */
  private async plannable(projectId: string, auth: AuthContext): Promise<ProjectModel> {
    const project = await this.get(projectId, auth);
    if (!mayPlanProject(auth, project))
      throw new AuthError('FORBIDDEN', "A project's targets and sheet are the support body's and its lead member's org admin's.");
    return project;
  }

  private async found(manager: EntityManager, id: string): Promise<ProjectModel> {
    const [row] = (await manager.query(`${SELECT_PROJECTS} WHERE p.id = $1`, [id])) as ProjectRow[];
    if (!row) throw notFound(id);
    return toModel(row);
  }
}

const notFound = (id: string) => new ProjectsError('PROJECT_NOT_FOUND', `No project ${id}.`);

/** The members as stored: each once, the lead among them, sorted. */
function membersOf(leadOrgId: string, memberOrgIds: readonly string[]): string[] {
  const unique = [...new Set(memberOrgIds)].sort();
  if (unique.length !== memberOrgIds.length || !unique.includes(leadOrgId)) {
    throw new ProjectsError('INVALID_PROJECT_MEMBERS', 'Each member once, the lead among them.', { leadOrgId, memberOrgIds });
  }
  return unique;
}
