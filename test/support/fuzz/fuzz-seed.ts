import { decodeJwtPayload } from '@kyodo/keycloak-tools';
import { gql, postGraphQL, tokenFor } from '@kyodo/testing';
import { IdPool } from './id-pool';

/** The member the support body registers for the fuzzer to suspend, resume and re-point: never a live one. */
export const SPARE_MEMBER = 'fuzz-spare';

/** "YYYY-MM-DD" of the first day of this month (UTC) shifted by `months`. */
function monthStart(months: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
}

/**
 * A little of everything in each member, written by its own staff through the gateway, so that
 * valid cases name ids that exist: a worker linked to the member's worker login (consenting to
 * consortium work), a client, contract, category, an order led by that worker with two tasks, an
 * assignment with logged time, a course and an enrollment, invoice settings, an accepted and
 * invoiced order; the second member offers a task to the pool and the first claims a share. The
 * support body registers a spare member with one (unreachable) node. Every answer feeds `pool`;
 * returns the ids the fuzzer must not suspend or re-point (the live members and their nodes).
 */
export async function seedFuzzData(gatewayUrl: string, orgs: readonly [string, string], pool: IdPool): Promise<Set<string>> {
  const call = async <T = Record<string, { id: string }>>(
    username: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const res = await postGraphQL<T>(gatewayUrl, query, variables, { authorization: `Bearer ${await tokenFor(username)}` });
    if (res.errors || !res.data) throw new Error(`Fuzz seed, ${username}: ${JSON.stringify(res.errors)}\n${query}`);
    pool.harvest(res.data);
    return res.data;
  };
  const offerTasks: Record<string, string> = {};
  for (const org of orgs) {
    const [admin, director, worker] = [`${org}-admin`, `${org}-director`, `${org}-worker`];
    const sub = decodeJwtPayload(await tokenFor(worker)).sub as string;
    const { registerWorker } = await call(
      admin,
      gql`
        mutation ($input: RegisterWorkerInput!) {
          registerWorker(input: $input) {
            __typename
            id
          }
        }
      `,
      {
        input: {
          familyName: '試験',
          givenName: '太郎',
          familyNameKana: 'シケン',
          givenNameKana: 'タロウ',
          userId: sub,
          consortiumConsent: true,
          monthlyHourCap: 80,
          weeklyAvailability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 300 })),
        },
      },
    );
    await call(
      director,
      gql`
        mutation ($id: ID!) {
          setWorkerStatus(id: $id, status: ACTIVE) {
            __typename
            id
          }
        }
      `,
      { id: registerWorker.id },
    );
    const { createClient } = await call(
      director,
      gql`
        mutation {
          createClient(input: { name: "試験 市役所", sector: PUBLIC }) {
            __typename
            id
          }
        }
      `,
    );
    const { createContract } = await call(
      director,
      gql`
        mutation ($input: CreateContractInput!) {
          createContract(input: $input) {
            __typename
            id
          }
        }
      `,
      {
        input: { clientId: createClient.id, type: 'JUNIN', ndaSigned: true, startsOn: monthStart(-2), endsOn: monthStart(12) },
      },
    );
    await call(
      director,
      gql`
        mutation ($input: CreateBusinessCategoryInput!) {
          createBusinessCategory(input: $input) {
            __typename
            code
          }
        }
      `,
      {
        input: { code: `FUZZ_${org.toUpperCase()}`, sector: 'PUBLIC', nameJa: '試験 分類', nameEn: 'Fuzz category' },
      },
    );
    const createOrder = async (title: string, extra: object = {}) =>
      (
        await call(
          director,
          gql`
            mutation ($input: CreateOrderInput!) {
              createOrder(input: $input) {
                __typename
                id
              }
            }
          `,
          {
            input: {
              clientId: createClient.id,
              title,
              category: 'DATA_ENTRY',
              valueYen: 500_000,
              estimatedHours: 40,
              deadline: monthStart(6),
              ...extra,
            },
          },
        )
      ).createOrder.id as string;
    const orderId = await createOrder('試験 受注', { contractId: createContract.id });
    // The org's own worker leads it, named at its workers node (which pushes it to the orders node).
    await call(
      director,
      gql`
        mutation ($orderId: ID!, $leadWorkerOrgId: String, $leadWorkerId: ID) {
          setOrderLeadWorker(orderId: $orderId, leadWorkerOrgId: $leadWorkerOrgId, leadWorkerId: $leadWorkerId) {
            __typename
            id
          }
        }
      `,
      { orderId, leadWorkerOrgId: org, leadWorkerId: registerWorker.id },
    );
    const createTask = async (title: string) =>
      (
        await call(
          director,
          gql`
            mutation ($input: CreateTaskInput!) {
              createTask(input: $input) {
                __typename
                id
              }
            }
          `,
          {
            input: { orderId, title, payBasis: 'HOURLY', hours: 5, payRateYen: 1_100, valueYen: 50_000 },
          },
        )
      ).createTask.id as string;
    const taskId = await createTask('試験 作業 1');
    offerTasks[org] = await createTask('試験 作業 共同受注');
    const { createAssignment } = await call(
      director,
      gql`
        mutation ($input: CreateAssignmentInput!) {
          createAssignment(input: $input) {
            __typename
            id
          }
        }
      `,
      {
        input: {
          workerId: registerWorker.id,
          taskOrgId: org,
          taskId,
          periodFrom: monthStart(0),
          periodTo: monthStart(2),
          plannedMinutes: 600,
          hourlyRateYen: 1_100,
        },
      },
    );
    await call(
      worker,
      gql`
        mutation ($input: LogTimeInput!) {
          logTime(input: $input) {
            __typename
            id
          }
        }
      `,
      {
        input: {
          assignmentId: createAssignment.id,
          workDate: monthStart(0),
          minutes: 60,
          note: '試験 入力',
          idempotencyKey: `fuzz-seed-${org}`,
        },
      },
    );
    const { createCourse } = await call(
      admin,
      gql`
        mutation {
          createCourse(
            input: { code: "FZ-101", title: "試験 研修", category: BASIC, format: E_LEARNING, durationMinutes: 60, visibility: CONSORTIUM }
          ) {
            __typename
            id
          }
        }
      `,
    );
    await call(
      admin,
      gql`
        mutation {
          seedCourseCatalogue {
            __typename
            id
          }
        }
      `,
    );
    await call(
      director,
      gql`
        mutation ($input: EnrollWorkerInput!) {
          enrollWorker(input: $input) {
            __typename
            id
          }
        }
      `,
      { input: { workerId: registerWorker.id, courseId: createCourse.id } },
    );
    await call(
      admin,
      gql`
        mutation {
          setInvoiceSettings(
            input: {
              issuerName: "試験 公社"
              registrationNumber: "T1000000000001"
              address: "長野県"
              bankName: "試験銀行"
              bankBranch: "本店"
              bankAccountType: ORDINARY
              bankAccountNumber: "0000001"
              bankAccountHolder: "シケンコウシヤ"
            }
          ) {
            __typename
          }
        }
      `,
    );
    const acceptedId = await createOrder('試験 検収済', { contractId: createContract.id });
    for (const to of ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED']) {
      await call(
        director,
        gql`
          mutation ($id: ID!, $to: OrderStatus!) {
            transitionOrder(id: $id, to: $to) {
              __typename
              id
            }
          }
        `,
        { id: acceptedId, to },
      );
    }
    await call(
      director,
      gql`
        mutation ($input: IssueInvoiceInput!) {
          issueInvoice(input: $input) {
            __typename
            id
            lines {
              __typename
              id
            }
          }
        }
      `,
      { input: { clientId: createClient.id, orderIds: [acceptedId] } },
    );
  }
  // 共同受注: the second member offers a task; the first claims a share of it.
  const [claimant, owner] = orgs;
  const { publishPoolOffer } = await call(
    `${owner}-director`,
    gql`
      mutation ($input: PublishPoolOfferInput!) {
        publishPoolOffer(input: $input) {
          __typename
          id
        }
      }
    `,
    {
      input: { taskId: offerTasks[owner], hours: 3, rateYen: 1_300, clientLabel: '県内の自治体' },
    },
  );
  await call(
    `${claimant}-director`,
    gql`
      mutation ($orgId: String, $offerId: ID!) {
        claimPoolOffer(orgId: $orgId, offerId: $offerId, hours: 1) {
          __typename
          id
        }
      }
    `,
    { orgId: owner, offerId: publishPoolOffer.id },
  );

  const live = await call<{ consortiumMembers: { id: string }[]; memberNodes: { id: string }[] }>(
    'consortium-admin',
    gql`
      {
        consortiumMembers {
          __typename
          id
        }
        memberNodes {
          __typename
          id
        }
      }
    `,
  );
  await call(
    'consortium-admin',
    gql`
      mutation ($id: String!) {
        registerMember(input: { id: $id, name: "試験 予備", kind: MUNICIPALITY }) {
          __typename
          id
        }
      }
    `,
    { id: SPARE_MEMBER },
  );
  await call(
    'consortium-admin',
    gql`
      mutation ($orgId: String!) {
        registerNode(input: { orgId: $orgId, subgraph: "orders", url: "http://127.0.0.1:9" }) {
          __typename
          id
        }
      }
    `,
    { orgId: SPARE_MEMBER },
  );
  return new Set([...live.consortiumMembers.map((m) => m.id), ...live.memberNodes.map((n) => n.id)]);
}
