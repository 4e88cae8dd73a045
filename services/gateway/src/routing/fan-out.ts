import { ArgumentNode, DocumentNode, FieldNode, Kind, OperationDefinitionNode, SelectionNode, SelectionSetNode, visit } from 'graphql';
import type { FanOutRule, MergeKey } from '@kyodo/domain';
import { encodeKeyCursor, KeyValue } from '@kyodo/subgraph';
import { withRootSelections } from './subgraph-operation';

/** Prefix of the selections the gateway adds for merging; removed before the answer goes on. */
const HIDDEN = '_kyodoMerge';
const keyAlias = (i: number) => `${HIDDEN}K${i}`;
const MORE_ALIAS = `${HIDDEN}More`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A consortium-wide root field, prepared once per distinct subgraph query (cached by the caller). */
export interface FanOutPlan {
  responseKey: string;
  /** The operation every node gets: this field alone, with the merge keys selected. */
  query: string;
  /** Merges the nodes' values of the field (in org order), given the request's variables. */
  merge(values: Json[], variables: Record<string, unknown> | undefined): Json;
}

export function planFanOut(document: DocumentNode, index: number, rule: FanOutRule): FanOutPlan {
  const single = visit(document, {
    OperationDefinition(node: OperationDefinitionNode) {
      const selections = node.selectionSet.selections.map((s, i) => (i === index && s.kind === Kind.FIELD ? withMergeKeys(s, rule) : s));
      return { ...node, selectionSet: { ...node.selectionSet, selections } };
    },
  });
  const field = rootFields(document)[index];
  const responseKey = field.alias?.value ?? field.name.value;
  return { responseKey, query: withRootSelections(single, new Set([index])), merge: mergerFor(field, rule) };
}

function rootFields(document: DocumentNode): FieldNode[] {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('Subgraph fetch without an operation');
  return operation.selectionSet.selections as FieldNode[];
}

// ---- what the gateway asks each node for -------------------------------------------------

function aliased(alias: string, name: string, selectionSet?: SelectionSetNode): FieldNode {
  return {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: alias },
    name: { kind: Kind.NAME, value: name },
    ...(selectionSet ? { selectionSet } : {}),
  };
}

function withSelections(field: FieldNode, extra: SelectionNode[]): FieldNode {
  return { ...field, selectionSet: { kind: Kind.SELECTION_SET, selections: [...(field.selectionSet?.selections ?? []), ...extra] } };
}

const keySelections = (orderBy: readonly MergeKey[]) => orderBy.map((key, i) => aliased(keyAlias(i), key.field));

function mapChildFields(field: FieldNode, map: (child: FieldNode) => FieldNode): FieldNode {
  const selections = (field.selectionSet?.selections ?? []).map((s) => (s.kind === Kind.FIELD ? map(s) : s));
  return { ...field, selectionSet: { kind: Kind.SELECTION_SET, selections } };
}

function withMergeKeys(field: FieldNode, rule: FanOutRule): FieldNode {
  switch (rule.merge) {
    case 'list':
      return withSelections(field, keySelections(rule.orderBy));
    case 'page': {
      const withKeys = mapChildFields(field, (child) =>
        child.name.value === 'nodes' ? withSelections(child, keySelections(rule.orderBy)) : child,
      );
      const more = aliased(MORE_ALIAS, 'pageInfo', { kind: Kind.SELECTION_SET, selections: [aliased('hasNextPage', 'hasNextPage')] });
      return withSelections(withKeys, [more]);
    }
    case 'sum': {
      const alignBy = rule.alignBy ?? {};
      return mapChildFields(field, (child) =>
        alignBy[child.name.value] ? withSelections(child, [aliased(keyAlias(0), alignBy[child.name.value])]) : child,
      );
    }
  }
}

// ---- how the answers come together -----------------------------------------------------

function keysOf(item: JsonObject, arity: number): KeyValue[] {
  return Array.from({ length: arity }, (_, i) => item[keyAlias(i)] as KeyValue);
}

function compareKeys(a: KeyValue[], b: KeyValue[], orderBy: readonly MergeKey[]): number {
  for (let i = 0; i < orderBy.length; i++) {
    const [x, y] = [a[i], b[i]];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
    if (order !== 0) return orderBy[i].descending ? -order : order;
  }
  return 0;
}

/** Drops the gateway's own selections from an answer (deeply). */
function withoutHidden(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutHidden);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !k.startsWith(HIDDEN))
      .map(([k, v]) => [k, withoutHidden(v)]),
  );
}

function sortedItems(lists: Json[][], orderBy: readonly MergeKey[]): { item: JsonObject; keys: KeyValue[] }[] {
  return lists
    .flat()
    .map((item) => ({ item: item as JsonObject, keys: keysOf(item as JsonObject, orderBy.length) }))
    .sort((a, b) => compareKeys(a.keys, b.keys, orderBy));
}

function argumentValue(field: FieldNode, name: string, variables: Record<string, unknown> | undefined): unknown {
  const arg: ArgumentNode | undefined = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  if (arg.value.kind === Kind.VARIABLE) return variables?.[arg.value.name.value];
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  return undefined;
}

function mergerFor(field: FieldNode, rule: FanOutRule): FanOutPlan['merge'] {
  const objects = (values: Json[]) => values.filter((v): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v));
  switch (rule.merge) {
    case 'list':
      return (values) => withoutHidden(sortedItems(values.filter(Array.isArray) as Json[][], rule.orderBy).map((x) => x.item));
    case 'page': {
      const children = (field.selectionSet?.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD);
      return (values, variables) => {
        const pages = objects(values);
        if (pages.length === 0) return null;
        const first = Number(argumentValue(field, 'first', variables) ?? rule.defaultFirst);
        const all = sortedItems(
          pages.map((p) => (Array.isArray(p.nodes) ? p.nodes : [])),
          rule.orderBy,
        );
        const shown = all.slice(0, first);
        const last = shown[shown.length - 1];
        // More exists when some node had more than it sent, or the nodes together sent more than fit.
        const hasNextPage = all.length > first || pages.some((p) => (p[MORE_ALIAS] as JsonObject | null)?.hasNextPage === true);
        const pageInfo = { endCursor: last ? encodeKeyCursor(last.keys) : null, hasNextPage, __typename: 'PageInfo' };
        const merged: JsonObject = { ...pages[0] };
        for (const child of children) {
          const key = child.alias?.value ?? child.name.value;
          if (child.name.value === 'nodes') merged[key] = shown.map((x) => x.item);
          if (child.name.value === 'pageInfo') merged[key] = selectFrom(pageInfo, child);
        }
        return withoutHidden(merged);
      };
    }
    case 'sum':
      return (values) => {
        const present = values.filter((v) => v !== null);
        return present.length === 0 ? null : withoutHidden(present.slice(1).reduce<Json>((sum, value) => addJson(sum, value), present[0]));
      };
  }
}

function selectFrom(source: Record<string, Json>, field: FieldNode): JsonObject {
  const out: JsonObject = {};
  for (const s of field.selectionSet?.selections ?? [])
    if (s.kind === Kind.FIELD) out[s.alias?.value ?? s.name.value] = source[s.name.value] ?? null;
  return out;
}

/** Adds two answers of the same shape: numbers summed, aligned lists merged by their key. */
function addJson(a: Json, b: Json): Json {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) {
    const alignKey = keyAlias(0);
    if (!a.some((x) => x !== null && typeof x === 'object' && alignKey in (x as JsonObject))) return a;
    const merged = new Map<string, Json>();
    for (const item of [...a, ...b]) {
      const key = String((item as JsonObject)[alignKey]);
      const earlier = merged.get(key);
      merged.set(key, earlier === undefined ? item : addJson(earlier, item));
    }
    return [...merged.values()];
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    return Object.fromEntries(Object.keys({ ...a, ...b }).map((k) => [k, k in a && k in b ? addJson(a[k], b[k]) : (a[k] ?? b[k])]));
  }
  return a ?? b;
}
