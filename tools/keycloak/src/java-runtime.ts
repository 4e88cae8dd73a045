import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/**
 * Java versions Keycloak 26 supports, best first. Keycloak's "Supported configurations" guide lists
 * OpenJDK 17, 21 and 25 and recommends the newest; 17 is deprecated since 26.0.
 */
export const SUPPORTED_JAVA_MAJORS = [25, 21, 17] as const;

export interface JavaRuntime {
  /** The JDK/JRE home, passed to `kc.sh` as JAVA_HOME. */
  home: string;
  major: number;
}

export interface FindJavaOptions {
  env?: NodeJS.ProcessEnv;
  /** Where Debian and the Temurin packages install JDKs. */
  jvmRoot?: string;
}

/**
 * Picks the Java runtime to run Keycloak with: KEYCLOAK_JAVA_HOME when set, otherwise the newest
 * supported one among JAVA_HOME, the `java` on PATH and every JDK under /usr/lib/jvm.
 */
export function findJavaRuntime(options: FindJavaOptions = {}): JavaRuntime {
  const env = options.env ?? process.env;
  const forced = env.KEYCLOAK_JAVA_HOME;
  if (forced) {
    const runtime = inspectJavaHome(forced);
    if (!runtime) throw new Error(`KEYCLOAK_JAVA_HOME=${forced} holds no bin/java with a readable 'release' file`);
    return runtime;
  }

  const candidates = javaHomeCandidates(env, options.jvmRoot ?? '/usr/lib/jvm');
  const found = candidates.map(inspectJavaHome).filter((r): r is JavaRuntime => r !== undefined);
  for (const major of SUPPORTED_JAVA_MAJORS) {
    const match = found.find((r) => r.major === major);
    if (match) return match;
  }
  const seen = found.map((r) => `${r.home} (Java ${r.major})`).join(', ') || 'none';
  throw new Error(
    `No Java runtime Keycloak 26 supports (OpenJDK ${SUPPORTED_JAVA_MAJORS.join(', ')}). Found: ${seen}. ` +
      'Install one, or set KEYCLOAK_JAVA_HOME, or point KEYCLOAK_URL at a running Keycloak.',
  );
}

/** Reads the major version from a Java home's `release` file; undefined when it is not a Java home. */
export function inspectJavaHome(home: string): JavaRuntime | undefined {
  const java = join(home, 'bin', 'java');
  const release = join(home, 'release');
  if (!existsSync(java) || !existsSync(release)) return undefined;
  const major = parseJavaMajor(readFileSync(release, 'utf8'));
  return major === undefined ? undefined : { home: realpathSync(home), major };
}

/** `JAVA_VERSION="17.0.15"` → 17; the old `1.8.0` scheme → 8. */
export function parseJavaMajor(releaseFile: string): number | undefined {
  const version = /^JAVA_VERSION="([^"]+)"/m.exec(releaseFile)?.[1];
  if (!version) return undefined;
  const [first, second] = version.split('.').map((part) => Number.parseInt(part, 10));
  const major = first === 1 ? second : first;
  return Number.isInteger(major) ? major : undefined;
}

function javaHomeCandidates(env: NodeJS.ProcessEnv, jvmRoot: string): string[] {
  const homes: string[] = [];
  if (env.JAVA_HOME) homes.push(env.JAVA_HOME);
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'java'))
    .find((file) => existsSync(file));
  // /usr/bin/java is an alternatives symlink into <home>/bin/java.
  if (onPath) homes.push(dirname(dirname(realpathSync(onPath))));
  if (existsSync(jvmRoot)) {
    for (const entry of readdirSync(jvmRoot)) homes.push(join(jvmRoot, entry));
  }
  const unique = new Map<string, string>();
  for (const home of homes) {
    if (!existsSync(home)) continue;
    const real = realpathSync(home);
    if (!unique.has(real)) unique.set(real, home);
  }
  return [...unique.keys()];
}
