import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import * as ts from 'typescript';
const noRemoteCallInTransaction = require('./no-remote-call-in-transaction.js');

// Type-aware: each case is type-checked as fixtures/file.ts of a program of its own, built here in
// memory, so no case sees another's text (typescript-eslint's watched project program, fed one file
// name with changing text, is not something these cases should lean on).
const fixtures = join(__dirname, 'fixtures');
const filename = join(fixtures, 'file.ts');
const { options } = ts.parseJsonConfigFileContent(
  ts.readConfigFile(join(fixtures, 'tsconfig.json'), ts.sys.readFile).config,
  ts.sys,
  fixtures,
);

/** The libraries' files, parsed once for all the cases. */
const libraries = new Map<string, ts.SourceFile | undefined>();

function programFor(code: string): ts.Program {
  const host = ts.createCompilerHost(options, true);
  const fromDisk = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) => {
    if (name === filename) return ts.createSourceFile(name, code, languageVersion, true);
    if (!libraries.has(name)) libraries.set(name, fromDisk(name, languageVersion, ...rest));
    return libraries.get(name);
  };
  return ts.createProgram([filename], options, host);
}

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser as never } });

/** What the services have: a data source with transactions, a gateway client and a remote port. */
const world = `
  interface Manager { query(sql: string): Promise<unknown>; }
  interface DataSource { transaction<T>(work: (manager: Manager) => Promise<T>): Promise<T>; }
  /** @remote */
  class GatewayClient { async request(query: string): Promise<unknown> { return fetch('http://gateway/graphql', { body: query }); } }
  /** Asks another node. @remote */
  interface CapacitySource { freeCapacity(orgId: string): Promise<number>; }
  class LocalClock { now(): number { return Date.now(); } }
  declare const dataSource: DataSource;
  declare const gateway: GatewayClient;
  declare const capacity: CapacitySource;
  declare const clock: LocalClock;
`;
const inFile = (code: string) => ({
  code: world + code,
  filename,
  languageOptions: { parserOptions: { programs: [programFor(world + code)] } },
});

describe('kyodo/no-remote-call-in-transaction', () => {
  tester.run('no-remote-call-in-transaction', noRemoteCallInTransaction, {
    valid: [
      // Asked before the transaction, the answer used inside it.
      inFile(
        `async function f() { const free = await capacity.freeCapacity('a'); await dataSource.transaction(async (m) => m.query(String(free))); }`,
      ),
      // After the commit (an outbox delivery's shape).
      inFile(`async function f() { await dataSource.transaction(async (m) => m.query('insert')); await gateway.request('q'); }`),
      // Local work inside, followed through a helper.
      inFile(
        `function stamp() { return clock.now(); } async function f() { await dataSource.transaction(async (m) => m.query(String(stamp()))); }`,
      ),
      // Only the database inside.
      inFile(`async function f() { await dataSource.transaction(async (m) => { await m.query('x'); }); }`),
    ],
    invalid: [
      {
        ...inFile(`async function f() { await dataSource.transaction(async (m) => { await m.query('x'); await fetch('http://node'); }); }`),
        errors: [{ messageId: 'remote', data: { path: 'fetch' } }],
      },
      {
        ...inFile(`async function f() { await dataSource.transaction(async () => gateway.request('q')); }`),
        errors: [{ messageId: 'remote', data: { path: 'request' } }],
      },
      {
        ...inFile(
          `async function f() { await dataSource.transaction(async (m) => { await m.query(String(await capacity.freeCapacity('a'))); }); }`,
        ),
        errors: [{ messageId: 'remote', data: { path: 'freeCapacity' } }],
      },
      {
        // Through the node's own helpers, as far as they lead.
        ...inFile(`
          class Service {
            constructor(private readonly source: CapacitySource) {}
            private partners() { return this.source.freeCapacity('b'); }
            private async both() { return [await this.partners()]; }
            run() { return dataSource.transaction(async () => this.both()); }
          }`),
        errors: [{ messageId: 'remote', data: { path: 'both → partners → freeCapacity' } }],
      },
      {
        // fetch reached through an unmarked helper of the project's own code.
        ...inFile(
          `const ping = () => fetch('http://node/health'); async function f() { await dataSource.transaction(async () => ping()); }`,
        ),
        errors: [{ messageId: 'remote', data: { path: 'ping → fetch' } }],
      },
    ],
  });
});
