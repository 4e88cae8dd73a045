import type { DataSource } from 'typeorm';
import { MemberEntity } from './member.entity';
import { MemberNodeEntity } from './member-node.entity';
import { NodeChecker } from './node-checker';
import { RegistryNodeDirectory } from './registry-directory';
import { MemberStatus, NodeStatus } from './registry.enums';
import { RegistryService } from './registry.service';

/** A registry database whose reads finish when the test says so, in any order. */
function slowDatabase() {
  const reads: { resolve: (rows: readonly [MemberEntity[], MemberNodeEntity[]]) => void }[] = [];
  const dataSource = {
    transaction: (_isolation: string, work: unknown) => {
      void work;
      return new Promise((resolve) => reads.push({ resolve }));
    },
  } as unknown as DataSource;
  return { dataSource, reads };
}

const member = (id: string) => Object.assign(new MemberEntity(), { id, status: MemberStatus.ACTIVE, features: [] });
const node = (orgId: string) =>
  Object.assign(new MemberNodeEntity(), {
    orgId,
    subgraph: 'training',
    url: `http://${orgId}`,
    status: NodeStatus.ACTIVE,
    timeoutMs: null,
  });

describe('RegistryService.refresh', () => {
  it('never lets an older read replace the snapshot of a newer one, whichever finishes last', async () => {
    const { dataSource, reads } = slowDatabase();
    const directory = new RegistryNodeDirectory();
    const registry = new RegistryService(dataSource, directory, new NodeChecker({}), {
      seed: {},
      checkIntervalMs: 0,
      refreshIntervalMs: 0,
    });

    const periodic = registry.refresh(); // started before a member was onboarded
    const afterWrite = registry.refresh(); // started after the onboarding committed
    reads[1].resolve([
      [member('tateshina'), member('omachi')],
      [node('tateshina'), node('omachi')],
    ]);
    await afterWrite;
    reads[0].resolve([[member('tateshina')], [node('tateshina')]]);
    await periodic;

    expect(directory.activeNodes('training').map((n) => n.orgId)).toEqual(['omachi', 'tateshina']);
    expect('node' in directory.lookup('omachi', 'training')).toBe(true);
  });
});
