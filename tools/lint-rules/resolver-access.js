/**
 * `kyodo/resolver-access`: every GraphQL root field (`@Query`, `@Mutation`) declares who may
 * call it — `@Roles(...)`, `@ServiceClients(...)` or `@Public()`, on the method or its class.
 * The guard refuses a field without one at run time; this rule says so at review time, where
 * an omission is cheaper to notice than a closed endpoint (or, worse, a wrongly opened one).
 */
const ROOT_FIELDS = new Set(['Query', 'Mutation']);
const ACCESS = new Set(['Roles', 'ServiceClients', 'Public']);

function decoratorName(decorator) {
  const expression = decorator.expression;
  if (expression.type === 'CallExpression' && expression.callee.type === 'Identifier') return expression.callee.name;
  if (expression.type === 'Identifier') return expression.name;
  return undefined;
}

const names = (node) => (node.decorators ?? []).map(decoratorName).filter(Boolean);

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'GraphQL root fields declare their access: @Roles, @ServiceClients or @Public' },
    messages: {
      missing: '`{{ field }}` declares no access rule: add @Roles(...), @ServiceClients(...) or @Public() to it or its class.',
    },
    schema: [],
  },
  create(context) {
    return {
      ClassDeclaration(cls) {
        const classLevel = names(cls).some((name) => ACCESS.has(name));
        for (const member of cls.body.body) {
          if (member.type !== 'MethodDefinition') continue;
          const decorators = names(member);
          if (!decorators.some((name) => ROOT_FIELDS.has(name))) continue;
          if (classLevel || decorators.some((name) => ACCESS.has(name))) continue;
          const field = member.key.type === 'Identifier' ? member.key.name : 'this field';
          context.report({ node: member.key, messageId: 'missing', data: { field } });
        }
      },
    };
  },
};
