/**
 * Hidden markers name what each bot comment is (`card`, `page:sev-1`, `reply:123`, ...). The shell
 * checks them before writing, so an effect is applied once however often a run repeats. Markers are
 * trusted only in comments written by the bot: anyone can type an HTML comment.
 */

const PREFIX = 'playbook-ops:';
const MARKER = /^<!-- playbook-ops:([a-z0-9%][a-z0-9:.%-]*)(?: ([A-Za-z0-9:.=,%-]+))? -->/;

const encoder = new TextEncoder();

/**
 * `text` (a severity label, say) as part of a marker: lower case (GitHub label names are
 * case-insensitive), with anything but letters, digits, `.` and `-` percent-encoded, so that no
 * label can break the marker line or another field of it.
 */
export function markerPart(text: string): string {
  return [...text.toLowerCase()]
    .map((char) => (/[a-z0-9.-]/.test(char) ? char : [...encoder.encode(char)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')))
    .join('');
}

/** The first line of a bot comment carrying `marker`, with optional data fields (see {@link readMarkerFields}). */
export function markerLine(marker: string, data?: string): string {
  return `<!-- ${PREFIX}${marker}${data === undefined ? '' : ` ${data}`} -->`;
}

/** The marker of a comment body, or null when it carries none. */
export function readMarker(body: string): string | null {
  return MARKER.exec(body)?.[1] ?? null;
}

/**
 * The data after the marker, as fields: `pin=abc123,accepted=41.42` gives `{ pin: 'abc123', accepted: '41.42' }`
 * and a bare flag such as `denied` gives `{ denied: '' }`.
 */
export function readMarkerFields(body: string): Record<string, string> {
  const data = MARKER.exec(body)?.[2];
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const part of data?.split(',') ?? []) {
    const [key = '', value = ''] = part.split('=', 2);
    if (key !== '') fields[key] = value;
  }
  return fields;
}

/** The incident card: the bot's comment marked `card`, if it has posted one. */
export function botCard<C extends { author: string; body: string }>(comments: readonly C[], botLogin: string): C | undefined {
  return comments.find((comment) => comment.author === botLogin && readMarker(comment.body) === 'card');
}

/** Markers of the comments written by `botLogin`, in comment order. */
export function botMarkers(comments: readonly { author: string; body: string }[], botLogin: string): string[] {
  return comments
    .filter((comment) => comment.author === botLogin)
    .map((comment) => readMarker(comment.body))
    .filter((marker): marker is string => marker !== null);
}
