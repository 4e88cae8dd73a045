import fc from 'fast-check';
import { getNamedType, GraphQLSchema } from 'graphql';
import { FuzzOperation } from './fuzz-operations';
import { ArgumentContext, Profile, valueFor } from './input-arbitraries';

/** A role the fuzzer calls as: a demo user of the realm, or `anonymous` (no token at all). */
export type FuzzRole = string;
export const ANONYMOUS = 'anonymous';

/**
 * The callers: the support body, every role of the first member, and the second member's users
 * (whose ids the first member's cases name as well, since the pool holds both members' ids).
 */
export function fuzzRoles(orgs: readonly [string, string]): FuzzRole[] {
  const [a, b] = orgs;
  return ['consortium-admin', `${a}-admin`, `${a}-director`, `${a}-worker`, `${b}-admin`, `${b}-director`, `${b}-worker`, ANONYMOUS];
}

export interface FuzzCase {
  index: number;
  operation: FuzzOperation;
  role: FuzzRole;
  profile: Profile;
  /** With PoolRef / OrgRef placeholders, resolved against the run's ids when sent. */
  variables: Record<string, unknown>;
}

const PROFILES: readonly Profile[] = ['valid', 'boundary', 'hostile'];

/**
 * The cases of a run, lazily: case i calls operation i mod |operations| as role ⌊i / |operations|⌋
 * mod |roles|, so every operation is sent by every role once per |operations|·|roles| cases; its
 * profile and argument values come from fast-check with seed `seed + i`, so a case is reproduced
 * from its index and the seed alone.
 */
export function* fuzzCases(
  operations: readonly FuzzOperation[],
  roles: readonly FuzzRole[],
  schema: GraphQLSchema,
  seed: number,
  count: number,
  start = 0,
): Generator<FuzzCase> {
  const typeNames = Object.keys(schema.getTypeMap()).filter((name) => !name.startsWith('_'));
  const arbitraries = new Map<string, fc.Arbitrary<{ profile: Profile; variables: Record<string, unknown> }>>();
  const arbitraryOf = (op: FuzzOperation) => {
    let arb = arbitraries.get(op.coordinate);
    if (!arb) {
      const context: ArgumentContext = { returnType: getNamedType(op.returnType).name, typeNames };
      arb = fc.constantFrom(...PROFILES).chain((profile) =>
        fc.record({
          profile: fc.constant(profile),
          variables: fc.record(
            Object.fromEntries(
              op.arguments.map((arg) => [arg.name, valueFor(arg.type, arg.name, arg.description ?? '', profile, context)]),
            ),
          ),
        }),
      );
      arbitraries.set(op.coordinate, arb);
    }
    return arb;
  };
  for (let index = start; index < start + count; index++) {
    const operation = operations[index % operations.length];
    const role = roles[Math.floor(index / operations.length) % roles.length];
    const [{ profile, variables }] = fc.sample(arbitraryOf(operation), { seed: seed + index, numRuns: 1 });
    yield { index, operation, role, profile, variables };
  }
}
