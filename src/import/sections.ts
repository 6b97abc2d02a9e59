import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { plainText } from './plain-text.js';

/** A heading with the blocks that follow it up to the next heading of the same or a higher level. */
export interface Section {
  /**
   * Null only for the virtual root that holds the whole document. A bold paragraph used as a
   * heading (see {@link buildSections}) is given here as a heading node of its own.
   */
  heading: Heading | null;
  /** The heading's text without leading numbering: `### 2. Initial Response` → `Initial Response`. */
  title: string;
  /** 1–6 for headings, 0 for the root; a bold paragraph used as a heading is half a level below the heading it follows. */
  depth: number;
  /** The blocks between this heading and its first sub-heading (or the next section). */
  content: RootContent[];
  children: Section[];
  /** 1-based first and last source line the section spans. */
  startLine: number;
  endLine: number;
}

/** A heading's words without the numbering people put in front of ordered headings. */
export function headingTitle(heading: Heading): string {
  const text = plainText(heading);
  // The numbering (written here, not as a module constant, so that mutation testing can switch it).
  // A heading that is only a number (`### 2.`) keeps it as its title.
  return text.replace(/^(?:(?:step|phase|part|section|chapter|stage)\s+)?\d+(?:\.\d+)*\.?\)?\s*(?:[:.–—-]\s*|\s)|^(?:[ivx]+|[a-z])[.)]\s*|^(?:step|phase|part|stage)\s+(?:[ivx]+|[a-z])\s*[:.–—-]\s*/i, '').trim() || text;
}

/** The bold text of a paragraph that holds nothing else (`**Severity levels**`), or null. */
export function boldOnly(paragraph: Paragraph): string | null {
  const strong = paragraph.children.filter((child) => child.type === 'strong');
  const rest = paragraph.children.filter((child) => child.type !== 'strong');
  if (strong.length !== 1 || !rest.every((child) => child.type === 'text' && /^\s*:?\s*$/.test(child.value))) return null;
  const text = plainText(paragraph);
  return text === '' || text.length > 80 ? null : text;
}

/**
 * Whether a paragraph is a bold line that people use as a heading in wiki exports and chat-written
 * handbooks: a short bold phrase that is not a sentence, and either naming a chapter (`meaningful`)
 * where no real heading around it names one, or not followed by a list (a bold line before a list is
 * the list's label, `**Symptoms**`) and not a field of the page (`**Priority: high**`, `**Owner:
 * Platform team**`; `**P1: Critical**` and `**Phase 1: Detection**` are titles).
 */
function isBoldHeading(paragraph: Paragraph, next: RootContent | undefined, meaningful: (title: string) => boolean, insideMeaning: boolean): boolean {
  const text = boldOnly(paragraph);
  if (text === null || /[.!?]$/.test(text)) return false;
  if (!insideMeaning && meaningful(text.replace(/:$/, ''))) return true;
  const field = /^(?:priority|severity|impact|owners?|owned by|status|sla|(?:last )?(?:updated|reviewed)|authors?|version|date|team|service|category|type|tags?)\s*:\s+\S/i;
  return !text.endsWith(':') && next?.type !== 'list' && !field.test(text);
}

/** A heading node standing for a bold paragraph, at the paragraph's place. */
function headingFor(paragraph: Paragraph, depth: number): Heading {
  const strong = paragraph.children.find((child) => child.type === 'strong');
  const children: PhrasingContent[] = strong?.type === 'strong' ? strong.children : paragraph.children;
  return { type: 'heading', depth: Math.min(6, Math.ceil(depth)) as Heading['depth'], children, ...(paragraph.position === undefined ? {} : { position: paragraph.position }) };
}

/**
 * Splits a document into nested sections by its headings. The root (depth 0) holds what comes
 * before the first heading; a heading deeper than its predecessor becomes its child, whatever the
 * jump in level, so `#` followed by `###` still nests. ATX and setext headings are alike in the
 * tree; bold lines used as headings become sections half a level below the last real heading.
 * `meaningful` says whether a title names a chapter of the playbook (see `section-meaning.ts`).
 */
export function buildSections(root: Root, meaningful: (title: string) => boolean = () => false): Section {
  const top: Section = { heading: null, title: '', depth: 0, content: [], children: [], startLine: 1, endLine: 1 };
  const open: Section[] = [top];
  const openSection = (heading: Heading, depth: number): void => {
    while (open.length > 1 && (open[open.length - 1]?.depth ?? 0) >= depth) open.pop();
    const line = heading.position?.start.line ?? 1;
    const section: Section = { heading, title: headingTitle(heading), depth, content: [], children: [], startLine: line, endLine: line };
    open[open.length - 1]?.children.push(section);
    open.push(section);
  };
  root.children.forEach((node, index) => {
    if (node.type === 'heading') {
      openSection(node, node.depth);
      return;
    }
    if (node.type === 'paragraph') {
      const real = open.filter((section) => Number.isInteger(section.depth) && section.depth > 0);
      // The document's title does not make what follows it a chapter.
      const insideMeaning = real.some((section) => section.depth > 1 && meaningful(section.title));
      if (isBoldHeading(node, root.children[index + 1], meaningful, insideMeaning)) {
        const depth = (real.at(-1)?.depth ?? 0) + 0.5;
        openSection(headingFor(node, depth), depth);
        return;
      }
    }
    open[open.length - 1]?.content.push(node);
  });
  closeSections(top, 1);
  return top;
}

/** A section ends at its last written line, so blank lines before the next heading do not count. */
function closeSections(section: Section, fallback: number): number {
  let end = section.heading?.position?.end.line ?? fallback;
  for (const node of section.content) end = Math.max(end, node.position?.end.line ?? end);
  for (const child of section.children) end = Math.max(end, closeSections(child, end));
  section.endLine = end;
  return end;
}

/** Every section below `section`, in document order (pre-order). */
export function descendants(section: Section): Section[] {
  return section.children.flatMap((child) => [child, ...descendants(child)]);
}
