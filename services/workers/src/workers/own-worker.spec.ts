import type { EntityManager } from 'typeorm';
import { Role, type AuthContext } from '@kyodo/auth';
import { findOwnWorker } from './own-worker';
import { WorkerEntity } from './worker.entity';

describe('findOwnWorker', () => {
  const auth = (orgId: string | null, userId = 'user-1'): AuthContext => ({
    userId,
    username: 'w',
    orgId,
    roles: [Role.Worker],
    serviceClient: null,
    token: 't',
  });
  const asked: unknown[] = [];
  const manager = {
    findOneBy: async (_entity: unknown, where: { orgId: string; userId: string }) => {
      asked.push(where);
      return where.userId === 'user-1' ? Object.assign(new WorkerEntity(), { id: 'w-1', orgId: where.orgId, userId: 'user-1' }) : null;
    },
  } as unknown as EntityManager;

  beforeEach(() => (asked.length = 0));

  it("finds the worker linked to the token's subject at the token's own org", async () => {
    expect(await findOwnWorker(manager, 'tateshina', auth('tateshina'))).toMatchObject({ id: 'w-1', orgId: 'tateshina' });
    expect(asked).toEqual([{ orgId: 'tateshina', userId: 'user-1' }]);
  });

  it('finds nobody for a login of another org (without asking) or a subject linked to no worker', async () => {
    expect(await findOwnWorker(manager, 'tateshina', auth('itoigawa'))).toBeNull();
    expect(await findOwnWorker(manager, 'tateshina', auth(null))).toBeNull();
    expect(asked).toEqual([]);
    expect(await findOwnWorker(manager, 'tateshina', auth('tateshina', 'user-2'))).toBeNull();
  });
});
