import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { at, botComment, comment, formBody, observed } from '../engine/observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

function cardOf(state: Parameters<typeof reconcile>[0], minutes: number): string {
  const card = reconcile(state, set, new Date(at(minutes))).effects.find((effect) => effect.kind === 'card');
  if (card?.kind !== 'card') throw new Error('no card');
  return createCommentRenderer().card(card.card, card.record);
}

describe('the incident card', () => {
  it('asks for an acknowledgement while the incident is open and unacknowledged', () => {
    const card = cardOf(observed(), 1);
    expect(card).toMatch(/^<!-- playbook-ops:card declared=sev-1,reporter=trusted,digest=[0-9a-f]{16},due=1795749300,seen=o\.2\.[0-9a-f]{8},phase=detection -->\n/);
    expect(card).toContain('**Not acknowledged.** Respond by **03:15 UTC** (15 min)');
  });

  it('no longer asks once the incident is resolved', () => {
    const state = observed({
      labels: ['incident', 'sev-1', 'scenario:service-outage'],
      comments: [botComment('page:sev-1', 1), comment('priya', 20, '/resolve Rolled back')],
      permissions: { priya: 'write' },
    });
    const card = cardOf(state, 21);
    expect(card).toContain('## ✅ Resolved: SEV-1 (Critical)');
    expect(card).toContain('**Post-mortem required by 2026-11-29 03:20 UTC**');
    expect(card).toContain('| Post-mortem | **pending**, due 2026-11-29 03:20 UTC: pull request on [playbook-ops/postmortem-7]');
    expect(card).not.toContain('Not acknowledged');
  });

  it('neutralises mentions and markers in what people wrote', () => {
    const card = cardOf(observed({ body: formBody({ summary: '@acme/everyone <!-- playbook-ops:page:sev-1 --> | </details>' }) }), 1);
    expect(card).not.toMatch(/(^|[^\w])@acme\/everyone/);
    // The only HTML comments are the bot's: the record line and the key that ends each task-list box.
    const comments = card.match(/<!--.*?-->/g) ?? [];
    expect(comments[0]).toMatch(/^<!-- playbook-ops:card /);
    expect(comments.slice(1).every((mark) => /^<!-- playbook-ops:step=[0-9a-f]{8} -->$/.test(mark))).toBe(true);
    expect(comments.length - 1).toBe(card.match(/^- \[ \] /gm)?.length);
    expect(card.match(/<!--/g)).toHaveLength(comments.length);
    expect(card.match(/<\/details>/g)).toHaveLength(1);
  });
});
