/**
 * Where each answer of a submitted incident form is. GitHub renders a submitted form as one
 * `### <label>` heading per field, in form order, each followed by its answer. Answers are
 * untrusted and may themselves hold headings, code fences or the other labels, so only top-level
 * headings that carry a field's label count, and among those the boundaries are chosen in form
 * order: an input or dropdown answer is one line and cannot hold a heading, so up to the first
 * multi-line (textarea) field each boundary is the first heading with its label, and after it,
 * working back from the end, the last one. Each answer is then the original text between its
 * heading and the next boundary.
 */
import { scanBlocks } from './blocks.js';
import { FORM_FIELDS, type FormFieldId } from './form-fields.js';

/** A top-level `###` heading carrying the label of the field at `field` in {@link FORM_FIELDS}. */
interface LabelHeading {
  field: number;
  start: number;
  end: number;
}

const FIELD_BY_LABEL = new Map<string, number>(FORM_FIELDS.map((field, index) => [field.label.toLowerCase(), index]));

function labelHeadings(body: string): { text: string; headings: LabelHeading[] } {
  const scan = scanBlocks(body);
  const headings = scan.headings.flatMap((heading) => {
    const field = heading.depth === 3 ? FIELD_BY_LABEL.get(heading.text.replace(/\s+/g, ' ').toLowerCase()) : undefined;
    return field === undefined ? [] : [{ field, start: heading.start, end: heading.end }];
  });
  return { text: scan.lines.text, headings };
}

/** The heading that starts each answer found, in text order (see the module comment). */
function boundaries(headings: LabelHeading[]): LabelHeading[] {
  const chosen: LabelHeading[] = [];
  let from = 0;
  let field = 0;
  while (field < FORM_FIELDS.length) {
    let index = from;
    while (index < headings.length && headings[index]!.field !== field) index += 1;
    if (index < headings.length) {
      chosen.push(headings[index]!);
      from = index + 1;
    }
    field += 1;
    if (FORM_FIELDS[field - 1]!.type === 'textarea') break;
  }
  const tail: LabelHeading[] = [];
  let until = headings.length;
  for (let last = FORM_FIELDS.length - 1; last >= field; last -= 1) {
    let index = until - 1;
    while (index >= from && headings[index]!.field !== last) index -= 1;
    if (index >= from) {
      tail.unshift(headings[index]!);
      until = index;
    }
  }
  return [...chosen, ...tail];
}

/** The answer to each field that `body` has a heading for, as written (trimmed; `\r\n` made `\n`). */
export function formAnswers(body: string): Map<FormFieldId, string> {
  const { text, headings } = labelHeadings(body);
  const chosen = boundaries(headings);
  const answers = new Map<FormFieldId, string>();
  chosen.forEach((heading, index) => {
    const end = chosen[index + 1]?.start ?? text.length;
    answers.set(FORM_FIELDS[heading.field]!.id, text.slice(heading.end, end).trim());
  });
  return answers;
}
