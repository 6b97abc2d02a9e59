/**
 * The card keeps what people do in it: boxes ticked by editing the card stay ticked across card
 * updates (matched by step, not by position) and enter the timeline when the bot first sees them.
 */
import { describe, expect, it } from 'vitest';
import { OWNER, PEOPLE, REPO, type World, declare, useWorld } from './harness.js';

const world = useWorld();

/** The card's comment, as the bot wrote it last. */
function cardComment(w: World, number: number): { id: number; body: string } {
  const card = w.botComments(number).find((comment) => comment.marker === 'card');
  if (card === undefined) throw new Error('no card');
  return card;
}

/** `person` ticks (or unticks) the boxes whose lines contain each of `steps`, as GitHub does when a box is clicked. */
async function setBoxes(w: World, number: number, steps: string[], ticked: boolean): Promise<void> {
  const card = cardComment(w, number);
  const body = card.body
    .split('\n')
    .map((line) => (steps.some((step) => line.includes(step)) ? line.replace(ticked ? '- [ ] ' : '- [x] ', ticked ? '- [x] ' : '- [ ] ') : line))
    .join('\n');
  expect(body).not.toBe(card.body);
  await w.people[PEOPLE.write].rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: card.id, body });
}

const SCENARIO_STEP = 'Review application logs for errors';
const PHASE_STEP = 'Alerts are sent to appropriate on-call teams';

describe('boxes ticked in the card', () => {
  it('stay ticked when the card is rewritten, and the timeline has them from when they were first seen', async () => {
    const w = world();
    const number = await declare(w, 2);
    w.advance(3);
    await setBoxes(w, number, [SCENARIO_STEP, PHASE_STEP], true);
    const edited = `${w.now().toISOString().slice(11, 16)} UTC`;
    w.advance(2);
    await w.run(await w.comment(PEOPLE.write, number, '/ack'));

    const card = w.card(number);
    expect(card).toContain('| Response | Acknowledged at');
    expect(card).toMatch(new RegExp(`^- \\[x\\] ${SCENARIO_STEP} <!-- `, 'm'));
    expect(card).toMatch(new RegExp(`^- \\[x\\] \\*\\*${PHASE_STEP}\\*\\*`, 'm'));
    expect(card.match(/^- \[x\] /gm)).toHaveLength(2);
    expect(card).toContain(`| ${edited} | card edit | Ticked: ${SCENARIO_STEP} |`);
    expect(card).toContain(`| ${edited} | card edit | Ticked: ${PHASE_STEP} |`);

    const again = await w.run(w.dispatch(number));
    expect(again.writes).toEqual([]);
  });

  it('keep a tick by step when the card shows other steps, and drop it when someone unticks it', async () => {
    const w = world();
    const number = await declare(w, 2);
    await setBoxes(w, number, [PHASE_STEP], true);
    w.advance(4);
    await w.run(await w.comment(PEOPLE.write, number, '/ack\n/status investigation'));
    const investigating = w.card(number);
    expect(investigating).toContain('### Phase: Investigation and Diagnosis');
    expect(investigating).not.toContain('- [x] ');
    expect(investigating).toContain(`| card edit | Ticked: ${PHASE_STEP} |`);

    w.advance(4);
    await w.run(await w.comment(PEOPLE.write, number, '/status detection'));
    expect(w.card(number)).toMatch(new RegExp(`^- \\[x\\] \\*\\*${PHASE_STEP}\\*\\*`, 'm'));

    await setBoxes(w, number, [PHASE_STEP], false);
    await w.run(w.dispatch(number));
    expect(w.card(number)).not.toContain('- [x] ');
    expect(w.card(number)).not.toContain('Ticked:');
  });
});
