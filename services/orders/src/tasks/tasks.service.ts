import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isCheckViolation, uuidsOnly } from '@kyodo/database';
import { OrderEntity } from '../orders/order.entity';
import { CLOSED_FOR_WORK } from '../orders/order-transitions';
import { OrdersError } from '../orders/orders.errors';
import { CreateTaskInput } from './dto/create-task.input';
import { PayBasis } from './pay-basis.enum';
import { TaskBrief } from './task-brief.model';
import { TaskEntity } from './task.entity';
import { ConfidentialityLevel } from '../orders/confidentiality-level.enum';
import { TaskStatus } from './task-status.enum';

/** The CHECK constraints on orders that the tasks trigger trips (see the tasks migration). */
const TOTAL_GUARDS: Record<string, 'hours' | 'valueYen'> = {
  orders_task_hours_within: 'hours',
  orders_task_value_within: 'valueYen',
};

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
  ) {}

  /** Tasks of many orders in one statement, oldest first per order (for the Order.tasks loader). */
  async listByOrders(orgId: string, orderIds: readonly string[]): Promise<TaskEntity[]> {
    const valid = uuidsOnly(orderIds);
    return valid.length === 0 ? [] : this.tasks.find({ where: { orgId, orderId: In(valid) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Tasks of many deliveries in one statement, oldest first (for the Delivery.tasks loader). */
  async listByDeliveries(orgId: string, deliveryIds: readonly string[]): Promise<TaskEntity[]> {
    const valid = uuidsOnly(deliveryIds);
    return valid.length === 0 ? [] : this.tasks.find({ where: { orgId, deliveryId: In(valid) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Hours of tasks that passed review, per order, in one statement. */
  async passedHoursByOrders(orgId: string, orderIds: readonly string[]): Promise<Map<string, number>> {
    const valid = uuidsOnly(orderIds);
    if (valid.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT order_id, sum(hours)::integer AS hours FROM tasks WHERE org_id = $1 AND order_id = ANY($2::uuid[]) AND status = $3 GROUP BY order_id`,
      [orgId, valid, TaskStatus.PASSED],
    )) as { order_id: string; hours: number }[];
    return new Map(rows.map((r) => [r.order_id, r.hours]));
  }

  /** The client is named to workers only on OPEN orders (ConfidentialityLevel). */
  async brief(orgId: string, taskId: string): Promise<TaskBrief | null> {
    const rows: { task_title: string; order_title: string; client_name: string; confidentiality: string; deadline: string }[] =
      await this.tasks.query(
        `SELECT t.title AS task_title, o.title AS order_title, c.name AS client_name, o.confidentiality, to_char(o.deadline, 'YYYY-MM-DD') AS deadline
       FROM tasks t JOIN orders o ON o.id = t.order_id AND o.org_id = t.org_id JOIN clients c ON c.id = o.client_id
       WHERE t.org_id = $1 AND t.id = $2`,
        [orgId, taskId],
      );
    const row = rows[0];
    if (!row) return null;
    return {
      orgId,
      taskId,
      taskTitle: row.task_title,
      orderTitle: row.order_title,
      clientLabel: row.confidentiality === ConfidentialityLevel.OPEN ? row.client_name : null,
      deadline: row.deadline,
    };
  }

  getMany(orgId: string, ids: readonly string[]): Promise<TaskEntity[]> {
    const valid = uuidsOnly(ids);
    return valid.length === 0 ? Promise.resolve([]) : this.tasks.findBy({ orgId, id: In(valid) });
  }

  /**
   * Adds a task to an order. The sums are guarded by the database (trigger + CHECK on the order
   * row); the lock taken here only keeps the "order still open" check true until commit.
   */
  async create(auth: AuthContext, orgId: string, input: CreateTaskInput): Promise<TaskEntity> {
    if (
      (input.payBasis === PayBasis.PIECE) !== (input.quantity !== undefined && input.quantity !== null) ||
      (input.payBasis === PayBasis.HOURLY && input.hours === 0)
    ) {
      throw new OrdersError('TASK_PAY_BASIS_MISMATCH', 'PIECE pay needs a quantity; HOURLY pay needs hours and no quantity.', {
        payBasis: input.payBasis,
      });
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const order = await manager
          .getRepository(OrderEntity)
          .createQueryBuilder('o')
          .setLock('pessimistic_write')
          .where('o.org_id = :orgId AND o.id = :id', { orgId, id: input.orderId })
          .getOne();
        if (!order) throw new OrdersError('ORDER_NOT_FOUND', `No order ${input.orderId} in org ${orgId}.`);
        if (CLOSED_FOR_WORK.includes(order.status)) {
          throw new OrdersError('ORDER_CLOSED_FOR_WORK', `An order in status ${order.status} takes no new tasks.`, {
            status: order.status,
          });
        }
        const task = await manager.getRepository(TaskEntity).save(
          manager.getRepository(TaskEntity).create({
            orgId,
            orderId: order.id,
            title: input.title,
            payBasis: input.payBasis,
            hours: input.hours,
            quantity: input.quantity ?? null,
            payRateYen: input.payRateYen,
            valueYen: input.valueYen,
            status: TaskStatus.OPEN,
          }),
        );
        await appendAudit(manager, {
          actorId: auth.userId,
          actorOrgId: auth.orgId,
          action: 'task.create',
          entityType: 'task',
          entityId: task.id,
          detail: {
            orderId: order.id,
            hours: task.hours,
            valueYen: task.valueYen.toString(),
            payBasis: task.payBasis,
            payRateYen: task.payRateYen.toString(),
          },
        });
        return task;
      });
    } catch (error) {
      const guard = Object.keys(TOTAL_GUARDS).find((name) => isCheckViolation(error, name));
      if (guard) {
        throw new OrdersError(
          'TASK_TOTAL_EXCEEDED',
          `The order's tasks would exceed its ${TOTAL_GUARDS[guard] === 'hours' ? 'estimated hours' : 'value'}.`,
          {
            orderId: input.orderId,
            exceeds: TOTAL_GUARDS[guard],
          },
        );
      }
      throw error;
    }
  }
}
