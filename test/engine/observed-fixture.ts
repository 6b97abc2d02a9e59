import type { Observed, ObservedComment, ObservedEvent } from '../../src/engine/observed.js';
import { submittedForm } from '../fixtures/form-bodies.js';

export const BOT = 'github-actions[bot]';
export const T0 = '2026-11-27T03:00:00Z';

/** `minutes` after T0, as GitHub writes timestamps. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

/** An issue body as GitHub renders a submitted incident form. */
export function formBody(fields: { severity?: string; scenario?: string; summary?: string } = {}): string {
  return submittedForm({
    severity: fields.severity ?? 'SEV-1 (Critical)',
    scenario: fields.scenario ?? 'Service Outage',
    services: 'payments-api',
    summary: fields.summary ?? 'Payments fail',
  });
}

let nextId = 1000;

export function comment(author: string, minutes: number, body: string): ObservedComment {
  return { id: nextId++, author, body, createdAt: at(minutes), updatedAt: at(minutes) };
}

/** A bot comment whose record line says `marker` (as GitHub holds it: `page:sev-1`, `card pin=...`). */
export function botComment(marker: string, minutes: number, text = 'body'): ObservedComment {
  return comment(BOT, minutes, `<!-- playbook-ops:${marker} -->\n${text}`);
}

export function labeled(actor: string, minutes: number, label: string): ObservedEvent {
  return { id: nextId++, event: 'labeled', actor, createdAt: at(minutes), label };
}

export function event(kind: string, actor: string, minutes: number): ObservedEvent {
  return { id: nextId++, event: kind, actor, createdAt: at(minutes) };
}

/** A freshly declared SEV-1 incident, declared by `alice` (write); override any part (permissions are added to hers). */
export function observed(overrides: Partial<Observed> & { labels?: string[]; body?: string; state?: 'open' | 'closed' } = {}): Observed {
  const { labels, body, state, permissions, ...rest } = overrides;
  return {
    repo: { owner: 'acme', repo: 'payments' },
    botLogin: BOT,
    issue: {
      number: 7,
      title: 'Checkout down',
      body: body ?? formBody(),
      state: state ?? 'open',
      labels: labels ?? ['incident'],
      assignees: [],
      author: 'alice',
      createdAt: T0,
      htmlUrl: 'https://github.com/acme/payments/issues/7',
    },
    comments: [],
    events: [labeled('alice', 0, 'incident')],
    permissions: { alice: 'write', ...permissions },
    playbookRef: { sha: 'abc1234def', path: 'playbooks', serverUrl: 'https://github.com' },
    playbookFallback: null,
    ...rest,
  };
}
