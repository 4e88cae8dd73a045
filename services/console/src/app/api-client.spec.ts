import { storedAccessToken } from './api-client';

const config = { gatewayUrl: '/graphql', authority: 'http://kc/realms/kyodo', clientId: 'kyodo-web' };
const key = 'oidc.user:http://kc/realms/kyodo:kyodo-web';
const storageOf = (items: Record<string, string>) => ({ getItem: (k: string) => items[k] ?? null });
const now = Date.UTC(2026, 11, 7, 0, 0, 0);

describe('storedAccessToken', () => {
  it('reads the access token oidc-client-ts keeps for this realm and client', () => {
    const storage = storageOf({ [key]: JSON.stringify({ access_token: 'abc', expires_at: now / 1000 + 300 }) });
    expect(storedAccessToken(config, storage, now)).toBe('abc');
  });

  it('leaves out a token that expired or is about to, another client’s, and a damaged entry', () => {
    expect(
      storedAccessToken(config, storageOf({ [key]: JSON.stringify({ access_token: 'abc', expires_at: now / 1000 + 5 }) }), now),
    ).toBeUndefined();
    expect(
      storedAccessToken(config, storageOf({ [key]: JSON.stringify({ access_token: 'abc', expires_at: now / 1000 - 60 }) }), now),
    ).toBeUndefined();
    expect(storedAccessToken(config, storageOf({ 'oidc.user:http://kc/realms/kyodo:other': '{}' }), now)).toBeUndefined();
    expect(storedAccessToken(config, storageOf({ [key]: '{broken' }), now)).toBeUndefined();
    expect(storedAccessToken(config, storageOf({ [key]: JSON.stringify({ access_token: 'abc' }) }), now)).toBeUndefined();
  });
});
