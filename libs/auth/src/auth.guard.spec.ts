import type { ExecutionContext, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { NodeIdentity, Public } from '@kyodo/subgraph';
import type { AuthContext } from './auth-context';
import { CrossOrg, Roles, ServiceClients } from './auth.decorators';
import { AuthError } from './auth.errors';
import { AuthGuard, effectiveRoles } from './auth.guard';
import { Role } from './role';

/* eslint-disable @typescript-eslint/no-empty-function -- stand-in operations: the guard reads only their decorators' metadata */

/** Operations as resolvers declare them; the guard reads the real decorators' metadata. */
class OrdersResolver {
  undeclared(): void {}
  @Public() health(): void {}
  @Roles(Role.Director) createOrder(): void {}
  @Roles(Role.OrgAdmin, Role.Director) orders(): void {}
  @Roles(Role.ConsortiumAdmin) memberNodes(): void {}
  @Roles(Role.Director, Role.OrgAdmin) @CrossOrg() jobPool(): void {}
  @Roles(Role.Director) @ServiceClients('kyodo-reporting') aggregates(): void {}
  @ServiceClients('kyodo-reporting') snapshotSource(): void {}
}

@Roles(Role.OrgAdmin)
class SettingsResolver {
  settings(): void {}
  @Roles(Role.Worker) ownSettings(): void {}
}

@Public()
class SchemaController {
  schema(): void {}
}

/** A typed stand-in for the ExecutionContext Nest hands a guard (GraphQL or HTTP). */
function contextOf<T>(
  target: Type<T>,
  handler: keyof T & string,
  auth: AuthContext | undefined,
  type: 'graphql' | 'http' = 'graphql',
): ExecutionContext {
  const req = { auth };
  const args = type === 'graphql' ? [undefined, {}, { req }, {}] : [req, {}, () => undefined];
  const unsupported = () => {
    throw new Error('not a transport of this service');
  };
  return {
    getClass: <C = unknown>() => target as unknown as Type<C>,
    getHandler: () => target.prototype[handler] as (...args: unknown[]) => unknown,
    getArgs: <A extends unknown[] = unknown[]>() => args as A,
    getArgByIndex: <A = unknown>(index: number) => args[index] as A,
    getType: <K extends string = string>() => type as K,
    switchToHttp: () => ({ getRequest: <R>() => req as R, getResponse: <R>() => ({}) as R, getNext: <N>() => (() => undefined) as N }),
    switchToRpc: unsupported,
    switchToWs: unsupported,
  };
}

const caller = (orgId: string | null, roles: Role[], serviceClient: string | null = null): AuthContext => ({
  userId: 'user-1',
  username: serviceClient ? `service-account-${serviceClient}` : 'someone',
  orgId,
  roles,
  serviceClient,
  token: 'token',
});

const TATESHINA_NODE: NodeIdentity = { service: 'orders', orgId: 'tateshina' };
const HUB_SERVICE: NodeIdentity = { service: 'reporting' };

/** The guard's verdict: true, or the AuthError code it threw. */
function verdict(guard: AuthGuard, context: ExecutionContext): true | string {
  try {
    return guard.canActivate(context) as true;
  } catch (error) {
    if (error instanceof AuthError) return error.code;
    throw error;
  }
}

describe('AuthGuard', () => {
  const atNode = new AuthGuard(new Reflector(), TATESHINA_NODE);
  const atHub = new AuthGuard(new Reflector(), HUB_SERVICE);
  const director = caller('tateshina', [Role.Director]);
  const otherDirector = caller('shiojiri', [Role.Director]);
  const consortiumAdmin = caller(null, [Role.ConsortiumAdmin]);

  describe('closed by default', () => {
    it('refuses an operation that declares no rule, to every caller and to none', () => {
      for (const auth of [
        director,
        consortiumAdmin,
        caller('tateshina', Object.values(Role)),
        caller(null, [], 'kyodo-reporting'),
        undefined,
      ]) {
        expect(verdict(atNode, contextOf(OrdersResolver, 'undeclared', auth))).toBe('NO_ACCESS_RULE');
      }
    });

    it('names the closed operation', () => {
      expect(() => atNode.canActivate(contextOf(OrdersResolver, 'undeclared', director))).toThrow(
        /OrdersResolver\.undeclared declares no access rule/,
      );
    });
  });

  describe('@Public', () => {
    it('opens an operation without a token', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'health', undefined))).toBe(true);
    });

    it('opens every handler of a public class, over HTTP too', () => {
      expect(verdict(atNode, contextOf(SchemaController, 'schema', undefined, 'http'))).toBe(true);
    });
  });

  describe('missing token', () => {
    it('refuses a declared operation without a verified caller as UNAUTHENTICATED', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'createOrder', undefined))).toBe('UNAUTHENTICATED');
      expect(verdict(atHub, contextOf(OrdersResolver, 'memberNodes', undefined))).toBe('UNAUTHENTICATED');
      expect(verdict(atNode, contextOf(OrdersResolver, 'snapshotSource', undefined))).toBe('UNAUTHENTICATED');
    });

    it('reads the caller of an HTTP route from the request', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'createOrder', undefined, 'http'))).toBe('UNAUTHENTICATED');
      expect(verdict(atNode, contextOf(OrdersResolver, 'createOrder', director, 'http'))).toBe(true);
    });
  });

  describe('@Roles', () => {
    it('lets in a caller holding one of the roles', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'createOrder', director))).toBe(true);
      expect(verdict(atNode, contextOf(OrdersResolver, 'orders', caller('tateshina', [Role.OrgAdmin])))).toBe(true);
    });

    it('refuses a caller holding none of them as FORBIDDEN', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'createOrder', caller('tateshina', [Role.Worker])))).toBe('FORBIDDEN');
      expect(verdict(atNode, contextOf(OrdersResolver, 'createOrder', caller('tateshina', [Role.OrgAdmin])))).toBe('FORBIDDEN');
      expect(verdict(atNode, contextOf(OrdersResolver, 'createOrder', caller('tateshina', [])))).toBe('FORBIDDEN');
    });

    it('takes the handler’s roles over its class’s', () => {
      const admin = caller('tateshina', [Role.OrgAdmin]);
      const worker = caller('tateshina', [Role.Worker]);
      expect(verdict(atNode, contextOf(SettingsResolver, 'settings', admin))).toBe(true);
      expect(verdict(atNode, contextOf(SettingsResolver, 'settings', worker))).toBe('FORBIDDEN');
      expect(verdict(atNode, contextOf(SettingsResolver, 'ownSettings', worker))).toBe(true);
      expect(verdict(atNode, contextOf(SettingsResolver, 'ownSettings', admin))).toBe('FORBIDDEN');
    });
  });

  describe('org scoping on an org node', () => {
    it("refuses another org's director, naming the node's org", () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'createOrder', otherDirector))).toBe('FORBIDDEN');
      expect(() => atNode.canActivate(contextOf(OrdersResolver, 'createOrder', otherDirector))).toThrow(/needs director of tateshina/);
    });

    it('refuses a member role without an organization', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'createOrder', caller(null, [Role.Director])))).toBe('FORBIDDEN');
    });

    it('counts member roles of every org at a hub service, which belongs to no org', () => {
      expect(verdict(atHub, contextOf(OrdersResolver, 'createOrder', otherDirector))).toBe(true);
    });

    it('counts them at a node too where the operation is @CrossOrg', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'jobPool', otherDirector))).toBe(true);
      expect(verdict(atNode, contextOf(OrdersResolver, 'jobPool', caller('shiojiri', [Role.Worker])))).toBe('FORBIDDEN');
    });
  });

  describe('consortium-admin', () => {
    it('counts at every org node although the consortium admin belongs to no org', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'memberNodes', consortiumAdmin))).toBe(true);
      expect(verdict(atHub, contextOf(OrdersResolver, 'memberNodes', consortiumAdmin))).toBe(true);
    });

    it('opens only what declares it', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'createOrder', consortiumAdmin))).toBe('FORBIDDEN');
      expect(verdict(atNode, contextOf(OrdersResolver, 'memberNodes', caller('tateshina', [Role.OrgAdmin, Role.Director])))).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('service accounts', () => {
    const reporting = caller(null, [], 'kyodo-reporting');
    const gateway = caller(null, [], 'kyodo-gateway');

    it('lets in a client named by @ServiceClients, at any node', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'aggregates', reporting))).toBe(true);
      expect(verdict(atNode, contextOf(OrdersResolver, 'snapshotSource', reporting))).toBe(true);
    });

    it('refuses a client not named, even with roles in its token', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'aggregates', gateway))).toBe('FORBIDDEN');
      expect(verdict(atNode, contextOf(OrdersResolver, 'aggregates', caller(null, [Role.ConsortiumAdmin], 'kyodo-gateway')))).toBe(
        'FORBIDDEN',
      );
    });

    it('refuses every service account where only roles are declared', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'createOrder', reporting))).toBe('FORBIDDEN');
    });

    it('refuses a user where only service accounts are declared', () => {
      expect(verdict(atNode, contextOf(OrdersResolver, 'snapshotSource', director))).toBe('FORBIDDEN');
      expect(verdict(atHub, contextOf(OrdersResolver, 'snapshotSource', consortiumAdmin))).toBe('FORBIDDEN');
    });
  });
});

describe('effectiveRoles', () => {
  const all = [Role.ConsortiumAdmin, Role.OrgAdmin, Role.Director, Role.Worker];

  it('keeps every role at the caller’s own org’s node, at a hub service and for a cross-org operation', () => {
    expect(effectiveRoles(caller('tateshina', all), 'tateshina', false)).toEqual(all);
    expect(effectiveRoles(caller('shiojiri', all), undefined, false)).toEqual(all);
    expect(effectiveRoles(caller('shiojiri', all), 'tateshina', true)).toEqual(all);
  });

  it("keeps only consortium-admin at another org's node", () => {
    expect(effectiveRoles(caller('shiojiri', all), 'tateshina', false)).toEqual([Role.ConsortiumAdmin]);
    expect(effectiveRoles(caller(null, [Role.Director, Role.Worker]), 'tateshina', false)).toEqual([]);
  });
});
