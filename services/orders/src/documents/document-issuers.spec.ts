import type { LegalIdentity } from '@kyodo/domain';
import { gql, pdfText, startTestNode, TestNode } from '@kyodo/testing';
import { createOrdersApp, migrateOrders } from '../orders-node';
import { seedClient, seedOrder, walkOrder } from '../test-support/orders-test-node';

/**
 * The orders node's documents name the resolved issuer (#17 item 1): tateshina is
 * municipality-run and operated by shiojiri, so its client contracts and invoices are shiojiri's
 * (legal name, registration number, address) for 「立科町テレワーク事業」; the account clients pay
 * into stays the one its settings give. shiojiri and itoigawa issue in their own names.
 */

const SHIOJIRI: LegalIdentity = {
  legalName: '一般財団法人 塩尻市振興公社',
  registrationNumber: 'T1000000000020',
  address: '長野県塩尻市大門七番町3-3',
  phone: '0263-00-0000',
  representative: '理事長 塩尻 一郎',
};
const PROGRAMME = '立科町テレワーク事業';

const BANK = { bankName: '八十二銀行', bankBranch: '塩尻支店', bankAccountType: 'ORDINARY', bankAccountNumber: '1000021' };
/** Each member's own invoice settings; tateshina's names the operator's account for the programme and no T-number of its own. */
const SETTINGS: Record<string, Record<string, string>> = {
  tateshina: { issuerName: '立科町テレワーク推進協議会', ...BANK, bankAccountHolder: 'ザイ）シオジリシシンコウコウシヤ' },
  shiojiri: {
    issuerName: SHIOJIRI.legalName,
    registrationNumber: SHIOJIRI.registrationNumber!,
    address: SHIOJIRI.address!,
    ...BANK,
    bankAccountHolder: 'ザイ）シオジリシシンコウコウシヤ',
  },
  itoigawa: {
    issuerName: '糸魚川市テレワーク推進協議会',
    registrationNumber: 'T1000000000030',
    address: '新潟県糸魚川市一の宮1-2-5',
    ...BANK,
    bankAccountHolder: 'イトイガワシテレワークスイシンキヨウギカイ',
  },
};

const ISSUER_FIELDS = 'identityOrgId legalName registrationNumber address programme';
const SET_SETTINGS = gql`
  mutation ($input: SetInvoiceSettingsInput!) {
    setInvoiceSettings(input: $input) {
      missingForIssue
    }
  }
`;
const CREATE_CONTRACT = gql`
  mutation ($input: CreateContractInput!) {
    createContract(input: $input) {
      id
      issuer { ${ISSUER_FIELDS} }
    }
  }
`;
const CONTRACTS = gql`query { contracts { id issuer { ${ISSUER_FIELDS} } } }`;
const ISSUE = gql`
  mutation ($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      id
    }
  }
`;
const PDF = gql`
  query ($id: ID!) {
    invoicePdf(id: $id) {
      base64
    }
  }
`;

const squeeze = (text: string): string => text.replace(/\s+/g, '');

interface Issued {
  missingForIssue: string[];
  contract: Record<string, unknown>;
  listed: Record<string, unknown>;
  invoice: string;
}

const started: TestNode[] = [];

async function issueEverything(orgId: string, operated: boolean): Promise<Issued> {
  const node = await startTestNode({
    label: `orders_issuer_${orgId}`,
    migrate: migrateOrders,
    callerUsername: `${orgId}-director`,
    create: (databaseUrl, auth) =>
      createOrdersApp({
        orgId,
        databaseUrl,
        auth,
        ...(operated
          ? { operatedBy: { [orgId]: 'shiojiri' }, operatorIdentities: { shiojiri: SHIOJIRI }, programmes: { [orgId]: PROGRAMME } }
          : {}),
      }),
  });
  started.push(node);
  const ok = async <T>(document: string, variables: Record<string, unknown> = {}, as?: string): Promise<T> => {
    const res = await node.call<T>(document, variables, as);
    if (res.errors) throw new Error(`${orgId}: ${JSON.stringify(res.errors)}`);
    return res.data!;
  };
  const { setInvoiceSettings } = await ok<{ setInvoiceSettings: { missingForIssue: string[] } }>(
    SET_SETTINGS,
    { input: SETTINGS[orgId] },
    `${orgId}-admin`,
  );
  const clientId = await seedClient(node, `${orgId} 総務課`);
  const { createContract } = await ok<{ createContract: { id: string; issuer: Record<string, unknown> } }>(CREATE_CONTRACT, {
    input: { clientId, type: 'UKEOI', ndaSigned: true, startsOn: '2025-04-01', endsOn: '2099-03-31' },
  });
  const { contracts } = await ok<{ contracts: { id: string; issuer: Record<string, unknown> }[] }>(CONTRACTS);
  const orderId = await seedOrder(node, clientId, { contractId: createContract.id });
  await walkOrder(node, orderId, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED']);
  const { issueInvoice } = await ok<{ issueInvoice: { id: string } }>(ISSUE, { input: { clientId, orderIds: [orderId] } });
  const { invoicePdf } = await ok<{ invoicePdf: { base64: string } }>(PDF, { id: issueInvoice.id });
  return {
    missingForIssue: setInvoiceSettings.missingForIssue,
    contract: createContract.issuer,
    listed: contracts.find((c) => c.id === createContract.id)!.issuer,
    invoice: squeeze(await pdfText(Buffer.from(invoicePdf.base64, 'base64'))),
  };
}

describe("the orders node's documents name the resolved issuer (PostgreSQL, local test issuer)", () => {
  const issued: Record<string, Issued> = {};

  beforeAll(async () => {
    issued.tateshina = await issueEverything('tateshina', true);
    issued.shiojiri = await issueEverything('shiojiri', false);
    issued.itoigawa = await issueEverything('itoigawa', false);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(started.map((node) => node.close()));
  });

  describe('tateshina (municipality-run, operated by shiojiri)', () => {
    const operatorIssuer = {
      identityOrgId: 'shiojiri',
      legalName: SHIOJIRI.legalName,
      registrationNumber: SHIOJIRI.registrationNumber,
      address: SHIOJIRI.address,
      programme: PROGRAMME,
    };

    it('needs only the bank account of its own settings: the name, T-number and address are the operator’s', () => {
      expect(issued.tateshina.missingForIssue).toEqual([]);
    });

    it("makes its client contracts with shiojiri for the town's programme, and keeps that with the contract", () => {
      expect(issued.tateshina.contract).toEqual(operatorIssuer);
      expect(issued.tateshina.listed).toEqual(operatorIssuer);
    });

    it("invoices in shiojiri's name, T-number and address, naming the programme, with the account the town's settings give", () => {
      const text = issued.tateshina.invoice;
      expect(text).toContain(squeeze(SHIOJIRI.legalName));
      expect(text).toContain(`（${PROGRAMME}）`);
      expect(text).toContain(`登録番号：${SHIOJIRI.registrationNumber}`);
      expect(text).toContain(squeeze(SHIOJIRI.address!));
      expect(text).toContain(squeeze(`${BANK.bankName} ${BANK.bankBranch}`));
      expect(text).not.toContain(squeeze(SETTINGS.tateshina.issuerName));
    });
  });

  describe.each(['shiojiri', 'itoigawa'])('%s (issuing in its own name)', (orgId) => {
    it('makes its contracts in its own name, with no programme', () => {
      const own = {
        identityOrgId: orgId,
        legalName: SETTINGS[orgId].issuerName,
        registrationNumber: SETTINGS[orgId].registrationNumber,
        address: SETTINGS[orgId].address,
        programme: null,
      };
      expect(issued[orgId].contract).toEqual(own);
      expect(issued[orgId].listed).toEqual(own);
    });

    it('invoices in its own name, T-number and address, naming no programme', () => {
      const text = issued[orgId].invoice;
      expect(text).toContain(squeeze(SETTINGS[orgId].issuerName));
      expect(text).toContain(`登録番号：${SETTINGS[orgId].registrationNumber}`);
      expect(text).toContain(squeeze(SETTINGS[orgId].address));
      expect(text).not.toContain(PROGRAMME);
    });
  });

  it('refuses a contract for an operated member whose operator was not published, writing nothing', async () => {
    const node = await startTestNode({
      label: 'orders_issuer_unpublished',
      migrate: migrateOrders,
      create: (databaseUrl, auth) =>
        createOrdersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          operatedBy: { tateshina: 'shiojiri' },
          programmes: { tateshina: PROGRAMME },
        }),
    });
    try {
      const clientId = await seedClient(node);
      const res = await node.call(CREATE_CONTRACT, {
        input: { clientId, type: 'UKEOI', ndaSigned: true, startsOn: '2025-04-01', endsOn: '2099-03-31' },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'OPERATOR_IDENTITY_NOT_PUBLISHED',
        details: { operatorId: 'shiojiri', missing: ['operatorIdentity'] },
      });
      expect(await node.dataSource.query(`SELECT id FROM contracts`)).toEqual([]);
    } finally {
      await node.close();
    }
  });
});
