import type { AuthContext } from './auth-context';
import { actsByDelegation } from './auth.guard';
import { Role } from './role';

const caller = (orgId: string, operatorFor: string[] = []): AuthContext => ({
  userId: 'u',
  username: 'u',
  orgId,
  roles: [Role.Director],
  operatorFor,
  serviceClient: null,
  token: 't',
});
const OPERATED_BY = { tateshina: 'shiojiri' };

/** Who acts for tateshina at a node that knows shiojiri is its partner operator. */
const CASES: [string, AuthContext, string, boolean][] = [
  ["the operator's assigned staff, on a delegated function", caller('shiojiri', ['tateshina']), 'Mutation.createContract', true],
  ['… on a confirmation (the operator confirms)', caller('shiojiri', ['tateshina']), 'Mutation.closePayMonth', true],
  ['… on a read a delegated function needs', caller('shiojiri', ['tateshina']), 'Query.payTransferFile', true],
  ['… on what the town keeps', caller('shiojiri', ['tateshina']), 'Mutation.createOrder', false],
  ["the operator's staff not assigned to the town", caller('shiojiri'), 'Mutation.createContract', false],
  ['a user of another org naming the town in its token', caller('itoigawa', ['tateshina']), 'Mutation.createContract', false],
  ["the town's own staff (their own roles count, not delegation)", caller('tateshina', ['tateshina']), 'Mutation.createContract', false],
];

describe('actsByDelegation', () => {
  it.each(CASES)('%s → %s', (_who, auth, coordinate, expected) => {
    expect(actsByDelegation(auth, 'tateshina', OPERATED_BY, coordinate)).toBe(expected);
  });

  it('needs the node to know the member’s operator and a GraphQL operation', () => {
    expect(actsByDelegation(caller('shiojiri', ['tateshina']), 'tateshina', undefined, 'Mutation.createContract')).toBe(false);
    expect(actsByDelegation(caller('shiojiri', ['tateshina']), 'tateshina', OPERATED_BY, null)).toBe(false);
  });
});
