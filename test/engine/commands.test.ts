import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../src/engine/commands.js';
import { commandHelp } from '../../src/engine/help.js';

/** The commands of `body`, each as its command or its error. */
function commands(body: string) {
  return parseCommands(body).map((entry) => (entry.ok ? entry.command : { error: entry.error }));
}

describe('parseCommands', () => {
  it('reads every command with its argument', () => {
    const body = [
      '/ack',
      '/sev 1',
      '/sev sev-2',
      '/sev SEV-3',
      '/ic @priya',
      '/role comms @carol-lee',
      '/role SME @sam',
      '/role tech @A1-b2',
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
      { name: 'sev', level: 3 },
      { name: 'ic', user: 'priya' },
      { name: 'role', role: 'comms', user: 'carol-lee' },
      { name: 'role', role: 'sme', user: 'sam' },
      { name: 'role', role: 'tech', user: 'A1-b2' },
      { name: 'status', phase: 'mitigation' },
      { name: 'update', text: 'Rolled back deploy 4512' },
      { name: 'timeline', text: 'Paged the DBA' },
      { name: 'resolve', summary: null },
      { name: 'resolve', summary: 'Rolled back' },
      { name: 'reopen' },
      { name: 'help' },
    ]);
  });

  it('reads the command word in any case, and ignores words after commands that take none', () => {
    expect(commands('/ACK on it\n/Help me\n/reopen because it is back')).toEqual([{ name: 'ack' }, { name: 'help' }, { name: 'reopen' }]);
  });

  it('finds commands anywhere in a comment, with their line numbers', () => {
    expect(parseCommands('Looking now.\n\n/ack\nmore text\n  /ic @priya\n\n- a list item\n\n  /sev 2').map((entry) => entry.line)).toEqual([3, 5, 9]);
  });

  it('says what is wrong with each malformed command and how to write it', () => {
    const body = [
      '/sev',
      '/sev critical',
      '/sev 0',
      '/sev 10',
      '/sev 1 2',
      '/ic',
      '/ic priya',
      '/ic @me',
      '/ic @priya @sam',
      '/ic @-bad',
      '/ic @bad--name',
      `/ic @${'a'.repeat(40)}`,
      '/ic @acme/sre',
      '/role',
      '/role b!g @x',
      '/role tech',
      '/role tech @x @y',
      '/role comms @ME',
      '/status',
      '/status two words',
      '/update',
      '/timeline   ',
    ].join('\n');
    const sev = '(usage: /sev N)';
    const ic = '(usage: /ic @user)';
    const role = '(usage: /role ROLE @user)';
    expect(commands(body)).toEqual([
      { error: `/sev: give the severity level as a number ${sev}` },
      { error: `/sev: give the severity level as a number ${sev}` },
      { error: `/sev: give the severity level as a number ${sev}` },
      { error: `/sev: give the severity level as a number ${sev}` },
      { error: `/sev: give the severity level as a number ${sev}` },
      { error: `/ic: give one GitHub user as @login ${ic}` },
      { error: `/ic: give one GitHub user as @login ${ic}` },
      { error: `/ic: @me is not a login here: give one GitHub user as @login ${ic}` },
      { error: `/ic: give one GitHub user as @login ${ic}` },
      { error: `/ic: give one GitHub user as @login ${ic}` },
      { error: `/ic: give one GitHub user as @login ${ic}` },
      { error: `/ic: give one GitHub user as @login ${ic}` },
      { error: `/ic: give one GitHub user as @login ${ic}` },
      { error: `/role: give the role by its id ${role}` },
      { error: `/role: give the role by its id ${role}` },
      { error: `/role: give one GitHub user as @login ${role}` },
      { error: `/role: give one GitHub user as @login ${role}` },
      { error: `/role: @me is not a login here: give one GitHub user as @login ${role}` },
      { error: '/status: give one phase id (usage: /status PHASE)' },
      { error: '/status: give one phase id (usage: /status PHASE)' },
      { error: '/update: the text is missing (usage: /update TEXT)' },
      { error: '/timeline: the text is missing (usage: /timeline TEXT)' },
    ]);
  });

  it('reads any role id; the playbooks say which exist', () => {
    expect(commands('/role boss @x\n/role IC @y')).toEqual([
      { name: 'role', role: 'boss', user: 'x' },
      { name: 'role', role: 'ic', user: 'y' },
    ]);
  });

  it('accepts logins of up to 39 characters with single hyphens', () => {
    expect(commands(`/ic @${'a'.repeat(39)}\n/ic @a-b-c`)).toEqual([
      { name: 'ic', user: 'a'.repeat(39) },
      { name: 'ic', user: 'a-b-c' },
    ]);
  });

  it('reports the word, the line and the error of a malformed command', () => {
    expect(parseCommands('hi\n/sev')).toEqual([{ ok: false, line: 2, word: 'sev', error: '/sev: give the severity level as a number (usage: /sev N)', unknown: false }]);
  });

  describe('text that is not a command', () => {
    it('never runs commands in quotes, code, inline code or HTML comments', () => {
      const body = [
        '> /sev 1',
        '> quote with a lazy line',
        '/resolve',
        '',
        '```',
        '/resolve',
        '```',
        '',
        '~~~',
        '/ack',
        '~~~',
        '',
        '    /ack',
        '',
        '`/reopen` is how you reopen',
        '',
        'a code span `across',
        '/sev 4',
        'lines`',
        '',
        '<!--',
        '/sev 4',
        '-->',
        '',
        'text <!-- an inline comment',
        '/resolve',
        '-->',
        '',
        '<details>',
        '/resolve',
        '</details>',
        '',
        '- > /ic @mallory',
        '',
        '\\/ack',
      ].join('\n');
      expect(parseCommands(body)).toEqual([]);
    });

    it('ignores words that are not commands, and commands glued to other words', () => {
      expect(parseCommands('/usr/bin/env is fine\n/etc\n/tmp\n/ack.\nsee /ack later\n# /ack\n- /ack')).toEqual([]);
    });

    it('reads a word close to a command as an unknown command naming the closest one', () => {
      expect(parseCommands('/acknowledge\n/sevs 1\n/resolv fixed\n> /resolv\n`/resolv`')).toEqual([
        { ok: false, line: 1, word: 'acknowledge', error: '/acknowledge: unknown command; did you mean /ack? (usage: /ack)', unknown: true },
        { ok: false, line: 2, word: 'sevs', error: '/sevs: unknown command; did you mean /sev? (usage: /sev N)', unknown: true },
        { ok: false, line: 3, word: 'resolv', error: '/resolv: unknown command; did you mean /resolve? (usage: /resolve [summary])', unknown: true },
      ]);
    });

    it('reads a command after a code block or quote has ended', () => {
      const body = '```\n/resolve\n```\n/ack\n\n> quoted\n\n/sev 2\n\n`code` then\n/update done';
      expect(commands(body)).toEqual([{ name: 'ack' }, { name: 'sev', level: 2 }, { name: 'update', text: 'done' }]);
    });

    it('keeps inline code inside the text of a command', () => {
      expect(commands('/update deploy `v2.1` rolled back')).toEqual([{ name: 'update', text: 'deploy `v2.1` rolled back' }]);
    });
  });

  it('reads several commands in one comment, in order', () => {
    expect(commands('Declaring.\n\n/sev 1\n/ic @priya\n/role comms @carol\n/update Investigating the outage')).toEqual([
      { name: 'sev', level: 1 },
      { name: 'ic', user: 'priya' },
      { name: 'role', role: 'comms', user: 'carol' },
      { name: 'update', text: 'Investigating the outage' },
    ]);
  });

  it('reads CRLF comments', () => {
    expect(commands('On it\r\n/ack\r\n/sev 2\r\n')).toEqual([{ name: 'ack' }, { name: 'sev', level: 2 }]);
  });

  it('refuses, with a reason, a command it could not place: deep in a long run of lists without blank lines', () => {
    const list = Array.from({ length: 60 }, (_, index) => `- host-${index} is down`).join('\n');
    const [entry] = parseCommands(`${list}\n/ack`);
    expect(entry).toMatchObject({ ok: false, line: 61, word: 'ack', unknown: false });
    expect(entry?.ok === false && entry.error).toBe(
      '/ack: not read, because it stands in a long run of quotes or lists with no blank line; write it after a blank line, outside quotes and code (usage: /ack)',
    );
    expect(commands(`${list}\n\n/ack`)).toEqual([{ name: 'ack' }]);
  });

  it('refuses a command after a long run of lists that may open a code block, and names no unknown word there', () => {
    const list = Array.from({ length: 60 }, (_, index) => (index === 30 ? '- ```' : `- host-${index} is down`)).join('\n');
    expect(parseCommands(`${list}\n\n/ack\n\n/acknowledge`)).toEqual([
      {
        ok: false,
        line: 62,
        word: 'ack',
        error: '/ack: not read, because it stands in a long run of quotes or lists with no blank line; write it after a blank line, outside quotes and code (usage: /ack)',
        unknown: false,
      },
    ]);
  });

  it('reads the severity written as sev2, and a role with its user after several spaces or a tab', () => {
    expect(commands('/sev sev2\n/role tech  @sam\n/role comms\t@carol')).toEqual([
      { name: 'sev', level: 2 },
      { name: 'role', role: 'tech', user: 'sam' },
      { name: 'role', role: 'comms', user: 'carol' },
    ]);
  });

  it('does not take a longer word that starts with a two-letter command for that command', () => {
    expect(parseCommands('/icecream is in the fridge')).toEqual([]);
  });

  describe('hostile comments', () => {
    it('a megabyte of quotes, lists, comments and inline syntax around commands', () => {
      const body = [
        '/ack',
        '>\n\n'.repeat(50_000),
        '- a\n\nb\n\n'.repeat(20_000),
        '/sev 2',
        '',
        '[INFO] a_b *c* `d` <e> &f;\n'.repeat(20_000),
        'text <!--\n\n'.repeat(10_000),
        `/update ${' '.repeat(100_000)}x`,
      ].join('\n');
      expect(commands(body)).toEqual([{ name: 'ack' }, { name: 'sev', level: 2 }, { name: 'update', text: 'x' }]);
      // Seconds when linear (a quadratic scan would take hours); more on a busy shared machine.
    }, 120_000);

    it('thousands of commands in code spans and comments', () => {
      const body = '`a\n/ack\nb` <!-- c\n/ack\n-->\n'.repeat(5_000);
      expect(parseCommands(body)).toEqual([]);
    });
  });
});

describe('commandHelp', () => {
  it('describes every command, its usage first the word that parseCommands reads', () => {
    const words = commandHelp().map(({ usage }) => usage.split(' ')[0]);
    expect(words).toEqual(['/ack', '/sev', '/ic', '/role', '/status', '/update', '/timeline', '/resolve', '/reopen', '/help']);
    for (const { usage, description } of commandHelp()) {
      expect(description.length, usage).toBeGreaterThan(10);
      expect(parseCommands(usage.split(' ')[0]!)).toHaveLength(1);
    }
  });
});
