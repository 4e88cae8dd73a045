import { MigrationInterface, QueryRunner } from 'typeorm';

/** The amount keys of stored node answers (orders: valueYen of every slice; workforce: totalPayYen, payYen). */
const YEN_KEYS = `ARRAY['valueYen', 'payYen', 'totalPayYen']`;

/**
 * Amounts become the Yen scalar: snapshots keep what nodes sent, so their amounts are stored as
 * decimal strings like the wire carries them (a jsonb number reaches JavaScript as a float and
 * loses digits past 2^53). The consortium's snapshot also names the members whose figures
 * failed to gather, with the error's code; a target may be 0.
 */
export class YenSnapshots1765230000000 implements MigrationInterface {
  name = 'YenSnapshots1765230000000';

  async up(q: QueryRunner): Promise<void> {
    await this.convert(q, `to_jsonb(v #>> '{}')`, 'number');
    await q.query(
      `ALTER TABLE consortium_year_snapshots ADD COLUMN failed_members jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(failed_members) = 'array')`,
    );
    // The state's KPI sheets allow a target of 0 (its rate is shown as "—").
    await q.query(
      `ALTER TABLE kpi_targets DROP CONSTRAINT kpi_targets_target_value_check, ADD CONSTRAINT kpi_targets_target_value_check CHECK (target_value >= 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM kpi_targets WHERE target_value = 0`);
    await q.query(
      `ALTER TABLE kpi_targets DROP CONSTRAINT kpi_targets_target_value_check, ADD CONSTRAINT kpi_targets_target_value_check CHECK (target_value > 0)`,
    );
    await q.query(`ALTER TABLE consortium_year_snapshots DROP COLUMN failed_members`);
    await this.convert(q, `to_jsonb((v #>> '{}')::numeric)`, 'string');
  }

  /** Rewrites every amount key of type `from` anywhere in the stored answers with `to` (of v). */
  private async convert(q: QueryRunner, to: string, from: 'number' | 'string'): Promise<void> {
    await q.query(`
      CREATE FUNCTION pg_temp.kyodo_yen_keys(j jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
      BEGIN
        IF jsonb_typeof(j) = 'object' THEN
          RETURN (SELECT coalesce(jsonb_object_agg(k, CASE WHEN k = ANY(${YEN_KEYS}) AND jsonb_typeof(v) = '${from}' THEN ${to} ELSE pg_temp.kyodo_yen_keys(v) END), '{}'::jsonb)
                  FROM jsonb_each(j) AS e(k, v));
        ELSIF jsonb_typeof(j) = 'array' THEN
          RETURN (SELECT coalesce(jsonb_agg(pg_temp.kyodo_yen_keys(v) ORDER BY i), '[]'::jsonb) FROM jsonb_array_elements(j) WITH ORDINALITY AS a(v, i));
        END IF;
        RETURN j;
      END $$`);
    await q.query(`UPDATE org_year_snapshots SET orders = pg_temp.kyodo_yen_keys(orders), workforce = pg_temp.kyodo_yen_keys(workforce)`);
    await q.query(`DROP FUNCTION pg_temp.kyodo_yen_keys(jsonb)`);
  }
}
