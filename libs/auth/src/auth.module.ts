import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthMiddleware } from './auth.middleware';
import { AUTH_OPTIONS, AuthModuleOptions } from './auth.options';
import { TokenVerifier } from './token-verifier';

/**
 * Keycloak authentication for a service: token verification on /graphql and the global guard.
 * Every service imports it; the gateway verifies, and every node verifies again.
 */
@Module({})
export class AuthModule implements NestModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        { provide: TokenVerifier, useValue: new TokenVerifier(options) },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenVerifier],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }
}
