import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLSchema, parse } from 'graphql';
import { FAN_OUT_FIELDS } from '@kyodo/domain';
import {
  GATEWAY_OPERATION_LIMITS,
  limitRefusal,
  measureOperation,
  NODE_OPERATION_LIMITS,
  OperationLimits,
  OperationMeasure,
} from '@kyodo/subgraph';
import { SUPERGRAPH_PATH } from './supergraph-operations';

/** What the gateway of a test consortium recorded (services/gateway/src/routing/operation-recorder.ts). */
type Recorded =
  | { kind: 'client'; query: string; operationName?: string; variables?: Record<string, unknown>; activeMembers: number }
  | { kind: 'subgraph'; subgraph: string; orgId: string; query: string; operationName?: string; variables?: Record<string, unknown> };

export interface CensusFinding {
  where: string;
  query: string;
  measure?: OperationMeasure;
  problem: string;
}

export interface Census {
  clientOperations: number;
  subgraphRequests: number;
  entityBatches: number;
  largestEntityBatch: number;
  /** The largest figure of each kind, at the gateway and at the nodes, with the operation that has it. */
  max: {
    gateway: Record<keyof OperationMeasure, { value: number; query: string }>;
    node: Record<keyof OperationMeasure, { value: number; query: string }>;
  };
  /** Operations over their limits (or that do not parse against the schema). */
  over: CensusFinding[];
}

function schemas(): { gateway: GraphQLSchema; subgraph: Map<string, GraphQLSchema> } {
  const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  const gateway = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  const manifest = JSON.parse(readFileSync(SUPERGRAPH_PATH.replace(/\.graphql$/, '.subgraphs.json'), 'utf8')) as Record<
    string,
    { sdl: string }
  >;
  const subgraph = new Map(Object.entries(manifest).map(([name, { sdl }]) => [name, buildSubgraphSchema({ typeDefs: parse(sdl) })]));
  return { gateway, subgraph };
}

/** Every operation log under a directory tree of test logs (`.kyodo/test-logs/<run>/operations.jsonl`). */
export function operationLogs(root: string, name = 'operations.jsonl'): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const path = join(root, entry.name);
    if (entry.isDirectory()) return operationLogs(path, name);
    return entry.name === name ? [path] : [];
  });
}

const KEYS: (keyof OperationMeasure)[] = ['depth', 'aliases', 'directives', 'tokens', 'cost'];
const empty = () => Object.fromEntries(KEYS.map((k) => [k, { value: 0, query: '' }])) as Census['max']['gateway'];

/**
 * Measures every recorded operation as the limits do: a client operation against the gateway's
 * schema and limits (a consortium-wide field once per member active then), a subgraph request
 * against that subgraph's schema and the node limits (an `_entities` batch counted with its
 * representations).
 */
export function takeCensus(
  files: string[],
  limits: { gateway: OperationLimits; node: OperationLimits } = { gateway: GATEWAY_OPERATION_LIMITS, node: NODE_OPERATION_LIMITS },
): Census {
  const { gateway, subgraph } = schemas();
  const census: Census = {
    clientOperations: 0,
    subgraphRequests: 0,
    entityBatches: 0,
    largestEntityBatch: 0,
    max: { gateway: empty(), node: empty() },
    over: [],
  };
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as Recorded;
      const schema = entry.kind === 'client' ? gateway : subgraph.get(entry.subgraph);
      const where = entry.kind === 'client' ? 'gateway' : `${entry.subgraph} node`;
      if (!schema) {
        census.over.push({ where, query: entry.query, problem: 'no schema for this subgraph' });
        continue;
      }
      if (entry.kind === 'client') census.clientOperations++;
      else census.subgraphRequests++;
      const representations = entry.variables?.representations;
      if (Array.isArray(representations)) {
        census.entityBatches++;
        census.largestEntityBatch = Math.max(census.largestEntityBatch, representations.length);
      }
      let measure: OperationMeasure;
      try {
        const members = entry.kind === 'client' ? entry.activeMembers : 1;
        measure = measureOperation(schema, parse(entry.query), entry.query, entry.variables, entry.operationName, {
          fieldMultiplier: (coordinate) => (entry.kind === 'client' && FAN_OUT_FIELDS[coordinate] ? Math.max(members, 1) : 1),
        });
      } catch (error) {
        // An operation a test sends on purpose broken (syntax, unknown field) is refused anyway.
        if (entry.kind === 'client') continue;
        census.over.push({ where, query: entry.query, problem: `not measurable: ${(error as Error).message}` });
        continue;
      }
      const side = entry.kind === 'client' ? census.max.gateway : census.max.node;
      for (const key of KEYS) if (measure[key] > side[key].value) side[key] = { value: measure[key], query: entry.query };
      const refusal = limitRefusal(measure, entry.kind === 'client' ? limits.gateway : limits.node);
      if (refusal) census.over.push({ where, query: entry.query, measure, problem: refusal.message });
    }
  }
  return census;
}
