/** The escalation preview: the engine's own pages for an unacknowledged incident, before and after, and how they are shown. */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { packageRoot } from '../../src/package-root.js';
import { renderCheck } from '../../src/render/playbook-check.js';
import type { CheckReport } from '../../src/review/check-report.js';
import { escalationPreview } from '../../src/review/escalation-preview.js';
import { ganttChart } from '../../src/review/gantt.js';

let base: PlaybookSet;

beforeAll(async () => {
  base = await loadPlaybooks(`${packageRoot()}/playbooks`);
});

function changedSet(change: (set: PlaybookSet) => void): PlaybookSet {
  const after = structuredClone(base);
  change(after);
  return after;
}

function timesOf(steps: { minute: number; short: string }[] | null): string[] {
  return (steps ?? []).map((step) => `${step.minute} ${step.short}`);
}

describe('escalationPreview', () => {
  test('each severity pages level 1 and its management at once, then the levels, the missed response time and the update reminders as the engine schedules them', () => {
    const [sev1, , sev3] = escalationPreview(base, base);
    // SEV-1 owes a status update every 30 min: each window that closes unanswered gets its reminder.
    expect(timesOf(sev1?.after ?? null)).toEqual([
      '0 L1 On-call engineer',
      '0 CTO/VP Engineering notification',
      '15 Label sla-missed',
      '30 L2 Senior engineers and team leads',
      '30 Update reminder',
      '60 L3 Architects and platform leads',
      '60 Update reminder',
      '90 Update reminder',
      '120 L4 Executive leadership',
      '120 Update reminder',
    ]);
    // SEV-3 has no update cadence; it waits for its 2 h response time, then keeps the levels' spacing.
    expect(timesOf(sev3?.after ?? null)).toEqual([
      '0 L1 On-call engineer',
      '0 Team Lead notification',
      '120 Label sla-missed',
      '120 L2 Senior engineers and team leads',
      '150 L3 Architects and platform leads',
      '210 L4 Executive leadership',
    ]);
    expect(sev1?.after?.find((step) => step.short === 'Update reminder')?.text).toBe(
      'Status update overdue (every 30 min): reminds level 1 (On-call engineer): Primary On-Call, Secondary On-Call',
    );
    expect(escalationPreview(base, base).every((preview) => !preview.changed)).toBe(true);
  });

  test('a later level 3 moves its page in every severity; the acknowledgement deadline of the response time is shown', () => {
    const after = changedSet((set) => {
      const level3 = set.escalation.technical[2];
      if (level3 === undefined) throw new Error('no level 3');
      level3.afterMinutes = 90;
    });
    const [sev1, , sev3] = escalationPreview(base, after);
    expect(sev1?.changed).toBe(true);
    expect(timesOf(sev1?.after ?? null)).toContain('90 L3 Architects and platform leads');
    expect(timesOf(sev3?.after ?? null)).toContain('180 L3 Architects and platform leads');
    expect(sev1?.after?.[0]).toMatchObject({ minute: 0, until: 15 });
  });

  test('a severity only in one set is previewed on its side only; without a base everything is new', () => {
    const after = changedSet((set) => {
      set.severities = set.severities.filter((severity) => severity.label !== 'sev-4');
      set.escalation.management = set.escalation.management.filter((rule) => rule.severity !== 'sev-4');
    });
    const sev4 = escalationPreview(base, after).find((preview) => preview.label === 'sev-4');
    expect(sev4?.after).toBeNull();
    expect(sev4?.before?.length).toBeGreaterThan(0);
    expect(escalationPreview(null, base).every((preview) => preview.before === null && preview.changed)).toBe(true);
  });
});

describe('the comment shows playbook text as text', () => {
  const HOSTILE = 'Ops | `x` <!-- playbook-ops:card --> @everyone: #1; %%{init}%%';

  test('names from the playbooks cannot ping, fake a marker or break the table or the chart', () => {
    const after = changedSet((set) => {
      const level2 = set.escalation.technical[1];
      if (level2 === undefined) throw new Error('no level 2');
      level2.name = HOSTILE;
    });
    const preview = escalationPreview(base, after);
    const report: CheckReport = {
      playbooksPath: 'playbooks',
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      diagnostics: [],
      base: { available: true },
      changes: [{ area: 'escalation', text: HOSTILE }],
      preview,
      stale: [],
    };
    const body = renderCheck(report);
    expect(body.split('\n')[0]).toBe('<!-- playbook-ops:playbook-check -->');
    expect(body.slice(1)).not.toContain('<!--');
    expect(body).not.toMatch(/(?<![\w\u200B])@(?!\u200B)/);
    for (const line of body.split('\n').filter((candidate) => candidate.startsWith('| T+'))) expect(line.split(/(?<!\\)\|/)).toHaveLength(5);
    const chart = ganttChart(preview[0] ?? (() => { throw new Error('no preview'); })());
    for (const line of chart.split('\n').filter((candidate) => candidate.startsWith('    '))) {
      const [name] = line.split(' :');
      expect(name).not.toMatch(/[:#;%`<>|@]/);
    }
  });
});
