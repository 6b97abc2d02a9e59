/** Naming values and schema types the way a person editing YAML thinks of them. */

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  object: 'a mapping',
  array: 'a list',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'nothing',
};

/** `string` → `text`, `object` → `a mapping`, … */
export function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

/** `['string', 'object']` → `text or a mapping`. */
export function typeList(types: readonly string[]): string {
  const names = [...new Set(types.map(typeName))];
  if (names.length <= 1) return names[0] ?? 'nothing';
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1) as string}`;
}

/** What kind of YAML value `value` is: `text`, `a mapping`, `a list`, … */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'a mapping';
  return 'text';
}

/** A short quotation of a value for a message: strings quoted and cut at 60 characters. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(cut);
  }
  if (value === null || typeof value !== 'object') return String(value);
  return kindOf(value);
}

/** A schema title as a noun phrase: `Duration` → `a duration`, `URL` → `a URL`, `Id` → `an id`. */
export function nounPhrase(title: string): string {
  // Acronyms and names (`URL`, `GitHub handle`) keep their capitals; ordinary words are lower-cased.
  const word = /^[A-Z][a-z]/.test(title) && !/^[A-Z][a-z]+[A-Z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
  const article = /^[aeiou]/i.test(word) && !/^U[A-Z]/.test(word) ? 'an' : 'a';
  return `${article} ${word}`;
}
