import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
const resolverAccess = require('./resolver-access.js');

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser as never } });

describe('kyodo/resolver-access', () => {
  // RuleTester runs its cases as tests of their own; this wrapper names the rule in the output.
  tester.run('resolver-access', resolverAccess, {
    valid: [
      { code: `@Resolver() class A { @Roles(Role.DIRECTOR) @Query(() => X) a() {} }` },
      { code: `@Resolver() class A { @Mutation(() => X) @ServiceClients('kyodo-reporting') a() {} }` },
      { code: `@Resolver() class A { @Public() @Query(() => X) health() {} }` },
      { code: `@Roles(Role.ORG_ADMIN) @Resolver() class A { @Query(() => X) a() {} @Mutation(() => X) b() {} }` },
      // Field resolvers and references are authorised by their parent's access and by the access module, not here.
      { code: `@Resolver(() => Task) class A { @ResolveField(() => X) a() {} @ResolveReference() r() {} }` },
    ],
    invalid: [
      { code: `@Resolver() class A { @Query(() => X) a() {} }`, errors: [{ messageId: 'missing', data: { field: 'a' } }] },
      {
        code: `@Resolver() class A { @Roles(Role.DIRECTOR) @Query(() => X) a() {} @CrossOrg() @Mutation(() => X) b() {} }`,
        errors: [{ messageId: 'missing', data: { field: 'b' } }],
      },
    ],
  });
});
