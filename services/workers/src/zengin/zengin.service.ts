import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { SensitiveDataCipher } from '../crypto/sensitive-data.cipher';
import { paymentDateOf } from '../pay-calendar/pay-calendar';
import { PaySettingsEntity } from '../pay-calendar/pay-settings.entity';
import { firstDayOf } from '../pay/year-month';
import { TransferFile, ZENGIN_CONTENT_TYPE } from './transfer-file.model';
import { readWorkerBankAccounts } from './worker-bank-accounts';
import { ZenginError } from './zengin.errors';
import { ZenginFormatError, ZenginPayment, zenginTransferFile } from './zengin-transfer-file';

/**
 * The bank transfer file of a closed pay month: one transfer per worker with a positive net pay,
 * from the member's account, dated the month's payment date. Refused whole rather than written
 * without someone: a file that silently skips a worker is a worker not paid.
 */
@Injectable()
export class ZenginService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: SensitiveDataCipher,
  ) {}

  transferFile(orgId: string, month: string, actor: AuthContext): Promise<TransferFile> {
    return this.dataSource.transaction(async (manager) => {
      const closed: unknown[] = await manager.query(`SELECT 1 FROM closed_pay_months WHERE org_id = $1 AND month = $2`, [
        orgId,
        firstDayOf(month),
      ]);
      if (closed.length === 0) throw new ZenginError('PAY_MONTH_NOT_CLOSED', `${month} is not closed: close its pay first.`, { month });
      const settings = await manager.findOneBy(PaySettingsEntity, { orgId });
      if (!settings)
        throw new ZenginError('PAY_SETTINGS_NOT_SET', 'Set the pay calendar and the transfer-source account (setPaySettings) first.');
      const statements: { worker_id: string; net_yen: string }[] = await manager.query(
        `SELECT s.worker_id, s.net_yen FROM pay_statements s JOIN workers w ON w.id = s.worker_id
         WHERE s.org_id = $1 AND s.month = $2 AND s.net_yen > 0
         ORDER BY w.family_name_kana, w.given_name_kana, w.id`,
        [orgId, firstDayOf(month)],
      );
      const accounts = await readWorkerBankAccounts(
        manager,
        this.cipher,
        orgId,
        statements.map((s) => s.worker_id),
      );
      const missing = statements.filter((s) => !accounts.has(s.worker_id)).map((s) => s.worker_id);
      if (missing.length > 0)
        throw new ZenginError('BANK_ACCOUNT_MISSING', `${missing.length} paid worker(s) have no bank account on record.`, {
          workerIds: missing,
        });
      const payments: ZenginPayment[] = statements.flatMap((s) => {
        const to = accounts.get(s.worker_id);
        return to ? [{ to, amountYen: BigInt(s.net_yen) }] : [];
      });
      const transferDate = paymentDateOf(settings, month);
      let bytes: Buffer;
      try {
        bytes = zenginTransferFile(settings, transferDate, payments);
      } catch (error) {
        if (error instanceof ZenginFormatError) throw new ZenginError('BANK_DATA_UNWRITABLE', error.message, { field: error.field });
        throw error;
      }
      const totalYen = payments.reduce((sum, p) => sum + p.amountYen, 0n);
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'pay.transfer-file',
        entityType: 'PayMonth',
        entityId: `${orgId}:${month}`,
        detail: { month, transferDate, transferCount: payments.length, totalYen: totalYen.toString() },
      });
      return {
        filename: `zengin-${month}.txt`,
        contentType: ZENGIN_CONTENT_TYPE,
        byteLength: bytes.length,
        base64: bytes.toString('base64'),
        transferDate,
        transferCount: payments.length,
        totalYen,
      };
    });
  }
}
