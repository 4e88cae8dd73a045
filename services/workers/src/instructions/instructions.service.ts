import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isUniqueViolation } from '@kyodo/database';
import { FILE_LINKS, FileLinks } from '../files/file-links';
import { ALLOWED_MEDIA_TYPES, MAX_ATTACHMENT_BYTES } from '../files/file-types';
import { FilesService, StoredFile } from '../files/files.service';
import { PublishTaskInstructionsInput, RequestAttachmentUploadInput } from './dto/instructions.inputs';
import { InstructionsError } from './instructions.errors';
import { TaskAccessService, TaskKey } from './task-access.service';
import { AttachmentUpload, InstructionAttachment, TaskInstructions } from './task-instructions.model';

interface VersionRow {
  version: number;
  latestVersion: number;
  bodyMarkdown: string;
  attachmentIds: string[];
  createdAt: Date;
}

@Injectable()
export class InstructionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TaskAccessService,
    private readonly files: FilesService,
    @Inject(FILE_LINKS) private readonly links: FileLinks,
  ) {}

  /** A version (the newest by default) for its assigned workers and the org's staff; null before the first. */
  async read(orgId: string, auth: AuthContext, task: TaskKey, version?: number): Promise<TaskInstructions | null> {
    await this.access.viewer(orgId, auth, task);
    const [row] = (await this.dataSource.query(
      `SELECT version, max(version) OVER () AS "latestVersion", body_markdown AS "bodyMarkdown", attachment_ids AS "attachmentIds", created_at AS "createdAt"
         FROM task_instructions WHERE org_id = $1 AND task_org_id = $2 AND task_id = $3
        ORDER BY (version = $4) DESC, version DESC LIMIT 1`,
      [orgId, task.taskOrgId, task.taskId, version ?? 0],
    )) as VersionRow[];
    if (!row || (version !== undefined && row.version !== version)) return null;
    return this.present(orgId, task, row);
  }

  /** Staff: a pending attachment and the signed link its bytes go to. */
  async requestUpload(orgId: string, auth: AuthContext, input: RequestAttachmentUploadInput): Promise<AttachmentUpload> {
    await this.access.checkWorkedHere(orgId, input);
    const attachmentId = await this.files.createPending(orgId, input, input.fileName, auth.userId);
    const link = this.links.sign(orgId, attachmentId, 'upload');
    return {
      attachmentId,
      uploadUrl: link.url,
      expiresAt: link.expiresAt,
      maxBytes: MAX_ATTACHMENT_BYTES,
      allowedMediaTypes: [...ALLOWED_MEDIA_TYPES],
    };
  }

  /**
   * Staff: saves the next version. The editor names the version they started from; when someone
   * saved in between, the unique (task, version) key refuses the second writer, so no edit is
   * silently lost.
   */
  async publish(orgId: string, auth: AuthContext, input: PublishTaskInstructionsInput): Promise<TaskInstructions> {
    await this.access.checkWorkedHere(orgId, input);
    const attachments = await this.files.find(orgId, input.attachmentIds);
    const usable = attachments.filter((f) => f.state === 'STORED' && f.taskOrgId === input.taskOrgId && f.taskId === input.taskId);
    if (usable.length !== input.attachmentIds.length) {
      const found = new Set(usable.map((f) => f.id));
      throw new InstructionsError('ATTACHMENT_NOT_FOUND', 'Attachments must be uploaded files of this task.', {
        missing: input.attachmentIds.filter((id) => !found.has(id)),
      });
    }
    try {
      await this.dataSource.transaction(async (manager) => {
        const [{ latest }] = await manager.query(
          `SELECT coalesce(max(version), 0) AS latest FROM task_instructions WHERE org_id = $1 AND task_org_id = $2 AND task_id = $3`,
          [orgId, input.taskOrgId, input.taskId],
        );
        if (latest !== input.baseVersion) {
          throw new InstructionsError('INSTRUCTIONS_VERSION_CONFLICT', `Version ${latest} was saved since version ${input.baseVersion}.`, {
            latestVersion: latest,
          });
        }
        const [saved] = await manager.query(
          `INSERT INTO task_instructions (org_id, task_org_id, task_id, version, body_markdown, attachment_ids, author_id)
           VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7) RETURNING id`,
          [orgId, input.taskOrgId, input.taskId, input.baseVersion + 1, input.bodyMarkdown, input.attachmentIds, auth.userId],
        );
        await appendAudit(manager, {
          actorId: auth.userId,
          actorOrgId: auth.orgId,
          action: 'task-instructions.publish',
          entityType: 'TaskInstructions',
          entityId: saved.id,
          detail: { taskOrgId: input.taskOrgId, taskId: input.taskId, version: input.baseVersion + 1, attachmentIds: input.attachmentIds },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'task_instructions_version')) {
        throw new InstructionsError(
          'INSTRUCTIONS_VERSION_CONFLICT',
          `Another version ${input.baseVersion + 1} was saved at the same time.`,
        );
      }
      throw error;
    }
    const saved = await this.read(orgId, auth, input, input.baseVersion + 1);
    if (!saved) throw new Error('A saved version could not be read back.');
    return saved;
  }

  private async present(orgId: string, task: TaskKey, row: VersionRow): Promise<TaskInstructions> {
    const files = await this.files.find(orgId, row.attachmentIds);
    return {
      taskOrgId: task.taskOrgId,
      taskId: task.taskId,
      version: row.version,
      latestVersion: row.latestVersion,
      bodyMarkdown: row.bodyMarkdown,
      createdAt: row.createdAt,
      attachments: files.map((file) => this.attachment(orgId, file)),
    };
  }

  private attachment(orgId: string, file: StoredFile): InstructionAttachment {
    const link = this.links.sign(orgId, file.id, 'download');
    // Only STORED files are attached (publish checks it), and a stored file has all three (a CHECK says so).
    return {
      id: file.id,
      fileName: file.fileName,
      mediaType: file.mediaType ?? '',
      sizeBytes: file.sizeBytes ?? 0,
      sha256: file.sha256 ?? '',
      downloadUrl: link.url,
      downloadUrlExpiresAt: link.expiresAt,
    };
  }
}
