import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthContext, hasAnyRole, Role } from '@kyodo/auth';
import { appendAudit, isUniqueViolation } from '@kyodo/database';
import { DEFAULT_DELEGATED_FUNCTIONS, DEFAULT_OPERATOR_CONFIRMATIONS, NODE_SUBGRAPHS } from '@kyodo/domain';
import { MEMBER_IDENTITY_ADMIN, MemberIdentityAdmin, ProvisionedIdentity } from '../registry/member-identity';
import { MemberEntity } from '../registry/member.entity';
import { MemberNodeEntity } from '../registry/member-node.entity';
import { NodeChecker, NodeCheckResult } from '../registry/node-checker';
import { canActAsPartnerOperator, FEATURES_BY_FORM, OperatingForm } from '../registry/operating-form';
import { RegistryError } from '../registry/registry.errors';
import { MemberPlacement, MemberStatus, NodeStatus } from '../registry/registry.enums';
import { NODE_CHECKER, RegistryService } from '../registry/registry.service';
import { ChecklistItemEntity } from './checklist-item.entity';
import { CHECKLIST_TEMPLATE, checklistDefinition, ChecklistItemCode, startChecklist } from './checklist.catalogue';
import { OnboardMemberInput, OnboardNodeInput } from './dto/onboard-member.input';
import { OnboardingEntity, OnboardingStatus } from './onboarding.entity';
import { OnboardingError } from './onboarding.errors';
import { StarterDataSeeder } from './starter-data.seeder';

export const STARTER_DATA_SEEDER = Symbol('STARTER_DATA_SEEDER');

/** A municipality-run member is hosted on its partner operator's nodes unless it says it runs its own. */
export function placementOf(input: Pick<OnboardMemberInput, 'placement' | 'operatingForm'>): MemberPlacement {
  return input.placement ?? (input.operatingForm === OperatingForm.MUNICIPALITY_RUN ? MemberPlacement.HOSTED : MemberPlacement.OWN_NODES);
}

type CheckedNode = { input: OnboardNodeInput; result: NodeCheckResult };

/**
 * 受入れ: the joint support body brings a member in, in this order —
 *
 * 1. validate everything and check every node (health, identity, schema fit) while nothing is
 *    written anywhere; a bad input or a failing node stops here. A hosted member (the default for
 *    a municipality-run one) brings no nodes: its partner operator's registered nodes are
 *    checked for it, and must say they host it (the operator lists it in HOSTED_ORG_IDS);
 * 2. create the Keycloak organization, first org-admin and identity-provider link, and for a
 *    municipality-run member the group `operators-of-<member>` through which its partner
 *    operator's directors and org-admins act for it (operator_for; removed again by compensation
 *    if a later step fails);
 * 3. one registry transaction: member (with its form's feature set), its nodes (ACTIVE, as they
 *    passed their check), the onboarding row and checklist, and their audit entries; routing
 *    takes the member in when it commits; a failed commit removes the Keycloak objects;
 * 4. seed the starter data into the member's nodes; a failure there leaves the member in place
 *    with status SEEDING_FAILED and the reason, and seedStarterData runs it again.
 */
@Injectable()
export class OnboardingService {
  private readonly logger = new Logger('Onboarding');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: RegistryService,
    @Inject(NODE_CHECKER) private readonly checker: NodeChecker,
    @Inject(STARTER_DATA_SEEDER) private readonly seeder: StarterDataSeeder,
    @Optional() @Inject(MEMBER_IDENTITY_ADMIN) private readonly identity?: MemberIdentityAdmin,
  ) {}

  async onboard(input: OnboardMemberInput, actor: AuthContext): Promise<OnboardingEntity> {
    if (!this.identity)
      throw new RegistryError(
        'IDENTITY_NOT_CONFIGURED',
        "The gateway has no Keycloak admin credentials (KEYCLOAK_ADMIN_CLIENT_SECRET), so it cannot create the member's organization.",
      );
    await this.checkMemberFits(input);
    const placement = placementOf(input);
    const nodes = await this.checkNodes(input, placement);

    const identity = await this.identity.provision({
      orgId: input.id,
      name: input.name,
      domain: input.domain,
      firstAdmin: input.firstAdmin,
      identityProvider: input.identityProvider,
      partnerOperatorId: input.partnerOperatorId,
    });
    try {
      await this.dataSource.transaction((manager) => this.register(manager, input, placement, nodes, identity, actor));
    } catch (error) {
      await this.identity.deprovision(identity);
      if (isUniqueViolation(error, 'members_pkey')) throw new RegistryError('MEMBER_EXISTS', `Member "${input.id}" is already registered.`);
      throw error;
    }
    await this.registry.refresh();

    const onboarding = await this.seedStarterData(input.id, actor);
    onboarding.temporaryPassword = identity.temporaryPassword;
    return onboarding;
  }

  /** Writes (again) the starter data into the member's nodes; idempotent. */
  async seedStarterData(orgId: string, actor: AuthContext): Promise<OnboardingEntity> {
    const onboarding = await this.dataSource.getRepository(OnboardingEntity).findOneBy({ orgId });
    if (!onboarding) throw new OnboardingError('ONBOARDING_NOT_FOUND', `Member "${orgId}" was not onboarded through onboardMember.`);
    const training = await this.dataSource.getRepository(MemberNodeEntity).findOneBy({ orgId, subgraph: 'training' });
    let outcome: { status: OnboardingStatus; problem: string | null; detail: Record<string, unknown> };
    try {
      if (!training) throw new Error('the member has no training node');
      const seeded = await this.seeder.seed({ orgId, trainingUrl: training.url }, actor.token);
      outcome = { status: OnboardingStatus.COMPLETED, problem: null, detail: { ...seeded } };
    } catch (error) {
      const problem = `Seeding ${orgId}'s training node failed: ${error instanceof Error ? error.message : String(error)}`;
      this.logger.warn(problem);
      outcome = { status: OnboardingStatus.SEEDING_FAILED, problem, detail: { problem } };
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.update(
        OnboardingEntity,
        { orgId },
        {
          status: outcome.status,
          problem: outcome.problem,
          ...(outcome.status === OnboardingStatus.COMPLETED ? { seededAt: new Date() } : {}),
        },
      );
      await this.audit(manager, actor, 'onboarding.seed', 'Onboarding', orgId, { status: outcome.status, ...outcome.detail });
      return manager.findOneByOrFail(OnboardingEntity, { orgId });
    });
  }

  onboarding(orgId: string): Promise<OnboardingEntity | null> {
    return this.dataSource.getRepository(OnboardingEntity).findOneBy({ orgId });
  }

  checklist(orgId: string): Promise<ChecklistItemEntity[]> {
    const order = CHECKLIST_TEMPLATE.map((item) => item.code);
    return this.dataSource
      .getRepository(ChecklistItemEntity)
      .findBy({ orgId })
      .then((items) => items.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code)));
  }

  /** Ticks or unticks an item, by a role the item names (member roles: of that member only); audited. */
  async setChecklistItem(orgId: string, code: ChecklistItemCode, done: boolean, actor: AuthContext): Promise<ChecklistItemEntity> {
    const definition = checklistDefinition(code);
    const allowed = definition.tickableBy.some((role) =>
      role === Role.ConsortiumAdmin ? hasAnyRole(actor, [role]) : actor.orgId === orgId && hasAnyRole(actor, [role]),
    );
    if (!allowed)
      throw new OnboardingError(
        'CHECKLIST_ROLE_REFUSED',
        `"${code}" is ticked by ${definition.tickableBy.join(' or ')}${definition.tickableBy.includes(Role.ConsortiumAdmin) ? '' : ` of ${orgId}`}.`,
      );
    return this.dataSource.transaction(async (manager) => {
      const item = await manager.findOne(ChecklistItemEntity, { where: { orgId, code }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw new OnboardingError('ONBOARDING_NOT_FOUND', `Member "${orgId}" has no onboarding checklist.`);
      const before = item.done;
      item.doneAt = done ? (item.doneAt ?? new Date()) : null;
      item.doneBy = done ? (item.doneBy ?? actor.username) : null;
      const saved = await manager.save(item);
      await this.audit(manager, actor, 'onboarding.checklist', 'OnboardingChecklistItem', `${orgId}/${code}`, { from: before, to: done });
      return saved;
    });
  }

  /** The registry rules an onboarding must meet, checked before anything is written. */
  private async checkMemberFits(input: OnboardMemberInput): Promise<void> {
    const members = this.dataSource.getRepository(MemberEntity);
    if (await members.existsBy({ id: input.id })) throw new RegistryError('MEMBER_EXISTS', `Member "${input.id}" is already registered.`);
    const municipalityRun = input.operatingForm === OperatingForm.MUNICIPALITY_RUN;
    if (!municipalityRun) {
      if (input.partnerOperatorId)
        throw new OnboardingError(
          'PARTNER_INVALID',
          `Only a municipality-run member names a partner operator; ${input.operatingForm} contracts and pays itself.`,
        );
      return;
    }
    if (!input.partnerOperatorId)
      throw new OnboardingError(
        'PARTNER_INVALID',
        'A municipality-run member contracts and pays through a partner operator: name it (partnerOperatorId).',
      );
    const partner = await members.findOneBy({ id: input.partnerOperatorId });
    if (!partner || partner.status !== MemberStatus.ACTIVE || !canActAsPartnerOperator(partner.features)) {
      throw new OnboardingError(
        'PARTNER_INVALID',
        `"${input.partnerOperatorId}" is not an active member that contracts, invoices and pays itself, so it cannot be the partner operator.`,
      );
    }
  }

  /**
   * One node per subgraph, each healthy, the node it claims to be (or its host's node, hosting
   * it), and with a fitting schema.
   */
  private async checkNodes(input: OnboardMemberInput, placement: MemberPlacement): Promise<CheckedNode[]> {
    const given = placement === MemberPlacement.HOSTED ? await this.hostNodes(input) : (input.nodes ?? []);
    const subgraphs = given.map((n) => n.subgraph).sort();
    if (subgraphs.join() !== [...NODE_SUBGRAPHS].sort().join()) {
      throw new OnboardingError(
        'NODES_INCOMPLETE',
        `Give exactly one node for each of ${NODE_SUBGRAPHS.join(', ')} (got ${subgraphs.join(', ') || 'none'}).`,
      );
    }
    const checked = await Promise.all(
      given.map(async (node) => ({
        input: node,
        result: await this.checker.check(
          {
            orgId: input.id,
            subgraph: node.subgraph,
            url: node.url,
            status: NodeStatus.PENDING,
            schemaHash: null,
            schemaProblem: null,
          },
          placement === MemberPlacement.HOSTED ? input.partnerOperatorId : null,
        ),
      })),
    );
    const failing = checked.filter(({ result }) => result.status !== NodeStatus.ACTIVE || !result.healthy);
    if (failing.length > 0) {
      const problems = failing.map(
        ({ input: node, result }) => `${node.subgraph} at ${node.url}: ${result.schemaProblem ?? result.lastError ?? 'not healthy'}`,
      );
      throw new OnboardingError('NODE_CHECK_FAILED', `Nodes failed their check, so nothing was set up: ${problems.join('; ')}.`, {
        problems,
      });
    }
    return checked;
  }

  /**
   * A hosted member's nodes: its partner operator's, as registered (the operator's own URLs).
   * Only a municipality-run member is hosted, on its partner operator, and it gives no nodes.
   */
  private async hostNodes(input: OnboardMemberInput): Promise<OnboardNodeInput[]> {
    if (input.operatingForm !== OperatingForm.MUNICIPALITY_RUN || !input.partnerOperatorId)
      throw new OnboardingError(
        'PLACEMENT_INVALID',
        `Only a municipality-run member is hosted, on its partner operator's nodes; ${input.operatingForm} runs its own nodes.`,
      );
    if (input.nodes?.length)
      throw new OnboardingError(
        'PLACEMENT_INVALID',
        `A hosted member runs no nodes of its own: give none (its host ${input.partnerOperatorId}'s serve it).`,
      );
    const hostNodes = await this.dataSource.getRepository(MemberNodeEntity).findBy({ orgId: input.partnerOperatorId });
    return hostNodes.map((node) =>
      Object.assign(new OnboardNodeInput(), { subgraph: node.subgraph, url: node.url, timeoutMs: node.timeoutMs ?? undefined }),
    );
  }

  private async register(
    manager: EntityManager,
    input: OnboardMemberInput,
    placement: MemberPlacement,
    nodes: CheckedNode[],
    identity: ProvisionedIdentity,
    actor: AuthContext,
  ): Promise<void> {
    const features = [...FEATURES_BY_FORM[input.operatingForm]];
    const member = manager.create(MemberEntity, {
      id: input.id,
      name: input.name,
      kind: input.kind,
      status: MemberStatus.ACTIVE,
      prefecture: input.prefecture,
      operatingForm: input.operatingForm,
      features,
      partnerOperatorId: input.partnerOperatorId ?? null,
      placement,
      hostedBy: placement === MemberPlacement.HOSTED ? (input.partnerOperatorId ?? null) : null,
      // The operators' starred function list and its default confirmations (libs/domain delegation.ts).
      delegatedFunctions: input.partnerOperatorId ? [...DEFAULT_DELEGATED_FUNCTIONS] : [],
      operatorConfirmations: input.partnerOperatorId ? [...DEFAULT_OPERATOR_CONFIRMATIONS] : [],
      keycloakOrganizationId: identity.organizationId,
    });
    await manager.insert(MemberEntity, member);
    await this.audit(manager, actor, 'member.onboard', 'Member', input.id, {
      after: {
        name: input.name,
        kind: input.kind,
        prefecture: input.prefecture,
        operatingForm: input.operatingForm,
        features,
        partnerOperatorId: member.partnerOperatorId,
        placement,
        hostedBy: member.hostedBy,
        delegatedFunctions: member.delegatedFunctions,
        operatorConfirmations: member.operatorConfirmations,
      },
      keycloak: {
        organizationId: identity.organizationId,
        firstAdmin: input.firstAdmin.username,
        identityProvider: identity.identityProviderAlias,
        // Who of the operator's staff may act for the member (their tokens name it in operator_for).
        operatorAccess: identity.operatorAccess ? { group: identity.operatorAccess.groupName, staff: identity.operatorAccess.staff } : null,
      },
    });
    for (const { input: node, result } of nodes) {
      const saved = await manager.save(
        manager.create(MemberNodeEntity, {
          orgId: input.id,
          subgraph: node.subgraph,
          url: node.url,
          timeoutMs: node.timeoutMs ?? null,
          status: NodeStatus.ACTIVE,
          schemaHash: result.schemaHash,
          schemaProblem: null,
          lastError: result.lastError,
          lastCheckedAt: result.checkedAt,
          lastHealthyAt: result.checkedAt,
        }),
      );
      await this.audit(manager, actor, 'node.register', 'MemberNode', saved.id, {
        after: { orgId: input.id, subgraph: node.subgraph, url: node.url },
        check: { status: result.status, schemaHash: result.schemaHash },
      });
    }
    await manager.insert(OnboardingEntity, {
      orgId: input.id,
      status: OnboardingStatus.SEEDING,
      firstAdminUsername: input.firstAdmin.username,
      identityProviderAlias: identity.identityProviderAlias,
    });
    await startChecklist(manager, input.id);
    await this.audit(manager, actor, 'onboarding.checklist.seed', 'Onboarding', input.id, {
      items: CHECKLIST_TEMPLATE.map((item) => item.code),
    });
  }

  private audit(
    manager: EntityManager,
    actor: AuthContext,
    action: string,
    entityType: string,
    entityId: string,
    detail: Record<string, unknown>,
  ): Promise<void> {
    return appendAudit(manager, { actorId: actor.userId, actorOrgId: actor.orgId, action, entityType, entityId, detail });
  }
}
