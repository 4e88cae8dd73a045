import { demoUserToken } from '@kyodo/keycloak-tools';
import { postGraphQL, gql } from '@kyodo/testing';

const CLIENTS = gql`
  query {
    clients {
      id
    }
  }
`;
const CREATE_CLIENT = gql`
  mutation ($input: CreateClientInput!) {
    createClient(input: $input) {
      id
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
/** Served by the order's org's workers node: it asks shiojiri's whether the worker consented, then pushes the lead to the orders node. */
const SET_ORDER_LEAD_WORKER = gql`
  mutation ($orderId: ID!, $leadWorkerOrgId: String, $leadWorkerId: ID) {
    setOrderLeadWorker(orderId: $orderId, leadWorkerOrgId: $leadWorkerOrgId, leadWorkerId: $leadWorkerId) {
      id
    }
  }
`;
const REGISTER_WORKER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;
const CREATE_COURSE = gql`
  mutation ($input: CreateCourseInput!) {
    createCourse(input: $input) {
      id
    }
  }
`;
const SET_INVOICE_SETTINGS = gql`
  mutation ($input: SetInvoiceSettingsInput!) {
    setInvoiceSettings(input: $input) {
      orgId
      missingForIssue
    }
  }
`;

/**
 * Each demo member as issuer of its invoices, complete as issuing needs it: name, registration
 * number (登録番号), address and the bank account clients transfer to (振込先). Fictitious numbers.
 * Tateshina is municipality-run: its invoices go out under shiojiri's name, T-number and address
 * for 立科町テレワーク事業 (published with OPERATED_BY), so its own settings give only the account
 * its clients pay into, the operator's account kept for the programme; a town has no T-number.
 */
const ISSUERS = {
  tateshina: {
    issuerName: '立科町テレワーク事業',
    address: '長野県北佐久郡立科町芦田2532',
    phone: '0267-56-0000',
    bankName: '八十二銀行',
    bankBranch: '立科支店',
    bankAccountType: 'ORDINARY',
    bankAccountNumber: '1000010',
    bankAccountHolder: 'ザイ）シオジリシシンコウコウシヤ',
  },
  shiojiri: {
    issuerName: '一般財団法人 塩尻市振興公社',
    registrationNumber: 'T1000000000020',
    address: '長野県塩尻市大門七番町3-3',
    phone: '0263-00-0000',
    bankName: '八十二銀行',
    bankBranch: '塩尻支店',
    bankAccountType: 'ORDINARY',
    bankAccountNumber: '1000020',
    bankAccountHolder: 'ザイ）シオジリシシンコウコウシヤ',
  },
  itoigawa: {
    issuerName: '糸魚川市テレワーク推進協議会',
    registrationNumber: 'T1000000000030',
    address: '新潟県糸魚川市一の宮1-2-5',
    phone: '025-500-0000',
    bankName: '第四北越銀行',
    bankBranch: '糸魚川支店',
    bankAccountType: 'ORDINARY',
    bankAccountNumber: '1000030',
    bankAccountHolder: 'イトイガワシテレワークスイシンキヨウギカイ',
  },
} as const;

type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** GraphQL calls through the gateway as one demo user; their org is the default target. */
async function as(gatewayUrl: string, keycloakUrl: string, username: string): Promise<Call> {
  const token = await demoUserToken(keycloakUrl, username);
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphQL<T>(gatewayUrl, query, variables, { authorization: `Bearer ${token}` });
    if (response.errors?.length) throw new Error(`Seeding as ${username} failed: ${response.errors.map((e) => e.message).join('; ')}`);
    return response.data as T;
  };
}

/**
 * A little demo data, written through the gateway by each org's own admin, like any client.
 * Runs only on an empty consortium, so a second start keeps what the first one wrote.
 */
export async function seedDemo(gatewayUrl: string, keycloakUrl: string): Promise<boolean> {
  const tateshina = await as(gatewayUrl, keycloakUrl, 'tateshina-admin');
  const shiojiri = await as(gatewayUrl, keycloakUrl, 'shiojiri-admin');
  const itoigawa = await as(gatewayUrl, keycloakUrl, 'itoigawa-admin');
  if ((await tateshina<{ clients: unknown[] }>(CLIENTS)).clients.length > 0) return false;

  const lead = await shiojiri<{ registerWorker: { id: string } }>(REGISTER_WORKER, {
    input: {
      familyName: '小松',
      givenName: '由美',
      familyNameKana: 'コマツ',
      givenNameKana: 'ユミ',
      itStage: 'C',
      stageReason: '入所時の評価（前職の実務経験）',
      businessStage: 'B',
      skillTags: ['議事録', 'データ入力'],
      monthlyHourCap: 80,
      consortiumConsent: true,
    },
  });
  await tateshina(REGISTER_WORKER, {
    input: {
      familyName: '山田',
      givenName: '健',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ケン',
      itStage: 'A',
      businessStage: 'A',
      skillTags: ['封入封緘'],
      monthlyHourCap: 40,
      consortiumConsent: true,
    },
  });
  for (const org of [shiojiri, tateshina, itoigawa]) {
    await org(CREATE_COURSE, {
      input: {
        code: 'SEC-101',
        title: '情報セキュリティ基礎',
        category: 'BASIC',
        format: 'E_LEARNING',
        durationMinutes: 90,
        description: 'Required before confidential work.',
        visibility: 'CONSORTIUM',
      },
    });
  }
  for (const [org, call] of [
    ['tateshina', tateshina],
    ['shiojiri', shiojiri],
    ['itoigawa', itoigawa],
  ] as const) {
    const { setInvoiceSettings } = await call<{ setInvoiceSettings: { missingForIssue: string[] } }>(SET_INVOICE_SETTINGS, {
      input: ISSUERS[org],
    });
    if (setInvoiceSettings.missingForIssue.length > 0)
      throw new Error(`Demo issuer ${org} is missing ${setInvoiceSettings.missingForIssue.join(', ')}`);
  }
  const townHall = await tateshina<{ createClient: { id: string } }>(CREATE_CLIENT, {
    input: { name: '立科町 総務課', sector: 'PUBLIC', contactName: '総務係' },
  });
  const orders = [
    {
      title: '町議会 議事録作成 (令和8年度)',
      category: 'WRITING',
      routine: false,
      valueYen: 480_000,
      estimatedHours: 160,
      deadline: '2027-03-19',
      requiredStage: 'B',
    },
    {
      title: '住民アンケート データ入力',
      category: 'DATA_ENTRY',
      routine: true,
      valueYen: 220_000,
      estimatedHours: 90,
      deadline: '2027-01-29',
      requiredStage: 'A',
    },
  ];
  for (const order of orders) {
    const { createOrder } = await tateshina<{ createOrder: { id: string } }>(CREATE_ORDER, {
      input: { ...order, clientId: townHall.createClient.id },
    });
    await tateshina(SET_ORDER_LEAD_WORKER, { orderId: createOrder.id, leadWorkerOrgId: 'shiojiri', leadWorkerId: lead.registerWorker.id });
  }
  const company = await shiojiri<{ createClient: { id: string } }>(CREATE_CLIENT, {
    input: { name: '株式会社 信州データ', sector: 'PRIVATE' },
  });
  await shiojiri(CREATE_ORDER, {
    input: {
      title: 'AI学習用 画像アノテーション',
      category: 'ANNOTATION',
      valueYen: 1_200_000,
      estimatedHours: 600,
      deadline: '2027-02-26',
      requiredStage: 'A',
      clientId: company.createClient.id,
    },
  });
  return true;
}

/**
 * Tateshina's orders from tateshina's orders node, each lead worker's stage and skills from
 * shiojiri's workers node. The lead worker's name is personal data of shiojiri: asked for by a
 * tateshina director it comes back null with a FORBIDDEN error.
 */
export const SAMPLE_QUERY = `{
  orders {
    nodes {
      title
      valueYen
      client { name }
      leadWorker { orgId itStage businessStage skillTags }
    }
  }
}`;
