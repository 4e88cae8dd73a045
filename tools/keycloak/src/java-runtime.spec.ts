import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findJavaRuntime, parseJavaMajor } from './java-runtime';

describe('parseJavaMajor', () => {
  it.each([
    ['JAVA_VERSION="17.0.15"', 17],
    ['IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="25.0.3"\n', 25],
    ['JAVA_VERSION="21"', 21],
    ['JAVA_VERSION="1.8.0_402"', 8],
    ['IMPLEMENTOR="x"', undefined],
  ])('%j → %s', (release, major) => {
    expect(parseJavaMajor(release)).toBe(major);
  });
});

describe('findJavaRuntime', () => {
  let jvmRoot: string;

  beforeEach(() => {
    jvmRoot = mkdtempSync(join(tmpdir(), 'kyodo-jvm-'));
  });

  afterEach(() => {
    rmSync(jvmRoot, { recursive: true, force: true });
  });

  function fakeJdk(name: string, version: string): string {
    const home = join(jvmRoot, name);
    mkdirSync(join(home, 'bin'), { recursive: true });
    writeFileSync(join(home, 'bin', 'java'), '');
    writeFileSync(join(home, 'release'), `JAVA_VERSION="${version}"\n`);
    return home;
  }

  it('prefers the newest Java that Keycloak supports', () => {
    fakeJdk('java-17-openjdk-amd64', '17.0.15');
    const temurin = fakeJdk('temurin-25-jdk-amd64', '25.0.3');
    fakeJdk('jdk-26', '26');
    mkdirSync(join(jvmRoot, 'openjdk-17')); // a source-only directory, as Debian installs

    expect(findJavaRuntime({ env: { PATH: '' }, jvmRoot })).toEqual({ home: temurin, major: 25 });
  });

  it('falls back to Java 17 when it is all there is', () => {
    const jdk17 = fakeJdk('java-17-openjdk-amd64', '17.0.15');

    expect(findJavaRuntime({ env: { PATH: '' }, jvmRoot })).toEqual({ home: jdk17, major: 17 });
  });

  it('takes KEYCLOAK_JAVA_HOME as given', () => {
    fakeJdk('temurin-25-jdk-amd64', '25.0.3');
    const chosen = fakeJdk('jdk-21', '21.0.5');

    expect(findJavaRuntime({ env: { PATH: '', KEYCLOAK_JAVA_HOME: chosen }, jvmRoot })).toEqual({ home: chosen, major: 21 });
  });

  it('explains what it found when nothing fits', () => {
    fakeJdk('java-11', '11.0.2');

    expect(() => findJavaRuntime({ env: { PATH: '' }, jvmRoot })).toThrow(/No Java runtime Keycloak 26 supports.*Java 11/);
  });
});
