import { EnvVar } from './env-var.decorator';
import { ServiceConfig } from './service.config';
import { IsEnvBoolean, IsPostgresUrl } from './validators';

/** A service with its own PostgreSQL database. */
export class DatabaseServiceConfig extends ServiceConfig {
  @EnvVar({ description: "PostgreSQL URL of this service's own database.", secret: true })
  @IsPostgresUrl()
  DATABASE_URL!: string;

  @EnvVar({
    description:
      'Apply pending migrations before serving (the demo and tests do; in production a migrate job runs `main.ts migrate` before a rollout).',
  })
  @IsEnvBoolean()
  MIGRATE_ON_START: boolean = false;
}

/** What `main.ts migrate` needs: only the database. */
export class MigrateConfig {
  @EnvVar({ description: 'PostgreSQL URL of the database to migrate.', secret: true })
  @IsPostgresUrl()
  DATABASE_URL!: string;
}
