import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { PdfFile } from '@kyodo/pdf';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { CertificatesService } from '../certificates/certificates.service';
import { TimeEntryEntity } from '../time-entries/time-entry.entity';
import { MaskedBankAccount } from './bank-account.model';
import { BankAccountInput } from './dto/bank-account.input';
import { WorkerBankAccountArgs } from './dto/worker-bank-account.args';
import { MyCertificateArgs } from './dto/my-certificate.args';
import { MyTimeEntriesArgs } from './dto/my-time-entries.args';
import { SetMonthlyHourLimitArgs } from './dto/set-monthly-hour-limit.args';
import { UpdateMyProfileInput } from './dto/update-my-profile.input';
import { MeService } from './me.service';
import { MyAssignment } from './my-assignment.model';
import { MyProfile } from './my-profile.model';

/** The worker's own view: no ids from anyone, everything from the caller's token. */
@Resolver()
export class MeResolver {
  constructor(
    private readonly me: MeService,
    private readonly certificates: CertificatesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.Worker)
  @Query(() => [MyAssignment], { description: "The caller's own assignments, earliest period first, with what the work needs." })
  myAssignments(@Args() { orgId }: OrgArgs, @CurrentAuth() auth: AuthContext): Promise<MyAssignment[]> {
    return this.me.assignments(this.node.resolve(orgId), auth);
  }

  @Roles(Role.Worker)
  @Query(() => [TimeEntryEntity], {
    description: "The caller's own time entries, newest day first; a returned one carries the reason (reviewComment).",
  })
  myTimeEntries(@Args() { orgId, month }: MyTimeEntriesArgs, @CurrentAuth() auth: AuthContext): Promise<TimeEntryEntity[]> {
    return this.me.timeEntries(this.node.resolve(orgId), auth, month);
  }

  @Roles(Role.Worker)
  @Query(() => MyProfile, { description: "The caller's own profile." })
  myProfile(@Args() { orgId }: OrgArgs, @CurrentAuth() auth: AuthContext): Promise<MyProfile> {
    return this.me.profile(this.node.resolve(orgId), auth);
  }

  @Roles(Role.Worker)
  @Mutation(() => MyProfile, {
    description:
      "Changes the caller's contact details, weekly availability, monthly hour cap (within the member's limit) or consent; audited.",
  })
  updateMyProfile(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: UpdateMyProfileInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<MyProfile> {
    return this.me.updateProfile(this.node.resolve(orgId), auth, input);
  }

  @Roles(Role.Worker)
  @Mutation(() => MyProfile, { description: 'Sets the bank account the caller is paid to; stored encrypted, shown back masked; audited.' })
  setMyBankAccount(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: BankAccountInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<MyProfile> {
    return this.me.setBankAccount(this.node.resolve(orgId), auth, input);
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => MaskedBankAccount, {
    description: "Sets a worker's pay account from their signed form (org admin); stored encrypted, shown back masked; audited.",
  })
  setWorkerBankAccount(
    @Args() { orgId, workerId }: WorkerBankAccountArgs,
    @Args('input') input: BankAccountInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<MaskedBankAccount> {
    return this.me.setWorkerBankAccount(this.node.resolve(orgId), auth, workerId, input);
  }

  @Roles(Role.Worker)
  @Query(() => PdfFile, { description: "就労証明書 of the caller's own work." })
  async myWorkCertificate(@Args() { orgId, from, to }: MyCertificateArgs, @CurrentAuth() auth: AuthContext): Promise<PdfFile> {
    const org = this.node.resolve(orgId);
    const worker = await this.me.workerOf(org, auth);
    return this.certificates.workCertificate(org, { workerId: worker.id, from, to }, auth);
  }

  @Roles(Role.Worker)
  @Query(() => PdfFile, { description: "支払証明書 of the caller's own pay." })
  async myPaymentCertificate(@Args() { orgId, from, to }: MyCertificateArgs, @CurrentAuth() auth: AuthContext): Promise<PdfFile> {
    const org = this.node.resolve(orgId);
    const worker = await this.me.workerOf(org, auth);
    return this.certificates.paymentCertificate(org, { workerId: worker.id, from, to }, auth);
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => Int, { description: 'The most monthly hours a worker of the org may set for themself (0 to 200); audited.' })
  setWorkerMonthlyHourLimit(@Args() { orgId, limit }: SetMonthlyHourLimitArgs, @CurrentAuth() auth: AuthContext): Promise<number> {
    return this.me.setHourCapLimit(this.node.resolve(orgId), auth, limit);
  }
}
