import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthContext, Role } from '@kyodo/auth';
import { ReportingError } from '../common/reporting.errors';
import { SNAPSHOT_SCHEDULE, type SnapshotScheduleOptions } from './snapshot-schedule-options';
import { tokyoToday } from '@kyodo/domain';
import { AGGREGATES_SOURCE, AggregatesSource, MemberFailure } from './aggregates-source';
import {
  orderAggregatesOf,
  OrgOrderAggregatesWire,
  OrgWorkforceAggregatesWire,
  OrgYearSnapshot,
  storedJson,
  workforceAggregatesOf,
} from './node-aggregates';
import { ReportingSnapshot } from './reporting-snapshot.model';

/** What the consortium's own row of a snapshot says: municipalities then, and who failed to gather. */
export interface ConsortiumSnapshotFacts {
  municipalityCount: number;
  /** Municipalities newly adopting the model in the year (by the registry's onboarding dates). */
  newMunicipalityIds: string[];
  failedMembers: MemberFailure[];
}

const UPSERT_SQL = `
  INSERT INTO org_year_snapshots (org_id, fiscal_year, taken_month, orders, workforce, taken_by)
  SELECT s.org_id, $1, $2::date, s.orders, s.workforce, $3
  FROM jsonb_to_recordset($4::jsonb) AS s (org_id text, orders jsonb, workforce jsonb)
  ON CONFLICT (org_id, fiscal_year, taken_month)
  DO UPDATE SET orders = EXCLUDED.orders, workforce = EXCLUDED.workforce, taken_at = now(), taken_by = EXCLUDED.taken_by`;

const CONSORTIUM_UPSERT_SQL = `
  INSERT INTO consortium_year_snapshots (fiscal_year, taken_month, municipality_ids, taken_by, failed_members, new_municipality_ids)
  VALUES ($1, $2::date, $3::text[], $4, $5::jsonb, $6::text[])
  ON CONFLICT (fiscal_year, taken_month) DO UPDATE
  SET municipality_ids = EXCLUDED.municipality_ids, new_municipality_ids = EXCLUDED.new_municipality_ids, failed_members = EXCLUDED.failed_members, taken_at = now(), taken_by = EXCLUDED.taken_by`;

/** The latest month per org and year (up to a month, for history), for the years asked (and one org, or all). */
const LATEST_SQL = `
  SELECT DISTINCT ON (fiscal_year, org_id) org_id, fiscal_year, to_char(taken_month, 'YYYY-MM') AS taken_month, orders, workforce
  FROM org_year_snapshots
  WHERE fiscal_year = ANY($1::int[]) AND ($2::text IS NULL OR org_id = $2) AND ($3::date IS NULL OR taken_month <= $3::date)
  ORDER BY fiscal_year, org_id, taken_month DESC`;

@Injectable()
export class SnapshotsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AGGREGATES_SOURCE) private readonly source: AggregatesSource,
    @Optional() @Inject(SNAPSHOT_SCHEDULE) private readonly schedule?: SnapshotScheduleOptions,
  ) {}

  /**
   * Every member's figures of the year as their nodes give them now, stored nowhere (the
   * snapshots keep the history). The support body gathers with its own token; a member's org
   * admin, whom the nodes do not let gather, through reporting's own service account, and is
   * shown only its own org's figures by the reports. Members whose nodes fail are left out
   * (their latest snapshot stands in).
   */
  async current(fiscalYear: number, auth: AuthContext): Promise<{ snapshots: OrgYearSnapshot[]; failures: MemberFailure[] }> {
    let token = auth.token;
    if (!auth.roles.includes(Role.ConsortiumAdmin)) {
      if (!this.schedule?.tokens)
        throw new ReportingError(
          'UPSTREAM_NOT_CONFIGURED',
          "Current figures need reporting's own service account (REPORTING_CLIENT_SECRET); the latest snapshot is available without it.",
        );
      token = await this.schedule.tokens.token();
    }
    const gathered = await this.source.gather(fiscalYear, token);
    const workforceByOrg = new Map(gathered.workforce.map((w) => [w.orgId, w]));
    const takenMonth = tokyoToday().slice(0, 7);
    const snapshots = gathered.orders.flatMap((orders): OrgYearSnapshot[] => {
      const workforce = workforceByOrg.get(orders.orgId);
      return workforce ? [{ orgId: orders.orgId, fiscalYear, takenMonth, orders, workforce, current: true }] : [];
    });
    return { snapshots, failures: gathered.failures };
  }

  /**
   * Gathers every member's aggregates of the year and stores them as this month's snapshot, in
   * one statement. A member is stored only when both its nodes answered, so a row never mixes
   * a fresh half with a missing one.
   */
  async take(fiscalYear: number, auth: AuthContext): Promise<ReportingSnapshot> {
    const gathered = await this.source.gather(fiscalYear, auth.token);
    const workforceByOrg = new Map(gathered.workforce.map((w) => [w.orgId, w]));
    const rows = gathered.orders
      .filter((o) => workforceByOrg.has(o.orgId))
      .map((o) => ({ org_id: o.orgId, orders: o, workforce: workforceByOrg.get(o.orgId) }));
    const answered = new Set(rows.map((r) => r.org_id));
    const halfAnswered = [...gathered.orders, ...gathered.workforce].map((a) => a.orgId).filter((orgId) => !answered.has(orgId));
    const failures = new Map(gathered.failures.map((f) => [f.orgId, f]));
    for (const orgId of [...gathered.unavailableOrgIds, ...halfAnswered])
      if (!failures.has(orgId)) failures.set(orgId, { orgId, code: 'NODE_UNAVAILABLE' });
    const failedMembers = [...failures.values()].sort((a, b) => a.orgId.localeCompare(b.orgId));
    const takenMonth = tokyoToday().slice(0, 7);
    await this.dataSource.transaction(async (tx) => {
      if (rows.length) await tx.query(UPSERT_SQL, [fiscalYear, `${takenMonth}-01`, auth.username, storedJson(rows)]);
      await tx.query(CONSORTIUM_UPSERT_SQL, [
        fiscalYear,
        `${takenMonth}-01`,
        gathered.municipalityIds,
        auth.username,
        JSON.stringify(failedMembers),
        gathered.newMunicipalityIds,
      ]);
    });
    return {
      fiscalYear,
      takenMonth,
      orgIds: [...answered].sort(),
      unavailableOrgIds: failedMembers.map((f) => f.orgId),
      failedMembers,
    };
  }

  /** Active member municipalities per fiscal year, by the latest snapshot (up to `asOfMonth`). */
  async municipalityCounts(fiscalYears: readonly number[], asOfMonth: string | null = null): Promise<Map<number, ConsortiumSnapshotFacts>> {
    const rows: { fiscal_year: number; count: number; failed_members: MemberFailure[]; new_municipality_ids: string[] }[] =
      await this.dataSource.query(
        `SELECT DISTINCT ON (fiscal_year) fiscal_year, cardinality(municipality_ids) AS count, failed_members, new_municipality_ids FROM consortium_year_snapshots
       WHERE fiscal_year = ANY($1::int[]) AND ($2::date IS NULL OR taken_month <= $2::date) ORDER BY fiscal_year, taken_month DESC`,
        [fiscalYears, asOfMonth ? `${asOfMonth}-01` : null],
      );
    return new Map(
      rows.map((r) => [
        r.fiscal_year,
        { municipalityCount: r.count, failedMembers: r.failed_members, newMunicipalityIds: r.new_municipality_ids },
      ]),
    );
  }

  /**
   * The latest snapshot of each org for each of the years, in one query; with `asOfMonth`
   * (YYYY-MM), the latest taken in or before that month: the figures as they stood then.
   */
  async latest(fiscalYears: readonly number[], orgId: string | null, asOfMonth: string | null = null): Promise<OrgYearSnapshot[]> {
    const rows: {
      org_id: string;
      fiscal_year: number;
      taken_month: string;
      orders: OrgOrderAggregatesWire;
      workforce: OrgWorkforceAggregatesWire;
    }[] = await this.dataSource.query(LATEST_SQL, [fiscalYears, orgId, asOfMonth ? `${asOfMonth}-01` : null]);
    return rows.map((r) => ({
      orgId: r.org_id,
      fiscalYear: r.fiscal_year,
      takenMonth: r.taken_month,
      orders: orderAggregatesOf(r.orders),
      workforce: workforceAggregatesOf(r.workforce),
    }));
  }
}
