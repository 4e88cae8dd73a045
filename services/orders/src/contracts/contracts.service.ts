import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, uuidsOnly } from '@kyodo/database';
import { ConfidentialityLevel } from '../orders/confidentiality-level.enum';
import { OrderEntity } from '../orders/order.entity';
import { OrderStatus } from '../orders/order-status.enum';
import { ClientEntity } from '../clients/client.entity';
import { OrdersError } from '../orders/orders.errors';
import { DocumentIssuers } from '../documents/document-issuers';
import { ContractEntity } from './contract.entity';
import { ContractTemplateKind } from '../contract-templates/contract-template-kind.enum';
import { newestVersion } from '../contract-templates/contract-templates.service';
import { CreateContractInput } from './dto/create-contract.input';
import { UpdateContractInput } from './dto/update-contract.input';

@Injectable()
export class ContractsService {
  constructor(
    @InjectRepository(ContractEntity) private readonly contracts: Repository<ContractEntity>,
    @InjectRepository(ClientEntity) private readonly clients: Repository<ClientEntity>,
    private readonly issuers: DocumentIssuers,
  ) {}

  list(orgId: string, clientId?: string): Promise<ContractEntity[]> {
    return this.contracts.find({ where: clientId ? { orgId, clientId } : { orgId }, order: { startsOn: 'DESC', id: 'ASC' } });
  }

  get(orgId: string, id: string): Promise<ContractEntity | null> {
    return this.contracts.findOneBy({ orgId, id });
  }

  getMany(orgId: string, ids: readonly string[]): Promise<ContractEntity[]> {
    const valid = uuidsOnly(ids);
    return valid.length === 0 ? Promise.resolve([]) : this.contracts.findBy({ orgId, id: In(valid) });
  }

  async create(orgId: string, input: CreateContractInput): Promise<ContractEntity> {
    if (input.endsOn < input.startsOn) {
      throw new OrdersError('CONTRACT_PERIOD_INVALID', 'A contract ends on or after the day it starts.', {
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      });
    }
    const client = await this.clients.findOneBy({ orgId, id: input.clientId });
    if (!client) throw new OrdersError('CLIENT_NOT_FOUND', `No client ${input.clientId} in org ${orgId}.`);
    // The client contracts with whoever contracts for the member: its partner operator, for a town operated by another.
    const issuer = await this.issuers.of(this.contracts.manager, orgId);
    // The contract is made on the texts newest now; later saves of a template leave it on these.
    const manager = this.contracts.manager;
    return this.contracts.save(
      this.contracts.create({
        orgId,
        issuer,
        clientId: client.id,
        type: input.type,
        ndaSigned: input.ndaSigned,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        serviceTemplateVersion: await newestVersion(manager, orgId, ContractTemplateKind.SERVICE_CONTRACT),
        ndaTemplateVersion: input.ndaSigned ? await newestVersion(manager, orgId, ContractTemplateKind.NDA) : null,
      }),
    );
  }

  /**
   * Changes the fields given. The period must still run forward (CONTRACT_PERIOD_INVALID); the NDA
   * flag is withdrawn only while no confidential order under the contract is live (not cancelled),
   * since each of those was taken on the strength of it (CONTRACT_NDA_REQUIRED, details.orderIds).
   * The row and its audit line, with before and after, commit together.
   */
  update(orgId: string, id: string, input: UpdateContractInput, actor: AuthContext): Promise<ContractEntity> {
    return this.contracts.manager.transaction(async (manager) => {
      const contract = await manager.findOne(ContractEntity, { where: { orgId, id }, lock: { mode: 'pessimistic_write' } });
      if (!contract) throw new OrdersError('CONTRACT_NOT_FOUND', `No contract ${id} in org ${orgId}.`);
      const before = { type: contract.type, ndaSigned: contract.ndaSigned, startsOn: contract.startsOn, endsOn: contract.endsOn };
      const after = {
        type: input.type ?? contract.type,
        ndaSigned: input.ndaSigned ?? contract.ndaSigned,
        startsOn: input.startsOn ?? contract.startsOn,
        endsOn: input.endsOn ?? contract.endsOn,
      };
      if (after.endsOn < after.startsOn) {
        throw new OrdersError('CONTRACT_PERIOD_INVALID', 'A contract ends on or after the day it starts.', {
          startsOn: after.startsOn,
          endsOn: after.endsOn,
        });
      }
      if (before.ndaSigned && !after.ndaSigned) {
        const confidential = await manager.find(OrderEntity, {
          select: { id: true },
          where: { orgId, contractId: id, confidentiality: ConfidentialityLevel.CONFIDENTIAL, status: Not(OrderStatus.CANCELLED) },
          order: { id: 'ASC' },
        });
        if (confidential.length > 0) {
          throw new OrdersError('CONTRACT_NDA_REQUIRED', 'Confidential orders are taken under this contract: its NDA stays.', {
            contractId: id,
            orderIds: confidential.map((order) => order.id),
          });
        }
      }
      // An NDA signed now is signed on the NDA text newest now; one already signed keeps its version.
      const ndaTemplateVersion = !after.ndaSigned
        ? null
        : before.ndaSigned
          ? contract.ndaTemplateVersion
          : await newestVersion(manager, orgId, ContractTemplateKind.NDA);
      await manager.update(ContractEntity, { orgId, id }, { ...after, ndaTemplateVersion });
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'contract.update',
        entityType: 'Contract',
        entityId: id,
        detail: { before, after },
      });
      return Object.assign(contract, after, { ndaTemplateVersion });
    });
  }
}
