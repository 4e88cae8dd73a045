import type { AuthContext } from './auth-context';
import { mayResolveReference } from './reference-access';
import { Role, STAFF } from './role';

const caller = (orgId: string | null, roles: Role[], serviceClient: string | null = null): AuthContext => ({
  userId: 'u',
  username: 'u',
  orgId,
  roles,
  serviceClient,
  token: 't',
});
const contextOf = (auth?: AuthContext) => ({ req: { auth } });

describe('mayResolveReference', () => {
  it("lets in a caller holding one of the roles at its own org's node", () => {
    expect(mayResolveReference(contextOf(caller('tateshina', [Role.Director])), 'tateshina', STAFF)).toBe(true);
  });

  it("counts member roles only at the caller's own org's node, as the guard does", () => {
    expect(mayResolveReference(contextOf(caller('shiojiri', [Role.Director])), 'tateshina', STAFF)).toBe(false);
  });

  it('refuses a caller without one of the roles, a service account and a request without a verified caller', () => {
    expect(mayResolveReference(contextOf(caller('tateshina', [Role.Worker])), 'tateshina', STAFF)).toBe(false);
    expect(mayResolveReference(contextOf(caller(null, [], 'kyodo-reporting')), 'tateshina', STAFF)).toBe(false);
    expect(mayResolveReference(contextOf(), 'tateshina', STAFF)).toBe(false);
    expect(mayResolveReference({}, 'tateshina', STAFF)).toBe(false);
  });

  it('counts the consortium admin at any node, where the roles name it', () => {
    const consortiumAdmin = contextOf(caller(null, [Role.ConsortiumAdmin]));
    expect(mayResolveReference(consortiumAdmin, 'tateshina', [Role.ConsortiumAdmin])).toBe(true);
    expect(mayResolveReference(consortiumAdmin, 'tateshina', STAFF)).toBe(false);
  });
});
