import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 手挙げ: a director offers a task's hours to the org's eligible workers; they take hours (first come
 * first served) or raise a hand for the director to pick.
 *
 * offers.taken_minutes is the running total of hours reserved by acceptances. Every reservation is
 * one conditional UPDATE (taken + share <= total, status OPEN) and the CHECK below holds it whatever
 * writes the row: two workers accepting the last hours at once reserve them exactly once. An
 * offer is FILLED in the same statement that takes its last minute.
 *
 * What booking on the task requires (stages, trainings, confidentiality, withholding), the claim's
 * approved minutes and the task's details for the worker's view are read by the server from the
 * owning nodes with the director's token when the offer is made, and kept here: a worker accepting
 * with their own token is booked under them without asking nodes that would refuse that token.
 */
export class Offers1765251000000 implements MigrationInterface {
  name = 'Offers1765251000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        task_org_id text NOT NULL,
        task_id uuid NOT NULL,
        claim_id uuid,
        note text,
        period_from date NOT NULL,
        period_to date NOT NULL,
        total_minutes integer NOT NULL CHECK (total_minutes > 0),
        minimum_minutes integer NOT NULL CHECK (minimum_minutes > 0),
        taken_minutes integer NOT NULL DEFAULT 0 CHECK (taken_minutes >= 0),
        pay_basis text NOT NULL,
        hourly_rate_yen bigint,
        piece_rate_yen bigint,
        withholding boolean NOT NULL,
        required_it_stage text NOT NULL CHECK (required_it_stage IN ('A', 'B', 'C')),
        required_business_stage text NOT NULL CHECK (required_business_stage IN ('A', 'B', 'C')),
        required_trainings text[] NOT NULL DEFAULT '{}',
        confidential boolean NOT NULL,
        claim_approved_minutes integer CHECK (claim_approved_minutes > 0),
        task_details jsonb,
        mode text NOT NULL CHECK (mode IN ('FIRST_COME', 'DIRECTOR_PICKS')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'FILLED', 'WITHDRAWN')),
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT offers_within_total CHECK (taken_minutes <= total_minutes),
        CONSTRAINT offers_filled_when_taken CHECK ((status = 'FILLED') = (taken_minutes = total_minutes) OR status = 'WITHDRAWN'),
        CONSTRAINT offers_minimum_within_total CHECK (minimum_minutes <= total_minutes),
        CONSTRAINT offers_claim_for_other_org CHECK ((task_org_id = org_id) = (claim_id IS NULL)),
        CONSTRAINT offers_claim_share_known CHECK ((claim_id IS NULL) = (claim_approved_minutes IS NULL))
      )`);
    await q.query(`CREATE INDEX offers_org_task ON offers (org_id, task_org_id, task_id)`);
    await q.query(`
      CREATE TABLE offer_recipients (
        offer_id uuid NOT NULL REFERENCES offers (id),
        worker_id uuid NOT NULL REFERENCES workers (id),
        response text NOT NULL DEFAULT 'PENDING' CHECK (response IN ('PENDING', 'DECLINED', 'RAISED', 'BOOKING', 'ACCEPTED')),
        minutes integer CHECK (minutes > 0),
        assignment_id uuid REFERENCES assignments (id),
        responded_at timestamptz(3),
        PRIMARY KEY (offer_id, worker_id),
        CONSTRAINT offer_recipients_accepted_booked CHECK ((response = 'ACCEPTED') = (assignment_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX offer_recipients_worker ON offer_recipients (worker_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE offer_recipients`);
    await q.query(`DROP TABLE offers`);
  }
}
