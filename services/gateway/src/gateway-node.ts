import { INestApplication, LogLevel } from '@nestjs/common';
import { createServiceApp } from '@kyodo/subgraph';
import { GatewayAppModule, GatewayAppOptions } from './app.module';

/** Builds (not yet listening) the gateway. main.ts and the test harness share it. */
export function createGatewayApp(options: GatewayAppOptions, logLevel: LogLevel = 'warn'): Promise<INestApplication> {
  return createServiceApp(GatewayAppModule.forRoot(options), logLevel);
}
