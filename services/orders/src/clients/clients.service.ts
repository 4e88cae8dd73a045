import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { uuidsOnly } from '@kyodo/database';
import { ClientEntity } from './client.entity';
import { CreateClientInput } from './dto/create-client.input';

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
}
