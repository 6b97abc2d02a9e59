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
});
