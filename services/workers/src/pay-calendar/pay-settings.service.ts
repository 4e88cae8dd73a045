import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { SetPaySettingsInput } from './dto/set-pay-settings.input';
import { calendarProblem } from './pay-calendar';
import { PayCalendarError } from './pay-calendar.errors';
import { PaySettingsEntity } from './pay-settings.entity';

/** The settings as an admin sets them, without the bookkeeping columns. */
function settingsOf(row: PaySettingsEntity): Omit<PaySettingsEntity, 'updatedAt' | 'updatedBy'> {
  const { updatedAt, updatedBy, ...settings } = row;
  void updatedAt;
  void updatedBy;
  return settings;
}

@Injectable()
export class PaySettingsService {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  get(orgId: string, manager: EntityManager = this.dataSource.manager): Promise<PaySettingsEntity | null> {
    return manager.findOneBy(PaySettingsEntity, { orgId });
  }

  /**
   * A calendar that would pay any month later than the act allows is refused before anything is
   * written; the change and its before/after land in the audit log together.
   */
  async set(orgId: string, input: SetPaySettingsInput, actor: AuthContext): Promise<PaySettingsEntity> {
    const problem = calendarProblem(input);
    if (problem) {
      const message =
        problem.code === 'PAYMENT_OVER_60_DAYS'
          ? `The work of ${problem.month} would be paid ${problem.days} days after its closing (${problem.closingDate} → ${problem.paymentDate}); the freelance act allows at most 60.`
          : `The work of ${problem.month} would be paid on ${problem.paymentDate}, before its closing on ${problem.closingDate}.`;
      throw new PayCalendarError(problem.code, message, { ...problem });
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await manager
        .getRepository(PaySettingsEntity)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.org_id = :orgId', { orgId })
        .getOne();
      const saved = await manager.save(manager.create(PaySettingsEntity, { ...input, orgId, updatedBy: actor.userId }));
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'pay-settings.set',
        entityType: 'PaySettings',
        entityId: orgId,
        detail: { before: before ? settingsOf(before) : null, after: { ...input } },
      });
      return saved;
    });
  }
}
