import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SKILL_STAGES, SkillStage } from '@kyodo/domain';
import { daysInclusive } from '../common/date-range';
import { CapacityError } from './capacity.errors';
import { OrgCapacity, StageCapacity } from './org-capacity.model';

const MAX_RANGE_DAYS = 366;

export interface CapacityQuery {
  from: string;
  to: string;
  /** Only workers who can take a task of this stage count. */
  stage?: SkillStage;
  /** Only workers who consented to consortium work count. */
  consortiumOnly: boolean;
}

/**
 * One statement answers the whole question, however many workers the org has:
 *  - pool: ACTIVE workers (consenting ones only, for the consortium), each at the LOWER of their
 *    two stages — the stage at which they can take any task, whichever axis it asks for. Stages
 *    are single letters that sort as they rank (A entry, C most advanced).
 *  - available: weekly availability summed over the range's days in each month, capped by the
 *    monthly hour cap (as a booking is capped).
 *  - booked: each assignment's minutes of a month (assignment_months) spread over its days in
 *    that month by the worker's availability, as allocateByMonth spread them when booking; the
 *    part on the range's days counts, rounded up so that capacity is never overstated. A
 *    worker with no availability left on those days spreads by calendar day instead.
 *  - free: available minus booked per worker and month, but never more than the monthly cap
 *    leaves after all of that month's bookings (worker_month_bookings: a month booked to its cap
 *    in its first half has nothing free in its second), and never below zero (a lowered cap can
 *    leave a month overbooked; that worker has nothing free, but others' room stays counted).
 * Minutes are integers throughout; products are bigint so that nothing overflows.
 */
const CAPACITY_SQL = `
  WITH pool AS (
    SELECT w.id, LEAST(w.it_stage, w.business_stage) AS stage, w.availability_minutes AS weekly, w.monthly_hour_cap * 60 AS cap_minutes
    FROM workers w
    WHERE w.org_id = $1 AND w.status = 'ACTIVE' AND (NOT $4::boolean OR w.consortium_consent)
  ),
  days AS (
    SELECT d::date AS day, date_trunc('month', d)::date AS month FROM generate_series($2::date, $3::date, interval '1 day') AS d
  ),
  available AS (
    SELECT p.id, d.month, LEAST(sum(p.weekly[extract(dow FROM d.day)::int + 1]), p.cap_minutes)::bigint AS minutes
    FROM pool p CROSS JOIN days d
    GROUP BY p.id, d.month, p.cap_minutes
  ),
  booked AS (
    SELECT a.worker_id AS id, am.month,
      sum(CASE WHEN s.weekly_all > 0 THEN (am.minutes::bigint * s.weekly_in_range + s.weekly_all - 1) / s.weekly_all
               ELSE (am.minutes::bigint * s.days_in_range + s.days_all - 1) / s.days_all END)::bigint AS minutes
    FROM assignments a
    JOIN pool p ON p.id = a.worker_id
    JOIN assignment_months am ON am.assignment_id = a.id
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(p.weekly[extract(dow FROM g)::int + 1]), 0) AS weekly_all,
             coalesce(sum(p.weekly[extract(dow FROM g)::int + 1]) FILTER (WHERE g BETWEEN $2::date AND $3::date), 0) AS weekly_in_range,
             count(*) AS days_all,
             count(*) FILTER (WHERE g BETWEEN $2::date AND $3::date) AS days_in_range
      FROM generate_series(GREATEST(a.period_from, am.month), LEAST(a.period_to, (am.month + interval '1 month - 1 day')::date), interval '1 day') AS g
    ) s
    WHERE a.org_id = $1 AND a.period_from <= $3::date AND a.period_to >= $2::date
      AND am.month BETWEEN date_trunc('month', $2::date) AND date_trunc('month', $3::date) AND am.minutes > 0
    GROUP BY a.worker_id, am.month
  ),
  per_worker AS (
    SELECT p.id, p.stage,
      sum(av.minutes) AS available,
      sum(coalesce(b.minutes, 0)) AS booked,
      sum(GREATEST(LEAST(av.minutes - coalesce(b.minutes, 0), p.cap_minutes - coalesce(wmb.booked_minutes, 0)), 0)) AS free
    FROM pool p
    JOIN available av ON av.id = p.id
    LEFT JOIN booked b ON b.id = p.id AND b.month = av.month
    LEFT JOIN worker_month_bookings wmb ON wmb.worker_id = p.id AND wmb.month = av.month
    WHERE $5::text IS NULL OR p.stage >= $5::text
    GROUP BY p.id, p.stage
  )
  SELECT stage, count(*)::int AS workers, sum(available)::bigint AS available, sum(booked)::bigint AS booked, sum(free)::bigint AS free
  FROM per_worker GROUP BY stage`;

@Injectable()
export class CapacityService {
  constructor(private readonly dataSource: DataSource) {}

  async ofOrg(orgId: string, query: CapacityQuery): Promise<OrgCapacity> {
    const days = daysInclusive(query.from, query.to);
    if (days < 1 || days > MAX_RANGE_DAYS)
      throw new CapacityError('INVALID_RANGE', `The range must run forward and last at most ${MAX_RANGE_DAYS} days.`, {
        from: query.from,
        to: query.to,
      });
    const rows: { stage: SkillStage; workers: number; available: string; booked: string; free: string }[] = await this.dataSource.query(
      CAPACITY_SQL,
      [orgId, query.from, query.to, query.consortiumOnly, query.stage ?? null],
    );
    const byStage = SKILL_STAGES.map((stage): StageCapacity => {
      const row = rows.find((r) => r.stage === stage);
      return {
        stage,
        workerCount: row?.workers ?? 0,
        availableMinutes: Number(row?.available ?? 0),
        bookedMinutes: Number(row?.booked ?? 0),
        freeMinutes: Number(row?.free ?? 0),
      };
    });
    return { orgId, from: query.from, to: query.to, byStage, totalFreeMinutes: byStage.reduce((sum, s) => sum + s.freeMinutes, 0) };
  }
}
