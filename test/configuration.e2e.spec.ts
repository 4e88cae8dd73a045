import { runServiceCommand } from '@kyodo/consortium-tools';

/** Runs a service's real entry point as `npm start` would, with only the given variables. */
async function boot(main: string, env: Record<string, string>) {
  const result = await runServiceCommand(main, [], env);
  return { code: result.code, output: `${result.stdout}${result.stderr}` };
}

describe('configuration is validated at boot', () => {
  it('stops an org node naming every bad variable, without echoing the database secret', async () => {
    const { code, output } = await boot('services/workers/src/main.ts', {
      PORT: 'eighty',
      ORG_ID: 'Tateshina Town',
      DATABASE_URL: 'mysql://admin:hunter2@db/x',
    });
    expect(code).toBe(1);
    expect(output).toMatch(/Invalid configuration/);
    expect(output).toMatch(/PORT="eighty"/);
    expect(output).toMatch(/ORG_ID="Tateshina Town"/);
    expect(output).toMatch(/DATABASE_URL="\*\*\*"/);
    expect(output).not.toMatch(/hunter2/);
  });

  it('stops the consortium service on a malformed node map and a short hub secret, without echoing the secret', async () => {
    const { code, output } = await boot('services/consortium/src/main.ts', {
      KYODO_NODES: '{"tateshina":{"orders":"ftp://x","payroll":"http://y"}}',
      HUB_SECRET: 'short-hub-secret',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
    });
    expect(code).toBe(1);
    expect(output).toMatch(/KYODO_NODES/);
    expect(output).toMatch(/tateshina\.orders must be an http\(s\) URL/);
    expect(output).toMatch(/tateshina\.payroll is not an org-node subgraph/);
    expect(output).toMatch(/HUB_SECRET="\*\*\*"/);
    expect(output).not.toMatch(/short-hub-secret/);
  });

  it('stops the gateway on a bad timeout and a missing hub secret', async () => {
    const { code, output } = await boot('services/gateway/src/main.ts', {
      NODE_TIMEOUT_MS: '5',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
    });
    expect(code).toBe(1);
    expect(output).toMatch(/NODE_TIMEOUT_MS="5"/);
    expect(output).toMatch(/HUB_SECRET/);
  });

  it('stops the demo launcher before it starts anything', async () => {
    const { code, output } = await boot('tools/consortium/src/demo/cli.ts', {
      GATEWAY_PORT: '70000',
      DATABASE_URL_TATESHINA_WORKERS: 'not-a-url',
    });
    expect(code).toBe(1);
    expect(output).toMatch(/GATEWAY_PORT="70000"/);
  });
});
