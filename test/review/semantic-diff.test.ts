/** The semantic diff: each kind of change in words, and nothing that did not change. */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { packageRoot } from '../../src/package-root.js';
import { semanticDiff } from '../../src/review/semantic-diff.js';

let base: PlaybookSet;

beforeAll(async () => {
  base = await loadPlaybooks(`${packageRoot()}/playbooks`);
});

/** The changes from the default set to a copy changed by `change`, as `area: text`. */
function diff(change: (set: PlaybookSet) => void): string[] {
  const after = structuredClone(base);
  change(after);
  return semanticDiff(base, after).map((entry) => `${entry.area}: ${entry.text}`);
}

function find<T extends { id: string }>(items: T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (item === undefined) throw new Error(`no ${id}`);
  return item;
}

describe('semanticDiff', () => {
  test('the same set, or one whose lines moved, has no changes', () => {
    expect(diff(() => undefined)).toEqual([]);
    expect(
      diff((set) => {
        for (const severity of set.severities) severity.source = { ...severity.source, line: severity.source.line + 3 };
      }),
    ).toEqual([]);
  });

  test('severities: response time, cadence, post-mortem, criteria, added and removed', () => {
    expect(
      diff((set) => {
        const [sev1, sev2] = set.severities;
        if (sev1 === undefined || sev2 === undefined) throw new Error('no severities');
        sev1.responseMinutes = 10;
        sev1.updateEveryMinutes = 15;
        sev2.postmortem = { required: false, dueMinutesAfterResolution: null };
        sev2.criteria = [...sev2.criteria.slice(1), 'Checkout slower than 2 s'];
        set.severities = set.severities.filter((severity) => severity.label !== 'sev-4');
      }),
    ).toEqual([
      'severities: SEV-4 (Low) removed',
      'severities: SEV-1 response time 15 min → 10 min',
      'severities: SEV-1 status-update cadence every 30 min → every 15 min',
      'severities: SEV-2 post-mortem required within 48 h of resolution → not required',
      'severities: SEV-2 criterion added: “Checkout slower than 2 s”',
      'severities: SEV-2 criterion removed: “Major service degradation”',
    ]);
  });

  test('escalation: who a level pages, its delay, levels added; management deadlines and who is notified', () => {
    expect(
      diff((set) => {
        const [, level2, level3] = set.escalation.technical;
        if (level2 === undefined || level3 === undefined) throw new Error('no levels');
        level2.contacts = [find(set.contacts, 'senior-engineers'), find(set.contacts, 'engineering-director')];
        level3.afterMinutes = 90;
        const rule = set.escalation.management.find((candidate) => candidate.severity === 'sev-1');
        if (rule === undefined) throw new Error('no sev-1 rule');
        rule.withinMinutes = 15;
        rule.notify = [find(set.contacts, 'cto')];
      }),
    ).toEqual([
      'escalation: Level 2 (Senior engineers and team leads): now pages Director; no longer pages Team leads',
      'escalation: Level 3 (Architects and platform leads): escalates after 1 h → 1 h 30 min without acknowledgement',
      'management: SEV-1 management escalation: deadline within 30 min → within 15 min',
      'management: SEV-1 management escalation: no longer notifies VP of Engineering',
    ]);
  });

  test('contacts: a new handle says which steps page the contact', () => {
    expect(
      diff((set) => {
        find(set.contacts, 'team-leads').github = '@acme/leads';
      }),
    ).toEqual(['contacts: Contact team-leads (Team leads), paged by level 2 and SEV-3 management: GitHub handle [GitHub Handle] → @acme/leads']);
  });

  test('scenarios and process: steps changed in place, symptoms added, owner role, phase steps', () => {
    expect(
      diff((set) => {
        const outage = find(set.scenarios, 'service-outage');
        outage.steps = outage.steps.map((step, index) => (index === 1 ? 'Page the database team' : step));
        outage.symptoms = [...outage.symptoms, 'Queue depth above 10k'];
        outage.owner = find(set.roles, 'comms');
        const detection = find(set.phases, 'detection');
        detection.steps = [...detection.steps, { title: 'Open a bridge', tasks: [] }];
      }),
    ).toEqual([
      'scenarios: Scenario service-outage: owner role Technical Lead → Communication Lead',
      'scenarios: Scenario service-outage: symptom added: “Queue depth above 10k”',
      `scenarios: Scenario service-outage: step 2: “${find(base.scenarios, 'service-outage').steps[1] ?? ''}” → “Page the database team”`,
      'process: Phase detection: step added: “Open a bridge”',
    ]);
  });

  test('roles, owners, review dates and the other parts', () => {
    expect(
      diff((set) => {
        const ic = find(set.roles, 'ic');
        ic.responsibilities = [...ic.responsibilities, 'Calls the all-clear'];
        const review = set.reviews.find((candidate) => candidate.file === 'escalation.yaml');
        if (review === undefined) throw new Error('no review');
        review.owners = ['@acme/sre'];
        review.lastReviewed = '2026-12-01';
        review.nextDue = '2027-03-01';
        set.tools = [];
        set.minimumPermission = 'write';
      }),
    ).toEqual([
      'settings: Minimum permission for commands: triage → write',
      'roles: Role ic: responsibility added: “Calls the all-clear”',
      'reviews: escalation.yaml: owners added: @acme/sre',
      'reviews: escalation.yaml: owners removed: [Owner]',
      'reviews: escalation.yaml: last reviewed 2026-11-27 → 2026-12-01 (next review due 2027-03-01)',
      'other: Changed: tools and resources',
    ]);
  });
});
