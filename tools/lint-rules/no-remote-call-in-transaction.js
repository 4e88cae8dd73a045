/**
 * `kyodo/no-remote-call-in-transaction`: nothing inside a database transaction waits on another
 * node (STYLE.md item 13, issue #15). A transaction that holds row locks while the gateway, another
 * node or Keycloak answers turns one slow node into locked rows everywhere, and a rollback cannot
 * take back what the other node already did; the remote part belongs before the transaction or,
 * for a write another node must make, in an outbox delivered after the commit.
 *
 * Type-aware: inside a function passed to `<anything>.transaction(...)` it reports every call that
 * reaches the network, directly or through the functions and methods it calls (followed in the
 * project's own source, a few calls deep):
 * - `fetch`;
 * - a method of a class or interface whose doc comment carries `@remote` (GatewayClient, the
 *   upstream ports such as CapacitySource: an interface has no body to follow, so it says so).
 */
const ts = require('typescript');

const MAX_DEPTH = 6;

function isRemoteDeclaration(declaration) {
  let owner = declaration.parent;
  while (owner && !ts.isClassLike(owner) && !ts.isInterfaceDeclaration(owner) && !ts.isSourceFile(owner)) owner = owner.parent;
  if (!owner || ts.isSourceFile(owner)) return false;
  return ts.getJSDocTags(owner).some((tag) => tag.tagName.text === 'remote');
}

function symbolOf(checker, callee) {
  const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
  if (!symbol) return undefined;
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The body a call leads into when it is the project's own code (not a library, not a declaration file). */
function followedBody(declaration) {
  if (declaration.getSourceFile().isDeclarationFile) return undefined;
  if (declaration.getSourceFile().fileName.includes('/node_modules/')) return undefined;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isFunctionLike(declaration.initializer)) {
    return declaration.initializer.body;
  }
  if (ts.isPropertyDeclaration(declaration) && declaration.initializer && ts.isFunctionLike(declaration.initializer)) {
    return declaration.initializer.body;
  }
  return ts.isFunctionLike(declaration) ? declaration.body : undefined;
}

/** The remote call a node reaches, as a path of callee names, or undefined. */
function remoteReach(checker, node, depth, visited) {
  let found;
  const visit = (child) => {
    if (found) return;
    if (ts.isCallExpression(child) || ts.isNewExpression(child)) {
      const path = remoteOfCall(checker, child, depth, visited);
      if (path) {
        found = path;
        return;
      }
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

function remoteOfCall(checker, call, depth, visited) {
  const callee = call.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
  if (!name) return undefined;
  const symbol = symbolOf(checker, callee);
  // The global fetch, however the program's libraries declare it (DOM, @types/node) or fail to.
  const globalFetch = name === 'fetch' && ts.isIdentifier(callee);
  if (!symbol) return globalFetch ? [name] : undefined;
  for (const declaration of symbol.declarations ?? []) {
    if (globalFetch && declaration.getSourceFile().isDeclarationFile) return [name];
    if (isRemoteDeclaration(declaration)) return [name];
  }
  if (depth >= MAX_DEPTH) return undefined;
  for (const declaration of symbol.declarations ?? []) {
    const body = followedBody(declaration);
    if (!body || visited.has(body)) continue;
    visited.add(body);
    const inner = remoteReach(checker, body, depth + 1, visited);
    if (inner) return [name, ...inner];
  }
  return undefined;
}

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'No call to another node (fetch, the gateway, an @remote port) inside a database transaction' },
    messages: {
      remote:
        '`{{ path }}` reaches another node inside a database transaction: ask before the transaction opens, or write an outbox row and deliver it after the commit.',
    },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program || !services.esTreeNodeToTSNodeMap) return {};
    const checker = services.program.getTypeChecker();
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'transaction') return;
        for (const argument of node.arguments) {
          if (argument.type !== 'ArrowFunctionExpression' && argument.type !== 'FunctionExpression') continue;
          const work = services.esTreeNodeToTSNodeMap.get(argument);
          const visited = new Set();
          const check = (child) => {
            if (ts.isCallExpression(child) || ts.isNewExpression(child)) {
              const path = remoteOfCall(checker, child, 1, visited);
              if (path) {
                context.report({
                  node: services.tsNodeToESTreeNodeMap.get(child) ?? argument,
                  messageId: 'remote',
                  data: { path: path.join(' → ') },
                });
                return;
              }
            }
            ts.forEachChild(child, check);
          };
          ts.forEachChild(work, check);
        }
      },
    };
  },
};
