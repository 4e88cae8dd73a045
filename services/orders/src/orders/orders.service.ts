import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { uuidsOnly } from '@kyodo/database';
import { fiscalYearRange, tokyoToday } from '@kyodo/domain';
import { decodeCursor, Page, toPage } from '@kyodo/subgraph';
import { BusinessCategoriesService, categoryUsableFor } from '../categories/business-categories.service';
import { ClientEntity } from '../clients/client.entity';
import { ContractsService } from '../contracts/contracts.service';
import { RequirableCoursesService } from '../course-codes/requirable-courses.service';
import { assertNdaCovers } from './contract-rules';
import { CreateOrderInput } from './dto/create-order.input';
import { OrderEntity } from './order.entity';
import { OrderStatus } from './order-status.enum';
import { OrdersError } from './orders.errors';

export interface OrderFilter {
  status?: OrderStatus;
  clientId?: string;
  category?: string;
  /** By the Asia/Tokyo date the order was taken (created). */
  fiscalYear?: number;
}

@Injectable()
export class OrdersService {
  constructor(
    @InjectRepository(OrderEntity) private readonly orders: Repository<OrderEntity>,
    @InjectRepository(ClientEntity) private readonly clients: Repository<ClientEntity>,
    private readonly contracts: ContractsService,
    private readonly categories: BusinessCategoriesService,
    private readonly courses: RequirableCoursesService,
  ) {}

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(orgId: string, filter: OrderFilter, first: number, after?: string): Promise<Page<OrderEntity>> {
    const query = this.orders
      .createQueryBuilder('o')
      .where('o.org_id = :orgId', { orgId })
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(first + 1);
    if (filter.status) query.andWhere('o.status = :status', { status: filter.status });
    if (filter.clientId) query.andWhere('o.client_id = :clientId', { clientId: filter.clientId });
    if (filter.category) query.andWhere('o.category = :category', { category: filter.category });
    // != null: an explicit `fiscalYear: null` means no filter, like leaving it out (it built "null-04-01").
    if (filter.fiscalYear != null) {
      // Bounds as Tokyo midnights, so the created_at index stays usable (no per-row conversion).
      const { from, to } = fiscalYearRange(filter.fiscalYear);
      query.andWhere(
        `o.created_at >= (CAST(:fyFrom AS date)::timestamp AT TIME ZONE 'Asia/Tokyo') AND o.created_at < ((CAST(:fyTo AS date) + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')`,
        { fyFrom: from, fyTo: to },
      );
    }
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere('(o.created_at, o.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
    }
    const rows = await query.getMany();
    return toPage(rows, first, (o) => ({ at: o.createdAt.toISOString(), id: o.id }));
  }

  async get(orgId: string, id: string): Promise<OrderEntity | null> {
    return this.orders.findOneBy({ orgId, id });
  }

  async getMany(orgId: string, ids: readonly string[]): Promise<OrderEntity[]> {
    const valid = uuidsOnly(ids);
    return valid.length === 0 ? [] : this.orders.findBy({ orgId, id: In(valid) });
  }

  async create(orgId: string, input: CreateOrderInput): Promise<OrderEntity> {
    // The day is Tokyo's whatever the server's zone: an order due today is still possible.
    const today = tokyoToday();
    if (input.deadline < today)
      throw new OrdersError('DEADLINE_IN_PAST', `The deadline ${input.deadline} is before today (${today}, Asia/Tokyo).`, {
        deadline: input.deadline,
        today,
      });
    const client = await this.clients.findOneBy({ orgId, id: input.clientId });
    if (!client) throw new OrdersError('CLIENT_NOT_FOUND', `No client ${input.clientId} in org ${orgId}.`);
    const category = await this.categories.get(input.category);
    if (!category) throw new OrdersError('CATEGORY_NOT_FOUND', `No business category ${input.category}.`, { category: input.category });
    if (!categoryUsableFor(category, client.sector)) {
      throw new OrdersError('CATEGORY_SECTOR_MISMATCH', `Category ${category.code} is for private-sector clients only.`, {
        category: category.code,
        clientSector: client.sector,
      });
    }
    if (input.contractId) {
      const contract = await this.contracts.get(orgId, input.contractId);
      if (!contract) throw new OrdersError('CONTRACT_NOT_FOUND', `No contract ${input.contractId} in org ${orgId}.`);
      if (contract.clientId !== client.id) {
        throw new OrdersError('CONTRACT_CLIENT_MISMATCH', 'The contract is with another client.', {
          contractId: contract.id,
          clientId: client.id,
        });
      }
      assertNdaCovers(input.confidentiality, contract);
    }
    const unknownCodes = await this.courses.unknownCodes(orgId, input.requiredTrainings);
    if (unknownCodes.length > 0) {
      throw new OrdersError(
        'TRAINING_CODE_UNKNOWN',
        `No course ${unknownCodes.join(', ')} in the member's catalogue or the consortium's shared one.`,
        { unknownCodes },
      );
    }
    const order = this.orders.create({
      orgId,
      clientId: client.id,
      contractId: input.contractId ?? null,
      title: input.title,
      category: input.category,
      routine: input.routine,
      valueYen: input.valueYen,
      estimatedHours: input.estimatedHours,
      deadline: input.deadline,
      requiredStage: input.requiredStage,
      skillTags: input.skillTags,
      requiredTrainings: input.requiredTrainings,
      confidentiality: input.confidentiality,
      sharing: input.sharing,
      status: OrderStatus.INQUIRY,
    });
    return this.orders.save(order);
  }
}
