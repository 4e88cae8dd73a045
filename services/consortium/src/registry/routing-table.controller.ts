import { timingSafeEqual } from 'node:crypto';
import { BadRequestException, Controller, ForbiddenException, Get, Headers, Inject, Query } from '@nestjs/common';
import { ROUTING_TABLE_MAX_WAIT_MS, ROUTING_TABLE_PATH, RoutingTable } from '@kyodo/domain';
import { Public } from '@kyodo/subgraph';
import { RegistryNodeDirectory } from './registry-directory';

export const HUB_SECRET = Symbol('HUB_SECRET');
const HUB_SECRET_HEADER = 'x-kyodo-hub-secret';

/**
 * The routing table for the gateway: which node answers for which org, which are down, which
 * members are suspended and what their operating forms allow. Only the hub's gateway reads it,
 * with the hub secret (not a user token: no user asks for it, and the gateway must read it
 * before any user is let in).
 */
@Controller()
export class RoutingTableController {
  private readonly secret: Buffer;

  constructor(
    private readonly directory: RegistryNodeDirectory,
    @Inject(HUB_SECRET) secret: string,
  ) {
    this.secret = Buffer.from(secret);
  }

  /** The table now, or (with `instance` and `after`) once it is newer than that version: see ROUTING_TABLE_PATH. */
  @Public()
  @Get(ROUTING_TABLE_PATH)
  async table(
    @Headers(HUB_SECRET_HEADER) presented: string | undefined,
    @Query('instance') instance?: string,
    @Query('after') after?: string,
  ): Promise<RoutingTable> {
    const given = Buffer.from(presented ?? '');
    if (given.length !== this.secret.length || !timingSafeEqual(given, this.secret))
      throw new ForbiddenException('The routing table is for the hub gateway.');
    if (instance === undefined && after === undefined) return this.directory.table();
    if (typeof instance !== 'string' || !/^[0-9a-f-]{36}$/.test(instance) || typeof after !== 'string' || !/^\d{1,15}$/.test(after)) {
      throw new BadRequestException('instance must be a table instance id and after a version number.');
    }
    return this.directory.tableAfter(instance, Number(after), ROUTING_TABLE_MAX_WAIT_MS);
  }
}
