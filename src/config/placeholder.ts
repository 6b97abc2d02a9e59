/** Placeholders: values still to be filled in, written entirely in brackets, e.g. `[Phone Number]`. */

/** Whether `value` is a placeholder string. */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && /^\[[^\]]+\]$/.test(value);
}
