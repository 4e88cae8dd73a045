import { randomUUID } from 'node:crypto';
import { SkillAxis, SkillStage } from '@kyodo/domain';
import { DomainError, type OnBehalfOf } from '@kyodo/subgraph';
import type { WorkerSkills, WorkersDirectory } from './workers-directory';

interface HeldWorker extends WorkerSkills {
  orgId: string;
  /** Approved minutes by work day (YYYY-MM-DD). */
  minutesByDay: Map<string, number>;
}

/** A workers subgraph held in memory, for specs: records every stage change it is asked for. */
export class InMemoryWorkersDirectory implements WorkersDirectory {
  private readonly workers = new Map<string, HeldWorker>();
  readonly stageChanges: { orgId: string; workerId: string; axis: SkillAxis; stage: SkillStage }[] = [];
  /** The token each stage change was delivered with (the outbox's service account, never a user's). */
  readonly stageChangeTokens: string[] = [];
  /** How many calls reached this fake, to show a list asks for minutes in batches. */
  minuteCalls = 0;
  /** Set to make setSkillStage fail, as an unreachable workers node would. */
  failStageChanges = false;
  /** How long a stage change takes, to hold a promotion open while another one starts. */
  stageChangeDelayMs = 0;
  /** Reads a recorded stage change back from the training node, as the real workers node does. */
  readChange: (orgId: string, changeId: string) => Promise<{ workerId: string; axis: SkillAxis; toStage: SkillStage } | null> = async () =>
    null;

  /** Forgets every worker and call, as a new workers node would. */
  reset(): void {
    this.workers.clear();
    this.stageChanges.length = 0;
    this.stageChangeTokens.length = 0;
    this.minuteCalls = 0;
    this.failStageChanges = false;
    this.stageChangeDelayMs = 0;
  }

  add(orgId: string, worker: Partial<Omit<HeldWorker, 'orgId' | 'minutesByDay'>> = {}): string {
    const id = worker.id ?? randomUUID();
    this.workers.set(id, {
      id,
      orgId,
      status: 'ACTIVE',
      itStage: SkillStage.A,
      businessStage: SkillStage.A,
      ...worker,
      minutesByDay: new Map(),
    });
    return id;
  }

  approve(workerId: string, day: string, minutes: number): void {
    const days = this.held(workerId).minutesByDay;
    days.set(day, (days.get(day) ?? 0) + minutes);
  }

  async worker(_caller: OnBehalfOf, orgId: string, workerId: string): Promise<WorkerSkills | null> {
    const worker = this.workers.get(workerId);
    return worker?.orgId === orgId
      ? { id: worker.id, status: worker.status, itStage: worker.itStage, businessStage: worker.businessStage }
      : null;
  }

  async activeWorkers(_caller: OnBehalfOf, orgId: string): Promise<WorkerSkills[]> {
    return [...this.workers.values()]
      .filter((w) => w.orgId === orgId && w.status === 'ACTIVE')
      .map(({ id, status, itStage, businessStage }) => ({ id, status, itStage, businessStage }));
  }

  async approvedMinutes(
    _caller: OnBehalfOf,
    orgId: string,
    workerIds: readonly string[],
    from: string | null,
  ): Promise<Map<string, number>> {
    this.minuteCalls += 1;
    const minutes = new Map<string, number>();
    for (const id of workerIds) {
      const worker = this.workers.get(id);
      const days = worker?.orgId === orgId ? [...worker.minutesByDay] : [];
      minutes.set(
        id,
        days.filter(([day]) => from === null || day >= from).reduce((sum, [, m]) => sum + m, 0),
      );
    }
    return minutes;
  }

  async applyStageChange(caller: OnBehalfOf, orgId: string, changeId: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.stageChangeDelayMs));
    if (this.failStageChanges) throw new DomainError('UPSTREAM_FAILED', 'The workers node did not answer.');
    const change = await this.readChange(orgId, changeId);
    if (!change) throw new DomainError('UPSTREAM_FAILED', `The training node has no stage change ${changeId}.`);
    const { workerId, axis, toStage: stage } = change;
    const worker = this.held(workerId);
    if (axis === SkillAxis.IT) worker.itStage = stage;
    else worker.businessStage = stage;
    this.stageChanges.push({ orgId, workerId, axis, stage });
    this.stageChangeTokens.push(caller.token);
  }

  private held(workerId: string): HeldWorker {
    const worker = this.workers.get(workerId);
    if (!worker) throw new Error(`No worker ${workerId}`);
    return worker;
  }
}
