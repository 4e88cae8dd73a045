import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OrgNode, Public } from '@kyodo/subgraph';
import { FILE_LINKS, FileLinkPurpose, FileLinks } from './file-links';
import { MAX_ATTACHMENT_BYTES } from './file-types';
import { FILES_HTTP_STATUS, FilesError } from './files.errors';
import { FilesService } from './files.service';

/** `filename*` (RFC 6266 / 5987) keeps a Japanese file name intact; the ASCII fallback for old clients. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The request body, refused as soon as it passes the limit (never buffered past it). */
async function readBody(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit)
    throw new FilesError('FILE_TOO_LARGE', `A file may hold at most ${limit} bytes.`, { maxBytes: limit });
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > limit) throw new FilesError('FILE_TOO_LARGE', `A file may hold at most ${limit} bytes.`, { maxBytes: limit });
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/**
 * The plain HTTP side of attachments. Both routes are open to any caller (`@Public`) because the
 * signed link is the permission: GraphQL fields hand links only to callers the access rules let
 * see (download) or write (upload) the file, and a link names one file, one purpose and a near
 * expiry.
 */
@Controller('files')
export class FilesController {
  constructor(
    private readonly files: FilesService,
    private readonly node: OrgNode,
    @Inject(FILE_LINKS) private readonly links: FileLinks,
  ) {}

  @Public()
  @Get(':orgId/:fileId')
  async download(
    @Param('orgId') orgId: string,
    @Param('fileId') fileId: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    try {
      this.check(orgId, fileId, query, 'download');
      const { file, chunks } = await this.files.open(orgId, fileId);
      res.status(200).set({
        'content-type': file.mediaType ?? 'application/octet-stream',
        'content-length': String(file.sizeBytes),
        'content-disposition': contentDisposition(file.fileName),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
      await pipeline(Readable.from(chunks), res);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  @Public()
  @Post(':orgId/:fileId')
  async upload(
    @Param('orgId') orgId: string,
    @Param('fileId') fileId: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      this.check(orgId, fileId, query, 'upload');
      const content = await readBody(req, MAX_ATTACHMENT_BYTES);
      const file = await this.files.store(orgId, fileId, content);
      res
        .status(201)
        .json({ id: file.id, fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.sizeBytes, sha256: file.sha256 });
    } catch (error) {
      this.refuse(res, error);
    }
  }

  private check(orgId: string, fileId: string, query: Record<string, unknown>, purpose: FileLinkPurpose): void {
    const verdict = this.links.verify(orgId, fileId, query);
    if (verdict === 'EXPIRED') throw new FilesError('LINK_EXPIRED', 'The link has expired; ask for a new one.');
    if (verdict === 'BAD_SIGNATURE' || verdict.purpose !== purpose) throw new FilesError('LINK_INVALID', 'The link is not valid.');
    // A valid link for an org this node does not hold never arrives here through the gateway; refuse it anyway.
    if (!this.node.serves(orgId) || !/^[0-9a-f-]{36}$/i.test(fileId)) throw new FilesError('FILE_NOT_FOUND', 'No such file.');
  }

  private refuse(res: Response, error: unknown): void {
    if (res.headersSent) {
      res.destroy(error instanceof Error ? error : undefined);
      return;
    }
    if (error instanceof FilesError) {
      // An upload refused before its body was read: close rather than drain what may be large.
      res
        .status(FILES_HTTP_STATUS[error.code])
        .set('connection', 'close')
        .json({ error: { code: error.code, message: error.message, details: error.details } });
      return;
    }
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The file could not be served.' } });
  }
}
