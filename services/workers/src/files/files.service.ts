import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { allowedMediaType, MAX_ATTACHMENT_BYTES } from './file-types';
import { FilesError } from './files.errors';

/** Content is stored and read in pieces of this size: a download holds one piece at a time. */
const CHUNK_BYTES = 256 * 1024;

export interface StoredFile {
  id: string;
  orgId: string;
  taskOrgId: string;
  taskId: string;
  fileName: string;
  mediaType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  state: 'PENDING' | 'STORED';
  createdAt: Date;
}

const COLUMNS = `id, org_id AS "orgId", task_org_id AS "taskOrgId", task_id AS "taskId", file_name AS "fileName", media_type AS "mediaType",
  size_bytes AS "sizeBytes", sha256, state, created_at AS "createdAt"`;

/** Files kept in the member's own database (the default store): metadata in a row, content in chunks. */
@Injectable()
export class FilesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A file waiting for its content, which only a signed upload link can then store. */
  async createPending(orgId: string, task: { taskOrgId: string; taskId: string }, fileName: string, uploadedBy: string): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO stored_files (org_id, task_org_id, task_id, file_name, uploaded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [orgId, task.taskOrgId, task.taskId, fileName, uploadedBy],
    );
    return row.id as string;
  }

  async find(orgId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<StoredFile[]> {
    if (ids.length === 0) return [];
    return manager.query(`SELECT ${COLUMNS} FROM stored_files WHERE org_id = $1 AND id = ANY($2::uuid[]) ORDER BY created_at, id`, [
      orgId,
      ids,
    ]);
  }

  /**
   * Stores a pending file's content once, after checking its size and what it really is. The row
   * is locked, so two uploads through the same link store one content; a spent link is refused.
   */
  async store(orgId: string, fileId: string, content: Buffer): Promise<StoredFile> {
    if (content.length === 0) throw new FilesError('FILE_EMPTY', 'The upload has no content.');
    if (content.length > MAX_ATTACHMENT_BYTES)
      throw new FilesError('FILE_TOO_LARGE', `A file may hold at most ${MAX_ATTACHMENT_BYTES} bytes.`, { maxBytes: MAX_ATTACHMENT_BYTES });
    const mediaType = await allowedMediaType(content);
    if (!mediaType)
      throw new FilesError('FILE_TYPE_NOT_ALLOWED', 'The content is not an allowed file type (PDF, image, Office document or plain text).');
    const sha256 = createHash('sha256').update(content).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const [file] = await manager.query(`SELECT state FROM stored_files WHERE org_id = $1 AND id = $2 FOR UPDATE`, [orgId, fileId]);
      if (!file) throw new FilesError('FILE_NOT_FOUND', 'No such file.');
      if (file.state !== 'PENDING') throw new FilesError('FILE_ALREADY_STORED', 'This upload link has been used.');
      for (let seq = 0; seq * CHUNK_BYTES < content.length; seq++) {
        await manager.query(`INSERT INTO stored_file_chunks (file_id, seq, data) VALUES ($1, $2, $3)`, [
          fileId,
          seq,
          content.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES),
        ]);
      }
      await manager.query(
        `UPDATE stored_files SET state = 'STORED', media_type = $3, size_bytes = $4, sha256 = $5, stored_at = now() WHERE org_id = $1 AND id = $2`,
        [orgId, fileId, mediaType, content.length, sha256],
      );
      const [stored] = await this.find(orgId, [fileId], manager);
      return stored;
    });
  }

  /** A stored file's metadata, and its content piece by piece (one query per piece). */
  async open(orgId: string, fileId: string): Promise<{ file: StoredFile; chunks: AsyncIterable<Buffer> }> {
    const [file] = await this.find(orgId, [fileId]);
    if (!file || file.state !== 'STORED') throw new FilesError('FILE_NOT_FOUND', 'No such file.');
    const dataSource = this.dataSource;
    async function* chunks(): AsyncIterable<Buffer> {
      for (let seq = 0; ; seq++) {
        const [chunk] = await dataSource.query(`SELECT data FROM stored_file_chunks WHERE file_id = $1 AND seq = $2`, [fileId, seq]);
        if (!chunk) return;
        yield chunk.data as Buffer;
      }
    }
    return { file, chunks: chunks() };
  }
}
