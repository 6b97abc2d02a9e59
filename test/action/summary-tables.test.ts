/**
 * The job summary as people read it: the heading (a plan in a dry run), one row per incident with
 * what was done, a sweep's next deadlines, what was done to the sweep workflow, the alert's line;
 * appended to the file the runner made, never creating one.
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeAlertSummary, writeSummary, writeWakeSummary } from '../../action/summary.js';
import type { IncidentOutcome } from '../../src/github/run-incidents.js';

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summary-tables-'));
  path = join(dir, 'summary.md');
  await writeFile(path, 'earlier step\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What this run added to the summary file, its lines joined with `\n`. */
async function added(): Promise<string> {
  const text = await readFile(path, 'utf8');
  expect(text.startsWith('earlier step\n')).toBe(true);
  return text.slice('earlier step\n'.length).replaceAll(EOL, '\n');
}

/** One outcome of each kind, as an event or a sweep reports them. */
const OUTCOMES: IncidentOutcome[] = [
  { kind: 'reconciled', incident: 1, severity: 'sev-1', status: 'investigation', effects: ['add labels sev-1', 'comment page:sev-1'], due: '2026-11-27T04:01:30Z' },
  { kind: 'reconciled', incident: 2, severity: null, status: 'resolved', effects: [], due: null },
  { kind: 'quiet', incident: 3, severity: null, status: 'detection', due: '2026-11-28T23:59:00.000Z' },
  { kind: 'skipped', incident: 4, reason: 'not an incident' },
  { kind: 'deferred', incident: 5, done: ['add labels sev-2'], reason: 'the request budget is spent' },
  { kind: 'failed', incident: 6, error: new Error('GitHub answered 502') },
];

const ROWS = [
  '<tr><td>#1</td><td>sev-1</td><td>investigation</td><td>add labels sev-1<br>comment page:sev-1</td></tr>',
  '<tr><td>#2</td><td>none</td><td>resolved</td><td>nothing: already up to date</td></tr>',
  '<tr><td>#3</td><td>none</td><td>detection</td><td>nothing: not due, not changed (not read)</td></tr>',
  '<tr><td>#4</td><td></td><td>skipped</td><td>not an incident</td></tr>',
  '<tr><td>#5</td><td></td><td>left for the next run</td><td>add labels sev-2<br>the request budget is spent</td></tr>',
  '<tr><td>#6</td><td></td><td>failed</td><td>GitHub answered 502 (the next run tries again)</td></tr>',
].join('');

describe('writeSummary', () => {
  test('an event run: a row per incident saying what was done', async () => {
    await writeSummary(path, OUTCOMES, { type: 'issue', number: 1 }, false);
    expect(await added()).toBe(`<h2>playbook-ops</h2>\n<table><tr><th>Incident</th><th>Severity</th><th>Status</th><th>Done</th></tr>${ROWS}</table>\n`);
  });

  test('a dry run is headed as a plan and says what it would do', async () => {
    await writeSummary(path, OUTCOMES.slice(0, 1), { type: 'issue', number: 1 }, true);
    expect(await added()).toBe(
      '<h2>playbook-ops plan (dry run)</h2>\n<table><tr><th>Incident</th><th>Severity</th><th>Status</th><th>Would do</th></tr><tr><td>#1</td><td>sev-1</td><td>investigation</td><td>add labels sev-1<br>comment page:sev-1</td></tr></table>\n',
    );
  });

  test('a sweep also shows each incident\'s next deadline, in UTC to the minute, and only where it has one', async () => {
    await writeSummary(path, OUTCOMES, { type: 'open-incidents' }, false);
    expect(await added()).toBe(
      '<h2>playbook-ops</h2>\n<table><tr><th>Incident</th><th>Severity</th><th>Phase</th><th>Next deadline</th><th>Done now</th></tr>' +
        '<tr><td>#1</td><td>sev-1</td><td>investigation</td><td>2026-11-27 04:01 UTC</td><td>add labels sev-1<br>comment page:sev-1</td></tr>' +
        '<tr><td>#2</td><td>none</td><td>resolved</td><td>none pending</td><td>nothing: already up to date</td></tr>' +
        '<tr><td>#3</td><td>none</td><td>detection</td><td>2026-11-28 23:59 UTC</td><td>nothing: not due, not changed (not read)</td></tr>' +
        '<tr><td>#4</td><td></td><td>skipped</td><td></td><td>not an incident</td></tr>' +
        '<tr><td>#5</td><td></td><td>left for the next run</td><td></td><td>add labels sev-2<br>the request budget is spent</td></tr>' +
        '<tr><td>#6</td><td></td><td>failed</td><td></td><td>GitHub answered 502 (the next run tries again)</td></tr></table>\n',
    );
  });

  test('a dry sweep would do, in the last column', async () => {
    await writeSummary(path, OUTCOMES.slice(3, 4), { type: 'open-incidents' }, true);
    expect(await added()).toBe(
      '<h2>playbook-ops plan (dry run)</h2>\n<table><tr><th>Incident</th><th>Severity</th><th>Phase</th><th>Next deadline</th><th>Would do</th></tr><tr><td>#4</td><td></td><td>skipped</td><td></td><td>not an incident</td></tr></table>\n',
    );
  });

  test('a skipped event says why; a run with no incident says so', async () => {
    await writeSummary(path, [], { type: 'skip', reason: 'the label event is the bot\'s own' }, false);
    await writeSummary(path, [], { type: 'open-incidents' }, false);
    expect(await added()).toBe("<h2>playbook-ops</h2>\nNothing to do: the label event is the bot's own.\n<h2>playbook-ops</h2>\nNo incident to reconcile.\n");
  });

  test('what was done to the sweep workflow, and GitHub\'s refusal, follow the table', async () => {
    await writeSummary(path, [], { type: 'open-incidents' }, false, { done: 'turned the sweep (incident-sweep.yml) off: nothing is pending', warning: null });
    await writeSummary(path, [], { type: 'open-incidents' }, false, { done: null, warning: 'Could not turn the sweep workflow off: add `actions: write`.' });
    await writeSummary(path, [], { type: 'open-incidents' }, false, { done: null, warning: null });
    expect(await added()).toBe(
      '<h2>playbook-ops</h2>\nNo incident to reconcile.\nSweep: turned the sweep (incident-sweep.yml) off: nothing is pending.\n' +
        '<h2>playbook-ops</h2>\nNo incident to reconcile.\nWarning: Could not turn the sweep workflow off: add `actions: write`.\n' +
        '<h2>playbook-ops</h2>\nNo incident to reconcile.\n',
    );
  });

  test('text is escaped for HTML and its line breaks, of every kind, become <br>', async () => {
    await writeSummary(path, [{ kind: 'skipped', incident: 7, reason: 'a & b <c> "d"\r\ne\rf\ng' }], { type: 'issue', number: 7 }, false, { done: 'x > y', warning: 'w\n"q"' });
    expect(await added()).toBe(
      '<h2>playbook-ops</h2>\n<table><tr><th>Incident</th><th>Severity</th><th>Status</th><th>Done</th></tr><tr><td>#7</td><td></td><td>skipped</td><td>a &amp; b &lt;c&gt; &quot;d&quot;<br>e<br>f<br>g</td></tr></table>\nSweep: x &gt; y.\nWarning: w<br>&quot;q&quot;\n',
    );
  });
});

describe('writeWakeSummary', () => {
  test('says what the wake-up did to the sweep, headed as a plan in a dry run', async () => {
    await writeWakeSummary(path, { done: 'turned the sweep (incident-sweep.yml) on: 1 playbook file is due for review', warning: null }, false);
    await writeWakeSummary(path, { done: null, warning: 'Could not turn it on' }, true);
    expect(await added()).toBe(
      '<h2>playbook-ops</h2>\nSweep: turned the sweep (incident-sweep.yml) on: 1 playbook file is due for review.\n<h2>playbook-ops plan (dry run)</h2>\nWarning: Could not turn it on\n',
    );
  });
});

describe('writeAlertSummary', () => {
  test('what was done with the alert, then its incident as a table', async () => {
    await writeAlertSummary(path, 'Alert: opened #1 for the alert group.', OUTCOMES.slice(0, 1), false);
    expect(await added()).toBe(
      '<h2>playbook-ops: alert</h2>\n<p>Alert: opened #1 for the alert group.</p>\n<table><tr><th>Incident</th><th>Severity</th><th>Status</th><th>Done</th></tr><tr><td>#1</td><td>sev-1</td><td>investigation</td><td>add labels sev-1<br>comment page:sev-1</td></tr></table>\n',
    );
  });

  test('a refused alert in a dry run: the plan heading and the reason, escaped, with no table', async () => {
    await writeAlertSummary(path, 'status: expected "firing", got <b>', [], true);
    expect(await added()).toBe('<h2>playbook-ops plan (dry run): alert</h2>\n<p>status: expected &quot;firing&quot;, got &lt;b&gt;</p>\n');
  });

  test('a dry run with an incident would do', async () => {
    await writeAlertSummary(path, 'Alert: would open an incident.', OUTCOMES.slice(3, 4), true);
    expect(await added()).toContain('<th>Would do</th></tr><tr><td>#4</td>');
  });
});

describe('the summary file', () => {
  const refusedMissing = (missing: string): string => `Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`;

  test.each([
    ['writeSummary', (file: string) => writeSummary(file, [], { type: 'open-incidents' }, false)],
    ['writeWakeSummary', (file: string) => writeWakeSummary(file, { done: 'x', warning: null }, false)],
    ['writeAlertSummary', (file: string) => writeAlertSummary(file, 'Alert: x.', [], false)],
  ])('%s does not create a missing file: it fails, saying so', async (_name, write) => {
    const missing = join(dir, 'missing.md');
    await expect(write(missing)).rejects.toThrow(refusedMissing(missing));
    await expect(readFile(missing, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  test.skipIf(process.getuid?.() === 0)('a read-only file fails the same way', async () => {
    await chmod(path, 0o444);
    await expect(writeSummary(path, [], { type: 'open-incidents' }, false)).rejects.toThrow(refusedMissing(path));
  });
});
