import { randomBytes } from 'node:crypto';
import { FileLinks } from './file-links';

describe('signed file links', () => {
  const key = randomBytes(32);
  const now = Date.UTC(2026, 0, 5, 9, 0, 0);
  const links = new FileLinks(key, () => now);
  const queryOf = (url: string) => Object.fromEntries(new URL(url, 'http://node').searchParams);
  const fileId = '0b6c3f43-6d3e-4f0c-9d62-0a4a3c5b1e11';

  it('verifies its own link until it expires, and names the purpose', () => {
    const { url, expiresAt } = links.sign('tateshina', fileId, 'download');
    expect(expiresAt.getTime()).toBe(now + 300_000);
    expect(links.verify('tateshina', fileId, queryOf(url))).toEqual({ orgId: 'tateshina', fileId, purpose: 'download' });
    expect(new FileLinks(key, () => now + 299_000).verify('tateshina', fileId, queryOf(url))).not.toBe('EXPIRED');
    expect(new FileLinks(key, () => now + 300_000).verify('tateshina', fileId, queryOf(url))).toBe('EXPIRED');
  });

  it('refuses a link moved to another file, org or purpose, a changed expiry, another key, and junk', () => {
    const query = queryOf(links.sign('tateshina', fileId, 'download').url);
    expect(links.verify('shiojiri', fileId, query)).toBe('BAD_SIGNATURE');
    expect(links.verify('tateshina', fileId.replace('0b', '1b'), query)).toBe('BAD_SIGNATURE');
    expect(links.verify('tateshina', fileId, { ...query, purpose: 'upload' })).toBe('BAD_SIGNATURE');
    expect(links.verify('tateshina', fileId, { ...query, expires: String(Number(query.expires) + 1) })).toBe('BAD_SIGNATURE');
    expect(new FileLinks(randomBytes(32), () => now).verify('tateshina', fileId, query)).toBe('BAD_SIGNATURE');
    for (const junk of [
      {},
      { ...query, signature: undefined },
      { ...query, expires: '1e9' },
      { ...query, purpose: 'delete' },
      { ...query, signature: ['a', 'b'] },
    ]) {
      expect(links.verify('tateshina', fileId, junk)).toBe('BAD_SIGNATURE');
    }
  });
});
