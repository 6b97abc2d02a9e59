/**
 * A severity's escalation preview as a Mermaid gantt chart: the base's steps and the pull request's
 * on one time axis, one section above the other. Times are written on a fixed local date (Mermaid
 * reads and draws dates in the viewer's time zone, so both ends agree) and the axis shows hours
 * after the declaration.
 */
import { describeDuration } from '../render/human-duration.js';
import type { PreviewStep, SeverityPreview } from './escalation-preview.js';

/** A step without a deadline is drawn as a short bar of this many minutes, so its label shows. */
const MARK_MINUTES = 5;

/**
 * `text` as a Mermaid task or section name: only letters, digits, spaces and plain punctuation. A
 * colon, `#` or `;` would end the name, and `%%` could start a directive.
 */
function label(text: string): string {
  return text
    .replace(/[^\p{L}\p{N} .,()/+'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
}

function stamp(minute: number): string {
  const date = new Date(Date.UTC(2000, 0, 1, 0, minute));
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `2000-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

function task(step: PreviewStep, id: string): string {
  const until = step.until ?? step.minute;
  const length = until <= step.minute ? MARK_MINUTES : until - step.minute;
  return `    ${label(`T+${describeDuration(step.minute)} ${step.short}`)} :${id}, ${stamp(step.minute)}, ${length}m`;
}

function section(name: string, steps: readonly PreviewStep[] | null, prefix: string): string[] {
  if (steps === null) return [`  section ${name}`, `    not in this set :${prefix}0, ${stamp(0)}, ${MARK_MINUTES}m`];
  return [`  section ${name}`, ...steps.map((step, index) => task(step, `${prefix}${index}`))];
}

/** The gantt chart source for one severity, before above after. */
export function ganttChart(preview: SeverityPreview): string {
  return [
    'gantt',
    `  title ${label(`${preview.label.toUpperCase()} declared at T and never acknowledged`)}`,
    '  dateFormat YYYY-MM-DD HH:mm',
    '  axisFormat %H:%M',
    ...section('Before', preview.before, 'b'),
    ...section('After', preview.after, 'a'),
  ].join('\n');
}
