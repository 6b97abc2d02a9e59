/**
 * The text remark is given: the original with inline syntax characters replaced by `x`, same
 * length, same block structure. micromark splits the text of a paragraph at each of these
 * characters and then merges the pieces back with one array splice per line, which is quadratic
 * in the length of a paragraph (a pasted log of `[INFO] …` lines); block structure never depends
 * on them except at the start of a line, so only those starts are kept.
 *
 * Kept as written: thematic breaks, fence lines, HTML block starts, and the line that may close an
 * HTML block of kind 1 or 5 after its start (their closing strings hold `<` and `]`). In a
 * stretch with quotes or lists the kept lines are found loosely (any indentation), which keeps
 * more than needed but never changes structure; such stretches are short (see `blocks.ts`), so
 * what is kept there costs little. In a stretch without them indentation is exact, and a line
 * indented by four or more columns cannot start a block, so it is always neutralized.
 */

const INLINE_SYNTAX = /[!&*[\\\]_`<]/g;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const STRUCTURE_ONLY = /^[ \t>*_+-]*$/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^(?:`{3,}[^`]*|~{3,}.*)$/;
const HTML_START_1_TO_6 = [
  /^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i,
  /^<!--/,
  /^<\?/,
  /^<![A-Za-z]/,
  /^<!\[CDATA\[/,
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i,
];
/** A line that is one complete open or closing tag (CommonMark HTML block kind 7). */
const HTML_START_7 =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;
const END_1 = /<\/(?:pre|script|style|textarea)>/i;
const END_5 = ']]>';

/** Columns taken by the leading white space of `line`, tabs to the next multiple of four. */
function indentation(line: string): number {
  let column = 0;
  for (const char of line) {
    if (char === ' ') column += 1;
    else if (char === '\t') column += 4 - (column % 4);
    else break;
  }
  return column;
}

/** The skeleton of a whole text, line by line; `nested(index)` tells whether line `index` lies in a stretch with quotes or lists. */
export function skeleton(lines: string[], nested: (index: number) => boolean): string {
  let openKind1 = false;
  let openKind5 = false;
  const out = lines.map((line, index) => {
    if (openKind1 && END_1.test(line)) {
      openKind1 = false;
      return line;
    }
    if (openKind5 && line.includes(END_5)) {
      openKind5 = false;
      return line;
    }
    const inContainers = nested(index);
    const prefix = inContainers ? CONTAINER_PREFIX.exec(line)![0] : /^[ \t]*/.exec(line)![0];
    const rest = line.slice(prefix.length);
    const mayStartBlock = inContainers || indentation(line) < 4;
    if (mayStartBlock) {
      if (inContainers ? STRUCTURE_ONLY.test(line) : THEMATIC_BREAK.test(rest)) return line;
      if (FENCE.test(rest)) return line;
      const kind = HTML_START_1_TO_6.findIndex((start) => start.test(rest));
      if (kind !== -1) {
        if (kind === 0 && !END_1.test(rest)) openKind1 = true;
        if (kind === 4 && !rest.includes(END_5)) openKind5 = true;
        return line;
      }
      // Every character neutralized here is one a complete tag allows in its place, so the line stays one.
      if (HTML_START_7.test(rest)) return `${prefix}<${rest.slice(1).replace(INLINE_SYNTAX, 'x')}`;
    }
    return prefix + rest.replace(INLINE_SYNTAX, 'x');
  });
  return out.join('\n');
}
