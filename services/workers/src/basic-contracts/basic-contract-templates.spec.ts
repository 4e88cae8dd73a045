import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { gql, startTestNode, TestNode } from '@kyodo/testing';
import { InMemoryTaskRequirements, OPEN_TASK } from '../assignments/in-memory-task-requirements';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';

const REGISTER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;
const SET_STATUS = gql`
  mutation ($id: ID!, $status: WorkerStatus!) {
    setWorkerStatus(id: $id, status: $status) {
      status
    }
  }
`;
const TEMPLATES = gql`
  query {
    basicContractTemplates {
      orgId
      version
      title
      body
    }
  }
`;
const SAVE = gql`
  mutation ($input: SaveBasicContractTemplateInput!) {
    saveBasicContractTemplate(input: $input) {
      orgId
      version
      title
      body
    }
  }
`;
const ISSUE_FROM_TEMPLATE = gql`
  mutation ($workerId: ID!) {
    issueBasicContractFromTemplate(workerId: $workerId) {
      workerId
      version
      title
      body
      templateVersion
    }
  }
`;
const ISSUE = gql`
  mutation ($input: IssueBasicContractInput!) {
    issueBasicContract(input: $input) {
      version
      templateVersion
    }
  }
`;
const CONTRACTS = gql`
  query ($workerId: ID!) {
    basicContracts(workerId: $workerId) {
      version
      body
      templateVersion
    }
  }
`;
const GAPS = gql`
  query {
    workerPaperworkGaps {
      worker {
        id
        familyName
      }
      missingBasicContract
      missingBankAccount
    }
  }
`;
const SET_WORKER_BANK = gql`
  mutation ($workerId: ID!, $input: BankAccountInput!) {
    setWorkerBankAccount(workerId: $workerId, input: $input) {
      accountNumberLast3
    }
  }
`;

type Template = { orgId: string; version: number; title: string; body: string };

describe('basic contract templates (基本契約書のひな形) and workers whose papers are missing, against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_templates',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          taskRequirements: new InMemoryTaskRequirements(OPEN_TASK),
        }),
      callerUsername: 'tateshina-admin',
    });
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  async function ok<T>(document: string, variables: Record<string, unknown> = {}, as?: string): Promise<T> {
    const res = await node.call<T>(document, variables, as);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }
  const codeOf = async (document: string, variables: Record<string, unknown>, as?: string) =>
    (await node.call(document, variables, as)).errors?.[0]?.extensions?.code ?? null;
  const count = async (table: string) => Number((await sql.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const register = async (familyName: string, familyNameKana: string) =>
    (
      await ok<{ registerWorker: { id: string } }>(REGISTER, {
        input: { familyName, givenName: '陽', familyNameKana, givenNameKana: 'ヨウ', monthlyHourCap: 80 },
      })
    ).registerWorker.id;

  describe('templates', () => {
    let worker: string;

    beforeAll(async () => {
      worker = await register('宮坂', 'ミヤサカ');
    });

    it('refuses to issue from a template before one is saved, writing nothing', async () => {
      expect(await ok(TEMPLATES)).toEqual({ basicContractTemplates: [] });
      expect(await codeOf(ISSUE_FROM_TEMPLATE, { workerId: worker })).toBe('BASIC_CONTRACT_TEMPLATE_MISSING');
      expect(await count('basic_contracts')).toBe(0);
    });

    it('saves each edit as a new version, keeps the earlier ones, and audits every save', async () => {
      const first = await ok<{ saveBasicContractTemplate: Template }>(SAVE, {
        input: { title: '業務委託基本契約書', body: '第1条 目的\n本契約は…' },
      });
      expect(first.saveBasicContractTemplate).toEqual({
        orgId: 'tateshina',
        version: 1,
        title: '業務委託基本契約書',
        body: '第1条 目的\n本契約は…',
      });
      await ok(SAVE, { input: { title: '業務委託基本契約書', body: '第1条 目的\n本契約は（改）…' } });
      const { basicContractTemplates } = await ok<{ basicContractTemplates: Template[] }>(TEMPLATES);
      expect(basicContractTemplates.map((t) => [t.version, t.body])).toEqual([
        [2, '第1条 目的\n本契約は（改）…'],
        [1, '第1条 目的\n本契約は…'],
      ]);
      expect(
        await sql.query(
          `SELECT action, detail->>'version' AS version FROM audit_log WHERE action = 'basic-contract-template.save' ORDER BY id`,
        ),
      ).toEqual([
        { action: 'basic-contract-template.save', version: '1' },
        { action: 'basic-contract-template.save', version: '2' },
      ]);
      // A director reads the template (to explain it), but does not change it.
      expect((await ok<{ basicContractTemplates: Template[] }>(TEMPLATES, {}, 'tateshina-director')).basicContractTemplates).toHaveLength(
        2,
      );
    });

    it('issues the newest version to a worker; a later save leaves the issued contract with the text it used', async () => {
      const issued = await ok<{ issueBasicContractFromTemplate: Record<string, unknown> }>(ISSUE_FROM_TEMPLATE, { workerId: worker });
      expect(issued.issueBasicContractFromTemplate).toEqual({
        workerId: worker,
        version: 1,
        title: '業務委託基本契約書',
        body: '第1条 目的\n本契約は（改）…',
        templateVersion: 2,
      });
      await ok(SAVE, { input: { title: '業務委託基本契約書', body: '第1条 目的（第3版）' } });
      // A contract typed for this worker names no template.
      expect(
        (await ok<{ issueBasicContract: unknown }>(ISSUE, { input: { workerId: worker, title: '個別', body: '個別の条項' } }))
          .issueBasicContract,
      ).toEqual({
        version: 2,
        templateVersion: null,
      });
      await ok(ISSUE_FROM_TEMPLATE, { workerId: worker });
      expect((await ok<{ basicContracts: unknown[] }>(CONTRACTS, { workerId: worker })).basicContracts).toEqual([
        { version: 3, body: '第1条 目的（第3版）', templateVersion: 3 },
        { version: 2, body: '個別の条項', templateVersion: null },
        { version: 1, body: '第1条 目的\n本契約は（改）…', templateVersion: 2 },
      ]);
    });

    it('refuses a save by a director, a worker or another member’s admin, and bad text, writing nothing', async () => {
      const [templates, audit] = [await count('basic_contract_templates'), await count('audit_log')];
      const input = { title: '業務委託基本契約書', body: '本文' };
      for (const as of ['tateshina-director', 'tateshina-worker', 'shiojiri-admin']) {
        expect([as, await codeOf(SAVE, { input }, as)]).toEqual([as, 'FORBIDDEN']);
      }
      expect(await codeOf(TEMPLATES, {}, 'shiojiri-admin')).toBe('FORBIDDEN');
      expect(await codeOf(TEMPLATES, {}, 'tateshina-worker')).toBe('FORBIDDEN');
      expect(await codeOf(ISSUE_FROM_TEMPLATE, { workerId: worker }, 'tateshina-director')).toBe('FORBIDDEN');
      for (const bad of [
        { title: '', body: '本文' },
        { title: '二行の\n題名', body: '本文' },
        { title: '業務委託基本契約書', body: '' },
        { title: '業務委託基本契約書', body: 'あ'.repeat(50_001) },
      ]) {
        expect(await codeOf(SAVE, { input: bad })).toBe('BAD_USER_INPUT');
      }
      expect(await codeOf(ISSUE_FROM_TEMPLATE, { workerId: 'not-a-uuid' })).toBe('BAD_USER_INPUT');
      expect(await codeOf(ISSUE_FROM_TEMPLATE, { workerId: '00000000-0000-4000-8000-000000000000' })).toBe('WORKER_NOT_FOUND');
      expect([await count('basic_contract_templates'), await count('audit_log')]).toEqual([templates, audit]);
    });

    it('has the database refuse a template version 0 or an empty text, should a write bypass the API', async () => {
      await expect(
        sql.query(`INSERT INTO basic_contract_templates (org_id, version, title, body, saved_by) VALUES ('tateshina', 0, 't', 'b', 'x')`),
      ).rejects.toThrow(/check constraint/);
      await expect(
        sql.query(`INSERT INTO basic_contract_templates (org_id, version, title, body, saved_by) VALUES ('tateshina', 9, 't', '', 'x')`),
      ).rejects.toThrow(/check constraint/);
    });
  });

  describe('workerPaperworkGaps', () => {
    it('lists the workers still without a basic contract or a bank account, leaving inactive ones and complete ones out', async () => {
      await sql.query(`DELETE FROM basic_contracts`);
      const noBank = await register('青木', 'アオキ');
      const complete = await register('伊藤', 'イトウ');
      const nothing = await register('上田', 'ウエダ');
      const inactive = await register('江口', 'エグチ');
      await ok(SET_STATUS, { id: inactive, status: 'INACTIVE' });
      for (const id of [noBank, complete]) await ok(ISSUE, { input: { workerId: id, title: '基本契約', body: '本文' } });
      await ok(SET_WORKER_BANK, {
        workerId: complete,
        input: { bankCode: '0009', branchCode: '456', accountType: 'ORDINARY', accountNumber: '0012345', holderKana: 'イトウ ヨウ' },
      });
      const { workerPaperworkGaps } = await ok<{
        workerPaperworkGaps: { worker: { id: string; familyName: string }; missingBasicContract: boolean; missingBankAccount: boolean }[];
      }>(GAPS);
      expect(workerPaperworkGaps.filter((g) => [noBank, complete, nothing, inactive].includes(g.worker.id))).toEqual([
        { worker: { id: noBank, familyName: '青木' }, missingBasicContract: false, missingBankAccount: true },
        { worker: { id: nothing, familyName: '上田' }, missingBasicContract: true, missingBankAccount: true },
      ]);
    });

    it('is the org admin’s own: refused to a director, a worker and another member’s admin', async () => {
      for (const as of ['tateshina-director', 'tateshina-worker', 'shiojiri-admin']) {
        expect([as, await codeOf(GAPS, {}, as)]).toEqual([as, 'FORBIDDEN']);
      }
    });
  });
});
