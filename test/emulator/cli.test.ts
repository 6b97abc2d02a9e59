import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { expect, test } from 'vitest';
import { type CliIO, UsageError } from '../../src/cli/command.js';
import { emulatorCommand } from '../../src/cli/commands/emulator.js';
import { createEmulator } from '../../src/emulator/index.js';

function parse(argv: string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const parsed = parseArgs({ args: argv, options: emulatorCommand.options, allowPositionals: true, strict: true });
  return parsed as unknown as { values: Record<string, string | boolean | undefined>; positionals: string[] };
}

function capture(): { io: CliIO; output: () => string } {
  let text = '';
  return { io: { stdout: (chunk) => (text += chunk), stderr: (chunk) => (text += chunk), cwd: process.cwd() }, output: () => text };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

test('runs until interrupted, with the repository, users and their tokens', async () => {
  const { io, output } = capture();
  const running = emulatorCommand.run(parse(['--port', '0', '--repo', 'acme/ops', '--user', 'alice:admin', '--user', 'bob:triage']), io);
  await until(() => output().includes('Press Ctrl-C'));
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1] ?? 'no url';
  expect(url).toBeDefined();
  expect(output()).toContain('Repositories: acme/ops (default branch main)');
  expect(output()).toContain('alice-token -> alice (admin)');
  expect(output()).toContain(`new Octokit({ baseUrl: '${url}', auth: 'bot-token' })`);

  const answer = await fetch(`${url}/repos/acme/ops/collaborators/bob/permission`, { headers: { authorization: 'token alice-token' } });
  expect(((await answer.json()) as { role_name: string }).role_name).toBe('triage');
  expect(output()).toContain('GET /repos/acme/ops/collaborators/bob/permission -> 200 (alice)');

  process.emit('SIGINT');
  expect(await running).toBe(0);
  await expect(fetch(`${url}/rate_limit`)).rejects.toThrow();
});

test('without --repo it creates acme/shop', async () => {
  const { io, output } = capture();
  const running = emulatorCommand.run(parse([]), io);
  await until(() => output().includes('Press Ctrl-C'));
  expect(output()).toContain('Repositories: acme/shop');
  process.emit('SIGTERM');
  expect(await running).toBe(0);
});

test('a response that does not match GitHub\'s description is a 500 and an error line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-cli-'));
  try {
    // A saved state whose only issue event lost its label: the events answer cannot be valid.
    const path = join(dir, 'state.json');
    const writer = await createEmulator({ persistPath: path });
    writer.seed.repo('acme', 'shop');
    writer.seed.issue('acme/shop', { title: 'Outage', labels: ['sev-1'] });
    delete writer.state.repos['acme/shop']?.events[0]?.label;
    writer.seed.comment('acme/shop', 1, { body: 'saves the state' });
    await writer.close();

    const { io, output } = capture();
    const running = emulatorCommand.run(parse(['--state', path]), io);
    await until(() => output().includes('Press Ctrl-C'));
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1] ?? '';
    const answer = await fetch(`${url}/repos/acme/shop/issues/1/events`);
    expect(answer.status).toBe(500);
    expect(output()).toContain(
      "error: GET /repos/acme/shop/issues/1/events (issues/list-events, 200): emulator produced a response that does not match GitHub's OpenAPI description: response 200/0/label: must be object\n",
    );
    expect(output()).toContain('GET /repos/acme/shop/issues/1/events -> 500');
    process.emit('SIGINT');
    expect(await running).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors name the bad option', async () => {
  const { io } = capture();
  await expect(emulatorCommand.run(parse(['--user', 'alice:owner']), io)).rejects.toThrow(UsageError);
  await expect(emulatorCommand.run(parse(['--user', 'alice:owner']), io)).rejects.toThrow(/LOGIN:PERMISSION/);
  await expect(emulatorCommand.run(parse(['--port', 'x']), io)).rejects.toThrow(/--port/);
  await expect(emulatorCommand.run(parse(['--repo', 'shop']), io)).rejects.toThrow(/OWNER\/NAME/);
});

test('--help describes every option', () => {
  for (const option of ['--port', '--state', '--repo', '--user', 'bot-token']) expect(emulatorCommand.help).toContain(option);
});
