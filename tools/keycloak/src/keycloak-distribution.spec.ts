import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findJavaRuntime } from './java-runtime';
import { extractZip } from './keycloak-distribution';
import { runCommand } from './run-command';

describe('extractZip', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kyodo-zip-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('unpacks with the JDK jar tool on a machine without unzip or python', async () => {
    const java = findJavaRuntime();
    mkdirSync(join(dir, 'src/keycloak-0.0.0/bin'), { recursive: true });
    writeFileSync(join(dir, 'src/keycloak-0.0.0/bin/kc.sh'), '#!/bin/sh\necho kc\n');
    const zip = join(dir, 'dist.zip');
    const packed = await runCommand(join(java.home, 'bin', 'jar'), ['cfM', zip, '-C', join(dir, 'src'), '.']);
    expect(packed.code).toBe(0);
    mkdirSync(join(dir, 'out'));

    // An empty PATH hides unzip and python3; jar is found through the Java home.
    await extractZip(zip, join(dir, 'out'), java, { PATH: '' });

    expect(readFileSync(join(dir, 'out/keycloak-0.0.0/bin/kc.sh'), 'utf8')).toBe('#!/bin/sh\necho kc\n');
  });

  it('says what it tried when no tool can unpack', async () => {
    const noJava = { home: join(dir, 'no-jdk'), major: 25 };
    writeFileSync(join(dir, 'dist.zip'), 'not a zip');
    mkdirSync(join(dir, 'out'));

    await expect(extractZip(join(dir, 'dist.zip'), join(dir, 'out'), noJava, { PATH: '' })).rejects.toThrow(
      /unzip: not installed[\s\S]*jar: not installed[\s\S]*python3: not installed/,
    );
  });
});
