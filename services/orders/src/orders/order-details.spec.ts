import { gql } from '@kyodo/testing';
import { OrdersTestNode, seedClient, startOrdersTestNode } from '../test-support/orders-test-node';

const CREATE_CONTRACT = gql`
  mutation ($input: CreateContractInput!) {
    createContract(input: $input) {
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
      category
      skillTags
      requiredTrainings
      confidentiality
      sharing
      contract {
        id
        type
        ndaSigned
      }
    }
  }
`;
const CATEGORIES = gql`
  query ($usableFor: ClientSector) {
    businessCategories(usableFor: $usableFor) {
      code
      sector
      nameJa
      orgId
    }
  }
`;
const CREATE_CATEGORY = gql`
  mutation ($input: CreateBusinessCategoryInput!) {
    createBusinessCategory(input: $input) {
      code
      sector
      nameJa
      orgId
    }
  }
`;

describe('contracts, categories and order details against PostgreSQL', () => {
  let node: OrdersTestNode;
  let publicClient: string;
  let privateClient: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_details');
    publicClient = await seedClient(node, '立科町 総務課', 'PUBLIC');
    privateClient = await seedClient(node, '株式会社たてしな', 'PRIVATE');
  });

  afterAll(async () => {
    await node?.close();
  });

  const orderCount = async (): Promise<number> =>
    Number(((await node.dataSource.query(`SELECT count(*) AS n FROM orders`)) as { n: string }[])[0].n);
  const orderInput = (clientId: string, extra: Record<string, unknown> = {}) => ({
    clientId,
    title: '議事録作成',
    category: 'WRITING',
    valueYen: 50_000,
    estimatedHours: 20,
    deadline: '2027-01-31',
    ...extra,
  });

  it('seeds the categories of DESIGN.md with Japanese names, public and private lists', async () => {
    const all = await node.call<{ businessCategories: { code: string; sector: string; nameJa: string }[] }>(CATEGORIES);
    const codes = all.data!.businessCategories.map((c) => c.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'DATA_ENTRY',
        'GIGA_SCHOOL',
        'MAILING',
        'DX',
        'WRITING',
        'DESIGN',
        'ANNOTATION',
        'MAP_MAKING',
        'TV_LISTING',
        'OTHER',
      ]),
    );
    expect(all.data!.businessCategories.find((c) => c.code === 'DATA_ENTRY')).toMatchObject({ sector: 'PUBLIC', nameJa: 'データ入力' });
    const forPublic = await node.call<{ businessCategories: { code: string }[] }>(CATEGORIES, { usableFor: 'PUBLIC' });
    expect(forPublic.data!.businessCategories.map((c) => c.code)).not.toContain('ANNOTATION');
    const forPrivate = await node.call<{ businessCategories: { code: string }[] }>(CATEGORIES, { usableFor: 'PRIVATE' });
    expect(forPrivate.data!.businessCategories.map((c) => c.code)).toEqual(expect.arrayContaining(['DATA_ENTRY', 'ANNOTATION']));
  });

  it('lets a member extend the categories, once per code', async () => {
    const input = { code: 'FURUSATO_NOZEI', sector: 'PUBLIC', nameJa: 'ふるさと納税事務', nameEn: 'Hometown-tax clerical work' };
    const created = await node.call(CREATE_CATEGORY, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createBusinessCategory).toEqual({
      code: 'FURUSATO_NOZEI',
      sector: 'PUBLIC',
      nameJa: 'ふるさと納税事務',
      orgId: 'tateshina',
    });
    const again = await node.call(CREATE_CATEGORY, { input });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CATEGORY_EXISTS', details: { code: 'FURUSATO_NOZEI' } });
    const order = await node.call(CREATE_ORDER, { input: orderInput(publicClient, { category: 'FURUSATO_NOZEI' }) });
    expect(order.errors).toBeUndefined();
  });

  it('validates the category of a new order against the reference data and the client sector', async () => {
    const before = await orderCount();
    const unknown = await node.call(CREATE_ORDER, { input: orderInput(publicClient, { category: 'NO_SUCH_THING' }) });
    expect(unknown.errors?.[0].extensions?.code).toBe('CATEGORY_NOT_FOUND');
    const privateOnly = await node.call(CREATE_ORDER, { input: orderInput(publicClient, { category: 'ANNOTATION' }) });
    expect(privateOnly.errors?.[0].extensions?.code).toBe('CATEGORY_SECTOR_MISMATCH');
    expect(await orderCount()).toBe(before);
    const fine = await node.call(CREATE_ORDER, { input: orderInput(privateClient, { category: 'ANNOTATION' }) });
    expect(fine.errors).toBeUndefined();
  });

  it('creates an order under a contract with skills, trainings, confidentiality and sharing', async () => {
    const contract = await node.call<{ createContract: { id: string } }>(CREATE_CONTRACT, {
      input: { clientId: publicClient, type: 'UKEOI', ndaSigned: true, startsOn: '2026-04-01', endsOn: '2027-03-31' },
    });
    expect(contract.errors).toBeUndefined();
    const res = await node.call(CREATE_ORDER, {
      input: orderInput(publicClient, {
        contractId: contract.data!.createContract.id,
        skillTags: ['Word', '議事録'],
        requiredTrainings: ['SEC-BASIC'],
        confidentiality: 'CONFIDENTIAL',
        sharing: 'CONSORTIUM',
      }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createOrder).toMatchObject({
      skillTags: ['Word', '議事録'],
      requiredTrainings: ['SEC-BASIC'],
      confidentiality: 'CONFIDENTIAL',
      sharing: 'CONSORTIUM',
      contract: { id: contract.data!.createContract.id, type: 'UKEOI', ndaSigned: true },
    });
  });

  it('refuses a contract of another client, a bad period, and malformed course codes', async () => {
    const contract = await node.call<{ createContract: { id: string } }>(CREATE_CONTRACT, {
      input: { clientId: privateClient, type: 'JUNIN', startsOn: '2026-04-01', endsOn: '2026-09-30' },
    });
    const mismatch = await node.call(CREATE_ORDER, { input: orderInput(publicClient, { contractId: contract.data!.createContract.id }) });
    expect(mismatch.errors?.[0].extensions?.code).toBe('CONTRACT_CLIENT_MISMATCH');
    const missing = await node.call(CREATE_ORDER, {
      input: orderInput(publicClient, { contractId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(missing.errors?.[0].extensions?.code).toBe('CONTRACT_NOT_FOUND');
    const period = await node.call(CREATE_CONTRACT, {
      input: { clientId: publicClient, type: 'JUNIN', startsOn: '2026-10-01', endsOn: '2026-09-30' },
    });
    expect(period.errors?.[0].extensions?.code).toBe('CONTRACT_PERIOD_INVALID');
    const badCode = await node.call(CREATE_ORDER, { input: orderInput(publicClient, { requiredTrainings: ['security training'] }) });
    expect(badCode.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
