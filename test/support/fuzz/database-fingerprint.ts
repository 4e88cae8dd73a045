import { Client } from 'pg';

/**
 * What every table of a set of databases holds, cheaply: per table its row count and the sum of a
 * 64-bit hash of each row's text (`hashtextextended(row::text)`). The sum does not depend on row
 * order, so one sequential scan per table gives it; an insert or delete changes the count and an
 * update changes the sum (bar a 2^-64 collision). Statistics views (pg_stat_*) would be cheaper but
 * are flushed asynchronously, and the WAL position moves with every other database on a shared server.
 */
export class DatabaseFingerprint {
  private constructor(private readonly databases: { name: string; client: Client; sql: string; tables: string[] }[]) {}

  /** Connects once to each database and lists its tables (the set stays fixed for a run: migrations ran at boot). */
  static async open(databaseUrls: readonly string[]): Promise<DatabaseFingerprint> {
    const databases = await Promise.all(
      databaseUrls.map(async (url) => {
        const client = new Client({ connectionString: url });
        await client.connect();
        const tables = await client.query<{ schema: string; table: string }>(
          `SELECT table_schema AS schema, table_name AS table FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
        );
        const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
        const sql = tables.rows
          .map(
            ({ schema, table }, i) =>
              `SELECT ${i} AS i, count(*)::text AS n, coalesce(sum(hashtextextended(r::text, 0)), 0)::text AS h FROM ${quote(schema)}.${quote(table)} r`,
          )
          .join(' UNION ALL ');
        return { name: new URL(url).pathname.slice(1), client, sql: sql && `${sql} ORDER BY i`, tables: tables.rows.map((t) => t.table) };
      }),
    );
    return new DatabaseFingerprint(databases);
  }

  /** `{ "database.table": "count:sum" }` for every table of every database. */
  async take(): Promise<Record<string, string>> {
    const parts = await Promise.all(
      this.databases.map(async ({ name, client, sql, tables }) => {
        if (!sql) return [];
        const { rows } = await client.query<{ i: number; n: string; h: string }>(sql);
        return rows.map((r) => [`${name}.${tables[r.i]}`, `${r.n}:${r.h}`] as const);
      }),
    );
    return Object.fromEntries(parts.flat());
  }

  /** The `database.table` entries that differ between two takes. */
  static changed(before: Record<string, string>, after: Record<string, string>): string[] {
    return Object.keys(before).filter((name) => before[name] !== after[name]);
  }

  async close(): Promise<void> {
    await Promise.all(this.databases.map(({ client }) => client.end()));
  }
}
