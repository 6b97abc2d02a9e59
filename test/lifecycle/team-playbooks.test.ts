/**
 * Everything the engine names comes from the playbooks: a team that renames a role and a phase and
 * adds a role gets them in commands, the card, replies and the timeline, end to end over HTTP.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { writeDemoPlaybooks } from '../../src/demo/demo-playbooks.js';
import { PEOPLE, type World, declare, startWorld } from './harness.js';

/** The demo set with "Communication Lead" (comms) renamed "Comms Lead" (communications), mitigation renamed containment, and a Scribe added. */
async function teamSet(): Promise<PlaybookSet> {
  const dir = await mkdtemp(join(tmpdir(), 'team-playbooks-'));
  try {
    const playbooks = await writeDemoPlaybooks(join(dir, 'playbooks'));
    const edit = async (file: string, change: (text: string) => string): Promise<void> => {
      const path = join(playbooks, file);
      await writeFile(path, change(await readFile(path, 'utf8')));
    };
    await edit('roles.yaml', (text) =>
      text
        .replace('- id: comms\n    name: Communication Lead', '- id: communications\n    name: Comms Lead')
        .replace('review:', '  - id: scribe\n    name: Scribe\n    responsibilities:\n      - Keeps the timeline\nreview:'),
    );
    await edit('communication.yaml', (text) => text.replace('updates_by: comms', 'updates_by: communications'));
    await edit('process.yaml', (text) => text.replace('- id: mitigation\n    name: Containment and Mitigation', '- id: containment\n    name: Containment'));
    return await loadPlaybooks(playbooks);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let world: World | undefined;
afterEach(async () => {
  world?.emulator.assertNoValidationErrors();
  await world?.stop();
  world = undefined;
});

describe('a team’s own roles and phases', () => {
  it('run end to end: commands, card, replies and timeline use them', async () => {
    const set = await teamSet();
    expect(set.roles.map((role) => role.id)).toEqual(['ic', 'communications', 'tech', 'sme', 'scribe']);
    const w = (world = await startWorld({ set }));
    const number = await declare(w, 1);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);

    const assign = await w.comment(PEOPLE.write, number, '/ack\n/role communications @mona\n/role scribe @tom\n/ic @ada\n/status containment');
    await w.run(assign);
    const card = w.card(number);
    expect(card).toContain('| Comms Lead | mona |');
    expect(card).toContain('| Scribe | tom |');
    expect(card).toContain('| Incident Commander | ada |');
    expect(card).toContain('Containment');
    expect(card).toContain('`/role ic|communications|tech|sme|scribe @user`');
    expect(card).not.toContain('Communication Lead');
    expect(card).toContain('Comms Lead: mona');
    expect(w.snapshot(number).assignees).toEqual(['ada']);

    const old = await w.comment(PEOPLE.write, number, '/role comms @sam\n/status mitigation\n/help');
    await w.run(old);
    const reply = w.botComments(number).find((comment) => comment.marker === `reply:${old.commentId}`)?.body ?? '';
    expect(reply).toContain('/role comms: unknown role; use one of ic, communications, tech, sme, scribe.');
    expect(reply).toContain('/status mitigation: unknown phase; use one of detection, initial-response, investigation, containment, resolution, post-incident.');
    // In a table cell the bars are escaped: GitHub shows them as written.
    expect(reply).toContain('| `/role ic\\|communications\\|tech\\|sme\\|scribe @user` |');
  });
});
