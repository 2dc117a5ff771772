// Runs the WHATWG URL test data of the web-platform-tests (the directory given as the script's
// argument: urltestdata.json, setters_tests.json, toascii.json, IdnaTestV2.json,
// percent-encoding.json) the way WPT's url-constructor, url-setters, toascii, IdnaTestV2 and
// percent-encoding tests do, and prints a summary line per file, then one line per failing case:
// "FAIL file: case<TAB>what was wrong". Run by url.test.
const dir = scriptArgs[0];
const load = (name) => JSON.parse(read(`${dir}/${name}`));
const show = (value) => JSON.stringify(value);
let failures = [];

function check(file, name, body) {
  let problem;
  try {
    problem = body();
  } catch (e) {
    problem = `threw ${e && e.name}: ${e && e.message}`;
  }
  if (problem) failures.push(`FAIL ${file}: ${name}\t${problem}`);
  return !problem;
}

function compare(url, expected, keys) {
  for (const key of keys) {
    if (!(key in expected)) continue;
    if (url[key] !== expected[key]) return `${key} is ${show(url[key])}, expected ${show(expected[key])}`;
  }
  return undefined;
}

const components = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash', 'origin'];

function summary(file, run) {
  const before = failures.length;
  const total = run();
  const failed = failures.length - before;
  console.log(`${file}: ${total - failed} passed, ${failed} failed`);
}

summary('urltestdata.json', () => {
  let total = 0;
  for (const test of load('urltestdata.json')) {
    if (typeof test === 'string') continue;
    total++;
    const name = `new URL(${show(test.input)}, ${show(test.base)})`;
    check('urltestdata.json', name, () => {
      const make = () => (test.base === null ? new URL(test.input) : new URL(test.input, test.base));
      const canParse = test.base === null ? URL.canParse(test.input) : URL.canParse(test.input, test.base);
      if (test.failure) {
        try {
          make();
        } catch (e) {
          if (!(e instanceof TypeError)) return `threw ${e.name}, expected a TypeError`;
          return canParse ? 'URL.canParse is true' : undefined;
        }
        return 'parsed, expected failure';
      }
      const url = make();
      if (!canParse) return 'URL.canParse is false';
      if (test.searchParams !== undefined && url.searchParams.toString() !== test.searchParams) {
        return `searchParams is ${show(url.searchParams.toString())}`;
      }
      return compare(url, test, components);
    });
  }
  return total;
});

summary('setters_tests.json', () => {
  let total = 0;
  const data = load('setters_tests.json');
  for (const setter of Object.keys(data)) {
    if (setter === 'comment') continue;
    for (const test of data[setter]) {
      total++;
      check('setters_tests.json', `${setter} = ${show(test.new_value)} on ${show(test.href)}`, () => {
        const url = new URL(test.href);
        url[setter] = test.new_value;
        return compare(url, test.expected, components);
      });
    }
  }
  return total;
});

summary('toascii.json', () => {
  let total = 0;
  for (const test of load('toascii.json')) {
    if (typeof test === 'string') continue;
    total++;
    check('toascii.json', show(test.input), () => {
      if (test.output === null) {
        try {
          new URL(`https://${test.input}/x`);
          return 'parsed, expected failure';
        } catch (e) {
          if (!(e instanceof TypeError)) return `threw ${e.name}`;
        }
      } else {
        const url = new URL(`https://${test.input}/x`);
        const problem = compare(url, {host: test.output, hostname: test.output, pathname: '/x',
          href: `https://${test.output}/x`}, ['host', 'hostname', 'pathname', 'href']);
        if (problem) return problem;
      }
      for (const setter of ['host', 'hostname']) {
        const url = new URL('https://x/x');
        url[setter] = test.input;
        const expected = test.output === null ? 'x' : test.output;
        if (url[setter] !== expected) return `${setter} setter gives ${show(url[setter])}`;
      }
      return undefined;
    });
  }
  return total;
});

// IdnaTestV2.json, as WPT's IdnaTestV2.window.js runs it (the empty input cannot be a host).
summary('IdnaTestV2.json', () => {
  let total = 0;
  for (const test of load('IdnaTestV2.json')) {
    if (typeof test === 'string' || test.input === '') continue;
    total++;
    check('IdnaTestV2.json', show(test.input), () => {
      if (test.output === null) {
        try {
          new URL(`https://${test.input}/x`);
          return 'parsed, expected failure';
        } catch (e) {
          return e instanceof TypeError ? undefined : `threw ${e.name}`;
        }
      }
      const url = new URL(`https://${test.input}/x`);
      return compare(url, {host: test.output, hostname: test.output, pathname: '/x',
        href: `https://${test.output}/x`}, ['host', 'hostname', 'pathname', 'href']);
    });
  }
  return total;
});

// Only the UTF-8 expectations apply to the URL API (the others need documents in those
// encodings); the fragment is UTF-8 encoded whatever the document's encoding.
summary('percent-encoding.json', () => {
  let total = 0;
  for (const test of load('percent-encoding.json')) {
    if (typeof test === 'string') continue;
    total++;
    check('percent-encoding.json', show(test.input), () => {
      const url = new URL(`https://doesnotmatter.invalid/?${test.input}#${test.input}`);
      return compare(url, {search: `?${test.output['utf-8']}`, hash: `#${test.output['utf-8']}`},
          ['search', 'hash']);
    });
  }
  return total;
});

for (const failure of failures) console.log(failure);
