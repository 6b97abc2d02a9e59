/**
 * Placeholders: values the source playbook left to be filled in, written as the whole value in
 * brackets (`[Phone Number]`). The renderer shows them as placeholders, never as real data.
 */

const PLACEHOLDER = /^\[[^\]]+\]$/u;

/** Whether `value` is a placeholder such as `[Phone Number]`. */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}
