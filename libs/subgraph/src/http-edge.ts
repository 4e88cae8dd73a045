import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { EdgeConfig } from '@kyodo/config';

/** How often Node looks for connections past their header or request timeout (its default is 30 s). */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/**
 * The HTTP posture every service shares: helmet's security headers and no X-Powered-By; CORS
 * only for the configured origins; a body size limit; and header, request and idle timeouts so
 * a slow client (slowloris, a trickled body) is cut within seconds instead of holding a socket.
 */
export function hardenHttpEdge(app: INestApplication, config: EdgeConfig): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  // The API answers JSON only; helmet's defaults (CSP, frame, sniffing, referrer…) cost nothing.
  express.use(helmet());
  express.enableCors({
    origin: config.CORS_ORIGINS,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type'],
    maxAge: 600,
  });
  express.useBodyParser('json', { limit: `${config.HTTP_BODY_LIMIT_KB}kb` });

  const server = app.getHttpServer() as Server & { connectionsCheckingInterval?: number };
  server.headersTimeout = config.HTTP_HEADERS_TIMEOUT_MS;
  server.requestTimeout = config.HTTP_REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = config.HTTP_KEEP_ALIVE_TIMEOUT_MS;
  server.setTimeout(config.HTTP_IDLE_TIMEOUT_MS);
  // Read when the server starts listening: set before `listen`.
  server.connectionsCheckingInterval = TIMEOUT_CHECK_INTERVAL_MS;
}
