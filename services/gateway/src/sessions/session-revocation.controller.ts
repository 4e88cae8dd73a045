import { Body, Controller, Get, Header, HttpCode, HttpException, Inject, Logger, Post, Query } from '@nestjs/common';
import { Public, type RevokedSessionsPage } from '@kyodo/auth';
import { InvalidLogoutToken, LogoutTokenVerifier } from './logout-token-verifier';
import { RevokedSessionStore } from './revoked-session-store';

/**
 * Where Keycloak tells the gateway that a session ended (the clients' back-channel logout URL,
 * `<gateway>/auth/backchannel-logout`), and where nodes read the ended sessions. Both sit outside
 * /graphql and need no bearer token: the first is authenticated by the logout token's signature;
 * the second lists only session ids that no longer open anything. So both are `@Public` to the
 * global guard (which would otherwise close them, as it closes every route that declares no rule).
 */
@Public()
@Controller('auth')
export class SessionRevocationController {
  private readonly logger = new Logger('BackchannelLogout');

  constructor(
    @Inject(RevokedSessionStore) private readonly store: RevokedSessionStore,
    @Inject(LogoutTokenVerifier) private readonly verifier: LogoutTokenVerifier,
  ) {}

  @Post('backchannel-logout')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  async backchannelLogout(@Body() body: { logout_token?: unknown } | undefined): Promise<void> {
    const token = body?.logout_token;
    if (typeof token !== 'string' || token.length === 0 || token.length > 16_384) {
      throw new HttpException({ error: 'invalid_request', error_description: 'logout_token is required' }, 400);
    }
    let sid: string;
    try {
      sid = await this.verifier.sessionIdOf(token);
    } catch (error) {
      if (!(error instanceof InvalidLogoutToken)) throw error;
      this.logger.warn(error.message);
      throw new HttpException({ error: 'invalid_request', error_description: error.message }, 400);
    }
    await this.store.record(sid);
  }

  @Get('revoked-sessions')
  @Header('cache-control', 'no-store')
  revokedSessions(@Query('since') since?: string): RevokedSessionsPage {
    const from = Number(since ?? 0);
    if (!Number.isFinite(from) || from < 0) throw new HttpException({ error: 'since must be a time in ms' }, 400);
    return this.store.since(from);
  }
}
