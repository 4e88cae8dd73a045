import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader, YenScalar } from '@kyodo/subgraph';
import { InvoiceLineEntity } from './invoice-line.entity';
import { InvoicesService } from './invoices.service';

@Resolver(() => InvoiceLineEntity)
export class InvoiceLinesResolver {
  constructor(private readonly invoicesService: InvoicesService) {}

  @ResolveField(() => YenScalar, {
    description: 'Yen before tax that credit notes took back from this line so far; 0 on credit note lines.',
  })
  creditedYen(@Parent() line: InvoiceLineEntity, @Context() context: object): Promise<bigint> {
    return requestLoader<string, bigint>(context, 'creditedByLine', async (lineIds) => {
      const credited = await this.invoicesService.creditedByLine(lineIds);
      return lineIds.map((id) => credited.get(id) ?? 0n);
    }).load(line.id);
  }
}
