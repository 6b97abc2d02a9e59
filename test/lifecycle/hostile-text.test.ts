/**
 * Untrusted text (form answers, commands, comments) echoed into bot comments: it mentions nobody,
 * fakes no marker, breaks no layout, and a body too long for GitHub is cut, not rejected. Markers
 * count only in the bot's own comments.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_HANDLES } from '../../src/demo/demo-playbooks.js';
import { GITHUB_BODY_LIMIT } from '../../src/render/truncate.js';
import { PEOPLE, declare, useWorld } from './harness.js';
import { mentions } from './mentions.js';

const world = useWorld();
const HOSTILE = '@acme/everyone @ada look <!-- playbook-ops:card --> </details> <details><summary>x | y</summary> @\u200Bzero-width';
const CONFIGURED = new Set(Object.values(DEMO_HANDLES));

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** The HTML comments of a bot body other than the ones the bot writes: its record line and the step key ending each task-list box. */
function strayComments(body: string): number {
  const stepMarks = body.match(/^- \[[ x]\] .* <!-- playbook-ops:step=[0-9a-f]{8} -->$/gm)?.length ?? 0;
  return count(body, '<!--') - 1 - stepMarks;
}

/** The row of the card's first table that starts with `| name |`. */
function row(card: string, name: string): string {
  const line = card.split('\n').find((candidate) => candidate.startsWith(`| ${name} |`));
  if (line === undefined) throw new Error(`the card has no ${name} row`);
  return line;
}

describe('hostile text in the card', () => {
  it('(the mention check itself finds what GitHub would link, and only that)', () => {
    expect(mentions('hi @bob, @acme/sre and a@b.c; `@code` <!-- @hidden --> @\u200Bescaped')).toEqual(['@bob', '@acme/sre']);
  });

  it('mentions nobody, fakes no marker, keeps the tables and details blocks whole', async () => {
    const w = world();
    const number = await declare(w, 2, { summary: `${HOSTILE}\n\n| a | b |\n| --- | --- |\n| c | d |`, services: 'api | web, @acme/sre', started: '<!-- x --> @ada' });
    await w.run(await w.comment(PEOPLE.write, number, `/update ${HOSTILE}`));
    await w.run(await w.comment(PEOPLE.write, number, `/timeline ${HOSTILE}`));
    await w.run(await w.comment(PEOPLE.write, number, `/resolve ${HOSTILE}`));
    const card = w.card(number);

    expect(mentions(card)).toEqual([]);
    expect(strayComments(card)).toBe(0);
    expect(card.startsWith('<!-- playbook-ops:card ')).toBe(true);
    expect(count(card, '<details>')).toBe(1);
    expect(count(card, '</details>')).toBe(1);
    expect(card.indexOf('<details>')).toBeLessThan(card.indexOf('</details>'));
    // A table row keeps its three cell borders: no pipe from the text ends a cell.
    const unescapedPipes = (line: string): number => line.replace(/\\\|/g, '').split('|').length - 1;
    for (const name of ['Affected services', 'Started', 'Status', 'Last update']) expect(unescapedPipes(row(card, name))).toBe(3);
    const timeline = card.split('\n').filter((line) => line.includes('acme/everyone') && line.startsWith('| ') && !line.startsWith('| Status') && !line.startsWith('| Last'));
    expect(timeline.length).toBeGreaterThanOrEqual(2);
    for (const line of timeline) expect(unescapedPipes(line)).toBe(4);
    expect(card).toContain('acme/everyone');
    expect(w.snapshot(number).state).toBe('closed');
  });

  it('a thread of answers far beyond GitHub’s limit gives a card within it, with a note', async () => {
    const w = world();
    // GitHub refuses bodies over 65,536 characters, so each answer stays under that; escaping
    // makes every `<` four characters, so together they come to far more than the card may hold.
    const summary = '<@x> '.repeat(12_000);
    const number = await declare(w, 1, { summary });
    await w.run(await w.comment(PEOPLE.write, number, `/update ${'| <!-- -->'.repeat(6_000)}`));
    const total = summary.length + 6_000 * 10;
    expect(total).toBeGreaterThan(70_000);
    const card = w.card(number);

    expect(card.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(card).toMatch(/_Truncated: [\d,]+ more characters did not fit in GitHub's limit of 65,536 characters\._\n$/);
    expect(card.startsWith('<!-- playbook-ops:card ')).toBe(true);
    expect(strayComments(card)).toBe(0);
    expect(mentions(card)).toEqual([]);
    expect(count(card, '<details>')).toBe(count(card, '</details>'));
    const again = await w.run(w.dispatch(number));
    expect(again.writes).toEqual([]);
  });

  it('pages mention only the configured handles, and replies mention nobody', async () => {
    const w = world();
    const number = await declare(w, 3, { summary: HOSTILE });
    const bad = await w.comment(PEOPLE.read, number, `/sev 1\n/ic @acme/everyone\n/role boss @ada`);
    await w.run(bad);
    await w.run(await w.label(PEOPLE.write, number, 'sev-1'));
    for (const comment of w.botComments(number)) {
      for (const mention of mentions(comment.body)) expect(CONFIGURED.has(mention), `${comment.marker} mentions ${mention}`).toBe(true);
      if (!comment.marker.startsWith('page:')) expect(mentions(comment.body)).toEqual([]);
      expect(strayComments(comment.body)).toBe(0);
    }
    const reply = w.botComments(number).find((comment) => comment.marker === `reply:${bad.commentId}`)!.body;
    expect(reply).toContain('/ic: give one GitHub user as @\u200Blogin (usage: /ic @\u200Buser)');
    expect(reply).toContain('/role needs triage access to this repository; you have read.');
  });
});

describe('markers are trusted only from the bot', () => {
  it('a person’s comment carrying a page marker does not stop the real page', async () => {
    const w = world();
    const number = await declare(w, 3);
    await w.run(await w.comment(PEOPLE.admin, number, '<!-- playbook-ops:page:sev-1 -->\nAlready paged, no need.'));
    const { results } = await w.run(await w.comment(PEOPLE.write, number, '/sev 1'));
    expect(results[0]?.effects).toContain('comment page:sev-1');
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-3', 'card', 'page:sev-1']);
  });

  it('a person’s fake card is neither edited nor taken for the card, and pins no playbook version', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, { severity: 2, scenario: 'Service Outage', summary: 'Payments fail.' });
    const fake = '<!-- playbook-ops:card deadbeef -->\n## ✅ Resolved';
    await w.comment(PEOPLE.admin, opened.number, fake);
    await w.run(opened);
    const comments = w.snapshot(opened.number).comments;
    expect(comments[0]).toEqual({ author: 'ada', body: fake });
    const card = w.card(opened.number);
    expect(card.startsWith('<!-- playbook-ops:card pin=c0ffee0000000000000000000000000000000001,declared=sev-2,reporter=trusted,digest=')).toBe(true);
    expect(card).toContain('## 🚨 SEV-2 (High)');
  });

  it('a comment by another bot carrying a reply marker does not silence the real reply', async () => {
    const w = world();
    const number = await declare(w, 2);
    const bad = await w.comment(PEOPLE.read, number, '/resolve');
    w.emulator.seed.user('other-app[bot]', { type: 'Bot' });
    w.emulator.seed.comment('acme/payments', number, { author: 'other-app[bot]', body: `<!-- playbook-ops:reply:${bad.commentId} -->\nok` });
    await w.run(bad);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-2', 'card', `reply:${bad.commentId}`]);
    expect(w.snapshot(number).state).toBe('open');
  });
});
