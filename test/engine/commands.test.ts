import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../src/engine/commands.js';

function commands(body: string) {
  return parseCommands(body).map((entry) => (entry.ok ? entry.command : { error: entry.error }));
}

describe('parseCommands', () => {
  it('reads every command with its argument', () => {
    const body = [
      '/ack',
      '/sev 1',
      '/sev SEV-2',
      '/ic @priya',
      '/role comms @carol-lee',
      '/role SME @sam',
      '/status Mitigation',
      '/update Rolled back deploy 4512',
      '/timeline Paged the DBA',
      '/resolve',
      '/resolve Rolled back',
      '/reopen',
      '/help',
    ].join('\n');
    expect(commands(body)).toEqual([
      { name: 'ack' },
      { name: 'sev', level: 1 },
      { name: 'sev', level: 2 },
      { name: 'ic', user: 'priya' },
      { name: 'role', role: 'comms', user: 'carol-lee' },
      { name: 'role', role: 'sme', user: 'sam' },
      { name: 'status', phase: 'mitigation' },
      { name: 'update', text: 'Rolled back deploy 4512' },
      { name: 'timeline', text: 'Paged the DBA' },
      { name: 'resolve', summary: null },
      { name: 'resolve', summary: 'Rolled back' },
      { name: 'reopen' },
      { name: 'help' },
    ]);
  });

  it('finds commands anywhere in a comment, with their line numbers', () => {
    expect(parseCommands('Looking now.\n\n/ack\nmore text\n  /ic @priya').map((entry) => entry.line)).toEqual([3, 5]);
  });

  it('says what is wrong with a malformed command and how to write it', () => {
    expect(commands('/sev critical\n/ic priya\n/role boss @x\n/role tech @-bad\n/update\n/status two words')).toEqual([
      { error: '/sev: give the severity level as a number (usage: /sev N)' },
      { error: '/ic: give one GitHub user as @login (usage: /ic @user)' },
      { error: '/role: the role must be one of comms, tech, sme (usage: /role comms|tech|sme @user)' },
      { error: '/role: give one GitHub user as @login (usage: /role comms|tech|sme @user)' },
      { error: '/update: the text is missing (usage: /update TEXT)' },
      { error: '/status: give one phase id (usage: /status PHASE)' },
    ]);
  });

  it('never runs commands in quotes, code, inline code or HTML comments', () => {
    const body = [
      '> /sev 1',
      '',
      '```',
      '/resolve',
      '```',
      '',
      '    /ack',
      '',
      '`/reopen` is how you reopen',
      '',
      '<!--',
      '/sev 4',
      '-->',
      '',
      '- > /ic @mallory',
    ].join('\n');
    expect(parseCommands(body)).toEqual([]);
  });

  it('ignores words that are not commands, and commands glued to other words', () => {
    expect(parseCommands('/usr/bin/env is fine\n/acknowledge\n/sevs 1\nsee /ack later')).toEqual([]);
  });

  it('keeps inline code inside the text of a command', () => {
    expect(commands('/update deploy `v2.1` rolled back')).toEqual([{ name: 'update', text: 'deploy `v2.1` rolled back' }]);
  });

  it('reads CRLF comments', () => {
    expect(commands('On it\r\n/ack\r\n/sev 2\r\n')).toEqual([{ name: 'ack' }, { name: 'sev', level: 2 }]);
  });
});
