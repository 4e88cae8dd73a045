import { Transform } from 'class-transformer';
import { IsArray, IsOptional, Matches } from 'class-validator';
import { EnvVar } from './env-var.decorator';
import { IsEnvBoolean, IsEnvInt } from './validators';

/**
 * What every service's HTTP edge reads: who may call it from a browser, how long a client may
 * take, how big a request and an operation may be, and whether errors carry development detail.
 * Libraries read it again where they build the server; a service validates it at boot with the rest.
 */
export class EdgeConfig {
  @EnvVar({
    description:
      'Browser origins allowed to call this service (CORS), comma-separated; the console runs at http://localhost:4200 in the demo.',
  })
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @Matches(/^https?:\/\/[^\s/,]+$/, {
    each: true,
    message: 'CORS_ORIGINS must list origins like http://localhost:4200 (scheme, host, port; no path)',
  })
  CORS_ORIGINS: string[] = ['http://localhost:4200'];

  @EnvVar({ description: 'A client that has not sent all its request headers after this long is cut, in ms.' })
  @IsEnvInt(1_000, 120_000)
  HTTP_HEADERS_TIMEOUT_MS: number = 5_000;

  @EnvVar({ description: 'A client that has not sent its whole request (headers and body) after this long is cut, in ms.' })
  @IsEnvInt(1_000, 600_000)
  HTTP_REQUEST_TIMEOUT_MS: number = 10_000;

  @EnvVar({ description: 'An idle keep-alive connection is closed after this long, in ms.' })
  @IsEnvInt(1_000, 600_000)
  HTTP_KEEP_ALIVE_TIMEOUT_MS: number = 5_000;

  @EnvVar({
    description:
      'A connection with no traffic either way for this long is closed, in ms (longer than the slowest answer: the gateway waits up to NODE_TIMEOUT_MS for a node).',
  })
  @IsEnvInt(1_000, 600_000)
  HTTP_IDLE_TIMEOUT_MS: number = 60_000;

  @EnvVar({ description: "Largest JSON request body accepted, in KiB (a node also receives the gateway's entity batches)." })
  @IsEnvInt(1, 65_536)
  HTTP_BODY_LIMIT_KB: number = 1_024;

  @EnvVar({ description: 'Development only: errors carry stack traces and GraphQL suggests field names. Never set in production.' })
  @IsEnvBoolean()
  DEV_ERRORS: boolean = false;

  @EnvVar({
    description:
      'Deepest field nesting an operation may have (fragments flattened). Unset: 6 at the gateway, 7 at a node (the gateway wraps what it asks a node for in _entities).',
  })
  @IsOptional()
  @IsEnvInt(1, 100)
  OPERATION_MAX_DEPTH?: number;

  @EnvVar({ description: 'Most aliased fields an operation may have. Unset: 15.' })
  @IsOptional()
  @IsEnvInt(0, 1_000)
  OPERATION_MAX_ALIASES?: number;

  @EnvVar({ description: 'Most directive uses an operation may have. Unset: 50.' })
  @IsOptional()
  @IsEnvInt(0, 1_000)
  OPERATION_MAX_DIRECTIVES?: number;

  @EnvVar({
    description:
      'Most lexical tokens an operation document may have (parsing stops past it). Unset: 1000 at the gateway, 2000 at a node (query plans repeat key fields).',
  })
  @IsOptional()
  @IsEnvInt(10, 100_000)
  OPERATION_MAX_TOKENS?: number;

  @EnvVar({
    description:
      'Highest estimated cost of an operation: 1 per field, its selections once per list item (`first` as sent, or 10), a consortium-wide field once per active member. Unset: 10000.',
  })
  @IsOptional()
  @IsEnvInt(1, 10_000_000)
  OPERATION_MAX_COST?: number;
}
