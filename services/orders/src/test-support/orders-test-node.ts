import { gql, startTestNode, TestNode } from '@kyodo/testing';
import { DEMO_OPERATOR_IDENTITIES, DEMO_PROGRAMMES } from '@kyodo/domain';
import { createOrdersApp, migrateOrders } from '../orders-node';

export type OrdersTestNode = TestNode;

/** A real orders node of tateshina for integration specs (see startTestNode); it asks no other node. */
export function startOrdersTestNode(
  label: string,
  options: {
    /** OPERATED_BY: tateshina's partner operator, for delegation specs. */
    operatedBy?: Readonly<Record<string, string>>;
  } = {},
): Promise<OrdersTestNode> {
  return startTestNode({
    label,
    migrate: migrateOrders,
    create: (databaseUrl, auth) =>
      createOrdersApp({
        orgId: 'tateshina',
        databaseUrl,
        auth,
        operatedBy: options.operatedBy,
        // A node serving an operated member is always told its operator's identity and programme (the launcher's demo values).
        ...(options.operatedBy ? { operatorIdentities: DEMO_OPERATOR_IDENTITIES, programmes: DEMO_PROGRAMMES } : {}),
      }),
  });
}

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

export async function seedClient(node: OrdersTestNode, name = '立科町 総務課', sector = 'PUBLIC'): Promise<string> {
  const res = await node.call<{ createClient: { id: string } }>(CREATE_CLIENT, { input: { name, sector } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createClient.id;
}

const CREATE_CONTRACT = gql`
  mutation ($input: CreateContractInput!) {
    createContract(input: $input) {
      id
    }
  }
`;
const REQUIRABLE_COURSES = gql`
  query {
    requirableCourses {
      code
    }
  }
`;
const REGISTER_COURSE = gql`
  mutation ($input: RegisterRequirableCourseInput!) {
    registerRequirableCourse(input: $input) {
      code
    }
  }
`;

/** A contract with the client (請負, NDA signed unless asked otherwise) running to 2099. */
export async function seedContract(node: OrdersTestNode, clientId: string, input: Record<string, unknown> = {}): Promise<string> {
  const res = await node.call<{ createContract: { id: string } }>(CREATE_CONTRACT, {
    input: { clientId, type: 'UKEOI', ndaSigned: true, startsOn: '2025-04-01', endsOn: '2099-03-31', ...input },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createContract.id;
}

/** Lets the node's orders require these course codes, as an org admin registers them. */
export async function registerCourses(node: OrdersTestNode, codes: readonly string[]): Promise<void> {
  const listed = await node.call<{ requirableCourses: { code: string }[] }>(REQUIRABLE_COURSES);
  const known = new Set((listed.data?.requirableCourses ?? []).map((c) => c.code));
  for (const code of codes.filter((c) => !known.has(c))) {
    const res = await node.call(REGISTER_COURSE, { input: { code, title: `研修 ${code}` } }, 'tateshina-admin');
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
}

/**
 * An order as a careful director enters it: under a contract with the client (one is made
 * unless `contractId` is given; `contractId: null` leaves it out), its required course codes
 * registered first.
 */
export async function seedOrder(node: OrdersTestNode, clientId: string, input: Record<string, unknown> = {}): Promise<string> {
  if (Array.isArray(input.requiredTrainings)) await registerCourses(node, input.requiredTrainings as string[]);
  const contractId = 'contractId' in input ? input.contractId : await seedContract(node, clientId);
  const res = await node.call<{ createOrder: { id: string } }>(CREATE_ORDER, {
    input: {
      clientId,
      title: '住民票データ入力',
      category: 'DATA_ENTRY',
      valueYen: 120_000,
      estimatedHours: 40,
      deadline: '2027-03-31',
      ...input,
      contractId,
    },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createOrder.id;
}

const TRANSITION = gql`
  mutation ($id: ID!, $to: OrderStatus!) {
    transitionOrder(id: $id, to: $to) {
      status
    }
  }
`;

/** Moves an order through `steps` with transitionOrder, failing loudly on a refused step. */
export async function walkOrder(node: OrdersTestNode, orderId: string, steps: readonly string[]): Promise<void> {
  for (const to of steps) {
    const res = await node.call(TRANSITION, { id: orderId, to });
    if (res.errors) throw new Error(`${to}: ${JSON.stringify(res.errors)}`);
  }
}

const SET_INVOICE_SETTINGS = gql`
  mutation ($input: SetInvoiceSettingsInput!) {
    setInvoiceSettings(input: $input) {
      orgId
    }
  }
`;

/** Complete issuer settings, as a qualified invoice needs them (登録番号, address, 振込先). */
export const COMPLETE_ISSUER = {
  issuerName: '一般社団法人 立科テレワークセンター',
  registrationNumber: 'T1234567890123',
  address: '長野県北佐久郡立科町芦田1000',
  phone: '0267-00-0000',
  bankName: '八十二銀行',
  bankBranch: '立科支店',
  bankAccountType: 'ORDINARY',
  bankAccountNumber: '1234567',
  bankAccountHolder: 'シヤ）タテシナテレワークセンター',
};

/** Sets the org's issuer settings as its org admin (complete unless overridden). */
export async function seedIssuer(node: OrdersTestNode, input: Record<string, unknown> = COMPLETE_ISSUER): Promise<void> {
  const res = await node.call(SET_INVOICE_SETTINGS, { input }, 'tateshina-admin');
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}
