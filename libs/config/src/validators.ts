import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';

/** A TCP port; 0 asks the OS for a free one (used by tests). */
export const IsPort = () =>
  applyDecorators(
    Type(() => Number),
    IsInt(),
    Min(0),
    Max(65535),
  );

/**
 * true/false (or 1/0) read from the environment. Reads the raw string (`obj[key]`): implicit
 * conversion would already have turned "false" into true.
 */
export const IsEnvBoolean = () =>
  applyDecorators(
    Transform(({ obj, key, value }) => {
      const raw = (obj as Record<string, unknown>)[key];
      if (raw === 'true' || raw === '1') return true;
      if (raw === 'false' || raw === '0') return false;
      return typeof raw === 'string' ? raw : value;
    }),
    IsBoolean(),
  );

/** A whole number read from the environment. */
export const IsEnvInt = (min: number, max: number) =>
  applyDecorators(
    Type(() => Number),
    IsInt(),
    Min(min),
    Max(max),
  );

/** An organization id: lower-case slug such as `tateshina`. */
export const ORG_ID_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;
export const IsOrgId = () =>
  applyDecorators(IsString(), Matches(ORG_ID_PATTERN, { message: '$property must be a lower-case slug like "tateshina"' }));

/** A postgres:// connection string. */
export const IsPostgresUrl = () =>
  applyDecorators(IsString(), Matches(/^postgres(ql)?:\/\/.+/, { message: '$property must be a postgres:// connection URL' }));

export const IsOptionalPostgresUrl = () => applyDecorators(IsOptional(), IsPostgresUrl());

export const IsHttpUrl = () => applyDecorators(IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }));
