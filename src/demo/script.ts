/**
 * The demo's SEV-1 from the alert that opens it to its quarterly review, step by step: who or what
 * does what, and when (UTC). Data only: each step is done by `act` (act.ts) and followed by the
 * workflow run its event starts, so a new kind of step is a new member of {@link ScriptStep} and a
 * case in `act`.
 */
import type { DemoAlertState } from './demo-alert.js';


/** One step at `at` (`YYYY-MM-DD HH:MM`, UTC). */
export type ScriptStep =
  /** A person opens the incident from the issue form. */
  | { at: string; actor: string; action: 'open'; title: string; form: Record<string, string> }
  /** Alertmanager posts a notification of the demo's alert group (a `repository_dispatch` of type `alert`). */
  | { at: string; action: 'alert'; alert: DemoAlertState }
  /** A person comments on the incident (commands included). */
  | { at: string; actor: string; action: 'comment'; body: string }
  /** A person adds a label to the incident. */
  | { at: string; actor: string; action: 'label'; label: string }
  /** A person writes the action items into the incident's post-mortem on its branch and merges its pull request. */
  | { at: string; actor: string; action: 'merge-postmortem'; actionItems: string[] }
  /** A tick of the sweep's schedule: GitHub starts the sweep only while its workflow is on. */
  | { at: string; action: 'schedule' }
  /** The daily wake-up (06:17 UTC): turns the sweep on, so the sweep that follows checks the review round. */
  | { at: string; action: 'wake' };

/** Collaborators of the demo repository and their permission. */
export const DEMO_PEOPLE = { alice: 'write', priya: 'maintain', sam: 'write', carol: 'triage', dave: 'read' } as const;

/** The steps of the demo, in time order. */
export const DEMO_SCRIPT: ScriptStep[] = [
  // payments-api has been down since 03:05; Alertmanager's group_wait and rule's `for` put the first
  // notification at 03:12. The run opens the incident, declares it SEV-1 and pages level 1 at once.
  { at: '2026-11-27 03:12', action: 'alert', alert: { status: 'firing', startsAt: '2026-11-27T03:05:00Z' } },
  { at: '2026-11-27 03:20', action: 'schedule' },
  // Nobody acknowledged within SEV-1's 15 minutes (due 03:27).
  { at: '2026-11-27 03:30', action: 'schedule' },
  // Level 2's 30 minutes and the first 30-minute update window both ran out at 03:42.
  { at: '2026-11-27 03:45', action: 'schedule' },
  { at: '2026-11-27 03:46', actor: 'priya', action: 'comment', body: 'On it.\n/ack\n/ic @priya' },
  { at: '2026-11-27 03:47', actor: 'priya', action: 'comment', body: '/role comms @carol\n/role tech @sam' },
  { at: '2026-11-27 03:50', actor: 'dave', action: 'comment', body: '/sev 2' },
  // The missed window was reminded once: this run has nothing more to say about it.
  { at: '2026-11-27 03:50', action: 'schedule' },
  { at: '2026-11-27 03:55', actor: 'carol', action: 'comment', body: '/update Payments API returns 503 for all card payments; rolling back deploy 4512.' },
  { at: '2026-11-27 04:00', actor: 'sam', action: 'comment', body: '/status mitigation\n/timeline Rolled back deploy 4512' },
  { at: '2026-11-27 04:10', actor: 'sam', action: 'label', label: 'sev-2' },
  { at: '2026-11-27 04:25', actor: 'carol', action: 'comment', body: '/update Error rate back to normal after the rollback; monitoring.' },
  // The alert resolves: noted on the incident; a person resolves it (the default playbooks' `resolve: false`).
  { at: '2026-11-27 04:35', action: 'alert', alert: { status: 'resolved', startsAt: '2026-11-27T03:05:00Z', endsAt: '2026-11-27T04:33:00Z' } },
  { at: '2026-11-27 04:40', actor: 'priya', action: 'comment', body: '/resolve Rolled back deploy 4512; root cause in the post-mortem.' },
  {
    at: '2026-11-28 10:15',
    actor: 'priya',
    action: 'merge-postmortem',
    actionItems: ['Alert on the 503 rate of payments-api', 'Add a canary stage to payments deploys'],
  },
  // Nothing has a deadline any more: the sweep turns its workflow off, and the next tick starts nothing.
  { at: '2026-11-28 10:20', action: 'schedule' },
  { at: '2026-11-28 10:25', action: 'schedule' },
  // A quarter after the playbooks' last review (2026-11-27): the wake-up turns the sweep on, and the
  // sweep opens the review round (then turns itself off again: a round is not a deadline of minutes).
  { at: '2027-02-25 06:17', action: 'wake' },
  { at: '2027-02-25 06:20', action: 'schedule' },
];

/** The instant of a step's `at`. */
export function stepTime(at: string): Date {
  const time = new Date(`${at.replace(' ', 'T')}:00Z`);
  if (Number.isNaN(time.getTime())) throw new Error(`the script's time "${at}" is not YYYY-MM-DD HH:MM`);
  return time;
}
