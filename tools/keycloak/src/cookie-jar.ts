interface StoredCookie {
  name: string;
  value: string;
  /** Host the cookie was set by, or the Domain attribute (then subdomains match too). */
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  /** Epoch milliseconds; undefined for a session cookie. */
  expiresAt?: number;
}

/**
 * The part of RFC 6265 a scripted login through Keycloak needs: host and domain matching, paths
 * (Keycloak scopes its cookies to `/realms/<realm>/`, so the kyodo and tateshina realms keep
 * separate AUTH_SESSION_ID cookies on one host), expiry and deletion. Secure cookies are sent over
 * https, and to loopback hosts as browsers do.
 */
export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  /** Records the `Set-Cookie` headers of a response to `requestUrl`. */
  store(requestUrl: string | URL, setCookieHeaders: readonly string[], now = Date.now()): void {
    const url = new URL(requestUrl);
    for (const header of setCookieHeaders) {
      const cookie = parseSetCookie(header, url, now);
      if (!cookie) continue;
      const key = `${cookie.domain}|${cookie.path}|${cookie.name}`;
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= now) this.cookies.delete(key);
      else this.cookies.set(key, cookie);
    }
  }

  /** The `Cookie` header for a request to `requestUrl`, or undefined when no cookie applies. */
  header(requestUrl: string | URL, now = Date.now()): string | undefined {
    const url = new URL(requestUrl);
    const host = url.hostname.toLowerCase();
    const secureChannel = url.protocol === 'https:' || isLoopback(host);
    const matching = [...this.cookies.values()]
      .filter((c) => c.expiresAt === undefined || c.expiresAt > now)
      .filter((c) => (c.hostOnly ? host === c.domain : host === c.domain || host.endsWith(`.${c.domain}`)))
      .filter((c) => pathMatches(url.pathname, c.path))
      .filter((c) => !c.secure || secureChannel)
      // Longer paths first, as browsers send them.
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length ? matching.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
  }

  /** Names of the cookies that would be sent to `requestUrl`; for tests and debugging. */
  namesFor(requestUrl: string | URL): string[] {
    return (this.header(requestUrl) ?? '').split('; ').filter(Boolean).map((pair) => pair.split('=')[0]);
  }
}

function parseSetCookie(header: string, url: URL, now: number): StoredCookie | undefined {
  const [pair, ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const cookie: StoredCookie = {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    domain: url.hostname.toLowerCase(),
    hostOnly: true,
    path: defaultPath(url.pathname),
    secure: false,
  };
  let maxAgeSeen = false;
  for (const attribute of attributes) {
    const [rawName, ...rest] = attribute.split('=');
    const name = rawName.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (name === 'path' && value.startsWith('/')) cookie.path = value;
    else if (name === 'domain' && value) {
      const domain = value.replace(/^\./, '').toLowerCase();
      const host = cookie.domain;
      if (host !== domain && !host.endsWith(`.${domain}`)) return undefined; // not ours to set
      cookie.domain = domain;
      cookie.hostOnly = false;
    } else if (name === 'max-age' && /^-?\d+$/.test(value)) {
      cookie.expiresAt = now + Number(value) * 1000;
      maxAgeSeen = true;
    } else if (name === 'expires' && !maxAgeSeen) {
      const time = Date.parse(value);
      if (!Number.isNaN(time)) cookie.expiresAt = time;
    } else if (name === 'secure') cookie.secure = true;
  }
  return cookie;
}

/** RFC 6265 §5.1.4: the request path up to, not including, its last `/`. */
function defaultPath(requestPath: string): string {
  const last = requestPath.lastIndexOf('/');
  return last <= 0 ? '/' : requestPath.slice(0, last);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);
}
