/** A timestamp as GitHub writes it: ISO 8601 in UTC, whole seconds (`2026-03-01T12:00:00Z`). */
export function githubTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
