import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { MemberStatus } from '@kyodo/domain';
import { MemberEntity } from './member.entity';
import { MemberNodeEntity } from './member-node.entity';
import { RegistryNodeDirectory, RoutingSnapshot } from './registry-directory';
import { NodeStatus } from './registry.enums';
import { RoutingTableController } from './routing-table.controller';

const SECRET = 'a-hub-secret-of-at-least-32-characters';

function registryWithTwoMembers() {
  const directory = new RegistryNodeDirectory();
  directory.replace(
    new RoutingSnapshot(
      [
        Object.assign(new MemberEntity(), { id: 'tateshina', status: MemberStatus.ACTIVE, features: [] }),
        Object.assign(new MemberEntity(), { id: 'itoigawa', status: MemberStatus.ACTIVE, features: [] }),
      ],
      [
        Object.assign(new MemberNodeEntity(), {
          orgId: 'tateshina',
          subgraph: 'orders',
          url: 'http://t',
          status: NodeStatus.ACTIVE,
          timeoutMs: 3000,
        }),
        Object.assign(new MemberNodeEntity(), {
          orgId: 'itoigawa',
          subgraph: 'orders',
          url: 'http://i',
          status: NodeStatus.DOWN,
          timeoutMs: null,
        }),
      ],
    ),
  );
  return { directory, controller: new RoutingTableController(directory, SECRET) };
}

describe('GET /routing-table', () => {
  it('answers a watch at once when the table is newer, and as soon as it changes when not', async () => {
    const { directory, controller } = registryWithTwoMembers();
    const { instance, version } = await controller.table(SECRET);
    expect((await controller.table(SECRET, instance, String(version - 1))).version).toBe(version);
    const watched = controller.table(SECRET, instance, String(version));
    directory.replace(new RoutingSnapshot([], []));
    expect((await watched).version).toBe(version + 1);
    // Another start of the registry: its own versions, answered at once.
    expect((await controller.table(SECRET, '00000000-0000-4000-8000-000000000009', '999')).version).toBe(version + 1);
  });

  it.each([
    ['not-an-instance', '1'],
    ['00000000-0000-4000-8000-000000000009', '-1'],
    ['00000000-0000-4000-8000-000000000009', '1e3'],
  ])('refuses a watch with a malformed instance or version (%p, %p)', async (instance, after) => {
    await expect(registryWithTwoMembers().controller.table(SECRET, instance, after)).rejects.toThrow(BadRequestException);
  });

  it('gives the hub gateway every entry, with its lookup and whether a fan-out must name it as down', async () => {
    const table = await registryWithTwoMembers().controller.table(SECRET);
    expect(table.version).toBe(1);
    expect(table.members.map((m) => m.id).sort()).toEqual(['itoigawa', 'tateshina']);
    expect(table.entries).toEqual(
      expect.arrayContaining([
        {
          orgId: 'tateshina',
          subgraph: 'orders',
          lookup: { node: { orgId: 'tateshina', subgraph: 'orders', url: 'http://t', timeoutMs: 3000 } },
          down: false,
        },
        {
          orgId: 'itoigawa',
          subgraph: 'orders',
          lookup: { refusal: 'NODE_UNAVAILABLE', reason: expect.stringMatching(/is down/) },
          down: true,
        },
      ]),
    );
  });

  it.each([undefined, '', 'wrong', `${SECRET}x`])('refuses anyone without the hub secret (%p)', async (presented) => {
    await expect(registryWithTwoMembers().controller.table(presented)).rejects.toThrow(ForbiddenException);
  });
});
