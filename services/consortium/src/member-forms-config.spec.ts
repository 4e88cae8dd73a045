import { loadConfig } from '@kyodo/config';
import { ConsortiumConfig } from './consortium.config';

describe('KYODO_MEMBER_FORMS at boot', () => {
  const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/kyodo', KEYCLOAK_URL: 'http://127.0.0.1:1', HUB_SECRET: 'x'.repeat(32) };
  const forms = (tateshina: object) =>
    JSON.stringify({ tateshina: { operatingForm: 'MUNICIPALITY_RUN', partnerOperatorId: 'shiojiri', ...tateshina } });

  it('takes the name people read for a seeded member', () => {
    const config = loadConfig(ConsortiumConfig, { ...env, KYODO_MEMBER_FORMS: forms({ name: '立科町' }) });
    expect(config.KYODO_MEMBER_FORMS.tateshina.name).toBe('立科町');
  });

  it('refuses a blank or overlong name', () => {
    expect(() => loadConfig(ConsortiumConfig, { ...env, KYODO_MEMBER_FORMS: forms({ name: ' ' }) })).toThrow(/tateshina\.name/);
    expect(() => loadConfig(ConsortiumConfig, { ...env, KYODO_MEMBER_FORMS: forms({ name: 'x'.repeat(101) }) })).toThrow(/tateshina\.name/);
  });
});
