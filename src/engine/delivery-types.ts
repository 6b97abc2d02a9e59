/**
 * Deliveries: what the engine asks to be sent to a sink outside GitHub (Slack, Teams, PagerDuty,
 * a webhook), as data. How each service wants it is the shell's business (`src/sinks/`).
 */
import type { Sink } from '../config/model.js';

/** What happened, as every sink is told it. Text is plain; `title` and `detail` are untrusted. */
export interface Notification {
  event: 'page' | 'acknowledge' | 'update' | 'resolve';
  incident: { repo: string; number: number; title: string; url: string };
  severity: { label: string; name: string; level: number } | null;
  /** One line saying what happened, without the title. */
  headline: string;
  /** Longer text: who is paged, the status update, the resolution summary. */
  detail: string | null;
  /** Who acted, or null for a time-based escalation. */
  by: string | null;
  /** When it happened. */
  at: string;
}

/** One request to one sink. */
export interface Delivery {
  /** A short digest of what this delivery is: the same delivery in every run. Sinks that can dedupe get it. */
  key: string;
  sink: Sink;
  /** PagerDuty's `event_action`; `message` for the chat sinks and the webhook. */
  action: 'trigger' | 'acknowledge' | 'resolve' | 'message';
  /** PagerDuty's `dedup_key`: one per incident and level, so every retry and rerun reaches the same alert. */
  dedupKey: string;
  notification: Notification;
  /** What it is in words, for the card and logs: `page sev-1`, `update 03:12`. */
  what: string;
  /** Runs that tried it before and failed. */
  failedRuns: number;
}

/** How one delivery ended in this run. */
export type DeliveryOutcome = { ok: true; at: string } | { ok: false; reason: string };

/** A delivery the card records as done: its key and when (ISO 8601, whole seconds). */
export interface SentMark {
  key: string;
  at: string;
}

/** A delivery the card records as failing: how many runs tried, and why the last one failed (`503`, `timeout`, `no-secret`). */
export interface FailedMark {
  key: string;
  runs: number;
  reason: string;
}

/** One line of the card's notifications list. */
export interface DeliveryLine {
  sink: string;
  what: string;
  status: 'sent' | 'pending' | 'failing' | 'gave-up';
  /** When it was sent. */
  at: string | null;
  /** Why it failed last. */
  reason: string | null;
  runs: number;
}
