import { micromark } from 'micromark';
import { parse, preprocess, postprocess } from 'micromark';
import { fromMarkdown } from 'mdast-util-from-markdown';
const off = { disable: { null: ['attention', 'labelStartImage', 'labelStartLink', 'labelEnd', 'autolink', 'characterReference', 'htmlText', 'codeText', 'setextUnderline'] } };
function events(s) {
  return postprocess(parse({extensions: [off]}).document().write(preprocess()(s, undefined, true)));
}
const cases = {
  quotes: (n) => '> '.repeat(n),
  quotesA: (n) => '> '.repeat(n) + 'a\n' + 'b\n'.repeat(n),
  lists: (n) => '- '.repeat(n),
  listsIndented: (n) => Array.from({length: n/10}, (_, i) => ' '.repeat(i*2) + '- a\n').join(''),
  ordered: (n) => '1. '.repeat(n),
  mixed: (n) => '> - '.repeat(n/2),
};
for (const [name, f] of Object.entries(cases)) {
  for (const n of [5000, 10000, 20000]) {
    const s = f(n);
    let t = performance.now();
    const ev = events(s);
    const t1 = performance.now() - t;
    t = performance.now();
    try { fromMarkdown(s, {extensions: [off]}); } catch (e) { console.log(name, 'ERR', e.message.slice(0,50)); continue; }
    console.log(name, n, s.length, 'events', Math.round(t1), 'full', Math.round(performance.now() - t));
  }
}
