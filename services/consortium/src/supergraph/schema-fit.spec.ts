import { schemaFit } from './schema-fit';
import { readSubgraphManifest } from './subgraph-manifest';

const COMPOSED = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Course @key(fields: "orgId id") { id: ID!, orgId: String!, code: String!, title: String! }
type Query { courses(orgId: String): [Course!] }
`;

describe('schemaFit', () => {
  it('fits the very SDL the supergraph was composed from', () => {
    expect(schemaFit(COMPOSED, COMPOSED)).toEqual({ fits: true });
  });

  it('fits a node that upgraded early with additions', () => {
    const upgraded = COMPOSED.replace('title: String! }', 'title: String!, durationMinutes: Int }').replace(
      '[Course!] }',
      '[Course!], course(id: ID!): Course }',
    );
    expect(schemaFit(COMPOSED, upgraded)).toEqual({ fits: true });
  });

  it('refuses a node lacking a field the supergraph plans to it, and says which', () => {
    const late = COMPOSED.replace(', title: String! }', ' }');
    const fit = schemaFit(COMPOSED, late);
    expect(fit.fits).toBe(false);
    expect(fit.fits === false && fit.problem).toContain('Course.title was removed');
  });

  it('refuses a node whose field changed type', () => {
    const changed = COMPOSED.replace('code: String!', 'code: Int!');
    const fit = schemaFit(COMPOSED, changed);
    expect(fit.fits === false && fit.problem).toContain('Course.code changed type from String! to Int!');
  });

  it('refuses an SDL that does not build', () => {
    const fit = schemaFit(COMPOSED, 'type Query { broken: Nope }');
    expect(fit.fits === false && fit.problem).toMatch(/does not build/);
  });

  describe('skill map version 2 (A entry, C most advanced)', () => {
    const manifest = readSubgraphManifest();

    // A member node still on the old reading (A most experienced) serves the same schema with the enum under its old name.
    it.each(['orders', 'workers', 'training'])(
      'keeps a %s node that has not migrated out of routing, and lets a migrated one in',
      (subgraph) => {
        const composed = manifest[subgraph].sdl;
        expect(composed).toMatch(/enum SkillStageV2 \{/);
        const old = composed.replace(/SkillStageV2/g, 'SkillStage');
        const fit = schemaFit(composed, old);
        expect(fit.fits).toBe(false);
        expect(fit.fits === false && fit.problem).toContain('SkillStageV2 was removed');
        expect(schemaFit(composed, composed)).toEqual({ fits: true });
      },
    );
  });
});
