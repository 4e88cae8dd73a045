import { Controller, Get, HttpCode, Inject, Optional, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { NODE_IDENTITY, NodeIdentity } from './node-identity';
import { Public } from './public.decorator';
import { SubgraphSdlService } from './subgraph-schema';

export interface HealthReport {
  status: 'ok' | 'degraded';
  service: string;
  orgId?: string;
  /** Members hosted on this node (hosted placement); the registry routes only those to it besides its own org. */
  hostedOrgIds?: string[];
  database: 'up' | 'down' | 'none';
  /** SHA-256 of the subgraph SDL this node serves (absent for the gateway itself). */
  schemaHash?: string;
}

/** `/health`: 200 when the node and its database answer, 503 when the database does not. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(NODE_IDENTITY) private readonly identity: NodeIdentity,
    @Optional() private readonly dataSource?: DataSource,
    @Optional() private readonly sdl?: SubgraphSdlService,
  ) {}

  @Get()
  @HttpCode(200)
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const database = await this.databaseStatus();
    const report: HealthReport = {
      status: database === 'down' ? 'degraded' : 'ok',
      service: this.identity.service,
      ...(this.identity.orgId ? { orgId: this.identity.orgId } : {}),
      ...(this.identity.hostedOrgIds?.length ? { hostedOrgIds: [...this.identity.hostedOrgIds] } : {}),
      database,
      ...(this.sdl ? { schemaHash: this.sdl.get().sha256 } : {}),
    };
    if (report.status !== 'ok') res.status(503);
    return report;
  }

  private async databaseStatus(): Promise<HealthReport['database']> {
    if (!this.dataSource) return 'none';
    try {
      await this.dataSource.query('SELECT 1');
      return 'up';
    } catch {
      return 'down';
    }
  }
}
