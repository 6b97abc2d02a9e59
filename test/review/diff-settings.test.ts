/** The settings and the other parts of a set, as the playbook check's comment words their changes. */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { packageRoot } from '../../src/package-root.js';
import { diffOther, diffSettings } from '../../src/review/diff-settings.js';

let base: PlaybookSet;

beforeAll(async () => {
  base = await loadPlaybooks(`${packageRoot()}/playbooks`);
});

/** A copy of the default set changed by `change`. */
function edited(change: (set: PlaybookSet) => void): PlaybookSet {
  const after = structuredClone(base);
  change(after);
  return after;
}

const texts = (changes: { area: string; text: string }[]): string[] => changes.map((entry) => `${entry.area}: ${entry.text}`);

describe('diffSettings', () => {
  test('every setting that changed gets its line, old value before new', () => {
    const severity = base.severities[1];
    if (severity === undefined) throw new Error('no second severity');
    const after = edited((set) => {
      set.name = 'Payments  playbook ';
      set.incidentLabel = 'outage';
      set.minimumPermission = 'write';
      set.defaultSeverity = severity;
      set.trustReporters = true;
      set.reviewCadenceMinutes = 60 * 24 * 30;
    });
    expect(texts(diffSettings(base, after))).toEqual([
      'settings: Name: “Incident Response Playbook” → “Payments playbook”',
      'settings: Incident label: incident → outage',
      'settings: Minimum permission for commands: triage → write',
      `settings: Default severity: none (the first level is asked) → ${severity.label.toUpperCase()}`,
      'settings: Trust every reporter: no → yes',
      'settings: Review cadence: 90 days → 30 days',
    ]);
    expect(texts(diffSettings(after, base))).toContain(`settings: Default severity: ${severity.label.toUpperCase()} → none (the first level is asked)`);
    expect(texts(diffSettings(after, base))).toContain('settings: Trust every reporter: yes → no');
  });

  test('an unchanged set has no settings lines', () => {
    expect(diffSettings(base, structuredClone(base))).toEqual([]);
  });
});

describe('diffOther', () => {
  test('each other part that changed gets one line', () => {
    const after = edited((set) => {
      set.overview = 'Shorter.';
      set.communication.channels = set.communication.channels.slice(1);
      set.communication.audiences = [];
      set.postmortem.elements = set.postmortem.elements.slice(1);
      set.tools = [];
    });
    expect(texts(diffOther(base, after))).toEqual([
      'other: Changed: the overview',
      'other: Changed: communication channels',
      'other: Changed: external audiences',
      'other: Changed: post-mortem elements and practices',
      'other: Changed: tools and resources',
    ]);
  });

  test('another role reviewing post-mortems is a change of them', () => {
    const after = edited((set) => {
      const other = set.roles.find((role) => !set.postmortem.reviewers.some((reviewer) => reviewer.id === role.id));
      if (other === undefined) throw new Error('every role reviews');
      set.postmortem.reviewers = [other];
    });
    expect(texts(diffOther(base, after))).toEqual(['other: Changed: post-mortem elements and practices']);
  });

  test('a moved line or a changed reviewer role is not a change of these parts', () => {
    const after = edited((set) => {
      for (const tool of set.tools) Object.assign(tool, { source: { file: 'tools.yaml', line: 999, column: 1 } });
      const reviewer = set.postmortem.reviewers[0];
      if (reviewer !== undefined) reviewer.name = 'Renamed role';
    });
    expect(diffOther(base, after)).toEqual([]);
  });
});
