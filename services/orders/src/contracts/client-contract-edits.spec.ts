import { gql } from '@kyodo/testing';
import { OrdersTestNode, seedClient, startOrdersTestNode } from '../test-support/orders-test-node';

const UPDATE_CLIENT = gql`
  mutation ($orgId: String, $id: ID!, $input: UpdateClientInput!) {
    updateClient(orgId: $orgId, id: $id, input: $input) {
      id
      orgId
      name
      sector
      contactName
      contactEmail
    }
  }
`;
const CREATE_CONTRACT = gql`
  mutation ($input: CreateContractInput!) {
    createContract(input: $input) {
      id
    }
  }
`;
const UPDATE_CONTRACT = gql`
  mutation ($orgId: String, $id: ID!, $input: UpdateContractInput!) {
    updateContract(orgId: $orgId, id: $id, input: $input) {
      id
      clientId
      type
      ndaSigned
      startsOn
      endsOn
    }
  }
`;
const CREATE_ORDER = gql`
  mutation ($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
    }
  }
`;
const TRANSITION = gql`
  mutation ($id: ID!, $to: OrderStatus!) {
    transitionOrder(id: $id, to: $to) {
      status
    }
  }
`;

type Res = { errors?: readonly { extensions?: Record<string, unknown> }[] };
const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;
const MISSING = '00000000-0000-4000-8000-000000000000';

/** Directors correct a client's details and a contract's terms (and its NDA) after the fact; each edit is audited. */
describe('editing clients and contracts against PostgreSQL', () => {
  let node: OrdersTestNode;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_client_contract_edits');
  });

  afterAll(async () => {
    await node?.close();
  });

  const audit = async (action: string, id: string) =>
    (await node.dataSource.query(`SELECT detail FROM audit_log WHERE action = $1 AND entity_id = $2`, [action, id])) as {
      detail: Record<string, unknown>;
    }[];
  const rows = async (table: string) => (await node.dataSource.query(`SELECT * FROM ${table} ORDER BY id`)) as unknown[];

  it('edits a client’s name, sector and contact, clears a contact with null, and audits before and after', async () => {
    const id = await seedClient(node, '立科町 総務課');
    const res = await node.call<{ updateClient: Record<string, unknown> }>(UPDATE_CLIENT, {
      id,
      input: { name: '立科町 企画課', contactName: '蓼科 太郎', contactEmail: 'taro@town.tateshina.example' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateClient).toEqual({
      id,
      orgId: 'tateshina',
      name: '立科町 企画課',
      sector: 'PUBLIC',
      contactName: '蓼科 太郎',
      contactEmail: 'taro@town.tateshina.example',
    });
    const cleared = await node.call<{ updateClient: Record<string, unknown> }>(
      UPDATE_CLIENT,
      { id, input: { contactEmail: null, sector: 'PRIVATE' } },
      'tateshina-admin',
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateClient).toMatchObject({
      name: '立科町 企画課',
      sector: 'PRIVATE',
      contactName: '蓼科 太郎',
      contactEmail: null,
    });
    const lines = await audit('client.update', id);
    expect(lines).toHaveLength(2);
    expect(lines[0].detail).toMatchObject({ before: { name: '立科町 総務課', contactName: null }, after: { name: '立科町 企画課' } });
  });

  it('refuses a client edit with a code, writing nothing: unknown client, another org, bad input, a worker', async () => {
    const id = await seedClient(node, '立科町 商工会', 'PRIVATE');
    const [clients, log] = [await rows('clients'), await rows('audit_log')];
    expect(codeOf(await node.call(UPDATE_CLIENT, { id: MISSING, input: { name: 'x' } }))).toBe('CLIENT_NOT_FOUND');
    expect(codeOf(await node.call(UPDATE_CLIENT, { id, orgId: 'shiojiri', input: { name: 'x' } }))).toBe('WRONG_NODE');
    expect(codeOf(await node.call(UPDATE_CLIENT, { id: 'nope', input: { name: 'x' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await node.call(UPDATE_CLIENT, { id, input: { contactEmail: 'not-an-email' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await node.call(UPDATE_CLIENT, { id, input: { name: '改行\n入り' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await node.call(UPDATE_CLIENT, { id, input: { name: 'x' } }, 'tateshina-worker'))).toBe('FORBIDDEN');
    expect([await rows('clients'), await rows('audit_log')]).toEqual([clients, log]);
  });

  it('edits a contract’s terms and NDA; keeps the NDA while a confidential order stands under it; audits each edit', async () => {
    const clientId = await seedClient(node, '立科町 税務課');
    const created = await node.call<{ createContract: { id: string } }>(CREATE_CONTRACT, {
      input: { clientId, type: 'UKEOI', ndaSigned: false, startsOn: '2026-04-01', endsOn: '2027-03-31' },
    });
    const id = created.data!.createContract.id;
    const signed = await node.call<{ updateContract: Record<string, unknown> }>(UPDATE_CONTRACT, {
      id,
      input: { ndaSigned: true, type: 'JUNIN', endsOn: '2027-09-30' },
    });
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.updateContract).toEqual({
      id,
      clientId,
      type: 'JUNIN',
      ndaSigned: true,
      startsOn: '2026-04-01',
      endsOn: '2027-09-30',
    });

    const order = await node.call<{ createOrder: { id: string } }>(CREATE_ORDER, {
      input: {
        clientId,
        contractId: id,
        title: '固定資産 課税台帳 照合',
        category: 'DATA_ENTRY',
        valueYen: 80_000,
        estimatedHours: 20,
        deadline: '2027-02-26',
        confidentiality: 'CONFIDENTIAL',
      },
    });
    expect(order.errors).toBeUndefined();
    const orderId = order.data!.createOrder.id;
    const [contracts, log] = [await rows('contracts'), await rows('audit_log')];
    const withdraw = await node.call(UPDATE_CONTRACT, { id, input: { ndaSigned: false } });
    expect(codeOf(withdraw)).toBe('CONTRACT_NDA_REQUIRED');
    expect(withdraw.errors![0].extensions!.details).toEqual({ contractId: id, orderIds: [orderId] });
    expect(codeOf(await node.call(UPDATE_CONTRACT, { id, input: { endsOn: '2026-03-31' } }))).toBe('CONTRACT_PERIOD_INVALID');
    expect(codeOf(await node.call(UPDATE_CONTRACT, { id: MISSING, input: { ndaSigned: true } }))).toBe('CONTRACT_NOT_FOUND');
    expect(codeOf(await node.call(UPDATE_CONTRACT, { id, orgId: 'shiojiri', input: { ndaSigned: true } }))).toBe('WRONG_NODE');
    expect(codeOf(await node.call(UPDATE_CONTRACT, { id, input: { startsOn: '2026-02-30' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await node.call(UPDATE_CONTRACT, { id, input: { type: 'HAKEN' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await node.call(UPDATE_CONTRACT, { id, input: { ndaSigned: false } }, 'tateshina-worker'))).toBe('FORBIDDEN');
    expect([await rows('contracts'), await rows('audit_log')]).toEqual([contracts, log]);

    // Once the confidential order is cancelled, nothing stands on the NDA: it may be withdrawn.
    expect((await node.call(TRANSITION, { id: orderId, to: 'CANCELLED' })).errors).toBeUndefined();
    const withdrawn = await node.call<{ updateContract: { ndaSigned: boolean } }>(UPDATE_CONTRACT, { id, input: { ndaSigned: false } });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.updateContract.ndaSigned).toBe(false);
    const lines = await audit('contract.update', id);
    expect(
      lines.map((l) => [(l.detail.before as { ndaSigned: boolean }).ndaSigned, (l.detail.after as { ndaSigned: boolean }).ndaSigned]),
    ).toEqual([
      [false, true],
      [true, false],
    ]);
  });
});
