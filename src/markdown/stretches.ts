/**
 * The stretches the block scan cuts a text into (see `blocks.ts`): from a cut (a line at the left
 * margin after a blank line) to the next, each classified by what the scan does with it: a raw
 * block to skip to its end, a block quote to skip, a stretch too long and nested to parse, or
 * text for remark.
 */
import { mayOpenRawBlock, rawBlockEnd } from './raw-blocks.js';
import { type TextLines, lineStart, lineText } from './text-lines.js';

/** A stretch between cuts that holds quotes or lists and is longer than this is not parsed. */
const NESTED_LIMIT = 1_024;

const BLANK = /^[ \t]*$/;
const NESTED = /^[ \t]*(?:>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
const QUOTE = /^ {0,3}>/;

/** One stretch of lines from a cut to the next, by what the scan does with it. */
export type Stretch =
  | { kind: 'raw'; next: number }
  | { kind: 'quote'; next: number }
  | { kind: 'unread'; next: number; mayOpenRaw: boolean }
  | { kind: 'text'; next: number; nested: boolean };

/** Per-line facts, computed once, so each stretch is classified in time linear in its length. */
export class LineFacts {
  readonly count: number;
  private readonly nextCut: Int32Array;
  private readonly nestedBefore: Int32Array;
  private readonly rawBefore: Int32Array;
  private readonly blank: Uint8Array;
  private readonly quote: Uint8Array;
  /** Whether the lines from the cut before each line to the cut after it hold a quote or list. */
  private readonly nestedAround: Uint8Array;

  constructor(private readonly lines: TextLines) {
    const count = lines.starts.length;
    this.count = count;
    this.blank = new Uint8Array(count);
    this.quote = new Uint8Array(count);
    this.nestedBefore = new Int32Array(count + 1);
    this.rawBefore = new Int32Array(count + 1);
    const margin = new Uint8Array(count);
    for (let index = 0; index < count; index += 1) {
      const text = lineText(lines, index);
      this.blank[index] = BLANK.test(text) ? 1 : 0;
      this.quote[index] = QUOTE.test(text) ? 1 : 0;
      margin[index] = text !== '' && text[0] !== ' ' && text[0] !== '\t' ? 1 : 0;
      this.nestedBefore[index + 1] = this.nestedBefore[index]! + (NESTED.test(text) ? 1 : 0);
      this.rawBefore[index + 1] = this.rawBefore[index]! + (mayOpenRawBlock(text) ? 1 : 0);
    }
    this.nextCut = new Int32Array(count);
    let next = count;
    for (let index = count - 1; index >= 0; index -= 1) {
      this.nextCut[index] = next;
      if (index > 0 && margin[index] === 1 && this.blank[index - 1] === 1) next = index;
    }
    this.nestedAround = new Uint8Array(count);
    for (let first = 0; first < count; first = this.nextCut[first]!) {
      const after = this.nextCut[first]!;
      if (this.nestedBefore[after]! > this.nestedBefore[first]!) this.nestedAround.fill(1, first, after);
    }
  }

  /** Whether line `index` lies between two cuts with a quote or list between them. */
  nested(index: number): boolean {
    return this.nestedAround[index] === 1;
  }

  /** The stretch that starts at line `first`, which starts the text or follows a cut. */
  stretch(first: number): Stretch {
    const raw = rawBlockEnd(this.lines, first);
    if (raw !== null) return { kind: 'raw', next: raw + 1 };
    const next = this.nextCut[first]!;
    if (this.onlyQuote(first, next)) return { kind: 'quote', next };
    const nested = this.nestedBefore[next]! > this.nestedBefore[first]!;
    if (nested && lineStart(this.lines, next) - lineStart(this.lines, first) > NESTED_LIMIT) {
      return { kind: 'unread', next, mayOpenRaw: this.rawBefore[next]! > this.rawBefore[first]! };
    }
    return { kind: 'text', next, nested };
  }

  /** Whether lines `first` to `next` are quote lines followed only by blank lines: one block quote. */
  private onlyQuote(first: number, next: number): boolean {
    let line = first;
    while (line < next && this.quote[line] === 1) line += 1;
    if (line === first) return false;
    while (line < next && this.blank[line] === 1) line += 1;
    return line === next;
  }
}
