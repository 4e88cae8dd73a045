import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SkillAxis, SkillStage, tokyoToday } from '@kyodo/domain';
import { ServiceAccountTokens, TRAINING_CLIENT, WORKERS_CLIENT } from '@kyodo/auth';
import { gql, postGraphQL, recordQueries, startTestNode, testKeycloakUrl, TestNode } from '@kyodo/testing';
import { SECURITY_COURSE_CODE } from '../courses/course-catalogue.template';
import { OutboxDeliveryService } from '../outbox/outbox-delivery.service';
import { createTrainingApp, migrateTraining } from '../training-node';
import { InMemoryWorkersDirectory } from '../upstream/in-memory-workers-directory';
import { gatewayUpstream } from '../upstream/training-upstream';

const SET_RULE = gql`
  mutation ($input: SetPromotionRuleInput!) {
    setPromotionRule(input: $input) {
      orgId
      axis
      toStage
      requiredCourseCodes
      minWorkMinutes
    }
  }
`;
const RULES = gql`
  {
    promotionRules {
      axis
      toStage
      requiredCourseCodes
      minWorkMinutes
    }
  }
`;
const READY = gql`
  query ($axis: SkillAxis) {
    workersReadyForPromotion(axis: $axis) {
      workerId
      worker {
        orgId
        id
      }
      axis
      currentStage
      nextStage
      missingCourseCodes
      approvedMinutes
      requiredMinutes
      ready
    }
  }
`;
const PROMOTE = gql`
  mutation ($workerId: ID!, $axis: SkillAxis!) {
    promoteWorker(workerId: $workerId, axis: $axis) {
      id
      orgId
      workerId
      worker {
        id
      }
      axis
      fromStage
      toStage
      approvedMinutes
      completedCourseCodes
      promotedAt
    }
  }
`;
const HISTORY = gql`
  query ($workerId: ID) {
    promotionHistory(workerId: $workerId) {
      workerId
      axis
      fromStage
      toStage
    }
  }
`;

/** The rule every test here starts from: IT A → B after security and Windows basics and 10 hours of approved work. */
const IT_TO_B = { axis: 'IT', toStage: 'B', requiredCourseCodes: [SECURITY_COURSE_CODE, 'WIN-BASIC'], minWorkMinutes: 600 };

/** The claims of a delivered token (the test issuer's JWT), to show who the outbox authenticated as. */
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;

describe('skill map and promotion against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;
  const workers = new InMemoryWorkersDirectory();
  let courseIds: Map<string, string>;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'training_skill_map',
      migrate: migrateTraining,
      create: (databaseUrl, auth) =>
        createTrainingApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          upstream: {
            workers,
            partnerCourses: gatewayUpstream(undefined).partnerCourses,
            // The kyodo-training client's demo secret (infra/keycloak, DEMO ONLY), client credentials at the test issuer.
            serviceAccount: new ServiceAccountTokens({
              keycloakUrl: testKeycloakUrl(),
              realm: 'kyodo',
              clientId: TRAINING_CLIENT,
              clientSecret: 'demo-kyodo-training-secret',
            }),
          },
          // The retry below is driven by hand (deliverDue), so no sweep runs into counted statements.
          outboxSweepMs: 3_600_000,
        }),
    });
    sql = node.dataSource;
    // The workers node reads a change back from this node before it applies it.
    workers.readChange = async (orgId, id) => {
      const rows = (await sql.query(
        `SELECT worker_id AS "workerId", axis, to_stage AS "toStage" FROM promotions WHERE org_id = $1 AND id = $2`,
        [orgId, id],
      )) as { workerId: string; axis: SkillAxis; toStage: SkillStage }[];
      return rows[0] ?? null;
    };
    const seeded = await node.call<{ seedCourseCatalogue: { id: string; code: string }[] }>(
      gql`
        mutation {
          seedCourseCatalogue {
            id
            code
          }
        }
      `,
      {},
      'tateshina-admin',
    );
    courseIds = new Map(seeded.data!.seedCourseCatalogue.map((c) => [c.code, c.id]));
    expect((await node.call(SET_RULE, { input: IT_TO_B }, 'tateshina-admin')).errors).toBeUndefined();
  });

  beforeEach(() => {
    // A fresh workers subgraph per test: each one sees only its own workers.
    const readChange = workers.readChange;
    workers.reset();
    workers.readChange = readChange;
  });

  afterAll(async () => {
    await node?.close();
  });

  const workersService = new ServiceAccountTokens({
    keycloakUrl: testKeycloakUrl(),
    realm: 'kyodo',
    clientId: WORKERS_CLIENT,
    clientSecret: 'demo-kyodo-workers-secret',
  });

  /** Completes the given courses for a worker, through the API. */
  async function completeCourses(workerId: string, codes: string[]): Promise<void> {
    for (const code of codes) {
      // The org's workers node pushes an enrolment as kyodo-workers (its enrollWorker).
      const enrolled = await postGraphQL<{ recordEnrollment: { id: string } }>(
        node.url,
        gql`
          mutation ($workerId: ID!, $courseId: ID!) {
            recordEnrollment(workerId: $workerId, courseId: $courseId, actorId: "skill-map-spec", actorOrgId: "tateshina") {
              id
            }
          }
        `,
        { workerId, courseId: courseIds.get(code) },
        { authorization: `Bearer ${await workersService.token()}` },
      );
      expect(enrolled.errors).toBeUndefined();
      const done = await node.call(
        gql`
          mutation ($id: ID!) {
            completeEnrollment(input: { enrollmentId: $id, evaluation: 4 }) {
              status
            }
          }
        `,
        { id: enrolled.data!.recordEnrollment.id },
      );
      expect(done.errors).toBeUndefined();
    }
  }
  const state = async () =>
    (
      await sql.query(
        `SELECT (SELECT count(*) FROM promotions)::int AS promotions, (SELECT count(*) FROM promotion_rules)::int AS rules, (SELECT count(*) FROM audit_log)::int AS audit`,
      )
    )[0];

  describe('promotion rules', () => {
    it('are set and replaced by the org admin, audited with before and after', async () => {
      const rule = { axis: 'BUSINESS', toStage: 'C', requiredCourseCodes: ['BIZ-SKILL-2'], minWorkMinutes: 6000 };
      expect((await node.call(SET_RULE, { input: rule }, 'tateshina-admin')).data).toEqual({
        setPromotionRule: { orgId: 'tateshina', ...rule },
      });
      const replaced = await node.call(SET_RULE, { input: { ...rule, minWorkMinutes: 3000 } }, 'tateshina-admin');
      expect(replaced.errors).toBeUndefined();
      const rules = await node.call<{ promotionRules: unknown[] }>(RULES);
      expect(rules.data!.promotionRules).toEqual([{ ...rule, minWorkMinutes: 3000 }, { ...IT_TO_B }]);
      const audit = await sql.query(
        `SELECT detail FROM audit_log WHERE action = 'promotion-rule.set' AND entity_id = 'BUSINESS/C' ORDER BY id`,
      );
      expect(audit.map((row: { detail: { before: unknown } }) => row.detail.before)).toEqual([
        null,
        { requiredCourseCodes: ['BIZ-SKILL-2'], minWorkMinutes: 6000 },
      ]);
    });

    it('refuse with a code and write nothing: an unknown course, stage A, bad minutes, a director, another org', async () => {
      const before = await state();
      const cases: [Record<string, unknown>, string, string][] = [
        [{ ...IT_TO_B, requiredCourseCodes: ['WIN-BASIC', 'NO-SUCH-1'] }, 'UNKNOWN_COURSE_CODE', 'tateshina-admin'],
        [{ ...IT_TO_B, toStage: 'A' }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ ...IT_TO_B, minWorkMinutes: -1 }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ ...IT_TO_B, requiredCourseCodes: ['win basic'] }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [IT_TO_B, 'FORBIDDEN', 'tateshina-director'],
        [IT_TO_B, 'FORBIDDEN', 'shiojiri-admin'],
      ];
      for (const [input, code, as] of cases) {
        const res = await node.call(SET_RULE, { input }, as);
        expect([input, as, res.errors?.[0].extensions?.code]).toEqual([input, as, code]);
      }
      expect(await state()).toEqual(before);
    });
  });

  describe('workers ready for promotion', () => {
    it('lists exactly the active workers who meet the rule for their next stage', async () => {
      const ready = workers.add('tateshina');
      const missingCourse = workers.add('tateshina');
      const shortOfHours = workers.add('tateshina');
      const inactive = workers.add('tateshina', { status: 'INACTIVE' });
      const alreadyB = workers.add('tateshina', { itStage: SkillStage.B });
      for (const id of [ready, missingCourse, shortOfHours, inactive, alreadyB])
        workers.approve(id, '2025-05-01', id === shortOfHours ? 599 : 600);
      await completeCourses(ready, [SECURITY_COURSE_CODE, 'WIN-BASIC']);
      await completeCourses(missingCourse, [SECURITY_COURSE_CODE]);
      await completeCourses(shortOfHours, [SECURITY_COURSE_CODE, 'WIN-BASIC']);
      await completeCourses(inactive, [SECURITY_COURSE_CODE, 'WIN-BASIC']);

      const res = await node.call<{ workersReadyForPromotion: unknown[] }>(READY, {});
      expect(res.errors).toBeUndefined();
      expect(res.data!.workersReadyForPromotion).toEqual([
        {
          workerId: ready,
          worker: { orgId: 'tateshina', id: ready },
          axis: 'IT',
          currentStage: 'A',
          nextStage: 'B',
          missingCourseCodes: [],
          approvedMinutes: 600,
          requiredMinutes: 600,
          ready: true,
        },
      ]);
      expect(
        (await node.call<{ workersReadyForPromotion: unknown[] }>(READY, { axis: 'BUSINESS' })).data!.workersReadyForPromotion,
      ).toEqual([]);
    });

    it('asks in batches: the same statements and one minutes call for 2 or 20 workers', async () => {
      const count = async (n: number): Promise<[number, number]> => {
        workers.reset();
        for (let i = 0; i < n; i++) workers.add('tateshina');
        const queries = recordQueries(node.app.get(DataSource));
        const res = await node.call(READY, {});
        expect(res.errors).toBeUndefined();
        const statements = queries.length;
        queries.length = 0;
        return [statements, workers.minuteCalls];
      };
      const few = await count(2);
      expect(await count(20)).toEqual(few);
      expect(few[1]).toBe(1);
    });

    it('is for staff of the org only', async () => {
      for (const as of ['tateshina-worker', 'shiojiri-director'])
        expect((await node.call(READY, {}, as)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('promoting a worker', () => {
    it('records the promotion, audited, sets the stage in the workers subgraph, and counts only later work towards the next stage', async () => {
      const workerId = workers.add('tateshina');
      workers.approve(workerId, '2025-05-01', 900);
      await completeCourses(workerId, [SECURITY_COURSE_CODE, 'WIN-BASIC']);
      const res = await node.call<{ promoteWorker: Record<string, unknown> }>(PROMOTE, { workerId, axis: 'IT' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.promoteWorker).toMatchObject({
        orgId: 'tateshina',
        workerId,
        worker: { id: workerId },
        axis: 'IT',
        fromStage: 'A',
        toStage: 'B',
        approvedMinutes: 900,
        completedCourseCodes: [SECURITY_COURSE_CODE, 'WIN-BASIC'],
      });
      expect(workers.stageChanges).toEqual([{ orgId: 'tateshina', workerId, axis: SkillAxis.IT, stage: SkillStage.B }]);
      expect(
        await sql.query(`SELECT detail->'after' AS after FROM audit_log WHERE action = 'worker.promote' AND entity_id = $1`, [
          res.data!.promoteWorker.id,
        ]),
      ).toEqual([{ after: { stage: 'B' } }]);
      expect((await node.call<{ promotionHistory: unknown[] }>(HISTORY, { workerId })).data!.promotionHistory).toEqual([
        { workerId, axis: 'IT', fromStage: 'A', toStage: 'B' },
      ]);

      // B → C needs 60 minutes at stage B: the 900 minutes worked at A do not count.
      expect(
        (await node.call(SET_RULE, { input: { axis: 'IT', toStage: 'C', requiredCourseCodes: [], minWorkMinutes: 60 } }, 'tateshina-admin'))
          .errors,
      ).toBeUndefined();
      const early = await node.call(PROMOTE, { workerId, axis: 'IT' });
      expect(early.errors?.[0].extensions).toEqual({
        code: 'PROMOTION_NOT_READY',
        details: { missingCourseCodes: [], approvedMinutes: 0, requiredMinutes: 60 },
      });
      workers.approve(workerId, tokyoToday(), 60);
      const second = await node.call<{ promoteWorker: { toStage: string } }>(PROMOTE, { workerId, axis: 'IT' });
      expect(second.data?.promoteWorker.toStage).toBe('C');
      expect((await node.call(PROMOTE, { workerId, axis: 'IT' })).errors?.[0].extensions?.code).toBe('ALREADY_TOP_STAGE');
      await sql.query(`DELETE FROM promotion_rules WHERE axis = 'IT' AND to_stage = 'C'`);
    });

    it('refuses with a code and writes nothing: not ready, no rule, unknown worker, wrong role, wrong org', async () => {
      const notReady = workers.add('tateshina');
      await completeCourses(notReady, ['WIN-BASIC']);
      workers.approve(notReady, '2025-05-01', 10);
      const before = await state();
      const cases: [Record<string, unknown>, string, string?][] = [
        [{ workerId: notReady, axis: 'IT' }, 'PROMOTION_NOT_READY'],
        [{ workerId: notReady, axis: 'BUSINESS' }, 'PROMOTION_RULE_MISSING'],
        [{ workerId: randomUUID(), axis: 'IT' }, 'WORKER_NOT_FOUND'],
        [{ workerId: workers.add('shiojiri'), axis: 'IT' }, 'WORKER_NOT_FOUND'],
        [{ workerId: 'nope', axis: 'IT' }, 'BAD_USER_INPUT'],
        [{ workerId: notReady, axis: 'IT' }, 'FORBIDDEN', 'tateshina-worker'],
        [{ workerId: notReady, axis: 'IT' }, 'FORBIDDEN', 'shiojiri-director'],
      ];
      for (const [variables, code, as] of cases) {
        const res = await node.call(PROMOTE, variables, as);
        expect([variables, res.errors?.[0].extensions?.code]).toEqual([variables, code]);
      }
      const details = (await node.call(PROMOTE, { workerId: notReady, axis: 'IT' })).errors?.[0].extensions?.details;
      expect(details).toEqual({ missingCourseCodes: [SECURITY_COURSE_CODE], approvedMinutes: 10, requiredMinutes: 600 });
      expect(
        (await node.call(gql`mutation { promoteWorker(orgId: "shiojiri", workerId: "${notReady}", axis: IT) { id } }`)).errors?.[0]
          .extensions?.code,
      ).toBe('WRONG_NODE');
      expect(await state()).toEqual(before);
      expect(workers.stageChanges).toEqual([]);
    });

    it('keeps the promotion when the workers node does not take it yet: the outbox delivers it later, with back-off, as the service account', async () => {
      const workerId = workers.add('tateshina');
      workers.approve(workerId, '2025-05-01', 600);
      await completeCourses(workerId, [SECURITY_COURSE_CODE, 'WIN-BASIC']);
      workers.failStageChanges = true;
      const promoted = await node.call<{ promoteWorker: { id: string } }>(PROMOTE, { workerId, axis: 'IT' });
      expect(promoted.errors).toBeUndefined();
      const changeId = promoted.data!.promoteWorker.id;
      const message = async () =>
        (
          (await sql.query(
            `SELECT kind, idempotency_key AS key, payload, status, attempts, next_attempt_at > now() + interval '4 seconds' AS "backedOff",
               last_error IS NOT NULL AS "hasError" FROM outbox_messages WHERE payload->>'changeId' = $1`,
            [changeId],
          )) as Record<string, unknown>[]
        )[0];
      // Written with the promotion, tried once at once, and due again only after the back-off.
      expect(await message()).toEqual({
        kind: 'APPLY_SKILL_STAGE_CHANGE',
        key: `stage-change:${changeId}`,
        payload: { changeId },
        status: 'PENDING',
        attempts: 1,
        backedOff: true,
        hasError: true,
      });
      expect(workers.stageChanges).toEqual([]);
      // Not due yet: a pass leaves it alone.
      const outbox = node.app.get(OutboxDeliveryService);
      await outbox.deliverDue();
      expect(await message()).toMatchObject({ status: 'PENDING', attempts: 1 });
      // The workers node answers again and the wait is over: the next pass delivers it, once.
      workers.failStageChanges = false;
      await sql.query(`UPDATE outbox_messages SET next_attempt_at = now() WHERE payload->>'changeId' = $1`, [changeId]);
      await outbox.deliverDue();
      expect(await message()).toMatchObject({ status: 'DELIVERED', attempts: 2 });
      expect(workers.stageChanges).toEqual([{ orgId: 'tateshina', workerId, axis: 'IT', stage: 'B' }]);
      // Never the promoting user's token: the node's own service account.
      expect(workers.stageChangeTokens.map(claimsOf)).toEqual([
        expect.objectContaining({ azp: TRAINING_CLIENT, preferred_username: `service-account-${TRAINING_CLIENT}` }),
      ]);
      await outbox.deliverDue();
      expect(workers.stageChanges).toHaveLength(1);
    });

    it('writes no outbox message for a promotion that is refused', async () => {
      const workerId = workers.add('tateshina');
      const before = (await sql.query(`SELECT count(*)::int AS n FROM outbox_messages`)) as unknown[];
      expect((await node.call(PROMOTE, { workerId, axis: 'IT' })).errors?.[0].extensions?.code).toBe('PROMOTION_NOT_READY');
      expect(await sql.query(`SELECT count(*)::int AS n FROM outbox_messages`)).toEqual(before);
    });

    it('holds no transaction open while it asks the workers node', async () => {
      const workerId = workers.add('tateshina');
      workers.approve(workerId, '2025-05-01', 600);
      await completeCourses(workerId, [SECURITY_COURSE_CODE, 'WIN-BASIC']);
      workers.stageChangeDelayMs = 300;
      const promoting = node.call(PROMOTE, { workerId, axis: 'IT' });
      await new Promise((resolve) => setTimeout(resolve, 150));
      // Halfway through the workers node's answer: no session of this node sits in a transaction.
      const open = (await sql.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      )) as { n: number }[];
      expect(open).toEqual([{ n: 0 }]);
      expect((await promoting).errors).toBeUndefined();
    });

    it('lets exactly one of two concurrent promotions through', async () => {
      const workerId = workers.add('tateshina');
      workers.approve(workerId, '2025-05-01', 600);
      await completeCourses(workerId, [SECURITY_COURSE_CODE, 'WIN-BASIC']);
      // The first promotion's record is committed and waits on the workers node while the second one checks the rule.
      workers.stageChangeDelayMs = 300;
      const results = await Promise.all([0, 1].map(() => node.call(PROMOTE, { workerId, axis: 'IT' })));
      // The second is refused by the unique index (ALREADY_PROMOTED) or, when the first one's record
      // was committed before it assessed, by the rule (its minutes at the new stage start at 0).
      const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'PROMOTED');
      expect(codes.filter((c) => c === 'PROMOTED')).toHaveLength(1);
      expect(codes.filter((c) => c !== 'PROMOTED')).toEqual([expect.stringMatching(/^(ALREADY_PROMOTED|PROMOTION_NOT_READY)$/)]);
      expect(await sql.query(`SELECT count(*)::int AS n FROM promotions WHERE worker_id = $1`, [workerId])).toEqual([{ n: 1 }]);
      // And the database keeps it so: a second rule-based row to the same stage is refused.
      await expect(
        sql.query(
          `INSERT INTO promotions (org_id, worker_id, axis, from_stage, to_stage, approved_minutes, completed_course_codes, promoted_by) VALUES ('tateshina', $1, 'IT', 'A', 'B', 0, '{}', 'x')`,
          [workerId],
        ),
      ).rejects.toThrow(/promotions_worker_axis_stage/);
      expect(workers.stageChanges).toHaveLength(1);
    });
  });

  describe("an org admin's manual override", () => {
    const OVERRIDE = gql`
      mutation ($workerId: ID!, $axis: SkillAxis!, $stage: SkillStageV2!, $reason: String!) {
        overrideSkillStage(workerId: $workerId, axis: $axis, stage: $stage, reason: $reason) {
          id
          workerId
          axis
          fromStage
          toStage
          kind
          reason
        }
      }
    `;
    const CHANGE = gql`
      query ($id: ID!) {
        skillStageChange(id: $id) {
          id
          workerId
          axis
          toStage
          kind
          latest
        }
      }
    `;

    it('sets any stage with a written reason, in the history, audited, and applied by the workers node', async () => {
      const workerId = workers.add('tateshina');
      const res = await node.call<{ overrideSkillStage: { id: string } }>(
        OVERRIDE,
        { workerId, axis: 'BUSINESS', stage: 'C', reason: '前職で同等業務を5年経験(面談記録あり)' },
        'tateshina-admin',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.overrideSkillStage).toMatchObject({
        workerId,
        axis: 'BUSINESS',
        fromStage: 'A',
        toStage: 'C',
        kind: 'OVERRIDE',
        reason: '前職で同等業務を5年経験(面談記録あり)',
      });
      expect(workers.stageChanges).toEqual([{ orgId: 'tateshina', workerId, axis: SkillAxis.BUSINESS, stage: SkillStage.C }]);
      const id = res.data!.overrideSkillStage.id;
      expect(
        await sql.query(`SELECT action, detail->'after' AS after, detail->>'reason' AS reason FROM audit_log WHERE entity_id = $1`, [id]),
      ).toEqual([{ action: 'worker.stage-override', after: { stage: 'C' }, reason: '前職で同等業務を5年経験(面談記録あり)' }]);
      expect((await node.call(CHANGE, { id })).data).toEqual({
        skillStageChange: { id, workerId, axis: 'BUSINESS', toStage: 'C', kind: 'OVERRIDE', latest: true },
      });
      // A later change supersedes it: the workers node will not apply the older one over it.
      const back = await node.call<{ overrideSkillStage: { id: string } }>(
        OVERRIDE,
        { workerId, axis: 'BUSINESS', stage: 'B', reason: '評価の見直し' },
        'tateshina-admin',
      );
      expect(back.errors).toBeUndefined();
      expect((await node.call<{ skillStageChange: { latest: boolean } }>(CHANGE, { id })).data!.skillStageChange.latest).toBe(false);
    });

    it('refuses a director, no reason, the same stage, an unknown worker, writing nothing', async () => {
      const workerId = workers.add('tateshina');
      const before = await state();
      const cases: [Record<string, unknown>, string, string?][] = [
        // A director cannot set a stage: only promotion under the rule, or an org admin's override.
        [{ workerId, axis: 'IT', stage: 'C', reason: '急ぎ' }, 'FORBIDDEN', 'tateshina-director'],
        [{ workerId, axis: 'IT', stage: 'C', reason: '急ぎ' }, 'FORBIDDEN', 'tateshina-worker'],
        [{ workerId, axis: 'IT', stage: 'C', reason: '急ぎ' }, 'FORBIDDEN', 'shiojiri-admin'],
        [{ workerId, axis: 'IT', stage: 'C', reason: '' }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ workerId, axis: 'IT', stage: 'C', reason: '   ' }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ workerId, axis: 'IT', stage: 'D', reason: '理由' }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ workerId, axis: 'IT', stage: 'A', reason: '理由' }, 'STAGE_UNCHANGED', 'tateshina-admin'],
        [{ workerId: randomUUID(), axis: 'IT', stage: 'C', reason: '理由' }, 'WORKER_NOT_FOUND', 'tateshina-admin'],
      ];
      for (const [variables, code, as] of cases) {
        const res = await node.call(OVERRIDE, variables, as);
        expect([variables, as, res.errors?.[0].extensions?.code]).toEqual([variables, as, code]);
      }
      expect(await state()).toEqual(before);
      expect(workers.stageChanges).toEqual([]);
    });

    it('answers null for a change the org has not recorded, and only to its staff', async () => {
      expect((await node.call(CHANGE, { id: randomUUID() })).data).toEqual({ skillStageChange: null });
      expect((await node.call(CHANGE, { id: randomUUID() }, 'tateshina-worker')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
