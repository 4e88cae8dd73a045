import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** What a signed link lets its bearer do with one file. */
export type FileLinkPurpose = 'download' | 'upload';

export interface VerifiedLink {
  orgId: string;
  fileId: string;
  purpose: FileLinkPurpose;
}

/** How long a link works: long enough to start the transfer, too short to be worth passing on. */
export const DOWNLOAD_LINK_SECONDS = 300;
export const UPLOAD_LINK_SECONDS = 900;

/**
 * Short-lived signed links to the node's plain HTTP file routes (`/files/<org>/<file>`), so files
 * stream instead of travelling base64-encoded inside GraphQL answers. Whoever may see a file gets
 * a link from a GraphQL field that checked them; the route then checks only the signature and the
 * expiry (HMAC-SHA256 over org, file, purpose and expiry). The key is derived from the node's
 * WORKER_DATA_KEY with HKDF under its own label: every replica of the node verifies every link, no
 * new secret to configure, and a link key can never decrypt sealed data.
 */
export class FileLinks {
  private readonly key: Buffer;

  constructor(
    dataKey: Buffer,
    private readonly now: () => number = Date.now,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'kyodo/workers/file-links/v1', 32));
  }

  /** The path and query of a link (relative: the gateway or the node's host serves it). */
  sign(
    orgId: string,
    fileId: string,
    purpose: FileLinkPurpose,
    seconds = purpose === 'upload' ? UPLOAD_LINK_SECONDS : DOWNLOAD_LINK_SECONDS,
  ): { url: string; expiresAt: Date } {
    const expires = Math.floor(this.now() / 1000) + seconds;
    const query = new URLSearchParams({ purpose, expires: String(expires), signature: this.mac(orgId, fileId, purpose, expires) });
    return { url: `/files/${encodeURIComponent(orgId)}/${encodeURIComponent(fileId)}?${query}`, expiresAt: new Date(expires * 1000) };
  }

  /** The link's grant, or the reason it is refused. */
  verify(orgId: string, fileId: string, query: Record<string, unknown>): VerifiedLink | 'EXPIRED' | 'BAD_SIGNATURE' {
    const { purpose, expires, signature } = query;
    if (
      (purpose !== 'download' && purpose !== 'upload') ||
      typeof expires !== 'string' ||
      !/^\d{1,12}$/.test(expires) ||
      typeof signature !== 'string'
    )
      return 'BAD_SIGNATURE';
    const expected = Buffer.from(this.mac(orgId, fileId, purpose, Number(expires)));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'BAD_SIGNATURE';
    if (Number(expires) * 1000 <= this.now()) return 'EXPIRED';
    return { orgId, fileId, purpose };
  }

  private mac(orgId: string, fileId: string, purpose: FileLinkPurpose, expires: number): string {
    return createHmac('sha256', this.key).update(`${orgId}\n${fileId}\n${purpose}\n${expires}`).digest('base64url');
  }
}

export const FILE_LINKS = Symbol('FILE_LINKS');
