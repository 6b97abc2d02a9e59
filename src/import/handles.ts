/**
 * GitHub handles written in running text or code spans: `@user`, `@org/team`. An email address's
 * `@` is not a handle. Used to page the people an escalation names and to find them in the contacts.
 */
function handles(): RegExp {
  // A function rather than a module constant, so that mutation testing can switch the pattern.
  return /(?<![\w.+-])@[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?(?![\w@-])/g;
}

/** Every handle in `text`, in order, without repeats. */
export function handlesIn(text: string): string[] {
  return [...new Set(text.match(handles()) ?? [])];
}

/** `text` without its handles and the brackets or punctuation that held them: `Secondary (@a/b)` → `Secondary`. */
export function withoutHandles(text: string): string {
  const handle = handles().source;
  return text
    .replace(new RegExp(`\\(\\s*${handle}(?:\\s*(?:,|and|or|/)\\s*${handle})*\\s*\\)`, 'g'), ' ')
    .replace(handles(), ' ')
    .replace(/\s+([,;:.)])/g, '$1')
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
}
