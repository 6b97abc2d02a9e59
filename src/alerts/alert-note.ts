/**
 * What the bot says on an incident when its alert group fires again or resolves: data for the
 * renderer (src/render/alert-note.ts), posted once per workflow run with an `alert` record. Not an
 * engine message: the note is the record of an event the engine then folds (facts.ts), as it folds
 * a person's comment.
 */

/** One alert of a notification, as an alert note lists it. Untrusted text throughout. */
export interface AlertLine {
  status: 'firing' | 'resolved';
  /** The alert's `alertname` label, or null. */
  name: string | null;
  /** Its other labels, `name=value`, sorted by name. */
  labels: string[];
  /** Its `summary` (else `description`) annotation, or null. */
  summary: string | null;
  /** Its generator link (http or https), or null. */
  url: string | null;
}

/**
 * An alert notification for an incident that already exists: the group fires again, or resolved.
 * `outcome` is what the note does to the incident: nothing more than noting it, resolving it (the
 * playbooks' alerts.resolve), or reopening it (it fired again within alerts.reopen_within of the
 * incident's resolution).
 */
export interface AlertNoteMessage {
  source: 'Alertmanager' | 'Grafana';
  status: 'firing' | 'resolved';
  outcome: 'noted' | 'resolves' | 'reopens';
  /** The alerts listed, at most a screenful. */
  alerts: AlertLine[];
  /** How many alerts the note leaves out, counting those the sender truncated. */
  more: number;
  /** The sender's own page (http or https), or null. */
  link: string | null;
}

