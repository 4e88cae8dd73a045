import { decodeHtmlEntities, describePage, parseForms, parseLinks } from './html-form';

// Shaped like Keycloak's keycloak.v2 login page.
const LOGIN_PAGE = `<!DOCTYPE html><html><head><title>Sign in to Kyodo</title></head><body>
<form id="kc-form-login" class="pf-v5-c-form" onsubmit="login.disabled = true; return true;"
      action="http://localhost:8080/realms/kyodo/login-actions/authenticate?session_code=a1&amp;execution=b2&amp;client_id=kyodo-web&amp;tab_id=c3"
      method="post" novalidate="novalidate">
  <input id="username" name="username" value="" type="text" autofocus autocomplete="username" />
  <input id="password" name="password" type="password" autocomplete="current-password">
  <input type='checkbox' name='rememberMe'>
  <input type="hidden" id="id-hidden-input" name="credentialId" value="x&quot;y"/>
  <input class="pf-v5-c-button" name="login" id="kc-login" type="submit" value="Sign In"/>
</form>
<span id="input-error" class="pf-v5-c-helper-text__item-text" aria-live="polite">
  Invalid username or password.</span>
<a id="social-tateshina-idp" href="/realms/kyodo/broker/tateshina-idp/login?client_id=kyodo-web&amp;tab_id=c3">Tateshina</a>
</body></html>`;

describe('parseForms', () => {
  it('reads the action with entities decoded and the fields a browser would send', () => {
    const [form] = parseForms(LOGIN_PAGE);

    expect(form.id).toBe('kc-form-login');
    expect(form.method).toBe('post');
    expect(form.action).toBe(
      'http://localhost:8080/realms/kyodo/login-actions/authenticate?session_code=a1&execution=b2&client_id=kyodo-web&tab_id=c3',
    );
    expect(form.fields).toEqual({ username: '', password: '', credentialId: 'x"y' });
  });

  it('sends a checked checkbox as "on" and finds every form', () => {
    const forms = parseForms('<form action="/a"><input type="checkbox" name="remember" checked></form><form action=\'/b\'></form>');

    expect(forms.map((f) => f.action)).toEqual(['/a', '/b']);
    expect(forms[0].fields).toEqual({ remember: 'on' });
  });
});

describe('parseLinks', () => {
  it('returns hrefs with entities decoded', () => {
    expect(parseLinks(LOGIN_PAGE)).toEqual(['/realms/kyodo/broker/tateshina-idp/login?client_id=kyodo-web&tab_id=c3']);
  });
});

describe('describePage', () => {
  it('gives the title and the error Keycloak shows', () => {
    expect(describePage(LOGIN_PAGE)).toBe('Sign in to Kyodo: Invalid username or password.');
  });

  it('gives the title alone when there is no error', () => {
    expect(describePage('<title>Update Account Information</title><form></form>')).toBe('Update Account Information');
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hexadecimal references and leaves unknown ones', () => {
    expect(decodeHtmlEntities('a&amp;b &#39;c&#x27; &lt;&gt; &#x7acb;&#31185; &bogus;')).toBe("a&b 'c' <> 立科 &bogus;");
  });
});
