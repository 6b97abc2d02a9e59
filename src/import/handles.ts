/**
 * GitHub handles written in running text or code spans: `@user`, `@org/team`. An email address's
 * `@` is not a handle. Used to page the people an escalation names and to find them in the contacts.
 */
const HANDLES = /(?<![\w.+-])@[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?(?![\w@-])/g;

/** Every handle in `text`, in order, without repeats. */
export function handlesIn(text: string): string[] {
  return [...new Set(text.match(HANDLES) ?? [])];
}

/** `text` without its handles and the brackets or punctuation that held them: `Secondary (@a/b)` → `Secondary`. */
export function withoutHandles(text: string): string {
  return text
    .replace(new RegExp(`\\(\\s*${HANDLES.source}(?:\\s*(?:,|and|or|/)\\s*${HANDLES.source})*\\s*\\)`, 'g'), ' ')
    .replace(HANDLES, ' ')
    .replace(/\s+([,;:.)])/g, '$1')
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
}
