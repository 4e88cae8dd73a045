import { timingSafeEqual } from 'node:crypto';
import { BadRequestException, Body, Controller, ForbiddenException, Headers, HttpCode, Inject, Post } from '@nestjs/common';
import { CIRCUIT_REPORT_PATH } from '@kyodo/domain';
import { Public } from '@kyodo/subgraph';
import { HUB_SECRET } from '../registry/routing-table.controller';
import { CircuitBoardService } from './circuit-board.service';
import { parseCircuitReport } from './circuit-report';

const HUB_SECRET_HEADER = 'x-kyodo-hub-secret';

/**
 * Where the hub's gateway replicas report their circuit breakers. Like the routing table it is
 * the gateway's channel, not a user's: the hub secret opens it.
 */
@Controller()
export class CircuitReportController {
  private readonly secret: Buffer;

  constructor(
    private readonly board: CircuitBoardService,
    @Inject(HUB_SECRET) secret: string,
  ) {
    this.secret = Buffer.from(secret);
  }

  @Public()
  @Post(CIRCUIT_REPORT_PATH)
  @HttpCode(204)
  async report(@Headers(HUB_SECRET_HEADER) presented: string | undefined, @Body() body: unknown): Promise<void> {
    const given = Buffer.from(presented ?? '');
    if (given.length !== this.secret.length || !timingSafeEqual(given, this.secret))
      throw new ForbiddenException('Circuit reports come from the hub gateway.');
    const report = parseCircuitReport(body);
    if (!report) throw new BadRequestException('A circuit report is { gatewayId: uuid, circuits: [{ orgId, subgraph, state }] }.');
    await this.board.record(report);
  }
}
