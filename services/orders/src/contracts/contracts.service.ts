import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { uuidsOnly } from '@kyodo/database';
import { ClientEntity } from '../clients/client.entity';
import { OrdersError } from '../orders/orders.errors';
import { ContractEntity } from './contract.entity';
import { CreateContractInput } from './dto/create-contract.input';

@Injectable()
export class ContractsService {
  constructor(
    @InjectRepository(ContractEntity) private readonly contracts: Repository<ContractEntity>,
    @InjectRepository(ClientEntity) private readonly clients: Repository<ClientEntity>,
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
    return this.contracts.save(
      this.contracts.create({
        orgId,
        clientId: client.id,
        type: input.type,
        ndaSigned: input.ndaSigned,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      }),
    );
  }
}
