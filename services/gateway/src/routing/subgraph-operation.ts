import { DocumentNode, FieldNode, Kind, OperationDefinitionNode, parse, print, SelectionNode, valueFromASTUntyped, visit } from 'graphql';

/**
 * How the `orgId` argument of a root field is given: inline, through a variable (with the
 * default its definition declares, if any), or not at all.
 */
export type OrgArgument = { literal: string } | { variable: string; defaultValue?: unknown } | null;

export interface RootField {
  /** Position among the root selections. */
  index: number;
  /** Alias or field name: the key under `data` in the response. */
  responseKey: string;
  /** `Query.orders`, `Mutation.createOrder`: how cross-org declarations name a field. */
  coordinate: string;
  orgArgument: OrgArgument;
}

export type SubgraphOperation =
  | { kind: 'entities' }
  | { kind: 'root'; operationType: 'query' | 'mutation' | 'subscription'; document: DocumentNode; fields: RootField[] };

const CACHE_LIMIT = 2000;
const cache = new Map<string, SubgraphOperation>();

/**
 * Reads what a subgraph fetch from the query planner does. The planner sends the same few
 * strings again and again, so the analysis is cached per query text (bounded, oldest out).
 */
export function analyzeOperation(query: string): SubgraphOperation {
  const cached = cache.get(query);
  if (cached) return cached;
  const analysis = analyze(parse(query));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(query, analysis);
  return analysis;
}

function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('Subgraph fetch without an operation');
  return operation;
}

function analyze(document: DocumentNode): SubgraphOperation {
  const operation = operationOf(document);
  const selections = operation.selectionSet.selections;
  if (selections.some((s) => s.kind === Kind.FIELD && s.name.value === '_entities')) return { kind: 'entities' };
  return {
    kind: 'root',
    operationType: operation.operation,
    document,
    fields: selections.map((selection, index) => rootField(selection, index, operation.operation, variableDefaults(operation))),
  };
}

const ROOT_TYPE = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** The default value each variable definition declares (`$org: String = "tateshina"`). */
function variableDefaults(operation: OperationDefinitionNode): Map<string, unknown> {
  return new Map(
    (operation.variableDefinitions ?? [])
      .filter((d) => d.defaultValue)
      .map((d) => [d.variable.name.value, valueFromASTUntyped(d.defaultValue!)]),
  );
}

function rootField(
  selection: SelectionNode,
  index: number,
  operationType: keyof typeof ROOT_TYPE,
  defaults: Map<string, unknown>,
): RootField {
  if (selection.kind !== Kind.FIELD) return { index, responseKey: `#${index}`, coordinate: '', orgArgument: null };
  const field: FieldNode = selection;
  const arg = field.arguments?.find((a) => a.name.value === 'orgId');
  let orgArgument: OrgArgument = null;
  if (arg?.value.kind === Kind.STRING) orgArgument = { literal: arg.value.value };
  else if (arg?.value.kind === Kind.VARIABLE) {
    const variable = arg.value.name.value;
    orgArgument = defaults.has(variable) ? { variable, defaultValue: defaults.get(variable) } : { variable };
  }
  return {
    index,
    responseKey: field.alias?.value ?? field.name.value,
    coordinate: `${ROOT_TYPE[operationType]}.${field.name.value}`,
    orgArgument,
  };
}

/**
 * The org a root field names, or undefined when it names none. A variable is read as GraphQL
 * coerces it: the value sent, else the default of its definition (a default must not slip a
 * name past the gateway's org check); an explicit null is null.
 */
export function namedOrg(field: RootField, variables: Record<string, unknown> | undefined): string | undefined {
  const arg = field.orgArgument;
  if (!arg) return undefined;
  if ('literal' in arg) return arg.literal;
  const value = variables && Object.prototype.hasOwnProperty.call(variables, arg.variable) ? variables[arg.variable] : arg.defaultValue;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The same operation with only some root selections, and only the variables those still use
 * (a subgraph rejects an operation that declares a variable it does not use).
 */
export function withRootSelections(document: DocumentNode, keep: ReadonlySet<number>): string {
  const trimmed = visit(document, {
    OperationDefinition(node) {
      return { ...node, selectionSet: { ...node.selectionSet, selections: node.selectionSet.selections.filter((_, i) => keep.has(i)) } };
    },
  });
  const used = new Set<string>();
  visit(operationOf(trimmed).selectionSet, { Variable: (v) => void used.add(v.name.value) });
  for (const definition of trimmed.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, { Variable: (v) => void used.add(v.name.value) });
  }
  const pruned = visit(trimmed, {
    OperationDefinition(node) {
      return { ...node, variableDefinitions: node.variableDefinitions?.filter((d) => used.has(d.variable.name.value)) };
    },
  });
  return print(pruned);
}
