import { Field, type FieldMiddleware, type MiddlewareContext, type NextFn } from '@nestjs/graphql';
import { AuthError, isStaffOf, type AuthContext } from '@kyodo/auth';
import type { WorkerEntity } from './worker.entity';

/**
 * Guards a worker's personal data (name, kana, contact, address): only the staff of the worker's
 * home org and the worker (the linked Keycloak user) see it. Anyone else — a partner org, the support body — gets null and a FORBIDDEN error
 * for the field, while the non-personal fields (stage, skills, hours) stay readable.
 */
export const personalData: FieldMiddleware = async (ctx: MiddlewareContext<WorkerEntity, { req?: { auth?: AuthContext } }>, next: NextFn) => {
  const auth = ctx.context.req?.auth;
  if (auth && isStaffOf(auth, ctx.source.orgId)) return next();
  if (auth && ctx.source.userId !== null && auth.userId === ctx.source.userId && auth.orgId === ctx.source.orgId) return next();
  throw new AuthError('FORBIDDEN', `Personal data of a worker of ${ctx.source.orgId} is visible to that org's staff and the worker only.`);
};

/** A personal-data field of Worker: nullable, because callers outside the home org get null. */
export const PersonalField = (description?: string): PropertyDecorator =>
  Field(() => String, { nullable: true, description, middleware: [personalData] });
