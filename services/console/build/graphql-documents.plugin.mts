import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** `graphql(\`query Name …\`)` as each screen writes it, up to its closing backtick and parenthesis. */
const CALL = /\bgraphql\(\s*`\s*(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)[^`]*`\s*,?\s*\)/g;
/** One generated document per line of gql/graphql.ts: `export const NameDocument = {…} as unknown as DocumentNode<…>;`. */
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/**
 * What the client preset's Babel optimizer is for, in Vite 8 (whose React plugin runs no Babel):
 * each `graphql(\`…\`)` call is replaced by that one operation's document, as codegen generated
 * it, in the file that uses it. Without it, `graphql()` looks documents up in a map of every
 * operation of the console, and the generated module holding them all is shared by every screen,
 * so the whole of it sits in the entry chunk a phone downloads first; this way a screen's
 * documents travel with the screen's own chunk. A call the pattern does not match keeps working
 * through the map.
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  const generated = join(gqlDir, 'graphql.ts');
  let documents: Map<string, string> | null = null;
  const documentsByName = () => {
    // Read once per build (the generated file changes only with `npm run schema`).
    documents ??= new Map([...readFileSync(generated, 'utf8').matchAll(GENERATED)].map((m) => [m[1], m[2]]));
    return documents;
  };
  return {
    name: 'kyodo-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = null;
      this.addWatchFile(generated);
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      let changed = false;
      const replaced = code.replace(CALL, (call, kind: string, name: string) => {
        const document = documentsByName().get(kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`);
        if (!document) return call;
        changed = true;
        return `(${document} as never)`;
      });
      return changed ? { code: replaced, map: null } : null;
    },
  };
}
