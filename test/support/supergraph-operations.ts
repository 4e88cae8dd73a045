import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, ConstDirectiveNode, GraphQLEnumType, GraphQLObjectType, GraphQLSchema, valueFromASTUntyped } from 'graphql';

export const SUPERGRAPH_PATH = join(__dirname, '../../services/gateway/supergraph.graphql');

export interface RootOperation {
  /** `Query.orders`, `Mutation.createOrder`. */
  coordinate: string;
  field: string;
  /** The subgraph that resolves it, from its `@join__field(graph: …)`: `orders`, `reporting`, … */
  subgraph: string;
  /** Names of its arguments. */
  args: string[];
}

export interface EntityType {
  /** `Order@orders`: the type, and the subgraph whose `_entities` resolves it. */
  coordinate: string;
  type: string;
  subgraph: string;
  key: string;
}

/** The committed supergraph as a schema (join types and directives included), for tools that walk its types. */
export function supergraphSchema(sdl = readFileSync(SUPERGRAPH_PATH, 'utf8')): GraphQLSchema {
  return loadSupergraph(sdl).schema;
}

function loadSupergraph(sdl: string): { schema: GraphQLSchema; subgraphName(graph: string): string } {
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  const graphs = schema.getType('join__Graph');
  if (!(graphs instanceof GraphQLEnumType)) throw new Error('Not a supergraph: join__Graph is missing');
  const names = new Map(
    graphs.getValues().map((value) => [value.name, directiveArgs(value.astNode?.directives, 'join__graph')[0]?.name as string | undefined]),
  );
  return {
    schema,
    subgraphName(graph) {
      const name = names.get(graph);
      if (!name) throw new Error(`join__Graph.${graph} names no subgraph`);
      return name;
    },
  };
}

/** The arguments of each use of a (possibly repeatable) directive, in order. */
function directiveArgs(directives: readonly ConstDirectiveNode[] | undefined, name: string): Record<string, unknown>[] {
  return (directives ?? [])
    .filter((d) => d.name.value === name)
    .map((d) => Object.fromEntries((d.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)])));
}

/**
 * Every Query and Mutation field of the committed supergraph, with the subgraph that serves it.
 * Federation's own fields (`_entities`, `_service`, anything starting with `_`) are left out;
 * the join/link types and directives are not root fields.
 */
export function supergraphRootOperations(sdl = readFileSync(SUPERGRAPH_PATH, 'utf8')): RootOperation[] {
  const { schema, subgraphName } = loadSupergraph(sdl);
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type
      ? Object.values(type.getFields())
          .filter((field) => !field.name.startsWith('_'))
          .map((field) => {
            const graph = directiveArgs(field.astNode?.directives, 'join__field')[0]?.graph as string | undefined;
            if (!graph) throw new Error(`${type.name}.${field.name} names no subgraph in @join__field`);
            return {
              coordinate: `${type.name}.${field.name}`,
              field: field.name,
              subgraph: subgraphName(graph),
              args: field.args.map((a) => a.name),
            };
          })
      : [],
  );
}

/**
 * Every entity a subgraph resolves through `_entities`: each `@join__type(graph, key)` that is
 * not `resolvable: false`. These are reachable straight at a node, outside the root operations.
 */
export function supergraphEntityTypes(sdl = readFileSync(SUPERGRAPH_PATH, 'utf8')): EntityType[] {
  const { schema, subgraphName } = loadSupergraph(sdl);
  return Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => type instanceof GraphQLObjectType && !type.name.startsWith('_'))
    .flatMap((type) =>
      directiveArgs(type.astNode?.directives, 'join__type')
        .filter((args) => typeof args.key === 'string' && args.resolvable !== false)
        .map((args) => {
          const subgraph = subgraphName(args.graph as string);
          return { coordinate: `${type.name}@${subgraph}`, type: type.name, subgraph, key: args.key as string };
        }),
    );
}
