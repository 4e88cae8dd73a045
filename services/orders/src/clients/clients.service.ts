import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, uuidsOnly } from '@kyodo/database';
import { OrdersError } from '../orders/orders.errors';
import { ClientEntity } from './client.entity';
import { CreateClientInput } from './dto/create-client.input';
import { UpdateClientInput } from './dto/update-client.input';

@Injectable()
export class ClientsService {
  constructor(@InjectRepository(ClientEntity) private readonly clients: Repository<ClientEntity>) {}

  list(orgId: string): Promise<ClientEntity[]> {
    return this.clients.find({ where: { orgId }, order: { name: 'ASC' } });
  }

  get(orgId: string, id: string): Promise<ClientEntity | null> {
    return this.clients.findOneBy({ orgId, id });
  }

  getMany(orgId: string, ids: readonly string[]): Promise<ClientEntity[]> {
    const valid = uuidsOnly(ids);
    return valid.length === 0 ? Promise.resolve([]) : this.clients.findBy({ orgId, id: In(valid) });
  }

  create(orgId: string, input: CreateClientInput): Promise<ClientEntity> {
    return this.clients.save(
      this.clients.create({
        orgId,
        name: input.name,
        sector: input.sector,
        contactName: input.contactName ?? null,
        contactEmail: input.contactEmail ?? null,
      }),
    );
  }

  /** Changes the fields given (null clears a contact); the row and its audit line, with before and after, commit together. */
  update(orgId: string, id: string, input: UpdateClientInput, actor: AuthContext): Promise<ClientEntity> {
    return this.clients.manager.transaction(async (manager) => {
      const client = await manager.findOne(ClientEntity, { where: { orgId, id }, lock: { mode: 'pessimistic_write' } });
      if (!client) throw new OrdersError('CLIENT_NOT_FOUND', `No client ${id} in org ${orgId}.`);
      const before = { name: client.name, sector: client.sector, contactName: client.contactName, contactEmail: client.contactEmail };
      const after = {
        name: input.name ?? client.name,
        sector: input.sector ?? client.sector,
        contactName: input.contactName === undefined ? client.contactName : input.contactName,
        contactEmail: input.contactEmail === undefined ? client.contactEmail : input.contactEmail,
      };
      await manager.update(ClientEntity, { orgId, id }, after);
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'client.update',
        entityType: 'Client',
        entityId: id,
        detail: { before, after },
      });
      return Object.assign(client, after);
    });
  }
}
