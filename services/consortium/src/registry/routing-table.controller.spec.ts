import { ForbiddenException } from '@nestjs/common';
import { MemberStatus } from '@kyodo/domain';
import { MemberEntity } from './member.entity';
import { MemberNodeEntity } from './member-node.entity';
import { RegistryNodeDirectory, RoutingSnapshot } from './registry-directory';
import { NodeStatus } from './registry.enums';
import { RoutingTableController } from './routing-table.controller';

const SECRET = 'a-hub-secret-of-at-least-32-characters';

describe('GET /routing-table', () => {
  const directory = new RegistryNodeDirectory();
  directory.replace(
    new RoutingSnapshot(
      [Object.assign(new MemberEntity(), { id: 'tateshina', status: MemberStatus.ACTIVE, features: [] }), Object.assign(new MemberEntity(), { id: 'itoigawa', status: MemberStatus.ACTIVE, features: [] })],
      [
        Object.assign(new MemberNodeEntity(), { orgId: 'tateshina', subgraph: 'orders', url: 'http://t', status: NodeStatus.ACTIVE, timeoutMs: 3000 }),
        Object.assign(new MemberNodeEntity(), { orgId: 'itoigawa', subgraph: 'orders', url: 'http://i', status: NodeStatus.DOWN, timeoutMs: null }),
      ],
    ),
  );
  const controller = new RoutingTableController(directory, SECRET);

  it('gives the hub gateway every entry, with its lookup and whether a fan-out must name it as down', () => {
    const table = controller.table(SECRET);
    expect(table.version).toBe(1);
    expect(table.members.map((m) => m.id).sort()).toEqual(['itoigawa', 'tateshina']);
    expect(table.entries).toEqual(
      expect.arrayContaining([
        { orgId: 'tateshina', subgraph: 'orders', lookup: { node: { orgId: 'tateshina', subgraph: 'orders', url: 'http://t', timeoutMs: 3000 } }, down: false },
        { orgId: 'itoigawa', subgraph: 'orders', lookup: { refusal: 'NODE_UNAVAILABLE', reason: expect.stringMatching(/is down/) }, down: true },
      ]),
    );
  });

  it.each([undefined, '', 'wrong', `${SECRET}x`])('refuses anyone without the hub secret (%p)', (presented) => {
    expect(() => controller.table(presented)).toThrow(ForbiddenException);
  });
});
