import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isCheckViolation, uuidsOnly } from '@kyodo/database';
import { decodeKeyCursor, encodeKeyCursor, Page } from '@kyodo/subgraph';
import { OrderEntity } from '../orders/order.entity';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import { OrderSharing } from '../orders/order-sharing.enum';
import { CLOSED_FOR_WORK } from '../orders/order-transitions';
import { TaskEntity } from '../tasks/task.entity';
import { ConsortiumPoolArgs } from './dto/consortium-pool.args';
import { PublishPoolOfferInput } from './dto/publish-pool-offer.input';
import { PoolOfferEntity } from './pool-offer.entity';
import { SharingError } from './sharing.errors';
import { staffableStages } from './staffable-stages';

/** 共同受注: the owner's side of the pool — what it publishes, and what every member browses. */
@Injectable()
export class PoolOffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PoolOfferEntity) private readonly offers: Repository<PoolOfferEntity>,
    private readonly lifecycle: OrderLifecycleService,
  ) {}

  /**
   * Publishes hours of a task. The order row is locked so its status and deadline hold until
   * commit; the task's pooled total is kept by the database (trigger + CHECK), so parallel
   * publications of one task can never offer more than its hours.
   */
  async publish(auth: AuthContext, orgId: string, input: PublishPoolOfferInput): Promise<PoolOfferEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const task = await manager.findOneBy(TaskEntity, { orgId, id: input.taskId });
        if (!task) throw new SharingError('TASK_NOT_FOUND', `No task ${input.taskId} in org ${orgId}.`);
        const order = await this.lifecycle.lockOrder(manager, orgId, task.orderId);
        if (CLOSED_FOR_WORK.includes(order.status)) {
          throw new SharingError('ORDER_CLOSED_FOR_WORK', `An order in status ${order.status} offers no work.`, { status: order.status });
        }
        const deadline = input.deadline ?? order.deadline;
        if (deadline > order.deadline) {
          throw new SharingError('OFFER_DEADLINE_AFTER_ORDER', `The offer's deadline ${deadline} is after the order's ${order.deadline}.`, {
            orderDeadline: order.deadline,
          });
        }
        const offer = await manager.save(
          manager.create(PoolOfferEntity, {
            orgId,
            orderId: order.id,
            taskId: task.id,
            title: task.title,
            hours: input.hours,
            requiredStage: order.requiredStage,
            skillTags: order.skillTags,
            requiredTrainings: order.requiredTrainings,
            deadline,
            rateYen: input.rateYen,
            clientLabel: input.clientLabel ?? null,
            publishedBy: auth.userId,
          }),
        );
        if (order.sharing !== OrderSharing.CONSORTIUM)
          await manager.update(OrderEntity, { id: order.id }, { sharing: OrderSharing.CONSORTIUM });
        await appendAudit(manager, {
          actorId: auth.userId,
          actorOrgId: auth.orgId,
          action: 'pool-offer.publish',
          entityType: 'pool-offer',
          entityId: offer.id,
          detail: {
            orderId: order.id,
            taskId: task.id,
            hours: offer.hours,
            rateYen: offer.rateYen,
            deadline,
            clientLabel: offer.clientLabel,
          },
        });
        // Re-read for approvedHours, which the database fills in.
        return manager.findOneByOrFail(PoolOfferEntity, { id: offer.id });
      });
    } catch (error) {
      if (isCheckViolation(error, 'tasks_pooled_hours_within')) {
        throw new SharingError('POOL_HOURS_EXCEEDED', "The task's offers would publish more hours than the task has.", {
          taskId: input.taskId,
        });
      }
      throw error;
    }
  }

  /** The org's own offers, newest first. */
  ownOffers(orgId: string): Promise<PoolOfferEntity[]> {
    return this.offers.find({ where: { orgId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  getMany(orgId: string, ids: readonly string[]): Promise<PoolOfferEntity[]> {
    const valid = uuidsOnly(ids);
    return valid.length === 0 ? Promise.resolve([]) : this.offers.findBy({ orgId, id: In(valid) });
  }

  /**
   * This node's share of the consortium pool: its offers with hours still unapproved, by
   * (deadline, id) — ids compare byte-wise (COLLATE "C") as the gateway's merge does. With the
   * caller's free capacity given, only offers of a stage it could staff.
   */
  async poolPage(orgId: string, { first, after, freeCapacity }: ConsortiumPoolArgs): Promise<Page<PoolOfferEntity>> {
    const query = this.offers
      .createQueryBuilder('o')
      .where('o.org_id = :orgId AND o.approved_hours < o.hours', { orgId })
      .orderBy('o.deadline')
      .addOrderBy('o.id::text COLLATE "C"')
      .limit(first + 1);
    if (freeCapacity) query.andWhere('o.required_stage = ANY(:stages)', { stages: staffableStages(freeCapacity) });
    if (after) {
      const [deadline, id] = decodeKeyCursor(after, 2).map(String);
      query.andWhere('(o.deadline, o.id::text COLLATE "C") > (:deadline::date, :id)', { deadline, id });
    }
    const rows = await query.getMany();
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeKeyCursor([last.deadline, last.id]) : null } };
  }
}
