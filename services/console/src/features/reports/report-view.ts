/**
 * What a report screen shows for its scope: one member's figures, or the consortium's. The API
 * answers both in one FiscalYearReport (orgs and, for the support body, consortium); this picks
 * the part the person chose, so charts and tables read the same figures.
 */
/** The consortium's part for scope null, else that member's; null when the year has no figures for it. */
export function scopedFigures<O extends { orgId: string }, C>(
  report: { orgs: readonly O[]; consortium?: C | null } | undefined,
  scope: string | null,
): O | C | null {
  if (!report) return null;
  if (scope === null) return report.consortium ?? report.orgs[0] ?? null;
  return report.orgs.find((o) => o.orgId === scope) ?? null;
}

/** 達成率 as the sheet prints it: one decimal, "—" without a target or actual. */
export function formatRate(percent: number | null | undefined, language = 'ja'): string {
  if (percent === null || percent === undefined) return '—';
  return `${new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(percent)}%`;
}

/** A whole number the API sends as a decimal string, grouped; "—" for null. */
export function formatWhole(value: string | null | undefined, language = 'ja'): string {
  if (value === null || value === undefined) return '—';
  try {
    return new Intl.NumberFormat(language).format(BigInt(value));
  } catch {
    return value;
  }
}

/** The fiscal years a history chart covers: the chosen one and up to four before it. */
export function historyYears(fiscalYear: number, count = 5): number[] {
  return Array.from({ length: count }, (_, i) => fiscalYear - count + 1 + i);
}

/** Municipalities per year from the consortium parts; a year without a snapshot is left out. */
export function adoptionPoints(reports: readonly { fiscalYear: number; consortium?: { municipalityCount?: number | null } | null }[]) {
  return reports.flatMap((r) => {
    const municipalities = r.consortium?.municipalityCount;
    return municipalities === null || municipalities === undefined ? [] : [{ fiscalYear: r.fiscalYear, municipalities }];
  });
}
