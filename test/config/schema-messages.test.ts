import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/config/diagnostic.js';
import { DURATION_HINT } from '../../src/config/duration.js';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { copyDefaultSet, edit, positionOf } from './fixture.js';

async function schemaDiagnostics(dir: string): Promise<Omit<Diagnostic, 'severity' | 'rule'>[]> {
  const result = await validatePlaybooks(dir);
  return result.diagnostics
    .filter((diagnostic) => diagnostic.rule === 'schema')
    .map(({ file, line, column, message, hint, pointer }) => ({ file, line, column, message, hint, pointer }));
}

describe('schema diagnostics', () => {
  test('a bad duration says it is not a duration and how to write one', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'severities.yaml', 'response_time: 15m', 'response_time: 15 mins');
    const at = await positionOf(dir, 'severities.yaml', '15 mins');
    expect(await schemaDiagnostics(dir)).toEqual([
      { file: 'severities.yaml', ...at, message: 'severities[0].response_time: "15 mins" is not a duration', hint: DURATION_HINT, pointer: '/severities/0/response_time' },
    ]);
  });

  test('an unknown property is reported at its key with the closest allowed name', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'severities.yaml', 'response_time: 30m', 'respons_time: 30m');
    const at = await positionOf(dir, 'severities.yaml', 'respons_time');
    const diagnostics = await schemaDiagnostics(dir);
    expect(diagnostics).toEqual([
      { file: 'severities.yaml', ...at, message: 'severities[1]: unknown property "respons_time"; did you mean "response_time"?', hint: 'rename "respons_time" to "response_time"', pointer: '/severities/1/respons_time' },
    ]);
  });

  test('an unknown property with nothing close lists the allowed ones', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'tools.yaml', 'kind: tools\n', 'kind: tools\nwhatever: 1\n');
    expect(await schemaDiagnostics(dir)).toMatchObject([{ file: 'tools.yaml', message: 'unknown property "whatever"', hint: 'allowed properties: "kind", "review", "categories"' }]);
  });

  test('a wrong type names the expected and the found kind', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', 'name: Technical Lead', 'name: {first: Technical}');
    const at = await positionOf(dir, 'roles.yaml', '{first');
    expect(await schemaDiagnostics(dir)).toMatchObject([{ file: 'roles.yaml', ...at, message: 'roles[2].name: expected text, found a mapping', pointer: '/roles/2/name' }]);
  });

  test('a step that is neither text nor a mapping gives one diagnostic listing both kinds', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'process.yaml', 'steps:\n', 'steps:\n      - 42\n');
    const at = await positionOf(dir, 'process.yaml', '42');
    expect(await schemaDiagnostics(dir)).toEqual([
      { file: 'process.yaml', ...at, message: 'phases[0].steps[0]: expected text or a mapping, found a whole number', hint: 'write text or a mapping here', pointer: '/phases/0/steps/0' },
    ]);
  });

  test('a typo inside a titled step reports the typo only, not the text branch of the oneOf', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'process.yaml', 'steps:\n', 'steps:\n      - {title: Page, taks: [a]}\n');
    const at = await positionOf(dir, 'process.yaml', 'taks');
    expect(await schemaDiagnostics(dir)).toEqual([
      { file: 'process.yaml', ...at, message: 'phases[0].steps[0]: unknown property "taks"; did you mean "tasks"?', hint: 'rename "taks" to "tasks"', pointer: '/phases/0/steps/0/taks' },
    ]);
  });

  test('an empty text step says it must not be empty', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'process.yaml', 'steps:\n', 'steps:\n      - ""\n');
    expect(await schemaDiagnostics(dir)).toMatchObject([{ file: 'process.yaml', message: 'phases[0].steps[0]: must not be empty' }]);
  });

  test('an enum value suggests the closest allowed one', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'settings.yaml', 'minimum_permission: triage', 'minimum_permission: triag');
    const at = await positionOf(dir, 'settings.yaml', 'triag');
    expect(await schemaDiagnostics(dir)).toEqual([
      {
        file: 'settings.yaml',
        ...at,
        message: 'minimum_permission: "triag" is not one of "read", "triage", "write", "maintain", "admin"',
        hint: 'did you mean "triage"?',
        pointer: '/minimum_permission',
      },
    ]);
  });

  test('a pattern names the expected form from the schema title and explains it', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', 'id: tech', 'id: Tech_Lead');
    const diagnostics = await schemaDiagnostics(dir);
    expect(diagnostics).toMatchObject([{ file: 'roles.yaml', message: 'roles[2].id: "Tech_Lead" is not an id', pointer: '/roles/2/id' }]);
    expect(diagnostics[0]?.hint).toMatch(/kebab-case/);
  });

  test('a missing required property is reported at the object that lacks it', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'tools.yaml', '    name: Monitoring and Alerting\n', '');
    const at = await positionOf(dir, 'tools.yaml', 'id: monitoring');
    expect(await schemaDiagnostics(dir)).toMatchObject([{ file: 'tools.yaml', ...at, message: 'categories[0]: missing required property "name"', pointer: '/categories/0/name' }]);
  });

  test('repeated owners point at the repeat', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'tools.yaml', 'owners: ["[Owner]"]', 'owners: ["@a", "@b", "@a"]');
    const at = await positionOf(dir, 'tools.yaml', '"@a"]');
    expect(await schemaDiagnostics(dir)).toMatchObject([{ file: 'tools.yaml', ...at, message: 'review.owners[2]: repeats item 0', pointer: '/review/owners/2' }]);
  });
});
