import { timingSafeEqual } from 'node:crypto';
import { Controller, ForbiddenException, Get, Headers, Inject } from '@nestjs/common';
import { ROUTING_TABLE_PATH, RoutingTable } from '@kyodo/domain';
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

  @Public()
  @Get(ROUTING_TABLE_PATH)
  table(@Headers(HUB_SECRET_HEADER) presented: string | undefined): RoutingTable {
    const given = Buffer.from(presented ?? '');
    if (given.length !== this.secret.length || !timingSafeEqual(given, this.secret)) throw new ForbiddenException('The routing table is for the hub gateway.');
    return this.directory.table();
  }
}
