import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { OrdersError } from '../orders/orders.errors';
import { TaskEntity } from './task.entity';
import { TaskStatus } from './task-status.enum';

/** 内部検収: the org's own review of a task before the order is delivered to the client. */
@Injectable()
export class TaskReviewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  pass(auth: AuthContext, orgId: string, id: string): Promise<TaskEntity> {
    return this.review(auth, orgId, id, TaskStatus.PASSED, null);
  }

  giveBack(auth: AuthContext, orgId: string, id: string, comment: string): Promise<TaskEntity> {
    return this.review(auth, orgId, id, TaskStatus.RETURNED, comment);
  }

  /** A passed task is final; the row lock makes two racing reviews of one task decide one after the other. */
  private review(auth: AuthContext, orgId: string, id: string, result: TaskStatus, comment: string | null): Promise<TaskEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(TaskEntity);
      const before = await repo
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.org_id = :orgId AND t.id = :id', { orgId, id })
        .getOne();
      if (!before) throw new OrdersError('TASK_NOT_FOUND', `No task ${id} in org ${orgId}.`);
      if (before.status === TaskStatus.PASSED) throw new OrdersError('TASK_ALREADY_PASSED', 'A task that passed review is final.', { id });
      await repo.update({ id }, { status: result, reviewComment: comment, reviewedAt: () => 'now()' });
      await appendAudit(manager, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: result === TaskStatus.PASSED ? 'task.pass' : 'task.return',
        entityType: 'task',
        entityId: id,
        detail: { orderId: before.orderId, from: before.status, to: result, ...(comment ? { comment } : {}) },
      });
      return repo.findOneByOrFail({ id });
    });
  }
}
