import { adoptionByFiscalYear } from './adoption';
import { compareSheets, drillOf } from './kpi-drill';
import { emptyPlan, planFormOf, planInput, planProblems, planYears, projectMembersProblems } from './project-plan';

describe("a project's KPI plan form", () => {
  const filled = { ...emptyPlan('REGISTERED_WORKERS', 2026), baseValue: '120', finalIncrease: '30' };

  it('offers single-year targets for each year after the base year up to the final year', () => {
    expect(planYears(filled)).toEqual([2026, 2027, 2028]);
    expect(planYears({ baseYear: 2026, finalYear: 2026 })).toEqual([]);
  });

  it('sends a target of 0 as a target and leaves a blank year out', () => {
    const input = planInput('p1', { ...filled, yearly: { 2026: '0', 2027: ' 10 ', 2028: '' } });
    expect(input).toEqual({
      projectId: 'p1',
      kpi: 'REGISTERED_WORKERS',
      baseYear: 2025,
      baseValue: '120',
      finalYear: 2028,
      finalIncrease: '30',
      yearlyIncreases: [
        { fiscalYear: 2026, increase: '0' },
        { fiscalYear: 2027, increase: '10' },
      ],
    });
  });

  it('drops a target typed for a year the plan no longer spans', () => {
    expect(planInput('p1', { ...filled, finalYear: 2026, yearly: { 2026: '5', 2027: '10' } }).yearlyIncreases).toEqual([
      { fiscalYear: 2026, increase: '5' },
    ]);
  });

  it('points at what the server would refuse: a fraction, a negative target, a final year not after the base', () => {
    expect(planProblems(filled)).toEqual({});
    expect(planProblems({ ...filled, baseValue: '-5' })).toEqual({}); // a net result may start as a loss
    expect(planProblems({ ...filled, baseValue: '1.5', finalIncrease: '-1', finalYear: 2025, yearly: {} })).toEqual({
      baseValue: 'support.projects.plan.problem.whole',
      finalIncrease: 'support.projects.plan.problem.nonNegative',
      finalYear: 'support.projects.plan.problem.years',
    });
    expect(planProblems({ ...filled, finalYear: 2046 })).toHaveProperty('finalYear');
    expect(planProblems({ ...filled, yearly: { 2027: '-3' } })).toEqual({ 'yearly.2027': 'support.projects.plan.problem.nonNegative' });
  });

  it('edits a stored plan as it was stored', () => {
    const form = planFormOf({
      kpi: 'ORDER_VALUE',
      baseYear: 2024,
      baseValue: '9007199254740993',
      finalYear: 2027,
      finalIncrease: '100',
      yearlyIncreases: [{ fiscalYear: 2025, increase: '0' }],
    });
    expect(planInput('p', form)).toMatchObject({ baseValue: '9007199254740993', yearlyIncreases: [{ fiscalYear: 2025, increase: '0' }] });
  });

  it('wants a name, members, and a lead among them', () => {
    expect(projectMembersProblems({ name: ' ', leadOrgId: '', memberOrgIds: [] })).toEqual({
      name: 'support.projects.problem.name',
      memberOrgIds: 'support.projects.problem.members',
      leadOrgId: 'support.projects.problem.lead',
    });
    expect(projectMembersProblems({ leadOrgId: 'omachi', memberOrgIds: ['tateshina'] })).toEqual({
      leadOrgId: 'support.projects.problem.leadMember',
    });
    expect(projectMembersProblems({ name: '広域', leadOrgId: 'omachi', memberOrgIds: ['omachi', 'tateshina'] })).toEqual({});
  });
});

describe('municipalities adopting the model over time', () => {
  it('counts each municipality from the fiscal year of its onboarding (Tokyo), every year up to this one', () => {
    const years = adoptionByFiscalYear(
      [
        { id: 'tateshina', name: '立科町', kind: 'MUNICIPALITY', createdAt: '2024-05-01T00:00:00Z' },
        // 2025-03-31T15:30Z is April 1 in Tokyo: FY2025, not FY2024.
        { id: 'omachi', name: '大町市', kind: 'MUNICIPALITY', createdAt: '2025-03-31T15:30:00Z' },
        { id: 'shiojiri', name: '塩尻市振興公社', kind: 'OPERATOR', createdAt: '2024-04-01T00:00:00Z' },
      ],
      2026,
    );
    expect(years).toEqual([
      { fiscalYear: 2024, added: ['立科町'], total: 1 },
      { fiscalYear: 2025, added: ['大町市'], total: 2 },
      { fiscalYear: 2026, added: [], total: 2 },
    ]);
  });

  it('has nothing to draw without municipalities', () => {
    expect(adoptionByFiscalYear([{ id: 'kado', name: 'KADO', kind: 'OPERATOR', createdAt: '2024-04-01T00:00:00Z' }], 2026)).toEqual([]);
  });
});

describe("the consortium's KPIs beside a member's or a project's", () => {
  const line = (kpi: string, yearTarget: string | null, yearRatePercent: number | null) => ({
    kpi,
    label: kpi,
    yearTarget,
    yearActual: '5',
    yearRatePercent,
  });

  it("pairs the sheets by KPI in the consortium's order, then what only the drilled one plans", () => {
    const rows = compareSheets(
      [line('ORDER_VALUE', '100', 5), line('REGISTERED_WORKERS', '0', null)],
      [line('REGISTERED_WORKERS', '10', 50), line('CLIENTS', '2', 250)],
    );
    expect(rows.map((r) => [r.kpi, r.consortium?.yearTarget ?? null, r.drilled?.yearRatePercent ?? null])).toEqual([
      ['ORDER_VALUE', '100', null],
      ['REGISTERED_WORKERS', '0', 50],
      ['CLIENTS', null, 250],
    ]);
  });

  it('reads the drill-down choice', () => {
    expect(drillOf('member:omachi')).toEqual({ kind: 'member', orgId: 'omachi' });
    expect(drillOf('project:7')).toEqual({ kind: 'project', projectId: '7' });
    expect(drillOf('')).toBeNull();
  });
});
