/**
 * Hidden markers name what each bot comment is (`card`, `page:sev-1`, `reply:123`, ...). The shell
 * checks them before writing, so an effect is applied once however often a run repeats. Markers are
 * trusted only in comments written by the bot: anyone can type an HTML comment.
 */

const PREFIX = 'playbook-ops:';
const MARKER = /^<!-- playbook-ops:([a-z0-9][a-z0-9:.-]*)(?: ([A-Za-z0-9:.=-]+))? -->/;

/** The first line of a bot comment carrying `marker`, with optional data such as the pinned commit. */
export function markerLine(marker: string, data?: string): string {
  return `<!-- ${PREFIX}${marker}${data === undefined ? '' : ` ${data}`} -->`;
}

/** The marker of a comment body, or null when it carries none. */
export function readMarker(body: string): string | null {
  return MARKER.exec(body)?.[1] ?? null;
}

/** The data that follows the marker on its line, or null. */
export function readMarkerData(body: string): string | null {
  return MARKER.exec(body)?.[2] ?? null;
}

/** Markers of the comments written by `botLogin`, in comment order. */
export function botMarkers(comments: readonly { author: string; body: string }[], botLogin: string): string[] {
  return comments
    .filter((comment) => comment.author === botLogin)
    .map((comment) => readMarker(comment.body))
    .filter((marker): marker is string => marker !== null);
}
