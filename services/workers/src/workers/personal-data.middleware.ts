import { Field, type FieldMiddleware, type MiddlewareContext, type NextFn } from '@nestjs/graphql';
import { AuthError, type AuthContext } from '@kyodo/auth';
import type { WorkerEntity } from './worker.entity';
import { workerVisibility } from './worker-access';

type WorkerFieldContext = MiddlewareContext<WorkerEntity, { req?: { auth?: AuthContext } }>;

/**
 * Guards a worker's personal data (name, kana, contact, address): only the staff of the worker's
 * home org and the worker (the linked Keycloak user) see it. Anyone else — a partner org, the support body — gets null and a FORBIDDEN error
 * for the field, while the crossing fields (stage, skills) stay readable.
 */
export const personalData: FieldMiddleware = async (ctx: WorkerFieldContext, next: NextFn) => {
  if (workerVisibility(ctx.context.req?.auth, ctx.source) === 'RECORD') return next();
  throw new AuthError('FORBIDDEN', `Personal data of a worker of ${ctx.source.orgId} is visible to that org's staff and the worker only.`);
};

/**
 * Guards the rest of a worker's record that is not personal data but is not shared either
 * (status, availability, hour cap, contract and NDA dates, consent, registration time): the same
 * callers as personal data; a partner that may see the worker gets null and FORBIDDEN here.
 */
export const homeOrgOnly: FieldMiddleware = async (ctx: WorkerFieldContext, next: NextFn) => {
  if (workerVisibility(ctx.context.req?.auth, ctx.source) === 'RECORD') return next();
  throw new AuthError(
    'FORBIDDEN',
    `Only the stage and skills of a worker of ${ctx.source.orgId} cross to other members; ${ctx.info?.fieldName ?? 'this field'} stays with that org.`,
  );
};

/** A personal-data field of Worker: nullable, because callers outside the home org get null. */
export const PersonalField = (description?: string): PropertyDecorator =>
  Field(() => String, { nullable: true, description, middleware: [personalData] });
