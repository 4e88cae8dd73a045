import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import { REPO_ROOT } from '@kyodo/consortium-tools';

/** The services that may ask another subgraph through the gateway (the gateway itself routes, it asks no one). */
export const CALLERS = ['orders', 'workers', 'training', 'reporting', 'consortium'] as const;
export type Service = (typeof CALLERS)[number];

/**
 * One arrow of the runtime call map (README, "Calls between nodes"): `caller` asks `callee`
 * through the gateway at run time, with the caller's token or as its service account.
 */
export interface CallArrow {
  caller: Service;
  callee: Service;
  what: string;
}

/**
 * Which services each service may ask (issue #15: one direction per pair): workers ask orders and
 * training; orders and training ask no other service; reporting and the consortium service read
 * through the gateway. A node may also ask nodes of its own kind at other members (read only).
 */
export const MAY_ASK: Readonly<Record<Service, readonly Service[]>> = {
  workers: ['orders', 'training'],
  orders: [],
  training: [],
  reporting: ['orders', 'workers', 'consortium'],
  consortium: ['training'],
};

export const RUNTIME_CALL_MAP: readonly CallArrow[] = [
  {
    caller: 'workers',
    callee: 'orders',
    what: "a task's requirements and brief, claims on the pool (booking, offers, own view); an order's work period (feasibility), a statement's claims and months (settlement)",
  },
  {
    caller: 'workers',
    callee: 'orders',
    what: "a feasibility check's counted capacity, a settlement's partner minutes and an order's checked lead worker, pushed as the kyodo-workers service account (recordFeasibilityCheck, recordSettlement, recordOrderLeadWorker)",
  },
  {
    caller: 'workers',
    callee: 'workers',
    what: "other members' consortium capacity (a feasibility check short on the org's own), a partner's approved minutes per claim (settlement), whether a partner's worker may lead an order (consent, referableWorker): nodes of the same kind, read only",
  },
  {
    caller: 'workers',
    callee: 'training',
    what: "a worker's missing trainings (booking); completions and promotion rules (promotion readiness, promoteWorker); a worker's own enrollments and missing trainings, a completed enrollment for a certificate, and enrolments pushed as the kyodo-workers service account (workerEnrollments, missingTrainings, enrollment, recordEnrollment)",
  },
  { caller: 'reporting', callee: 'orders', what: "members' aggregates (fan-out, support body's or reporting's own service account)" },
  { caller: 'reporting', callee: 'workers', what: "members' aggregates (fan-out)" },
  { caller: 'reporting', callee: 'consortium', what: 'the member list of a snapshot' },
  { caller: 'consortium', callee: 'training', what: "a new member's starter catalogue and promotion rules (onboarding)" },
  {
    caller: 'training',
    callee: 'training',
    what: "another member's shared courses (研修の共有化): a node of the same kind at another member, read only",
  },
];

/** Arrows between two different services. */
export function askArrows(map: readonly CallArrow[]): CallArrow[] {
  return map.filter((arrow) => arrow.caller !== arrow.callee);
}

/** A cycle among the arrows as a list of services (first repeated last), or null when there is none. */
export function findCycle(arrows: readonly { caller: string; callee: string }[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const { caller, callee } of arrows) next.set(caller, [...(next.get(caller) ?? []), callee]);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (service: string): string[] | null => {
    if (state.get(service) === 'done') return null;
    if (state.get(service) === 'open') return [...path.slice(path.indexOf(service)), service];
    state.set(service, 'open');
    path.push(service);
    for (const callee of next.get(service) ?? []) {
      const cycle = visit(callee);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(service, 'done');
    return null;
  };
  for (const service of next.keys()) {
    const cycle = visit(service);
    if (cycle) return cycle;
  }
  return null;
}

/** Which subgraph serves each root field (Query and Mutation), from the committed SDL. */
export function rootFieldOwners(): Map<string, Service> {
  const owners = new Map<string, Service>();
  for (const service of CALLERS) {
    const document = parse(readFileSync(join(REPO_ROOT, 'services', service, 'schema.graphql'), 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (definition.name.value !== 'Query' && definition.name.value !== 'Mutation') continue;
      for (const field of definition.fields ?? []) owners.set(`${definition.name.value}.${field.name.value}`, service);
    }
  }
  return owners;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' || name === '__snapshots__' ? [] : filesUnder(path);
    return [path];
  });
}

/** A GraphQL operation in a literal: `query …`, `mutation …` or a bare `{ … }` selection that parses. */
function literalOperations(source: string): DocumentNode[] {
  const documents: DocumentNode[] = [];
  for (const [, text] of source.matchAll(/`([^`]*)`/g)) {
    if (!/^\s*(query|mutation)\b/.test(text)) continue;
    try {
      // An interpolated selection (a shared list of fields) reads as one field: the root fields are what count.
      documents.push(parse(text.replace(/\$\{[^}]*\}/g, '__typename')));
    } catch {
      // Not GraphQL (SQL or a message that happens to start with the word).
    }
  }
  return documents;
}

/**
 * The arrows the code actually has: every operation a service sends through the gateway — its
 * typed `.graphql` files under src/upstream and operation literals in its source (specs and
 * test-support left out)
 * — mapped to the subgraph that serves each root field. Keyed `caller→callee`, with the fields.
 */
export function arrowsInCode(): Map<string, Set<string>> {
  const owners = rootFieldOwners();
  const arrows = new Map<string, Set<string>>();
  for (const caller of CALLERS) {
    for (const file of filesUnder(join(REPO_ROOT, 'services', caller, 'src'))) {
      // Specs and their helpers (test-support) call their own node directly, not through the gateway.
      if (file.endsWith('.spec.ts') || file.includes('/migrations/') || file.includes('/test-support/')) continue;
      const text = readFileSync(file, 'utf8');
      const documents =
        file.endsWith('.graphql') && file.includes('/upstream/') ? [parse(text)] : file.endsWith('.ts') ? literalOperations(text) : [];
      for (const document of documents) {
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
          const root = definition.operation === 'mutation' ? 'Mutation' : 'Query';
          for (const selection of definition.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD) continue;
            const callee = owners.get(`${root}.${selection.name.value}`);
            if (!callee) continue;
            const key = `${caller}→${callee}`;
            arrows.set(key, (arrows.get(key) ?? new Set()).add(`${root}.${selection.name.value}`));
          }
        }
      }
    }
  }
  return arrows;
}
