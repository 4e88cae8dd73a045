import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthContext } from './auth-context';
import { Role } from './role';

export const ROLES_KEY = 'kyodo:roles';
export const CROSS_ORG_KEY = 'kyodo:cross-org';
export const SERVICE_CLIENTS_KEY = 'kyodo:service-clients';

/**
 * Who may call an operation. On an org node a member role counts only for the node's own
 * org: `@Roles(Role.Director)` means "a director of this org". Without `@Roles` or `@Public`
 * an operation is closed to everyone.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * Member roles of other orgs count too: the operation shares something across the consortium
 * on purpose (a shared course, the job pool) and scopes what it returns itself.
 */
export const CrossOrg = () => SetMetadata(CROSS_ORG_KEY, true);

/**
 * Service accounts (client-credentials tokens of these Keycloak clients, e.g. the reporting
 * service's scheduled snapshots) may call the operation too. Their tokens carry no role and no
 * organization, so without this they are refused everywhere.
 */
export const ServiceClients = (...clientIds: string[]) => SetMetadata(SERVICE_CLIENTS_KEY, clientIds);

/** The verified caller of the current GraphQL operation. */
export const CurrentAuth = createParamDecorator((_data: unknown, context: ExecutionContext): AuthContext | undefined => {
  const { req } = GqlExecutionContext.create(context).getContext<{ req: { auth?: AuthContext } }>();
  return req.auth;
});
