/**
 * The label patterns of the playbooks' alert rules: the whole value must match, and `*` stands for
 * any run of characters (possibly none). No regular expressions: values come from whoever can send a
 * dispatch, and a pattern is matched by finding its literal parts in order, in time linear in the
 * value for each part. Pure.
 */

/** Whether `value` matches `pattern`. */
export function matchesPattern(pattern: string, value: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === value;
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  const end = value.length - last.length;
  for (const part of parts.slice(1, -1)) {
    const found = value.indexOf(part, at);
    if (found === -1 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}
