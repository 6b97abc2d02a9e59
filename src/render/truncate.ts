/**
 * Keeping issue and comment bodies within GitHub's size limit: a body that is too long is cut and
 * says so, because a rejected write would lose the whole update.
 */

/** GitHub's limit on an issue or comment body, in characters. */
export const GITHUB_BODY_LIMIT = 65_536;

/** How far back from the hard limit a cut may move to land on a line break. */
const LINE_BREAK_WINDOW = 2_000;

function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/gu, ',');
}

function truncationNote(dropped: number, limit: number): string {
  return `\n\n---\n\n_Truncated: ${thousands(dropped)} more characters did not fit in GitHub's limit of ${thousands(limit)} characters._\n`;
}

/** The cut point at or before `end`: a line break when one is near, never inside a surrogate pair. */
function cutPoint(text: string, end: number): number {
  const lineBreak = text.lastIndexOf('\n', end - 1);
  if (lineBreak >= 0 && end - lineBreak <= LINE_BREAK_WINDOW) return lineBreak;
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/**
 * What has to be appended to `kept` so that the rest of the body renders: a closing fence for an
 * open code block and `</details>` for each open details block. An open HTML comment cannot be
 * closed safely (the note would vanish into it), so {@link truncateBody} cuts before it instead.
 */
function closers(kept: string): string {
  let fence: string | null = null;
  for (const line of kept.split('\n')) {
    const match = /^ {0,3}(`{3,}|~{3,})/u.exec(line);
    if (match === null) continue;
    const marker = match[1] ?? '';
    if (fence === null) fence = marker;
    else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
  }
  const opened = kept.match(/<details[\s>]/giu)?.length ?? 0;
  const closed = kept.match(/<\/details\s*>/giu)?.length ?? 0;
  return (fence === null ? '' : `\n${fence}`) + '\n\n</details>'.repeat(Math.max(0, opened - closed));
}

/** Moves `end` before an HTML comment that is still open at `end`. */
function beforeOpenComment(text: string, end: number): number {
  const open = text.lastIndexOf('<!--', end - 1);
  if (open < 0) return end;
  const close = text.indexOf('-->', open + 4);
  return close >= 0 && close + 3 <= end ? end : open;
}

/**
 * `text` unchanged when it fits in `limit` characters; otherwise cut at a safe point (a line break
 * when one is near, outside HTML comments, with open code fences and `<details>` blocks closed)
 * and followed by a note saying how many characters were dropped. The result never exceeds `limit`.
 * Markers belong at the start of a body, which a cut at the end keeps.
 */
export function truncateBody(text: string, limit: number = GITHUB_BODY_LIMIT): string {
  if (text.length <= limit) return text;
  const longestNote = truncationNote(text.length, limit).length;
  if (limit < longestNote * 2) throw new RangeError(`truncateBody: a limit of ${limit} characters leaves no room for the text`);
  let end = limit - longestNote;
  for (;;) {
    const cut = beforeOpenComment(text, cutPoint(text, end));
    const kept = text.slice(0, cut).trimEnd();
    const body = kept + closers(kept) + truncationNote(text.length - kept.length, limit);
    if (body.length <= limit) return body;
    end = cut - (body.length - limit);
  }
}
