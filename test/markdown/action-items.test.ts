/** The action items of a merged post-mortem: task-list items under its action-items heading, and nothing else. */
import { describe, expect, test } from 'vitest';
import { MAX_ACTION_ITEMS, actionItems } from '../../src/markdown/action-items.js';

const TITLE = 'Action items for prevention';

describe('actionItems', () => {
  test('takes the tasks of the section, checked or not, in order, once each, and skips empty prompts', () => {
    const file = [
      '## Lessons learned',
      '- [ ] not an action item',
      `## ${TITLE}`,
      '<!-- one per line -->',
      '- [ ] Alert on 503s (@ada)',
      '* [x] Canary deploys',
      '  - [ ] Nested <!-- note --> item',
      '- plain bullet',
      '- [ ] <!-- action item -->',
      '- [ ] Alert on 503s (@ada)',
      '```',
      '- [ ] in a code block',
      '```',
      '### Detail',
      '- [ ] under a subheading',
      '## Appendix',
      '- [ ] after the section',
    ].join('\n');
    expect(actionItems(file, TITLE)).toEqual(['Alert on 503s (@ada)', 'Canary deploys', 'Nested item', 'under a subheading']);
  });

  test('falls back to a heading that says action items, and finds none without one', () => {
    expect(actionItems('# Action Items\n- [ ] one', TITLE)).toEqual(['one']);
    expect(actionItems('# Notes\n- [ ] one', TITLE)).toEqual([]);
  });

  test('keeps at most the limit, each cut to a title-sized line', () => {
    const many = Array.from({ length: MAX_ACTION_ITEMS + 5 }, (_, index) => `- [ ] item ${index}`).join('\n');
    expect(actionItems(`## ${TITLE}\n${many}`, TITLE)).toHaveLength(MAX_ACTION_ITEMS);
    const [long] = actionItems(`## ${TITLE}\n- [ ] ${'x'.repeat(500)}`, TITLE);
    expect(Array.from(long ?? '')).toHaveLength(200);
  });
});
