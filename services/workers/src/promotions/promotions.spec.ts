import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SkillAxis, SkillStage, tokyoToday } from '@kyodo/domain';
import { gql, recordQueries, startTestNode, TestNode } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';
import { InMemoryPromotionBasis } from './promotion-basis';

const READY = gql`
  query ($axis: SkillAxis) {
    workersReadyForPromotion(axis: $axis) {
      workerId
      worker {
        orgId
        id
        familyName
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
  mutation ($orgId: String, $workerId: ID!, $axis: SkillAxis!) {
    promoteWorker(orgId: $orgId, workerId: $workerId, axis: $axis) {
      id
      orgId
      workerId
      worker {
        id
        itStage
      }
      axis
      fromStage
      toStage
      kind
      reason
      approvedMinutes
      completedCourseCodes
      promotedAt
    }
  }
`;
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
      approvedMinutes
    }
  }
`;
const HISTORY = gql`
  query ($workerId: ID) {
    promotionHistory(workerId: $workerId) {
      workerId
      worker {
        id
      }
      axis
      fromStage
      toStage
      kind
    }
  }
`;

const SECURITY = 'SEC-BASIC';
/** The rule most tests start from: IT A → B after security and Windows basics and 10 hours of approved work. */
const IT_TO_B = { axis: SkillAxis.IT, toStage: SkillStage.B, requiredCourseCodes: [SECURITY, 'WIN-BASIC'], minWorkMinutes: 600 };

describe('promotions (the skill map’s stage changes) against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;
  /** The org's training node: its rules and completions, the one thing a promotion asks another node. */
  const training = new InMemoryPromotionBasis();

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_promotions',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          promotionBasis: training,
        }),
    });
    sql = node.dataSource;
  });

  beforeEach(async () => {
    training.reset();
    training.setRule('tateshina', IT_TO_B);
    // Each test sees only the active workers it adds.
    await sql.query(`UPDATE workers SET status = 'INACTIVE'`);
  });

  afterAll(async () => {
    await node?.close();
  });

  async function addWorker(
    options: { orgId?: string; status?: string; itStage?: SkillStage; businessStage?: SkillStage; name?: string } = {},
  ): Promise<string> {
    const rows = (await sql.query(
      `INSERT INTO workers (org_id, status, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, monthly_hour_cap)
       VALUES ($1, $2, $3, '花子', 'ヤマダ', 'ハナコ', $4, $5, 80) RETURNING id`,
      [
        options.orgId ?? 'tateshina',
        options.status ?? 'ACTIVE',
        options.name ?? '山田',
        options.itStage ?? SkillStage.A,
        options.businessStage ?? SkillStage.A,
      ],
    )) as { id: string }[];
    return rows[0].id;
  }

  /** Minutes worked on a day, approved (or only submitted). */
  async function work(workerId: string, day: string, minutes: number, status = 'APPROVED'): Promise<void> {
    const [{ id: assignmentId }] = (await sql.query(
      `INSERT INTO assignments (org_id, worker_id, task_org_id, task_id, period_from, period_to, planned_minutes, hourly_rate_yen)
       VALUES ('tateshina', $1, 'tateshina', $2, '2025-01-01', '2030-12-31', 60000, 1200) RETURNING id`,
      [workerId, randomUUID()],
    )) as { id: string }[];
    await sql.query(
      `INSERT INTO time_entries (org_id, assignment_id, worker_id, work_date, minutes, status, idempotency_key, logged_by) VALUES ('tateshina', $1, $2, $3, $4, $5, $6, 'seed')`,
      [assignmentId, workerId, day, minutes, status, randomUUID()],
    );
  }

  const stages = async (workerId: string) =>
    ((await sql.query(`SELECT it_stage, business_stage FROM workers WHERE id = $1`, [workerId])) as unknown[])[0];
  const state = async () =>
    (
      (await sql.query(
        `SELECT (SELECT count(*) FROM stage_changes)::int AS changes, (SELECT count(*) FROM audit_log)::int AS audit,
           (SELECT string_agg(it_stage || business_stage, ',' ORDER BY id) FROM workers) AS stages`,
      )) as unknown[]
    )[0];
  const callerToken = () => node.caller.authorization.replace(/^Bearer /, '');

  describe('workers ready for promotion', () => {
    it("lists exactly the active workers who meet the rule for their next stage, from this node's work and training's completions", async () => {
      const ready = await addWorker({ name: '準備' });
      const missingCourse = await addWorker();
      const shortOfHours = await addWorker();
      const inactive = await addWorker({ status: 'INACTIVE' });
      const alreadyB = await addWorker({ itStage: SkillStage.B });
      for (const id of [ready, missingCourse, shortOfHours, inactive, alreadyB])
        await work(id, '2025-05-01', id === shortOfHours ? 599 : 600);
      // Submitted work is not approved work.
      await work(shortOfHours, '2025-05-02', 60, 'SUBMITTED');
      for (const id of [ready, shortOfHours, inactive, alreadyB]) training.complete('tateshina', id, SECURITY, 'WIN-BASIC');
      training.complete('tateshina', missingCourse, SECURITY);

      const res = await node.call<{ workersReadyForPromotion: unknown[] }>(READY, {});
      expect(res.errors).toBeUndefined();
      expect(res.data!.workersReadyForPromotion).toEqual([
        {
          workerId: ready,
          worker: { orgId: 'tateshina', id: ready, familyName: '準備' },
          axis: 'IT',
          currentStage: 'A',
          nextStage: 'B',
          missingCourseCodes: [],
          approvedMinutes: 600,
          requiredMinutes: 600,
          ready: true,
        },
      ]);
      // Asked once, with the caller's own token.
      expect(training.tokens).toEqual([callerToken()]);
      expect(
        (await node.call<{ workersReadyForPromotion: unknown[] }>(READY, { axis: 'BUSINESS' })).data!.workersReadyForPromotion,
      ).toEqual([]);
    });

    it('asks in batches: the same statements and one call to training for 2 or 20 workers', async () => {
      const count = async (n: number): Promise<[number, number]> => {
        await sql.query(`UPDATE workers SET status = 'INACTIVE'`);
        training.calls = 0;
        for (let i = 0; i < n; i++) {
          const id = await addWorker();
          await work(id, '2025-05-01', 600);
          training.complete('tateshina', id, SECURITY, 'WIN-BASIC');
        }
        const queries = recordQueries(node.app.get(DataSource));
        const res = await node.call<{ workersReadyForPromotion: unknown[] }>(READY, {});
        expect(res.errors).toBeUndefined();
        expect(res.data!.workersReadyForPromotion).toHaveLength(n);
        const statements = queries.length;
        queries.length = 0;
        return [statements, training.calls];
      };
      const few = await count(2);
      expect(await count(20)).toEqual(few);
      expect(few[1]).toBe(1);
    });

    it('asks training nothing when no active worker has a stage above, and fails closed when training cannot answer', async () => {
      await addWorker({ itStage: SkillStage.C, businessStage: SkillStage.C });
      expect((await node.call(READY, {})).data).toEqual({ workersReadyForPromotion: [] });
      expect(training.calls).toBe(0);
      await addWorker();
      training.fail = true;
      expect((await node.call(READY, {})).errors?.[0].extensions?.code).toBe('UPSTREAM_FAILED');
    });

    it('is for staff of the org only', async () => {
      for (const as of ['tateshina-worker', 'shiojiri-director', 'shiojiri-admin'])
        expect([as, (await node.call(READY, {}, as)).errors?.[0].extensions?.code]).toEqual([as, 'FORBIDDEN']);
      expect(training.calls).toBe(0);
    });
  });

  describe('promoting a worker', () => {
    it('records the change, moves the stage, audits it, and counts only later work towards the next stage', async () => {
      const workerId = await addWorker();
      await work(workerId, '2025-05-01', 900);
      training.complete('tateshina', workerId, SECURITY, 'WIN-BASIC', 'EXCEL-1');
      const res = await node.call<{ promoteWorker: Record<string, unknown> & { id: string } }>(PROMOTE, { workerId, axis: 'IT' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.promoteWorker).toMatchObject({
        orgId: 'tateshina',
        workerId,
        worker: { id: workerId, itStage: 'B' },
        axis: 'IT',
        fromStage: 'A',
        toStage: 'B',
        kind: 'RULE',
        reason: null,
        approvedMinutes: 900,
        completedCourseCodes: [SECURITY, 'WIN-BASIC'],
      });
      expect(await stages(workerId)).toEqual({ it_stage: 'B', business_stage: 'A' });
      expect(
        await sql.query(
          `SELECT entity_type, detail->>'stageChangeId' AS change, detail->'before' AS before, detail->'after' AS after FROM audit_log WHERE action = 'worker.promote' AND entity_id = $1`,
          [workerId],
        ),
      ).toEqual([{ entity_type: 'Worker', change: res.data!.promoteWorker.id, before: { stage: 'A' }, after: { stage: 'B' } }]);
      expect(training.tokens).toEqual([callerToken()]);

      // B → C needs 60 minutes at stage B: the 900 minutes worked at A do not count.
      training.setRule('tateshina', { axis: SkillAxis.IT, toStage: SkillStage.C, requiredCourseCodes: [], minWorkMinutes: 60 });
      const early = await node.call(PROMOTE, { workerId, axis: 'IT' });
      expect(early.errors?.[0].extensions).toEqual({
        code: 'PROMOTION_NOT_READY',
        details: { missingCourseCodes: [], approvedMinutes: 0, requiredMinutes: 60 },
      });
      await work(workerId, tokyoToday(), 60);
      const second = await node.call<{ promoteWorker: { toStage: string } }>(PROMOTE, { workerId, axis: 'IT' });
      expect(second.data?.promoteWorker.toStage).toBe('C');
      expect((await node.call(PROMOTE, { workerId, axis: 'IT' })).errors?.[0].extensions?.code).toBe('ALREADY_TOP_STAGE');
      expect((await node.call<{ promotionHistory: unknown[] }>(HISTORY, { workerId })).data!.promotionHistory).toEqual([
        { workerId, worker: { id: workerId }, axis: 'IT', fromStage: 'B', toStage: 'C', kind: 'RULE' },
        { workerId, worker: { id: workerId }, axis: 'IT', fromStage: 'A', toStage: 'B', kind: 'RULE' },
      ]);
    });

    it('refuses with a code and writes nothing: not ready, no rule, at the top, unknown worker, wrong role, wrong org', async () => {
      const notReady = await addWorker();
      training.complete('tateshina', notReady, 'WIN-BASIC');
      await work(notReady, '2025-05-01', 10);
      const atTop = await addWorker({ itStage: SkillStage.C });
      const otherOrgs = await addWorker({ orgId: 'shiojiri' });
      const before = await state();
      const cases: [Record<string, unknown>, string, string?][] = [
        [{ workerId: notReady, axis: 'IT' }, 'PROMOTION_NOT_READY'],
        [{ workerId: notReady, axis: 'BUSINESS' }, 'PROMOTION_RULE_MISSING'],
        [{ workerId: atTop, axis: 'IT' }, 'ALREADY_TOP_STAGE'],
        [{ workerId: randomUUID(), axis: 'IT' }, 'WORKER_NOT_FOUND'],
        [{ workerId: otherOrgs, axis: 'IT' }, 'WORKER_NOT_FOUND'],
        [{ workerId: 'nope', axis: 'IT' }, 'BAD_USER_INPUT'],
        [{ workerId: notReady, axis: 'IT' }, 'FORBIDDEN', 'tateshina-worker'],
        [{ workerId: notReady, axis: 'IT' }, 'FORBIDDEN', 'shiojiri-director'],
        [{ orgId: 'shiojiri', workerId: otherOrgs, axis: 'IT' }, 'WRONG_NODE'],
      ];
      for (const [variables, code, as] of cases) {
        const res = await node.call(PROMOTE, variables, as);
        expect([variables, as, res.errors?.[0].extensions?.code]).toEqual([variables, as, code]);
      }
      const details = (await node.call(PROMOTE, { workerId: notReady, axis: 'IT' })).errors?.[0].extensions?.details;
      expect(details).toEqual({ missingCourseCodes: [SECURITY], approvedMinutes: 10, requiredMinutes: 600 });
      expect(await state()).toEqual(before);
    });

    it('holds no transaction open while it asks training, and moves the stage only from the stage it assessed', async () => {
      const workerId = await addWorker();
      await work(workerId, '2025-05-01', 600);
      training.complete('tateshina', workerId, SECURITY, 'WIN-BASIC');
      let openMeanwhile: unknown = null;
      training.whileAnswering = async () => {
        openMeanwhile = await sql.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
        );
        // An override lands while training answers: the promotion assessed stage A must not write over it.
        await sql.query(`UPDATE workers SET it_stage = 'C' WHERE id = $1`, [workerId]);
      };
      const res = await node.call(PROMOTE, { workerId, axis: 'IT' });
      expect(openMeanwhile).toEqual([{ n: 0 }]);
      expect(res.errors?.[0].extensions?.code).toBe('ALREADY_PROMOTED');
      expect(await stages(workerId)).toEqual({ it_stage: 'C', business_stage: 'A' });
      expect(await sql.query(`SELECT count(*)::int AS n FROM stage_changes WHERE worker_id = $1`, [workerId])).toEqual([{ n: 0 }]);
    });

    it('lets exactly one of two concurrent promotions through', async () => {
      const workerId = await addWorker();
      await work(workerId, '2025-05-01', 600);
      training.complete('tateshina', workerId, SECURITY, 'WIN-BASIC');
      // Both have assessed stage A before either writes.
      let arrived = 0;
      training.whileAnswering = () =>
        new Promise<void>((resolve) => {
          arrived += 1;
          const wait = setInterval(() => {
            if (arrived >= 2) {
              clearInterval(wait);
              resolve();
            }
          }, 10);
        });
      const results = await Promise.all([0, 1].map(() => node.call(PROMOTE, { workerId, axis: 'IT' })));
      const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'PROMOTED');
      expect(codes.sort()).toEqual(['ALREADY_PROMOTED', 'PROMOTED']);
      expect(await sql.query(`SELECT count(*)::int AS n FROM stage_changes WHERE worker_id = $1`, [workerId])).toEqual([{ n: 1 }]);
      expect(
        await sql.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'worker.promote' AND entity_id = $1`, [workerId]),
      ).toEqual([{ n: 1 }]);
      expect(await stages(workerId)).toEqual({ it_stage: 'B', business_stage: 'A' });
      // And the database keeps it so: a second rule-based change to the same stage is refused.
      await expect(
        sql.query(
          `INSERT INTO stage_changes (org_id, worker_id, axis, from_stage, to_stage, kind, approved_minutes, changed_by) VALUES ('tateshina', $1, 'IT', 'A', 'B', 'RULE', 0, 'x')`,
          [workerId],
        ),
      ).rejects.toThrow(/stage_changes_worker_axis_stage/);
    });
  });

  describe("an org admin's manual override", () => {
    it('sets any stage with a written reason, in the history, audited; readiness then counts work from the override on', async () => {
      const workerId = await addWorker();
      await work(workerId, '2025-05-01', 1200);
      training.complete('tateshina', workerId, SECURITY, 'WIN-BASIC');
      const reason = '前職で同等業務を5年経験(面談記録あり)';
      const res = await node.call<{ overrideSkillStage: { id: string } }>(
        OVERRIDE,
        { workerId, axis: 'IT', stage: 'B', reason: `  ${reason} ` },
        'tateshina-admin',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.overrideSkillStage).toMatchObject({
        workerId,
        axis: 'IT',
        fromStage: 'A',
        toStage: 'B',
        kind: 'OVERRIDE',
        reason,
        approvedMinutes: 0,
      });
      expect(await stages(workerId)).toEqual({ it_stage: 'B', business_stage: 'A' });
      expect(
        await sql.query(
          `SELECT action, detail->'after' AS after, detail->>'reason' AS reason FROM audit_log WHERE detail->>'stageChangeId' = $1`,
          [res.data!.overrideSkillStage.id],
        ),
      ).toEqual([{ action: 'worker.stage-override', after: { stage: 'B' }, reason }]);
      // No training call: an override needs nothing training keeps.
      expect(training.calls).toBe(0);
      // B → C under a rule: the 1200 minutes before the override do not count.
      training.setRule('tateshina', { axis: SkillAxis.IT, toStage: SkillStage.C, requiredCourseCodes: [], minWorkMinutes: 60 });
      expect((await node.call(PROMOTE, { workerId, axis: 'IT' })).errors?.[0].extensions?.details).toMatchObject({ approvedMinutes: 0 });
      // And back down: an override may move a worker to any stage, any number of times.
      const back = await node.call(OVERRIDE, { workerId, axis: 'IT', stage: 'A', reason: '評価の見直し' }, 'tateshina-admin');
      expect(back.errors).toBeUndefined();
      expect(await stages(workerId)).toEqual({ it_stage: 'A', business_stage: 'A' });
    });

    it('refuses a director, a worker, another org, no reason, the same stage, an unknown worker, writing nothing', async () => {
      const workerId = await addWorker();
      const before = await state();
      const cases: [Record<string, unknown>, string, string][] = [
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
    });
  });

  describe('promotion history', () => {
    it("lists the org's changes newest first, one worker's when asked, to the org's staff only", async () => {
      const one = await addWorker();
      const two = await addWorker();
      for (const [workerId, stage] of [
        [one, 'B'],
        [two, 'C'],
        [one, 'C'],
      ] as const)
        expect(
          (await node.call(OVERRIDE, { workerId, axis: 'BUSINESS', stage, reason: '面談' }, 'tateshina-admin')).errors,
        ).toBeUndefined();
      const ofOne = await node.call<{ promotionHistory: { toStage: string }[] }>(HISTORY, { workerId: one });
      expect(ofOne.data!.promotionHistory.map((c) => c.toStage)).toEqual(['C', 'B']);
      const all = await node.call<{ promotionHistory: { workerId: string }[] }>(HISTORY, {}, 'tateshina-admin');
      expect(all.data!.promotionHistory.filter((c) => c.workerId === one || c.workerId === two).map((c) => c.workerId)).toEqual([
        one,
        two,
        one,
      ]);
      for (const as of ['tateshina-worker', 'shiojiri-director'])
        expect([as, (await node.call(HISTORY, { workerId: one }, as)).errors?.[0].extensions?.code]).toEqual([as, 'FORBIDDEN']);
    });
  });
});
