import { MemberEntity } from './member.entity';
import { MemberNodeEntity } from './member-node.entity';
import { RoutingSnapshot } from './registry-directory';
import { MemberStatus, NodeStatus } from './registry.enums';

const member = (id: string, status = MemberStatus.ACTIVE) => ({ id, status, features: [] }) as unknown as MemberEntity;
const node = (orgId: string, status: NodeStatus) =>
  ({ orgId, subgraph: 'orders', url: `http://${orgId}`, status, timeoutMs: null }) as unknown as MemberNodeEntity;

describe('RoutingSnapshot with a DOWN node', () => {
  const snapshot = new RoutingSnapshot(
    [member('a'), member('b'), member('c', MemberStatus.SUSPENDED)],
    [node('a', NodeStatus.ACTIVE), node('b', NodeStatus.DOWN), node('c', NodeStatus.DOWN)],
  );

  it('refuses it NODE_UNAVAILABLE without a URL to wait on, and keeps it out of fan-out', () => {
    expect(snapshot.lookup('b', 'orders')).toEqual({ refusal: 'NODE_UNAVAILABLE', reason: expect.stringMatching(/is down/) });
    expect(snapshot.activeNodes('orders').map((n) => n.orgId)).toEqual(['a']);
  });

  it("names an active member's DOWN node for fan-out to report, not a suspended member's", () => {
    expect(snapshot.downNodes('orders')).toEqual([{ orgId: 'b', reason: expect.stringMatching(/is down/) }]);
  });
});
