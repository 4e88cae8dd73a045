import { randomUUID } from 'node:crypto';
import { bearer, gql, postGraphQL, tokenFor } from '@kyodo/testing';

const ORG = 'tateshina';

/** Tokyo's today, YYYY-MM-DD. */
function tokyoToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function daysAfter(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * What a worker's home shows on an ordinary day: tateshina-worker registered, an offer taken,
 * its 作業委託契約 accepted, and today's hours logged, each step by the person who does it.
 */
export async function seedWorkerWithWork(gatewayUrl: string): Promise<void> {
  const call = async (username: string, document: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphQL<Record<string, any>>(gatewayUrl, document, variables, await bearer(username));
    if (response.errors || !response.data) throw new Error(`${username}: ${JSON.stringify(response.errors)}`);
    return response.data;
  };
  const today = tokyoToday();
  const sub = JSON.parse(Buffer.from((await tokenFor(`${ORG}-worker`)).split('.')[1], 'base64url').toString()).sub as string;
  const { registerWorker } = await call(
    `${ORG}-admin`,
    gql`
      mutation ($input: RegisterWorkerInput!) {
        registerWorker(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        familyName: '蓼科',
        givenName: '花子',
        familyNameKana: 'タテシナ',
        givenNameKana: 'ハナコ',
        userId: sub,
        monthlyHourCap: 80,
        weeklyAvailability: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, minutes: 480 })),
      },
    },
  );
  await call(
    `${ORG}-director`,
    gql`
      mutation ($id: ID!) {
        setWorkerStatus(id: $id, status: ACTIVE) {
          status
        }
      }
    `,
    { id: registerWorker.id },
  );
  await call(
    `${ORG}-admin`,
    gql`
      mutation ($input: SetPaySettingsInput!) {
        setPaySettings(input: $input) {
          closingDay
        }
      }
    `,
    {
      input: {
        closingDay: 31,
        paymentMonthOffset: 1,
        paymentDay: 31,
        consignorCode: '0263520281',
        consignorNameKana: 'タテシナチヨウ',
        bankCode: '0143',
        bankNameKana: 'ハチジュウニ',
        branchCode: '301',
        branchNameKana: 'タテシナ',
        accountType: 'ORDINARY',
        accountNumber: '1234567',
      },
    },
  );
  const { createClient } = await call(
    `${ORG}-director`,
    gql`
      mutation ($input: CreateClientInput!) {
        createClient(input: $input) {
          id
        }
      }
    `,
    { input: { name: '立科町 住民課', sector: 'PUBLIC' } },
  );
  const { createContract } = await call(
    `${ORG}-director`,
    gql`
      mutation ($input: CreateContractInput!) {
        createContract(input: $input) {
          id
        }
      }
    `,
    {
      input: { clientId: createClient.id, type: 'JUNIN', ndaSigned: true, startsOn: daysAfter(today, -30), endsOn: daysAfter(today, 365) },
    },
  );
  const { createOrder } = await call(
    `${ORG}-director`,
    gql`
      mutation ($input: CreateOrderInput!) {
        createOrder(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        clientId: createClient.id,
        contractId: createContract.id,
        title: '住民票 写し 照合',
        category: 'DATA_ENTRY',
        valueYen: '200000',
        estimatedHours: 40,
        deadline: daysAfter(today, 60),
      },
    },
  );
  const { createTask } = await call(
    `${ORG}-director`,
    gql`
      mutation ($input: CreateTaskInput!) {
        createTask(input: $input) {
          id
        }
      }
    `,
    { input: { orderId: createOrder.id, title: '照合 一次', payBasis: 'HOURLY', hours: 10, payRateYen: '1100', valueYen: '20000' } },
  );
  const { createOffer } = await call(
    `${ORG}-director`,
    gql`
      mutation ($input: CreateOfferInput!) {
        createOffer(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        taskOrgId: ORG,
        taskId: createTask.id,
        periodFrom: daysAfter(today, -6),
        periodTo: daysAfter(today, 30),
        totalMinutes: 600,
        minimumMinutes: 120,
        hourlyRateYen: '1100',
      },
    },
  );
  const { acceptOffer } = await call(
    `${ORG}-worker`,
    gql`
      mutation ($offerId: ID!) {
        acceptOffer(offerId: $offerId, minutes: 600) {
          myAssignmentId
        }
      }
    `,
    { offerId: createOffer.id },
  );
  const assignmentId = acceptOffer.myAssignmentId as string;
  const { issueCommissionTerms } = await call(
    `${ORG}-director`,
    gql`
      mutation ($input: IssueCommissionTermsInput!) {
        issueCommissionTerms(input: $input) {
          id
          sha256
        }
      }
    `,
    { input: { assignmentId, workDescription: '住民票の写しと台帳の照合（一次）', deliveryPlace: 'オンライン納品' } },
  );
  await call(
    `${ORG}-worker`,
    gql`
      mutation ($id: ID!, $sha256: String!) {
        acceptCommissionTerms(id: $id, sha256: $sha256) {
          acceptedAt
        }
      }
    `,
    issueCommissionTerms,
  );
  // A few days of this week already logged, and today's.
  for (const [offset, minutes] of [
    [-2, 180],
    [-1, 240],
    [0, 120],
  ] as const) {
    await call(
      `${ORG}-worker`,
      gql`
        mutation ($input: LogTimeInput!) {
          logTime(input: $input) {
            id
          }
        }
      `,
      { input: { assignmentId, workDate: daysAfter(today, offset), minutes, idempotencyKey: randomUUID() } },
    );
  }
}
