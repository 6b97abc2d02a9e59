/**
 * Text for Mermaid diagrams GitHub renders. A label keeps letters, digits, spaces and a few marks;
 * anything else (`:`, `;`, `#`, `%`, quotes, `@`, Markdown) becomes a space, so no text can end a
 * statement, start a comment, or leave the code block. The labels are still printed with `{{md}}`,
 * which leaves these characters alone.
 */

const UNSAFE = /[^A-Za-z0-9 (),.'/-]+/gu;
const MAX_LABEL = 60;

/** `text` as a Mermaid label: safe characters only, one line, at most 60 characters. */
export function mermaidLabel(text: string): string {
  const safe = text.replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim();
  const cut = safe.length <= MAX_LABEL ? safe : `${safe.slice(0, MAX_LABEL - 3).trimEnd()}...`;
  // A label must not open with what Markdown escapes at the start of a line.
  return /^[A-Za-z(]/u.test(cut) ? cut : `(${cut})`;
}

/** `YYYY-MM-DD HH:mm` in UTC, the `dateFormat` the diagrams declare. */
export function mermaidTime(iso: string): string {
  return new Date(iso).toISOString().slice(0, 16).replace('T', ' ');
}
