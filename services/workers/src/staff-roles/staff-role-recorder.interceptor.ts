import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { type AuthContext, Role } from '@kyodo/auth';
import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
import { OrgNode } from '@kyodo/subgraph';
import { Observable } from 'rxjs';

const RECORD_SQL = `
  INSERT INTO staff_role_years (org_id, user_id, role, fiscal_year, first_seen_on, last_seen_on) VALUES ($1, $2, 'director', $3, $4::date, $4::date)
  ON CONFLICT (org_id, fiscal_year, role, user_id) DO UPDATE SET last_seen_on = GREATEST(staff_role_years.last_seen_on, EXCLUDED.last_seen_on)`;

/**
 * Keeps the staff-role history: a director of this node's org who calls it is recorded for the
 * day's fiscal year (at most one write per director and day per process). Bookkeeping never
 * fails the call it rides on: a failed write is logged and the call goes on.
 */
@Injectable()
export class StaffRoleRecorderInterceptor implements NestInterceptor {
  private readonly logger = new Logger(StaffRoleRecorderInterceptor.name);
  private day = '';
  private readonly seen = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly node: OrgNode,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const auth = authOf(context);
    if (auth && !auth.serviceClient && auth.userId && auth.orgId === this.node.orgId && auth.roles.includes(Role.Director)) {
      await this.record(auth.userId);
    }
    return next.handle();
  }

  private async record(userId: string): Promise<void> {
    const today = tokyoToday();
    if (today !== this.day) {
      this.day = today;
      this.seen.clear();
    }
    if (this.seen.has(userId)) return;
    try {
      await this.dataSource.query(RECORD_SQL, [this.node.orgId, userId, fiscalYearOf(today), today]);
      this.seen.add(userId);
    } catch (error) {
      this.logger.warn(`Could not record a director's day: ${(error as Error).message}`);
    }
  }
}

function authOf(context: ExecutionContext): AuthContext | undefined {
  if (context.getType<GqlContextType>() === 'graphql')
    return GqlExecutionContext.create(context).getContext<{ req?: { auth?: AuthContext } }>().req?.auth;
  return context.switchToHttp().getRequest<{ auth?: AuthContext }>()?.auth;
}
