import { CookieJar } from './cookie-jar';

const KC = 'http://localhost:8080';

describe('CookieJar', () => {
  it('keeps same-named cookies of two realms apart by path', () => {
    const jar = new CookieJar();
    jar.store(`${KC}/realms/kyodo/protocol/openid-connect/auth`, ['AUTH_SESSION_ID=kyodo-session; Path=/realms/kyodo/; HttpOnly']);
    jar.store(`${KC}/realms/tateshina-idp/protocol/openid-connect/auth`, ['AUTH_SESSION_ID=town-session; Path=/realms/tateshina-idp/']);

    expect(jar.header(`${KC}/realms/kyodo/login-actions/authenticate`)).toBe('AUTH_SESSION_ID=kyodo-session');
    expect(jar.header(`${KC}/realms/tateshina-idp/login-actions/authenticate`)).toBe('AUTH_SESSION_ID=town-session');
    expect(jar.header(`${KC}/realms/kyodo-other/x`)).toBeUndefined();
  });

  it('sends longer paths first and replaces a cookie set again', () => {
    const jar = new CookieJar();
    jar.store(`${KC}/realms/kyodo/`, ['a=1; Path=/', 'b=2; Path=/realms/kyodo/', 'a=3; Path=/']);

    expect(jar.header(`${KC}/realms/kyodo/account`)).toBe('b=2; a=3');
  });

  it('forgets a cookie deleted with Max-Age=0 or an Expires in the past', () => {
    const jar = new CookieJar();
    jar.store(`${KC}/realms/kyodo/`, ['KC_RESTART=x; Path=/realms/kyodo/', 'KEYCLOAK_IDENTITY=y; Path=/realms/kyodo/']);
    jar.store(`${KC}/realms/kyodo/`, [
      'KC_RESTART=; Max-Age=0; Path=/realms/kyodo/',
      'KEYCLOAK_IDENTITY=; Expires=Thu, 01-Jan-1970 00:00:10 GMT; Path=/realms/kyodo/',
    ]);

    expect(jar.header(`${KC}/realms/kyodo/`)).toBeUndefined();
  });

  it('lets a cookie expire with time', () => {
    const jar = new CookieJar();
    jar.store(`${KC}/`, ['short=1; Max-Age=10; Path=/'], 0);

    expect(jar.header(`${KC}/`, 5_000)).toBe('short=1');
    expect(jar.header(`${KC}/`, 11_000)).toBeUndefined();
  });

  it('defaults the path to the directory of the request', () => {
    const jar = new CookieJar();
    jar.store(`${KC}/realms/kyodo/login-actions/authenticate`, ['step=1']);

    expect(jar.namesFor(`${KC}/realms/kyodo/login-actions/required-action`)).toEqual(['step']);
    expect(jar.namesFor(`${KC}/realms/kyodo/protocol`)).toEqual([]);
  });

  it('matches hosts exactly unless a Domain is given, and ignores foreign domains', () => {
    const jar = new CookieJar();
    jar.store('http://id.kyodo.example/', ['host=1; Path=/', 'wide=2; Domain=kyodo.example; Path=/', 'evil=3; Domain=other.example']);

    expect(jar.namesFor('http://id.kyodo.example/')).toEqual(['host', 'wide']);
    expect(jar.namesFor('http://app.kyodo.example/')).toEqual(['wide']);
  });

  it('sends Secure cookies over https and to loopback only', () => {
    const jar = new CookieJar();
    jar.store('https://id.kyodo.example/', ['s=1; Secure; Path=/']);
    jar.store(`${KC}/`, ['t=2; Secure; Path=/']);

    expect(jar.header('http://id.kyodo.example/')).toBeUndefined();
    expect(jar.header('https://id.kyodo.example/')).toBe('s=1');
    expect(jar.header(`${KC}/`)).toBe('t=2');
  });
});
