import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isUniqueViolation } from '@kyodo/database';
import { DEFAULT_DELEGATED_FUNCTIONS, DEFAULT_OPERATOR_CONFIRMATIONS, NODE_SUBGRAPHS } from '@kyodo/domain';
import type { NodeUrlMap } from '@kyodo/domain';
import { RegisterMemberInput, RegisterNodeInput, UpdateNodeInput } from './dto/registry.inputs';
import { startChecklist } from '../onboarding/checklist.catalogue';
import { MEMBER_IDENTITY_ADMIN, MemberIdentityAdmin } from './member-identity';
import { MemberEntity } from './member.entity';
import { MemberNodeEntity } from './member-node.entity';
import { NodeChecker, NodeCheckResult } from './node-checker';
import { FEATURES_BY_FORM, OperatingForm } from './operating-form';
import { RegistryNodeDirectory, RoutingSnapshot } from './registry-directory';
import { RegistryError } from './registry.errors';
import { MemberKind, MemberPlacement, MemberStatus, NodeStatus } from './registry.enums';

/** Operating forms of seeded members (KYODO_MEMBER_FORMS). */
export type MemberFormMap = Record<
  string,
  /** `name`: what people read (立科町), where the seeded member would otherwise be named by its id. */
  { operatingForm: OperatingForm; partnerOperatorId?: string; hostedBy?: string; name?: string }
>;

export interface RegistryOptions {
  /** Nodes from configuration (KYODO_NODES) registered, as trusted and ACTIVE, when the registry has none for that org and subgraph. */
  seed: NodeUrlMap;
  /** The operating form a seeded member gets when the seed registers it (default CORPORATE_EXPANDED). */
  seedForms?: MemberFormMap;
  /** How often every node is checked (health, identity, schema fit), in ms; 0 turns the loop off. */
  checkIntervalMs: number;
  /** How often the routing snapshot is re-read from the database, for changes made by another gateway replica. */
  refreshIntervalMs: number;
}

export const REGISTRY_OPTIONS = Symbol('REGISTRY_OPTIONS');
export const NODE_CHECKER = Symbol('NODE_CHECKER');

/** How often DOWN nodes are checked again (at most; never more often than every node is). */
const DOWN_RECHECK_MS = 1_000;

/** Who acts when the gateway itself changes the registry (seeding, periodic checks). */
const GATEWAY_ACTOR = { userId: 'kyodo-gateway', orgId: null } as const;

/**
 * The consortium's member and node registry, and the routing snapshot built from it. Every
 * change here takes effect for routing at once in this process (the snapshot is rebuilt after
 * the write commits); other gateway replicas pick it up on their next refresh.
 */
@Injectable()
export class RegistryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Registry');
  private timers: NodeJS.Timeout[] = [];
  private checking?: Promise<void>;
  private checkingDown?: Promise<void>;
  private refreshesStarted = 0;
  private refreshApplied = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    readonly directory: RegistryNodeDirectory,
    @Inject(NODE_CHECKER) private readonly checker: NodeChecker,
    @Inject(REGISTRY_OPTIONS) private readonly options: RegistryOptions,
    /** Absent when the gateway has no Keycloak admin credentials: then suspension acts on routing and gateway access only. */
    @Optional() @Inject(MEMBER_IDENTITY_ADMIN) private readonly identity?: MemberIdentityAdmin,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.dataSource.isInitialized) return; // built only to print the schema
    await this.seed(this.options.seed);
    await this.refresh();
    if (this.options.checkIntervalMs > 0) {
      void this.checkAll();
      this.timers.push(setInterval(() => void this.checkAll(), this.options.checkIntervalMs).unref());
      // A DOWN node gets no traffic until a check passes: look at it more often, so it is routed to within a second of being back.
      this.timers.push(setInterval(() => void this.checkDown(), Math.min(this.options.checkIntervalMs, DOWN_RECHECK_MS)).unref());
    }
    if (this.options.refreshIntervalMs > 0)
      this.timers.push(setInterval(() => void this.refresh().catch(() => undefined), this.options.refreshIntervalMs).unref());
  }

  async onModuleDestroy(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await Promise.all([this.checking, this.checkingDown]);
  }

  /** Re-reads members and nodes and swaps the routing snapshot. */
  /**
   * Re-reads members and nodes and swaps the routing snapshot. Both are read in one
   * REPEATABLE READ transaction, so a snapshot never holds a member's new nodes without the
   * member; and a refresh that started earlier (the periodic one, say) never replaces the
   * snapshot of one that started later, whichever finishes last.
   */
  async refresh(): Promise<void> {
    const generation = ++this.refreshesStarted;
    const [members, nodes] = await this.dataSource.transaction(
      'REPEATABLE READ',
      async (manager) => [await manager.find(MemberEntity), await manager.find(MemberNodeEntity)] as const,
    );
    if (generation < this.refreshApplied) return;
    this.refreshApplied = generation;
    this.directory.replace(new RoutingSnapshot(members, nodes));
  }

  members(): Promise<MemberEntity[]> {
    return this.dataSource.getRepository(MemberEntity).find({ order: { id: 'ASC' } });
  }

  async member(id: string): Promise<MemberEntity> {
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ id });
    if (!member) throw new RegistryError('MEMBER_NOT_FOUND', `No member "${id}".`);
    return member;
  }

  nodes(orgId?: string): Promise<MemberNodeEntity[]> {
    return this.dataSource
      .getRepository(MemberNodeEntity)
      .find({ where: orgId ? { orgId } : {}, order: { orgId: 'ASC', subgraph: 'ASC' } });
  }

  /**
   * Registry entry only, for a member whose identity and nodes are set up by hand: it gets every
   * feature (CORPORATE_EXPANDED). onboardMember is the full path with an operating form.
   */
  async registerMember(input: RegisterMemberInput, actor: AuthContext): Promise<MemberEntity> {
    try {
      return await this.write(actor, 'member.register', 'Member', async (manager) => {
        const form = OperatingForm.CORPORATE_EXPANDED;
        // insert, not save: save() on an existing id updates that member (un-suspending it, resetting its features).
        await manager.insert(MemberEntity, {
          ...input,
          status: MemberStatus.ACTIVE,
          prefecture: null,
          operatingForm: form,
          features: [...FEATURES_BY_FORM[form]],
          partnerOperatorId: null,
          keycloakOrganizationId: null,
        });
        const member = await manager.findOneByOrFail(MemberEntity, { id: input.id });
        await startChecklist(manager, member.id);
        return { result: member, entityId: member.id, detail: { after: input } };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'members_pkey')) throw new RegistryError('MEMBER_EXISTS', `Member "${input.id}" is already registered.`);
      throw error;
    }
  }

  /**
   * Suspends or resumes a member: routing to its nodes and its users' access through the gateway
   * follow the registry at once; its Keycloak organization is disabled / enabled, and its partner
   * operator's staff lose / regain `operator_for` it, inside the registry transaction (a Keycloak
   * failure rolls the change back; a failed commit after the Keycloak change switches both back).
   * Its data stays on its nodes.
   */
  async setMemberStatus(id: string, status: MemberStatus, actor: AuthContext): Promise<MemberEntity> {
    let switched: { organizationId: string; enabled: boolean } | undefined;
    let operatorSwitched: boolean | undefined;
    try {
      return await this.write(actor, 'member.status', 'Member', async (manager) => {
        const member = await manager.findOne(MemberEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!member) throw new RegistryError('MEMBER_NOT_FOUND', `No member "${id}".`);
        const before = member.status;
        member.status = status;
        const saved = await manager.save(member);
        const enabled = status === MemberStatus.ACTIVE;
        // A member registered without onboarding has no organization the gateway knows of.
        if (before !== status && this.identity && member.keycloakOrganizationId) {
          await this.identity.setOrganizationEnabled(member.keycloakOrganizationId, enabled);
          switched = { organizationId: member.keycloakOrganizationId, enabled };
        }
        // Its operator's staff stop (or again) carrying it in operator_for; a seeded member may have its group too.
        let operatorAccess = 'none';
        if (before !== status && this.identity && member.partnerOperatorId) {
          if (await this.identity.setOperatorAccess(id, enabled)) {
            operatorSwitched = enabled;
            operatorAccess = enabled ? 'restored' : 'revoked';
          }
        }
        return {
          result: saved,
          entityId: id,
          detail: {
            from: before,
            to: status,
            keycloakOrganization: switched ? (switched.enabled ? 'enabled' : 'disabled') : 'unchanged',
            operatorAccess,
          },
        };
      });
    } catch (error) {
      const undo = switched;
      if (undo && this.identity) {
        await this.identity
          .setOrganizationEnabled(undo.organizationId, !undo.enabled)
          .catch((failure: unknown) =>
            this.logger.error(`Could not switch Keycloak organization ${undo.organizationId} back: ${String(failure)}`),
          );
      }
      const undoOperator = operatorSwitched;
      if (undoOperator !== undefined && this.identity) {
        await this.identity
          .setOperatorAccess(id, !undoOperator)
          .catch((failure: unknown) => this.logger.error(`Could not switch the operator's access to ${id} back: ${String(failure)}`));
      }
      throw error;
    }
  }

  /** Registers a node as PENDING and checks it at once: it gets traffic only if the check passes. */
  async registerNode(input: RegisterNodeInput, actor: AuthContext): Promise<MemberNodeEntity> {
    let node: MemberNodeEntity;
    try {
      node = await this.write(actor, 'node.register', 'MemberNode', async (manager) => {
        if (!(await manager.existsBy(MemberEntity, { id: input.orgId })))
          throw new RegistryError('MEMBER_NOT_FOUND', `No member "${input.orgId}": register the member first.`);
        const saved = await manager.save(
          manager.create(MemberNodeEntity, { ...input, timeoutMs: input.timeoutMs ?? null, status: NodeStatus.PENDING }),
        );
        return { result: saved, entityId: saved.id, detail: { after: input } };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'member_nodes_one_per_subgraph')) {
        throw new RegistryError('NODE_EXISTS', `Org "${input.orgId}" already has a ${input.subgraph} node; update it instead.`);
      }
      throw error;
    }
    return this.checkNode(node.id);
  }

  updateNode(input: UpdateNodeInput, actor: AuthContext): Promise<MemberNodeEntity> {
    return this.write(actor, 'node.update', 'MemberNode', async (manager) => {
      const node = await manager.findOne(MemberNodeEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!node) throw new RegistryError('NODE_NOT_FOUND', `No node ${input.id}.`);
      const before = { url: node.url, timeoutMs: node.timeoutMs, status: node.status };
      // A field left out or sent as null keeps its value: a node always has a URL and a timeout.
      if (input.timeoutMs != null) node.timeoutMs = input.timeoutMs;
      if (input.url != null && input.url !== node.url) {
        node.url = input.url;
        if (node.status !== NodeStatus.DISABLED) node.status = NodeStatus.PENDING;
        // The members hosted on this org's nodes move with them; the next check lets them back in.
        await manager.query(
          `UPDATE member_nodes SET url = $1, status = CASE WHEN status = 'DISABLED' THEN status ELSE 'PENDING' END, updated_at = now()
            WHERE subgraph = $2 AND org_id IN (SELECT id FROM members WHERE hosted_by = $3)`,
          [input.url, node.subgraph, node.orgId],
        );
      }
      if (input.enabled === false) node.status = NodeStatus.DISABLED;
      if (input.enabled === true && node.status === NodeStatus.DISABLED) node.status = NodeStatus.PENDING;
      const saved = await manager.save(node);
      return {
        result: saved,
        entityId: node.id,
        detail: { before, after: { url: node.url, timeoutMs: node.timeoutMs, status: node.status } },
      };
    }).then((node) => (node.status === NodeStatus.PENDING ? this.checkNode(node.id) : node));
  }

  /** Checks one node now and records the outcome; routing follows at once. */
  async checkNode(id: string): Promise<MemberNodeEntity> {
    const node = await this.dataSource.getRepository(MemberNodeEntity).findOneBy({ id });
    if (!node) throw new RegistryError('NODE_NOT_FOUND', `No node ${id}.`);
    const saved = await this.record(node, await this.checker.check(node, await this.hostOf(node.orgId)));
    await this.refresh();
    return saved;
  }

  /** One round over every node that is not disabled; overlapping rounds are skipped. */
  checkAll(): Promise<void> {
    this.checking ??= this.checkRound((n) => n.status !== NodeStatus.DISABLED).finally(() => (this.checking = undefined));
    return this.checking;
  }

  /** A round over the DOWN nodes only, on its own (a hung node's check must not hold up the full rounds, nor they this). */
  private checkDown(): Promise<void> {
    if (!NODE_SUBGRAPHS.some((subgraph) => this.directory.downNodes(subgraph).length > 0)) return Promise.resolve();
    this.checkingDown ??= this.checkRound((n) => n.status === NodeStatus.DOWN).finally(() => (this.checkingDown = undefined));
    return this.checkingDown;
  }

  private async checkRound(which: (node: MemberNodeEntity) => boolean): Promise<void> {
    try {
      const nodes = (await this.nodes()).filter(which);
      const hosts = await this.hosts();
      const results = await Promise.all(nodes.map(async (node) => [node, await this.checker.check(node, hosts.get(node.orgId))] as const));
      const changed = results.filter(([node, result]) => node.status !== result.status);
      await Promise.all(results.map(([node, result]) => this.record(node, result)));
      if (changed.length > 0) await this.refresh();
    } catch (error) {
      this.logger.warn(`Node check round failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Hosted members and their hosts (whose nodes serve them). */
  private async hosts(): Promise<Map<string, string>> {
    const rows = await this.dataSource.getRepository(MemberEntity).find({ select: { id: true, hostedBy: true } });
    return new Map(rows.flatMap((m) => (m.hostedBy ? [[m.id, m.hostedBy] as const] : [])));
  }

  private async hostOf(orgId: string): Promise<string | null> {
    return (
      (await this.dataSource.getRepository(MemberEntity).findOne({ where: { id: orgId }, select: { hostedBy: true } }))?.hostedBy ?? null
    );
  }

  private async record(node: MemberNodeEntity, result: NodeCheckResult): Promise<MemberNodeEntity> {
    const statusChanged = node.status !== result.status;
    return this.dataSource.transaction(async (manager) => {
      // A status the admin set (DISABLED) or changed meanwhile is never overwritten by a check.
      const updated = await manager
        .createQueryBuilder()
        .update(MemberNodeEntity)
        .set({
          status: result.status,
          schemaHash: result.schemaHash,
          schemaProblem: result.schemaProblem,
          lastError: result.lastError,
          lastCheckedAt: result.checkedAt,
          ...(result.healthy ? { lastHealthyAt: result.checkedAt } : {}),
        })
        .where('id = :id AND status = :seen AND status <> :disabled', { id: node.id, seen: node.status, disabled: NodeStatus.DISABLED })
        .execute();
      if (statusChanged && updated.affected) {
        await appendAudit(manager, {
          actorId: GATEWAY_ACTOR.userId,
          actorOrgId: GATEWAY_ACTOR.orgId,
          action: 'node.check',
          entityType: 'MemberNode',
          entityId: node.id,
          detail: { from: node.status, to: result.status, schemaProblem: result.schemaProblem },
        });
        this.logger.log(
          `${node.orgId}/${node.subgraph}: ${node.status} -> ${result.status}${result.schemaProblem ? ` (${result.schemaProblem})` : ''}`,
        );
      }
      return manager.findOneByOrFail(MemberNodeEntity, { id: node.id });
    });
  }

  /** Configured nodes join a fresh registry as trusted; the registry decides from then on. */
  private async seed(seed: NodeUrlMap): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Partners first: a municipality-run member's partner operator must be registered before it.
      const dependsOnAnother = (orgId: string) =>
        Number(!!(this.options.seedForms?.[orgId]?.partnerOperatorId ?? this.options.seedForms?.[orgId]?.hostedBy));
      const entries = Object.entries(seed).sort(([a], [b]) => dependsOnAnother(a) - dependsOnAnother(b));
      for (const [orgId, urls] of entries) {
        const form = this.options.seedForms?.[orgId];
        const inserted: unknown[] = await manager.query(
          `INSERT INTO members (id, name, kind, status) VALUES ($1, $3, $2, 'ACTIVE') ON CONFLICT (id) DO NOTHING RETURNING id`,
          [orgId, MemberKind.MUNICIPALITY, form?.name ?? orgId],
        );
        if (inserted.length > 0 && form) {
          const delegating = form.operatingForm === OperatingForm.MUNICIPALITY_RUN;
          await manager.query(
            `UPDATE members SET operating_form = $2, features = $3, partner_operator_id = $4, delegated_functions = $5, operator_confirmations = $6,
               placement = $7, hosted_by = $8 WHERE id = $1`,
            [
              orgId,
              form.operatingForm,
              [...FEATURES_BY_FORM[form.operatingForm]],
              delegating ? (form.partnerOperatorId ?? null) : null,
              delegating ? [...DEFAULT_DELEGATED_FUNCTIONS] : [],
              delegating ? [...DEFAULT_OPERATOR_CONFIRMATIONS] : [],
              form.hostedBy ? MemberPlacement.HOSTED : MemberPlacement.OWN_NODES,
              form.hostedBy ?? null,
            ],
          );
        }
        await startChecklist(manager, orgId);
        for (const [subgraph, url] of Object.entries(urls)) {
          await manager.query(
            `INSERT INTO member_nodes (org_id, subgraph, url, status) VALUES ($1, $2, $3, 'ACTIVE') ON CONFLICT ON CONSTRAINT member_nodes_one_per_subgraph DO NOTHING`,
            [orgId, subgraph, url],
          );
        }
      }
    });
  }

  /** A registry change and its audit entry commit together; routing follows once committed. */
  private async write<T>(
    actor: AuthContext,
    action: string,
    entityType: string,
    change: (manager: EntityManager) => Promise<{ result: T; entityId: string; detail: Record<string, unknown> }>,
  ): Promise<T> {
    const result = await this.dataSource.transaction(async (manager) => {
      const { result, entityId, detail } = await change(manager);
      await appendAudit(manager, { actorId: actor.userId, actorOrgId: actor.orgId, action, entityType, entityId, detail });
      return result;
    });
    await this.refresh();
    return result;
  }
}
