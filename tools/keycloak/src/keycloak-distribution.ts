import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { JavaRuntime } from './java-runtime';
import { CommandNotFoundError, runCommand, tail } from './run-command';

/**
 * The Keycloak server release provisioned for development and tests: the newest 26.x on Maven
 * Central when this was written. It runs on OpenJDK 17, 21 and 25.
 */
export const KEYCLOAK_VERSION = '26.7.3';

export interface DistributionOptions {
  version: string;
  /** `.kyodo/keycloak`: the distribution goes to `dist/keycloak-<version>`. */
  cacheDir: string;
  java: JavaRuntime;
  progress: (line: string) => void;
}

/** Where a version is unpacked; it is complete once `bin/kc.sh` and `lib/quarkus-run.jar` exist. */
export function distributionHome(cacheDir: string, version: string): string {
  return join(cacheDir, 'dist', `keycloak-${version}`);
}

export function isDistributionReady(home: string): boolean {
  return existsSync(join(home, 'bin', 'kc.sh')) && existsSync(join(home, 'lib', 'quarkus-run.jar'));
}

/**
 * Returns the home of an unpacked Keycloak distribution, fetching it first when missing:
 * Maven resolves `org.keycloak:keycloak-quarkus-dist:<version>:zip` from Maven Central (through
 * the local repository, so a second checkout does not download again) and the zip is unpacked
 * into a temporary directory that is renamed into place only when complete.
 * Callers hold the provisioning lock.
 */
export async function ensureDistribution(options: DistributionOptions): Promise<string> {
  const { version, cacheDir, java, progress } = options;
  const home = distributionHome(cacheDir, version);
  if (isDistributionReady(home)) return home;

  const downloadDir = join(cacheDir, 'download');
  const zip = join(downloadDir, `keycloak-quarkus-dist-${version}.zip`);
  if (!existsSync(zip)) {
    progress(`Fetching Keycloak ${version} (~180 MB) from Maven Central with mvn: first run only`);
    await mkdir(downloadDir, { recursive: true });
    await fetchWithMaven(version, downloadDir, java);
  }

  progress(`Unpacking ${zip}`);
  const staging = join(cacheDir, 'dist', `.unpack-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await extractZip(zip, staging, java);
  const unpacked = join(staging, `keycloak-${version}`);
  if (!isDistributionReady(unpacked)) {
    const entries = await readdir(staging);
    throw new Error(`${zip} did not unpack to keycloak-${version}/ (found: ${entries.join(', ')})`);
  }
  await rm(home, { recursive: true, force: true });
  await rename(unpacked, home);
  await rm(staging, { recursive: true, force: true });
  // The zip stays in the Maven local repository; this copy was only needed for unpacking.
  await rm(zip, { force: true });
  return home;
}

async function fetchWithMaven(version: string, outputDirectory: string, java: JavaRuntime): Promise<void> {
  const args = [
    '-q',
    '-B',
    'dependency:copy',
    `-Dartifact=org.keycloak:keycloak-quarkus-dist:${version}:zip`,
    `-DoutputDirectory=${outputDirectory}`,
  ];
  let result;
  try {
    // Maven itself runs on any JDK; reuse the one Keycloak will run on so JAVA_HOME is coherent.
    result = await runCommand('mvn', args, { env: { ...process.env, JAVA_HOME: java.home } });
  } catch (error) {
    if (error instanceof CommandNotFoundError) {
      throw new Error('Maven (mvn) is needed to fetch the Keycloak distribution; install it or set KEYCLOAK_URL');
    }
    throw error;
  }
  if (result.code !== 0) {
    throw new Error(`mvn ${args.join(' ')} failed (exit ${result.code}):\n${tail(result.output)}`);
  }
}

/**
 * Unpacks with the first tool present: `unzip` (not installed on a minimal Debian), the JDK's
 * `jar` (absent from a bare JRE), then Python's zipfile module. None of them is needed to keep the
 * executable bit: `kc.sh` is started through `sh`.
 */
export async function extractZip(zip: string, into: string, java: JavaRuntime, env = process.env): Promise<void> {
  const attempts: Array<[string, string[]]> = [
    ['unzip', ['-q', zip, '-d', into]],
    [join(java.home, 'bin', 'jar'), ['xf', zip]],
    ['python3', ['-m', 'zipfile', '-e', zip, into]],
  ];
  const failures: string[] = [];
  for (const [command, args] of attempts) {
    try {
      const result = await runCommand(command, args, { cwd: into, env });
      if (result.code === 0) return;
      failures.push(`${command} exited ${result.code}: ${tail(result.output, 5)}`);
    } catch (error) {
      if (!(error instanceof CommandNotFoundError)) throw error;
      failures.push(`${command}: not installed`);
    }
    await rm(into, { recursive: true, force: true });
    await mkdir(into, { recursive: true });
  }
  throw new Error(`Could not unpack ${zip}:\n${failures.join('\n')}`);
}
