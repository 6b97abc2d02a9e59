/** The list of commands that `/help` and the card show names the playbooks' own role ids. */
import { describe, expect, it } from 'vitest';
import { commandHelp } from '../../src/engine/help.js';

describe('the command list', () => {
  it('names the playbooks’ role ids in the usage of /role, or a placeholder when it has none', () => {
    const role = (roles?: string[]) => commandHelp(roles).find(({ usage }) => usage.startsWith('/role'))?.usage;
    expect(role(['ic', 'comms', 'sme'])).toBe('/role ic|comms|sme @user');
    expect(role([])).toBe('/role ROLE @user');
    expect(role()).toBe('/role ROLE @user');
  });

  it('has one line for every command, each with what it does, in the order /help shows them', () => {
    const help = commandHelp();
    expect(help.map(({ usage }) => usage.slice(1).split(' ')[0])).toEqual(['ack', 'sev', 'ic', 'role', 'status', 'update', 'timeline', 'resolve', 'reopen', 'help']);
    for (const { description } of help) expect(description).toMatch(/^[A-Z].*\.$/u);
  });
});
