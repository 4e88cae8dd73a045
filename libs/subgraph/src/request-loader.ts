import DataLoader from 'dataloader';

const LOADERS = Symbol('kyodo:loaders');

type LoaderHost = { [LOADERS]?: Map<string, DataLoader<unknown, unknown>> };

/**
 * One DataLoader per request and key, kept on the request context so that every field
 * resolver in a request shares it and nested lists batch into one query per level.
 */
export function requestLoader<K, V>(
  context: object,
  key: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
): DataLoader<K, V> {
  const host = context as LoaderHost;
  host[LOADERS] ??= new Map();
  let loader = host[LOADERS].get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    host[LOADERS].set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders rows to match the keys; a missing row becomes `fallback`. */
export function alignByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K, fallback: V | null = null): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? fallback);
}
