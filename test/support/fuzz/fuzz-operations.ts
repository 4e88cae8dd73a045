import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { RootOperation, supergraphRootOperations, supergraphSchema } from '../supergraph-operations';

/** One root field of the supergraph as the fuzzer sends it: a fixed document, arguments as variables. */
export interface FuzzOperation extends RootOperation {
  kind: 'query' | 'mutation';
  /** Every argument is a variable (`$<arg>`), so a case is the document plus a variables object. */
  document: string;
  arguments: readonly GraphQLArgument[];
  /** The named type the field returns: what an `id` argument most likely names (`order(id)` → Order). */
  returnType: GraphQLNamedType;
}

/** How deep the selection goes below the root field: deep enough to cross into other nodes (`Order.leadWorker`). */
const SELECTION_DEPTH = 2;

/**
 * Every Query and Mutation of the committed supergraph (the list test/support/supergraph-operations.ts
 * reads), each with one document that declares all its arguments as variables and selects every
 * leaf field, and `__typename`, down to SELECTION_DEPTH object levels. Fields that need arguments
 * of their own are left out of the selection; their root fields are fuzzed on their own.
 */
export function fuzzOperations(schema: GraphQLSchema = supergraphSchema()): FuzzOperation[] {
  return supergraphRootOperations().map((op) => {
    const kind = op.coordinate.startsWith('Mutation.') ? 'mutation' : 'query';
    const root = kind === 'mutation' ? schema.getMutationType() : schema.getQueryType();
    const field = root!.getFields()[op.field];
    return { ...op, kind, document: documentFor(kind, field), arguments: field.args, returnType: getNamedType(field.type) };
  });
}

function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type as GraphQLInputType)}`);
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`);
  const name = `Fuzz_${field.name}`;
  return `${kind} ${name}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selectionOf(getNamedType(field.type), SELECTION_DEPTH)} }`;
}

function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return ' { __typename }';
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter(
    (f) => !f.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined),
  );
  const parts = ['__typename'];
  for (const f of fields) {
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (depth > 0) parts.push(`${f.name}${selectionOf(named, depth - 1)}`);
  }
  return ` { ${parts.join(' ')} }`;
}
