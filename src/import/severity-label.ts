/**
 * Severity names as playbooks write them: `SEV-1 (Critical)`, `Sev 2 – High`, `P3: Medium`,
 * `Severity 4`. The level number gives the GitHub label (`sev-1`) the engine uses.
 */
const SEVERITY = /^(?:sev(?:erity)?|p|priority)\s*[-_ ]?\s*(\d)\s*(?:\(([^)]+)\)|[:\-–—]\s*(.+))?$/i;

/** The level and name in a severity heading or label, or null when it names no severity. */
export function parseSeverityLabel(text: string): { level: number; label: string; name: string | null } | null {
  const match = SEVERITY.exec(text.trim());
  if (match?.[1] === undefined) return null;
  const level = Number(match[1]);
  return { level, label: `sev-${level}`, name: (match[2] ?? match[3] ?? '').trim() || null };
}

/** Every severity label mentioned in running text: `All SEV-1 and SEV-2 incidents` → `sev-1`, `sev-2`. */
export function severityMentions(text: string): string[] {
  const labels = [...text.matchAll(/\bsev(?:erity)?[\s-]?(\d)\b/gi)].map((match) => `sev-${match[1]!}`);
  return [...new Set(labels)];
}
