import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@kyodo/subgraph';
import type { NodeDirectory } from '../routing/node-directory';

export const FILE_RELAY_DIRECTORY = Symbol('FILE_RELAY_DIRECTORY');

/** How long the gateway gives a node to start answering a file request. */
const NODE_FILE_TIMEOUT_MS = 30_000;
const ORG_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const FILE_ID = /^[0-9a-fA-F-]{36}$/;
/** What a node's file answer may carry back to the client. */
const RELAYED_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'x-content-type-options'];

/**
 * Signed file links (attachments of work instructions, served by each member's workers node at
 * `/files/<org>/<file>`) reach clients through the one URL they know: the gateway relays the
 * request, body and answer streaming, to the workers node of the org the path names. It checks
 * nothing else: the node verifies the link's signature and expiry, which is the permission (so
 * the route is `@Public`; a link never carries a token).
 */
@Controller('files')
export class FileRelayController {
  constructor(@Inject(FILE_RELAY_DIRECTORY) private readonly directory: NodeDirectory) {}

  @Public()
  @Get(':orgId/:fileId')
  download(@Param('orgId') orgId: string, @Param('fileId') fileId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.relay(orgId, fileId, req, res);
  }

  @Public()
  @Post(':orgId/:fileId')
  upload(@Param('orgId') orgId: string, @Param('fileId') fileId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.relay(orgId, fileId, req, res);
  }

  private async relay(orgId: string, fileId: string, req: Request, res: Response): Promise<void> {
    const found = ORG_ID.test(orgId) && FILE_ID.test(fileId) ? this.directory.lookup(orgId, 'workers') : null;
    if (!found || !('node' in found)) {
      res.status(404).json({ error: { code: 'FILE_NOT_FOUND', message: 'No such file.' } });
      return;
    }
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const target = `${found.node.url.replace(/\/$/, '')}/files/${orgId}/${fileId}${query}`;
    const upload = req.method === 'POST';
    let answer: globalThis.Response;
    try {
      answer = await fetch(target, {
        method: req.method,
        headers: upload
          ? {
              'content-type': 'application/octet-stream',
              ...(req.headers['content-length'] ? { 'content-length': req.headers['content-length'] } : {}),
            }
          : {},
        body: upload ? (Readable.toWeb(req) as ReadableStream) : undefined,
        // Required by fetch for a streamed request body.
        ...(upload ? { duplex: 'half' } : {}),
        signal: AbortSignal.timeout(NODE_FILE_TIMEOUT_MS),
        redirect: 'error',
      } as RequestInit);
    } catch {
      if (!res.headersSent)
        res.status(502).json({ error: { code: 'NODE_UNAVAILABLE', message: `The workers node of ${orgId} did not answer.` } });
      return;
    }
    res.status(answer.status);
    for (const name of RELAYED_HEADERS) {
      const value = answer.headers.get(name);
      if (value !== null) res.setHeader(name, value);
    }
    if (!answer.body) {
      res.end();
      return;
    }
    await pipeline(Readable.fromWeb(answer.body as import('node:stream/web').ReadableStream), res).catch(() => res.destroy());
  }
}
