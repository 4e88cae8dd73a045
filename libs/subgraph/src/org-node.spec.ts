import { OrgNode } from './org-node';

describe('OrgNode', () => {
  const node = new OrgNode({ service: 'orders', orgId: 'tateshina' });

  it("targets the node's own org by default or by name", () => {
    expect(node.resolve(undefined)).toBe('tateshina');
    expect(node.resolve('tateshina')).toBe('tateshina');
  });

  it('refuses another org with WRONG_NODE instead of answering from this database', () => {
    expect(() => node.resolve('shiojiri')).toThrow(expect.objectContaining({ code: 'WRONG_NODE' }));
  });

  it('owns only references of its org', () => {
    expect(node.owns({ orgId: 'tateshina' })).toBe(true);
    expect(node.owns({ orgId: 'shiojiri' })).toBe(false);
    expect(node.owns({})).toBe(false);
  });
});
