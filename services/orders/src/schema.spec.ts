import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { OFFLINE_AUTH } from '@kyodo/auth';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { createServiceApp, printAppSubgraphSdl } from '@kyodo/subgraph';
import { OrdersAppModule } from './app.module';

const COMMITTED = readFileSync(join(__dirname, '../schema.graphql'), 'utf8');
const OFFLINE = { orgId: 'schema', databaseUrl: OFFLINE_DATABASE_URL, connectToDatabase: false, auth: OFFLINE_AUTH };

async function sdlOf(module: object): Promise<string> {
  const app = await createServiceApp(module, 'error');
  try {
    await app.init();
    return printAppSubgraphSdl(app);
  } finally {
    await app.close();
  }
}

describe('the schema drift check', () => {
  it('passes for the code as committed', async () => {
    expect(await sdlOf(OrdersAppModule.forRoot(OFFLINE))).toEqual(COMMITTED);
  });

  it('catches a changed resolver', async () => {
    @Resolver()
    class SneakyResolver {
      @Query(() => String, { description: 'Added without regenerating the SDL.' })
      sneakyField(): string {
        return 'x';
      }
    }
    @Module({ imports: [OrdersAppModule.forRoot(OFFLINE)], providers: [SneakyResolver] })
    class ChangedOrdersModule {}

    const changed = await sdlOf(ChangedOrdersModule);
    expect(changed).not.toEqual(COMMITTED);
    expect(changed).toContain('sneakyField: String!');
  });
});
