/**
 * The incident card at each stage, as golden files (test/fixtures/cards/*.md): declared,
 * mid-incident, lowered, resolved. `UPDATE=1 npx vitest run test/render/card-golden.test.ts`
 * rewrites them; review the diff like any other change to what responders read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import type { Observed } from '../../src/engine/observed.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { at, comment, event, formBody, labeled, observed } from '../engine/observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

function cardAt(state: Observed, minutes: number): string {
  const card = reconcile(state, set, new Date(at(minutes))).effects.find((effect) => effect.kind === 'card');
  if (card?.kind !== 'card') throw new Error('no card planned');
  return createCommentRenderer().card(card.card, card.record);
}

function golden(name: string, text: string): void {
  const path = `test/fixtures/cards/${name}.md`;
  if (process.env.UPDATE === '1') writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

const permissions = { priya: 'write', sam: 'write' } as const;

/**
 * Comments or events numbered in order from `from`. The card's records name the last comment judged
 * and digest the events, and the fixture's ids come from a counter shared by every test file that
 * runs in the same process (as in a mutation run): the golden files must not depend on which tests
 * ran first.
 */
function numbered<T extends { id: number }>(items: T[], from = 1000): T[] {
  return items.map((item, index) => ({ ...item, id: from + index }));
}

const underWay = [
  comment('priya', 4, '/ack'),
  comment('priya', 5, '/ic @priya\n/role comms @sam\n/status investigation'),
  comment('sam', 20, '/update Rolled back the 02:50 deploy; error rate falling.'),
];

describe('the incident card', () => {
  it('at declaration', () => {
    golden('declared', cardAt(observed(), 1));
  });

  it('mid-incident: acknowledged, roles, a status update', () => {
    golden('mid-incident', cardAt(observed({ comments: numbered(underWay), permissions }), 21));
  });

  it('lowered from SEV-1 to SEV-2: the peak stays on the card', () => {
    const lowered = observed({ comments: numbered(underWay), permissions, labels: ['incident', 'sev-2'], events: numbered([labeled('alice', 0, 'incident'), labeled('priya', 30, 'sev-2')], 2000) });
    const card = cardAt(lowered, 31);
    expect(card).toContain('## 🚨 SEV-2 (High), peak SEV-1');
    golden('lowered', card);
  });

  it('resolved: says resolved, the peak severity and the post-mortem due, and no open phase boxes', () => {
    const resolved = observed({
      comments: numbered([...underWay, comment('priya', 90, '/resolve Rolled back; payments flowing.')]),
      permissions,
      labels: ['incident', 'sev-2'],
      events: numbered([labeled('alice', 0, 'incident'), labeled('priya', 30, 'sev-2'), event('closed', 'github-actions[bot]', 91)], 2000),
      state: 'closed',
    });
    const card = cardAt(resolved, 92);
    expect(card).toContain('## ✅ Resolved: SEV-2 (High), peak SEV-1 (Critical)');
    expect(card).toContain('**Post-mortem required by 2026-11-29 04:30 UTC**');
    expect(card).not.toContain('### Phase:');
    golden('resolved', card);
  });

  it('shows a code block in the summary as code', () => {
    const card = cardAt(observed({ body: formBody({ summary: 'Errors:\n\n```\nPOST /v2/payments 503\n```' }) }), 1);
    expect(card).toContain('```\nPOST /v2/payments 503\n```');
  });
});
