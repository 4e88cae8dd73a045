import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AuthContext } from './auth-context';
import { AuthError } from './auth.errors';
import { AUTH_OPTIONS, AuthModuleOptions } from './auth.options';
import { TokenVerifier } from './token-verifier';

declare module 'express' {
  interface Request {
    auth?: AuthContext;
  }
}

/**
 * Verifies the bearer token of every GraphQL request before anything runs: a bad token is
 * answered with 401 and an UNAUTHENTICATED error; a good one becomes `req.auth`. A missing
 * token passes on (the guard decides) unless the service requires one for everything.
 */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(
    private readonly verifier: TokenVerifier,
    @Inject(AUTH_OPTIONS) private readonly options: AuthModuleOptions,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const header = req.headers.authorization;
    if (!header && !this.options.requireToken) return next();
    try {
      req.auth = await this.verifier.verify(header);
      next();
    } catch (error) {
      if (!(error instanceof AuthError)) return next(error);
      res.status(401).json({ data: null, errors: [{ message: error.message, extensions: { code: error.code } }] });
    }
  }
}
