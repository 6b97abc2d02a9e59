/**
 * The action items of a merged post-mortem: the task-list items under its action-items heading.
 * The file is people's text, so it is read line by line with limits, never executed or trusted.
 */

/** At most this many action items become follow-up issues, however many the file lists. */
export const MAX_ACTION_ITEMS = 50;
/** An action item's text is cut to this many code points (it becomes an issue title). */
const MAX_ITEM_LENGTH = 200;

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/u;
const TASK = /^\s{0,8}[-*+]\s+\[[ xX]\]\s+(.*)$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

function plain(text: string): string {
  return text
    .replace(/<!--[\s\S]*?(?:-->|$)/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function cut(text: string): string {
  const points = Array.from(text);
  return points.length <= MAX_ITEM_LENGTH ? text : `${points.slice(0, MAX_ITEM_LENGTH - 1).join('')}…`;
}

/**
 * The task-list items (`- [ ] text`) in the section whose heading is `title` (compared without case;
 * any heading that says "action items" when none is titled so), in order, without duplicates or
 * items left empty (a template prompt in an HTML comment).
 */
export function actionItems(markdown: string, title: string): string[] {
  const lines = markdown.split(/\r?\n/u);
  const headings = lines.flatMap((line, index) => {
    const match = HEADING.exec(line);
    return match === null ? [] : [{ index, level: match[1]?.length ?? 1, text: plain(match[2] ?? '').toLowerCase() }];
  });
  const wanted = title.trim().toLowerCase();
  const start = headings.find((heading) => heading.text === wanted) ?? headings.find((heading) => heading.text.includes('action items'));
  if (start === undefined) return [];
  const items: string[] = [];
  let fence: string | null = null;
  for (const line of lines.slice(start.index + 1)) {
    const fenced = FENCE.exec(line);
    if (fenced !== null) {
      const marker = fenced[1] ?? '';
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = HEADING.exec(line);
    if (heading !== null && (heading[1]?.length ?? 1) <= start.level) break;
    const task = TASK.exec(line);
    const text = task === null ? '' : cut(plain(task[1] ?? ''));
    if (text !== '' && !items.includes(text)) items.push(text);
    if (items.length === MAX_ACTION_ITEMS) break;
  }
  return items;
}
