import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import compression from 'compression';
import express from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { REPO_ROOT } from '../repo-root';

export const CONSOLE_DIST = join(REPO_ROOT, 'services/console/dist');

export interface ConsoleServerOptions {
  /** The gateway the console's API calls go to (proxied as /graphql on the console's origin). */
  gatewayUrl: string;
  /** Keycloak's base URL; the console logs in against its realm `kyodo` with client kyodo-web. */
  keycloakUrl: string;
  port: number;
  host?: string;
  /** The built console (services/console/dist). */
  distDir?: string;
}

export interface RunningConsoleServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the built console the way any static web server would, plus two things a deployment's
 * reverse proxy does: `/config.json` (where the gateway and Keycloak are) and `/graphql` passed
 * to the gateway. Same-origin API calls need no CORS preflight, which saves a round trip per
 * request on a slow mobile connection; the gateway's CORS allow-list serves consoles hosted
 * elsewhere.
 */
export async function startConsoleServer(options: ConsoleServerOptions): Promise<RunningConsoleServer> {
  const dist = options.distDir ?? CONSOLE_DIST;
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`The console is not built (${dist}/index.html missing): run \`npx nx run console:build\`.`);
  }
  const gateway = new URL(options.gatewayUrl);
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  app.get('/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ gatewayUrl: '/graphql', authority: `${options.keycloakUrl.replace(/\/$/, '')}/realms/kyodo`, clientId: 'kyodo-web' });
  });
  app.use('/graphql', createProxyMiddleware({ target: `${gateway.origin}${gateway.pathname}`, changeOrigin: true, xfwd: true }));
  // Signed file links (instructions' attachments) are paths on the gateway, which relays them to the org's node.
  app.use('/files', createProxyMiddleware({ target: `${gateway.origin}/files`, changeOrigin: true, xfwd: true }));
  // Static files go out gzipped (compression, the Express middleware): a phone on a slow network
  // downloads about a third of the bytes. The /graphql proxy above streams as the gateway answers.
  // Scripts and stylesheets have a Brotli copy made at build time (quality 11, about 15% smaller
  // than gzip); a browser that accepts Brotli gets it as is. Everything else is compressed on the fly.
  const assets = resolve(dist, 'assets');
  app.use('/assets', (req, res, next) => {
    let file: string;
    try {
      file = resolve(assets, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next(); // a malformed path: the static handler answers it
    }
    const acceptsBrotli = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (!acceptsBrotli || !file.startsWith(assets + sep) || !existsSync(`${file}.br`)) return next();
    res.setHeader('Content-Encoding', 'br');
    res.setHeader('Vary', 'Accept-Encoding');
    res.type(extname(file));
    res.sendFile(`${file}.br`, { immutable: true, maxAge: '1y' });
  });
  app.use(compression());
  // Hashed bundles never change; index.html always revalidates so a new build is picked up.
  app.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(dist, { index: false, maxAge: 0 }));
  app.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dist, 'index.html'));
  });

  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port, host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A browser's keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
