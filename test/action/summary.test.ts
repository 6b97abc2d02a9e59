/** The job summary: what people wrote cannot add markup to it, whatever path it takes there. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeSummary } from '../../action/summary.js';
import { eventTarget } from '../../src/engine/event-target.js';
import type { IncidentOutcome } from '../../src/github/run-incidents.js';
import { controlCharacters } from './runner-model.js';

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summary-'));
  path = join(dir, 'summary.md');
  await writeFile(path, '');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// GitHub renders the summary as Markdown: the HTML written here is an HTML block, in which Markdown
// is not read, until a blank line ends it. So no tag, and no blank line, may come from the text.
function assertInert(summary: string): void {
  expect(summary).not.toMatch(/<(?!\/?(?:h2|table|tr|th|td|br)>)/);
  expect(summary).not.toMatch(/\n[ \t]*\n/);
  expect(controlCharacters(summary)).toEqual([]);
}

const HOSTILE = 'x <img src=x onerror=alert(1)>\n\n![pixel](https://evil.example/p.png) \u001b[8m\u202eend';

describe('writeSummary', () => {
  test('the skip reason of a hostile workflow_dispatch input is plain text', async () => {
    const target = eventTarget('workflow_dispatch', { inputs: { issue: HOSTILE } }, 'bot');
    await writeSummary(path, [], target, false);
    const summary = await readFile(path, 'utf8');
    assertInert(summary);
    expect(summary).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('a skip reason with line breaks stays inside the HTML block', async () => {
    await writeSummary(path, [], { type: 'skip', reason: HOSTILE }, false);
    const summary = await readFile(path, 'utf8');
    assertInert(summary);
    expect(summary).toContain('Nothing to do: x &lt;img');
  });

  test('a sweep: each open incident with its phase, next deadline and what was done now', async () => {
    const outcomes: IncidentOutcome[] = [
      { kind: 'reconciled', incident: 1, severity: 'sev-1', status: 'investigation', effects: ['comment update-reminder:1795750260'], due: '2026-11-27T04:01:00Z' },
      { kind: 'quiet', incident: 2, severity: 'sev-3', status: 'detection', due: null },
    ];
    await writeSummary(path, outcomes, { type: 'open-incidents' }, false);
    const summary = await readFile(path, 'utf8');
    expect(summary).toContain('<tr><th>Incident</th><th>Severity</th><th>Phase</th><th>Next deadline</th><th>Done now</th></tr>');
    expect(summary).toContain('<tr><td>#1</td><td>sev-1</td><td>investigation</td><td>2026-11-27 04:01 UTC</td><td>comment update-reminder:1795750260</td></tr>');
    expect(summary).toContain('<tr><td>#2</td><td>sev-3</td><td>detection</td><td>none pending</td><td>nothing: not due, not changed (not read)</td></tr>');
  });

  test('outcome rows: effects, reasons and errors are plain text', async () => {
    const outcomes: IncidentOutcome[] = [
      { kind: 'reconciled', incident: 1, severity: HOSTILE, status: 'open', effects: [HOSTILE], due: null },
      { kind: 'skipped', incident: 2, reason: HOSTILE },
      { kind: 'deferred', incident: 3, done: [HOSTILE], reason: HOSTILE },
      { kind: 'failed', incident: 4, error: new Error(HOSTILE) },
    ];
    await writeSummary(path, outcomes, { type: 'open-incidents' }, true);
    const summary = await readFile(path, 'utf8');
    assertInert(summary);
    expect(summary.match(/&lt;img/g)).toHaveLength(6);
  });
});
