import { randomBytes, randomUUID } from 'node:crypto';
import type { LegalIdentity } from '@kyodo/domain';
import { gql, pdfText, startTestNode, TestNode } from '@kyodo/testing';
import { InMemoryTaskRequirements, OPEN_TASK } from '../assignments/in-memory-task-requirements';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';

/**
 * The workers node's documents name the resolved issuer (#17 item 1): tateshina is
 * municipality-run and operated by shiojiri (OPERATED_BY, with shiojiri's legal identity and
 * tateshina's programme published alongside), so its basic contract, commission terms, pay
 * statements and certificates carry shiojiri's legal name, registration number and address and
 * name 「立科町テレワーク事業」. shiojiri and itoigawa issue in their own names.
 */

const SHIOJIRI: LegalIdentity = {
  legalName: '一般財団法人 塩尻市振興公社',
  registrationNumber: 'T1000000000020',
  address: '長野県塩尻市大門七番町3-3',
  phone: '0263-00-0000',
  representative: '理事長 塩尻 一郎',
};
const PROGRAMME = '立科町テレワーク事業';

/** What each member records as its own issuer of certificates (setCertificateIssuer). */
const OWN: Record<string, { legalName: string; address: string; phone: string; representative: string }> = {
  tateshina: {
    legalName: '立科町テレワーク推進協議会',
    address: '長野県北佐久郡立科町芦田2532',
    phone: '0267-56-0000',
    representative: '会長 立科 花子',
  },
  shiojiri: {
    legalName: '一般財団法人 塩尻市振興公社',
    address: '長野県塩尻市大門七番町3-3',
    phone: '0263-00-0000',
    representative: '理事長 塩尻 一郎',
  },
  itoigawa: {
    legalName: '糸魚川市テレワーク推進協議会',
    address: '新潟県糸魚川市一の宮1-2-5',
    phone: '025-500-0000',
    representative: '会長 糸魚川 次郎',
  },
};

const ISSUER_FIELDS = 'identityOrgId legalName registrationNumber address programme';

const SET_ISSUER = gql`
  mutation ($input: SetCertificateIssuerInput!) {
    setCertificateIssuer(input: $input) {
      legalName
    }
  }
`;
const ISSUER = gql`
  query {
    certificateIssuer {
      legalName
      registrationNumber
      address
      programme
    }
  }
`;
const SET_PAY = gql`
  mutation ($input: SetPaySettingsInput!) {
    setPaySettings(input: $input) {
      orgId
    }
  }
`;
const REGISTER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;
const ACTIVATE = gql`
  mutation ($id: ID!) {
    setWorkerStatus(id: $id, status: ACTIVE) {
      status
    }
  }
`;
const ASSIGN = gql`
  mutation ($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      id
    }
  }
`;
const LOG = gql`
  mutation ($input: LogTimeInput!) {
    logTime(input: $input) {
      id
    }
  }
`;
const APPROVE = gql`
  mutation ($id: ID!) {
    approveTimeEntry(id: $id) {
      status
    }
  }
`;
const CLOSE = gql`
  mutation ($month: String!) {
    closePayMonth(month: $month) {
      statementCount
    }
  }
`;
const STATEMENTS = gql`query ($month: String!) { payStatements(month: $month) { workerId issuer { ${ISSUER_FIELDS} } } }`;
const ISSUE_TERMS = gql`
  mutation ($input: IssueCommissionTermsInput!) {
    issueCommissionTerms(input: $input) {
      id
      commissioner
      commissionerIssuer { ${ISSUER_FIELDS} }
    }
  }
`;
const TERMS_PDF = gql`
  query ($id: ID!) {
    commissionTermsPdf(id: $id) {
      base64
    }
  }
`;
const ISSUE_BASIC = gql`
  mutation ($input: IssueBasicContractInput!) {
    issueBasicContract(input: $input) {
      id
      sha256
      issuer { ${ISSUER_FIELDS} }
    }
  }
`;
const BASIC = gql`query ($workerId: ID!) { basicContracts(workerId: $workerId) { id issuer { ${ISSUER_FIELDS} } } }`;
const CERTIFICATE = (kind: 'workCertificate' | 'paymentCertificate') => gql`
  query ($workerId: ID!) {
    ${kind}(workerId: $workerId, from: "2025-06", to: "2025-06") {
      base64
    }
  }
`;

const PAY_SETTINGS_INPUT = {
  closingDay: 31,
  paymentMonthOffset: 1,
  paymentDay: 31,
  consignorCode: '1234567890',
  consignorNameKana: 'シオジリシンコウコウシヤ',
  bankCode: '0001',
  bankNameKana: 'ミズホ',
  branchCode: '123',
  branchNameKana: 'シオジリ',
  accountType: 'ORDINARY',
  accountNumber: '7654321',
};

/** The text of a PDF, whitespace removed (the renderer wraps lines where it likes). */
const textOf = async (base64: string): Promise<string> => (await pdfText(Buffer.from(base64, 'base64'))).replace(/\s+/g, '');
const squeeze = (text: string): string => text.replace(/\s+/g, '');

interface Issued {
  node: TestNode;
  workerId: string;
  commissionTerms: { commissioner: string; commissionerIssuer: Record<string, unknown>; pdf: string };
  basicContract: { sha256: string; issuer: Record<string, unknown>; listed: Record<string, unknown> };
  statementIssuer: Record<string, unknown>;
  certificateIssuer: Record<string, unknown>;
  workCertificate: string;
  paymentCertificate: string;
}

/** Every node the spec started, closed at the end even when making the documents failed half-way. */
const started: TestNode[] = [];

/** Starts a workers node of `orgId` and has each of its documents made, as its own staff do. */
async function issueEverything(orgId: string, operated: boolean): Promise<Issued> {
  const tasks = new InMemoryTaskRequirements(OPEN_TASK);
  const node = await startTestNode({
    label: `workers_issuer_${orgId}`,
    migrate: migrateWorkers,
    callerUsername: `${orgId}-director`,
    create: (databaseUrl, auth) =>
      createWorkersApp({
        orgId,
        databaseUrl,
        auth,
        dataKey: randomBytes(32),
        trainingRecords: new InMemoryTrainingRecords(),
        taskRequirements: tasks,
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
  const admin = `${orgId}-admin`;
  await ok(SET_ISSUER, { input: OWN[orgId] }, admin);
  const { registerWorker } = await ok<{ registerWorker: { id: string } }>(REGISTER, {
    input: {
      familyName: '宮坂',
      givenName: '陽',
      familyNameKana: 'ミヤサカ',
      givenNameKana: 'ヨウ',
      monthlyHourCap: 100,
      address: '長野県北佐久郡立科町芦田1',
      weeklyAvailability: [1, 2, 3].map((weekday) => ({ weekday, minutes: 240 })),
    },
  });
  const workerId = registerWorker.id;
  await ok(ACTIVATE, { id: workerId });
  const { createAssignment } = await ok<{ createAssignment: { id: string } }>(ASSIGN, {
    input: {
      workerId,
      taskOrgId: orgId,
      taskId: tasks.add(orgId, randomUUID(), { withholding: false }),
      periodFrom: '2025-06-02',
      periodTo: '2025-06-30',
      plannedMinutes: 600,
      payBasis: 'HOURLY',
      hourlyRateYen: 1_100,
    },
  });
  const { logTime } = await ok<{ logTime: { id: string } }>(LOG, {
    input: { assignmentId: createAssignment.id, workDate: '2025-06-03', minutes: 120, idempotencyKey: randomUUID() },
  });
  await ok(APPROVE, { id: logTime.id });
  await ok(CLOSE, { month: '2025-06' });
  // Set after the hours: from then on, hours wait for accepted commission terms, which state the payment dates.
  await ok(SET_PAY, { input: PAY_SETTINGS_INPUT }, admin);

  const { issueCommissionTerms: terms } = await ok<{
    issueCommissionTerms: { id: string; commissioner: string; commissionerIssuer: Record<string, unknown> };
  }>(ISSUE_TERMS, {
    input: { assignmentId: createAssignment.id, workDescription: '住民アンケートの入力', deliveryPlace: 'Kyodo上での作業実績の登録' },
  });
  const termsPdf = await ok<{ commissionTermsPdf: { base64: string } }>(TERMS_PDF, { id: terms.id });
  const { issueBasicContract: basic } = await ok<{ issueBasicContract: { id: string; sha256: string; issuer: Record<string, unknown> } }>(
    ISSUE_BASIC,
    { input: { workerId, title: '業務委託基本契約書', body: '第1条 本契約は、在宅での業務の委託について定める。' } },
    admin,
  );
  const listed = await ok<{ basicContracts: { id: string; issuer: Record<string, unknown> }[] }>(BASIC, { workerId });
  const statements = await ok<{ payStatements: { issuer: Record<string, unknown> }[] }>(STATEMENTS, { month: '2025-06' });
  const work = await ok<{ workCertificate: { base64: string } }>(CERTIFICATE('workCertificate'), { workerId });
  const payment = await ok<{ paymentCertificate: { base64: string } }>(CERTIFICATE('paymentCertificate'), { workerId });
  const issuer = await ok<{ certificateIssuer: Record<string, unknown> }>(ISSUER);
  expect(statements.payStatements).toHaveLength(1);
  return {
    node,
    workerId,
    commissionTerms: {
      commissioner: terms.commissioner,
      commissionerIssuer: terms.commissionerIssuer,
      pdf: await textOf(termsPdf.commissionTermsPdf.base64),
    },
    basicContract: { sha256: basic.sha256, issuer: basic.issuer, listed: listed.basicContracts.find((c) => c.id === basic.id)!.issuer },
    statementIssuer: statements.payStatements[0].issuer,
    certificateIssuer: issuer.certificateIssuer,
    workCertificate: await textOf(work.workCertificate.base64),
    paymentCertificate: await textOf(payment.paymentCertificate.base64),
  };
}

describe("the workers node's documents name the resolved issuer (PostgreSQL, local test issuer)", () => {
  const issued: Record<string, Issued> = {};

  beforeAll(async () => {
    issued.tateshina = await issueEverything('tateshina', true);
    issued.shiojiri = await issueEverything('shiojiri', false);
    issued.itoigawa = await issueEverything('itoigawa', false);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(started.map((node) => node.close()));
  });

  const operatorIssuer = {
    identityOrgId: 'shiojiri',
    legalName: SHIOJIRI.legalName,
    registrationNumber: SHIOJIRI.registrationNumber,
    address: SHIOJIRI.address,
    programme: PROGRAMME,
  };

  describe('tateshina (municipality-run, operated by shiojiri)', () => {
    it("makes the basic contract with shiojiri for the town's programme, and keeps it with the contract", () => {
      expect(issued.tateshina.basicContract.issuer).toEqual(operatorIssuer);
      expect(issued.tateshina.basicContract.listed).toEqual(operatorIssuer);
    });

    it("commissions the work in shiojiri's name, with its registration number, address and the programme, in the fields and the PDF", () => {
      const terms = issued.tateshina.commissionTerms;
      expect(terms.commissioner).toBe(SHIOJIRI.legalName);
      expect(terms.commissionerIssuer).toEqual(operatorIssuer);
      expect(terms.pdf).toContain(squeeze(`${SHIOJIRI.legalName}（${PROGRAMME}）`));
      expect(terms.pdf).toContain(`登録番号：${SHIOJIRI.registrationNumber}`);
      expect(terms.pdf).toContain(squeeze(`所在地：${SHIOJIRI.address}`));
      expect(terms.pdf).not.toContain(squeeze(OWN.tateshina.legalName));
    });

    it('names shiojiri as the payer of the pay statements, for the programme', () => {
      expect(issued.tateshina.statementIssuer).toEqual(operatorIssuer);
    });

    it.each([
      ['work', 'workCertificate'],
      ['payment', 'paymentCertificate'],
    ] as const)("prints shiojiri's legal name, registration number, address and the programme on the %s certificate", (_, kind) => {
      const text = issued.tateshina[kind];
      expect(text).toContain(squeeze(`事業所名：${SHIOJIRI.legalName}`));
      expect(text).toContain(squeeze(`事業名：${PROGRAMME}`));
      expect(text).toContain(`登録番号：${SHIOJIRI.registrationNumber}`);
      expect(text).toContain(squeeze(`所在地：${SHIOJIRI.address}`));
      expect(text).toContain(squeeze(`代表者：${SHIOJIRI.representative}`));
      expect(text).not.toContain(squeeze(OWN.tateshina.legalName));
    });

    it("shows the operator's block as the certificates will print it, whatever the town recorded as its own", () => {
      expect(issued.tateshina.certificateIssuer).toEqual({
        legalName: SHIOJIRI.legalName,
        registrationNumber: SHIOJIRI.registrationNumber,
        address: SHIOJIRI.address,
        programme: PROGRAMME,
      });
    });
  });

  describe.each(['shiojiri', 'itoigawa'])('%s (issuing in its own name)', (orgId) => {
    const own = () => ({
      identityOrgId: orgId,
      legalName: OWN[orgId].legalName,
      registrationNumber: null,
      address: OWN[orgId].address,
      programme: null,
    });

    it('makes its basic contracts, commission terms and pay statements in its own name, with no programme', () => {
      const i = issued[orgId];
      expect(i.basicContract.issuer).toEqual(own());
      expect(i.commissionTerms.commissioner).toBe(OWN[orgId].legalName);
      expect(i.commissionTerms.commissionerIssuer).toEqual(own());
      expect(i.commissionTerms.pdf).toContain(squeeze(`所在地：${OWN[orgId].address}`));
      expect(i.commissionTerms.pdf).not.toContain(PROGRAMME);
      expect(i.statementIssuer).toEqual(own());
    });

    it('prints its own details on its certificates', () => {
      for (const text of [issued[orgId].workCertificate, issued[orgId].paymentCertificate]) {
        expect(text).toContain(squeeze(`事業所名：${OWN[orgId].legalName}`));
        expect(text).toContain(squeeze(`所在地：${OWN[orgId].address}`));
        expect(text).not.toContain('事業名：');
        expect(text).not.toContain(PROGRAMME);
      }
    });
  });

  it('gives the same text a different hash when another party makes it: the worker accepts who they contract with', () => {
    expect(issued.tateshina.basicContract.sha256).not.toBe(issued.itoigawa.basicContract.sha256);
  });

  it('refuses to issue for an operated member whose operator was not published, rather than in the wrong name', async () => {
    const node = await startTestNode({
      label: 'workers_issuer_unpublished',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          operatedBy: { tateshina: 'shiojiri' },
        }),
    });
    try {
      const { data } = await node.call<{ registerWorker: { id: string } }>(REGISTER, {
        input: { familyName: '宮坂', givenName: '陽', familyNameKana: 'ミヤサカ', givenNameKana: 'ヨウ', monthlyHourCap: 100 },
      });
      const workerId = data!.registerWorker.id;
      const basic = await node.call(ISSUE_BASIC, { input: { workerId, title: '基本契約', body: '本文' } }, 'tateshina-admin');
      expect(basic.errors?.[0]?.extensions).toMatchObject({
        code: 'OPERATOR_IDENTITY_NOT_PUBLISHED',
        details: { operatorId: 'shiojiri', missing: ['operatorIdentity', 'programme'] },
      });
      const certificate = await node.call(CERTIFICATE('workCertificate'), { workerId });
      expect(certificate.errors?.[0]?.extensions?.code).toBe('OPERATOR_IDENTITY_NOT_PUBLISHED');
      expect(await node.dataSource.query(`SELECT id FROM basic_contracts`)).toEqual([]);
    } finally {
      await node.close();
    }
  });
});
