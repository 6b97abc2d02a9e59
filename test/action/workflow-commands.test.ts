/** What the Action prints: no untrusted text can start a workflow command or a terminal escape. */
import { describe, expect, test } from 'vitest';
import { info, setFailed, warning } from '../../action/workflow-commands.js';
import { eventTarget } from '../../src/engine/event-target.js';
import { liveCommands } from './runner-model.js';
import { captureStdout } from './stdout.js';

const output = captureStdout().text;

const HOSTILE = [
  'x\n::error::owned',
  'x\r::add-mask::secret',
  'x\r\n  ::set-output name=a::b',
  '::warning::at the start',
  '\t ::debug::after white space',
  '\u0085::notice::after a next-line character',
  'label ##[add-mask]secret',
  '###[error]three hashes',
  'sev-1\n::stop-commands::token',
];

describe('info', () => {
  test.each(HOSTILE)('%j starts no workflow command', (text) => {
    info(text);
    expect(liveCommands(output())).toEqual([]);
  });

  test('plain lines are printed as they are, one per line', () => {
    info('#12: sev-1, open');
    info('  added label "sev-1"\nsecond line');
    expect(output()).toBe('#12: sev-1, open\n  added label "sev-1"\nsecond line\n'.replaceAll('\n', process.platform === 'win32' ? '\r\n' : '\n'));
  });

  test('a neutralized line still shows what it held', () => {
    info('effect: ::error::owned');
    info('::error::owned');
    expect(output()).toContain('effect: ::error::owned');
    expect(output()).toContain('\\u003a:error::owned');
  });

  test('terminal escapes and bidi overrides are written as escapes', () => {
    info('a\u001b[2Jb\u202ec\u009bd');
    expect(output()).toBe('a\\u001b[2Jb\\u202ec\\u009bd\n');
  });

  test('the skip reason of a hostile workflow_dispatch input starts no command', () => {
    const target = eventTarget('workflow_dispatch', { inputs: { issue: '7\n::add-mask::${{ secrets.TOKEN }}\n##[error]x' } }, 'bot');
    if (target.type !== 'skip') throw new Error('expected a skip');
    info(`Nothing to do: ${target.reason}.`);
    expect(output().trimEnd().split('\n')).toHaveLength(1);
    expect(liveCommands(output())).toEqual([]);
  });
});

describe('annotations', () => {
  test('warning and setFailed keep their message inside one command', () => {
    warning('x\n::error::owned\r##[add-mask]y');
    setFailed('failed\n::add-mask::z');
    const lines = output().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::warning::x%0A::error::owned%0D/);
    expect(lines[1]).toMatch(/^::error::failed%0A::add-mask::z$/);
    expect(process.exitCode).toBe(1);
  });

  test('terminal escapes in an annotation are written as escapes', () => {
    warning('a\u001b[31mred');
    expect(output()).toBe('::warning::a\\u001b[31mred\n');
  });
});
