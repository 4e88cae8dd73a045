import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  NamedTypeNode,
  parse,
  typeFromAST,
  validate,
} from 'graphql';
import { measureOperation, OperationMeasure } from '@kyodo/subgraph';

// Reads every gql`…` document written in test/**/*.e2e.spec.ts (interpolated constants of the
// same file resolved), keeps those valid against the supergraph's API schema, and prints the
// largest depth, aliases, directives, tokens and cost (with each `first` at its default, or 100
// when a variable gives it; a fan-out field over 3 members). It is how the limits were set;
// the census (tools/ci/operation-census.ts) checks what the suite really sends.
//   node -r @swc-node/register tools/ci/measure-e2e-operations.ts
const root = join(__dirname, '../../test');
const schema = Supergraph.build(readFileSync(join(__dirname, '../../services/gateway/supergraph.graphql'), 'utf8'))
  .apiSchema()
  .toGraphQLJSSchema();
const FAN_OUT = new Set([
  'Query.consortiumCourses',
  'Query.consortiumCapacity',
  'Query.consortiumPool',
  'Query.consortiumOrderAggregates',
  'Query.consortiumWorkforceAggregates',
]);

function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? specFiles(join(dir, e.name)) : e.name.endsWith('.e2e.spec.ts') ? [join(dir, e.name)] : [],
  );
}

function documents(source: string): string[] {
  const constants = new Map<string, string>();
  for (const m of source.matchAll(/const (\w+) = (?:gql)?`([^`]*)`/g)) constants.set(m[1], m[2]);
  for (const m of source.matchAll(/const (\w+) = '([^']*)'/g)) constants.set(m[1], m[2]);
  const resolve = (text: string, depth = 0): string =>
    depth > 5 ? text : text.replace(/\$\{(\w+)\}/g, (_, name: string) => resolve(constants.get(name) ?? '', depth + 1));
  return [...source.matchAll(/gql`([^`]*)`/g)].map((m) => resolve(m[1]));
}

/** A value of the variable's type: the largest page for `first`, else the smallest valid value (cost does not depend on it). */
function placeholder(name: string, type: GraphQLInputType | undefined): unknown {
  if (!type) return null;
  if (type instanceof GraphQLNonNull) return placeholder(name, type.ofType);
  if (type instanceof GraphQLList) return [placeholder(name, type.ofType)];
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType) return named.getValues()[0]?.value;
  if (named instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => f.type instanceof GraphQLNonNull)
        .map((f) => [f.name, placeholder(f.name, f.type)]),
    );
  }
  if (named instanceof GraphQLScalarType) {
    if (named.name === 'Int') return /first|limit/i.test(name) ? 100 : 2026;
    if (named.name === 'Float') return 1;
    if (named.name === 'Boolean') return true;
    return 'x';
  }
  return null;
}

const KEYS: (keyof OperationMeasure)[] = ['depth', 'aliases', 'directives', 'tokens', 'cost'];
const max = Object.fromEntries(KEYS.map((k) => [k, { value: 0, query: '', file: '' }]));
let measured = 0;
let skipped = 0;
for (const file of specFiles(root)) {
  if (file.includes('red-team')) continue; // over the limits on purpose
  for (const text of documents(readFileSync(file, 'utf8'))) {
    let document;
    try {
      document = parse(text);
    } catch (error) {
      skipped++;
      if (process.env.MEASURE_VERBOSE) console.log('skipped (parse):', (error as Error).message, text.slice(0, 100));
      continue;
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      skipped++;
      if (process.env.MEASURE_VERBOSE) console.log('skipped (invalid):', invalid[0].message, text.slice(0, 100));
      continue;
    }
    const variables: Record<string, unknown> = {};
    for (const definition of document.definitions) {
      if (definition.kind !== 'OperationDefinition') continue;
      for (const v of definition.variableDefinitions ?? [])
        variables[v.variable.name.value] = placeholder(
          v.variable.name.value,
          typeFromAST(schema, v.type as NamedTypeNode) as GraphQLInputType | undefined,
        );
    }
    let m: OperationMeasure;
    try {
      m = measureOperation(schema, document, text, variables, undefined, { fieldMultiplier: (c) => (FAN_OUT.has(c) ? 3 : 1) });
    } catch (error) {
      skipped++;
      if (process.env.MEASURE_VERBOSE) console.log('skipped (measure):', (error as Error).message, text.slice(0, 100));
      continue;
    }
    measured++;
    for (const k of KEYS)
      if (m[k] > max[k].value)
        max[k] = { value: m[k], query: text.replace(/\s+/g, ' ').trim().slice(0, 240), file: file.slice(root.length + 1) };
  }
}
console.log(JSON.stringify({ measured, skipped, max: Object.fromEntries(KEYS.map((k) => [k, max[k].value])) }));
for (const k of KEYS) console.log(`${k} ${max[k].value} (${max[k].file}): ${max[k].query}`);
