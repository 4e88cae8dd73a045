import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLSchema,
  isLeafType,
  isListType,
} from 'graphql';
import { ExecutionLimitsConfig, loadConfig } from '@kyodo/config';

export interface ExecutionLimits {
  /** Resolution stops this long after the request arrived, in ms. */
  deadlineMs: number;
  /** Fields one answer may hold. */
  maxResultNodes: number;
  /** Bytes (JSON, estimated as fields resolve) one answer may hold. */
  maxResponseBytes: number;
}

export type ExecutionLimitCode = 'EXECUTION_DEADLINE_EXCEEDED' | 'RESPONSE_TOO_LARGE';

/** The limits every service validated at boot (ServiceConfig extends ExecutionLimitsConfig); defaults where a test builds an app without them. */
export function executionLimitsFromEnv(env: Record<string, string | undefined> = process.env): ExecutionLimits {
  const config = loadConfig(ExecutionLimitsConfig, env);
  return {
    deadlineMs: config.EXECUTION_DEADLINE_MS,
    maxResultNodes: config.EXECUTION_MAX_RESULT_NODES,
    maxResponseBytes: config.EXECUTION_MAX_RESPONSE_BYTES,
  };
}

/** What one request has spent so far, and the error that stopped it, once one has. */
class ExecutionBudget {
  private readonly deadline: number;
  private nodes = 0;
  private bytes = 0;
  stopped?: GraphQLError;

  constructor(private readonly limits: ExecutionLimits) {
    this.deadline = Date.now() + limits.deadlineMs;
  }

  /** Before a field resolves: the error that stops it (and every field after it), or undefined to go on. */
  enterField(responseKey: string): GraphQLError | undefined {
    if (this.stopped) return this.stopped;
    if (Date.now() > this.deadline)
      return this.stop('EXECUTION_DEADLINE_EXCEEDED', `The request ran past its ${this.limits.deadlineMs} ms execution deadline.`);
    this.nodes += 1;
    this.bytes += responseKey.length + 4; // "key":…,
    if (this.nodes > this.limits.maxResultNodes)
      return this.stop('RESPONSE_TOO_LARGE', `The answer would hold more than ${this.limits.maxResultNodes} fields.`);
    return undefined;
  }

  /** After a list resolved: each of its items is a node of the answer too. The error that stops it (before its items are completed), if any. */
  listResolved(items: number): GraphQLError | undefined {
    if (this.stopped) return this.stopped;
    this.nodes += items;
    this.bytes += items;
    if (this.nodes > this.limits.maxResultNodes)
      return this.stop('RESPONSE_TOO_LARGE', `The answer would hold more than ${this.limits.maxResultNodes} fields.`);
    return undefined;
  }

  /** After a leaf resolved: its value's size counts towards the byte cap. */
  leafResolved(value: unknown): void {
    this.bytes += jsonSize(value);
    if (this.bytes > this.limits.maxResponseBytes)
      this.stop('RESPONSE_TOO_LARGE', `The answer would be larger than ${this.limits.maxResponseBytes} bytes.`);
  }

  private stop(code: ExecutionLimitCode, message: string): GraphQLError {
    // With a path already set, graphql-js reports this very error for every field it stops
    // instead of wrapping it anew (with a stack trace) for each of perhaps a million fields.
    return (this.stopped ??= new GraphQLError(message, { path: [], extensions: { code } }));
  }
}

const BUDGET = Symbol('kyodo:execution-budget');
const guardedSchemas = new WeakSet<GraphQLSchema>();

/**
 * Puts the budget check in front of every field resolver of the schema (once per schema, as
 * Apollo itself instruments resolvers for plugins). A stopped field answers a rejected promise
 * rather than throwing: graphql-js 16 leaves a sibling field's promise unhandled when a field
 * throws synchronously, and an unhandled rejection would end the very process this protects.
 */
function guardResolvers(schema: GraphQLSchema): void {
  if (guardedSchemas.has(schema)) return;
  guardedSchemas.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const leaf = isLeafType(getNamedType(field.type));
      const list = isListType(getNullableType(field.type));
      field.resolve = (source, args, context: Record<symbol, ExecutionBudget | undefined> | undefined, info) => {
        const budget = context?.[BUDGET];
        if (!budget) return resolve(source, args, context, info);
        const stopped = budget.enterField(info.path.key as string);
        if (stopped) return Promise.reject(stopped);
        const result = resolve(source, args, context, info);
        if (list && !leaf) {
          // Refuse a list whose items would pass the cap before graphql-js completes any of them.
          const counted = (value: unknown) => {
            const over = Array.isArray(value) ? budget.listResolved(value.length) : undefined;
            if (over) throw over;
            return value;
          };
          if (isPromiseLike(result)) return Promise.resolve(result).then(counted);
          const over = Array.isArray(result) ? budget.listResolved(result.length) : undefined;
          return over ? Promise.reject(over) : result;
        }
        if (!leaf) return result;
        if (isPromiseLike(result)) return Promise.resolve(result).then((value) => (budget.leafResolved(value), value));
        budget.leafResolved(result);
        return result;
      };
    }
  }
}

/**
 * Stops a request that would hurt the node, while it resolves rather than after: each field
 * checks the request's deadline and how many fields and bytes its answer already holds, and
 * once one is past, that field and every field after it fail instead of resolving (so a
 * cyclic query stops descending, its data loaders stop loading). The request then fails alone
 * with one coded error and no data; other requests go on. Operation limits (depth, cost)
 * refuse most such requests before they start; this is the wall for what gets past them.
 */
export function executionGuardPlugin(limits: ExecutionLimits = executionLimitsFromEnv()): ApolloServerPlugin {
  return {
    async requestDidStart({ schema, contextValue }): Promise<GraphQLRequestListener<object>> {
      const budget = new ExecutionBudget(limits);
      guardResolvers(schema);
      Object.defineProperty(contextValue, BUDGET, { value: budget });
      return {
        async willSendResponse({ response }) {
          if (!budget.stopped || response.body.kind !== 'single') return;
          // One error for the whole request, not one per field it cut off; no partial data.
          response.body.singleResult.data = null;
          response.body.singleResult.errors = [{ message: budget.stopped.message, extensions: { code: budget.stopped.extensions.code } }];
        },
      };
    },
  };
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

function jsonSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return value.length + 2;
  if (Array.isArray(value)) return value.reduce((sum: number, item: unknown) => sum + jsonSize(item) + 1, 2);
  // Yen resolves to a bigint, which JSON.stringify refuses; the wire carries it as a decimal string.
  if (typeof value === 'bigint') return String(value).length + 2;
  if (typeof value === 'object')
    return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? String(item) : item))?.length ?? 4;
  return String(value).length;
}
