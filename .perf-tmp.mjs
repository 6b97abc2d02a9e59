import { remark } from 'remark';
const off = { disable: { null: ['attention', 'labelStartImage', 'labelStartLink', 'labelEnd', 'autolink', 'characterReference'] } };
const p0 = remark().data('micromarkExtensions', [off]).freeze();
const cases = {
  headings: (n) => '### Summary\n\n'.repeat(n),
  text: (n) => 'lorem ipsum dolor /ack sit amet\n'.repeat(n),
  brackets: (n) => '['.repeat(n*10),
  stars: (n) => '*a'.repeat(n*5),
  backticks: (n) => '`a'.repeat(n*5),
  btrun: (n) => Array.from({length: Math.floor(Math.sqrt(n*20))}, (_, i) => '`'.repeat(i+1) + 'a').join(''),
  comments: (n) => '<!--'.repeat(n*2),
  commentsSpaced: (n) => 'a <!-- b '.repeat(n),
  lt: (n) => '<a '.repeat(n*3),
  quotes: (n) => '> '.repeat(n),
  lists: (n) => '- '.repeat(n),
  listsIndented: (n) => Array.from({length: n/10}, (_, i) => ' '.repeat(i*2) + '- a\n').join(''),
  quotesLines: (n) => Array.from({length: n/20}, (_, i) => '>'.repeat(i) + ' a\n').join(''),
  fences: (n) => '```\n'.repeat(n),
  tildes: (n) => '~~~~a\n'.repeat(n),
  htmlblocks: (n) => '<div>\n\n'.repeat(n),
  escapes: (n) => '\\'.repeat(n*10),
  entity: (n) => '&#'.repeat(n*5),
  setext: (n) => 'a\n===\n'.repeat(n),
  tabs: (n) => '\t>\t-\t'.repeat(n),
};
for (const [name, f] of Object.entries(cases)) {
  for (const n of [5000, 20000]) {
    const s = f(n);
    const t = performance.now();
    let tree;
    try { tree = p0.parse(s); } catch (e) { console.log(name, 'ERR', e.message); continue; }
    console.log(name, n, s.length, Math.round(performance.now() - t));
  }
}
