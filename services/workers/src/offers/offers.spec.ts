import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthError } from '@kyodo/auth';
import type { OnBehalfOf } from '@kyodo/subgraph';
import { bearer, gql, postGraphQL, startTestNode, type TestIssuer, type TestNode } from '@kyodo/testing';
import { InMemoryTaskRequirements } from '../assignments/in-memory-task-requirements';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import type { TaskRequirements } from '../assignments/task-requirements';
import { InMemoryTaskDetails } from '../me/in-memory-task-details';
import { InMemoryPoolClaims } from '../sharing/in-memory-pool-claims';
import { subjectOf, useRealmWithExtraWorkers } from '../test-support/workers-realm';
import { createWorkersApp, migrateWorkers } from '../workers-node';

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
const CREATE = gql`
  mutation ($input: CreateOfferInput!) {
    createOffer(input: $input) {
      id
      status
      totalMinutes
      takenMinutes
      remainingMinutes
      hourlyRateYen
      withholding
      requiredItStage
      requiredBusinessStage
      requiredTrainings
      confidential
      task {
        orgId
        id
      }
      recipients {
        workerId
        response
      }
    }
  }
`;
const OFFERS = gql`
  query ($first: Int, $after: String) {
    offers(first: $first, after: $after) {
      nodes {
        id
        status
        takenMinutes
        recipients {
          workerId
          response
          minutes
          assignmentId
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
const MY_OFFERS = gql`
  query {
    myOffers(first: 100) {
      nodes {
        id
        status
        remainingMinutes
        note
        myResponse
        myMinutes
        myAssignmentId
      }
    }
  }
`;
const MY_OFFERS_WITH_RECIPIENTS = gql`
  query {
    myOffers {
      nodes {
        id
        recipients {
          workerId
        }
      }
    }
  }
`;
const ACCEPT = gql`
  mutation ($offerId: ID!, $minutes: Int!) {
    acceptOffer(offerId: $offerId, minutes: $minutes) {
      id
      status
      myResponse
      myMinutes
      myAssignmentId
    }
  }
`;
const DECLINE = gql`
  mutation ($offerId: ID!) {
    declineOffer(offerId: $offerId) {
      id
      myResponse
    }
  }
`;
const PICK = gql`
  mutation ($offerId: ID!, $workerId: ID!) {
    pickOfferWorker(offerId: $offerId, workerId: $workerId) {
      id
      status
      takenMinutes
      recipients {
        workerId
        response
        assignmentId
      }
    }
  }
`;
const WITHDRAW = gql`
  mutation ($offerId: ID!) {
    withdrawOffer(offerId: $offerId) {
      id
      status
    }
  }
`;

const SECURITY_COURSE = 'SEC-BASIC';
const WEEKDAYS_3H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 180 }));
const EXTRA_WORKERS = 6;
const subjectIn = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;

describe('offers (手挙げ) against PostgreSQL', () => {
  let issuer: TestIssuer;
  let node: TestNode;
  let sql: DataSource;
  const training = new InMemoryTrainingRecords();
  const claims = new InMemoryPoolClaims();
  /** The owners' tasks (their orders nodes), and what they show of them. */
  const tasks = new InMemoryTaskRequirements();
  const details = new InMemoryTaskDetails();
  /**
   * Like the real orders, claims and training nodes, the stand-ins refuse a worker's own token: a
   * worker's acceptance must book from what the server stored when the offer was made.
   */
  const workerSubjects = new Set<string>();
  const workerTokensAsked: string[] = [];
  const staffOnly = (caller: OnBehalfOf) => {
    const sub = subjectIn(caller.token);
    if (workerSubjects.has(sub)) {
      workerTokensAsked.push(sub);
      throw new AuthError('FORBIDDEN', 'Only the org’s staff may ask.');
    }
  };
  /** Worker ids by login: tateshina-worker and tateshina-worker-1..6, all B/B with an NDA and the security course. */
  const workers = new Map<string, string>();
  const logins = ['tateshina-worker', ...Array.from({ length: EXTRA_WORKERS }, (_, i) => `tateshina-worker-${i + 1}`)];

  const as = async (user: string, query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<Record<string, any>>(node.url, query, variables, await bearer(user));
  const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    Number((await sql.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const register = async (extra: Record<string, unknown>, active = true) => {
    const input = {
      familyName: '小林',
      givenName: '誠',
      familyNameKana: 'コバヤシ',
      givenNameKana: 'マコト',
      monthlyHourCap: 100,
      weeklyAvailability: WEEKDAYS_3H,
      itStage: 'B',
      businessStage: 'B',
      ndaSignedOn: '2025-04-01',
      ...extra,
    };
    // Placed at B on registration: the org admin's call, with the assessment's reason.
    const res = await as('tateshina-admin', REGISTER, { input: { stageReason: '入所時の評価', ...input } });
    expect(res.errors).toBeUndefined();
    const id = res.data!.registerWorker.id as string;
    if (active) expect((await as('tateshina-director', ACTIVATE, { id })).errors).toBeUndefined();
    return id;
  };
  /** An offer's input on a new task of the owner, which requires `task` (entry stage, nothing else, by default). */
  const offer = (extra: Record<string, unknown> = {}, task: Partial<TaskRequirements> = {}) => ({
    taskOrgId: 'tateshina',
    taskId: tasks.add(String(extra.taskOrgId ?? 'tateshina'), String(extra.taskId ?? randomUUID()), task),
    note: '3月分のデータ入力',
    periodFrom: '2025-06-02',
    periodTo: '2025-06-27',
    totalMinutes: 600,
    minimumMinutes: 120,
    hourlyRateYen: 1100,
    ...extra,
  });
  const createOffer = async (extra: Record<string, unknown> = {}, task: Partial<TaskRequirements> = {}) => {
    const res = await as('tateshina-director', CREATE, { input: offer(extra, task) });
    expect(res.errors).toBeUndefined();
    return res.data!.createOffer as { id: string; task: { id: string }; recipients: { workerId: string }[] } & Record<string, unknown>;
  };

  beforeAll(async () => {
    issuer = await useRealmWithExtraWorkers(EXTRA_WORKERS);
    node = await startTestNode({
      label: 'workers_offers',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: {
            missingTrainings: async (orgId, workerId, codes, caller) => (
              staffOnly(caller),
              training.missingTrainings(orgId, workerId, codes)
            ),
          },
          poolClaims: { claim: async (caller, ownerOrgId, claimId) => (staffOnly(caller), claims.claim(caller, ownerOrgId, claimId)) },
          taskRequirements: { forTask: async (caller, taskOrgId, taskId) => (staffOnly(caller), tasks.forTask(caller, taskOrgId, taskId)) },
          taskDetails: { details: async (caller, bookingOrgId, task) => (staffOnly(caller), details.details(caller, bookingOrgId, task)) },
        }),
    });
    sql = node.dataSource;
    for (const login of logins) {
      const id = await register({ userId: await subjectOf(login), consortiumConsent: login !== 'tateshina-worker-6' });
      training.complete('tateshina', id, 'SEC-101');
      training.complete('tateshina', id, SECURITY_COURSE);
      workers.set(login, id);
      workerSubjects.add(await subjectOf(login));
    }
    workerSubjects.add(await subjectOf('shiojiri-worker'));
  });

  afterEach(() => {
    // No worker's token ever reached a node that would refuse it.
    expect(workerTokensAsked.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await node?.close();
    await issuer?.stop();
  });

  it('offers the hours only to the workers the server finds eligible: stage, trainings, NDA, availability and cap', async () => {
    const notLinked = {
      lowStage: await register({ itStage: 'A' }),
      noNda: await register({ ndaSignedOn: null }),
      untrained: await register({}),
      // 1 h a month cannot hold the 2 h minimum share.
      noRoom: await register({ monthlyHourCap: 1 }),
      noAvailability: await register({ weeklyAvailability: [] }),
      inactive: await register({}, false),
    };
    for (const id of [notLinked.noRoom, notLinked.noAvailability, notLinked.inactive, notLinked.lowStage, notLinked.noNda]) {
      training.complete('tateshina', id, 'SEC-101');
      training.complete('tateshina', id, SECURITY_COURSE);
    }
    const made = await createOffer({}, { itStage: 'B' as never, trainings: ['SEC-101'], confidential: true });
    expect(made).toMatchObject({ status: 'OPEN', remainingMinutes: 600, hourlyRateYen: '1100' });
    expect(made.recipients.map((r) => r.workerId).sort()).toEqual([...workers.values()].sort());
    expect(made.recipients.every((r) => !Object.values(notLinked).includes(r.workerId))).toBe(true);
    expect(await sql.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [made.id])).toEqual([{ action: 'offer.create' }]);

    // Nobody fits: refused, nothing written.
    const before = [await count('offers'), await count('offer_recipients')];
    expect(codeOf(await as('tateshina-director', CREATE, { input: offer({}, { itStage: 'C' as never }) }))).toBe('NO_ELIGIBLE_WORKERS');
    expect(codeOf(await as('tateshina-director', CREATE, { input: offer({}, { trainings: ['RPA-201'] }) }))).toBe('NO_ELIGIBLE_WORKERS');
    // A task the owner does not know (or will not show this org): refused like a director's booking.
    expect(codeOf(await as('tateshina-director', CREATE, { input: { ...offer(), taskId: randomUUID() } }))).toBe('TASK_NOT_FOUND');
    expect(codeOf(await as('tateshina-director', CREATE, { input: offer({ minimumMinutes: 700 }) }))).toBe('INVALID_MINUTES');
    expect(codeOf(await as('tateshina-director', CREATE, { input: offer({ hourlyRateYen: null, pieceRateYen: 20 }) }))).toBe(
      'PAY_BASIS_MISMATCH',
    );
    expect(codeOf(await as('tateshina-director', CREATE, { input: offer({ hourlyRateYen: 100_001 }) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('tateshina-director', CREATE, { input: offer({ periodTo: '2025-05-01' }) }))).toBe('INVALID_PERIOD');
    expect([await count('offers'), await count('offer_recipients')]).toEqual(before);
  });

  it("offers another member's task only within an approved claim, and only to workers who consented", async () => {
    const taskId = randomUUID();
    expect(codeOf(await as('tateshina-director', CREATE, { input: offer({ taskOrgId: 'shiojiri', taskId }) }))).toBe('CLAIM_REQUIRED');
    expect(codeOf(await as('tateshina-director', CREATE, { input: offer({ taskOrgId: 'shiojiri', taskId, claimId: randomUUID() }) }))).toBe(
      'CLAIM_NOT_FOUND',
    );
    const claimId = randomUUID();
    claims.add('shiojiri', {
      id: claimId,
      status: 'APPROVED',
      claimantOrgId: 'tateshina',
      hours: 20,
      offer: { taskId, requiredStage: 'B' as never, requiredTrainings: ['SEC-101'], deadline: '2025-12-31' },
    });
    const made = await createOffer({ taskOrgId: 'shiojiri', taskId, claimId }, { withholding: true });
    // The claim's offer tightens the owner's entry-stage task; the claim's approved minutes are kept for booking.
    expect(made).toMatchObject({
      requiredItStage: 'B',
      requiredBusinessStage: 'B',
      requiredTrainings: ['SEC-101'],
      withholding: true,
      confidential: false,
    });
    expect(await sql.query(`SELECT claim_id, claim_approved_minutes FROM offers WHERE id = $1`, [made.id])).toEqual([
      { claim_id: claimId, claim_approved_minutes: 1200 },
    ]);
    const offered = made.recipients.map((r) => r.workerId);
    expect(offered).not.toContain(workers.get('tateshina-worker-6'));
    expect(offered).toHaveLength(logins.length - 1);
    // Within the claim the director may now write the task's instructions, before anyone is booked.
    const instructions = await as(
      'tateshina-director',
      gql`
        mutation ($input: PublishTaskInstructionsInput!) {
          publishTaskInstructions(input: $input) {
            version
          }
        }
      `,
      {
        input: { taskOrgId: 'shiojiri', taskId, baseVersion: 0, bodyMarkdown: '# 手順' },
      },
    );
    expect(instructions.errors).toBeUndefined();
    // Another worker of the member, not offered the work, cannot take it.
    expect(codeOf(await as('tateshina-worker-6', ACCEPT, { offerId: made.id, minutes: 120 }))).toBe('OFFER_NOT_FOUND');
    expect((await as('tateshina-worker-1', ACCEPT, { offerId: made.id, minutes: 120 })).data?.acceptOffer).toMatchObject({
      myResponse: 'ACCEPTED',
    });
    expect(await sql.query(`SELECT booked_minutes, approved_minutes FROM claim_shares WHERE claim_id = $1`, [claimId])).toEqual([
      { booked_minutes: 120, approved_minutes: 1200 },
    ]);
    expect(
      await sql.query(`SELECT required_it_stage, required_trainings, withholding FROM assignments WHERE task_id = $1`, [taskId]),
    ).toEqual([{ required_it_stage: 'B', required_trainings: ['SEC-101'], withholding: true }]);
  });

  it('refuses offers to another worker of the member, another member, and the wrong role', async () => {
    const made = await createOffer({ totalMinutes: 240 });
    const unlinked = await register({});
    // Offered to the linked workers only because they exist; now one not offered it (registered later) tries.
    expect(made.recipients.map((r) => r.workerId)).not.toContain(unlinked);
    expect(codeOf(await as('shiojiri-worker', ACCEPT, { offerId: made.id, minutes: 120 }))).toBe('FORBIDDEN');
    expect(codeOf(await as('shiojiri-worker', MY_OFFERS))).toBe('FORBIDDEN');
    expect(codeOf(await as('shiojiri-director', CREATE, { input: offer() }))).toBe('FORBIDDEN');
    expect(codeOf(await as('tateshina-director', ACCEPT, { offerId: made.id, minutes: 120 }))).toBe('FORBIDDEN');
    expect(codeOf(await as('tateshina-worker', CREATE, { input: offer() }))).toBe('FORBIDDEN');
    expect(codeOf(await as('tateshina-worker', OFFERS))).toBe('FORBIDDEN');
    expect(codeOf(await as('tateshina-worker', PICK, { offerId: made.id, workerId: workers.get('tateshina-worker') }))).toBe('FORBIDDEN');
    expect(codeOf(await as('tateshina-worker', ACCEPT, { offerId: randomUUID(), minutes: 120 }))).toBe('OFFER_NOT_FOUND');
    // A worker sees their own answer, never who else was offered the work.
    const mine = await as('tateshina-worker', MY_OFFERS_WITH_RECIPIENTS);
    expect(mine.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(mine.data?.myOffers?.nodes?.[0]?.recipients ?? null).toBeNull();
    // Outside the minimum share and the hours left.
    expect(codeOf(await as('tateshina-worker', ACCEPT, { offerId: made.id, minutes: 60 }))).toBe('OFFER_HOURS_UNAVAILABLE');
    expect(codeOf(await as('tateshina-worker', ACCEPT, { offerId: made.id, minutes: 241 }))).toBe('OFFER_HOURS_UNAVAILABLE');
    expect(await count('assignments', 'task_id = $1', [made.task.id])).toBe(0);
  });

  it('first come: accepting with the worker’s own token books them under the task’s rules, once', async () => {
    const taskId = randomUUID();
    details.set('tateshina', taskId, { taskTitle: '一次入力', orderTitle: '検診票入力', clientLabel: '立科町', deadline: '2025-06-30' });
    const made = await createOffer({ taskId }, { itStage: 'B' as never, trainings: ['SEC-101'], confidential: true, withholding: true });
    const worker = workers.get('tateshina-worker')!;
    const askedBefore = tasks.asked.length;
    const res = await as('tateshina-worker', ACCEPT, { offerId: made.id, minutes: 300 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.acceptOffer).toMatchObject({ status: 'OPEN', myResponse: 'ACCEPTED', myMinutes: 300 });
    const [assignment] = await sql.query(
      `SELECT id, worker_id, planned_minutes, hourly_rate_yen::int AS rate, required_it_stage, required_business_stage, required_trainings, withholding FROM assignments WHERE task_id = $1`,
      [made.task.id],
    );
    expect(assignment).toMatchObject({
      id: res.data!.acceptOffer.myAssignmentId,
      worker_id: worker,
      planned_minutes: 300,
      rate: 1100,
      required_it_stage: 'B',
      required_business_stage: 'A',
      required_trainings: ['SEC-101', SECURITY_COURSE],
      withholding: true,
    });
    // Booked from the offer's stored facts: the owner's node was not asked again.
    expect(tasks.asked.length).toBe(askedBefore);
    // The worker's own view has the task's details, read with the director's token when the offer was made.
    const view = await as(
      'tateshina-worker',
      gql`
        query {
          myAssignments {
            id
            taskTitle
            orderTitle
            clientLabel
            deadline
            hourlyRateYen
            withholding
            requiredItStage
          }
        }
      `,
    );
    expect(view.data!.myAssignments.find((a: { id: string }) => a.id === assignment.id)).toEqual({
      id: assignment.id,
      taskTitle: '一次入力',
      orderTitle: '検診票入力',
      clientLabel: '立科町',
      deadline: '2025-06-30',
      hourlyRateYen: '1100',
      withholding: true,
      requiredItStage: 'B',
    });
    expect(await sql.query(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1`, [assignment.id])).toEqual([
      { action: 'assignment.create', actor_id: await subjectOf('tateshina-worker') },
    ]);
    expect(codeOf(await as('tateshina-worker', ACCEPT, { offerId: made.id, minutes: 120 }))).toBe('OFFER_ALREADY_ACCEPTED');
    expect(codeOf(await as('tateshina-worker', DECLINE, { offerId: made.id }))).toBe('OFFER_ALREADY_ACCEPTED');
    const mine = (await as('tateshina-worker', MY_OFFERS)).data!.myOffers.nodes.find((o: { id: string }) => o.id === made.id);
    expect(mine).toMatchObject({ remainingMinutes: 300, myResponse: 'ACCEPTED', note: '3月分のデータ入力' });
  });

  it('takes no requirements from the client: they are not fields of the input, and nothing is written', async () => {
    const before = await count('offers');
    for (const field of [
      { withholding: false },
      { requiredItStage: 'A' },
      { requiredBusinessStage: 'A' },
      { requiredTrainings: [] },
      { confidential: false },
    ]) {
      const res = await as('tateshina-director', CREATE, { input: offer(field) });
      expect([Object.keys(field)[0], codeOf(res), res.data?.createOffer ?? null]).toEqual([Object.keys(field)[0], 'BAD_USER_INPUT', null]);
      expect(res.errors![0].message).toContain(`Field "${Object.keys(field)[0]}" is not defined by type "CreateOfferInput"`);
    }
    expect(await count('offers')).toBe(before);
  });

  it('stores the rules the owner’s task requires, and offers the work only to those who meet them', async () => {
    const untrained = workers.get('tateshina-worker-6')!;
    for (const login of logins) if (login !== 'tateshina-worker-6') training.complete('tateshina', workers.get(login)!, 'RPA-201');
    const made = await createOffer(
      { totalMinutes: 240 },
      { itStage: 'B' as never, businessStage: 'B' as never, trainings: ['RPA-201'], confidential: true, withholding: true },
    );
    expect(made).toMatchObject({
      requiredItStage: 'B',
      requiredBusinessStage: 'B',
      requiredTrainings: ['RPA-201', SECURITY_COURSE],
      confidential: true,
      withholding: true,
    });
    expect(
      await sql.query(
        `SELECT required_it_stage, required_business_stage, required_trainings, confidential, withholding, claim_id FROM offers WHERE id = $1`,
        [made.id],
      ),
    ).toEqual([
      {
        required_it_stage: 'B',
        required_business_stage: 'B',
        required_trainings: ['RPA-201', SECURITY_COURSE],
        confidential: true,
        withholding: true,
        claim_id: null,
      },
    ]);
    expect(made.recipients.map((r) => r.workerId)).not.toContain(untrained);
    expect(made.recipients).toHaveLength(logins.length - 1);
    // Not offered the work (it lacks the course): cannot take it with their own token either.
    expect(codeOf(await as('tateshina-worker-6', ACCEPT, { offerId: made.id, minutes: 120 }))).toBe('OFFER_NOT_FOUND');
    expect(await count('assignments', 'task_id = $1', [made.task.id])).toBe(0);
  });

  it('gives the reservation back when the assignment rules refuse the booking', async () => {
    // tateshina-worker-5's June is filled after the offer went out: 100 h cap, 63 h available in June.
    const made = await createOffer({ minimumMinutes: 600 });
    const worker = workers.get('tateshina-worker-5')!;
    const filler = await as('tateshina-director', ASSIGN, {
      input: {
        workerId: worker,
        taskOrgId: 'tateshina',
        taskId: tasks.add('tateshina', randomUUID()),
        periodFrom: '2025-06-02',
        periodTo: '2025-06-30',
        plannedMinutes: 60 * 60,
        hourlyRateYen: 1000,
      },
    });
    expect(filler.errors).toBeUndefined();
    expect(codeOf(await as('tateshina-worker-5', ACCEPT, { offerId: made.id, minutes: 600 }))).toBe('CAPACITY_EXCEEDED');
    expect(await sql.query(`SELECT status, taken_minutes FROM offers WHERE id = $1`, [made.id])).toEqual([
      { status: 'OPEN', taken_minutes: 0 },
    ]);
    expect(
      await sql.query(`SELECT response, minutes FROM offer_recipients WHERE offer_id = $1 AND worker_id = $2`, [made.id, worker]),
    ).toEqual([{ response: 'PENDING', minutes: null }]);
    // The hours are still there for someone else.
    expect((await as('tateshina-worker-4', ACCEPT, { offerId: made.id, minutes: 600 })).data?.acceptOffer).toMatchObject({
      status: 'FILLED',
      myResponse: 'ACCEPTED',
    });
  });

  it('two or more workers accepting the last hours at once: exactly one assignment, the offer filled', async () => {
    for (let round = 0; round < 3; round++) {
      const made = await createOffer({ totalMinutes: 480 });
      expect((await as('tateshina-worker', ACCEPT, { offerId: made.id, minutes: 240 })).errors).toBeUndefined();
      const racers = ['tateshina-worker-1', 'tateshina-worker-2', 'tateshina-worker-3', 'tateshina-worker-4'];
      const tokens = await Promise.all(racers.map((login) => bearer(login)));
      const results = await Promise.all(
        tokens.map((token) => postGraphQL<Record<string, any>>(node.url, ACCEPT, { offerId: made.id, minutes: 240 }, token)),
      );
      const outcomes = results.map((r) => (r.errors ? String(codeOf(r)) : 'ACCEPTED'));
      expect(outcomes.filter((o) => o === 'ACCEPTED')).toHaveLength(1);
      expect(outcomes.filter((o) => o !== 'ACCEPTED').every((o) => o === 'OFFER_HOURS_UNAVAILABLE' || o === 'OFFER_CLOSED')).toBe(true);
      expect(await count('assignments', 'task_id = $1', [made.task.id])).toBe(2);
      expect(
        await sql.query(
          `SELECT status, taken_minutes, (SELECT sum(planned_minutes)::int FROM assignments WHERE task_id = $2) AS planned FROM offers WHERE id = $1`,
          [made.id, made.task.id],
        ),
      ).toEqual([{ status: 'FILLED', taken_minutes: 480, planned: 480 }]);
    }
    // The ledger refuses more than the offer, whoever writes.
    const open = await createOffer({ totalMinutes: 480 });
    await expect(sql.query(`UPDATE offers SET taken_minutes = total_minutes + 1 WHERE id = $1`, [open.id])).rejects.toThrow(
      /offers_within_total/,
    );
  });

  it('one worker accepting the same offer five times at once is booked once', async () => {
    const made = await createOffer({ totalMinutes: 600 });
    const token = await bearer('tateshina-worker-3');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => postGraphQL<Record<string, any>>(node.url, ACCEPT, { offerId: made.id, minutes: 120 }, token)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => codeOf(r) === 'OFFER_ALREADY_ACCEPTED')).toBe(true);
    expect(await count('assignments', 'task_id = $1', [made.task.id])).toBe(1);
    expect(await sql.query(`SELECT status, taken_minutes FROM offers WHERE id = $1`, [made.id])).toEqual([
      { status: 'OPEN', taken_minutes: 120 },
    ]);
  });

  it('director picks: workers raise hands, the director books one of them', async () => {
    const made = await createOffer({ mode: 'DIRECTOR_PICKS', totalMinutes: 240 });
    const raised = await as('tateshina-worker-1', ACCEPT, { offerId: made.id, minutes: 240 });
    expect(raised.data!.acceptOffer).toMatchObject({ myResponse: 'RAISED', myAssignmentId: null });
    expect((await as('tateshina-worker-2', ACCEPT, { offerId: made.id, minutes: 240 })).errors).toBeUndefined();
    expect((await as('tateshina-worker-3', DECLINE, { offerId: made.id })).data!.declineOffer).toMatchObject({ myResponse: 'DECLINED' });
    expect(await count('assignments', 'task_id = $1', [made.task.id])).toBe(0);

    expect(codeOf(await as('tateshina-director', PICK, { offerId: made.id, workerId: workers.get('tateshina-worker-3') }))).toBe(
      'HAND_NOT_RAISED',
    );
    const picked = await as('tateshina-director', PICK, { offerId: made.id, workerId: workers.get('tateshina-worker-2') });
    expect(picked.errors).toBeUndefined();
    expect(picked.data!.pickOfferWorker.status).toBe('FILLED');
    const byWorker = Object.fromEntries(
      picked.data!.pickOfferWorker.recipients.map((r: { workerId: string; response: string }) => [r.workerId, r.response]),
    );
    expect(byWorker[workers.get('tateshina-worker-2')!]).toBe('ACCEPTED');
    expect(byWorker[workers.get('tateshina-worker-1')!]).toBe('RAISED');
    expect(codeOf(await as('tateshina-director', PICK, { offerId: made.id, workerId: workers.get('tateshina-worker-1') }))).toBe(
      'OFFER_CLOSED',
    );
    expect(await count('assignments', 'task_id = $1', [made.task.id])).toBe(1);
  });

  it('pages the org’s offers newest first, every offer once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: Awaited<ReturnType<typeof as>> = await as('tateshina-director', OFFERS, { first: 3, after });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.offers.nodes.map((o: { id: string }) => o.id));
      if (!res.data!.offers.pageInfo.hasNextPage) break;
      after = res.data!.offers.pageInfo.endCursor;
    }
    const all = await sql.query(`SELECT id FROM offers ORDER BY created_at DESC, id DESC`);
    expect(seen).toEqual(all.map((r: { id: string }) => r.id));
    expect(codeOf(await as('tateshina-director', OFFERS, { first: 3, after: 'bogus' }))).toBe('BAD_CURSOR');
  });

  it('a withdrawn offer takes no more acceptances', async () => {
    const made = await createOffer();
    expect((await as('tateshina-director', WITHDRAW, { offerId: made.id })).data!.withdrawOffer.status).toBe('WITHDRAWN');
    expect(codeOf(await as('tateshina-worker', ACCEPT, { offerId: made.id, minutes: 120 }))).toBe('OFFER_CLOSED');
    expect(codeOf(await as('tateshina-director', WITHDRAW, { offerId: made.id }))).toBe('OFFER_CLOSED');
  });
});
