import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isUniqueViolation } from '@kyodo/database';
import { WorkerEntity } from '../workers/worker.entity';
import { WorkersError } from '../workers/workers.errors';
import { InvitationMail } from './invitation-mail';
import type { LoginInvitation } from './login-invitation.model';
import { LOGIN_DIRECTORY, type LoginDirectory, type OrgLogin } from './login-directory';
import { LoginsError } from './logins.errors';
import type { InviteStaffLoginInput } from './dto/invite-staff-login.input';
import type { StaffLogin } from './staff-login.model';
import { REALM_ROLE_OF, StaffRole, staffRoleOf } from './staff-role.enum';

/**
 * Logins of the member's people, made and changed by its org admin through the member's Keycloak
 * organization. Keycloak ids stay on the server: the console names a worker by the worker record
 * and a staff login by its username.
 */
@Injectable()
export class LoginsService {
  constructor(
    @InjectRepository(WorkerEntity) private readonly workers: Repository<WorkerEntity>,
    @Inject(LOGIN_DIRECTORY) private readonly directory: LoginDirectory | null,
    private readonly mail: InvitationMail,
  ) {}

  /**
   * Invites a registered worker: a login in the org's organization with the worker role, linked
   * to the record, and the invitation mailed. Checked before Keycloak is asked; the Keycloak user
   * is removed again when the link cannot be stored.
   */
  async inviteWorker(orgId: string, workerId: string, actor: AuthContext): Promise<LoginInvitation> {
    const directory = this.requireDirectory();
    const worker = await this.workers.findOneBy({ orgId, id: workerId });
    if (!worker) throw new WorkersError('WORKER_NOT_FOUND', `No worker ${workerId} in ${orgId}.`);
    if (worker.userId) throw new LoginsError('WORKER_ALREADY_HAS_LOGIN', 'The worker already has a login.');
    if (!worker.email) throw new LoginsError('WORKER_HAS_NO_EMAIL', 'Register the worker’s e-mail address first.');
    const created = await directory.create(orgId, {
      email: worker.email,
      familyName: worker.familyName,
      givenName: worker.givenName,
      role: 'worker',
    });
    let linked: WorkerEntity;
    try {
      linked = await this.workers.manager.transaction(async (manager) => {
        // Locked and checked again: a second invitation racing this one finds the link made.
        const rows: { user_id: string | null }[] = await manager.query(
          `SELECT user_id FROM workers WHERE org_id = $1 AND id = $2 FOR UPDATE`,
          [orgId, workerId],
        );
        if (rows.length === 0 || rows[0].user_id) throw new LoginsError('WORKER_ALREADY_HAS_LOGIN', 'The worker already has a login.');
        await manager.query(`UPDATE workers SET user_id = $3 WHERE org_id = $1 AND id = $2`, [orgId, workerId, created.userId]);
        await appendAudit(manager, {
          actorId: actor.userId,
          actorOrgId: actor.orgId,
          action: 'login.invite',
          entityType: 'Worker',
          entityId: workerId,
          detail: { username: created.username, role: 'worker' },
        });
        return manager.findOneByOrFail(WorkerEntity, { orgId, id: workerId });
      });
    } catch (error) {
      await directory.remove(orgId, created.userId);
      if (isUniqueViolation(error, 'workers_org_user'))
        throw new WorkersError('USER_ALREADY_LINKED', 'Another worker is linked to that login.');
      throw error;
    }
    return { ...(await this.deliver(worker.email, created)), worker: linked };
  }

  async staff(orgId: string): Promise<StaffLogin[]> {
    const logins = await this.requireDirectory().staff(orgId);
    return logins.map(toStaffLogin).sort((a, b) => a.username.localeCompare(b.username));
  }

  async inviteStaff(orgId: string, input: InviteStaffLoginInput, actor: AuthContext): Promise<LoginInvitation> {
    const directory = this.requireDirectory();
    const created = await directory.create(orgId, {
      email: input.email,
      familyName: input.familyName,
      givenName: input.givenName,
      role: REALM_ROLE_OF[input.role],
    });
    try {
      await this.audit(actor, 'login.invite', created.username, { role: input.role });
    } catch (error) {
      await directory.remove(orgId, created.userId);
      throw error;
    }
    const staffLogin: StaffLogin = {
      username: created.username,
      email: input.email,
      familyName: input.familyName,
      givenName: input.givenName,
      role: input.role,
      enabled: true,
    };
    return { ...(await this.deliver(input.email, created)), staffLogin };
  }

  async setRole(orgId: string, username: string, role: StaffRole, actor: AuthContext): Promise<StaffLogin> {
    const login = await this.staffMember(orgId, username, actor);
    const from = staffRoleOf(login.roles);
    if (from !== role) {
      await this.requireDirectory().setRole(orgId, login.userId, REALM_ROLE_OF[role]);
      await this.audit(actor, 'login.role', login.username, { from, to: role });
    }
    return { ...toStaffLogin(login), role };
  }

  async setEnabled(orgId: string, username: string, enabled: boolean, actor: AuthContext): Promise<StaffLogin> {
    const login = await this.staffMember(orgId, username, actor);
    if (login.enabled !== enabled) {
      await this.requireDirectory().setEnabled(orgId, login.userId, enabled);
      await this.audit(actor, enabled ? 'login.enable' : 'login.disable', login.username, {});
    }
    return { ...toStaffLogin(login), enabled };
  }

  /** A staff login of this org only; the caller's own login is not changed here (no org is left without an admin by mistake). */
  private async staffMember(orgId: string, username: string, actor: AuthContext): Promise<OrgLogin> {
    const login = await this.requireDirectory().member(orgId, username);
    if (!login || staffRoleOf(login.roles) === null) throw new LoginsError('LOGIN_NOT_FOUND', `No staff login ${username} in ${orgId}.`);
    if (login.userId === actor.userId) throw new LoginsError('OWN_LOGIN_UNCHANGEABLE', 'Another org admin changes your own login.');
    return login;
  }

  private async deliver(
    to: string,
    created: { username: string; temporaryPassword: string },
  ): Promise<Pick<LoginInvitation, 'mailed' | 'temporaryPassword'>> {
    const mailed = await this.mail.send({ to, username: created.username, temporaryPassword: created.temporaryPassword });
    return { mailed, temporaryPassword: mailed ? null : created.temporaryPassword };
  }

  private async audit(actor: AuthContext, action: string, username: string, detail: Record<string, unknown>): Promise<void> {
    await this.workers.manager.transaction((manager) =>
      appendAudit(manager, { actorId: actor.userId, actorOrgId: actor.orgId, action, entityType: 'Login', entityId: username, detail }),
    );
  }

  private requireDirectory(): LoginDirectory {
    if (!this.directory)
      throw new LoginsError('LOGINS_UNAVAILABLE', 'This node has no Keycloak admin credentials (KEYCLOAK_ADMIN_CLIENT_SECRET).');
    return this.directory;
  }
}

function toStaffLogin(login: OrgLogin): StaffLogin {
  return {
    username: login.username,
    email: login.email,
    familyName: login.familyName,
    givenName: login.givenName,
    role: staffRoleOf(login.roles) ?? StaffRole.DIRECTOR,
    enabled: login.enabled,
  };
}
