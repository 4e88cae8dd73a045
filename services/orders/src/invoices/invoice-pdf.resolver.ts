import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@kyodo/auth';
import { PdfFile } from '@kyodo/pdf';
import { OrgNode } from '@kyodo/subgraph';
import { InvoiceIdArgs } from './dto/invoice-id.args';
import { InvoicePdfService } from './invoice-pdf.service';

@Resolver()
export class InvoicePdfResolver {
  constructor(
    private readonly pdf: InvoicePdfService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => PdfFile, {
    description:
      'The invoice or credit note as a PDF (請求書 / 適格返還請求書) with Japanese text; INVOICE_ISSUER_NOT_SET until setInvoiceSettings.',
  })
  invoicePdf(@Args() { orgId, id }: InvoiceIdArgs): Promise<PdfFile> {
    return this.pdf.render(this.node.resolve(orgId), id);
  }
}
