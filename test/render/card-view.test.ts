/**
 * Parts of the incident card the golden files do not show: a report awaiting triage and its
 * confirmation, the post-mortem's status on a resolved card, and deliveries to sinks outside GitHub.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import type { Card } from '../../src/engine/card.js';
import type { CardRecord } from '../../src/engine/records.js';
import type { Observed } from '../../src/engine/observed.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { at, comment, event, formBody, labeled, observed } from '../engine/observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

function planned(state: Observed, minutes: number): { card: Card; record: CardRecord } {
  const effect = reconcile(state, set, new Date(at(minutes))).effects.find((candidate) => candidate.kind === 'card');
  if (effect?.kind !== 'card') throw new Error('no card planned');
  return { card: effect.card, record: effect.record };
}

function lines(card: Card, record: CardRecord): string[] {
  return createCommentRenderer().card(card, record).split('\n');
}

function row(body: string[], name: string): string | undefined {
  return body.find((line) => line.startsWith(`| ${name} |`));
}

describe('a report (opened without the minimum permission)', () => {
  it('awaits triage with the severity the reporter proposed', () => {
    const { card, record } = planned(observed({ permissions: { alice: 'read' } }), 2);
    const body = lines(card, record);
    expect(body[1]).toBe('## 🔎 Report · awaiting triage');
    expect(row(body, 'Report')).toBe(
      '| Report | **awaiting triage**: opened by alice without triage access, proposed SEV-1 (Critical). Confirm with `/ack`, `/sev N` or a `sev-N` label |',
    );
  });

  it('without a proposed severity asks for triage and proposes nothing', () => {
    const { card, record } = planned(observed({ permissions: { alice: 'read' }, body: formBody({ severity: '' }) }), 2);
    expect(row(lines(card, record), 'Report')).toBe('| Report | **awaiting triage**: opened by alice without triage access. Confirm with `/ack`, `/sev N` or a `sev-N` label |');
  });

  it('once confirmed says who confirmed it and when, and the card is an incident again', () => {
    const { card, record } = planned(observed({ permissions: { alice: 'read', priya: 'write' }, comments: [comment('priya', 5, '/ack')] }), 6);
    const body = lines(card, record);
    expect(body[1]).toBe('## 🚨 SEV-1 (Critical) · Detection and Alerting');
    expect(row(body, 'Report')).toBe('| Report | opened by alice without triage access; confirmed at 03:05 UTC by priya |');
  });
});

describe('the post-mortem on a resolved card', () => {
  function resolved(): { card: Card; record: CardRecord } {
    const state = observed({
      comments: [comment('priya', 4, '/ack'), comment('priya', 90, '/resolve Rolled back')],
      permissions: { priya: 'write' },
      events: [labeled('alice', 0, 'incident'), event('closed', 'github-actions[bot]', 91)],
      state: 'closed',
    });
    return planned(state, 92);
  }
  const PULLS = 'https://github.com/acme/payments/pulls?q=head%3Apostmortem%2F7';

  it.each([
    ['pending', '2026-11-29T04:30:00Z', 'Post-mortem required by 2026-11-29 04:30 UTC'],
    ['pending', null, 'Post-mortem required'],
    ['overdue', '2026-11-29T04:30:00Z', 'Post-mortem overdue since 2026-11-29 04:30 UTC'],
    ['overdue', null, 'Post-mortem overdue since its deadline'],
    ['complete', '2026-11-29T04:30:00Z', 'Post-mortem complete'],
  ] as const)('%s, due %s, heads the card with "%s" and links the branch', (state, dueAt, headline) => {
    const { card, record } = resolved();
    const body = lines({ ...card, postmortem: { state, dueAt, branch: 'postmortem/7', pullsUrl: PULLS } }, record);
    expect(body[3]).toBe(`**${headline}** · resolved 04:30 UTC by priya`);
    expect(row(body, 'Post-mortem')).toBe(`| Post-mortem | **${state}**, due 2026-11-29 04:30 UTC: pull request on [postmortem/7](<${PULLS}>) |`);
  });
});

describe('deliveries to sinks outside GitHub', () => {
  const base = { sink: 'Status hook', what: 'page SEV-1', at: null, reason: null, runs: 0, key: 'k' };

  it('show each delivery with how it stands, and retries counted in runs', () => {
    const { card, record } = planned(observed(), 2);
    const deliveries = {
      lines: [
        { ...base, status: 'sent' as const, at: at(1) },
        { ...base, status: 'pending' as const },
        { ...base, status: 'failing' as const, reason: '502', runs: 1 },
        { ...base, status: 'failing' as const, reason: null, runs: 2 },
        { ...base, status: 'gave-up' as const, reason: 'timeout', runs: 5 },
        { ...base, status: 'gave-up' as const, runs: 5 },
      ],
      sent: [],
      failed: [],
    };
    const body = lines({ ...card, deliveries }, record);
    const start = body.indexOf('### Notifications');
    expect(body.slice(start, start + 8)).toEqual([
      '### Notifications',
      '',
      '- ✅ Status hook: page SEV-1, sent 03:01 UTC',
      '- ⏳ Status hook: page SEV-1, sending',
      '- ⚠️ Status hook: page SEV-1, failed (502) in 1 run; the next run retries',
      '- ⚠️ Status hook: page SEV-1, failed (unknown) in 2 runs; the next run retries',
      '- ❌ Status hook: page SEV-1, failed (timeout) in 5 runs; not retried',
      '- ❌ Status hook: page SEV-1, failed (unknown) in 5 runs; not retried',
    ]);
  });

  it('list the last 30 and count the earlier ones', () => {
    const { card, record } = planned(observed(), 2);
    const all = Array.from({ length: 32 }, (_, index) => ({ ...base, what: `message ${index + 1}`, status: 'pending' as const }));
    const shown = (count: number) => lines({ ...card, deliveries: { lines: all.slice(0, count), sent: [], failed: [] } }, record).filter((line) => line.startsWith('- ⏳') || line.includes('earlier deliveries'));
    expect(shown(32)).toEqual(['- 2 earlier deliveries not shown.', ...all.slice(2).map((line) => `- ⏳ Status hook: ${line.what}, sending`)]);
    expect(shown(30)).toEqual(all.slice(0, 30).map((line) => `- ⏳ Status hook: ${line.what}, sending`));
  });

  it('leave the section out when there are none', () => {
    const { card, record } = planned(observed(), 2);
    expect(lines({ ...card, deliveries: { lines: [], sent: [], failed: [] } }, record)).not.toContain('### Notifications');
  });
});
