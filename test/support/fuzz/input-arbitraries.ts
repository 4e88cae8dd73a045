import fc from 'fast-check';
import {
  getNullableType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLScalarType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';

/**
 * How far a case strays from valid input. `valid`: every value is one the schema and the product
 * accept (ids from the seeded data, real dates), so the case reaches the resolvers; `boundary`: the
 * edges (0, -1, 2^31-1, empty lists and strings, 2026-02-29…); `hostile`: values no client should
 * send (NUL and control characters, 100 000-character strings, 2026-02-30, random UUIDs, SQL,
 * nulls for required fields). In `boundary` and `hostile` cases each value is its kind one time in
 * three and valid otherwise, so one odd value meets otherwise plausible input.
 */
export type Profile = 'valid' | 'boundary' | 'hostile';

/**
 * An id taken at send time from the ids harvested so far (the seed and every answer since):
 * the type it should name (`Order`) and which of them. Generation stays deterministic for a seed
 * while the ids themselves are whatever the run's database handed out.
 */
export class PoolRef {
  constructor(
    readonly type: string | undefined,
    readonly pick: number,
  ) {}
}

/** A member's org id, resolved at send time against the consortium the run fuzzes. */
export class OrgRef {
  constructor(readonly pick: number) {}
}

export interface ArgumentContext {
  /** The root field's return type: what a bare `id` most likely names. */
  returnType: string;
  /** Type names of the supergraph: `claimId` → PoolClaim, `enrollmentId` → Enrollment. */
  typeNames: readonly string[];
}

const CONTROL = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\ufeff'];

/** Strings no field should store or choke on. */
const hostileText = fc.oneof(
  fc.constantFrom(...CONTROL).map((c) => `abc${c}def`),
  fc.constant('\u0000'),
  fc.constant('a'.repeat(100_000)),
  fc.constant('あ'.repeat(20_000)),
  fc.constant("'; DROP TABLE orders; --"),
  fc.constant('%s%n%x${jndi:ldap://x}{{7*7}}'),
  fc.constant('\ud800'),
  fc.constant('😀'.repeat(1000)),
  fc.constant('   '),
  fc.constant('<script>alert(1)</script>'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const boundaryText = fc.constantFrom('', ' ', 'a', 'x'.repeat(255), 'x'.repeat(256), 'x'.repeat(1001), '\t\n', 'ー', '0');

const validText = fc.oneof(
  fc.constantFrom('塩尻市 情報政策課', '住民アンケート入力', 'テスト 業務', 'Data entry', 'SEC-101', 'DATA_ENTRY', 'メモ: 2件 入力済'),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0 && [...s].every((c) => c >= ' ' && c !== '\u007f')),
);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const validDate = fc
  .record({ y: fc.integer({ min: 2025, max: 2028 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const boundaryDate = fc.constantFrom(
  '2028-02-29',
  '2026-12-31',
  '2026-01-01',
  '1970-01-01',
  '9999-12-31',
  '0001-01-01',
  '2026-04-01',
  '2027-03-31',
);
const hostileDate = fc.constantFrom(
  '2026-02-30',
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '2026-1-1',
  '26-01-01',
  '2026/01/01',
  '',
  'yesterday',
  '2026-01-01T00:00:00Z',
  '+275760-09-13',
  '2026-01-01\u0000',
  '-001-01-01',
);
const validMonth = fc
  .record({ y: fc.integer({ min: 2025, max: 2027 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${y}-${pad(m)}`);
const boundaryMonth = fc.constantFrom('2026-01', '2026-12', '1970-01', '9999-12', '0000-01');
const hostileMonth = fc.constantFrom('2026-13', '2026-00', '2026-1', '202601', '2026-01-01', '', 'month', '2026-02\u0000');

const validYear = fc.integer({ min: 2023, max: 2028 });
const boundaryInt = fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648, 2_000_000_000, 2_000_000_001);
/** Out of GraphQL's 32-bit Int, fractional, or not a number: coercion must refuse them. */
const hostileInt = fc.constantFrom<unknown>(2_147_483_648, -2_147_483_649, 1e20, 1.5, Number.MAX_SAFE_INTEGER, '12', true, [1]);
const validUuid = fc.uuid({ version: 4 });
const hostileId = fc.oneof(
  validUuid,
  fc.constantFrom<unknown>(
    '00000000-0000-0000-0000-000000000000',
    '1',
    'abc',
    '',
    "' OR '1'='1",
    'ffffffff-ffff-ffff-ffff-ffffffffffffff',
    '../../etc/passwd',
    12345,
    'a'.repeat(10_000),
    'id\u0000',
    'Ｆ'.repeat(36),
  ),
);

const ORG_NAMES = ['itoigawa', 'unknown-org', 'SHIOJIRI', 'hub', ''];
const validUrl = fc.constantFrom('http://127.0.0.1:1', 'http://localhost:9/', 'https://node.example.jp/orders');
const hostileUrl = fc.constantFrom(
  'file:///etc/passwd',
  'javascript:alert(1)',
  'http://169.254.169.254/latest/meta-data/',
  'not a url',
  'http://[::1',
  'gopher://127.0.0.1:5432/',
);

/** Picks `valid` or the profile's kind of value, one time in three for the latter. */
function profiled<T>(profile: Profile, valid: fc.Arbitrary<T>, boundary: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>): fc.Arbitrary<T> {
  if (profile === 'valid') return valid;
  return fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: profile === 'boundary' ? boundary : hostile, weight: 1 });
}

/** The supergraph type an id-like argument names: `offerId` → PoolOffer, `claimIds` → PoolClaim, `id` → the field's own type. */
export function idTypeOf(name: string, context: ArgumentContext): string | undefined {
  if (name === 'id' || name === 'ids') return context.returnType;
  const stem = /^(.*?)Ids?$/.exec(name)?.[1];
  if (!stem) return undefined;
  const wanted = stem[0].toUpperCase() + stem.slice(1);
  return context.typeNames.find((t) => t === wanted) ?? context.typeNames.find((t) => t.endsWith(wanted));
}

const isOrgArgument = (name: string) => name === 'orgId' || name.endsWith('OrgId');
const isDateArgument = (name: string, description: string) =>
  /YYYY-MM-DD/.test(description) || /(On|Date|deadline|periodFrom|periodTo|^from|^to|contractStart|contractEnd)$/.test(name);
const isMonthArgument = (name: string, description: string) => /YYYY-MM(?!-)/.test(description) || /[mM]onth$/.test(name);
const isIdArgument = (name: string) => name === 'id' || name === 'ids' || /Ids?$/.test(name);

function stringFor(name: string, description: string, profile: Profile, context: ArgumentContext): fc.Arbitrary<unknown> {
  if (isOrgArgument(name))
    return profiled<unknown>(
      profile,
      fc.nat().map((n) => new OrgRef(n)),
      fc.constantFrom(...ORG_NAMES),
      hostileText,
    );
  if (isIdArgument(name)) return idFor(name, profile, context);
  if (isMonthArgument(name, description)) return profiled(profile, validMonth, boundaryMonth, hostileMonth);
  if (isDateArgument(name, description)) return profiled(profile, validDate, boundaryDate, hostileDate);
  if (name === 'url') return profiled(profile, validUrl, validUrl, hostileUrl);
  if (/[eE]mail$/.test(name))
    return profiled(profile, fc.emailAddress(), fc.constantFrom('a@b', '@', 'x'.repeat(250) + '@example.jp'), hostileText);
  return profiled(profile, validText, boundaryText, hostileText);
}

function idFor(name: string, profile: Profile, context: ArgumentContext): fc.Arbitrary<unknown> {
  const type = idTypeOf(name, context);
  const fromPool = fc.nat().map((n) => new PoolRef(type, n));
  return profiled<unknown>(
    profile,
    fc.oneof({ arbitrary: fromPool, weight: 9 }, { arbitrary: validUuid, weight: 1 }),
    validUuid,
    hostileId,
  );
}

function intFor(name: string, description: string, profile: Profile): fc.Arbitrary<unknown> {
  let valid: fc.Arbitrary<number>;
  if (/[yY]ear$/.test(name)) valid = validYear;
  else if (name === 'first') valid = fc.integer({ min: 1, max: 50 });
  else if (name === 'weekday') valid = fc.integer({ min: 0, max: 6 });
  else if (/[sS]core$/.test(name)) valid = fc.integer({ min: 0, max: 100 });
  else if (name === 'evaluation') valid = fc.integer({ min: 1, max: 5 });
  else if (/[mM]inutes$/.test(name)) valid = fc.integer({ min: 1, max: 600 });
  else if (/[hH]ours/.test(name) || /Cap$/.test(name)) valid = fc.integer({ min: 1, max: 40 });
  else if (/Yen$/.test(name)) valid = fc.integer({ min: 1, max: 500_000 });
  else if (/ms$|Ms$/.test(name)) valid = fc.integer({ min: 100, max: 60_000 });
  else valid = fc.integer({ min: 1, max: 100 });
  void description;
  return profiled<unknown>(profile, valid, boundaryInt, hostileInt);
}

function scalarFor(
  type: GraphQLScalarType,
  name: string,
  description: string,
  profile: Profile,
  context: ArgumentContext,
): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'String':
      return stringFor(name, description, profile, context);
    case 'ID':
      return idFor(name, profile, context);
    case 'Int':
      return intFor(name, description, profile);
    case 'Float':
      return profiled<unknown>(
        profile,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.constantFrom(0, -0.0001, 1e308),
        fc.constantFrom<unknown>(Number.MAX_VALUE, '1.5', null),
      );
    case 'Boolean':
      return profiled<unknown>(profile, fc.boolean(), fc.boolean(), fc.constantFrom<unknown>('true', 1, 0));
    case 'DateTime':
      return profiled<unknown>(
        profile,
        fc.date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom('1970-01-01T00:00:00Z'),
        fc.constantFrom('2026-02-30T00:00:00Z', 'now', ''),
      );
    default:
      return profiled<unknown>(profile, validText, boundaryText, hostileText);
  }
}

function enumFor(type: GraphQLEnumType, profile: Profile): fc.Arbitrary<unknown> {
  const values = fc.constantFrom(...type.getValues().map((v) => v.name));
  return profiled<unknown>(profile, values, values, fc.constantFrom<unknown>('NOT_A_VALUE', type.getValues()[0].name.toLowerCase(), '', 0));
}

/**
 * A value for one argument or input field of `type`. Optional ones are left out (undefined) now
 * and then; in a hostile case a required one may be null, and a list may be empty or long.
 */
export function valueFor(
  type: GraphQLInputType,
  name: string,
  description: string,
  profile: Profile,
  context: ArgumentContext,
  depth = 0,
): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const itemType = (inner as GraphQLList<GraphQLInputType>).ofType;
    const item = valueFor(itemType, name, description, profile, context, depth + 1);
    const valid = fc.array(item, { minLength: 1, maxLength: 3 });
    // The long list is of valid items: 300 hostile 100 000-character strings would only test the body limit.
    const long = fc.array(valueFor(itemType, name, description, 'valid', context, depth + 1), { minLength: 200, maxLength: 300 });
    value = profiled<unknown>(profile, valid, fc.constant([]), long);
  } else if (isInputObjectType(inner)) {
    value = inputObjectFor(inner, profile, context, depth);
  } else if (isEnumType(inner)) {
    value = enumFor(inner, profile);
  } else {
    value = scalarFor(inner as GraphQLScalarType, name, description, profile, context);
  }
  if (required)
    return profile === 'hostile' ? fc.oneof({ arbitrary: value, weight: 19 }, { arbitrary: fc.constant(null), weight: 1 }) : value;
  return fc.oneof(
    { arbitrary: value, weight: 3 },
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: fc.constant(null), weight: profile === 'valid' ? 0 : 1 },
  );
}

function inputObjectFor(type: GraphQLInputObjectType, profile: Profile, context: ArgumentContext, depth: number): fc.Arbitrary<unknown> {
  const fields = Object.values(type.getFields());
  const record = fc.record(
    Object.fromEntries(
      fields.map((f) => {
        const arb = valueFor(f.type, f.name, f.description ?? '', profile, context, depth + 1);
        // A field with a default may always be left out: the schema fills it in.
        return [f.name, f.defaultValue !== undefined ? fc.oneof(arb, fc.constant(undefined)) : arb];
      }),
    ),
  );
  if (profile !== 'hostile') return record;
  // A field the type does not have: coercion must refuse it, not pass it on.
  return fc.oneof({ arbitrary: record, weight: 9 }, { arbitrary: record.map((r) => ({ ...(r as object), notAField: 'x' })), weight: 1 });
}
