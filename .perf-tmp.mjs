import { fromMarkdown } from 'mdast-util-from-markdown';
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const name = process.argv[2]; const unit = JSON.parse(process.argv[3]);
const s = fill(unit, 65536);
const t = performance.now();
fromMarkdown(s);
console.log(name.padEnd(16), Math.round(performance.now() - t));
