export const id = 89;
export const ids = [89];
export const modules = {

/***/ 88089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMAND_NAME: () => (/* reexport */ COMMAND_NAME),
  IncidentIndex: () => (/* reexport */ IncidentIndex),
  MAX_COMPONENT_DEPTH: () => (/* reexport */ MAX_COMPONENT_DEPTH),
  MAX_SBOM_BYTES: () => (/* reexport */ MAX_SBOM_BYTES),
  advisoryTargets: () => (/* reexport */ advisoryTargets),
  componentTargets: () => (/* reexport */ componentTargets),
  describePackage: () => (/* reexport */ describePackage),
  findActionUses: () => (/* reexport */ findActionUses),
  findAffectedCommand: () => (/* reexport */ findAffectedCommand),
  isSbomFileName: () => (/* reexport */ isSbomFileName),
  osvEventsInclude: () => (/* reexport */ osvEventsInclude),
  osvPackageKey: () => (/* reexport */ osvPackageKey),
  parseActionTargets: () => (/* reexport */ parseActionTargets),
  parsePurl: () => (/* reexport */ parsePurl),
  parseRange: () => (/* reexport */ parseRange),
  parseSbom: () => (/* reexport */ parseSbom),
  queryIndex: () => (/* reexport */ queryIndex),
  readSbomFile: () => (/* reexport */ readSbomFile),
  renderSummary: () => (/* reexport */ renderSummary),
  renderText: () => (/* reexport */ renderText),
  sameVersion: () => (/* reexport */ sameVersion),
  schemeForType: () => (/* reexport */ schemeForType),
  semverSchemeFor: () => (/* reexport */ semverSchemeFor)
});

// NAMESPACE OBJECT: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/operator.js
var operator_namespaceObject = {};
__webpack_require__.r(operator_namespaceObject);
__webpack_require__.d(operator_namespaceObject, {
  "!=": () => (ne),
  "<": () => (lt),
  "<=": () => (le),
  "==": () => (eq),
  "===": () => (arbitrary),
  ">": () => (gt),
  ">=": () => (ge),
  compare: () => (compare),
  eq: () => (eq),
  ge: () => (ge),
  gt: () => (gt),
  le: () => (le),
  lt: () => (lt),
  ne: () => (ne),
  rcompare: () => (rcompare)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/packageurl-js@2.0.1_patch_hash=b9d97c97ee741c13b0269829326bb4c8083a9b98d4f5b6c207d9880a9592dadf/node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(17997);
;// CONCATENATED MODULE: ./packages/incident/src/purl.ts
// Package identities: a purl parsed by packageurl-js (which applies each type's normalization: npm and
// PyPI names lowercased, PyPI `_` and `.` to `-`), then reduced to the key the index looks up.

/**
 * A purl's package key and version, or undefined when it is not a purl. Namespace and name are
 * lowercased for every type: tools disagree on case (Go module paths, Maven groups), and a search that
 * misses a package because of case is the worse error in an incident.
 */
function parsePurl(text) {
    let parsed;
    try {
        parsed = packageurl_js.PackageURL.fromString(text.trim());
    }
    catch {
        return undefined;
    }
    return {
        type: parsed.type.toLowerCase(),
        namespace: (parsed.namespace ?? '').toLowerCase(),
        name: parsed.name.toLowerCase(),
        ...(parsed.version ? { version: parsed.version } : {}),
    };
}
/** `type/namespace/name` as a purl without version: how a package is named in reports. */
function describePackage(key) {
    return new packageurl_js.PackageURL(key.type, key.namespace || undefined, key.name, undefined, undefined, undefined).toString();
}
/** An OSV `affected[].package.ecosystem` as a purl type (the ecosystems OSV and purl both name). */
const OSV_ECOSYSTEMS = {
    npm: 'npm',
    pypi: 'pypi',
    go: 'golang',
    'crates.io': 'cargo',
    maven: 'maven',
    rubygems: 'gem',
    packagist: 'composer',
    nuget: 'nuget',
    hex: 'hex',
    pub: 'pub',
    swifturl: 'swift',
    'github actions': 'github',
};
/**
 * The package key of an OSV package `{ecosystem, name}`: the ecosystem's own spelling of a name
 * (`@scope/name`, `group:artifact`, `vendor/name`, a Go module path) split as the purl type does.
 * Undefined for an ecosystem without a purl type here.
 */
function osvPackageKey(ecosystem, name) {
    const type = OSV_ECOSYSTEMS[ecosystem.split(':')[0].trim().toLowerCase()];
    if (!type || !name)
        return undefined;
    let namespace = '';
    let base = name;
    if (type === 'maven') {
        const colon = name.indexOf(':');
        if (colon > 0)
            [namespace, base] = [name.slice(0, colon), name.slice(colon + 1)];
    }
    else if (type === 'npm' || type === 'golang' || type === 'composer' || type === 'github') {
        const slash = name.lastIndexOf('/');
        if (slash > 0)
            [namespace, base] = [name.slice(0, slash), name.slice(slash + 1)];
    }
    // Through packageurl-js, so the type's normalization (PyPI names) is the one SBOM purls get.
    const purl = new packageurl_js.PackageURL(type, namespace || undefined, base, undefined, undefined, undefined).toString();
    return parsePurl(purl);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/version.js
const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');



const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return version_stringify(version_parse(version, cleanRegex));
}

function version_parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function version_stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function version_explain(version) {
  const parsed = version_parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: version_stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/operator.js




function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = version_parse(version);
  const parsedOther = version_parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/specifier.js
// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.





const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');



const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function specifier_parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...version_explain(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = specifier_parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = version_explain(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained && explained.local && spec.version) {
    // Ignore candidate local labels only when the specifier itself is public.
    if (spec.operator !== '===' && !spec.local) {
      version = explained.public;
      spec.version = version_explain(spec.version).public;
    }
  }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  // TODO: fix me?
  // eslint-disable-next-line import-x/namespace
  const op = operator_namespaceObject[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(specifier_parse(specifier));
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/semantic.js


// those notation are borrowed from semver


function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/index.js










// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var semver = __webpack_require__(82320);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/incident/src/versions.ts
// Version order and ranges with each ecosystem's own rules, by the libraries that define them: npm's
// `semver` (npm, and Go and Cargo, whose versions are semver with a `v` prefix or Cargo's requirement
// syntax), `@renovatebot/pep440` (PyPI), and the `vers:` syntax of the purl specification on top.



const SEMVER_OPTIONS = { includePrerelease: true };
/** A semver version as Go (`v1.2.3`, `v2.0.0+incompatible`, pseudo-versions) and Cargo write it. */
function parseSemver(version) {
    return semver_default().parse(version.trim()) ?? undefined;
}
const semverScheme = (name) => ({
    name,
    compare(a, b) {
        const [x, y] = [parseSemver(a), parseSemver(b)];
        // Build metadata (`+incompatible`) does not order versions, as in Go's and semver's rules.
        return x && y ? semver_default().compare(x, y) : undefined;
    },
});
const pep440Scheme = {
    name: 'pypi',
    compare(a, b) {
        return valid(a) && valid(b) ? compare(a, b) : undefined;
    },
};
/** The version scheme of each purl type that has one here. */
const SCHEMES = {
    npm: semverScheme('npm'),
    golang: semverScheme('golang'),
    cargo: semverScheme('cargo'),
    pypi: pep440Scheme,
};
/** `vers:` scheme names: the purl types above, plus generic `semver`. */
const VERS_SCHEMES = { ...SCHEMES, semver: semverScheme('semver') };
function schemeForType(type) {
    return SCHEMES[type];
}
/** The order of OSV `SEMVER` ranges, for any type (Go's `v` prefix is read as semver's). */
function semverSchemeFor(_type) {
    return VERS_SCHEMES.semver;
}
/** Equal versions in the type's scheme; string equality (with Go's `v` optional) where it has none. */
function sameVersion(type, a, b) {
    const compared = schemeForType(type)?.compare(a, b);
    if (compared !== undefined)
        return compared === 0;
    if (schemeForType(type))
        return a === b ? true : undefined;
    return a === b;
}
function badRange(text, why, fix) {
    return new errors/* ConfigurationError */.j1('invalid-input', `Input "version-range": "${text}" ${why}.`, undefined, fix);
}
/**
 * A `version-range` for packages of purl type `type`: a `vers:` range, or the ecosystem's own syntax:
 * npm semver ranges (`>=1.0.0 <1.2.6 || 2.0.0`), PEP 440 specifiers (`>=2.0,<2.2.1`), Go ranges in
 * semver syntax (`>=v1.2.0 <v1.4.0`), Cargo requirements (`>=0.3, <0.3.2`; a bare version is `^`).
 * `||` joins alternatives in every syntax. Throws ConfigurationError for a range it cannot read.
 */
function parseRange(text, type) {
    const trimmed = text.trim();
    if (/^vers:/i.test(trimmed))
        return parseVers(trimmed, type);
    switch (type) {
        case 'npm':
        case 'golang':
            return semverRange(trimmed, trimmed);
        case 'cargo':
            return semverRange(trimmed, trimmed
                .split('||')
                .map((alternative) => cargoToSemver(trimmed, alternative))
                .join(' || '));
        case 'pypi': {
            const alternatives = trimmed.split('||').map((part) => part.trim());
            for (const part of alternatives)
                if (!validRange(part))
                    throw badRange(trimmed, 'is not a PEP 440 version specifier', 'Write it like >=2.0,<2.2.1.');
            return {
                text: trimmed,
                includes: (version) => valid(version)
                    ? alternatives.some((part) => satisfies(version, part, { prereleases: true }))
                    : undefined,
            };
        }
        default:
            throw badRange(trimmed, `cannot be applied to pkg:${type} packages (ranges are read for npm, pypi, golang and cargo)`, `Give the exact versions in the purls (pkg:${type}/name@1.2.3), one per line.`);
    }
}
function semverRange(text, range) {
    if (semver_default().validRange(range, SEMVER_OPTIONS) === null)
        throw badRange(text, 'is not a semver range', 'Write it like >=1.0.0 <1.2.6, or as vers:npm/>=1.0.0|<1.2.6.');
    return {
        text,
        includes: (version) => {
            const parsed = parseSemver(version);
            return parsed ? semver_default().satisfies(parsed, range, SEMVER_OPTIONS) : undefined;
        },
    };
}
/** A Cargo requirement (comparators joined by commas, a bare version meaning `^`) as an npm range. */
function cargoToSemver(text, requirement) {
    const comparators = requirement.split(',').map((part) => part.trim());
    if (comparators.some((part) => part === ''))
        throw badRange(text, 'has an empty comparator', 'Write it like >=0.3.0, <0.3.2.');
    return comparators.map((part) => (/^\d/.test(part) ? `^${part}` : part.replace(/^=\s*/, ''))).join(' ');
}
/**
 * A `vers:<scheme>/<constraint>|...` range (purl specification, VERS): constraints sorted by version
 * make intervals (`>=1.0.0|<1.2.6` is one), `=` adds and `!=` removes single versions, `*` is all.
 */
function parseVers(text, type) {
    const match = /^vers:([a-z0-9.+-]+)\/(.*)$/i.exec(text);
    if (!match)
        throw badRange(text, 'is not a vers: range', 'Write it like vers:npm/>=1.0.0|<1.2.6.');
    const schemeName = match[1].toLowerCase();
    const scheme = VERS_SCHEMES[schemeName];
    if (!scheme)
        throw badRange(text, `uses the vers scheme "${schemeName}", which is not read here`, `Use one of: ${Object.keys(VERS_SCHEMES).join(', ')}.`);
    const compatible = schemeName === type || (schemeName === 'semver' && SCHEMES[type]?.name !== 'pypi');
    if (!compatible)
        throw badRange(text, `is a ${schemeName} range, given for pkg:${type} packages`, `Use vers:${type}/... for them.`);
    const body = match[2].trim();
    if (body === '*')
        return { text, includes: (version) => (scheme.compare(version, version) === 0 ? true : undefined) };
    const constraints = [];
    for (const raw of body.split('|')) {
        const part = /^(<=|>=|!=|<|>|=)?(.*)$/.exec(raw.trim());
        const version = decodeURIComponent(part[2].trim());
        if (!version || scheme.compare(version, version) === undefined)
            throw badRange(text, `has "${raw.trim()}", which is not a ${schemeName} version constraint`, 'Check the range.');
        constraints.push({ comparator: (part[1] ?? '='), version });
    }
    constraints.sort((a, b) => scheme.compare(a.version, b.version));
    return { text, includes: (version) => versIncludes(scheme, constraints, version) };
}
function holds(order, comparator) {
    switch (comparator) {
        case '<':
            return order < 0;
        case '<=':
            return order <= 0;
        case '>':
            return order > 0;
        case '>=':
            return order >= 0;
        case '=':
            return order === 0;
        case '!=':
            return order !== 0;
    }
}
function versIncludes(scheme, constraints, version) {
    if (scheme.compare(version, version) === undefined)
        return undefined;
    const order = (c) => scheme.compare(version, c.version);
    for (const c of constraints) {
        if (c.comparator === '=' && order(c) === 0)
            return true;
        if (c.comparator === '!=' && order(c) === 0)
            return false;
    }
    const bounds = constraints.filter((c) => c.comparator !== '=' && c.comparator !== '!=');
    if (!bounds.length)
        return constraints.some((c) => c.comparator === '!=');
    const lower = (c) => c?.comparator === '>' || c?.comparator === '>=';
    for (const [i, current] of bounds.entries()) {
        const next = bounds[i + 1];
        if (i === 0 && !lower(current) && holds(order(current), current.comparator))
            return true;
        if (!next && lower(current) && holds(order(current), current.comparator))
            return true;
        if (lower(current) && next && !lower(next) && holds(order(current), current.comparator))
            if (holds(order(next), next.comparator))
                return true;
    }
    return false;
}
/**
 * Whether `version` is affected by one OSV range's events (OSV schema, "evaluation"): events in
 * version order, `introduced` opens an affected interval, `fixed` / `limit` close it before their
 * version, `last_affected` after. Undefined when a version does not parse in the scheme.
 */
function osvEventsInclude(scheme, events, version) {
    if (scheme.compare(version, version) === undefined)
        return undefined;
    const placed = [];
    for (const event of events)
        for (const kind of ['introduced', 'fixed', 'last_affected', 'limit']) {
            const value = event[kind];
            if (typeof value !== 'string')
                continue;
            if (!(kind === 'introduced' && value === '0') && scheme.compare(value, value) === undefined)
                return undefined;
            placed.push({ kind, version: value });
        }
    const position = (e) => e.kind === 'introduced' && e.version === '0' ? undefined : e.version;
    placed.sort((a, b) => {
        const [x, y] = [position(a), position(b)];
        if (x === undefined || y === undefined)
            return x === y ? 0 : x === undefined ? -1 : 1;
        return scheme.compare(x, y);
    });
    let affected = false;
    for (const event of placed) {
        const at = position(event);
        const order = at === undefined ? 1 : scheme.compare(version, at);
        if (event.kind === 'introduced' && order >= 0)
            affected = true;
        else if ((event.kind === 'fixed' || event.kind === 'limit') && order >= 0)
            affected = false;
        else if (event.kind === 'last_affected' && order > 0)
            affected = false;
    }
    return affected;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var src_files = __webpack_require__(3623);
;// CONCATENATED MODULE: ./packages/incident/src/sboms.ts
// SBOM readers: CycloneDX JSON 1.2-1.7 and SPDX 2.2/2.3 JSON, ours or any tool's, into the rows the
// index keeps. Every walk is iterative and bounded (hostile SBOMs nest deeply); a document that is not
// one of these formats, or breaks their identity rules (duplicate bom-refs or SPDXIDs), is one
// ConfigurationError naming the file, and the caller goes on with the other files.



/** SBOMs of whole container images run to tens of megabytes; a hundred is a mistake or an attack. */
const MAX_SBOM_BYTES = 64 * 1024 * 1024;
/** CycloneDX components nest (a product, its modules); deeper than this is not an SBOM anyone wrote. */
const MAX_COMPONENT_DEPTH = 32;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const sboms_text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
/** A value from the file, bounded for messages. */
const quote = (value) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);
function invalid(file, message, fix = 'Regenerate the SBOM, or leave the file out.') {
    return new errors/* ConfigurationError */.j1('invalid-sbom', message, { file }, fix);
}
/** Reads and parses an SBOM file (see core's readFileBytes: regular files, inside the workspace). */
function readSbomFile(path, options) {
    const bytes = (0,src_files/* readFileBytes */.MY)(path, {
        displayName: options.displayName,
        kind: 'SBOM',
        maxBytes: MAX_SBOM_BYTES,
        ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
    });
    return parseSbom(bytes, options.displayName);
}
/** Parses SBOM bytes named `file` in messages. */
function parseSbom(bytes, file) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const source = (0,src_files/* decodeText */.g7)(bytes, file, 'SBOM');
    if (/^\s*</.test(source))
        throw invalid(file, 'is XML; CycloneDX XML is not read yet.', 'Give the CycloneDX JSON form of the SBOM.');
    let document;
    try {
        document = JSON.parse(source);
    }
    catch (error) {
        throw invalid(file, `is not JSON (${(0,errors/* jsonReason */.rw)(error)}).`, 'Name a CycloneDX or SPDX JSON SBOM.');
    }
    if (!isObject(document))
        throw invalid(file, 'is not a JSON object, so not an SBOM.');
    if (document.bomFormat === 'CycloneDX')
        return readCycloneDx(document, file, sha256);
    if (typeof document.spdxVersion === 'string')
        return readSpdx(document, file, sha256);
    throw invalid(file, 'is neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion").', 'Name a CycloneDX or SPDX JSON SBOM.');
}
function label(name, version) {
    return version ? `${name}@${version}` : name;
}
/**
 * For each node reached from `roots`, its parent on a shortest path: breadth first from each root in
 * turn, so what the first root (the subject) reaches is reached from it, and the other roots only
 * fill in what it does not reach.
 */
function parents(roots, edges) {
    const parent = new Map();
    for (const root of roots) {
        if (parent.has(root))
            continue;
        parent.set(root, null);
        const queue = [root];
        for (let head = 0; head < queue.length; head++) {
            const node = queue[head];
            for (const next of edges.get(node) ?? [])
                if (!parent.has(next)) {
                    parent.set(next, node);
                    queue.push(next);
                }
        }
    }
    return parent;
}
function pathTo(id, parent, labels) {
    const path = [];
    for (let node = id; node != null; node = parent.get(node)) {
        path.push(labels.get(node) ?? node);
        if (path.length > parent.size)
            break;
    }
    return path.reverse();
}
const CYCLONEDX_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];
function cycloneDxDigests(hashes) {
    const digests = [];
    if (!Array.isArray(hashes))
        return digests;
    for (const hash of hashes) {
        if (!isObject(hash) || typeof hash.content !== 'string')
            continue;
        const alg = String(hash.alg).toUpperCase().replace(/-/g, '');
        if ((alg === 'SHA256' && /^[0-9a-f]{64}$/i.test(hash.content)) ||
            (alg === 'SHA512' && /^[0-9a-f]{128}$/i.test(hash.content)))
            digests.push(`${alg.toLowerCase()}:${hash.content.toLowerCase()}`);
    }
    return digests.sort();
}
function readCycloneDx(document, file, sha256) {
    const specVersion = String(document.specVersion ?? '');
    if (!CYCLONEDX_VERSIONS.includes(specVersion))
        throw invalid(file, `is CycloneDX ${quote(specVersion)}; versions 1.2 to 1.7 are read.`);
    const metadata = isObject(document.metadata) ? document.metadata : {};
    const subject = isObject(metadata.component) ? metadata.component : undefined;
    const rootLabel = subject ? label(componentName(subject), sboms_text(subject.version)) : undefined;
    const rootRef = subject ? sboms_text(subject['bom-ref']) : undefined;
    const found = [];
    const stack = [];
    if (subject?.components !== undefined)
        stack.push({ list: subject.components, nesting: [rootLabel], where: 'metadata.component.components' });
    if (document.components !== undefined)
        stack.push({ list: document.components, nesting: rootLabel ? [rootLabel] : [], where: 'components' });
    while (stack.length) {
        const { list, nesting, where } = stack.pop();
        if (!Array.isArray(list))
            throw invalid(file, `${where} is not a list.`);
        if (nesting.length > MAX_COMPONENT_DEPTH)
            throw invalid(file, `components are nested more than ${MAX_COMPONENT_DEPTH} deep.`);
        for (const [i, component] of list.entries()) {
            if (!isObject(component))
                throw invalid(file, `${where}[${i}] is not an object.`);
            found.push({ component, nesting, where: `${where}[${i}]` });
            if (component.components !== undefined) {
                const own = label(componentName(component), sboms_text(component.version));
                stack.push({ list: component.components, nesting: [...nesting, own], where: `${where}[${i}].components` });
            }
        }
    }
    // bom-refs identify components in the dependency graph: two different components with one ref make
    // it lie. The same component listed twice under its ref (cdxgen lists the subject again in
    // components) is one component.
    const labels = new Map();
    const identities = new Map();
    if (rootRef && rootLabel) {
        labels.set(rootRef, rootLabel);
        identities.set(rootRef, identity(subject));
    }
    const repeated = new Set();
    for (const { component, where } of found) {
        const ref = sboms_text(component['bom-ref']);
        if (ref === undefined)
            continue;
        const seen = identities.get(ref);
        if (seen !== undefined) {
            if (seen !== identity(component))
                throw invalid(file, `bom-ref ${quote(ref)} (${where}) is used by more than one component.`);
            if (ref !== rootRef)
                repeated.add(component);
            continue;
        }
        identities.set(ref, identity(component));
        labels.set(ref, label(componentName(component), sboms_text(component.version)));
    }
    const edges = new Map();
    const dependedOn = new Set();
    if (document.dependencies !== undefined) {
        if (!Array.isArray(document.dependencies))
            throw invalid(file, 'dependencies is not a list.');
        for (const [i, dependency] of document.dependencies.entries()) {
            if (!isObject(dependency) || typeof dependency.ref !== 'string')
                throw invalid(file, `dependencies[${i}] has no ref.`);
            const on = Array.isArray(dependency.dependsOn)
                ? dependency.dependsOn.filter((ref) => typeof ref === 'string')
                : [];
            edges.set(dependency.ref, [...(edges.get(dependency.ref) ?? []), ...on]);
            for (const ref of on)
                dependedOn.add(ref);
        }
    }
    // From the subject; a graph without one (or parts it does not reach) from the refs nobody depends on.
    const roots = [
        ...(rootRef ? [rootRef] : []),
        ...[...edges.keys()].filter((ref) => ref !== rootRef && !dependedOn.has(ref)).sort(),
    ];
    const parent = parents(roots, edges);
    const components = found
        .filter(({ component }) => !repeated.has(component))
        .map(({ component, nesting }) => {
        const name = componentName(component);
        const version = sboms_text(component.version);
        const purl = sboms_text(component.purl);
        const bomRef = sboms_text(component['bom-ref']);
        const own = label(name, version);
        const graphPath = bomRef !== undefined && parent.has(bomRef) ? pathTo(bomRef, parent, labels) : undefined;
        const key = purl ? parsePurl(purl) : undefined;
        return {
            ...(key ? { key: { type: key.type, namespace: key.namespace, name: key.name } } : {}),
            name,
            ...(version ? { version } : {}),
            ...(purl ? { purl } : {}),
            ...(bomRef ? { bomRef } : {}),
            path: graphPath ?? [...nesting, own],
        };
    });
    return {
        sha256,
        format: `CycloneDX ${specVersion}`,
        ...(sboms_text(document.serialNumber) ? { serialNumber: sboms_text(document.serialNumber) } : {}),
        ...(rootLabel ? { subject: rootLabel } : {}),
        artifactDigests: subject ? cycloneDxDigests(subject.hashes) : [],
        components,
    };
}
/** What a component is, to tell a repeat of it from another component under the same bom-ref. */
function identity(component) {
    return sboms_text(component.purl) ?? label(componentName(component), sboms_text(component.version));
}
function componentName(component) {
    const name = sboms_text(component.name) ?? '(unnamed)';
    const group = sboms_text(component.group);
    return group ? `${group}/${name}` : name;
}
const SPDX_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'];
/** Relationships read as "the element depends on / contains the related element". */
const SPDX_FORWARD = new Set(['DEPENDS_ON', 'CONTAINS', 'HAS_PREREQUISITE', 'DESCRIBES']);
/** Relationships read the other way ("the element is a dependency of the related element"). */
const SPDX_BACKWARD = new Set([
    'DEPENDENCY_OF',
    'DEV_DEPENDENCY_OF',
    'OPTIONAL_DEPENDENCY_OF',
    'BUILD_DEPENDENCY_OF',
    'RUNTIME_DEPENDENCY_OF',
    'TEST_DEPENDENCY_OF',
    'PROVIDED_DEPENDENCY_OF',
    'CONTAINED_BY',
    'DESCRIBED_BY',
    'PREREQUISITE_FOR',
]);
function readSpdx(document, file, sha256) {
    const version = String(document.spdxVersion);
    if (!SPDX_VERSIONS.includes(version))
        throw invalid(file, `is ${quote(version)}; SPDX 2.2 and 2.3 JSON are read.`);
    const documentId = sboms_text(document.SPDXID) ?? 'SPDXRef-DOCUMENT';
    const packages = document.packages ?? [];
    if (!Array.isArray(packages))
        throw invalid(file, 'packages is not a list.');
    const byId = new Map();
    const labels = new Map();
    for (const [i, pkg] of packages.entries()) {
        if (!isObject(pkg))
            throw invalid(file, `packages[${i}] is not an object.`);
        const id = sboms_text(pkg.SPDXID);
        if (id === undefined)
            throw invalid(file, `packages[${i}] has no SPDXID.`);
        if (byId.has(id))
            throw invalid(file, `SPDXID ${quote(id)} (packages[${i}]) is used by more than one package.`);
        byId.set(id, pkg);
        labels.set(id, label(sboms_text(pkg.name) ?? '(unnamed)', sboms_text(pkg.versionInfo)));
    }
    const edges = new Map();
    const add = (from, to) => edges.set(from, [...(edges.get(from) ?? []), to]);
    const relationships = document.relationships ?? [];
    if (!Array.isArray(relationships))
        throw invalid(file, 'relationships is not a list.');
    for (const relationship of relationships) {
        if (!isObject(relationship))
            continue;
        const [from, type, to] = [
            sboms_text(relationship.spdxElementId),
            sboms_text(relationship.relationshipType),
            sboms_text(relationship.relatedSpdxElement),
        ];
        if (!from || !type || !to)
            continue;
        if (SPDX_FORWARD.has(type))
            add(from, to);
        else if (SPDX_BACKWARD.has(type))
            add(to, from);
    }
    // SPDX 2.2 names the described packages in documentDescribes; 2.3 with DESCRIBES relationships.
    if (Array.isArray(document.documentDescribes))
        for (const id of document.documentDescribes)
            if (typeof id === 'string')
                add(documentId, id);
    const described = new Set(edges.get(documentId) ?? []);
    const parent = parents([documentId], edges);
    parent.delete(documentId);
    for (const id of described)
        parent.set(id, null);
    const components = [];
    for (const [id, pkg] of [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (described.has(id))
            continue;
        const name = sboms_text(pkg.name) ?? '(unnamed)';
        const pkgVersion = sboms_text(pkg.versionInfo);
        const purl = spdxPurl(pkg);
        const key = purl ? parsePurl(purl) : undefined;
        components.push({
            ...(key ? { key: { type: key.type, namespace: key.namespace, name: key.name } } : {}),
            name,
            ...(pkgVersion ? { version: pkgVersion } : {}),
            ...(purl ? { purl } : {}),
            bomRef: id,
            path: parent.has(id) ? pathTo(id, parent, labels) : [label(name, pkgVersion)],
        });
    }
    const subjects = [...described].filter((id) => byId.has(id)).sort();
    const digests = new Set();
    for (const id of subjects) {
        const checksums = byId.get(id).checksums;
        if (!Array.isArray(checksums))
            continue;
        for (const checksum of checksums) {
            if (!isObject(checksum) || typeof checksum.checksumValue !== 'string')
                continue;
            const alg = String(checksum.algorithm).toUpperCase().replace(/-/g, '');
            const value = checksum.checksumValue.toLowerCase();
            if ((alg === 'SHA256' && /^[0-9a-f]{64}$/.test(value)) || (alg === 'SHA512' && /^[0-9a-f]{128}$/.test(value)))
                digests.add(`${alg.toLowerCase()}:${value}`);
        }
    }
    return {
        sha256,
        format: version,
        ...(sboms_text(document.documentNamespace) ? { serialNumber: sboms_text(document.documentNamespace) } : {}),
        ...(subjects.length ? { subject: subjects.map((id) => labels.get(id)).join(', ') } : {}),
        artifactDigests: [...digests].sort(),
        components,
    };
}
function spdxPurl(pkg) {
    if (!Array.isArray(pkg.externalRefs))
        return undefined;
    for (const ref of pkg.externalRefs)
        if (isObject(ref) && ref.referenceType === 'purl' && typeof ref.referenceLocator === 'string')
            return ref.referenceLocator;
    return undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
;// CONCATENATED MODULE: ./packages/incident/src/store.ts
// The incident index: one SQLite file (node:sqlite, built into Node 24) that keeps what SBOMs say, so
// a query looks packages up by key instead of re-reading every SBOM. Documents are identified by the
// sha256 of their bytes: indexing a known SBOM again changes nothing (a new name for it is recorded).



/** `PRAGMA application_id` of our index files ("pvrd"): any other SQLite file is refused, not changed. */
const APPLICATION_ID = 0x70767264;
const SCHEMA_VERSION = 1;
const SCHEMA = `
CREATE TABLE documents (
  sha256 TEXT PRIMARY KEY,
  format TEXT NOT NULL,
  serial_number TEXT,
  subject TEXT,
  component_count INTEGER NOT NULL,
  without_purl INTEGER NOT NULL
) STRICT;
CREATE TABLE sources (
  document TEXT NOT NULL REFERENCES documents(sha256),
  name TEXT NOT NULL,
  PRIMARY KEY (document, name)
) STRICT, WITHOUT ROWID;
CREATE TABLE components (
  document TEXT NOT NULL REFERENCES documents(sha256),
  type TEXT NOT NULL,
  namespace TEXT NOT NULL,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  version TEXT,
  purl TEXT,
  bom_ref TEXT,
  path TEXT NOT NULL
) STRICT;
CREATE INDEX components_by_package ON components(type, namespace, name);
CREATE TABLE artifacts (
  digest TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;
CREATE TABLE document_artifacts (
  document TEXT NOT NULL REFERENCES documents(sha256),
  artifact TEXT NOT NULL REFERENCES artifacts(digest),
  PRIMARY KEY (document, artifact)
) STRICT, WITHOUT ROWID;
`;
class IncidentIndex {
    db;
    constructor(db) {
        this.db = db;
    }
    /**
     * Opens (or creates) the index at `path`; without one, an index in memory for this run. An existing
     * file must be a regular file (core's open checks: no device, no link out of the workspace) and one
     * of our indexes; anything else is refused with one line, never rewritten.
     */
    static open(path, options = {}) {
        const name = options.displayName ?? path ?? ':memory:';
        // SQLite would create the file through a dangling link, wherever it points.
        if (path !== undefined && !(0,external_node_fs_.existsSync)(path) && isLink(path))
            throw new errors/* ConfigurationError */.j1('symlink-output', `The index ${name} is a symlink to nothing; no index is created through it.`, { file: name }, 'Name a regular file, or a path where none exists yet.');
        if (path !== undefined && (0,external_node_fs_.existsSync)(path)) {
            (0,external_node_fs_.closeSync)((0,src_files/* openRegularFile */.ZU)(path, {
                displayName: name,
                kind: 'index',
                ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
            }));
        }
        let db;
        try {
            // defensive: the file may come from a cache; SQL in it cannot corrupt it on purpose. timeout: a
            // second run on the same file (another job sharing it) waits for the first one's write.
            db = new external_node_sqlite_.DatabaseSync(path ?? ':memory:', {
                defensive: true,
                enableForeignKeyConstraints: true,
                timeout: 10_000,
            });
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1('invalid-index', `The index ${name} could not be opened: ${(0,errors/* errorMessage */.gJ)(error)}.`, { file: name }, 'Check that its directory exists and is writable.');
        }
        try {
            const applicationId = db.prepare('PRAGMA application_id').get().application_id;
            const version = db.prepare('PRAGMA user_version').get().user_version;
            const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get()
                .n;
            if (applicationId === 0 && version === 0 && tables === 0) {
                db.exec('BEGIN');
                db.exec(SCHEMA);
                db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
                db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
                db.exec('COMMIT');
            }
            else if (applicationId !== APPLICATION_ID) {
                throw new errors/* ConfigurationError */.j1('invalid-index', `${name} is an SQLite file, but not a paved-road find-affected index; it is left as it is.`, { file: name }, 'Name a new file (or an index find-affected wrote) as index.');
            }
            else if (version !== SCHEMA_VERSION) {
                throw new errors/* ConfigurationError */.j1('invalid-index', `The index ${name} has schema version ${version}; this paved-road reads version ${SCHEMA_VERSION}.`, { file: name }, 'Delete it (it is a cache) or name a new file; find-affected builds it again.');
            }
        }
        catch (error) {
            db.close();
            if (error instanceof errors/* ConfigurationError */.j1)
                throw error;
            throw new errors/* ConfigurationError */.j1('invalid-index', `${name} is not a usable index: ${(0,errors/* errorMessage */.gJ)(error)}.`, { file: name }, 'Delete it (it is a cache) or name a new file; find-affected builds it again.');
        }
        // WAL with NORMAL sync: one fsync per checkpoint instead of several per SBOM, and a crash can lose
        // the last SBOMs added (indexed again next run) but never corrupt the file.
        if (path !== undefined)
            db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL');
        return new IncidentIndex(db);
    }
    /** Adds an SBOM under `name`. False when its content was indexed already (then only the name is added). */
    add(sbom, name) {
        const known = this.db.prepare('SELECT 1 FROM documents WHERE sha256 = ?').get(sbom.sha256) !== undefined;
        this.db.exec('BEGIN');
        try {
            if (!known) {
                this.db
                    .prepare('INSERT INTO documents (sha256, format, serial_number, subject, component_count, without_purl) VALUES (?, ?, ?, ?, ?, ?)')
                    .run(sbom.sha256, sbom.format, sbom.serialNumber ?? null, sbom.subject ?? null, sbom.components.length, sbom.components.filter((c) => !c.key).length);
                const insert = this.db.prepare('INSERT INTO components (document, type, namespace, name, display_name, version, purl, bom_ref, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
                for (const c of sbom.components)
                    insert.run(sbom.sha256, c.key?.type ?? '', c.key?.namespace ?? '', c.key?.name ?? '', c.name, c.version ?? null, c.purl ?? null, c.bomRef ?? null, JSON.stringify(c.path));
                const artifact = this.db.prepare('INSERT OR IGNORE INTO artifacts (digest) VALUES (?)');
                const link = this.db.prepare('INSERT OR IGNORE INTO document_artifacts (document, artifact) VALUES (?, ?)');
                for (const digest of sbom.artifactDigests) {
                    artifact.run(digest);
                    link.run(sbom.sha256, digest);
                }
            }
            this.db.prepare('INSERT OR IGNORE INTO sources (document, name) VALUES (?, ?)').run(sbom.sha256, name);
            this.db.exec('COMMIT');
        }
        catch (error) {
            this.db.exec('ROLLBACK');
            throw error;
        }
        return !known;
    }
    /** Every indexed document, by its first name. */
    documents() {
        const rows = this.db
            .prepare('SELECT sha256, format, serial_number, subject, component_count, without_purl FROM documents')
            .all();
        const names = this.grouped('SELECT document AS k, name AS v FROM sources');
        const artifacts = this.grouped('SELECT document AS k, artifact AS v FROM document_artifacts');
        return rows
            .map((row) => ({
            sha256: row.sha256,
            format: row.format,
            ...(row.serial_number !== null ? { serialNumber: row.serial_number } : {}),
            ...(row.subject !== null ? { subject: row.subject } : {}),
            componentCount: row.component_count,
            withoutPurl: row.without_purl,
            names: (names.get(row.sha256) ?? []).sort(),
            artifactDigests: (artifacts.get(row.sha256) ?? []).sort(),
        }))
            .sort((a, b) => compareText(a.names[0] ?? a.sha256, b.names[0] ?? b.sha256));
    }
    /** Components of a package in every document, whatever their version. */
    componentsOf(key) {
        const rows = this.db
            .prepare('SELECT document, display_name, version, purl, bom_ref, path FROM components WHERE type = ? AND namespace = ? AND name = ?')
            .all(key.type, key.namespace, key.name);
        return rows.map((row) => ({
            document: row.document,
            name: row.display_name,
            ...(row.version !== null ? { version: row.version } : {}),
            ...(row.purl !== null ? { purl: row.purl } : {}),
            ...(row.bom_ref !== null ? { bomRef: row.bom_ref } : {}),
            path: JSON.parse(row.path),
        }));
    }
    close() {
        this.db.close();
    }
    grouped(sql) {
        const map = new Map();
        for (const row of this.db.prepare(sql).all()) {
            const list = map.get(row.k);
            if (list)
                list.push(row.v);
            else
                map.set(row.k, [row.v]);
        }
        return map;
    }
}
function isLink(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/incident/src/targets.ts
// What is compromised, as package targets: a purl (any version, or the one it names), a purl with a
// version range, or the packages and ranges of OSV advisories.



/** An advisory file is a page of JSON; OSV dumps of a whole ecosystem are not read as one input. */
const MAX_ADVISORY_BYTES = 16 * 1024 * 1024;
function badComponent(text, why, fix) {
    return new errors/* ConfigurationError */.j1('invalid-input', `Input "component": "${text}" ${why}.`, undefined, fix);
}
/**
 * Targets from `component` purls and `version-range` ranges: one range applies to every component,
 * or one range per component, in order. A purl with a version is that exact version, and takes no range.
 */
function componentTargets(components, ranges) {
    if (ranges.length && !components.length)
        throw new errors/* ConfigurationError */.j1('invalid-input', 'Input "version-range" is given without "component".', undefined, 'Name the package the range is of in component (pkg:npm/name).');
    if (ranges.length > 1 && ranges.length !== components.length)
        throw new errors/* ConfigurationError */.j1('invalid-input', `Input "version-range" has ${ranges.length} ranges for ${components.length} components.`, undefined, 'Give one range for all components, or one per component line, in the same order.');
    return components.map((text, i) => {
        const purl = parsePurl(text);
        if (!purl)
            throw badComponent(text, 'is not a package URL', 'Write it like pkg:npm/lodash or pkg:pypi/django@4.2.0.');
        const key = { type: purl.type, namespace: purl.namespace, name: purl.name };
        const rangeText = ranges.length === 1 ? ranges[0] : ranges[i];
        const name = describePackage(key);
        if (purl.version !== undefined) {
            if (rangeText !== undefined)
                throw badComponent(text, 'names a version and is also given a version-range', 'Drop the @version or the range.');
            const exact = purl.version;
            return {
                key,
                label: `${name}@${exact}`,
                affects: (version) => (version === undefined ? undefined : sameVersion(key.type, version, exact)),
            };
        }
        if (rangeText === undefined)
            return { key, label: `${name} (any version)`, affects: () => true };
        const range = parseRange(rangeText, key.type);
        return {
            key,
            label: `${name} ${range.text}`,
            affects: (version) => (version === undefined ? undefined : range.includes(version)),
        };
    });
}
const targets_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function badAdvisory(file, message) {
    return new errors/* ConfigurationError */.j1('invalid-advisory', message, { file }, 'Give an OSV JSON advisory (as osv.dev and the GitHub advisory database publish them).');
}
/**
 * Targets from OSV advisory files: one advisory, a list of them, or osv.dev's `{"vulns": [...]}`.
 * Each `affected[]` package is a target; a version is affected when it is in `versions` or in a
 * SEMVER or ECOSYSTEM range. An ecosystem whose order is not known here is matched by `versions` only,
 * and a version outside that list is "cannot tell" when the entry also has ranges.
 */
function advisoryTargets(path, displayName, workspace) {
    const text = (0,src_files/* readTextFile */.Gu)(path, {
        displayName,
        kind: 'advisory',
        maxBytes: MAX_ADVISORY_BYTES,
        ...(workspace !== undefined ? { workspace } : {}),
    });
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw badAdvisory(displayName, `is not JSON (${(0,errors/* jsonReason */.rw)(error)}).`);
    }
    const advisories = Array.isArray(document)
        ? document
        : targets_isObject(document) && Array.isArray(document.vulns)
            ? document.vulns
            : [document];
    const targets = [];
    for (const [i, advisory] of advisories.entries()) {
        if (!targets_isObject(advisory) || !Array.isArray(advisory.affected))
            throw badAdvisory(displayName, `advisory ${i + 1} has no "affected" list, so it is not an OSV advisory.`);
        const id = typeof advisory.id === 'string' ? advisory.id : `advisory ${i + 1}`;
        for (const [j, affected] of advisory.affected.entries()) {
            if (!targets_isObject(affected) || !targets_isObject(affected.package))
                throw badAdvisory(displayName, `${id} affected[${j}] has no package.`);
            targets.push(osvTarget(displayName, id, j, affected));
        }
    }
    return targets;
}
function osvTarget(file, id, index, affected) {
    const pkg = affected.package;
    const fromPurl = typeof pkg.purl === 'string' ? parsePurl(pkg.purl) : undefined;
    const key = fromPurl ??
        (typeof pkg.ecosystem === 'string' && typeof pkg.name === 'string'
            ? osvPackageKey(pkg.ecosystem, pkg.name)
            : undefined);
    if (!key)
        throw badAdvisory(file, `${id} affected[${index}] names a package (ecosystem ${JSON.stringify(pkg.ecosystem)}) that has no package URL here.`);
    const packageKey = { type: key.type, namespace: key.namespace, name: key.name };
    const versions = Array.isArray(affected.versions)
        ? affected.versions.filter((v) => typeof v === 'string')
        : [];
    const ranges = (Array.isArray(affected.ranges) ? affected.ranges : []).filter(targets_isObject);
    const readable = ranges.filter((r) => r.type === 'SEMVER' || r.type === 'ECOSYSTEM');
    const unreadable = ranges.length - readable.length;
    return {
        key: packageKey,
        label: `${id} ${describePackage(packageKey)}`,
        affects(version) {
            if (version === undefined)
                return undefined;
            if (versions.some((v) => sameVersion(packageKey.type, version, v)))
                return true;
            let unsure = unreadable > 0;
            for (const range of readable) {
                const scheme = range.type === 'SEMVER' ? semverSchemeFor(packageKey.type) : schemeForType(packageKey.type);
                const events = (Array.isArray(range.events) ? range.events : []).filter(targets_isObject);
                const verdict = scheme ? osvEventsInclude(scheme, events, version) : undefined;
                if (verdict)
                    return true;
                if (verdict === undefined)
                    unsure = true;
            }
            return unsure ? undefined : false;
        },
    };
}

;// CONCATENATED MODULE: ./packages/incident/src/query.ts
/** Every document in the index, judged against the targets. */
function queryIndex(index, targets) {
    const hits = new Map();
    const unsure = new Map();
    const record = (into, document, component, target) => {
        const byComponent = into.get(document) ?? new Map();
        into.set(document, byComponent);
        const id = `${component.purl ?? component.name}\0${component.version ?? ''}\0${component.path.join('\0')}`;
        const entry = byComponent.get(id) ?? { ...component, matches: [] };
        if (!entry.matches.includes(target.label))
            entry.matches.push(target.label);
        byComponent.set(id, entry);
    };
    for (const target of targets) {
        for (const component of index.componentsOf(target.key)) {
            const verdict = target.affects(component.version);
            const { document, bomRef: _bomRef, ...shown } = component;
            if (verdict === true)
                record(hits, document, shown, target);
            else if (verdict === undefined)
                record(unsure, document, shown, target);
        }
    }
    return index.documents().map((document) => {
        const components = sortComponents(hits.get(document.sha256));
        const undecided = sortComponents(unsure.get(document.sha256));
        if (components.length)
            return { document, verdict: 'affected', components, undecided };
        if (document.componentCount === 0)
            return { document, verdict: 'unknown', components, undecided, reason: 'the SBOM lists no components' };
        if (undecided.length)
            return {
                document,
                verdict: 'unknown',
                components,
                undecided,
                reason: `${undecided.length} component(s) of the package have a version that could not be checked`,
            };
        if (document.withoutPurl === document.componentCount)
            return { document, verdict: 'unknown', components, undecided, reason: 'no component has a package URL' };
        return { document, verdict: 'clean', components, undecided };
    });
}
function sortComponents(map) {
    const key = (c) => `${c.purl ?? c.name}\0${c.version ?? ''}\0${c.path.join('\0')}`;
    return [...(map?.values() ?? [])].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

// EXTERNAL MODULE: ./packages/workflows/src/index.ts + 8 modules
var src = __webpack_require__(35495);
;// CONCATENATED MODULE: ./packages/incident/src/actions.ts
// Which workflows use a compromised action: every step `uses:` and reusable-workflow call in the given
// workflow and action.yml files (read by packages/workflows' loader, through core's read primitive),
// with the file, line, and whether the use is pinned to a commit.


const FULL_SHA = /^[0-9a-f]{40}$/i;
/** Parses the `action` input: `owner/repo` or `owner/repo/path`, without a ref. */
function parseActionTargets(actions, refs) {
    if (refs.length && !actions.length)
        throw new errors/* ConfigurationError */.j1('invalid-input', 'Input "action-refs" is given without "action".', undefined, 'Name the compromised action in action (owner/repo).');
    return actions.map((text) => {
        const name = text.trim().replace(/\/+$/, '');
        if (name.includes('@') || !/^[\w.-]+\/[\w.-]+(\/[^\s]+)?$/.test(name))
            throw new errors/* ConfigurationError */.j1('invalid-input', `Input "action": "${text}" is not owner/repo or owner/repo/path.`, undefined, 'Write it like tj-actions/changed-files; put bad refs in action-refs.');
        return { name: name.toLowerCase(), refs: [...refs] };
    });
}
/** `owner/repo[/path]@ref` split, or undefined for local and docker uses. */
function remoteUses(value) {
    const text = value.trim();
    if (text.startsWith('./') || text.startsWith('docker://'))
        return undefined;
    const at = text.lastIndexOf('@');
    if (at <= 0)
        return undefined;
    return { name: text.slice(0, at).toLowerCase(), ref: text.slice(at + 1) };
}
function matches(target, name) {
    // The repository names every action in it: a compromised repository compromises all its paths.
    return name === target.name || (target.name.split('/').length === 2 && name.startsWith(`${target.name}/`));
}
function judge(target, ref) {
    if (!target.refs.length)
        return 'affected';
    if (target.refs.some((bad) => (FULL_SHA.test(bad) ? bad.toLowerCase() === ref.toLowerCase() : bad === ref)))
        return 'affected';
    // A tag or branch may point at a bad commit; resolving it needs the network, which is not asked here.
    return FULL_SHA.test(ref) ? undefined : 'unknown';
}
/** Each workflow file's uses of the target actions. */
function findActionUses(files, targets, workspace) {
    return files.map(({ path, displayName }) => {
        const workflow = (0,src/* loadWorkflowPath */.Hy)(path, displayName, { workspace, validate: false });
        const uses = [];
        const visit = (value, job, step) => {
            if (!value)
                return;
            const remote = remoteUses(value.value);
            if (!remote)
                return;
            for (const target of targets) {
                if (!matches(target, remote.name))
                    continue;
                const verdict = judge(target, remote.ref);
                if (!verdict)
                    continue;
                uses.push({
                    file: displayName,
                    line: value.line,
                    column: value.column,
                    uses: value.value,
                    ref: remote.ref,
                    pinned: FULL_SHA.test(remote.ref),
                    ...(job !== undefined ? { job } : {}),
                    ...(step !== undefined ? { step } : {}),
                    verdict,
                });
                break;
            }
        };
        for (const job of workflow.jobs) {
            const jobId = job.composite ? undefined : job.id;
            visit(job.uses, jobId);
            for (const step of job.steps)
                visit(step.uses, jobId, (0,src/* stepLabel */.vO)(step));
        }
        for (const step of workflow.action?.runs?.steps ?? [])
            visit(step.uses, undefined, (0,src/* stepLabel */.vO)(step));
        const unique = dedupe(uses);
        if (unique.some((u) => u.verdict === 'affected'))
            return { file: displayName, verdict: 'affected', uses: unique };
        if (unique.length)
            return {
                file: displayName,
                verdict: 'unknown',
                uses: unique,
                reason: 'uses the action at a tag or branch, which may point at a bad commit',
            };
        if (!workflow.jobs.length && !workflow.action && workflow.errors.length)
            return {
                file: displayName,
                verdict: 'unknown',
                uses: [],
                reason: `could not be read: ${workflow.errors[0].message}`,
            };
        return { file: displayName, verdict: 'clean', uses: [] };
    });
}
function dedupe(uses) {
    const seen = new Set();
    return uses
        .filter((use) => {
        const key = `${use.line}:${use.column}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort((a, b) => a.line - b.line || a.column - b.column);
}

;// CONCATENATED MODULE: ./packages/incident/src/report.ts
const report_name = (entry) => (entry.kind === 'sbom' ? entry.sbom : entry.file);
function componentLine(c, gap = '  ') {
    return `${c.version ? `${c.name}@${c.version}` : c.name}${c.purl ? `${gap}${c.purl}` : ''}`;
}
function useLine(file, use) {
    return `${file}:${use.line}:${use.column}  uses: ${use.uses}  (${use.pinned ? 'pinned to a commit' : 'not pinned'}${use.job ? `, job ${use.job}` : ''}${use.step ? `, step ${use.step}` : ''})`;
}
function totals(report, counts) {
    const searched = [
        counts.sboms ? `${counts.sboms} SBOM(s)` : '',
        counts.workflows ? `${counts.workflows} workflow file(s)` : '',
    ].filter(Boolean);
    return `${report.affected.length} affected, ${report.clean.length} clean, ${report.unknown.length} unknown (searched ${searched.join(' and ') || 'nothing'}).`;
}
function renderText(report, counts) {
    const lines = [];
    for (const entry of report.affected) {
        if (entry.kind === 'sbom') {
            lines.push(`AFFECTED ${entry.sbom}${entry.artifacts ? ` (artifact ${entry.artifacts.join(', ')})` : ''}`);
            for (const c of entry.components ?? []) {
                lines.push(`  ${componentLine(c)}`, `    path: ${c.path.join(' > ')}`, `    matches: ${c.matches.join('; ')}`);
            }
        }
        else {
            lines.push(`AFFECTED ${entry.file}`);
            for (const use of entry.uses ?? [])
                lines.push(`  ${useLine(entry.file, use)}${use.verdict === 'unknown' ? ' [unknown ref]' : ''}`);
        }
    }
    for (const entry of report.unknown) {
        lines.push(`UNKNOWN  ${report_name(entry)}: ${entry.reason ?? 'could not be searched'}`);
        if (entry.kind === 'sbom')
            for (const c of entry.undecided ?? [])
                lines.push(`  ${componentLine(c)}`);
        else
            for (const use of entry.uses ?? [])
                lines.push(`  ${useLine(entry.file, use)}`);
    }
    lines.push(totals(report, counts));
    return `${lines.join('\n')}\n`;
}
/** Markdown cells hold text from SBOMs and workflows: no pipes, no line breaks, no HTML. */
function cell(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/`/g, "'");
}
const MAX_SUMMARY_ROWS = 200;
function renderSummary(report, counts) {
    const lines = ['### find-affected', '', totals(report, counts), ''];
    const rows = [];
    for (const [verdict, entries] of [
        ['affected', report.affected],
        ['unknown', report.unknown],
    ])
        for (const entry of entries) {
            if (entry.kind === 'sbom') {
                const what = [...(entry.components ?? []), ...(entry.undecided ?? [])]
                    .map((c) => cell(`${componentLine(c, ' ')} (${c.path.join(' > ')})`))
                    .join('<br>');
                rows.push(`| ${verdict} | SBOM \`${cell(entry.sbom)}\` | ${entry.artifacts ? `\`${entry.artifacts.map(cell).join(', ')}\`` : ''} | ${what || cell(entry.reason ?? '')} |`);
            }
            else {
                const what = (entry.uses ?? [])
                    .map((u) => cell(`line ${u.line}: ${u.uses} (${u.pinned ? 'pinned' : 'not pinned'})`))
                    .join('<br>');
                rows.push(`| ${verdict} | workflow \`${cell(entry.file)}\` | | ${what || cell(entry.reason ?? '')} |`);
            }
        }
    if (rows.length) {
        lines.push('| Verdict | Where | Artifact | What |', '|---|---|---|---|', ...rows.slice(0, MAX_SUMMARY_ROWS));
        if (rows.length > MAX_SUMMARY_ROWS)
            lines.push('', `${rows.length - MAX_SUMMARY_ROWS} more rows in the report.`);
    }
    lines.push('');
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/command.ts
var command = __webpack_require__(72437);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(96875);
;// CONCATENATED MODULE: ./packages/incident/src/command.ts
// `find-affected`: the action and `paved-road find-affected`. Indexes the SBOMs given (into the index
// file when one is named, so later runs reuse it), then answers which SBOMs include a compromised
// package and which workflows use a compromised action.








const COMMAND_NAME = 'find-affected';
/** In a folder, the files named like SBOMs (a folder also holds package.json and other JSON). */
function isSbomFileName(file) {
    return /(^|[/.])(s?bom|cdx|cyclonedx|spdx)\.json$/i.test(file);
}
const DEFAULT_WORKFLOWS = [
    '.github/workflows/*.yml',
    '.github/workflows/*.yaml',
    '.github/actions/**/action.yml',
    '.github/actions/**/action.yaml',
];
const findAffectedCommand = (0,command/* defineCommand */.N)({
    name: COMMAND_NAME,
    description: 'Answers which SBOMs include a compromised package (purl, version ranges or an OSV advisory) and which workflows use a compromised action; SBOMs are kept in an SQLite index.',
    inputs: [
        {
            name: 'sboms',
            description: 'SBOM files, folders or globs, one per line (CycloneDX 1.2-1.7 or SPDX 2.2/2.3 JSON). In a folder, files named *.cdx.json, *.spdx.json, bom.json, sbom.json.',
            default: '',
            positional: true,
        },
        {
            name: 'index',
            description: 'The index file (SQLite) the SBOMs are added to and queried from; it keeps what earlier runs indexed (cache it with actions/cache). Default: an index for this run only.',
            default: '',
        },
        {
            name: 'component',
            description: 'Compromised packages as purls, one per line: without a version (every version, or the version-range), or with one (pkg:npm/lodash@4.17.20).',
            default: '',
        },
        {
            name: 'version-range',
            description: 'Affected versions: one range for every component, or one per component line in the same order. npm semver (>=1.0.0 <1.2.6 || 2.0.0), PEP 440 (>=2.0,<2.2.1), Go (>=v1.2.0 <v1.4.0), Cargo (>=0.3, <0.3.2), or vers: (vers:npm/>=1.0.0|<1.2.6).',
            default: '',
        },
        {
            name: 'advisory',
            description: 'OSV JSON advisory files, one per line (one advisory, a list, or {"vulns": [...]}; GitHub advisory database files are OSV): their affected packages, ranges and versions.',
            default: '',
        },
        {
            name: 'action',
            description: 'Compromised actions, one per line: owner/repo (every action in it) or owner/repo/path.',
            default: '',
        },
        {
            name: 'action-refs',
            description: 'The bad refs of the action (tags, branches or commit SHAs), one per line. Default: every ref. A use at another tag or branch is unknown (it may point at a bad commit).',
            default: '',
        },
        {
            name: 'workflows',
            description: 'Workflow and action.yml files or globs searched for uses of the action, one per line. Default: .github/workflows/*.y(a)ml and .github/actions/**/action.y(a)ml.',
            default: '',
        },
        {
            name: 'fail-on-unknown',
            description: 'Fail (exit 1) when an SBOM or workflow could not be searched (unreadable, no components, versions that cannot be compared), as when something is affected.',
            default: 'true',
        },
    ],
    outputs: [
        { name: 'affected', description: '`true` when any SBOM or workflow is affected, else `false`.' },
        { name: 'affected-count', description: 'How many SBOMs and workflows are affected.' },
        { name: 'unknown-count', description: 'How many SBOMs and workflows could not be searched.' },
        { name: 'report-path', description: 'The JSON report ({"affected", "clean", "unknown"}), under RUNNER_TEMP.' },
    ],
    parse(inputs) {
        const components = inputs.getList('component');
        const actions = parseActionTargets(inputs.getList('action'), inputs.getList('action-refs'));
        const advisories = inputs.getList('advisory');
        const options = {
            sboms: inputs.getList('sboms'),
            ...(inputs.get('index') ? { index: inputs.get('index') } : {}),
            componentTargets: componentTargets(components, inputs.getList('version-range')),
            components,
            advisories,
            actions,
            workflows: inputs.getList('workflows'),
            failOnUnknown: (0,src_inputs/* parseBoolean */.yG)('fail-on-unknown', inputs.get('fail-on-unknown'), true),
        };
        if (!components.length && !advisories.length && !actions.length)
            throw new errors/* ConfigurationError */.j1('invalid-input', 'Nothing to look for: give component, advisory or action.', undefined, 'Name the compromised package (component: pkg:npm/name), an OSV advisory file, or the action (owner/repo).');
        if ((components.length || advisories.length) && !options.sboms.length && !options.index)
            throw new errors/* ConfigurationError */.j1('invalid-input', 'A package is given, but no SBOMs to search and no index.', undefined, 'Name the SBOM files or folders in sboms, or an index built before.');
        return options;
    },
    async run(options, context) {
        const report = { affected: [], clean: [], unknown: [] };
        const searchesPackages = options.componentTargets.length > 0 || options.advisories.length > 0;
        let sbomCount = 0;
        if (searchesPackages) {
            const targets = [
                ...options.componentTargets,
                ...options.advisories.flatMap((file) => advisoryTargets(absolute(context, file), file, context.workspace)),
            ];
            const { verdicts, unreadable } = indexAndQuery(options, targets, context);
            sbomCount = verdicts.length + unreadable.length;
            for (const verdict of verdicts)
                place(report, sbomEntry(verdict));
            report.unknown.push(...unreadable);
        }
        let workflowCount = 0;
        if (options.actions.length) {
            const files = (0,src_files/* expandPaths */.pR)(options.workflows, {
                cwd: context.workspace,
                defaults: DEFAULT_WORKFLOWS,
                strict: options.workflows.length > 0,
                inDirectory: (file) => /\.ya?ml$/i.test(file),
            });
            if (!files.length)
                throw new errors/* ConfigurationError */.j1('no-workflows', `No workflow file matched ${options.workflows.length ? `workflows (${options.workflows.join(', ')})` : `the default workflows (${DEFAULT_WORKFLOWS.join(', ')})`}.`, undefined, 'Name the workflow and action.yml files to search in workflows.');
            workflowCount = files.length;
            for (const verdict of findActionUses(files.map((file) => ({ path: absolute(context, file), displayName: file })), options.actions, context.workspace))
                place(report, workflowEntry(verdict));
        }
        const reportPath = (0,external_node_path_.join)(context.tempDir, 'find-affected-report.json');
        (0,src_files/* writeFileAtomic */.Zf)(reportPath, `${JSON.stringify(report, null, 2)}\n`, { createDirectory: true });
        const affected = report.affected.length;
        const unknown = report.unknown.length;
        const failed = affected > 0 || (unknown > 0 && options.failOnUnknown);
        const counts = { sboms: sbomCount, workflows: workflowCount };
        return {
            exitCode: failed ? 1 : 0,
            ...(failed
                ? {
                    failureMessage: affected
                        ? `${affected} affected (${describeKinds(report.affected)}); see the report.`
                        : `nothing found affected, but ${unknown} could not be searched (${describeKinds(report.unknown)}); set fail-on-unknown: false to accept that.`,
                }
                : {}),
            outputs: {
                affected: String(affected > 0),
                'affected-count': String(affected),
                'unknown-count': String(unknown),
                'report-path': reportPath,
            },
            json: report,
            text: renderText(report, counts),
            summary: renderSummary(report, counts),
        };
    },
});
function absolute(context, file) {
    return (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(context.workspace, file);
}
function describeKinds(entries) {
    const sboms = entries.filter((e) => e.kind === 'sbom').length;
    const workflows = entries.length - sboms;
    return [sboms ? `${sboms} SBOM(s)` : '', workflows ? `${workflows} workflow file(s)` : ''].filter(Boolean).join(', ');
}
function indexAndQuery(options, targets, context) {
    const index = IncidentIndex.open(options.index ? absolute(context, options.index) : undefined, {
        ...(options.index ? { displayName: options.index } : {}),
        workspace: context.workspace,
    });
    try {
        const unreadable = [];
        const files = options.sboms.length
            ? (0,src_files/* expandPaths */.pR)(options.sboms, { cwd: context.workspace, inDirectory: isSbomFileName })
            : [];
        let added = 0;
        for (const file of files) {
            try {
                const sbom = readSbomFile(absolute(context, file), { displayName: file, workspace: context.workspace });
                if (index.add(sbom, file))
                    added++;
            }
            catch (error) {
                if (!(0,errors/* isConfigurationError */.p0)(error))
                    throw error;
                // One bad file is reported, and every other file is still searched.
                context.log(`warning: ${error.describe()}`);
                unreadable.push({ kind: 'sbom', sbom: file, reason: (0,errors/* formatErrorLine */.AC)(error.message, undefined, error.fix) });
            }
        }
        context.log(`${files.length} SBOM file(s) read, ${added} new to the index`);
        const verdicts = queryIndex(index, targets);
        // Nothing searched is not "nothing affected".
        if (!verdicts.length && !unreadable.length)
            throw new errors/* ConfigurationError */.j1('no-sboms', options.sboms.length
                ? `No SBOM file matched sboms (${options.sboms.join(', ')}), and the index holds none.`
                : `The index ${options.index} holds no SBOM.`, undefined, 'Name SBOM files or folders in sboms (in a folder, files named *.cdx.json, *.spdx.json, bom.json, sbom.json).');
        return { verdicts, unreadable };
    }
    finally {
        index.close();
    }
}
function place(report, entry) {
    const { verdict, ...rest } = entry;
    report[verdict].push(rest);
}
function sbomEntry(verdict) {
    const { document } = verdict;
    return {
        verdict: verdict.verdict,
        kind: 'sbom',
        sbom: document.names[0] ?? document.sha256,
        ...(document.names.length > 1 ? { alsoNamed: document.names.slice(1) } : {}),
        sbomDigest: `sha256:${document.sha256}`,
        format: document.format,
        ...(document.subject ? { subject: document.subject } : {}),
        ...(document.artifactDigests.length ? { artifacts: document.artifactDigests } : {}),
        ...(verdict.verdict === 'clean' ? { componentCount: document.componentCount } : {}),
        ...(verdict.components.length ? { components: verdict.components } : {}),
        ...(verdict.undecided.length ? { undecided: verdict.undecided } : {}),
        ...(verdict.reason ? { reason: verdict.reason } : {}),
    };
}
function workflowEntry(verdict) {
    return {
        verdict: verdict.verdict,
        kind: 'workflow',
        file: verdict.file,
        ...(verdict.uses.length
            ? { uses: verdict.uses.map(({ file: _file, verdict: useVerdict, ...use }) => ({ ...use, verdict: useVerdict })) }
            : {}),
        ...(verdict.reason ? { reason: verdict.reason } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/incident/src/index.ts
// @paved-road/incident: find-affected. SBOMs read into an SQLite index (store.ts), compromised
// packages as targets (targets.ts, versions.ts), the index queried (query.ts), workflow uses of a
// compromised action (actions.ts), and the command (command.ts).











/***/ })

};
