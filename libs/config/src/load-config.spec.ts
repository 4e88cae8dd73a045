import { IsOptional, IsString } from 'class-validator';
import { ConfigValidationError, loadConfig } from './load-config';
import { EnvVar, describeEnv } from './env-var.decorator';
import { IsEnvBoolean, IsOrgId, IsPort, IsPostgresUrl } from './validators';

class SampleConfig {
  @EnvVar({ description: 'Port.' })
  @IsPort()
  PORT: number = 4000;

  @EnvVar({ description: 'Org.' })
  @IsOrgId()
  ORG_ID!: string;

  @EnvVar({ description: 'Database.', secret: true })
  @IsPostgresUrl()
  DATABASE_URL!: string;

  @EnvVar({ description: 'Optional note.' })
  @IsOptional()
  @IsString()
  NOTE?: string;
}

class SwitchConfig {
  @EnvVar({ description: 'On unless switched off.' })
  @IsEnvBoolean()
  ENABLED: boolean = true;

  @EnvVar({ description: 'Off unless switched on.' })
  @IsEnvBoolean()
  VERBOSE: boolean = false;
}

describe('loadConfig', () => {
  it.each([
    ['false', false],
    ['0', false],
    ['true', true],
    ['1', true],
  ])('reads %s as %s whatever the default', (value, expected) => {
    expect(loadConfig(SwitchConfig, { ENABLED: value, VERBOSE: value })).toMatchObject({ ENABLED: expected, VERBOSE: expected });
  });

  it('keeps boolean defaults when unset and refuses anything but true/false/1/0', () => {
    expect(loadConfig(SwitchConfig, {})).toMatchObject({ ENABLED: true, VERBOSE: false });
    expect(() => loadConfig(SwitchConfig, { ENABLED: 'yes' })).toThrow(/ENABLED="yes"/);
  });

  it('converts and returns valid configuration, with defaults for unset variables', () => {
    const config = loadConfig(SampleConfig, { ORG_ID: 'tateshina', DATABASE_URL: 'postgres://u@h/db', UNRELATED: 'x' });
    expect(config).toMatchObject({ PORT: 4000, ORG_ID: 'tateshina', DATABASE_URL: 'postgres://u@h/db' });
    expect(loadConfig(SampleConfig, { PORT: '4101', ORG_ID: 'a1', DATABASE_URL: 'postgres://x' }).PORT).toBe(4101);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig(SampleConfig, { PORT: 'eighty', ORG_ID: 'Not An Org', DATABASE_URL: 'mysql://secret-password@host' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const problems = (error as ConfigValidationError).problems.map((p) => p.variable).sort();
    expect(problems).toEqual(['DATABASE_URL', 'ORG_ID', 'PORT']);
    expect((error as Error).message).toMatch(/PORT="eighty"/);
    expect((error as Error).message).toMatch(/ORG_ID="Not An Org"/);
  });

  it('never echoes a secret value in the error', () => {
    expect(() => loadConfig(SampleConfig, { ORG_ID: 'a1', DATABASE_URL: 'mysql://secret-password@host' })).toThrow(/DATABASE_URL="\*\*\*"/);
    expect(() => loadConfig(SampleConfig, { ORG_ID: 'a1', DATABASE_URL: 'mysql://secret-password@host' })).not.toThrow(/secret-password/);
  });

  it('reports a missing required variable as unset', () => {
    expect(() => loadConfig(SampleConfig, { DATABASE_URL: 'postgres://x' })).toThrow(/ORG_ID=\(unset\)/);
  });

  it('lists the declared variables with their descriptions, for the README', () => {
    expect(describeEnv(SampleConfig).map((d) => [d.name, d.secret ?? false])).toEqual([
      ['PORT', false],
      ['ORG_ID', false],
      ['DATABASE_URL', true],
      ['NOTE', false],
    ]);
  });
});
