import type { INestApplication } from '@nestjs/common';
import { printAppSubgraphSdl } from './bootstrap';

export interface ServiceEntry {
  /** Loads and validates the configuration, migrates if asked to, builds the app (not yet listening). */
  serve(): Promise<{ app: INestApplication; port: number }>;
  /** Applies pending migrations to DATABASE_URL. */
  migrate?(): Promise<string[]>;
  /** Builds the app without any connection, for its schema. */
  offline?(): Promise<INestApplication>;
}

/**
 * The one entry point of every service process:
 * - `main.ts` serves (after migrating when MIGRATE_ON_START is set);
 * - `main.ts migrate` applies pending migrations and exits (the production migrate job);
 * - `main.ts print-schema` prints the subgraph SDL without connecting to anything.
 * Tools and tests run services this way instead of importing them.
 */
export async function runServiceMain(entry: ServiceEntry, argv: string[] = process.argv.slice(2)): Promise<void> {
  const command = argv[0] ?? 'serve';
  try {
    if (command === 'migrate' && entry.migrate) {
      const applied = await entry.migrate();
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
      process.exit(0);
    }
    if (command === 'print-schema' && entry.offline) {
      const app = await entry.offline();
      await app.init();
      process.stdout.write(printAppSubgraphSdl(app));
      await app.close();
      process.exit(0);
    }
    if (command !== 'serve') throw new Error(`Unknown command "${command}": use serve, migrate or print-schema.`);
    const { app, port } = await entry.serve();
    await app.listen(port, '127.0.0.1');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
