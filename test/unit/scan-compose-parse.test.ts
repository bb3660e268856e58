import assert from 'assert';
import { parseAllDocuments } from 'yaml';
import { scanCompose } from '../../src/core/formats/compose';
import { MAX_YAML_DEPTH, parseComposeDocuments } from '../../src/core/formats/composeParse';

const web = 'services:\n  web:\n    ports:\n      - "8080:80"\n';
const ports = (text: string) => scanCompose(text).mentions.map((m) => m.port);

/** `x-deep:` holding `depth` block mappings, each indented one space more than its parent. */
function indentedMappings(depth: number): string {
  let text = 'x-deep:\n';
  for (let level = 1; level < depth; level++) text += `${' '.repeat(level)}k:\n`;
  return text;
}

describe('scanCompose: deeply nested YAML', () => {
  it(`flow brackets nested ${MAX_YAML_DEPTH - 56} deep are read like any other file`, () => {
    const depth = MAX_YAML_DEPTH - 56;
    assert.deepStrictEqual(ports(`x-deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n${web}`), [8080, 80]);
  });

  it(`a file nesting deeper than ${MAX_YAML_DEPTH} levels is not read at all: no mentions, no problems`, () => {
    // yaml composes nesting recursively: about 1,000 levels abort the whole process (see robustness.test.ts).
    const depth = MAX_YAML_DEPTH + 44;
    for (const deep of ['['.repeat(depth), '{'.repeat(depth), '[{'.repeat(depth / 2), `\n${'- '.repeat(depth)}`, `\n${'? '.repeat(depth)}`]) {
      assert.deepStrictEqual(scanCompose(`${web}x-deep: ${deep}\n`), { mentions: [], problems: [] }, JSON.stringify(deep.slice(0, 6)));
    }
    assert.deepStrictEqual(scanCompose(`${web}      - ${'['.repeat(depth)}\n`), { mentions: [], problems: [] }, 'inside ports:');
  });

  it('nesting is measured as yaml reads it: indented block mappings count, brackets in quotes and comments do not', () => {
    assert.deepStrictEqual(scanCompose(`${web}${indentedMappings(MAX_YAML_DEPTH + 44)}`), { mentions: [], problems: [] });
    assert.deepStrictEqual(ports(`${web}${indentedMappings(MAX_YAML_DEPTH - 56)}`), [8080, 80]);
    const brackets = '['.repeat(MAX_YAML_DEPTH * 4);
    assert.deepStrictEqual(ports(`${web}x-quoted: "${brackets}"\nx-single: '${brackets}'\n# ${brackets}\n`), [8080, 80]);
  });

  it('the guarded parse gives the documents parseAllDocuments gives', () => {
    const text = `${web}---\nservices:\n  db: {ports: ["5432"]}\n...\n--- !!map\nx: [1, 2\n`;
    const mine = parseComposeDocuments(text)!;
    const theirs = parseAllDocuments(text, { merge: true, uniqueKeys: false, prettyErrors: false }) as unknown as typeof mine;
    assert.deepStrictEqual(mine.map((d) => d.toJS()), theirs.map((d) => d.toJS()));
    assert.deepStrictEqual(mine.map((d) => d.errors.map((e) => e.code)), theirs.map((d) => d.errors.map((e) => e.code)));
    assert.deepStrictEqual(mine.map((d) => d.errors.length > 0), [false, false, true]);
  });
});

describe('scanCompose: files full of YAML errors', () => {
  it('syntax errors are made without stack traces, and Error.stackTraceLimit is restored afterwards', () => {
    // A 100 KB line of "'"'… makes 33,000 errors; capturing a stack trace for each cost seconds.
    const saved = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 7;
      const docs = parseComposeDocuments(`x: "'"'"'"'"'"'\n`)!;
      const errors = docs.flatMap((d) => d.errors);
      assert.ok(errors.length >= 3, `${errors.length} errors`);
      for (const error of errors) assert.doesNotMatch(String(error.stack), /\n\s+at /, 'no stack frames');
      assert.strictEqual(Error.stackTraceLimit, 7);
      assert.deepStrictEqual(parseComposeDocuments('['.repeat(MAX_YAML_DEPTH + 1)), undefined);
      assert.strictEqual(Error.stackTraceLimit, 7, 'restored on an early return too');
    } finally {
      Error.stackTraceLimit = saved;
    }
  });
});

describe('scanCompose: scalars written over several lines or with escapes', () => {
  const found = (text: string) => {
    const { mentions, problems } = scanCompose(text);
    return {
      mentions: mentions.map((m) => [m.role, m.port, text.slice(m.start, m.end)]),
      problems: problems.map((p) => [p.code, text.slice(p.start, p.end)]),
    };
  };

  it('a plain or quoted scalar folded over lines maps each port to its own digits', () => {
    const text = 'services:\n  web:\n    ports:\n      - 8080:80\n        /udp\n      - "9090:\n\n        90"\n';
    // Folding turns a line break into a space or a newline ("80 /udp", "9090:\n90"): those are not valid.
    assert.deepStrictEqual(found(text), {
      mentions: [['host', 8080, '8080'], ['host', 9090, '9090']],
      problems: [['invalid-port', '80\n'], ['invalid-port', '\n\n        90']],
    });
    const env = "services:\n  web:\n    environment:\n      API_URL: 'http://api:8080/\n        v1'\n";
    assert.deepStrictEqual(found(env).mentions, [['setting', 8080, '8080']]);
  });

  it('a port written with escapes gives no mention, since no span of the file is the port as written', () => {
    // "\x38080" is 8080 to YAML; a mention could only cover the whole scalar, which is not a port as written.
    const text = 'services:\n  web:\n    ports:\n      - "\\x38080:80"\n      - "9000:90"\n';
    assert.deepStrictEqual(found(text).mentions, [['host', 9000, '9000'], ['container', 90, '90']]);
  });
});
