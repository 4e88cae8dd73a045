import { homePathOf, sessionOf } from './session';

/** An unsigned token with the given claims: the console decodes, it never verifies. */
function token(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.`;
}

describe('sessionOf', () => {
  it('reads the name, the first organization and only the roles the console knows', () => {
    const session = sessionOf(
      token({
        name: '山田 花子',
        organization: ['tateshina'],
        realm_access: { roles: ['director', 'default-roles-kyodo', 'offline_access'] },
      }),
    );
    expect(session).toEqual({ name: '山田 花子', orgId: 'tateshina', roles: ['director'], operatorFor: [] });
  });

  it('accepts the organization claim as an object keyed by alias, as Keycloak can send it', () => {
    expect(sessionOf(token({ preferred_username: 'w', organization: { shiojiri: {} } })).orgId).toBe('shiojiri');
  });

  it('has no org and no roles for a bare token', () => {
    expect(sessionOf(token({}))).toEqual({ name: '', orgId: null, roles: [], operatorFor: [] });
  });

  it('reads the members an operator’s staff act for, one value or many', () => {
    expect(sessionOf(token({ organization: ['shiojiri'], operator_for: 'tateshina' })).operatorFor).toEqual(['tateshina']);
    expect(sessionOf(token({ organization: ['shiojiri'], operator_for: ['tateshina', 'omachi'] })).operatorFor).toEqual([
      'tateshina',
      'omachi',
    ]);
  });
});

describe('homePathOf', () => {
  const session = (...roles: ('consortium-admin' | 'org-admin' | 'director' | 'worker')[]) => ({
    name: '',
    orgId: 'x',
    roles,
    operatorFor: [],
  });

  it('sends org admins to their home, directors to the orders board, workers to their own month, the support body to the consortium', () => {
    expect(homePathOf(session('director'))).toBe('/director/orders');
    expect(homePathOf(session('org-admin'))).toBe('/admin');
    expect(homePathOf(session('director', 'org-admin'))).toBe('/admin');
    expect(homePathOf(session('worker'))).toBe('/worker');
    expect(homePathOf(session('consortium-admin'))).toBe('/consortium');
  });

  it('prefers staff screens for a person who is staff and worker', () => {
    expect(homePathOf(session('worker', 'director'))).toBe('/director/orders');
  });

  it('says so when the login has no role in Kyodo', () => {
    expect(homePathOf(session())).toBe('/no-role');
  });
});
