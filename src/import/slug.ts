/**
 * A kebab-case id from a name, as the schemas' `id` pattern wants it: `Data Integrity Issue` →
 * `data-integrity-issue`. Accents are dropped rather than lost with their letter (`Café` → `cafe`).
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
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
