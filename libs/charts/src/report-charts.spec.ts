import {
  adoptionOverTimeOption,
  municipalityAdoptionOption,
  orderValueByCategoryOption,
  orderValueByClientOption,
  sectorSplitOption,
  sharedWorkFlowOption,
  yearOverYearOption,
} from './report-charts';

type Series = { name?: string; type?: string; data?: unknown[] }[];

describe('report chart options', () => {
  it('stacks order value per year by client, adding up strings and bigints, naming clients by org when several orgs are drawn', () => {
    const option = orderValueByClientOption([
      { fiscalYear: 2024, orgs: [{ orgId: 'tateshina', byClient: [{ clientName: '立科町', valueYen: '100000' }] }] },
      {
        fiscalYear: 2025,
        orgs: [
          { orgId: 'tateshina', byClient: [{ clientName: '立科町', valueYen: 50_000n }] },
          { orgId: 'shiojiri', byClient: [{ clientName: 'X社', valueYen: 7 }] },
        ],
      },
    ]);
    expect(option.xAxis).toMatchObject({ data: ['2024年度', '2025年度'] });
    expect((option.series as Series).map((s) => [s.name, s.data])).toEqual([
      ['shiojiri / X社', [0, 7]],
      ['tateshina / 立科町', [100_000, 50_000]],
    ]);
  });

  it('names clients alone for one org', () => {
    const option = orderValueByClientOption([
      { fiscalYear: 2025, orgs: [{ orgId: 'tateshina', byClient: [{ clientName: '立科町', valueYen: '1' }] }] },
    ]);
    expect((option.series as Series)[0].name).toBe('立科町');
  });

  it('splits public and private order value into a pie', () => {
    const option = sectorSplitOption(2025, '150000', 50_000n);
    expect((option.series as Series)[0].data).toEqual([
      { name: '官公需', value: 150_000 },
      { name: '民需', value: 50_000 },
    ]);
    expect(option.title).toMatchObject({ text: '2025年度 官公需・民需の比率' });
  });

  it('orders categories largest first', () => {
    const option = orderValueByCategoryOption(2025, [
      { label: 'データ入力', valueYen: '10' },
      { label: 'デザイン', valueYen: '30' },
    ]);
    expect(option.yAxis).toMatchObject({ data: ['デザイン', 'データ入力'] });
    expect((option.series as Series)[0].data).toEqual([30, 10]);
  });

  it('draws shared work from home member to task member in hours, summing pairs', () => {
    const option = sharedWorkFlowOption(2025, [
      { homeOrgId: 'shiojiri', taskOrgId: 'tateshina', approvedMinutes: 90 },
      { homeOrgId: 'shiojiri', taskOrgId: 'tateshina', approvedMinutes: 30 },
      { homeOrgId: 'itoigawa', taskOrgId: 'shiojiri', approvedMinutes: 20 },
    ]);
    expect(option.xAxis).toMatchObject({ data: ['itoigawa', 'shiojiri'] });
    expect((option.series as Series).map((s) => [s.name, s.data])).toEqual([
      ['shiojiri', [0.3, 0]],
      ['tateshina', [0, 2]],
    ]);
  });

  it('leaves a bar out for a year without figures', () => {
    const option = yearOverYearOption(2025, [{ label: '受注額', current: '200', previous: null }]);
    expect((option.series as Series).map((s) => s.data)).toEqual([[null], [200]]);
  });

  it('draws municipalities per year', () => {
    const option = adoptionOverTimeOption([
      { fiscalYear: 2024, municipalities: 2 },
      { fiscalYear: 2025, municipalities: 5 },
    ]);
    expect((option.series as Series)[0].data).toEqual([2, 5]);
  });

  it('draws the municipalities onboarded each year as bars and the running total as a line', () => {
    const option = municipalityAdoptionOption([
      { fiscalYear: 2024, added: 2, total: 2 },
      { fiscalYear: 2025, added: 0, total: 2 },
      { fiscalYear: 2026, added: 1, total: 3 },
    ]);
    expect((option.series as Series).map((s) => [s.type, s.data])).toEqual([
      ['bar', [2, 0, 1]],
      ['line', [2, 2, 3]],
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2024年度', '2025年度', '2026年度']);
  });
});
