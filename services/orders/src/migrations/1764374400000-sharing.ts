import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Job sharing (共同受注) at the owner's orders node: pool offers, partners' claims on them and
 * the monthly inter-member settlement statements.
 *
 * The guards live in the database:
 *  - An offer's approved hours never pass its published hours: approvals add to
 *    `pool_offers.approved_hours` with one UPDATE, which locks the offer row (parallel approvals
 *    queue on it) and whose CHECK refuses the one that would overflow.
 *  - The offers of a task never publish more hours than the task has: a trigger adds each offer
 *    to `tasks.pooled_hours` (same row-lock + CHECK pattern as the order totals).
 *  - A statement that either side confirmed never changes except for the other side's
 *    confirmation; a trigger refuses everything else, whoever issues it.
 */
export class Sharing1764374400000 implements MigrationInterface {
  name = 'Sharing1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tasks
        ADD COLUMN pooled_hours integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT tasks_pooled_hours_within CHECK (pooled_hours <= hours)`);
    await q.query(`
      CREATE TABLE pool_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        order_id uuid NOT NULL REFERENCES orders (id),
        task_id uuid NOT NULL REFERENCES tasks (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        hours integer NOT NULL CHECK (hours > 0),
        approved_hours integer NOT NULL DEFAULT 0 CHECK (approved_hours >= 0),
        required_stage text NOT NULL CHECK (required_stage IN ('A', 'B', 'C')),
        skill_tags text[] NOT NULL DEFAULT '{}',
        required_trainings text[] NOT NULL DEFAULT '{}',
        deadline date NOT NULL,
        rate_yen bigint NOT NULL CHECK (rate_yen > 0),
        client_label text CHECK (length(client_label) <= 200),
        published_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pool_offers_approved_within CHECK (approved_hours <= hours)
      )`);
    await q.query(`CREATE INDEX pool_offers_pool ON pool_offers (deadline, (id::text) COLLATE "C") WHERE approved_hours < hours`);
    await q.query(`CREATE INDEX pool_offers_task ON pool_offers (task_id)`);
    await q.query(`
      CREATE FUNCTION pool_offers_keep_task_total() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE tasks SET pooled_hours = pooled_hours - OLD.hours WHERE id = OLD.task_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          UPDATE tasks SET pooled_hours = pooled_hours + NEW.hours WHERE id = NEW.task_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER pool_offers_task_total AFTER INSERT OR DELETE OR UPDATE OF hours, task_id ON pool_offers
      FOR EACH ROW EXECUTE FUNCTION pool_offers_keep_task_total()`);

    await q.query(`
      CREATE TABLE pool_claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        offer_id uuid NOT NULL REFERENCES pool_offers (id),
        claimant_org_id text NOT NULL,
        hours integer NOT NULL CHECK (hours > 0),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
        claimed_by text NOT NULL,
        decided_by text,
        decided_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pool_claims_not_own CHECK (claimant_org_id <> org_id),
        CONSTRAINT pool_claims_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))
      )`);
    await q.query(`CREATE INDEX pool_claims_offer ON pool_claims (offer_id, created_at, id)`);
    await q.query(`CREATE INDEX pool_claims_claimant ON pool_claims (claimant_org_id, created_at, id)`);

    await q.query(`
      CREATE TABLE settlement_statements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        partner_org_id text NOT NULL,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        lines jsonb NOT NULL,
        approved_minutes integer NOT NULL CHECK (approved_minutes >= 0),
        total_yen bigint NOT NULL CHECK (total_yen >= 0),
        prepared_by text NOT NULL,
        owner_confirmed_by text,
        owner_confirmed_at timestamptz(3),
        partner_confirmed_by text,
        partner_confirmed_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT settlement_statements_one_per_month UNIQUE (org_id, partner_org_id, month),
        CONSTRAINT settlement_statements_partner CHECK (partner_org_id <> org_id)
      )`);
    await q.query(`
      CREATE FUNCTION settlement_statements_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.owner_confirmed_at IS NOT NULL OR OLD.partner_confirmed_at IS NOT NULL THEN
            RAISE EXCEPTION 'a confirmed settlement statement never changes' USING ERRCODE = 'check_violation', CONSTRAINT = 'settlement_statements_frozen';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.owner_confirmed_at IS NULL AND OLD.partner_confirmed_at IS NULL THEN
          RETURN NEW;
        END IF;
        -- Once confirmed by either side, only the missing confirmation may be added.
        IF (NEW.lines, NEW.total_yen, NEW.approved_minutes, NEW.month, NEW.partner_org_id, NEW.org_id, NEW.prepared_by, NEW.created_at)
             IS DISTINCT FROM (OLD.lines, OLD.total_yen, OLD.approved_minutes, OLD.month, OLD.partner_org_id, OLD.org_id, OLD.prepared_by, OLD.created_at)
           OR (OLD.owner_confirmed_at IS NOT NULL AND (NEW.owner_confirmed_at IS DISTINCT FROM OLD.owner_confirmed_at OR NEW.owner_confirmed_by IS DISTINCT FROM OLD.owner_confirmed_by))
           OR (OLD.partner_confirmed_at IS NOT NULL AND (NEW.partner_confirmed_at IS DISTINCT FROM OLD.partner_confirmed_at OR NEW.partner_confirmed_by IS DISTINCT FROM OLD.partner_confirmed_by)) THEN
          RAISE EXCEPTION 'a confirmed settlement statement never changes' USING ERRCODE = 'check_violation', CONSTRAINT = 'settlement_statements_frozen';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER settlement_statements_frozen BEFORE UPDATE OR DELETE ON settlement_statements
      FOR EACH ROW EXECUTE FUNCTION settlement_statements_freeze()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE settlement_statements`);
    await q.query(`DROP FUNCTION settlement_statements_freeze()`);
    await q.query(`DROP TABLE pool_claims`);
    await q.query(`DROP TABLE pool_offers`);
    await q.query(`DROP FUNCTION pool_offers_keep_task_total()`);
    await q.query(`ALTER TABLE tasks DROP CONSTRAINT tasks_pooled_hours_within, DROP COLUMN pooled_hours`);
  }
}
