import { DynamicModule, MiddlewareConsumer, Module, NestModule, OnApplicationShutdown, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthMiddleware } from './auth.middleware';
import { AUTH_OPTIONS, AuthModuleOptions } from './auth.options';
import { GatewaySessionRevocations } from './gateway-session-revocations';
import type { SessionRevocations } from './session-revocations';
import { TokenVerifier } from './token-verifier';

/** Stops reading ended sessions when the service shuts down. */
class RevocationsLifecycle implements OnApplicationShutdown {
  constructor(private readonly revocations?: SessionRevocations) {}

  async onApplicationShutdown(): Promise<void> {
    await this.revocations?.close?.();
  }
}

function revocationsOf(options: AuthModuleOptions): SessionRevocations | undefined {
  if (options.sessionRevocations) return options.sessionRevocations;
  if (!options.revokedSessionsFrom) return undefined;
  const fromGateway = new GatewaySessionRevocations(options.revokedSessionsFrom.gatewayUrl, options.revokedSessionsFrom.pollMs);
  fromGateway.start();
  return fromGateway;
}

/**
 * Keycloak authentication for a service: token verification on /graphql and the global guard.
 * Every service imports it; the gateway verifies, and every node verifies again.
 */
@Module({})
export class AuthModule implements NestModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    const revocations = revocationsOf(options);
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        { provide: TokenVerifier, useValue: new TokenVerifier(options, revocations) },
        // The gateway's store belongs to the gateway (it closes it); a poller made here is ours.
        { provide: RevocationsLifecycle, useValue: new RevocationsLifecycle(options.sessionRevocations ? undefined : revocations) },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenVerifier],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }
}
