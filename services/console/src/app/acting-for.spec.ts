import { parse } from 'graphql';
import type { NavEntry } from './area';
import {
  ACTING_FOR_KEY,
  currentEntry,
  declaresOrgId,
  homeWhileActing,
  navWhileActing,
  storeActingFor,
  storedActingFor,
  withActingOrg,
} from './acting-for';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const PAY = parse('query Pay($orgId: String, $month: String!) { payMonth(orgId: $orgId, month: $month) { month } }');
const MEMBERS = parse('query Members { consortiumMembers { id } }');

const NAV: NavEntry[] = [
  { to: '/director/orders', labelKey: 'nav.orders', roles: ['director'] },
  { to: '/director/approvals', labelKey: 'nav.approvals', roles: ['director'], delegated: 'ATTENDANCE' },
  { to: '/director/pay', labelKey: 'nav.pay', roles: ['director'], delegated: 'PAYMENT' },
];

describe('the member a tab acts for', () => {
  it('keeps a stored choice the token still names', () => {
    expect(storedActingFor(memoryStorage({ [ACTING_FOR_KEY]: 'tateshina' }), ['tateshina'])).toBe('tateshina');
  });

  it('forgets a stored choice the token no longer names (another member, or no operator_for at all)', () => {
    const storage = memoryStorage({ [ACTING_FOR_KEY]: 'omachi' });
    expect(storedActingFor(storage, ['tateshina'])).toBeNull();
    expect(storage.items.has(ACTING_FOR_KEY)).toBe(false);
    expect(storedActingFor(memoryStorage({ [ACTING_FOR_KEY]: 'tateshina' }), [])).toBeNull();
  });

  it('stores a member and forgets it on the way back to the own org', () => {
    const storage = memoryStorage();
    storeActingFor(storage, 'tateshina');
    expect(storage.items.get(ACTING_FOR_KEY)).toBe('tateshina');
    storeActingFor(storage, null);
    expect(storage.items.has(ACTING_FOR_KEY)).toBe(false);
  });
});

describe('the org id an operation leaves with', () => {
  it('names the member in every operation that takes $orgId while acting for it', () => {
    expect(declaresOrgId(PAY)).toBe(true);
    expect(withActingOrg(PAY, { month: '2026-11' }, 'tateshina')).toEqual({ month: '2026-11', orgId: 'tateshina' });
  });

  it('leaves the variables alone for the own org, an operation without $orgId, or one naming an org itself', () => {
    expect(withActingOrg(PAY, { month: '2026-11' }, null)).toEqual({ month: '2026-11' });
    expect(withActingOrg(MEMBERS, {}, 'tateshina')).toEqual({});
    expect(withActingOrg(PAY, { month: '2026-11', orgId: 'shiojiri' }, 'tateshina')).toEqual({ month: '2026-11', orgId: 'shiojiri' });
  });
});

describe('the navigation while acting', () => {
  it('shows only the screens of the functions the member delegated', () => {
    expect(navWhileActing(NAV, ['PAYMENT', 'INVOICING']).map((e) => e.to)).toEqual(['/director/pay']);
    expect(navWhileActing(NAV, []).map((e) => e.to)).toEqual([]);
    expect(homeWhileActing(NAV, ['ATTENDANCE', 'PAYMENT'])).toBe('/director/approvals');
    expect(homeWhileActing(NAV, [])).toBeNull();
  });

  it('finds the current screen by the longest prefix, and none outside the list', () => {
    expect(currentEntry(NAV, '/director/pay')?.to).toBe('/director/pay');
    expect(currentEntry(navWhileActing(NAV, ['PAYMENT']), '/director/orders/12')).toBeNull();
  });
});
