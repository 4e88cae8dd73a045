import type { QueryRunner } from 'typeorm';

/**
 * SQL turning a stage column read the old way (skill map version 1: A most experienced) into
 * the skill map's reading (version 2: A entry, C most advanced), or back: the swap is its own
 * inverse. B stays B; NULL stays NULL.
 */
export function flippedStageSql(column: string): string {
  return `CASE ${column} WHEN 'A' THEN 'C' WHEN 'C' THEN 'A' ELSE ${column} END`;
}

/** Rows per stage letter in each stage column of a table, e.g. `{ 'workers.it_stage': { A: 1, B: 0, C: 2 } }`. */
export async function countStages(
  q: Pick<QueryRunner, 'query'>,
  table: string,
  columns: readonly string[],
): Promise<Record<string, Record<'A' | 'B' | 'C', number>>> {
  const counts: Record<string, Record<'A' | 'B' | 'C', number>> = {};
  for (const column of columns) {
    const [row] = await q.query(
      `SELECT count(*) FILTER (WHERE ${column} = 'A')::int AS "A", count(*) FILTER (WHERE ${column} = 'B')::int AS "B", count(*) FILTER (WHERE ${column} = 'C')::int AS "C" FROM ${table}`,
    );
    counts[`${table}.${column}`] = row;
  }
  return counts;
}

/**
 * Swaps A and C in the given columns and appends one audit entry with the counts before and
 * after. The audit log is append-only, so entries written before this one keep the stages as
 * they were read then; this entry marks where the reading changed.
 */
export async function flipStagesToSkillMapV2(
  q: QueryRunner,
  columnsByTable: Readonly<Record<string, readonly string[]>>,
  migration: string,
): Promise<void> {
  const before: Record<string, Record<'A' | 'B' | 'C', number>> = {};
  const after: typeof before = {};
  for (const [table, columns] of Object.entries(columnsByTable)) {
    Object.assign(before, await countStages(q, table, columns));
    await q.query(`UPDATE ${table} SET ${columns.map((c) => `${c} = ${flippedStageSql(c)}`).join(', ')}`);
    Object.assign(after, await countStages(q, table, columns));
  }
  await q.query(
    `INSERT INTO audit_log (actor_id, actor_org_id, action, entity_type, entity_id, detail) VALUES ('migration', NULL, 'skill-map.version', 'skill-map', '2', $1)`,
    [JSON.stringify({ migration, reading: 'A entry, B, C most advanced (was: A most experienced)', before, after })],
  );
}
