import { DEMO_OPERATED_BY, DEMO_OPERATOR_IDENTITIES, DEMO_PROGRAMMES } from './consortium';
import { IssuerNotPublishedError, issuerNameLine, LegalIdentity, OperatorPublication, resolveDocumentIssuer } from './document-issuer';

const own: LegalIdentity = {
  legalName: '立科町テレワーク推進協議会',
  registrationNumber: null,
  address: '長野県北佐久郡立科町芦田2532',
  phone: null,
  representative: null,
};
const operator: LegalIdentity = {
  legalName: '一般財団法人 塩尻市振興公社',
  registrationNumber: 'T1000000000020',
  address: '長野県塩尻市大門七番町3-3',
  phone: '0263-00-0000',
  representative: '理事長 塩尻 一郎',
};
const published: OperatorPublication = {
  operatedBy: { tateshina: 'shiojiri' },
  operatorIdentities: { shiojiri: operator },
  programmes: { tateshina: '立科町テレワーク事業' },
};

describe('resolveDocumentIssuer', () => {
  it("names the partner operator's legal identity and the town's programme for a member operated by another", () => {
    expect(resolveDocumentIssuer('tateshina', published, own)).toEqual({
      ...operator,
      identityOrgId: 'shiojiri',
      programme: '立科町テレワーク事業',
    });
  });

  it('names the member itself, without a programme, when nobody operates it', () => {
    expect(resolveDocumentIssuer('shiojiri', published, { ...operator, legalName: '塩尻の自社名' })).toEqual({
      ...operator,
      legalName: '塩尻の自社名',
      identityOrgId: 'shiojiri',
      programme: null,
    });
    expect(resolveDocumentIssuer('itoigawa', {}, own)).toMatchObject({
      legalName: own.legalName,
      identityOrgId: 'itoigawa',
      programme: null,
    });
  });

  it('refuses, naming what is missing, rather than print the town as issuer when the operator was not published', () => {
    const noIdentity = () => resolveDocumentIssuer('tateshina', { ...published, operatorIdentities: {} }, own);
    expect(noIdentity).toThrow(IssuerNotPublishedError);
    expect(noIdentity).toThrow(/operatorIdentity/);
    let caught: unknown;
    try {
      resolveDocumentIssuer('tateshina', { operatedBy: { tateshina: 'shiojiri' } }, own);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ memberOrgId: 'tateshina', operatorId: 'shiojiri', missing: ['operatorIdentity', 'programme'] });
  });

  it('treats a member listed as its own operator as issuing in its own name', () => {
    expect(resolveDocumentIssuer('shiojiri', { operatedBy: { shiojiri: 'shiojiri' } }, own).identityOrgId).toBe('shiojiri');
  });

  it("publishes, in the demo, shiojiri's identity and a programme for every member shiojiri operates", () => {
    for (const [member, operatorId] of Object.entries(DEMO_OPERATED_BY)) {
      const issuer = resolveDocumentIssuer(
        member,
        { operatedBy: DEMO_OPERATED_BY, operatorIdentities: DEMO_OPERATOR_IDENTITIES, programmes: DEMO_PROGRAMMES },
        own,
      );
      expect(issuer.identityOrgId).toBe(operatorId);
      expect(issuer.registrationNumber).toMatch(/^T\d{13}$/);
    }
    expect(DEMO_PROGRAMMES.tateshina).toBe('立科町テレワーク事業');
  });
});

describe('issuerNameLine', () => {
  it('adds the programme in brackets when there is one', () => {
    expect(issuerNameLine({ legalName: '一般財団法人 塩尻市振興公社', programme: '立科町テレワーク事業' })).toBe(
      '一般財団法人 塩尻市振興公社（立科町テレワーク事業）',
    );
    expect(issuerNameLine({ legalName: '糸魚川市テレワーク推進協議会', programme: null })).toBe('糸魚川市テレワーク推進協議会');
  });
});
