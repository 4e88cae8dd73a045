import { fiscalYearOf } from '../../lib/format';

/**
 * 導入自治体数の推移 from the registry: each municipality counts from the fiscal year of its
 * onboarding (its registry date, Tokyo day), whatever its status now — the same rule as the
 * reporting service's 新規導入自治体数 KPI (newMunicipalitiesOf), so the chart and the KPI agree.
 */
export interface AdoptionYear {
  fiscalYear: number;
  /** Municipalities onboarded in the year, by name. */
  added: string[];
  /** Municipalities onboarded up to the end of the year. */
  total: number;
}

export function adoptionByFiscalYear(
  members: readonly { id: string; name: string; kind: string; createdAt: string }[],
  thisFiscalYear: number,
): AdoptionYear[] {
  const towns = members
    .filter((m) => m.kind === 'MUNICIPALITY')
    .map((m) => ({ name: m.name, fiscalYear: fiscalYearOf(m.createdAt) }))
    .sort((a, b) => a.fiscalYear - b.fiscalYear || a.name.localeCompare(b.name, 'ja'));
  if (towns.length === 0) return [];
  const years: AdoptionYear[] = [];
  let total = 0;
  for (let fiscalYear = towns[0].fiscalYear; fiscalYear <= Math.max(thisFiscalYear, towns[towns.length - 1].fiscalYear); fiscalYear++) {
    const added = towns.filter((t) => t.fiscalYear === fiscalYear).map((t) => t.name);
    total += added.length;
    years.push({ fiscalYear, added, total });
  }
  return years;
}
