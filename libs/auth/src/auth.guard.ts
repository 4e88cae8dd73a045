import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { currentTargetOrg, NODE_IDENTITY, NodeIdentity, PUBLIC_KEY } from '@kyodo/subgraph';
import type { AuthContext } from './auth-context';
import { CROSS_ORG_KEY, ROLES_KEY, SERVICE_CLIENTS_KEY } from './auth.decorators';
import { AuthError } from './auth.errors';
import { Role } from './role';

/**
 * The global guard: every GraphQL operation and HTTP route is closed unless it declares who
 * may call it (`@Roles`) or that anyone may (`@Public`). On an org node, member roles count
 * only for the org the request is served for (the node's own, or a member it hosts, as the
 * gateway named it) unless the operation is `@CrossOrg`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Optional() @Inject(NODE_IDENTITY) private readonly node?: NodeIdentity,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const clients = this.reflector.getAllAndOverride<string[] | undefined>(SERVICE_CLIENTS_KEY, targets);
    const operation = `${context.getClass().name}.${context.getHandler().name}`;
    if (!roles && !clients) throw new AuthError('NO_ACCESS_RULE', `${operation} declares no access rule, so it is closed.`);
    const auth = this.authOf(context);
    if (!auth) throw new AuthError('UNAUTHENTICATED', 'A bearer token is required.');
    if (auth.serviceClient) {
      if (clients?.includes(auth.serviceClient)) return true;
      throw new AuthError('FORBIDDEN', `The service account ${auth.serviceClient} may not call ${operation}.`);
    }
    if (!roles) throw new AuthError('FORBIDDEN', `${operation} is for service accounts only.`);
    const crossOrg = this.reflector.getAllAndOverride<boolean>(CROSS_ORG_KEY, targets) ?? false;
    const servedOrg = this.node?.orgId ? (currentTargetOrg() ?? this.node.orgId) : undefined;
    const effective = effectiveRoles(auth, servedOrg, crossOrg);
    if (!roles.some((role) => effective.includes(role))) {
      throw new AuthError(
        'FORBIDDEN',
        `Not allowed for this caller: needs ${roles.join(' or ')}${servedOrg && !crossOrg ? ` of ${servedOrg}` : ''}.`,
      );
    }
    return true;
  }

  private authOf(context: ExecutionContext): AuthContext | undefined {
    if (context.getType<GqlContextType>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<{ req: { auth?: AuthContext } }>().req?.auth;
    }
    return context.switchToHttp().getRequest<{ auth?: AuthContext }>().auth;
  }
}

/** The roles that count here: member roles only at the caller's own org's node. */
export function effectiveRoles(auth: AuthContext, nodeOrgId: string | undefined, crossOrg: boolean): Role[] {
  if (!nodeOrgId || crossOrg || auth.orgId === nodeOrgId) return auth.roles;
  return auth.roles.filter((role) => role === Role.ConsortiumAdmin);
}
