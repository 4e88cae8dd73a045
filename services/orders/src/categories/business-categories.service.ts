import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { isUniqueViolation } from '@kyodo/database';
import { ClientSector } from '../clients/client-sector.enum';
import { OrdersError } from '../orders/orders.errors';
import { BusinessCategoryEntity } from './business-category.entity';
import { CreateBusinessCategoryInput } from './dto/create-business-category.input';

/** A PUBLIC category serves any client; a PRIVATE one only private-sector clients. */
export function categoryUsableFor(category: BusinessCategoryEntity, clientSector: ClientSector): boolean {
  return category.sector === ClientSector.PUBLIC || clientSector === ClientSector.PRIVATE;
}

@Injectable()
export class BusinessCategoriesService {
  constructor(@InjectRepository(BusinessCategoryEntity) private readonly categories: Repository<BusinessCategoryEntity>) {}

  /** The standard list and the org's own additions, never another org's. */
  async list(orgId: string, usableFor?: ClientSector): Promise<BusinessCategoryEntity[]> {
    const all = await this.categories.find({ where: [{ orgId: IsNull() }, { orgId }], order: { sector: 'DESC', createdAt: 'ASC', code: 'ASC' } });
    return usableFor ? all.filter((c) => categoryUsableFor(c, usableFor)) : all;
  }

  get(code: string): Promise<BusinessCategoryEntity | null> {
    return this.categories.findOneBy({ code });
  }

  async create(orgId: string, input: CreateBusinessCategoryInput): Promise<BusinessCategoryEntity> {
    // insert, not save: save() on an existing primary key would silently overwrite the standard entry.
    try {
      await this.categories.insert(this.categories.create({ ...input, orgId }));
    } catch (error) {
      if (isUniqueViolation(error)) throw new OrdersError('CATEGORY_EXISTS', `Category ${input.code} exists already.`, { code: input.code });
      throw error;
    }
    return this.categories.findOneByOrFail({ code: input.code });
  }
}
