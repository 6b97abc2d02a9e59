import { normalizeWords } from './normalize-words.js';

/**
 * Severity levels as handbooks name them: `SEV-0` … `SEV-5`, `Sev 2`, `Severity 3`, `S1` … `S4`,
 * `P1` … `P4`, `Priority 2`, or by name only: Critical, High, Medium, Low. playbook-ops numbers
 * levels from 1 (most severe) and labels them `sev-N`, which `/sev N` and the `sev-N` labels use;
 * the source's own code is kept in the name when it differs from that label.
 */

const CODE = /^((sev(?:erity)?|s|p|pri(?:ority)?)\s*[-_ ]?\s*(\d))\b\s*(?:\(([^)]+)\)|[:\-–—]\s*(.+)|\s+([A-Za-z]+(?: [A-Za-z]+){0,2}))?$/i;
const CODE_IN_TEXT = /\b(?:sev(?:erity)?[\s-]?|s-?|p-?|priority[\s-]?)\d(?=s?\b)/gi;

/** Level names in the order of severity (a scale uses some of them). */
const NAMES = ['emergency', 'critical', 'urgent', 'major', 'high', 'significant', 'moderate', 'medium', 'normal', 'minor', 'low', 'trivial', 'informational', 'info', 'none'];

/** A level code or name as written: the code's family and number, and the name after it. */
export interface LevelName {
  /** `sev`, `s`, `p`, or null for a name-only level (`High`). */
  family: string | null;
  /** The code's number (`SEV-0` → 0), or null for a name-only level. */
  number: number | null;
  /** The code as written (`SEV-0`, `P1`), or null. */
  code: string | null;
  /** The level's name (`Critical`), or null for a bare code. */
  name: string | null;
}

function family(prefix: string): string {
  const lower = prefix.toLowerCase();
  if (lower.startsWith('sev')) return 'sev';
  if (lower.startsWith('p')) return 'p';
  return 's';
}

/** Reads a level from a label, heading or table cell: `SEV-1 (Critical)`, `P2 — High`, `S3`, `Low`. Null for other text. */
export function parseLevelName(text: string): LevelName | null {
  const trimmed = text.trim().replace(/[:.]$/, '');
  const match = CODE.exec(trimmed);
  if (match?.[1] !== undefined && match[2] !== undefined && match[3] !== undefined) {
    const name = (match[4] ?? match[5] ?? match[6] ?? '').trim() || null;
    return { family: family(match[2]), number: Number(match[3]), code: match[1], name };
  }
  const words = normalizeWords(trimmed);
  if (NAMES.includes(words.replace(/ (severity|priority|impact)$/, ''))) return { family: null, number: null, code: null, name: trimmed.replace(/ (severity|priority|impact)$/i, '') };
  return null;
}

/** How severe a name sounds, for ordering a scale given by names only (lower is more severe). */
export function nameRank(name: string): number {
  const index = NAMES.indexOf(normalizeWords(name));
  return index < 0 ? NAMES.length : index;
}

/** One level of the scale the source uses. */
export interface ScaleLevel {
  label: string;
  level: number;
  code: string | null;
  name: string;
  family: string | null;
  number: number | null;
}

/**
 * The scale of the imported severities, to find them again where other sections mention them:
 * `**SEV-2**: Director notified`, `P1 incidents need a post-mortem`, `**High**: Privacy Officer`.
 */
export class SeverityScale {
  constructor(readonly levels: readonly ScaleLevel[] = []) {}

  /** The label of the level a label or cell names as a whole (`SEV-1`, `P1`, `High`, `sev-2`), or null. */
  labelOf(text: string): string | null {
    const parsed = parseLevelName(text);
    if (parsed === null) return null;
    if (this.levels.length === 0) return parsed.number === null || parsed.number < 1 ? null : `sev-${parsed.number}`;
    const { number } = parsed;
    if (number !== null) {
      const byCode = this.levels.find((level) => level.family === parsed.family && level.number === number);
      // `SEV-1` in a P1–P4 handbook still means the level labelled sev-1.
      return byCode?.label ?? this.levels.find((level) => level.label === `sev-${number}`)?.label ?? null;
    }
    const name = normalizeWords(parsed.name ?? '');
    return this.levels.find((level) => normalizeWords(level.name) === name)?.label ?? null;
  }

  /**
   * Every level mentioned in running text, by code (`All SEV-1 and SEV-2 incidents`, `P1s`), or by
   * name before a severity word (`High impact incidents`, `Critical severity`).
   */
  mentions(text: string): string[] {
    const labels: string[] = [];
    for (const match of text.matchAll(CODE_IN_TEXT)) {
      const label = this.labelOf(match[0]);
      if (label !== null) labels.push(label);
    }
    for (const level of this.levels) {
      if (level.family !== null) continue;
      const pattern = new RegExp(`\\b${level.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s-]+(?:impact|severity|priority|incidents?|level)\\b`, 'i');
      if (pattern.test(text)) labels.push(level.label);
    }
    return [...new Set(labels)];
  }
}
