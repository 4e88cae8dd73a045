import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { PdfFile } from '@kyodo/pdf';
import { OrgNode } from '@kyodo/subgraph';
import { CompletionCertificateService } from './completion-certificate.service';
import { EnrollmentArgs } from './dto/enrollment.args';

/** The worker role reaches only the caller's own certificates (CompletionCertificateService checks it). */
@Resolver()
export class CompletionCertificateResolver {
  constructor(
    private readonly certificates: CompletionCertificateService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => PdfFile, {
    description: '修了証: certifies a completed enrollment (course, completion date, score, evaluation) as a PDF; audited.',
  })
  completionCertificate(@Args() { orgId, enrollmentId }: EnrollmentArgs, @CurrentAuth() auth: AuthContext): Promise<PdfFile> {
    return this.certificates.issue(this.node.resolve(orgId), enrollmentId, auth);
  }
}
