import type { Heading, Root, RootContent } from 'mdast';
import { plainText } from './plain-text.js';

/** A heading with the blocks that follow it up to the next heading of the same or a higher level. */
export interface Section {
  /** Null only for the virtual root that holds the whole document. */
  heading: Heading | null;
  /** The heading's text without leading numbering: `### 2. Initial Response` → `Initial Response`. */
  title: string;
  /** 1–6 for headings, 0 for the root. */
  depth: number;
  /** The blocks between this heading and its first sub-heading (or the next section). */
  content: RootContent[];
  children: Section[];
  /** 1-based first and last source line the section spans. */
  startLine: number;
  endLine: number;
}

const NUMBERING = /^(?:(?:step|phase|part)\s+)?(?:\d+|[ivx]+|[a-z])[.)]\s*|^(?:(?:step|phase|part)\s+)\d+\s*[:.–—-]\s*/i;

/** A heading's words without the numbering people put in front of ordered headings. */
export function headingTitle(heading: Heading): string {
  return plainText(heading).replace(NUMBERING, '').trim();
}

/**
 * Splits a document into nested sections by its headings. The root (depth 0) holds what comes
 * before the first heading; a heading deeper than its predecessor becomes its child, whatever the
 * jump in level, so `#` followed by `###` still nests.
 */
export function buildSections(root: Root): Section {
  const top: Section = { heading: null, title: '', depth: 0, content: [], children: [], startLine: 1, endLine: 1 };
  const open: Section[] = [top];
  for (const node of root.children) {
    if (node.type === 'heading') {
      while (open.length > 1 && (open[open.length - 1]?.depth ?? 0) >= node.depth) open.pop();
      const line = node.position?.start.line ?? 1;
      const section: Section = {
        heading: node,
        title: headingTitle(node),
        depth: node.depth,
        content: [],
        children: [],
        startLine: line,
        endLine: line,
      };
      open[open.length - 1]?.children.push(section);
      open.push(section);
    } else {
      open[open.length - 1]?.content.push(node);
    }
  }
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
