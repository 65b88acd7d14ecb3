import { ConfigurationError } from '@paved-road/core';
import { osvEventsInclude, parseRange, sameVersion, schemeForType, semverSchemeFor } from '../src/versions.js';

const inRange = (type: string, range: string, versions: string[]) => {
  const parsed = parseRange(range, type);
  return Object.fromEntries(versions.map((v) => [v, parsed.includes(v)]));
};

describe('npm ranges', () => {
  test('pre-releases between the bounds are in the range, those below the lower bound are not', () => {
    expect(inRange('npm', '>=1.0.0 <1.2.6', ['1.2.6-beta.1', '1.0.0-rc.1', '1.2.5', '1.2.6', '0.9.9'])).toEqual({
      '1.2.6-beta.1': true,
      '1.0.0-rc.1': false,
      '1.2.5': true,
      '1.2.6': false,
      '0.9.9': false,
    });
  });

  test('|| joins alternatives', () => {
    expect(
      inRange('npm', '>=1.0.0 <1.2.6 || >=2.0.0 <2.0.3 || 3.1.4', ['1.2.0', '1.9.0', '2.0.2', '2.0.3', '3.1.4']),
    ).toEqual({
      '1.2.0': true,
      '1.9.0': false,
      '2.0.2': true,
      '2.0.3': false,
      '3.1.4': true,
    });
  });

  test('a version that is not semver cannot be told', () => {
    expect(parseRange('<2.0.0', 'npm').includes('git+https://example.com/x.git')).toBeUndefined();
  });

  test('a range that is not one is bad input', () => {
    expect(() => parseRange('not a range', 'npm')).toThrow(ConfigurationError);
    expect(() => parseRange('not a range', 'npm')).toThrow(/is not a semver range/);
  });
});

describe('vers: ranges', () => {
  test('vers:npm/>=1.0.0|<1.2.6 is one interval', () => {
    expect(inRange('npm', 'vers:npm/>=1.0.0|<1.2.6', ['0.9.0', '1.0.0', '1.2.5', '1.2.6', '2.0.0'])).toEqual({
      '0.9.0': false,
      '1.0.0': true,
      '1.2.5': true,
      '1.2.6': false,
      '2.0.0': false,
    });
  });

  test('several intervals, single versions and exclusions', () => {
    const range = 'vers:npm/>=1.0.0|<1.1.0|=1.5.0|>=2.0.0|!=2.3.0';
    expect(inRange('npm', range, ['1.0.5', '1.2.0', '1.5.0', '1.9.0', '2.1.0', '2.3.0', '9.0.0'])).toEqual({
      '1.0.5': true,
      '1.2.0': false,
      '1.5.0': true,
      '1.9.0': false,
      '2.1.0': true,
      '2.3.0': false,
      '9.0.0': true,
    });
  });

  test('an upper bound alone and a lower bound alone', () => {
    expect(inRange('pypi', 'vers:pypi/<2.0', ['1.9', '2.0', '1!0.1'])).toEqual({
      '1.9': true,
      '2.0': false,
      '1!0.1': false,
    });
    expect(inRange('golang', 'vers:golang/>=v1.4.0', ['v1.3.9', 'v1.4.0', 'v2.0.0+incompatible'])).toEqual({
      'v1.3.9': false,
      'v1.4.0': true,
      'v2.0.0+incompatible': true,
    });
  });

  test('a scheme for another ecosystem, or one not read, is bad input', () => {
    expect(() => parseRange('vers:pypi/<2.0', 'npm')).toThrow(/is a pypi range, given for pkg:npm packages/);
    expect(() => parseRange('vers:maven/<2.0', 'maven')).toThrow(/vers scheme "maven"/);
    expect(() => parseRange('vers:npm/>=banana', 'npm')).toThrow(/not a npm version constraint/);
  });
});

describe('PEP 440', () => {
  test('epochs order before everything else', () => {
    expect(inRange('pypi', '>=2.0,<3.0', ['2.5', '1!2.5', '3.0'])).toEqual({
      '2.5': true,
      '1!2.5': false,
      '3.0': false,
    });
    expect(inRange('pypi', '>=1!1.0', ['1!1.0', '5.0'])).toEqual({ '1!1.0': true, '5.0': false });
  });

  test('local versions match the public version they label', () => {
    expect(inRange('pypi', '==1.0', ['1.0+ubuntu1', '1.0.0', '1.0.1'])).toEqual({
      '1.0+ubuntu1': true,
      '1.0.0': true,
      '1.0.1': false,
    });
    expect(inRange('pypi', '<=1.0', ['1.0+local.7'])).toEqual({ '1.0+local.7': true });
  });

  test('pre-releases and post-releases follow PEP 440, and || joins specifiers', () => {
    expect(inRange('pypi', '>=2.0rc1,<2.0.1', ['2.0rc1', '2.0', '2.0.post1', '2.0.1'])).toEqual({
      '2.0rc1': true,
      '2.0': true,
      '2.0.post1': true,
      '2.0.1': false,
    });
    // <V leaves out pre-releases of V itself (PEP 440, exclusive ordered comparison).
    expect(inRange('pypi', '<2.0', ['2.0rc1', '1.9'])).toEqual({ '2.0rc1': false, '1.9': true });
    expect(inRange('pypi', '<1.0 || ==3.2.*', ['0.5', '3.2.7', '3.3'])).toEqual({
      '0.5': true,
      '3.2.7': true,
      '3.3': false,
    });
  });

  test('a specifier that is not one is bad input; a version that is not one cannot be told', () => {
    expect(() => parseRange('>>2', 'pypi')).toThrow(/not a PEP 440 version specifier/);
    expect(parseRange('<2', 'pypi').includes('not-a-version!')).toBeUndefined();
  });
});

describe('Go and Cargo', () => {
  test('Go: v prefixes, +incompatible and pseudo-versions', () => {
    expect(
      inRange('golang', '>=v2.0.0 <v2.3.0', [
        'v2.0.0+incompatible',
        'v2.2.9',
        'v2.3.0',
        'v2.3.0-0.20210101000000-abcdef123456',
      ]),
    ).toEqual({
      'v2.0.0+incompatible': true,
      'v2.2.9': true,
      'v2.3.0': false,
      // A pseudo-version based on v2.3.0's pre-release precedes it.
      'v2.3.0-0.20210101000000-abcdef123456': true,
    });
    expect(sameVersion('golang', 'v1.2.3', '1.2.3')).toBe(true);
  });

  test('Cargo: commas join comparators, a bare version is a caret requirement', () => {
    expect(inRange('cargo', '>=0.3.0, <0.3.2', ['0.3.1', '0.3.2', '0.2.9'])).toEqual({
      '0.3.1': true,
      '0.3.2': false,
      '0.2.9': false,
    });
    expect(inRange('cargo', '0.2.3', ['0.2.3', '0.2.9', '0.3.0'])).toEqual({
      '0.2.3': true,
      '0.2.9': true,
      '0.3.0': false,
    });
    expect(inRange('cargo', '=1.2.3 || ~2.1', ['1.2.3', '1.2.4', '2.1.8', '2.2.0'])).toEqual({
      '1.2.3': true,
      '1.2.4': false,
      '2.1.8': true,
      '2.2.0': false,
    });
  });

  test('types without a version scheme here take exact versions only', () => {
    expect(() => parseRange('[1.0,2.0)', 'maven')).toThrow(/cannot be applied to pkg:maven packages/);
    expect(sameVersion('maven', '2.14.1', '2.14.1')).toBe(true);
    expect(sameVersion('maven', '2.14.1', '2.14.0')).toBe(false);
  });
});

describe('OSV range events', () => {
  const semverOrder = semverSchemeFor('npm');
  test('introduced / fixed pairs, an introduced 0, last_affected', () => {
    const events = [{ introduced: '0' }, { fixed: '1.2.6' }, { introduced: '2.0.0' }, { last_affected: '2.0.4' }];
    const check = (v: string) => osvEventsInclude(semverOrder, events, v);
    expect(['0.0.1', '1.2.5', '1.2.6', '1.9.0', '2.0.0', '2.0.4', '2.0.5'].map(check)).toEqual([
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  test('events in any order are sorted first; a version or event the scheme cannot read is undefined', () => {
    expect(osvEventsInclude(semverOrder, [{ fixed: '2.0.0' }, { introduced: '1.0.0' }], '1.5.0')).toBe(true);
    expect(osvEventsInclude(semverOrder, [{ introduced: '1.0.0' }], 'banana')).toBeUndefined();
    expect(osvEventsInclude(semverOrder, [{ introduced: 'deadbeef' }], '1.0.0')).toBeUndefined();
  });

  test('PyPI ECOSYSTEM ranges use PEP 440 order (a pre-release of the fix is still affected)', () => {
    const events = [{ introduced: '0' }, { fixed: '4.2.16' }];
    const pypi = schemeForType('pypi')!;
    expect(['4.2.15', '4.2.16rc1', '4.2.16', '1!1.0'].map((v) => osvEventsInclude(pypi, events, v))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
