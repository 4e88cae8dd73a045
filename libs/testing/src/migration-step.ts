import { DataSource, DataSourceOptions } from 'typeorm';

export interface MigrationStep {
  /** Connected to the database as it was just before the migration. */
  dataSource: DataSource;
  /** Applies the migration (and any after it). */
  apply(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A database migrated up to just before the migration named, to seed rows as they were then and
 * check what the migration makes of them. Runs every migration, then undoes the latest ones
 * (each migration's own `down`) until the named one is pending, so its `down` is exercised too.
 */
export async function databaseBeforeMigration(options: DataSourceOptions, name: string): Promise<MigrationStep> {
  const dataSource = new DataSource({ ...options, extra: { max: 1 } });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const applied = async (): Promise<string[]> =>
    ((await dataSource.query(`SELECT name FROM migrations ORDER BY id`)) as { name: string }[]).map((r) => r.name);
  if (!(await applied()).includes(name)) throw new Error(`No migration named ${name}`);
  while ((await applied()).includes(name)) await dataSource.undoLastMigration({ transaction: 'each' });
  return {
    dataSource,
    apply: async () => void (await dataSource.runMigrations({ transaction: 'each' })),
    close: () => dataSource.destroy(),
  };
}
