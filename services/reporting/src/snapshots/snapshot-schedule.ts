import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AuthContext, REPORTING_CLIENT } from '@kyodo/auth';
import { SNAPSHOT_SCHEDULE, type SnapshotScheduleOptions } from './snapshot-schedule-options';
import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
import { SnapshotsService } from './snapshots.service';

export { SNAPSHOT_SCHEDULE, type SnapshotScheduleOptions } from './snapshot-schedule-options';

const FIRST_CHECK_DELAY_MS = 60_000;

/**
 * 月次集計 without anyone pressing a button: once a month (the first check in a month that finds
 * no snapshot of the current fiscal year for it), reporting gathers members' aggregates with its
 * own service account (`kyodo-reporting`, client credentials), which the aggregate fan-outs and
 * the member list accept. A failed attempt is logged and retried at the next check.
 */
@Injectable()
export class SnapshotSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SnapshotSchedule');
  private timer?: NodeJS.Timeout;
  private first?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly snapshots: SnapshotsService,
    private readonly dataSource: DataSource,
    @Optional() @Inject(SNAPSHOT_SCHEDULE) private readonly options?: SnapshotScheduleOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options?.tokens || this.options.checkIntervalMs <= 0 || !this.dataSource.isInitialized) return;
    // The first look waits a little: the gateway and the nodes start alongside reporting.
    const first = setTimeout(() => void this.takeIfDue(), Math.min(this.options.checkIntervalMs, FIRST_CHECK_DELAY_MS)).unref();
    this.timer = setInterval(() => void this.takeIfDue(), this.options.checkIntervalMs).unref();
    this.first = first;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.first) clearTimeout(this.first);
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Takes this month's snapshot of the current fiscal year unless one exists. */
  takeIfDue(): Promise<void> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<void> {
    const tokens = this.options?.tokens;
    if (!tokens) return;
    const today = tokyoToday();
    const fiscalYear = fiscalYearOf(today);
    try {
      const [{ taken }] = (await this.dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM consortium_year_snapshots WHERE fiscal_year = $1 AND taken_month = $2::date) AS taken`,
        [fiscalYear, `${today.slice(0, 7)}-01`],
      )) as { taken: boolean }[];
      if (taken) return;
      const caller: AuthContext = {
        userId: `service-account-${REPORTING_CLIENT}`,
        username: REPORTING_CLIENT,
        orgId: null,
        roles: [],
        serviceClient: REPORTING_CLIENT,
        token: await tokens.token(),
      };
      const snapshot = await this.snapshots.take(fiscalYear, caller);
      this.logger.log(
        `Monthly snapshot of FY${fiscalYear} taken: ${snapshot.orgIds.join(', ') || 'no member answered'}${snapshot.unavailableOrgIds.length ? `; unavailable: ${snapshot.unavailableOrgIds.join(', ')}` : ''}`,
      );
    } catch (error) {
      this.logger.warn(`Monthly snapshot not taken, retried at the next check: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
