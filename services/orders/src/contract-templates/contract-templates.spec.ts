import { gql } from '@kyodo/testing';
import { OrdersTestNode, seedClient, startOrdersTestNode } from '../test-support/orders-test-node';

const TEMPLATES = gql`
  query ($kind: ContractTemplateKind) {
    contractTemplates(kind: $kind) {
      orgId
      kind
      version
      title
      body
    }
  }
`;
const SAVE = gql`
  mutation ($input: SaveContractTemplateInput!) {
    saveContractTemplate(input: $input) {
      orgId
      kind
      version
      title
      body
    }
  }
`;
const CREATE_CONTRACT = gql`
  mutation ($input: CreateContractInput!) {
    createContract(input: $input) {
      id
      serviceTemplateVersion
      ndaTemplateVersion
    }
  }
`;
const UPDATE_CONTRACT = gql`
  mutation ($id: ID!, $input: UpdateContractInput!) {
    updateContract(id: $id, input: $input) {
      ndaSigned
      serviceTemplateVersion
      ndaTemplateVersion
    }
  }
`;

type Template = { orgId: string; kind: string; version: number; title: string; body: string };
type Contract = { id: string; serviceTemplateVersion: number | null; ndaTemplateVersion: number | null };

/** 契約書・NDAのひな形: the member's client contract and NDA texts, a version per save, contracts keeping theirs. */
describe('contract templates against PostgreSQL', () => {
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_contract_templates');
    clientId = await seedClient(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  async function ok<T>(document: string, variables: Record<string, unknown> = {}, as = 'tateshina-admin'): Promise<T> {
    const res = await node.call<T>(document, variables, as);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }
  const codeOf = async (document: string, variables: Record<string, unknown>, as = 'tateshina-admin') =>
    (await node.call(document, variables, as)).errors?.[0]?.extensions?.code ?? null;
  const count = async (table: string) => Number((await node.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const save = (kind: string, body: string, title = kind === 'NDA' ? '秘密保持契約書' : '業務委託契約書') =>
    ok<{ saveContractTemplate: Template }>(SAVE, { input: { kind, title, body } });
  const contract = (ndaSigned: boolean) =>
    ok<{ createContract: Contract }>(CREATE_CONTRACT, {
      input: { clientId, type: 'UKEOI', ndaSigned, startsOn: '2026-04-01', endsOn: '2027-03-31' },
    }).then((d) => d.createContract);

  it('makes a contract on no template before any is saved', async () => {
    expect(await ok(TEMPLATES)).toEqual({ contractTemplates: [] });
    expect(await contract(true)).toMatchObject({ serviceTemplateVersion: null, ndaTemplateVersion: null });
  });

  it('numbers versions per kind, keeps every one, and audits each save', async () => {
    expect((await save('SERVICE_CONTRACT', '第1条（業務）')).saveContractTemplate).toEqual({
      orgId: 'tateshina',
      kind: 'SERVICE_CONTRACT',
      version: 1,
      title: '業務委託契約書',
      body: '第1条（業務）',
    });
    await save('SERVICE_CONTRACT', '第1条（業務）改');
    expect((await save('NDA', '第1条（秘密情報）')).saveContractTemplate.version).toBe(1);
    const all = (await ok<{ contractTemplates: Template[] }>(TEMPLATES)).contractTemplates;
    expect(all.map((t) => [t.kind, t.version, t.body])).toEqual([
      ['SERVICE_CONTRACT', 2, '第1条（業務）改'],
      ['SERVICE_CONTRACT', 1, '第1条（業務）'],
      ['NDA', 1, '第1条（秘密情報）'],
    ]);
    expect((await ok<{ contractTemplates: Template[] }>(TEMPLATES, { kind: 'NDA' })).contractTemplates).toHaveLength(1);
    expect(
      await node.dataSource.query(
        `SELECT detail->>'kind' AS kind, detail->>'version' AS version FROM audit_log WHERE action = 'contract-template.save' ORDER BY id`,
      ),
    ).toEqual([
      { kind: 'SERVICE_CONTRACT', version: '1' },
      { kind: 'SERVICE_CONTRACT', version: '2' },
      { kind: 'NDA', version: '1' },
    ]);
  });

  it('has a contract keep the versions it was made on when the texts are edited later', async () => {
    const made = await contract(true);
    const withoutNda = await contract(false);
    expect(made).toMatchObject({ serviceTemplateVersion: 2, ndaTemplateVersion: 1 });
    expect(withoutNda).toMatchObject({ serviceTemplateVersion: 2, ndaTemplateVersion: null });
    await save('SERVICE_CONTRACT', '第1条（業務）第3版');
    await save('NDA', '第1条（秘密情報）第2版');
    const [stored] = await node.dataSource.query(`SELECT service_template_version, nda_template_version FROM contracts WHERE id = $1`, [
      made.id,
    ]);
    expect(stored).toEqual({ service_template_version: 2, nda_template_version: 1 });
    // An NDA signed later is signed on the NDA text newest then.
    expect(
      (await ok<{ updateContract: unknown }>(UPDATE_CONTRACT, { id: withoutNda.id, input: { ndaSigned: true } }, 'tateshina-director'))
        .updateContract,
    ).toEqual({
      ndaSigned: true,
      serviceTemplateVersion: 2,
      ndaTemplateVersion: 2,
    });
  });

  it('refuses a save by a director, a worker or another member’s admin, and bad input, writing nothing', async () => {
    const [templates, audit] = [await count('contract_templates'), await count('audit_log')];
    const input = { kind: 'NDA', title: '秘密保持契約書', body: '本文' };
    for (const as of ['tateshina-director', 'tateshina-worker', 'shiojiri-admin']) {
      expect([as, await codeOf(SAVE, { input }, as)]).toEqual([as, 'FORBIDDEN']);
    }
    for (const as of ['tateshina-worker', 'shiojiri-admin']) {
      expect([as, await codeOf(TEMPLATES, {}, as)]).toEqual([as, 'FORBIDDEN']);
    }
    expect((await ok<{ contractTemplates: Template[] }>(TEMPLATES, {}, 'tateshina-director')).contractTemplates.length).toBeGreaterThan(0);
    for (const bad of [
      { ...input, kind: 'LEASE' },
      { ...input, title: '' },
      { ...input, title: '二行\nの題名' },
      { ...input, body: '' },
      { ...input, body: 'あ'.repeat(50_001) },
    ]) {
      expect([bad, await codeOf(SAVE, { input: bad })]).toEqual([bad, expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/)]);
    }
    expect([await count('contract_templates'), await count('audit_log')]).toEqual([templates, audit]);
  });

  it('has the database refuse an unknown kind, should a write bypass the API', async () => {
    await expect(
      node.dataSource.query(
        `INSERT INTO contract_templates (org_id, kind, version, title, body, saved_by) VALUES ('tateshina', 'LEASE', 1, 't', 'b', 'x')`,
      ),
    ).rejects.toThrow(/check constraint/);
  });
});
