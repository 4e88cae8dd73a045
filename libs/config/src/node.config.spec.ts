import { ConfigValidationError, loadConfig } from './load-config';
import { NodeConfig, operatorPublicationOf } from './node.config';

const base = {
  ORG_ID: 'tateshina',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/tateshina_orders',
  KEYCLOAK_URL: 'http://localhost:8180',
};
const shiojiri = {
  legalName: '一般財団法人 塩尻市振興公社',
  registrationNumber: 'T1000000000020',
  address: '長野県塩尻市大門七番町3-3',
  phone: '0263-00-0000',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(NodeConfig, { ...base, ...env });
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems.map((p) => `${p.variable}: ${p.messages.join('; ')}`);
    throw error;
  }
  return [];
}

describe('NodeConfig: the operator identity published with OPERATED_BY', () => {
  it("reads the operator's identity and the member's programme for every member OPERATED_BY names", () => {
    const config = loadConfig(NodeConfig, {
      ...base,
      OPERATED_BY: 'tateshina:shiojiri',
      OPERATOR_IDENTITIES: JSON.stringify({ shiojiri }),
      PROGRAMMES: JSON.stringify({ tateshina: '立科町テレワーク事業' }),
    });
    expect(operatorPublicationOf(config)).toEqual({
      operatedBy: { tateshina: 'shiojiri' },
      operatorIdentities: { shiojiri: { ...shiojiri, representative: null } },
      programmes: { tateshina: '立科町テレワーク事業' },
    });
  });

  it('needs none of it on a node of members issuing in their own names', () => {
    expect(problemsOf({})).toEqual([]);
    expect(operatorPublicationOf(loadConfig(NodeConfig, base))).toEqual({ operatedBy: {}, operatorIdentities: {}, programmes: {} });
  });

  it('refuses to boot when an operated member has no operator identity or programme', () => {
    expect(
      problemsOf({ OPERATED_BY: 'tateshina:shiojiri,omachi:shiojiri', PROGRAMMES: JSON.stringify({ tateshina: '立科町テレワーク事業' }) }),
    ).toEqual([
      'OPERATOR_IDENTITIES: OPERATOR_IDENTITIES must include shiojiri (named in OPERATED_BY)',
      'PROGRAMMES: PROGRAMMES must include omachi (named in OPERATED_BY)',
    ]);
  });

  it('refuses a malformed identity: a registration number that is not T and 13 digits, no address, bad JSON', () => {
    const problems = problemsOf({
      OPERATED_BY: 'tateshina:shiojiri',
      OPERATOR_IDENTITIES: JSON.stringify({ shiojiri: { legalName: '塩尻市振興公社', registrationNumber: '1000000000020' } }),
      PROGRAMMES: '{not json',
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('shiojiri.registrationNumber must be T and 13 digits');
    expect(problems[0]).toContain("shiojiri.address must be the operator's address");
    expect(problems[1]).toContain('PROGRAMMES must be a JSON object keyed by member org id');
  });
});
