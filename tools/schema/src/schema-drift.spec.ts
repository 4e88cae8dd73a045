import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { createServiceApp } from '@kyodo/subgraph';
import { OrdersAppModule } from '@kyodo/orders-service';
import { printAppSdl } from './print-app-sdl';
import { composeCommitted, printSubgraph, readCommitted, SUPERGRAPH_PATH } from './schema-files';
import { OFFLINE, SUBGRAPHS } from './subgraphs';

describe('committed schemas match the code', () => {
  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('%s SDL is what the code prints (run `npm run schema` after a change)', async (_name, source) => {
    expect(await printSubgraph(source)).toEqual(readCommitted(source.sdlPath));
  });

  it('the supergraph is what the committed subgraph SDL composes to', () => {
    expect(composeCommitted()).toEqual(readCommitted(SUPERGRAPH_PATH));
  });

  it('catches a changed resolver', async () => {
    @Resolver()
    class SneakyResolver {
      @Query(() => String, { description: 'Added without regenerating the SDL.' })
      sneakyField(): string {
        return 'x';
      }
    }
    @Module({
      imports: [OrdersAppModule.forRoot(OFFLINE)],
      providers: [SneakyResolver],
    })
    class ChangedOrdersModule {}

    const changed = await printAppSdl({ build: () => createServiceApp(ChangedOrdersModule, 'error') });
    const committed = readCommitted('services/orders/schema.graphql')!;
    expect(changed).not.toEqual(committed);
    expect(changed).toContain('sneakyField: String!');
    expect(committed).not.toContain('sneakyField');
  });
});
