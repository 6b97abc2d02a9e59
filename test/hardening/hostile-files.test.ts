/**
 * Hostile files through every entry that reads them. A playbook directory is read by `validate` and
 * `render` on the command line and by the pull-request check (the Action on `pull_request`, with the
 * real Octokit over HTTP against the emulator); a Markdown handbook is read by `import`. Each case of
 * the table goes through each of its entries and must end in a clear diagnostic: its rule, the file,
 * and the line where a line means something. Input that is odd but fine (a byte-order mark at the
 * start, YAML 1.1 words that YAML 1.2 reads as text) must load as the author meant. Never a hang (each
 * test has a generous timeout; nothing here times anything), a crash or a polluted prototype.
 */
import { mkdir, mkdtemp, readFile, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { type CheckWorld, type Files, startCheckWorld } from '../review/check-world.js';

const SET = 'playbooks';
const SECRET = 'hunter2-never-printed';

/** What an entry must report: the rule, the file (relative to the playbook directory) and its line. */
interface Expected {
  rule: string;
  file: string;
  line: number;
  /** A part of the message that says what is wrong. */
  says: string;
}

/** One hostile playbook directory: the demo set changed by `make`. */
interface HostileSet {
  name: string;
  make: (dir: string) => Promise<void>;
  /** The error every entry reports; absent when the set is valid, and then `loads` checks what it means. */
  error?: Expected;
  loads?: (set: PlaybookSet) => void;
}

async function edit(dir: string, file: string, from: string, to: string): Promise<void> {
  const text = await readFile(join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  await writeFile(join(dir, file), text.replace(from, to));
}

function billionLaughs(levels: number): string {
  let text = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let level = 1; level < levels; level += 1) text += `a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]\n`;
  return text;
}

/** Mappings that each merge two anchors, as YAML 1.1 tools allow: `<<: [*a, *b]`, many times. */
function mergeFlood(mappings: number): string {
  let text = 'kind: tools\nbase: &a {name: Grafana, url: "https://grafana.example"}\nmore: &b {category: Monitoring}\ncategories:\n';
  for (let index = 0; index < mappings; index += 1) text += `  - <<: [*a, *b]\n    id: tool-${index}\n`;
  return text;
}

// Line numbers of the demo set are looked up in the files, never written down here.
const lines: Record<string, number> = {};

const SETS: HostileSet[] = [
  {
    name: 'billion laughs (9 levels of 9 aliases)',
    make: (dir) => writeFile(join(dir, 'laughs.yaml'), billionLaughs(9)),
    error: { rule: 'yaml-limit', file: 'laughs.yaml', line: 1, says: 'aliases expand the document to more than 1,000,000 nodes' },
  },
  {
    name: 'flow nesting 10,000 deep',
    make: (dir) => writeFile(join(dir, 'deep.yaml'), `kind: tools\ncategories: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
    error: { rule: 'yaml-limit', file: 'deep.yaml', line: 2, says: 'nested deeper than 64 levels' },
  },
  {
    name: 'block nesting 1,000 deep',
    make: (dir) => writeFile(join(dir, 'deep.yaml'), Array.from({ length: 1_000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n')),
    error: { rule: 'yaml-limit', file: 'deep.yaml', line: 64, says: 'nested deeper than 64 levels' },
  },
  {
    name: 'more aliases than the limit',
    make: (dir) => writeFile(join(dir, 'aliases.yaml'), `kind: tools\na: &a x\nb: [${Array.from({ length: 101 }, () => '*a').join(', ')}]\n`),
    error: { rule: 'yaml-limit', file: 'aliases.yaml', line: 3, says: 'more than 100 aliases' },
  },
  {
    name: 'a merge-key flood (<<: [*a, *b] in 500 mappings)',
    make: (dir) => writeFile(join(dir, 'merge.yaml'), mergeFlood(500)),
    error: { rule: 'yaml-syntax', file: 'merge.yaml', line: 5, says: 'merge keys (<<) are not supported' },
  },
  {
    name: 'one merge key in a real file',
    make: (dir) => edit(dir, 'settings.yaml', 'kind: settings\n', 'kind: settings\n<<: {trust_reporters: true}\n'),
    error: { rule: 'yaml-syntax', file: 'settings.yaml', line: 0, says: 'merge keys (<<) are not supported' },
  },
  {
    name: '__proto__, constructor and prototype keys',
    make: (dir) => edit(dir, 'settings.yaml', 'kind: settings\n', 'kind: settings\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n'),
    error: { rule: 'schema', file: 'settings.yaml', line: 0, says: 'unknown property "__proto__"' },
  },
  {
    name: 'a byte-order mark at the start of a file (fine)',
    make: async (dir) => writeFile(join(dir, 'roles.yaml'), `\ufeff${await readFile(join(dir, 'roles.yaml'), 'utf8')}`),
    loads: (set) => expect(set.roles.map((role) => role.id)).toContain('ic'),
  },
  {
    name: 'a byte-order mark glued to a key in the middle of a file',
    make: (dir) => edit(dir, 'settings.yaml', '\nname:', '\n\ufeffname:'),
    error: { rule: 'yaml-syntax', file: 'settings.yaml', line: 0, says: 'byte-order mark (U+FEFF)' },
  },
  {
    name: 'YAML 1.1 words (no, on, yes, ~) where text is meant: read as YAML 1.2 text',
    make: async (dir) => {
      await edit(dir, 'settings.yaml', 'name: Incident Response Playbook', 'name: no');
      await edit(dir, 'roles.yaml', 'name: Incident Commander', 'name: on');
    },
    loads: (set) => {
      expect(set.name).toBe('no');
      expect(set.roles.find((role) => role.id === 'ic')?.name).toBe('on');
    },
  },
  {
    name: 'an unquoted date (2026-12-01) stays a date string',
    make: (dir) => edit(dir, 'settings.yaml', 'last_reviewed: "2026-11-27"', 'last_reviewed: 2026-12-01'),
    loads: (set) => expect(set.reviews.find((review) => review.file === 'settings.yaml')?.lastReviewed).toBe('2026-12-01'),
  },
  {
    name: 'yes where true or false is meant',
    make: (dir) => edit(dir, 'settings.yaml', 'trust_reporters: false', 'trust_reporters: yes'),
    error: { rule: 'schema', file: 'settings.yaml', line: 0, says: 'expected true or false, found text' },
  },
  {
    name: '010 (octal in YAML 1.1) where a duration is meant',
    make: (dir) => edit(dir, 'settings.yaml', 'review_cadence: 90d', 'review_cadence: 010'),
    error: { rule: 'schema', file: 'settings.yaml', line: 0, says: 'expected text, found a whole number' },
  },
  {
    name: '1:30 (sexagesimal in YAML 1.1) where a duration is meant',
    make: (dir) => edit(dir, 'escalation.yaml', 'after: 30m', 'after: 1:30'),
    error: { rule: 'schema', file: 'escalation.yaml', line: 0, says: '"1:30" is not a duration' },
  },
  {
    name: '.inf where a duration is meant',
    make: (dir) => edit(dir, 'severities.yaml', 'response_time: 15m', 'response_time: .inf'),
    error: { rule: 'schema', file: 'severities.yaml', line: 0, says: 'expected text, found a number' },
  },
  {
    name: '~ (null) where a name is meant',
    make: (dir) => edit(dir, 'settings.yaml', 'name: Incident Response Playbook', 'name: ~'),
    error: { rule: 'schema', file: 'settings.yaml', line: 0, says: 'expected text, found nothing' },
  },
  {
    name: 'a link to a file inside the directory (fine)',
    make: async (dir) => {
      await mkdir(join(dir, '.shared'));
      await rename(join(dir, 'tools.yaml'), join(dir, '.shared', 'tools.yaml'));
      await symlink('.shared/tools.yaml', join(dir, 'tools.yaml'));
    },
    loads: (set) => expect(set.tools.length).toBeGreaterThan(0),
  },
  {
    name: 'a link to a secret outside the directory',
    make: async (dir) => {
      const outside = await mkdtemp(join(tmpdir(), 'hostile-outside-'));
      await writeFile(join(outside, 'secret.yaml'), `kind: ${SECRET}\n`);
      await symlink(join(outside, 'secret.yaml'), join(dir, 'secret.yaml'));
    },
    error: { rule: 'outside-link', file: 'secret.yaml', line: 1, says: 'outside the playbook directory' },
  },
  {
    name: 'a link to /proc/self/environ',
    make: (dir) => symlink('/proc/self/environ', join(dir, 'environ.yaml')),
    error: { rule: 'outside-link', file: 'environ.yaml', line: 1, says: 'outside the playbook directory' },
  },
  {
    name: 'a link to /dev/zero',
    make: (dir) => symlink('/dev/zero', join(dir, 'zero.yaml')),
    error: { rule: 'outside-link', file: 'zero.yaml', line: 1, says: 'outside the playbook directory' },
  },
  {
    name: 'a Latin-1 byte',
    make: async (dir) => writeFile(join(dir, 'tools.yaml'), Buffer.concat([Buffer.from('kind: tools\n# r'), Buffer.from([0xe9]), Buffer.from('sum\n')])),
    error: { rule: 'not-utf8', file: 'tools.yaml', line: 2, says: 'not UTF-8' },
  },
  {
    name: 'a file over the size limit (2 MiB of comments)',
    make: (dir) => writeFile(join(dir, 'huge.yaml'), `kind: tools\n${`# ${'x'.repeat(1022)}\n`.repeat(2048)}`),
    error: { rule: 'yaml-limit', file: 'huge.yaml', line: 1, says: 'more than the limit of 1 MiB' },
  },
  {
    name: 'an empty file',
    make: (dir) => writeFile(join(dir, 'empty.yaml'), ''),
    error: { rule: 'empty-document', file: 'empty.yaml', line: 1, says: 'no YAML document' },
  },
];

/** An error diagnostic as each entry shows it: rule, file (relative to the playbook directory), line, message. */
interface Shown {
  rule: string;
  file: string;
  line: number;
  message: string;
}

/** What one entry did with a set. */
interface EntryOutcome {
  ok: boolean;
  errors: Shown[];
  /** Everything it printed or wrote, to check that nothing of a secret leaked. */
  output: string;
}

let world: CheckWorld;
let scratch: string;
let branch = 0;

beforeAll(async () => {
  world = await startCheckWorld();
  scratch = await mkdtemp(join(tmpdir(), 'hostile-files-'));
  for (const [file, needle] of [
    ['settings.yaml', 'kind: settings'],
    ['settings.yaml', 'name: Incident Response Playbook'],
    ['settings.yaml', 'trust_reporters: false'],
    ['settings.yaml', 'review_cadence: 90d'],
    ['escalation.yaml', 'after: 30m'],
    ['severities.yaml', 'response_time: 15m'],
  ] as const) {
    lines[`${file} ${needle}`] = (world.base[`${SET}/${file}`] ?? '').split('\n').findIndex((line) => line.includes(needle)) + 1;
  }
}, 60_000);

afterAll(async () => {
  await world.stop();
  await rm(scratch, { recursive: true, force: true });
});

/** The line a case expects: given, or (0) the line of the demo set the case edits, plus what the edit inserted above it. */
function expectedLine(hostile: HostileSet): number {
  const error = hostile.error;
  if (error === undefined || error.line !== 0) return error?.line ?? 0;
  const at = (needle: string): number => lines[`${error.file} ${needle}`] ?? -1;
  switch (hostile.name) {
    case 'one merge key in a real file':
    case '__proto__, constructor and prototype keys':
      return at('kind: settings') + 1;
    case 'a byte-order mark glued to a key in the middle of a file':
    case '~ (null) where a name is meant':
      return at('name: Incident Response Playbook');
    case 'yes where true or false is meant':
      return at('trust_reporters: false');
    case '010 (octal in YAML 1.1) where a duration is meant':
      return at('review_cadence: 90d');
    case '1:30 (sexagesimal in YAML 1.1) where a duration is meant':
      return at('after: 30m');
    case '.inf where a duration is meant':
      return at('response_time: 15m');
    default:
      throw new Error(`no line for ${hostile.name}`);
  }
}

/** A repository root holding main's files, with the playbook directory changed by `make`. */
async function checkout(make: (dir: string) => Promise<void>): Promise<string> {
  const root = await mkdtemp(join(scratch, 'repo-'));
  await writeTree(root, world.base);
  await make(join(root, SET));
  return root;
}

async function writeTree(root: string, files: Files): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

const inSet = (file: string): string => file.replace(new RegExp(`^${SET}/`), '');

const ENTRIES: Record<string, (make: (dir: string) => Promise<void>) => Promise<EntryOutcome>> = {
  validate: async (make) => {
    const { code, stdout, stderr } = await cli(['validate', SET, '--format', 'json'], await checkout(make));
    const diagnostics = JSON.parse(stdout) as (Shown & { severity: string })[];
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map(({ rule, file, line, message }) => ({ rule, file: inSet(file), line, message }));
    return { ok: code === 0, errors, output: stdout + stderr };
  },
  render: async (make) => {
    const root = await checkout(make);
    const { code, stdout, stderr } = await cli(['render', SET, '--out', 'docs'], root);
    const errors = stderr.split('\n').flatMap((line) => {
      const match = /^(\S+):(\d+):\d+ {2}error {2}(\S+) {2}(.*)$/.exec(line);
      return match === null ? [] : [{ file: inSet(match[1] ?? ''), line: Number(match[2]), rule: match[3] ?? '', message: match[4] ?? '' }];
    });
    if (code === 0) expect((await readdir(join(root, 'docs'))).sort()).toContain('README.md');
    return { ok: code === 0, errors, output: stdout + stderr };
  },
  'pull-request check': async (make) => {
    branch += 1;
    const pull = await world.push(`hostile-${branch}`, { [`${SET}/notes.txt`]: `case ${branch}\n` });
    const run = await world.check(pull, { prepare: (workspace) => make(join(workspace, SET)) });
    const errors = run.stdout.split('\n').flatMap((line) => {
      const match = /^::error file=([^,]+),line=(\d+),col=\d+,title=([^:]+)::(.*)$/.exec(line);
      return match === null ? [] : [{ file: inSet(match[1] ?? ''), line: Number(match[2]), rule: match[3] ?? '', message: (match[4] ?? '').split('%0A')[0] ?? '' }];
    });
    const comment = world.comments(pull.payload.number as number).at(-1)?.body ?? '';
    // The set's errors fail the check; a valid set may still fail on the generated files it changes.
    const playbookErrors = errors.filter((error) => !error.file.startsWith('.github/'));
    return { ok: playbookErrors.length === 0, errors: playbookErrors, output: run.stdout + run.summary + comment };
  },
};

describe('hostile playbook files, through validate, render and the pull-request check', () => {
  for (const hostile of SETS) {
    for (const [entry, run] of Object.entries(ENTRIES)) {
      test(`${hostile.name}: ${entry}`, async () => {
        const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
        const outcome = await run(hostile.make);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
        expect(outcome.output).not.toContain(SECRET);
        expect(outcome.output).not.toMatch(/root:x:0|PATH=|HOME=/);
        if (hostile.error === undefined) {
          expect(outcome.errors).toEqual([]);
          expect(outcome.ok).toBe(true);
        } else {
          const { rule, file, says } = hostile.error;
          expect(outcome.ok).toBe(false);
          expect(outcome.errors).toContainEqual({ rule, file, line: expectedLine(hostile), message: expect.stringContaining(says) as string });
        }
      }, 60_000);
    }
    if (hostile.loads !== undefined) {
      const loads = hostile.loads;
      test(`${hostile.name}: the set means what its author wrote`, async () => {
        const root = await checkout(hostile.make);
        loads(await loadPlaybooks(join(root, SET)));
      });
    }
  }
});

describe('generated files of a pull request that lead elsewhere', () => {
  test.each([
    ['.github/CODEOWNERS', '/dev/zero'],
    ['.github/CODEOWNERS', '/proc/self/environ'],
    ['.github/ISSUE_TEMPLATE/incident.yml', '/dev/zero'],
  ])('%s as a link to %s is not read: the check fails naming the file and the command that writes it', async (path, target) => {
    branch += 1;
    const pull = await world.push(`hostile-${branch}`, { [`${SET}/notes.txt`]: `case ${branch}\n` });
    const run = await world.check(pull, {
      prepare: async (workspace) => {
        await rm(join(workspace, path));
        await symlink(target, join(workspace, path));
      },
    });
    expect(run.failed).toBe(true);
    const stale = run.annotations.filter((annotation) => annotation.kind === 'error' && annotation.file === path);
    expect(stale).toHaveLength(1);
    expect(stale[0]?.message).toMatch(/is (missing what the playbooks generate|out of date with the playbooks)/);
    expect(run.annotations).toContainEqual(expect.objectContaining({ kind: 'warning', message: expect.stringContaining(`${path} was not read: it is a symbolic link to "${target}"`) as unknown }));
    expect(run.stdout + run.summary).not.toMatch(/PATH=|HOME=/);
  }, 60_000);
});

/** Words YAML 1.1 reads as something else, and keys that name prototypes. */
const SURPRISES = ['no', 'on', 'yes', 'off', '010', '1:30', '2026-12-01', '.inf', '~', 'null', 'true', '0x1F', '1e3', 'constructor', 'prototype'];

/** A handbook whose every value is a word YAML 1.1 would not read as text. */
const SURPRISING_HANDBOOK = [
  '# no',
  '',
  '## Roles',
  '',
  ...SURPRISES.map((word) => `- **${word}**: ${word}`),
  '',
  '## Severity levels',
  '',
  '- **SEV-1**: ~; acknowledge within 15 minutes',
  '- **SEV-2**: no; acknowledge within 1 hour',
  '',
  '## Contacts',
  '',
  '| Name | GitHub | Phone |',
  '| --- | --- | --- |',
  ...SURPRISES.map((word) => `| ${word} | @acme/oncall | ${word} |`),
  '',
].join('\n');

/** One hostile Markdown source for `import`. */
interface HostileSource {
  name: string;
  /** Writes the source as `handbook.md` in `dir`. */
  make: (dir: string) => Promise<void>;
  /** Refused before anything is written: exit 2 with this in the message. */
  refused?: string;
  /** Imported: the exit code (1 when the source lacks what a set needs) and a check of what was written. */
  imported?: { code: number; check: (out: string, stdout: string) => Promise<void> | void };
}

const HANDBOOK = 'handbook.md';

async function importedText(out: string, file: string): Promise<string> {
  return readFile(join(out, file), 'utf8');
}

const SOURCES: HostileSource[] = [
  {
    name: 'YAML 1.1 words and prototype names as roles, severities and contacts',
    make: (dir) => writeFile(join(dir, HANDBOOK), SURPRISING_HANDBOOK),
    imported: {
      code: 0,
      check: async (out) => {
        const set = await loadPlaybooks(out);
        expect(set.name).toBe('no');
        expect(set.roles.map((role) => role.name)).toEqual(SURPRISES);
        expect(set.contacts.map((contact) => contact.name)).toEqual(SURPRISES);
        expect(set.severities.map((severity) => severity.criteria)).toEqual([['~'], ['no']]);
      },
    },
  },
  {
    name: 'a byte-order mark at the start and one before a later heading (files joined)',
    make: (dir) => writeFile(join(dir, HANDBOOK), `\ufeff${SURPRISING_HANDBOOK.replace('## Contacts', '\ufeff## Contacts')}`),
    imported: {
      code: 0,
      check: async (out, stdout) => {
        expect((await loadPlaybooks(out)).contacts.map((contact) => contact.name)).toEqual(SURPRISES);
        expect(stdout).not.toContain('not imported');
      },
    },
  },
  {
    name: 'a Latin-1 byte',
    make: (dir) => writeFile(join(dir, HANDBOOK), Buffer.concat([Buffer.from('# Night shift\n\n## Roles\n\n- **Caf'), Buffer.from([0xe9]), Buffer.from(' lead**: runs it\n')])),
    refused: 'it is not UTF-8: line 5, column 8 is not a UTF-8 character (byte 0xE9)',
  },
  {
    name: 'a file over the limit',
    make: (dir) => writeFile(join(dir, HANDBOOK), `# Big\n\n${'word '.repeat(220_000)}\n`),
    refused: 'more than the limit of 1 MiB',
  },
  {
    name: 'a link to /dev/zero, which says it has no size',
    make: (dir) => symlink('/dev/zero', join(dir, HANDBOOK)),
    refused: 'more than the limit of 1 MiB',
  },
  {
    name: 'an empty file',
    make: (dir) => writeFile(join(dir, HANDBOOK), ''),
    imported: {
      code: 1,
      check: (_out, stdout) => {
        expect(stdout).toContain(`${HANDBOOK}  missing  title: no level-1 heading`);
        expect(stdout).toContain(`${HANDBOOK}  missing  severities: the source has no severity levels`);
      },
    },
  },
  {
    name: 'quotes nested 20,000 deep',
    make: (dir) => writeFile(join(dir, HANDBOOK), `# Deep\n\n## Roles\n\n${'>'.repeat(20_000)} - **Lead**: x\n`),
    imported: { code: 1, check: (_out, stdout) => expect(stdout).toContain(`${HANDBOOK}:5  not imported  lines 5–5 (20,006 characters)`) },
  },
  {
    name: 'a list nested 700 deep',
    make: (dir) => writeFile(join(dir, HANDBOOK), `# Deep\n\n## Roles\n\n${Array.from({ length: 700 }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`).join('\n')}\n`),
    imported: { code: 1, check: (_out, stdout) => expect(stdout).toMatch(new RegExp(`${HANDBOOK}:\\d+  not imported`)) },
  },
  {
    name: 'front matter holding billion laughs',
    make: (dir) => writeFile(join(dir, HANDBOOK), `---\n${billionLaughs(9)}---\n\n${SURPRISING_HANDBOOK}`),
    imported: { code: 0, check: (_out, stdout) => expect(stdout).toContain(`${HANDBOOK}:2  not imported`) },
  },
  {
    name: 'Handlebars, markers, HTML and mentions in every field',
    make: (dir) =>
      writeFile(
        join(dir, HANDBOOK),
        SURPRISING_HANDBOOK.replace('# no', '# {{#each this}}{{constructor.constructor}}{{/each}} <!-- playbook-ops:card -->').replace('- **no**: no', '- **{{lookup . "__proto__"}}**: <script>alert(1)</script> @everyone'),
      ),
    imported: {
      code: 0,
      check: async (out) => {
        const set = await loadPlaybooks(out);
        // HTML comments are not text of the handbook: the marker is left out.
        expect(set.name).toBe('{{#each this}}{{constructor.constructor}}{{/each}}');
        expect(set.roles[0]?.responsibilities[0]).toContain('@everyone');
        // Rendered for people, the text stays text.
        const { code, stderr } = await cli(['render', out, '--out', join(out, '..', 'docs')], out);
        expect(code, stderr).toBe(0);
        const readme = await importedText(join(out, '..', 'docs'), 'README.md');
        const roles = await importedText(join(out, '..', 'docs'), 'roles.md');
        // The braces are shown, never run as a template; the mention is neutralised, the script gone.
        expect(readme.split('\n')[0]).toBe('# {{#each this}}{{constructor.constructor}}{{/each}}');
        expect(roles).toContain('| {{lookup . "proto"}} |');
        expect(readme + roles).not.toMatch(/@everyone|<script|<!--/);
      },
    },
  },
];

describe('hostile Markdown, through import', () => {
  for (const source of SOURCES) {
    test(source.name, async () => {
      const dir = await mkdtemp(join(scratch, 'import-'));
      await source.make(dir);
      const { code, stdout, stderr } = await cli(['import', HANDBOOK, '--out', 'set', '--reviewed', '2026-11-01'], dir);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      if (source.refused !== undefined) {
        expect(code).toBe(2);
        expect(stderr).toContain(`cannot import "${HANDBOOK}": `);
        expect(stderr).toContain(source.refused);
        // Nothing written.
        await expect(readdir(join(dir, 'set'))).rejects.toThrow(/ENOENT/);
      } else if (source.imported !== undefined) {
        expect(code, stdout + stderr).toBe(source.imported.code);
        await source.imported.check(join(dir, 'set'), stdout);
      }
    }, 60_000);
  }
});

describe('hostile paging workflows, which validate also reads (for the sink-secret check)', () => {
  test.each([
    ['a link to /dev/zero', (path: string) => symlink('/dev/zero', path)],
    ['billion laughs', (path: string) => writeFile(path, `on: issues\n${billionLaughs(9)}jobs:\n  reconcile:\n    steps: [*a8]\n`)],
    ['nesting 10,000 deep', (path: string) => writeFile(path, `jobs: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)],
    ['a Latin-1 byte', (path: string) => writeFile(path, Buffer.concat([Buffer.from('name: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]))],
    ['2 MiB', (path: string) => writeFile(path, `# ${'x'.repeat(2 * 1024 * 1024)}\n`)],
  ])('.github/workflows/incidents.yml as %s: validate reports the set, not a crash', async (_name, make) => {
    const root = await checkout(() => Promise.resolve());
    await mkdir(join(root, '.github', 'workflows'), { recursive: true });
    await make(join(root, '.github', 'workflows', 'incidents.yml'));
    const { code, stdout, stderr } = await cli(['validate', SET, '--format', 'json'], root);
    expect(code, stderr).toBe(0);
    expect((JSON.parse(stdout) as { severity: string }[]).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  }, 60_000);
});
