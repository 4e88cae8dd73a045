import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { PdfFile, toPdfFile } from '@kyodo/pdf';
import { ExportFile } from '../exports/export-file.model';
import { kpiSheetCsv, kpiSheetPdf, kpiSheetPdfName, SheetSubject } from '../kpi-sheets/kpi-sheet-files';
import { KpiPlanModel, KpiSheetModel } from '../kpi-sheets/kpi-sheet.model';
import { CreateProjectInput } from './dto/create-project.input';
import { ProjectArgs, ProjectKpiSheetArgs } from './dto/project.args';
import { SetProjectKpiPlanInput } from './dto/set-project-kpi-plan.input';
import { SetProjectMembersInput } from './dto/set-project-members.input';
import { ProjectModel } from './project.model';
import { ProjectsService } from './projects.service';

/** How a project's sheet names it: the file by its id, the page by its name, lead and members. */
const subjectOf = (project: ProjectModel): SheetSubject => ({
  fileKey: `project-${project.id}`,
  label: `${project.name}（代表団体：${project.leadOrgId}／構成団体：${project.memberOrgIds.join('・')}）`,
});

/** Projects (named groups of members, e.g. a wide-area project) and their KPI plans and sheets. */
@Resolver(() => ProjectModel)
export class ProjectsResolver {
  constructor(private readonly service: ProjectsService) {}

  @Roles(Role.ConsortiumAdmin)
  @Mutation(() => ProjectModel, {
    description: 'Creates a project: a unique name, its lead member and its members; support body only; audited.',
  })
  createProject(@Args('input') input: CreateProjectInput, @CurrentAuth() auth: AuthContext): Promise<ProjectModel> {
    return this.service.create(input, auth);
  }

  @Roles(Role.ConsortiumAdmin)
  @Mutation(() => ProjectModel, { description: "Replaces a project's lead and members whole; support body only; audited." })
  setProjectMembers(@Args('input') input: SetProjectMembersInput, @CurrentAuth() auth: AuthContext): Promise<ProjectModel> {
    return this.service.setMembers(input, auth);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => [ProjectModel], { description: "Projects by name: every one for the support body, an org admin's member org's for it." })
  projects(@CurrentAuth() auth: AuthContext): Promise<ProjectModel[]> {
    return this.service.list(auth);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => ProjectModel, { description: 'One project, as projects shows it (PROJECT_NOT_FOUND for one the caller may not see).' })
  project(@Args() { projectId }: ProjectArgs, @CurrentAuth() auth: AuthContext): Promise<ProjectModel> {
    return this.service.get(projectId, auth);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Mutation(() => KpiPlanModel, {
    description:
      "Sets (creates or replaces whole) a project's plan for a KPI: 基準値, 最終目標 and 単年度目標 as increases; the support body or the lead member's org admin; audited.",
  })
  setProjectKpiPlan(
    @Args('input') { projectId, ...figures }: SetProjectKpiPlanInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<KpiPlanModel> {
    return this.service.setPlan(projectId, figures, auth);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => [KpiPlanModel], { description: "A project's KPI plans, by KPI; the support body or the lead member's org admin." })
  projectKpiPlans(@Args() { projectId }: ProjectArgs, @CurrentAuth() auth: AuthContext): Promise<KpiPlanModel[]> {
    return this.service.plans(projectId, auth);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => KpiSheetModel, {
    description:
      "A project's KPI sheet for a fiscal year: its plans against the sums of its members' figures (a year in which a member has no figures has no actual); the support body or the lead member's org admin.",
  })
  async projectKpiSheet(@Args() { projectId, fiscalYear }: ProjectKpiSheetArgs, @CurrentAuth() auth: AuthContext): Promise<KpiSheetModel> {
    const { project, lines } = await this.service.sheet(projectId, fiscalYear, auth);
    return { orgId: null, projectId: project.id, fiscalYear, lines };
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => ExportFile, {
    description: 'The project\'s KPI sheet as CSV (UTF-8 with BOM, for Excel); a rate without a target (0) or actual is "—".',
  })
  async projectKpiSheetCsv(@Args() { projectId, fiscalYear }: ProjectKpiSheetArgs, @CurrentAuth() auth: AuthContext): Promise<ExportFile> {
    const { project, lines } = await this.service.sheet(projectId, fiscalYear, auth);
    return kpiSheetCsv(subjectOf(project), fiscalYear, lines);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => PdfFile, { description: "The project's KPI sheet as PDF." })
  async projectKpiSheetPdf(@Args() { projectId, fiscalYear }: ProjectKpiSheetArgs, @CurrentAuth() auth: AuthContext): Promise<PdfFile> {
    const { project, lines } = await this.service.sheet(projectId, fiscalYear, auth);
    return toPdfFile(kpiSheetPdfName(subjectOf(project), fiscalYear), await kpiSheetPdf(subjectOf(project), fiscalYear, lines));
  }
}
