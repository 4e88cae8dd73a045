import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { WorkNotices } from '../notices/work-notices';
import { AnswerTaskQuestionInput, AskTaskQuestionInput } from './dto/instructions.inputs';
import { InstructionsError } from './instructions.errors';
import { TaskAccessService, TaskKey, TaskViewer } from './task-access.service';
import { QaMessage, QaThread } from './qa-thread.model';

interface ThreadRow {
  id: string;
  taskOrgId: string;
  taskId: string;
  workerId: string;
}

const THREAD_COLUMNS = `t.id, t.task_org_id AS "taskOrgId", t.task_id AS "taskId", t.worker_id AS "workerId"`;

/**
 * 作業指示・Q&A. A thread belongs to a task and one assigned worker: the worker asks, the org's
 * directors answer. Read state is kept per reader (qa_reads), so each director and the worker
 * have their own unread count.
 */
@Injectable()
export class QaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TaskAccessService,
    private readonly notices: WorkNotices,
  ) {}

  /** Staff: every worker's thread on the task; an assigned worker: their own (none before the first question). */
  async threads(orgId: string, auth: AuthContext, task: TaskKey): Promise<QaThread[]> {
    const viewer = await this.access.viewer(orgId, auth, task);
    const rows = (await this.dataSource.query(
      `SELECT ${THREAD_COLUMNS} FROM qa_threads t WHERE t.org_id = $1 AND t.task_org_id = $2 AND t.task_id = $3 AND ($4::uuid IS NULL OR t.worker_id = $4)
        ORDER BY t.created_at, t.id`,
      [orgId, task.taskOrgId, task.taskId, viewer.kind === 'WORKER' ? viewer.workerId : null],
    )) as ThreadRow[];
    return this.present(rows, auth, viewer);
  }

  /** An assigned worker asks; the thread is made on the first question. */
  async ask(orgId: string, auth: AuthContext, input: AskTaskQuestionInput): Promise<QaThread> {
    const workerId = await this.access.assignedWorker(orgId, auth, input);
    if (!workerId) throw new InstructionsError('TASK_NOT_VISIBLE', 'Only a worker assigned to the task asks questions on it.');
    const threadId = await this.dataSource.transaction(async (manager) => {
      const [thread] = await manager.query(
        `INSERT INTO qa_threads (org_id, task_org_id, task_id, worker_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT qa_threads_task_worker DO UPDATE SET worker_id = EXCLUDED.worker_id RETURNING id`,
        [orgId, input.taskOrgId, input.taskId, workerId],
      );
      await this.post(manager, thread.id, auth, true, input.body);
      return thread.id as string;
    });
    await this.notices.send({ kind: 'QUESTION_ASKED', orgId, threadId, workerId });
    return this.one(orgId, auth, threadId);
  }

  /** Staff answer in a worker's thread. */
  async answer(orgId: string, auth: AuthContext, input: AnswerTaskQuestionInput): Promise<QaThread> {
    const thread = await this.thread(orgId, input.threadId);
    await this.access.viewer(orgId, auth, thread);
    await this.dataSource.transaction((manager) => this.post(manager, thread.id, auth, false, input.body));
    await this.notices.send({ kind: 'QUESTION_ANSWERED', orgId, threadId: thread.id, workerId: thread.workerId });
    return this.one(orgId, auth, thread.id);
  }

  /** Marks everything in the thread read for the caller (staff, or the thread's own worker). */
  async markRead(orgId: string, auth: AuthContext, threadId: string): Promise<QaThread> {
    const thread = await this.thread(orgId, threadId);
    await this.checkThreadViewer(orgId, auth, thread);
    await this.dataSource.query(
      `INSERT INTO qa_reads (thread_id, reader_id, read_at)
       SELECT $1, $2, coalesce(max(created_at), now()) FROM qa_messages WHERE thread_id = $1
       ON CONFLICT (thread_id, reader_id) DO UPDATE SET read_at = greatest(qa_reads.read_at, EXCLUDED.read_at)`,
      [threadId, auth.userId],
    );
    return this.one(orgId, auth, threadId);
  }

  private async one(orgId: string, auth: AuthContext, threadId: string): Promise<QaThread> {
    const thread = await this.thread(orgId, threadId);
    const viewer = await this.checkThreadViewer(orgId, auth, thread);
    const [presented] = await this.present([thread], auth, viewer);
    return presented;
  }

  /** A worker reads only their own thread, even among threads of a task they are assigned to. */
  private async checkThreadViewer(orgId: string, auth: AuthContext, thread: ThreadRow): Promise<TaskViewer> {
    const viewer = await this.access.viewer(orgId, auth, thread);
    if (viewer.kind === 'WORKER' && viewer.workerId !== thread.workerId) throw new InstructionsError('THREAD_NOT_FOUND', 'No such thread.');
    return viewer;
  }

  private async thread(orgId: string, threadId: string): Promise<ThreadRow> {
    const [thread] = (await this.dataSource.query(`SELECT ${THREAD_COLUMNS} FROM qa_threads t WHERE t.org_id = $1 AND t.id = $2`, [
      orgId,
      threadId,
    ])) as ThreadRow[];
    if (!thread) throw new InstructionsError('THREAD_NOT_FOUND', 'No such thread.');
    return thread;
  }

  private async post(
    manager: import('typeorm').EntityManager,
    threadId: string,
    auth: AuthContext,
    fromWorker: boolean,
    body: string,
  ): Promise<void> {
    await manager.query(`INSERT INTO qa_messages (thread_id, author_id, from_worker, body) VALUES ($1, $2, $3, $4)`, [
      threadId,
      auth.userId,
      fromWorker,
      body,
    ]);
    // Writing counts as having read what came before.
    await manager.query(
      `INSERT INTO qa_reads (thread_id, reader_id, read_at) SELECT $1, $2, max(created_at) FROM qa_messages WHERE thread_id = $1
       ON CONFLICT (thread_id, reader_id) DO UPDATE SET read_at = greatest(qa_reads.read_at, EXCLUDED.read_at)`,
      [threadId, auth.userId],
    );
  }

  /** Threads with their messages and the caller's read state: two queries, whatever the number of threads. */
  private async present(rows: ThreadRow[], auth: AuthContext, viewer: TaskViewer): Promise<QaThread[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const messages = (await this.dataSource.query(
      `SELECT id, thread_id AS "threadId", body, from_worker AS "fromWorker", created_at AS "createdAt" FROM qa_messages WHERE thread_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    )) as (QaMessage & { threadId: string })[];
    const reads = (await this.dataSource.query(
      `SELECT thread_id AS "threadId", read_at AS "readAt" FROM qa_reads WHERE thread_id = ANY($1::uuid[]) AND reader_id = $2`,
      [ids, auth.userId],
    )) as { threadId: string; readAt: Date }[];
    const readAt = new Map(reads.map((r) => [r.threadId, r.readAt]));
    const fromOtherSide = (m: QaMessage) => (viewer.kind === 'WORKER' ? !m.fromWorker : m.fromWorker);
    return rows.map((row) => {
      const own: QaMessage[] = messages
        .filter((m) => m.threadId === row.id)
        .map((m) => ({ id: m.id, body: m.body, fromWorker: m.fromWorker, createdAt: m.createdAt }));
      const lastReadAt = readAt.get(row.id) ?? null;
      return {
        ...row,
        messages: own,
        lastReadAt,
        unreadCount: own.filter((m) => fromOtherSide(m) && (!lastReadAt || m.createdAt > lastReadAt)).length,
      };
    });
  }
}
