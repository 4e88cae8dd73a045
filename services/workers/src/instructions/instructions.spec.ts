import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { gql, postGraphQL, startTestNode, bearer, type TestIssuer, type TestNode } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { InMemoryTaskRequirements, OPEN_TASK } from '../assignments/in-memory-task-requirements';
import { FileLinks } from '../files/file-links';
import { MAX_ATTACHMENT_BYTES } from '../files/file-types';
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
const UPLOAD = gql`
  mutation ($input: RequestAttachmentUploadInput!) {
    requestInstructionAttachmentUpload(input: $input) {
      attachmentId
      uploadUrl
      expiresAt
      maxBytes
    }
  }
`;
const PUBLISH = gql`
  mutation ($input: PublishTaskInstructionsInput!) {
    publishTaskInstructions(input: $input) {
      version
      latestVersion
      bodyMarkdown
      attachments {
        id
        fileName
        mediaType
        sizeBytes
        sha256
        downloadUrl
      }
    }
  }
`;
const READ = gql`
  query ($taskOrgId: String!, $taskId: ID!, $version: Int) {
    taskInstructions(taskOrgId: $taskOrgId, taskId: $taskId, version: $version) {
      version
      latestVersion
      bodyMarkdown
      attachments {
        id
        fileName
        mediaType
        downloadUrl
      }
    }
  }
`;
const THREADS = gql`
  query ($taskOrgId: String!, $taskId: ID!) {
    taskQuestionThreads(taskOrgId: $taskOrgId, taskId: $taskId) {
      id
      workerId
      unreadCount
      messages {
        body
        fromWorker
      }
    }
  }
`;
const ASK = gql`
  mutation ($input: AskTaskQuestionInput!) {
    askTaskQuestion(input: $input) {
      id
      workerId
      unreadCount
      messages {
        body
        fromWorker
      }
    }
  }
`;
const ANSWER = gql`
  mutation ($input: AnswerTaskQuestionInput!) {
    answerTaskQuestion(input: $input) {
      id
      unreadCount
      messages {
        body
        fromWorker
      }
    }
  }
`;
const MARK_READ = gql`
  mutation ($threadId: ID!) {
    markTaskThreadRead(threadId: $threadId) {
      unreadCount
      lastReadAt
    }
  }
`;

// The smallest valid PNG (1×1), and bytes that are no allowed type.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
const ZIP = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60)]);
const WEEKDAYS_3H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 180 }));

describe('task instructions, attachments and Q&A against PostgreSQL', () => {
  let issuer: TestIssuer;
  let node: TestNode;
  let sql: DataSource;
  const dataKey = randomBytes(32);
  const task = { taskOrgId: 'tateshina', taskId: randomUUID() };
  let assignedWorkerId: string;

  const as = async (user: string, query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<Record<string, any>>(node.url, query, variables, await bearer(user));
  const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
  const post = (url: string, body: Buffer) =>
    fetch(node.url + url, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body });
  const count = async (table: string) => Number((await sql.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    issuer = await useRealmWithExtraWorkers(1);
    node = await startTestNode({
      label: 'workers_instructions',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey,
          trainingRecords: new InMemoryTrainingRecords(),
          taskRequirements: new InMemoryTaskRequirements(OPEN_TASK),
        }),
    });
    sql = node.dataSource;
    const register = async (username: string) => {
      const input = {
        familyName: '小林',
        givenName: '誠',
        familyNameKana: 'コバヤシ',
        givenNameKana: 'マコト',
        monthlyHourCap: 50,
        weeklyAvailability: WEEKDAYS_3H,
        userId: await subjectOf(username),
      };
      const id = (await as('tateshina-director', REGISTER, { input })).data!.registerWorker.id as string;
      expect((await as('tateshina-director', ACTIVATE, { id })).errors).toBeUndefined();
      return id;
    };
    assignedWorkerId = await register('tateshina-worker');
    await register('tateshina-worker-1');
    const booked = await as('tateshina-director', ASSIGN, {
      input: {
        workerId: assignedWorkerId,
        ...task,
        periodFrom: '2025-06-02',
        periodTo: '2025-06-27',
        plannedMinutes: 600,
        hourlyRateYen: 1100,
      },
    });
    expect(booked.errors).toBeUndefined();
  });

  afterAll(async () => {
    await node?.close();
    await issuer?.stop();
  });

  const upload = async (fileName: string, content: Buffer) => {
    const res = await as('tateshina-director', UPLOAD, { input: { ...task, fileName } });
    expect(res.errors).toBeUndefined();
    const { attachmentId, uploadUrl } = res.data!.requestInstructionAttachmentUpload;
    return { attachmentId: attachmentId as string, uploadUrl: uploadUrl as string, response: await post(uploadUrl, content) };
  };

  it('a director publishes versioned instructions with an attachment; the assigned worker reads them and streams the file', async () => {
    const { attachmentId, response } = await upload('手順書.png', PNG);
    expect(response.status).toBe(201);
    const v1 = await as('tateshina-director', PUBLISH, {
      input: { ...task, baseVersion: 0, bodyMarkdown: '# 手順\n1. 開く', attachmentIds: [attachmentId] },
    });
    expect(v1.errors).toBeUndefined();
    expect(v1.data!.publishTaskInstructions).toMatchObject({
      version: 1,
      latestVersion: 1,
      attachments: [{ id: attachmentId, fileName: '手順書.png', mediaType: 'image/png', sizeBytes: PNG.length }],
    });
    const v2 = await as('tateshina-director', PUBLISH, {
      input: { ...task, baseVersion: 1, bodyMarkdown: '# 手順\n1. 開く\n2. 入力する' },
    });
    expect(v2.data!.publishTaskInstructions).toMatchObject({ version: 2, attachments: [] });

    const latest = await as('tateshina-worker', READ, task);
    expect(latest.errors).toBeUndefined();
    expect(latest.data!.taskInstructions).toMatchObject({ version: 2, latestVersion: 2, bodyMarkdown: '# 手順\n1. 開く\n2. 入力する' });
    const first = await as('tateshina-worker', READ, { ...task, version: 1 });
    const link = first.data!.taskInstructions.attachments[0].downloadUrl as string;
    expect(link).toMatch(new RegExp(`^/files/tateshina/${attachmentId}\\?`));
    const download = await fetch(node.url + link);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('手順書.png')}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);
    expect(await sql.query(`SELECT action FROM audit_log WHERE action = 'task-instructions.publish'`)).toHaveLength(2);
  });

  it('refuses the instructions to a worker not assigned, to another member, and authoring to a worker', async () => {
    expect(codeOf(await as('tateshina-worker-1', READ, task))).toBe('TASK_NOT_VISIBLE');
    expect(codeOf(await as('shiojiri-worker', READ, task))).toBe('FORBIDDEN');
    expect(codeOf(await as('shiojiri-director', READ, task))).toBe('FORBIDDEN');
    expect(codeOf(await as('tateshina-worker', PUBLISH, { input: { ...task, baseVersion: 2, bodyMarkdown: 'x' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('tateshina-worker', UPLOAD, { input: { ...task, fileName: 'a.png' } }))).toBe('FORBIDDEN');
    // Another member's task with no claim of this org behind it.
    expect(
      codeOf(
        await as('tateshina-director', PUBLISH, {
          input: { taskOrgId: 'shiojiri', taskId: randomUUID(), baseVersion: 0, bodyMarkdown: 'x' },
        }),
      ),
    ).toBe('TASK_NOT_CLAIMED');
    expect(codeOf(await as('tateshina-director', READ, { ...task, taskId: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
  });

  it('saves one of two versions written on the same base, and refuses attachments that are not uploaded files of the task', async () => {
    const before = await count('task_instructions');
    const results = await Promise.all(
      [0, 1, 2, 3].map((n) => as('tateshina-director', PUBLISH, { input: { ...task, baseVersion: 2, bodyMarkdown: `v3 by ${n}` } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'INSTRUCTIONS_VERSION_CONFLICT')).toHaveLength(3);
    expect(await count('task_instructions')).toBe(before + 1);

    const pending = await as('tateshina-director', UPLOAD, { input: { ...task, fileName: 'never-sent.pdf' } });
    const otherTask = await as('tateshina-director', UPLOAD, { input: { ...task, taskId: randomUUID(), fileName: 'other.png' } });
    await post(otherTask.data!.requestInstructionAttachmentUpload.uploadUrl, PNG);
    for (const id of [
      pending.data!.requestInstructionAttachmentUpload.attachmentId,
      otherTask.data!.requestInstructionAttachmentUpload.attachmentId,
      randomUUID(),
    ]) {
      expect(
        codeOf(await as('tateshina-director', PUBLISH, { input: { ...task, baseVersion: 3, bodyMarkdown: 'x', attachmentIds: [id] } })),
      ).toBe('ATTACHMENT_NOT_FOUND');
    }
    expect(await count('task_instructions')).toBe(before + 1);
  });

  it('refuses oversized and disallowed content, storing nothing', async () => {
    const chunks = await count('stored_file_chunks');
    const cases: [Buffer, number, string][] = [
      [Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x41), 413, 'FILE_TOO_LARGE'],
      [ELF, 415, 'FILE_TYPE_NOT_ALLOWED'],
      [ZIP, 415, 'FILE_TYPE_NOT_ALLOWED'],
      [Buffer.from('text with a NUL\u0000 inside'), 415, 'FILE_TYPE_NOT_ALLOWED'],
      // Named .png but is not one: the content decides.
      [Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02]), 415, 'FILE_TYPE_NOT_ALLOWED'],
      [Buffer.alloc(0), 400, 'FILE_EMPTY'],
    ];
    for (const [content, status, code] of cases) {
      const { response } = await upload('looks-fine.png', content);
      expect([content.length, response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([
        content.length,
        status,
        code,
      ]);
    }
    expect(await count('stored_file_chunks')).toBe(chunks);
    const text = await upload('メモ.txt', Buffer.from('入力ルール\n1行目\tタブ\n'));
    expect(text.response.status).toBe(201);
    expect(await text.response.json()).toMatchObject({ mediaType: 'text/plain' });
  });

  it('refuses tampered, expired, reused and wrong-purpose links', async () => {
    const { attachmentId, uploadUrl, response } = await upload('a.png', PNG);
    expect(response.status).toBe(201);
    const status = async (res: Response) => [res.status, ((await res.json()) as { error: { code: string } }).error.code];
    expect(await status(await post(uploadUrl, PNG))).toEqual([409, 'FILE_ALREADY_STORED']);
    // An upload link does not download.
    expect(await status(await fetch(node.url + uploadUrl))).toEqual([403, 'LINK_INVALID']);

    const links = new FileLinks(dataKey);
    const good = links.sign('tateshina', attachmentId, 'download').url;
    expect((await fetch(node.url + good)).status).toBe(200);
    const url = new URL(good, 'http://x');
    const tampered = (key: string, value: string) => {
      const copy = new URL(url);
      copy.searchParams.set(key, value);
      return copy.pathname + copy.search;
    };
    expect(
      await status(
        await fetch(
          node.url +
            tampered(
              'signature',
              url.searchParams.get('signature')!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
            ),
        ),
      ),
    ).toEqual([403, 'LINK_INVALID']);
    expect(await status(await fetch(node.url + tampered('expires', String(Number(url.searchParams.get('expires')) + 3600))))).toEqual([
      403,
      'LINK_INVALID',
    ]);
    expect(await status(await fetch(node.url + good.replace(attachmentId, randomUUID())))).toEqual([403, 'LINK_INVALID']);
    expect(await status(await fetch(node.url + tampered('signature', '')))).toEqual([403, 'LINK_INVALID']);
    // Signed correctly, but ten minutes ago for five minutes.
    const expired = new FileLinks(dataKey, () => Date.now() - 600_000).sign('tateshina', attachmentId, 'download').url;
    expect(await status(await fetch(node.url + expired))).toEqual([403, 'LINK_EXPIRED']);
    // A link signed with another node's key.
    const foreign = new FileLinks(randomBytes(32)).sign('tateshina', attachmentId, 'download').url;
    expect(await status(await fetch(node.url + foreign))).toEqual([403, 'LINK_INVALID']);
  });

  it('runs a Q&A thread between the assigned worker and the directors, with read state', async () => {
    expect(codeOf(await as('tateshina-worker-1', ASK, { input: { ...task, body: '質問です' } }))).toBe('TASK_NOT_VISIBLE');
    expect(codeOf(await as('shiojiri-worker', ASK, { input: { ...task, body: '質問です' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('tateshina-director', ASK, { input: { ...task, body: '質問です' } }))).toBe('FORBIDDEN');
    expect(await count('qa_messages')).toBe(0);

    const asked = await as('tateshina-worker', ASK, { input: { ...task, body: '締切は何時ですか？' } });
    expect(asked.errors).toBeUndefined();
    const thread = asked.data!.askTaskQuestion;
    expect(thread).toMatchObject({
      workerId: assignedWorkerId,
      unreadCount: 0,
      messages: [{ body: '締切は何時ですか？', fromWorker: true }],
    });

    const staffView = await as('tateshina-director', THREADS, task);
    expect(staffView.data!.taskQuestionThreads).toEqual([
      { id: thread.id, workerId: assignedWorkerId, unreadCount: 1, messages: [{ body: '締切は何時ですか？', fromWorker: true }] },
    ]);
    expect(codeOf(await as('tateshina-worker', ANSWER, { input: { threadId: thread.id, body: '自分で答える' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('tateshina-director', ANSWER, { input: { threadId: randomUUID(), body: '?' } }))).toBe('THREAD_NOT_FOUND');
    const answered = await as('tateshina-director', ANSWER, { input: { threadId: thread.id, body: '17時です。' } });
    expect(answered.data!.answerTaskQuestion).toMatchObject({
      unreadCount: 0,
      messages: [{ fromWorker: true }, { body: '17時です。', fromWorker: false }],
    });

    expect((await as('tateshina-worker', THREADS, task)).data!.taskQuestionThreads).toMatchObject([{ id: thread.id, unreadCount: 1 }]);
    expect(codeOf(await as('tateshina-worker-1', THREADS, task))).toBe('TASK_NOT_VISIBLE');
    expect(codeOf(await as('tateshina-worker-1', MARK_READ, { threadId: thread.id }))).toBe('TASK_NOT_VISIBLE');
    const read = await as('tateshina-worker', MARK_READ, { threadId: thread.id });
    expect(read.data!.markTaskThreadRead).toMatchObject({ unreadCount: 0 });
    expect((await as('tateshina-worker', THREADS, task)).data!.taskQuestionThreads).toMatchObject([{ unreadCount: 0 }]);
  });
});
