import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work instructions (作業手順) and the Q&A (作業指示・Q&A) of a task, kept in the workers node of
 * the member whose workers do the task, keyed by the task reference (task_org_id, task_id): this
 * node alone knows who is assigned, so "visible to the assigned workers" is checked against its
 * own assignments, and orders is asked nothing.
 *
 * - task_instructions: immutable versions; UNIQUE (org, task, version) makes two directors saving
 *   on the same base version race into one winner.
 * - stored_files / stored_file_chunks: attachments in the member's own database, content in
 *   chunks so a download streams without holding the file. A file is PENDING until its signed
 *   upload stores content once.
 * - qa_threads: one thread per task and worker (a worker never sees another worker's questions);
 *   qa_reads: how far each reader has read.
 */
export class TaskInstructions1765250000000 implements MigrationInterface {
  name = 'TaskInstructions1765250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stored_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        task_org_id text NOT NULL,
        task_id uuid NOT NULL,
        file_name text NOT NULL,
        media_type text,
        size_bytes integer CHECK (size_bytes >= 0),
        sha256 text,
        uploaded_by text NOT NULL,
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'STORED')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        stored_at timestamptz(3),
        CONSTRAINT stored_files_stored_complete CHECK (state = 'PENDING' OR (media_type IS NOT NULL AND size_bytes IS NOT NULL AND sha256 IS NOT NULL AND stored_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX stored_files_task ON stored_files (org_id, task_org_id, task_id)`);
    await q.query(`
      CREATE TABLE stored_file_chunks (
        file_id uuid NOT NULL REFERENCES stored_files (id) ON DELETE CASCADE,
        seq integer NOT NULL CHECK (seq >= 0),
        data bytea NOT NULL,
        PRIMARY KEY (file_id, seq)
      )`);
    await q.query(`
      CREATE TABLE task_instructions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        task_org_id text NOT NULL,
        task_id uuid NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        body_markdown text NOT NULL,
        attachment_ids uuid[] NOT NULL DEFAULT '{}',
        author_id text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT task_instructions_version UNIQUE (org_id, task_org_id, task_id, version)
      )`);
    await q.query(`
      CREATE TABLE qa_threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        task_org_id text NOT NULL,
        task_id uuid NOT NULL,
        worker_id uuid NOT NULL REFERENCES workers (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT qa_threads_task_worker UNIQUE (org_id, task_org_id, task_id, worker_id)
      )`);
    await q.query(`
      CREATE TABLE qa_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES qa_threads (id),
        author_id text NOT NULL,
        from_worker boolean NOT NULL,
        body text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX qa_messages_thread ON qa_messages (thread_id, created_at)`);
    await q.query(`
      CREATE TABLE qa_reads (
        thread_id uuid NOT NULL REFERENCES qa_threads (id),
        reader_id text NOT NULL,
        read_at timestamptz(3) NOT NULL,
        PRIMARY KEY (thread_id, reader_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE qa_reads`);
    await q.query(`DROP TABLE qa_messages`);
    await q.query(`DROP TABLE qa_threads`);
    await q.query(`DROP TABLE task_instructions`);
    await q.query(`DROP TABLE stored_file_chunks`);
    await q.query(`DROP TABLE stored_files`);
  }
}
