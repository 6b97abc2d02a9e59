import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createEmulator } from '../../src/emulator/index.js';
import { run, tempDir, usage } from './cli-run.js';

/** How to stop each emulator still running: a test that fails before stopping its own leaves it here. */
const running = new Set<() => Promise<unknown>>();

afterEach(async () => {
  for (const stop of running) await stop();
});

/** `playbook-ops emulator ...argv` started in process: what it printed so far, and how to stop it. */
function start(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  let settled = false;
  const exit = main(['emulator', ...argv], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd }).finally(() => {
    settled = true;
    running.delete(stop);
  });
  // What it printed once it says how to stop it; or sooner, when it ended or took seconds to get there.
  const printed = async (): Promise<string> => {
    const deadline = Date.now() + 5000;
    while (!stdout.includes('Press Ctrl-C') && !settled && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    return stdout;
  };
  // Once it listens (it stops on SIGINT from then on), as a user's Ctrl-C does.
  const stop = async (): Promise<unknown> => {
    await printed();
    process.emit('SIGINT');
    return exit;
  };
  running.add(stop);
  // Its exit code, or "still running" when it did not stop within seconds.
  const ended = (): Promise<number | string> => Promise.race([exit, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 5000))]);
  return { ended, printed, output: () => ({ stdout, stderr }) };
}

const urlIn = (text: string): string => /listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(text)?.[1] ?? 'no url';

/** What the emulator prints on start at `url`, for the repositories and tokens given. */
function banner(url: string, repos: string, tokens: string, example: string): string {
  return [
    `GitHub REST emulator listening on ${url}`,
    `Repositories: ${repos}`,
    `Tokens: bot-token (or any other token) -> github-actions[bot]${tokens}`,
    '',
    'Point Octokit at it:',
    `  new Octokit({ baseUrl: '${url}', auth: 'bot-token' })`,
    'Point the Action or a script at it:',
    `  GITHUB_API_URL=${url}`,
    'Point gh at it (gh only takes a full http:// URL, not a host):',
    `  GH_ENTERPRISE_TOKEN=bot-token gh api ${url}/repos/${example}/issues`,
    'Or curl:',
    `  curl -H 'Authorization: token bot-token' ${url}/repos/${example}/issues`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

/** A port nothing listens on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('emulator', () => {
  test('prints how to reach it, each request as answered, and stops on SIGINT', async () => {
    const cwd = await tempDir();
    const port = await freePort();
    const emulator = start(['--port', String(port), '--repo', 'acme/ops', '--repo', 'acme/web', '--user', 'alice:admin', '--user', 'bob:triage'], cwd);
    const url = `http://127.0.0.1:${port}`;
    const text = await emulator.printed();
    expect(text).toBe(banner(url, 'acme/ops (default branch main), acme/web (default branch main)', '; alice-token -> alice (admin); bob-token -> bob (triage)', 'acme/ops'));
    const answer = await fetch(`${url}/repos/acme/web/collaborators/bob/permission`, { headers: { authorization: 'token alice-token' } });
    expect(((await answer.json()) as { role_name: string }).role_name).toBe('triage');
    await fetch(`${url}/repos/acme/nope/issues`, { headers: { authorization: 'token bot-token' } });
    process.emit('SIGINT');
    expect(await emulator.ended()).toBe(0);
    const { stdout, stderr } = emulator.output();
    expect(stdout.slice(text.length)).toBe(
      'GET /repos/acme/web/collaborators/bob/permission -> 200 (alice)\nGET /repos/acme/nope/issues -> 404 (github-actions[bot])\nStopping the emulator.\n',
    );
    expect(stderr).toBe('');
    await expect(fetch(`${url}/rate_limit`)).rejects.toThrow();
  });

  test('without --repo or a state it serves acme/shop, and a request without a token prints no user', async () => {
    const emulator = start([], await tempDir());
    const text = await emulator.printed();
    const url = urlIn(text);
    expect(text).toBe(banner(url, 'acme/shop (default branch main)', '', 'acme/shop'));
    await fetch(`${url}/graphql`, { method: 'POST', body: '{}' });
    // A request that does not match GitHub's description is the caller's mistake: answered, not an error line.
    const refused = await fetch(`${url}/repos/acme/shop/issues`, { method: 'POST', headers: { authorization: 'token bot-token' }, body: JSON.stringify({ labels: 'sev-1' }) });
    expect(refused.status).toBe(422);
    process.emit('SIGTERM');
    expect(await emulator.ended()).toBe(0);
    expect(emulator.output()).toEqual({ stdout: `${text}POST /graphql -> 401\nPOST /repos/acme/shop/issues -> 422 (github-actions[bot])\nStopping the emulator.\n`, stderr: '' });
  });

  test('--state loads the repositories it holds, adds no default, gives --user to each, and saves writes', async () => {
    const cwd = await tempDir();
    const writer = await createEmulator({ persistPath: join(cwd, 'state.json') });
    writer.seed.repo('acme', 'kept');
    writer.seed.issue('acme/kept', { title: 'Old' });
    await writer.close();
    const emulator = start(['--state', 'state.json', '--user', 'carol:write'], cwd);
    const text = await emulator.printed();
    const url = urlIn(text);
    expect(text).toBe(banner(url, 'acme/kept (default branch main)', '; carol-token -> carol (write)', 'acme/kept'));
    const created = await fetch(`${url}/repos/acme/kept/issues`, { method: 'POST', headers: { authorization: 'token carol-token' }, body: JSON.stringify({ title: 'New' }) });
    expect(created.status).toBe(201);
    process.emit('SIGINT');
    expect(await emulator.ended()).toBe(0);
    const saved = JSON.parse(await readFile(join(cwd, 'state.json'), 'utf8')) as { repos: Record<string, { issues: { title: string }[] }> };
    expect(saved.repos['acme/kept']?.issues.map((issue) => issue.title)).toEqual(['Old', 'New']);
  });

  test('--repo with a state adds the repositories it lacks and gives --user only to the named ones', async () => {
    const cwd = await tempDir();
    const writer = await createEmulator({ persistPath: join(cwd, 'state.json') });
    writer.seed.repo('acme', 'kept');
    writer.seed.repo('acme', 'other');
    await writer.close();
    const emulator = start(['--state', 'state.json', '--repo', 'acme/new', '--repo', 'ACME/kept', '--user', 'dan:admin'], cwd);
    const text = await emulator.printed();
    expect(text).toContain('\nRepositories: acme/kept (default branch main), acme/other (default branch main), acme/new (default branch main)\n');
    const url = urlIn(text);
    const permission = async (repo: string) => ((await (await fetch(`${url}/repos/${repo}/collaborators/dan/permission`, { headers: { authorization: 'token bot-token' } })).json()) as { permission?: string }).permission;
    expect(await permission('acme/new')).toBe('admin');
    expect(await permission('acme/kept')).toBe('admin');
    expect(await permission('acme/other')).not.toBe('admin');
    process.emit('SIGINT');
    expect(await emulator.ended()).toBe(0);
  });

  test('a response that does not match GitHub\'s description is printed as an error line on stderr', async () => {
    const cwd = await tempDir();
    const writer = await createEmulator({ persistPath: join(cwd, 'state.json') });
    writer.seed.repo('acme', 'shop');
    writer.seed.issue('acme/shop', { title: 'Outage', labels: ['sev-1'] });
    // The only issue event loses its label: the events answer cannot be valid.
    delete writer.state.repos['acme/shop']?.events[0]?.label;
    writer.seed.comment('acme/shop', 1, { body: 'saves the state' });
    await writer.close();
    const emulator = start(['--state', 'state.json'], cwd);
    const url = urlIn(await emulator.printed());
    expect((await fetch(`${url}/repos/acme/shop/issues/1/events`)).status).toBe(500);
    process.emit('SIGINT');
    expect(await emulator.ended()).toBe(0);
    expect(emulator.output().stderr).toBe(
      "error: GET /repos/acme/shop/issues/1/events (issues/list-events, 200): emulator produced a response that does not match GitHub's OpenAPI description: response 200/0/label: must be object\n",
    );
  });

  test('usage errors: the port, the repositories and the users', async () => {
    const cwd = await tempDir();
    // An empty value or a number written otherwise than in digits is no port either.
    for (const port of ['x', '-1', '65536', '1.5', '', '0x50', '1e3', ' 80']) {
      expect(await run(['emulator', `--port=${port}`], cwd), port).toEqual(usage('emulator', `--port must be a port number (0-65535), got "${port}"`));
    }
    for (const repo of ['acme', 'acme/shop/x', 'a b/c', '/shop']) {
      expect(await run(['emulator', '--repo', 'acme/ok', '--repo', repo], cwd), repo).toEqual(usage('emulator', `--repo must be OWNER/NAME, got "${repo}"`));
    }
    for (const user of ['alice', 'alice:owner', ':admin', 'alice:admin:x']) {
      expect(await run(['emulator', '--user', user], cwd), user).toEqual(usage('emulator', `--user must be LOGIN:PERMISSION with PERMISSION one of read, triage, write, maintain, admin, got "${user}"`));
    }
    expect(await run(['emulator', 'now'], cwd)).toEqual(usage('emulator', 'unexpected argument "now"'));
  });

  test('owners and names may hold letters, digits, dots, hyphens and underscores', async () => {
    const emulator = start(['--repo', 'my.org-x_1/a.b-c_2'], await tempDir());
    expect(await emulator.printed()).toContain('\nRepositories: my.org-x_1/a.b-c_2 (default branch main)\n');
    process.emit('SIGINT');
    expect(await emulator.ended()).toBe(0);
  });

  test('0 (any free port) and 65535 are port numbers: the usage error is the next option\'s', async () => {
    for (const port of ['0', '65535']) {
      const outcome = await run(['emulator', '--port', port, '--user', 'bad'], await tempDir());
      expect(outcome, port).toEqual(usage('emulator', '--user must be LOGIN:PERMISSION with PERMISSION one of read, triage, write, maintain, admin, got "bad"'));
    }
  });
});
