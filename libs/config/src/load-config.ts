import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { describeEnv } from './env-var.decorator';

export interface ConfigProblem {
  variable: string;
  value: string | undefined;
  messages: string[];
}

/** Thrown at boot when one or more variables are wrong; the message names every one of them. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      'Invalid configuration:\n' +
        problems
          .map((p) => `  - ${p.variable}=${p.value === undefined ? '(unset)' : JSON.stringify(p.value)}: ${p.messages.join('; ')}`)
          .join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads the variables a config class declares from `env`, converts them to the declared
 * types and validates all of them at once. Unknown variables are ignored; secrets are masked
 * in the error.
 */
export function loadConfig<T extends object>(configClass: new () => T, env: Env = process.env): T {
  const declared = describeEnv(configClass);
  const raw: Record<string, string> = {};
  for (const { name } of declared) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[name] = value;
  }
  const config = plainToInstance(configClass, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const secrets = new Set(declared.filter((d) => d.secret).map((d) => d.name));
    throw new ConfigValidationError(
      errors.map((error: ValidationError) => ({
        variable: error.property,
        value: secrets.has(error.property) && raw[error.property] !== undefined ? '***' : raw[error.property],
        messages: Object.values(error.constraints ?? {}),
      })),
    );
  }
  return config;
}
