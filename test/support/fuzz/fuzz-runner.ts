import { Client } from 'pg';
import { RunningConsortium } from '@kyodo/consortium-tools';
import { NodeSubgraph } from '@kyodo/domain';
import { tokenFor } from '@kyodo/testing';
import { supergraphSchema } from '../supergraph-operations';
import { DatabaseFingerprint } from './database-fingerprint';
import { ANONYMOUS, FuzzCase, fuzzCases, fuzzRoles } from './fuzz-cases';
import { fuzzOperations } from './fuzz-operations';
import { seedFuzzData } from './fuzz-seed';
import { IdPool } from './id-pool';

/** What one case broke; cases that break the same way (same operation, check and error) form one class. */
export type FailureKind = '5xx' | 'INTERNAL_SERVER_ERROR' | 'NODE_UNAVAILABLE' | 'crash' | 'timeout' | 'changed-on-refusal';

export interface FailureClass {
  kind: FailureKind;
  operation: string;
  /** The error message with ids and numbers blanked, or what changed. */
  detail: string;
  count: number;
  /** The first case of the class, enough to reproduce it (index and seed regenerate it too). */
  example: { index: number; role: string; profile: string; variables: string; status: number; errors: string };
}

export interface FuzzReport {
  seed: number;
  cases: number;
  /** Cases answered with an HTTP status of 500 or more. */
  http5xx: number;
  /** Cases with an error coded INTERNAL_SERVER_ERROR (or with no code at all, which Apollo maps to it). */
  internalServerErrors: number;
  /** Cases where the gateway answered NODE_UNAVAILABLE though every node was up: a node failed the request. */
  nodeUnavailable: number;
  /** Cases after which a service no longer answered /health (it was restarted to go on). */
  crashes: number;
  /** Cases with no answer within the case timeout. */
  timeouts: number;
  /** Mutations answered with errors and no result. */
  refusedMutations: number;
  /** Refused mutations after which some table of some database was not as before. */
  unchangedOnRefusalViolations: number;
  /** Per role: distinct operations sent, and distinct operations answered with data at least once. */
  coverage: Record<string, { sent: number; answered: number }>;
  failureClasses: FailureClass[];
  msPerCase: number;
}

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** How long one case may take before it counts as a timeout. */
  caseTimeoutMs?: number;
  /** Called every `progressEvery` cases with the report so far. */
  onProgress?(report: FuzzReport): void;
  progressEvery?: number;
}

/** Operations whose valid ids must not be the live members or their nodes (suspending or re-pointing one turns the rest of the run into refusals). */
const AVOID_LIVE_TARGETS = new Set(['Mutation.setMemberStatus', 'Mutation.updateNode']);

/** The two members a fuzz consortium runs: the first is "ours", the second "another member". */
export const FUZZ_ORGS = ['tateshina', 'shiojiri'] as const;

/**
 * Environment the fuzz consortium's gateway needs. Without the Keycloak admin secret onboardMember
 * is refused and suspending a member leaves its Keycloak organization alone: the fuzzer must not
 * create organizations or disable the shared realm's members. Without periodic node checks nothing
 * writes to the databases behind the fuzzer's back, so a changed fingerprint is the case's doing.
 */
export const FUZZ_CONSORTIUM_ENV = { KEYCLOAK_ADMIN_CLIENT_SECRET: '', NODE_CHECK_INTERVAL_MS: '0' };

/** The gateway's circuit reports write to the registry's database every few seconds: off for the same reason. */
export const FUZZ_GATEWAY_ENV = { CIRCUIT_REPORT_INTERVAL_MS: '0' };

/** Blanks what varies between cases of one failure class: ids, numbers, quoted values. */
function normalise(message: string): string {
  return message
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 200);
}

const truncate = (text: string, max = 600) => (text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text);

/** Every database the consortium created for this run: its nodes', and the hub's, which share the run's name prefix. */
async function runDatabases(consortium: RunningConsortium): Promise<string[]> {
  const [first] = consortium.nodes;
  const url = new URL(first.databaseUrl);
  const name = url.pathname.slice(1);
  const prefix = name.slice(0, name.length - `_${first.orgId}_${first.subgraph}`.length);
  const client = new Client({ connectionString: first.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY 1`, [
      `${prefix}_`,
    ]);
    return rows.map(({ datname }) => {
      const each = new URL(first.databaseUrl);
      each.pathname = `/${datname}`;
      return each.toString();
    });
  } finally {
    await client.end();
  }
}

/**
 * Seeds a running fuzz consortium (launched with FUZZ_GATEWAY_ENV and FUZZ_ORGS), then sends
 * `options.cases` generated cases through its gateway one at a time and checks each: no HTTP 5xx,
 * no INTERNAL_SERVER_ERROR, no NODE_UNAVAILABLE from a node that is up, every service still
 * answers /health, and a mutation refused on its root field left every table of every database
 * of the run as it was. One at a time, because a concurrent write would move the fingerprint.
 */
export async function runFuzz(consortium: RunningConsortium, options: FuzzOptions): Promise<FuzzReport> {
  const schema = supergraphSchema();
  const operations = fuzzOperations(schema);
  const roles = fuzzRoles(FUZZ_ORGS);
  const pool = new IdPool([...FUZZ_ORGS]);
  pool.protect(await seedFuzzData(consortium.gatewayUrl, FUZZ_ORGS, pool));
  const fingerprint = await DatabaseFingerprint.open(await runDatabases(consortium));
  const services = [
    ...consortium.nodes.map((n) => ({ name: `${n.orgId}-${n.subgraph}`, url: n.url, node: n })),
    { name: 'gateway', url: consortium.gatewayUrl.replace(/\/graphql$/, ''), node: undefined },
    { name: 'reporting', url: consortium.reportingUrl, node: undefined },
  ];
  const report: FuzzReport = {
    seed: options.seed,
    cases: 0,
    http5xx: 0,
    internalServerErrors: 0,
    nodeUnavailable: 0,
    crashes: 0,
    timeouts: 0,
    refusedMutations: 0,
    unchangedOnRefusalViolations: 0,
    coverage: {},
    failureClasses: [],
    msPerCase: 0,
  };
  const sent = new Map(roles.map((role) => [role, new Set<string>()]));
  const answered = new Map(roles.map((role) => [role, new Set<string>()]));
  const classes = new Map<string, FailureClass>();
  const started = Date.now();

  const fail = (kind: FailureKind, c: FuzzCase, detail: string, variables: unknown, status: number, errors: unknown) => {
    const key = `${kind}|${c.operation.coordinate}|${detail}`;
    const known = classes.get(key);
    if (known) known.count++;
    else {
      classes.set(key, {
        kind,
        operation: c.operation.coordinate,
        detail,
        count: 1,
        example: {
          index: c.index,
          role: c.role,
          profile: c.profile,
          variables: truncate(JSON.stringify(variables)),
          status,
          errors: truncate(JSON.stringify(errors ?? null)),
        },
      });
    }
  };

  const downServices = async () => {
    const results = await Promise.all(
      services.map(async (s) => {
        try {
          const res = await fetch(`${s.url}/health`, { signal: AbortSignal.timeout(10_000) });
          await res.arrayBuffer();
          return res.status < 500 ? undefined : s;
        } catch {
          return s;
        }
      }),
    );
    return results.filter((s) => s !== undefined);
  };

  try {
    for (const c of fuzzCases(operations, roles, schema, options.seed, options.cases)) {
      const variables = pool.resolve(c.variables, AVOID_LIVE_TARGETS.has(c.operation.coordinate)) as Record<string, unknown>;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (c.role !== ANONYMOUS) headers.authorization = `Bearer ${await tokenFor(c.role)}`;
      const isMutation = c.operation.kind === 'mutation';
      const before = isMutation ? await fingerprint.take() : undefined;
      sent.get(c.role)!.add(c.operation.coordinate);

      let status = 0;
      let body:
        | { data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[] }
        | undefined;
      try {
        const res = await fetch(consortium.gatewayUrl, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: c.operation.document, variables }),
          signal: AbortSignal.timeout(options.caseTimeoutMs ?? 60_000),
        });
        status = res.status;
        const text = await res.text();
        try {
          body = JSON.parse(text);
        } catch {
          body = { errors: [{ message: `non-JSON answer: ${text.slice(0, 200)}` }] };
        }
      } catch (error) {
        report.timeouts++;
        fail('timeout', c, normalise(String(error)), variables, 0, null);
      }
      report.cases++;

      const errors = body?.errors ?? [];
      const value = body?.data?.[c.operation.field];
      pool.harvest(body?.data);
      if (value !== null && value !== undefined) answered.get(c.role)!.add(c.operation.coordinate);
      if (status >= 500) {
        report.http5xx++;
        fail('5xx', c, `HTTP ${status}: ${normalise(errors[0]?.message ?? '')}`, variables, status, errors);
      }
      const internal = errors.filter((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR');
      if (internal.length) {
        report.internalServerErrors++;
        fail('INTERNAL_SERVER_ERROR', c, normalise(internal[0].message), variables, status, internal);
      }
      const unavailable = errors.filter((e) => e.extensions?.code === 'NODE_UNAVAILABLE');
      if (unavailable.length) {
        report.nodeUnavailable++;
        fail('NODE_UNAVAILABLE', c, normalise(unavailable[0].message), variables, status, unavailable);
      }

      const down = await downServices();
      if (down.length) {
        report.crashes++;
        fail('crash', c, `down: ${down.map((s) => s.name).join(', ')}`, variables, status, errors);
        for (const s of down) {
          if (!s.node)
            throw new Error(
              `${s.name} stopped answering /health after case ${c.index} (${c.operation.coordinate}); the run cannot go on without it`,
            );
          await consortium.restartNode(s.node.orgId, s.node.subgraph as NodeSubgraph);
        }
      }

      // Refused: answered with errors and no result. An error deep in the selection that nulls the whole
      // result counts too: the client was told the write failed, so it must not have happened.
      const refused = isMutation && (value === null || value === undefined) && (errors.length > 0 || !body);
      if (isMutation && refused && before) {
        report.refusedMutations++;
        const changed = DatabaseFingerprint.changed(before, await fingerprint.take());
        if (changed.length) {
          report.unchangedOnRefusalViolations++;
          fail(
            'changed-on-refusal',
            c,
            `${changed.map((t) => t.replace(/^t_[a-z0-9]+_[0-9a-f]+_/, '')).join(', ')} (${errors[0]?.extensions?.code ?? 'no code'})`,
            variables,
            status,
            errors,
          );
        }
      }
      if (options.onProgress && report.cases % (options.progressEvery ?? 500) === 0) options.onProgress(finish());
    }
  } finally {
    await fingerprint.close();
  }
  return finish();

  function finish(): FuzzReport {
    report.coverage = Object.fromEntries(roles.map((role) => [role, { sent: sent.get(role)!.size, answered: answered.get(role)!.size }]));
    report.failureClasses = [...classes.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.operation.localeCompare(b.operation));
    report.msPerCase = Math.round((Date.now() - started) / Math.max(1, report.cases));
    return report;
  }
}
