/**
 * A kebab-case id from a name, as the schemas' `id` pattern wants it: `Data Integrity Issue` →
 * `data-integrity-issue`. Accents are dropped rather than lost with their letter (`Café` → `cafe`).
 * A name with no Latin letter or digit (`Ŋ`, `—`) gets an id from its first code points (`u14a`),
 * so the same name always gives the same id and no id is empty.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug !== '') return slug;
  const points = Array.from(name.trim().slice(0, 6), (char) => char.codePointAt(0)?.toString(16) ?? '').slice(0, 3);
  return points.length === 0 ? 'unnamed' : `u${points.join('-u')}`;
}

/** `id` cut to at most `max` characters at a hyphen (or hard, for one long word), so labels made from it fit. */
export function shortId(id: string, max: number): string {
  if (id.length <= max) return id;
  const cut = id.slice(0, max + 1).lastIndexOf('-');
  return (cut > 0 ? id.slice(0, cut) : id.slice(0, max)).replace(/-+$/, '');
}

/**
 * `id`, or `id-2`, `id-3`, … when `taken` already holds it, so two sections that map to the same
 * name still get distinct ids instead of one overwriting the other. Adds the result to `taken`.
 */
export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
