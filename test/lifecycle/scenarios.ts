/**
 * One scenario per event and per command: the scene before, and the delivery whose run is under
 * test. Idempotency tests replay each of them.
 */
import { PEOPLE, type World, declare } from './harness.js';
import type { Delivery } from './payloads.js';

/** An event under test and the scene it happens in. */
export interface Scenario {
  name: string;
  /** Sets the scene (runs included) and returns the issue and the delivery under test, not yet run. */
  play: (world: World) => Promise<{ number: number; delivery: Delivery }>;
}

/** A declared SEV-2 and then `act` on it. */
function onIncident(name: string, act: (world: World, number: number) => Promise<Delivery>): Scenario {
  return {
    name,
    play: async (world) => {
      const number = await declare(world, 2);
      return { number, delivery: await act(world, number) };
    },
  };
}

function command(body: string, by: (typeof PEOPLE)[keyof typeof PEOPLE] = PEOPLE.write): Scenario {
  return onIncident(`issue_comment.created ${body.split('\n')[0] ?? ''} by ${by}`, (world, number) => world.comment(by, number, body));
}

/** Every `issues` action the Action handles, every command (accepted and refused), and `workflow_dispatch`. */
export const SCENARIOS: Scenario[] = [
  {
    name: 'issues.opened',
    play: async (world) => {
      const opened = await world.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', services: 'payments-api', summary: 'Payments fail.' });
      return { number: opened.number, delivery: opened };
    },
  },
  onIncident('issues.edited', (world, number) => world.edit(PEOPLE.write, number, { severity: 2, scenario: 'Security Incident', summary: 'Card data may be exposed.' })),
  onIncident('issues.labeled (raise)', (world, number) => world.label(PEOPLE.triage, number, 'sev-1')),
  onIncident('issues.labeled (lower)', (world, number) => world.label(PEOPLE.triage, number, 'sev-4')),
  onIncident('issues.unlabeled', (world, number) => world.unlabel(PEOPLE.triage, number, 'sev-2')),
  onIncident('issues.assigned', (world, number) => world.assign(PEOPLE.write, number, PEOPLE.admin)),
  onIncident('issues.unassigned', async (world, number) => {
    await world.run(await world.comment(PEOPLE.write, number, '/ic @ada'));
    return world.unassign(PEOPLE.write, number, PEOPLE.admin);
  }),
  onIncident('issues.closed', (world, number) => world.close(PEOPLE.write, number)),
  onIncident('issues.reopened', async (world, number) => {
    await world.run(await world.close(PEOPLE.write, number));
    return world.reopen(PEOPLE.write, number);
  }),
  command('/ack'),
  command('/sev 1'),
  command('/sev 4'),
  command('/ic @mona'),
  command('/role comms @tom\n/role tech @ada\n/role sme @rita'),
  command('/status mitigation'),
  command('/update Rolled back deploy 4512.'),
  command('/timeline Paged the database vendor'),
  command('/resolve Rolled back deploy 4512.'),
  onIncident('issue_comment.created /reopen', async (world, number) => {
    await world.run(await world.comment(PEOPLE.write, number, '/resolve'));
    return world.comment(PEOPLE.write, number, '/reopen');
  }),
  {
    name: 'issue_comment.created /sev 2 on an incident declared without a severity',
    play: async (world) => {
      const opened = await world.open(PEOPLE.write, { scenario: 'Other / not sure', summary: 'Something is off.' });
      await world.run(opened);
      return { number: opened.number, delivery: await world.comment(PEOPLE.triage, opened.number, '/sev 2') };
    },
  },
  command('/help', PEOPLE.read),
  command('/sev 1', PEOPLE.read),
  command('/sev 9\n/status nowhere'),
  onIncident('workflow_dispatch (one incident, escalation due)', (world, number) => {
    world.advance(45);
    return Promise.resolve(world.dispatch(number));
  }),
  onIncident('workflow_dispatch (all open incidents)', (world) => {
    world.advance(45);
    return Promise.resolve(world.dispatch());
  }),
];
