import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { findYamlFiles } from '../../src/config/find-files.js';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { codeownersBlock, codeownersStatus, mergeCodeowners, repositoryDir } from '../../src/scaffold/codeowners.js';
import { copyDefaultSet, edit, emptyDir } from '../config/fixture.js';

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

/** A repository in a temp dir with a copy of the default set under `playbooks/`, owners filled in per file. */
async function repository(): Promise<{ root: string; set: PlaybookSet; files: string[] }> {
  const copy = await copyDefaultSet();
  const root = await emptyDir();
  await rename(copy, join(root, 'playbooks'));
  const files = await findYamlFiles(join(root, 'playbooks'));
  for (const file of files) await edit(join(root, 'playbooks'), file, 'owners: ["[Owner]"]', `owners: ["@acme/${file.includes('scenarios/') ? 'sre' : 'incident-leads'}", "[Second Owner]"]`);
  await edit(join(root, 'playbooks'), 'severities.yaml', 'owners: ["@acme/incident-leads", "[Second Owner]"]', 'owners: ["@acme/incident-leads", "@cto-jane"]');
  return { root, set: await loadPlaybooks(join(root, 'playbooks')), files };
}

describe('CODEOWNERS from review.owners', () => {
  it('names every file with its real owners, repository-relative, and leaves placeholders out', async () => {
    const { set, files } = await repository();
    const block = codeownersBlock(set, 'playbooks');
    const entries = block.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(entries).toHaveLength(files.length);
    expect(entries).toContain('/playbooks/severities.yaml @acme/incident-leads @cto-jane');
    expect(entries).toContain('/playbooks/scenarios/service-outage.yaml @acme/sre');
    expect(entries).toContain('/playbooks/roles.yaml @acme/incident-leads');
    expect(block).not.toContain('[Second Owner]');
    expect(block).toMatch(/^# BEGIN playbook-ops.*\n# Regenerate: npx playbook-ops codeowners playbooks --out \.github\/CODEOWNERS\n/);
    expect(block.endsWith('# END playbook-ops\n')).toBe(true);
  });

  it('a file whose owners are all placeholders gets a comment, not an unknown owner', async () => {
    const set = await loadPlaybooks(join(await copyDefaultSet()));
    const block = codeownersBlock(set, './ops/playbooks/');
    expect(block).toContain('# /ops/playbooks/severities.yaml: no owners yet (review.owners holds placeholders only)');
    expect(block.split('\n').filter((line) => line !== '' && !line.startsWith('#'))).toEqual([]);
  });

  it('the playbook directory is the repository root or a path inside it', () => {
    expect(repositoryDir('.')).toBe('');
    expect(repositoryDir('./a//b/')).toBe('a/b');
    expect(repositoryDir('a\\b')).toBe('a/b');
    expect(() => repositoryDir('../elsewhere')).toThrow(/inside the repository/);
    expect(() => repositoryDir('/abs/playbooks')).toThrow(/inside the repository/);
  });

  it('a file name CODEOWNERS would read as a pattern or comment is reported, not written', async () => {
    const dir = await copyDefaultSet();
    await rename(join(dir, 'scenarios/data-integrity.yaml'), join(dir, 'scenarios/data #integrity.yaml'));
    await edit(dir, 'scenarios/data #integrity.yaml', 'owners: ["[Owner]"]', 'owners: ["@acme/sre"]');
    const block = codeownersBlock(await loadPlaybooks(dir), 'playbooks');
    expect(block).toContain('# "/playbooks/scenarios/data #integrity.yaml": not listed');
    expect(block).not.toContain('@acme/sre');
  });

  it('merging keeps the lines around the block and replaces only the block', async () => {
    const { set } = await repository();
    const block = codeownersBlock(set, 'playbooks');
    expect(mergeCodeowners(null, block)).toBe(block);
    const own = '# ours\n* @acme/everyone\n/docs/ @acme/writers\n';
    const appended = mergeCodeowners(own, block);
    expect(appended).toBe(`${own}\n${block}`);
    const old = appended.replace('@cto-jane', '@someone-else').concat('/late/ @acme/late\n');
    const merged = mergeCodeowners(old, block);
    expect(merged).toBe(`${own}\n${block}/late/ @acme/late\n`);
    expect(mergeCodeowners(merged, block)).toBe(merged);
    expect(codeownersStatus(merged, set, 'playbooks')).toBe('fresh');
    expect(codeownersStatus(old, set, 'playbooks')).toBe('stale');
    expect(codeownersStatus(own, set, 'playbooks')).toBe('missing');
    expect(codeownersStatus(null, set, 'playbooks')).toBe('missing');
    expect(codeownersStatus(merged, set, 'other')).toBe('stale');
  });
});

describe('playbook-ops codeowners', () => {
  it('writes the block into .github/CODEOWNERS, keeps the file\'s own rules, and --check tells fresh from stale', async () => {
    const { root, set } = await repository();
    await mkdir(join(root, '.github'));
    await writeFile(join(root, '.github/CODEOWNERS'), '* @acme/everyone\n');
    const written = await run(['codeowners', 'playbooks', '--out', '.github/CODEOWNERS'], root);
    expect(written).toMatchObject({ code: 0, stdout: 'wrote .github/CODEOWNERS\n' });
    const text = await readFile(join(root, '.github/CODEOWNERS'), 'utf8');
    expect(text).toBe(`* @acme/everyone\n\n${codeownersBlock(set, 'playbooks')}`);
    expect(await run(['codeowners', '--out', '.github/CODEOWNERS'], root)).toMatchObject({ code: 0, stdout: '.github/CODEOWNERS is up to date\n' });
    expect(await run(['codeowners', '--out', '.github/CODEOWNERS', '--check'], root)).toMatchObject({ code: 0 });

    await edit(join(root, 'playbooks'), 'roles.yaml', '@acme/incident-leads', '@acme/new-leads');
    const stale = await run(['codeowners', '--out', '.github/CODEOWNERS', '--check'], root);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toBe('.github/CODEOWNERS is out of date with the playbooks: run `npx playbook-ops codeowners playbooks --out .github/CODEOWNERS` and commit it.\n');
    expect(await readFile(join(root, '.github/CODEOWNERS'), 'utf8')).toBe(text);
  });

  it('prints the block without --out, and refuses a directory outside the working directory', async () => {
    const { root, set } = await repository();
    expect(await run(['codeowners'], root)).toMatchObject({ code: 0, stdout: codeownersBlock(set, 'playbooks') });
    const outside = await run(['codeowners', '..'], join(root, 'playbooks'));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/must be a path inside the repository.*run from the repository root/);
    expect((await run(['codeowners', '--check'], root)).code).toBe(2);
  });
});
