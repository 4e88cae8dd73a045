import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import type { LegalIdentity } from '@kyodo/domain';
import { appendAudit } from '@kyodo/database';
import { SetInvoiceSettingsInput } from './dto/set-invoice-settings.input';
import { InvoiceSettingsEntity } from './invoice-settings.entity';

const BANK_ACCOUNT_FIELDS = ['bankName', 'bankBranch', 'bankAccountType', 'bankAccountNumber', 'bankAccountHolder'] as const;

/**
 * What a qualified invoice cannot go out without: the issuer and its registration number
 * (登録番号), its address, and the account the client transfers to (振込先). Empty when complete.
 * The issuer is the resolved one (DocumentIssuers): a town operated by another issues under its
 * operator's identity, so only the account comes from the town's own settings.
 */
export function missingForIssue(
  settings: InvoiceSettingsEntity | null,
  issuer: Pick<LegalIdentity, 'legalName' | 'registrationNumber' | 'address'> | null = settings && {
    legalName: settings.issuerName,
    registrationNumber: settings.registrationNumber,
    address: settings.address,
  },
): string[] {
  return [
    ...(issuer?.legalName ? [] : ['issuerName']),
    ...(issuer?.registrationNumber ? [] : ['registrationNumber']),
    ...(issuer?.address ? [] : ['address']),
    ...BANK_ACCOUNT_FIELDS.filter((field) => !settings?.[field]),
  ];
}

function settingsValues(s: InvoiceSettingsEntity): Record<string, string | null> {
  const { issuerName, registrationNumber, address, phone, bankName, bankBranch, bankAccountType, bankAccountNumber, bankAccountHolder } = s;
  return { issuerName, registrationNumber, address, phone, bankName, bankBranch, bankAccountType, bankAccountNumber, bankAccountHolder };
}

@Injectable()
export class InvoiceSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InvoiceSettingsEntity) private readonly settings: Repository<InvoiceSettingsEntity>,
  ) {}

  get(orgId: string): Promise<InvoiceSettingsEntity | null> {
    return this.settings.findOneBy({ orgId });
  }

  /** Replaces the org's issuer details; audited with before and after, since they go on every invoice. */
  set(auth: AuthContext, orgId: string, input: SetInvoiceSettingsInput): Promise<InvoiceSettingsEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager
        .getRepository(InvoiceSettingsEntity)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.org_id = :orgId', { orgId })
        .getOne();
      const after = {
        issuerName: input.issuerName,
        registrationNumber: input.registrationNumber ?? null,
        address: input.address ?? null,
        phone: input.phone ?? null,
        bankName: input.bankName ?? null,
        bankBranch: input.bankBranch ?? null,
        bankAccountType: input.bankAccountType ?? null,
        bankAccountNumber: input.bankAccountNumber ?? null,
        bankAccountHolder: input.bankAccountHolder ?? null,
      };
      await manager.upsert(InvoiceSettingsEntity, { orgId, ...after }, ['orgId']);
      await appendAudit(manager, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'invoice-settings.set',
        entityType: 'invoice-settings',
        entityId: orgId,
        detail: { before: before ? settingsValues(before) : null, after },
      });
      return manager.findOneByOrFail(InvoiceSettingsEntity, { orgId });
    });
  }
}
