import { normalizeWords } from './normalize-words.js';
import { type SectionMeaning, sectionMeaning } from './section-meaning.js';
import type { Section } from './sections.js';

/**
 * Meanings whose sections may hold a chapter of another meaning that is taken out of them when the
 * document has no such chapter elsewhere: `## On-call` with `### Escalation policy` inside. Under
 * the other meanings a sub-heading with such words is part of its parent: `### Communications Lead`
 * is a role, `### Post-Incident Activity` a phase, `### Email outage` a runbook.
 */
const CONTAINERS: ReadonlySet<SectionMeaning> = new Set(['contacts', 'overview', 'review']);

/**
 * Which section each mapper reads, decided for the whole document before any mapper runs. For each
 * meaning: the shallowest section with that meaning that no other meaningful section holds (the
 * first on a tie, one with content before an empty one), else the shallowest one held by a container. A section chosen inside another
 * chosen section is carved out of it: the outer mapper does not read it.
 */
export class SectionMap {
  private readonly chosen = new Map<SectionMeaning, Section>();
  /** Every section of each meaning, the chosen one first, then in document order. */
  private readonly all = new Map<SectionMeaning, Section[]>();
  private readonly chosenSections = new Set<Section>();
  private readonly taken = new Set<SectionMeaning>();

  constructor(body: Section) {
    const meanings = new Map<Section, SectionMeaning | null>();
    const candidates: { section: Section; meaning: SectionMeaning; outer: SectionMeaning | null }[] = [];
    const walk = (section: Section, outer: SectionMeaning | null): void => {
      for (const child of section.children) {
        const meaning = sectionMeaning(normalizeWords(child.title));
        meanings.set(child, meaning);
        if (meaning !== null) candidates.push({ section: child, meaning, outer });
        walk(child, outer ?? meaning);
      }
    };
    walk(body, null);
    for (const meaning of new Set(candidates.map((candidate) => candidate.meaning))) {
      const own = candidates.filter((candidate) => candidate.meaning === meaning);
      const free = own.filter((candidate) => candidate.outer === null || candidate.outer === meaning);
      const pool = free.length > 0 ? free : own.filter((candidate) => candidate.outer !== null && CONTAINERS.has(candidate.outer));
      // A heading with nothing under it loses to one with content: `# Severity` left empty at the end
      // of a page does not hide the `## Severity levels` that holds the levels.
      const empty = (section: Section): number => (section.content.length === 0 && section.children.length === 0 ? 1 : 0);
      let best: Section | null = null;
      for (const { section } of pool) {
        if (best === null || empty(section) < empty(best) || (empty(section) === empty(best) && section.depth < best.depth)) best = section;
      }
      if (best !== null) {
        this.chosen.set(meaning, best);
        this.chosenSections.add(best);
      }
      this.all.set(meaning, [...(best === null ? [] : [best]), ...own.map((candidate) => candidate.section).filter((section) => section !== best)]);
    }
  }

  /** The section of `meaning`, once: a second call (or a meaning without a section) gives null. */
  take(meaning: SectionMeaning): Section | null {
    if (this.taken.has(meaning)) return null;
    this.taken.add(meaning);
    return this.chosen.get(meaning) ?? null;
  }

  /**
   * The other sections of `meaning`, in document order, for a mapper that found nothing in the
   * chosen one: a handbook with an empty `# Severity` and its levels under `## Severity levels`.
   */
  alternatives(meaning: SectionMeaning): Section[] {
    return (this.all.get(meaning) ?? []).slice(1);
  }

  /** Whether `section` is the one chosen for some meaning. */
  isChosen(section: Section): boolean {
    return this.chosenSections.has(section);
  }

  /** `section` and every section below it, in document order, without the chapters carved out of it. */
  parts(section: Section): Section[] {
    return [section, ...this.children(section).flatMap((child) => this.parts(child))];
  }

  /** The sub-sections of `section` that belong to it (not carved out for another mapper). */
  children(section: Section): Section[] {
    return section.children.filter((child) => !this.chosenSections.has(child));
  }
}
