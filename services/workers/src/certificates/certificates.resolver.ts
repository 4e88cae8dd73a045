import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { PdfFile } from '@kyodo/pdf';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { CertificatesService } from './certificates.service';
import { CertificateIssuerModel } from './certificate-issuer.model';
import { CertificateArgs } from './dto/certificate.args';
import { SetCertificateIssuerInput } from './dto/set-certificate-issuer.input';

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

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => CertificateIssuerModel, {
    description:
      "The issuer block the org's certificates print (法人名, 所在地, 電話番号, 代表者): a town operated by another prints its partner operator's, with its registration number and the town's programme; otherwise the org's own, its name alone until set.",
  })
  async certificateIssuer(@Args() { orgId }: OrgArgs): Promise<CertificateIssuerModel> {
    const org = this.node.resolve(orgId);
    return { orgId: org, ...(await this.certificates.issuer(org)) };
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => CertificateIssuerModel, {
    description: "Records the org's legal name, address, phone and representative as its certificates print them; org admin; audited.",
  })
  async setCertificateIssuer(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: SetCertificateIssuerInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<CertificateIssuerModel> {
    const org = this.node.resolve(orgId);
    return { orgId: org, ...(await this.certificates.setIssuer(org, input, auth)) };
  }
}
