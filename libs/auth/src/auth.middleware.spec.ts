import type { NextFunction, Request, Response } from 'express';
import type { AuthContext } from './auth-context';
import { AuthError } from './auth.errors';
import { AuthMiddleware } from './auth.middleware';
import type { AuthModuleOptions } from './auth.options';
import { Role } from './role';
import type { TokenVerifier } from './token-verifier';

const DIRECTOR: AuthContext = {
  userId: 'u',
  username: 'tateshina-director',
  orgId: 'tateshina',
  roles: [Role.Director],
  serviceClient: null,
  token: 'good',
};

/** A verifier that knows one good token and refuses every other one, as the real one does. */
const verifier = {
  verify: async (header: string | undefined) => {
    if (header === 'Bearer good') return DIRECTOR;
    if (header === 'Bearer broken-keys') throw new Error('key server down');
    throw new AuthError('UNAUTHENTICATED', 'The token was refused: expired.');
  },
} as unknown as TokenVerifier;

const OPTIONS: AuthModuleOptions = { keycloakUrl: 'http://keycloak.invalid', realm: 'kyodo', audience: 'kyodo-api' };

async function run(authorization: string | undefined, options: Partial<AuthModuleOptions> = {}) {
  const req = { headers: authorization ? { authorization } : {} } as Request;
  const answer: { status?: number; body?: unknown } = {};
  const res = {
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: unknown) {
      answer.body = body;
      return this;
    },
  } as unknown as Response;
  const next = jest.fn() as jest.MockedFunction<NextFunction>;
  await new AuthMiddleware(verifier, { ...OPTIONS, ...options }).use(req, res, next);
  return { req, answer, next };
}

describe('AuthMiddleware (tokens on /graphql)', () => {
  it('makes a verified token the request’s caller', async () => {
    const { req, answer, next } = await run('Bearer good');
    expect(req.auth).toEqual(DIRECTOR);
    expect(next).toHaveBeenCalledWith();
    expect(answer.status).toBeUndefined();
  });

  it('answers an invalid token with 401 UNAUTHENTICATED before anything runs', async () => {
    const { req, answer, next } = await run('Bearer expired');
    expect(answer).toEqual({
      status: 401,
      body: { data: null, errors: [{ message: 'The token was refused: expired.', extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    expect(next).not.toHaveBeenCalled();
    expect(req.auth).toBeUndefined();
  });

  it('passes a request without a token on to the guard (which opens only @Public operations to it)', async () => {
    const { req, next } = await run(undefined);
    expect(next).toHaveBeenCalledWith();
    expect(req.auth).toBeUndefined();
  });

  it('refuses a request without a token outright where every operation needs one (the gateway)', async () => {
    const { answer, next } = await run(undefined, { requireToken: true });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(next).not.toHaveBeenCalled();
  });

  it('hands any other failure to Nest as an error, never as a caller', async () => {
    const { req, answer, next } = await run('Bearer broken-keys');
    expect(next).toHaveBeenCalledWith(expect.objectContaining({ message: 'key server down' }));
    expect(req.auth).toBeUndefined();
    expect(answer.status).toBeUndefined();
  });
});
