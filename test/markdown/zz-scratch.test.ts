import { it } from 'vitest';
import { parseCommands } from '../../src/engine/commands.js';
import { scanBlocks } from '../../src/markdown/blocks.js';
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const cases: [string, string, string][] = [
  ['quotes', '', '>\n\n'], ['quoteA', '', '> a\n\n'], ['nestq', '', '> > a\n>\n'], ['lazy', '> a\n', 'b\n'], ['lazyList', '- a\n', 'b\n'],
  ['listq', '- a\n\n', '  > b\n\n'], ['listNest', '- a\n', '  - b\n    - c\n'], ['la2', '', '- a\n\nb\n\n'], ['stars', '', '*a'],
  ['setext', '', 'a\n===\n'], ['comments', '', 'a <!-- b '], ['cmd-comments', '', '/ack <!--\n\n'], ['btrun', '', ''], ['headings', '', '### Summary\n\n'],
  ['fences', '', '```\n\n'], ['tightlist', '', '- item text\n'], ['para', '', 'some words here\n'], ['cmds', '', '/sev 1\n'], ['mixed', '', '- a\n> b\n'],
  ['deepq', '', '> '], ['deepl', '', '- '], ['olist', '', '1. '], ['html', '', '<div>\n\n'], ['htmlc', '', '<!--\n\n'], ['qfence', '', '> ```\n\n'],
  ['indentList', '', ''], ['brackets', '', '['], ['tabs', '', '\t>\t-\t'], ['defs', '', '[a]: b\n'], ['spaces', '/update a', ' '],
];
it('timing', () => {
  for (const [name, head, unit] of cases) {
    const out: string[] = [];
    for (const size of [65_536, 1_048_576]) {
      let body: string;
      if (name === 'btrun') body = Array.from({ length: 3000 }, (_, i) => '`'.repeat(i + 1) + 'a').join('').slice(0, size);
      else if (name === 'indentList') body = Array.from({ length: 2000 }, (_, i) => ' '.repeat(i * 2) + '- a\n').join('').slice(0, size);
      else body = '/ack\n' + head + fill(unit, size);
      let t = performance.now(); const scan = scanBlocks(body); const s = performance.now() - t;
      t = performance.now(); parseCommands(body); const c = performance.now() - t;
      out.push(`${size}: scan ${Math.round(s)} cmd ${Math.round(c)} unread ${scan.unread.length}`);
    }
    console.log(name.padEnd(14), out.join(' | '));
  }
}, 1_200_000);
