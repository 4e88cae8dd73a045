import { Client } from 'pg';
import { postGraphQL } from './graphql-client';

/**
 * The shape of the query that once ran a member's orders node out of memory: a pool offer's
 * claims and back (PoolOffer.claims -> PoolClaim.offer -> …), `hops` steps below the org's pool
 * offers, each claim selecting `claim` and each offer `offer`. It grows by the number of claims
 * at every second step. The red-team tests and the burst benchmark send it.
 */
export function poolCycle(orgId: string, hops: number, claim = 'id', offer = 'id'): string {
  let inner = '';
  for (let step = hops; step >= 1; step--) inner = step % 2 === 1 ? `claims { ${claim} ${inner} }` : `offer { ${offer} ${inner} }`;
  return `{ poolOffers(orgId: "${orgId}") { ${offer} ${inner} } }`;
}

/**
 * Publishes one pool offer of `orgId` through the gateway (as its director) and stores `claims`
 * partner claims on it in the node's database (claiming through the API would need a partner
 * node per claim). Returns the offer's id.
 */
export async function seedClaimedPoolOffer(
  gatewayUrl: string,
  ordersDatabaseUrl: string,
  orgId: string,
  director: Record<string, string>,
  claims: number,
): Promise<string> {
  const call = async <T>(document: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await postGraphQL<T>(gatewayUrl, document, variables, director);
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const deadline = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const { createClient } = await call<{ createClient: { id: string } }>(
    `mutation { createClient(input: { name: "立科町 総務課", sector: PUBLIC }) { id } }`,
  );
  const { createOrder } = await call<{ createOrder: { id: string } }>(
    `mutation ($input: CreateOrderInput!) { createOrder(input: $input) { id } }`,
    {
      input: {
        clientId: createClient.id,
        title: 'データ入力',
        category: 'DATA_ENTRY',
        valueYen: 90_000,
        estimatedHours: 100,
        deadline,
        requiredStage: 'C',
      },
    },
  );
  const { createTask } = await call<{ createTask: { id: string } }>(
    `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
    {
      input: { orderId: createOrder.id, title: '入力', payBasis: 'HOURLY', hours: 90, payRateYen: 1_100, valueYen: 60_000 },
    },
  );
  const { publishPoolOffer } = await call<{ publishPoolOffer: { id: string } }>(
    `mutation ($input: PublishPoolOfferInput!) { publishPoolOffer(input: $input) { id } }`,
    {
      input: { taskId: createTask.id, hours: 80, rateYen: 1_500, clientLabel: '長野県内の自治体' },
    },
  );
  const db = new Client({ connectionString: ordersDatabaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO pool_claims (org_id, offer_id, claimant_org_id, hours, claimed_by) SELECT $1, $2, 'partner-org', 1, 'seed' FROM generate_series(1, $3::int)`,
      [orgId, publishPoolOffer.id, claims],
    );
  } finally {
    await db.end();
  }
  return publishPoolOffer.id;
}
