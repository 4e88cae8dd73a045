import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { DEFAULT_DELEGATED_FUNCTIONS, DEFAULT_OPERATOR_CONFIRMATIONS, mayActFor } from '@kyodo/domain';
import { currentTargetOrg, markActingAsOperator, NODE_IDENTITY, NodeIdentity, PUBLIC_KEY } from '@kyodo/subgraph';
import type { AuthContext } from './auth-context';
import { CROSS_ORG_KEY, ROLES_KEY, SERVICE_CLIENTS_KEY } from './auth.decorators';
import { AuthError } from './auth.errors';
import { Role, STAFF } from './role';

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
    // Only a caller of another org can be acting for the served one (its partner operator, by delegation).
    const acting =
      !!servedOrg &&
      !crossOrg &&
      auth.orgId !== servedOrg &&
      !!this.node?.operatedBy &&
      actsByDelegation(auth, servedOrg, this.node.operatedBy, this.coordinateOf(context));
    const effective = acting ? auth.roles.filter((role) => STAFF.includes(role)) : effectiveRoles(auth, servedOrg, crossOrg);
    if (acting && auth.orgId && roles.some((role) => effective.includes(role))) markActingAsOperator(auth.orgId);
    if (!roles.some((role) => effective.includes(role))) {
      throw new AuthError(
        'FORBIDDEN',
        `Not allowed for this caller: needs ${roles.join(' or ')}${servedOrg && !crossOrg ? ` of ${servedOrg}` : ''}.`,
      );
    }
    return true;
  }

  /** `Type.field` of a GraphQL resolver (e.g. `Mutation.closePayMonth`); null for HTTP routes. */
  private coordinateOf(context: ExecutionContext): string | null {
    if (context.getType<GqlContextType>() !== 'graphql') return null;
    const info = GqlExecutionContext.create(context).getInfo<{ parentType?: { name: string }; fieldName?: string } | undefined>();
    return info?.parentType && info.fieldName ? `${info.parentType.name}.${info.fieldName}` : null;
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

/**
 * Whether the caller acts for the served org by delegation: their org is its partner operator
 * (this node's configuration, from the registry), their token names the member (`operator_for`,
 * so not every one of the operator's users does) and the operation belongs to a delegated
 * function. Then their staff roles count here for that operation only. The per-member choice of
 * which acts need the operator's confirmation is the gateway's (registry); a node applies the
 * consortium's default delegation.
 */
export function actsByDelegation(
  auth: AuthContext,
  servedOrg: string,
  operatedBy: Readonly<Record<string, string>> | undefined,
  coordinate: string | null,
): boolean {
  const operatorId = operatedBy?.[servedOrg];
  if (!coordinate || !operatorId || auth.orgId !== operatorId || auth.orgId === servedOrg) return false;
  if (!auth.operatorFor?.includes(servedOrg)) return false;
  return mayActFor(auth.orgId, servedOrg, coordinate, {
    operatorId,
    functions: DEFAULT_DELEGATED_FUNCTIONS,
    confirmations: DEFAULT_OPERATOR_CONFIRMATIONS,
  });
}
