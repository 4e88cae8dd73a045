import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { PdfFile } from '@kyodo/pdf';
import { OrgNode } from '@kyodo/subgraph';
import { CertificatesService } from './certificates.service';
import { CertificateArgs } from './dto/certificate.args';

/** The worker role reaches only the caller's own certificates (CertificatesService checks it). */
@Resolver()
export class CertificatesResolver {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => PdfFile, { description: '就労証明書: approved days and hours per month of a period, as a PDF.' })
  workCertificate(@Args() { orgId, ...request }: CertificateArgs, @CurrentAuth() auth: AuthContext): Promise<PdfFile> {
    return this.certificates.workCertificate(this.node.resolve(orgId), request, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => PdfFile, { description: '支払証明書: pay per closed month of a period, before and after withholding tax, as a PDF.' })
  paymentCertificate(@Args() { orgId, ...request }: CertificateArgs, @CurrentAuth() auth: AuthContext): Promise<PdfFile> {
    return this.certificates.paymentCertificate(this.node.resolve(orgId), request, auth);
  }
}
