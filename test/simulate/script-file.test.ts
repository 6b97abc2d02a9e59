/** Script files: what `simulate --script FILE` accepts (the people and their steps) and each refusal. */
import { describe, expect, it } from 'vitest';
import { SimulationInputError } from '../../src/simulate/input-file.js';
import { parseScript } from '../../src/simulate/script-file.js';

const OPEN = '{ at: "2026-11-27 03:03", actor: alice, action: open, title: Payments down, form: { Severity: "SEV-1 (Critical)" } }';

/** A script of `steps` (YAML flow mappings), after `head` (e.g. its people). */
function script(steps: string[], head = ''): string {
  return `${head}steps:\n${steps.map((step) => `  - ${step}\n`).join('')}`;
}

function refusal(text: string): string {
  try {
    parseScript(text, 'script.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(SimulationInputError);
    return (error as Error).message;
  }
  throw new Error(`the script ${JSON.stringify(text)} was accepted`);
}

describe('parseScript', () => {
  it('reads each action into the step the demo plays, with the built-in people by default', () => {
    const text = script([
      OPEN,
      '{ at: "2026-11-27 03:40", actor: priya, action: comment, body: "/ack" }',
      '{ at: "2026-11-27 03:40", actor: carol, action: label, label: sev-2 }',
      '{ at: "2026-11-28 10:00", actor: priya, action: merge-postmortem, actionItems: [Add an alert, Page earlier] }',
    ]);
    expect(parseScript(text, 'script.yaml')).toEqual({
      people: { alice: 'write', priya: 'maintain', carol: 'triage' },
      steps: [
        { at: '2026-11-27 03:03', actor: 'alice', action: 'open', title: 'Payments down', form: { Severity: 'SEV-1 (Critical)' } },
        { at: '2026-11-27 03:40', actor: 'priya', action: 'comment', body: '/ack' },
        { at: '2026-11-27 03:40', actor: 'carol', action: 'label', label: 'sev-2' },
        { at: '2026-11-28 10:00', actor: 'priya', action: 'merge-postmortem', actionItems: ['Add an alert', 'Page earlier'] },
      ],
    });
  });

  it('takes its own people instead of the built-in ones, and an empty form answer', () => {
    const text = script(['{ at: "2026-11-27 03:03", actor: wendy, action: open, title: T, form: { Summary: "" } }'], 'people: { wendy: admin, mona: read }\n');
    expect(parseScript(text, 'script.yaml')).toEqual({
      people: { wendy: 'admin', mona: 'read' },
      steps: [{ at: '2026-11-27 03:03', actor: 'wendy', action: 'open', title: 'T', form: { Summary: '' } }],
    });
  });

  it.each([
    ['steps: []', 'script.yaml: steps: is not a list of steps; write at least the step that opens the incident'],
    ['people: {}', 'script.yaml: steps: is not a list of steps; write at least the step that opens the incident'],
    ['steps: []\nwhen: now', 'script.yaml: unknown key "when"; a script has people and steps'],
    ['steps: { at: "2026-11-27 03:03" }', 'script.yaml: steps: is not a list of steps; write at least the step that opens the incident'],
    ['people: [alice]\nsteps: []', 'script.yaml: people: is not a mapping; write { login: permission, … }'],
    ['people: ~\nsteps: []', 'script.yaml: people: is not a mapping; write { login: permission, … }'],
    ['people: alice\nsteps: []', 'script.yaml: people: is not a mapping; write { login: permission, … }'],
    ['people: { alice: write, bob: owner }\nsteps: []', 'script.yaml: people.bob: "owner" is not a permission; use one of read, triage, write, maintain, admin'],
  ])('refuses the people or steps of %j', (text, message) => {
    expect(refusal(text)).toBe(message);
  });

  it.each([
    ['"2026-11-27 03:03"', 'script.yaml: steps[0]: is not a mapping; write { at: "2026-11-27 03:03", actor: alice, action: comment, body: "/ack" }'],
    ['~', 'script.yaml: steps[0]: is not a mapping; write { at: "2026-11-27 03:03", actor: alice, action: comment, body: "/ack" }'],
    ['[open]', 'script.yaml: steps[0]: is not a mapping; write { at: "2026-11-27 03:03", actor: alice, action: comment, body: "/ack" }'],
    ['{ at: "2026-11-27 03:03", actor: alice }', 'script.yaml: steps[0].action: undefined is not an action; use one of open, comment, label, merge-postmortem'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: toString }', 'script.yaml: steps[0].action: "toString" is not an action; use one of open, comment, label, merge-postmortem'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: 1 }', 'script.yaml: steps[0].action: 1 is not an action; use one of open, comment, label, merge-postmortem'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: [open] }', 'script.yaml: steps[0].action: ["open"] is not an action; use one of open, comment, label, merge-postmortem'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: open, title: T, form: {}, body: hi }', 'script.yaml: steps[0]: unknown key "body"; a step of action open has at, actor, action, title, form'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: comment, body: hi, label: sev-2 }', 'script.yaml: steps[0]: unknown key "label"; a step of action comment has at, actor, action, body'],
  ])('refuses the step %s', (step, message) => {
    expect(refusal(script([step]))).toBe(message);
  });

  it.each([
    ['"03:03"', '"03:03"'],
    ['"2026-11-27T03:03"', '"2026-11-27T03:03"'],
    ['"2026-11-27 03:03:00"', '"2026-11-27 03:03:00"'],
    ['"x2026-11-27 03:03"', '"x2026-11-27 03:03"'],
    ['"2026-11-27 3:03"', '"2026-11-27 3:03"'],
    ['"26-11-27 03:03"', '"26-11-27 03:03"'],
    ['"2026-1-27 03:03"', '"2026-1-27 03:03"'],
    ['"2026-11-7 03:03"', '"2026-11-7 03:03"'],
    ['"2026-11-27 03:3"', '"2026-11-27 03:3"'],
    ['"2026-13-27 03:03"', '"2026-13-27 03:03"'],
    ['202611270303', '202611270303'],
    ['["2026-11-27 03:03"]', '["2026-11-27 03:03"]'],
  ])('refuses the time %s', (at, shown) => {
    expect(refusal(script([`{ at: ${at}, actor: alice, action: comment, body: hi }`]))).toBe(`script.yaml: steps[0].at: ${shown} is not a time; write it as "2026-11-27 03:03" (UTC, quoted)`);
  });

  it.each([
    ['{ at: "2026-11-27 03:03", action: comment, body: hi }', 'script.yaml: steps[0].actor: is not a text; write it as a string'],
    ['{ at: "2026-11-27 03:03", actor: "", action: comment, body: hi }', 'script.yaml: steps[0].actor: is not a text; write it as a string'],
    ['{ at: "2026-11-27 03:03", actor: bob, action: comment, body: hi }', 'script.yaml: steps[0].actor: "bob" is not one of the people; add them to people: (alice, priya, carol so far)'],
    ['{ at: "2026-11-27 03:03", actor: constructor, action: comment, body: hi }', 'script.yaml: steps[0].actor: "constructor" is not one of the people; add them to people: (alice, priya, carol so far)'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: open, form: {} }', 'script.yaml: steps[0].title: is not a text; write it as a string'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: open, title: T }', 'script.yaml: steps[0].form: is not a mapping; write the form as { Severity: "SEV-1 (Critical)", Scenario: "Service Outage" }'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: open, title: T, form: ~ }', 'script.yaml: steps[0].form: is not a mapping; write the form as { Severity: "SEV-1 (Critical)", Scenario: "Service Outage" }'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: open, title: T, form: [SEV-1] }', 'script.yaml: steps[0].form: is not a mapping; write the form as { Severity: "SEV-1 (Critical)", Scenario: "Service Outage" }'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: open, title: T, form: { Severity: 1 } }', 'script.yaml: steps[0].form.Severity: is not a text; write it as a string'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: comment, body: 42 }', 'script.yaml: steps[0].body: is not a text; write it as a string'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: label }', 'script.yaml: steps[0].label: is not a text; write it as a string'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: merge-postmortem, actionItems: [] }', 'script.yaml: steps[0].actionItems: is not a list of texts; write it as ["…", "…"]'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: merge-postmortem, actionItems: Add an alert }', 'script.yaml: steps[0].actionItems: is not a list of texts; write it as ["…", "…"]'],
    ['{ at: "2026-11-27 03:03", actor: alice, action: merge-postmortem, actionItems: [Add an alert, 7] }', 'script.yaml: steps[0].actionItems[1]: is not a text; write it as a string'],
  ])('refuses the fields of %s', (step, message) => {
    expect(refusal(script([step]))).toBe(message);
  });

  it('names the people given when an actor is not one of them', () => {
    expect(refusal(script(['{ at: "2026-11-27 03:03", actor: alice, action: comment, body: hi }'], 'people: { wendy: write, mona: maintain }\n'))).toBe(
      'script.yaml: steps[0].actor: "alice" is not one of the people; add them to people: (wendy, mona so far)',
    );
  });

  it('refuses a script that does not start by opening the incident, or whose steps go back in time', () => {
    expect(refusal(script(['{ at: "2026-11-27 03:03", actor: alice, action: comment, body: hi }']))).toBe('script.yaml: steps[0]: does not open the incident; start with a step of action open');
    expect(refusal(script([OPEN, '{ at: "2026-11-27 04:00", actor: alice, action: comment, body: hi }', '{ at: "2026-11-27 03:59", actor: alice, action: comment, body: hi }']))).toBe(
      'script.yaml: steps[2].at: 2026-11-27 03:59 is before the step before it (2026-11-27 04:00); list the steps in time order',
    );
  });
});
