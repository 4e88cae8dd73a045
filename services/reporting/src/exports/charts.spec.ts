import { consortiumKpis, orgKpis } from '../kpis/kpi-calculator';
import { FiscalYearReport } from '../kpis/kpi.model';
import { SHIOJIRI_2025, TATESHINA_2024, TATESHINA_2025 } from '../test-support/snapshot-fixtures';
import { orderValueByClientChart, sectorSplitChart } from './charts';

const report = (
  fiscalYear: number,
  snapshots = fiscalYear === 2025 ? [SHIOJIRI_2025, TATESHINA_2025] : [TATESHINA_2024],
): FiscalYearReport => ({
  fiscalYear,
  orgs: snapshots.map((s) => orgKpis(s, 0n, null)),
  consortium: consortiumKpis(fiscalYear, snapshots, 0n, null),
});

/**
 * Well-formed XML with an <svg> root: every tag closed in order (no XML parser is installed, and
 * the renderer writes plain elements, attributes and escaped text, no CDATA or doctype).
 */
function expectWellFormedSvg(svg: string): void {
  expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const open: string[] = [];
  for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)(?:\s[^>]*?)?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) expect(open.pop()).toBe(name);
    else open.push(name);
  }
  expect(open).toEqual([]);
  expect(svg.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
}

describe('SVG charts', () => {
  it('stacks order value per year by client, one series per client of every org', () => {
    const file = orderValueByClientChart([report(2024), report(2025)], null);
    expect(file).toMatchObject({ contentType: 'image/svg+xml', filename: 'kyodo-order-value-by-client-fy2024-fy2025-consortium.svg' });
    expectWellFormedSvg(file.content);
    for (const series of [
      'shiojiri / X社',
      'tateshina / 立科町 総務課',
      'tateshina / 株式会社 信州, &quot;本社&quot;',
      '2024年度',
      '2025年度',
    ]) {
      expect([series, file.content.includes(series)]).toEqual([series, true]);
    }
  });

  it('names clients alone for one org', () => {
    const file = orderValueByClientChart([report(2025, [TATESHINA_2025])], 'tateshina');
    expectWellFormedSvg(file.content);
    expect(file.content).toContain('立科町 総務課');
    expect(file.content).not.toContain('tateshina / ');
  });

  it('splits public and private order value', () => {
    const file = sectorSplitChart(report(2025), null);
    expectWellFormedSvg(file.content);
    // 150,000 public and 50,000 private of 200,000.
    for (const label of ['官公需: 75%', '民需: 25%', '2025年度 官公需・民需の比率'])
      expect([label, file.content.includes(label)]).toEqual([label, true]);
  });
});
