import { DataSource, DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@kyodo/database';
import { RevokedSessions1765065600000 } from './migrations/1765065600000-revoked-sessions';

/** The gateway's own database: ended Keycloak sessions shared by its replicas (raw SQL, no entities). */
export function gatewayDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({ url, entities: [], migrations: [RevokedSessions1765065600000], poolSize: 2 });
}

export default new DataSource(gatewayDataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kyodo_dev_gateway'));
