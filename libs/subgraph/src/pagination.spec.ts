import { decodeCursor, encodeCursor, toPage } from './pagination';
import { DomainError } from './domain.error';

describe('keyset pagination', () => {
  it('round-trips a cursor', () => {
    const cursor = { at: '2026-11-21T01:02:03.456Z', id: '0b8f5c2e-4a4e-4b8e-9a53-0c1f3e2d1a00' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(['not-base64-json', Buffer.from('["yesterday","x"]').toString('base64url'), Buffer.from('{"at":1}').toString('base64url')])(
    'refuses a cursor it did not issue (%s) with BAD_CURSOR',
    (bad) => {
      expect(() => decodeCursor(bad)).toThrow(DomainError);
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ code: 'BAD_CURSOR' }));
    },
  );

  it('reads the extra row as "there is more" and points the cursor at the last row shown', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id-${n}`, at: `2026-01-0${n}T00:00:00.000Z` }));
    const page = toPage(rows, 2, (r) => r);
    expect(page.nodes).toEqual(rows.slice(0, 2));
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor!)).toEqual(rows[1]);
    expect(toPage(rows.slice(0, 2), 2, (r) => r).pageInfo.hasNextPage).toBe(false);
    expect(toPage([], 2, (r) => r).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
