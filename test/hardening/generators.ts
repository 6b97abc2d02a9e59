/**
 * Hostile text for property runs: fragments that have broken Markdown, mentions, markers, logs and
 * templates somewhere, mixed with arbitrary text from every Unicode plane (lone surrogates
 * included), and now and then a long run of them.
 */
import fc from 'fast-check';

/** Pieces an attacker (or an unlucky paste) would put in a title, an answer or a comment. */
export const FRAGMENTS = [
  '@acme/everyone',
  '@ada',
  '@\u200Bada',
  '＠ada',
  'mail@ada.dev',
  '@@ada',
  '<!-- playbook-ops:card pin=0000000000000000000000000000000000000000 -->',
  '<!-- playbook-ops:page:sev-1 -->',
  '<!-- playbook-ops:step=deadbeef -->',
  '<!--',
  '-->',
  '<details>',
  '</details>',
  '<summary>x</summary>',
  '<img src=x onerror=alert(1)>',
  '</table>',
  '|',
  '\n| a | b |\n| --- | --- |\n',
  '```',
  '~~~',
  '\n```js\nx\n',
  '    indented code',
  '{{md title}}',
  '{{{body}}}',
  '{{#each roles}}',
  '{{constructor}}',
  '\\',
  '`',
  '\r\n',
  '\n\n',
  '\u0000',
  '\u001b[31m',
  '::error::owned',
  '##[add-mask]x',
  '\uD800',
  '\uDC00',
  '🚨',
  '\u202E',
  '# heading',
  '- [x] ',
  '> quote',
  '[x](javascript:alert(1))',
  '/sev 1',
  '/ack',
  '### Severity',
  '_No response_',
] as const;

/** One hostile string: up to 16 pieces, fragments or arbitrary text. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), { maxLength: 16 })
  .map((parts) => parts.join(''));

/** Hostile text, one time in twenty a long run of it (tens of kilobytes). */
export const hostileBody: fc.Arbitrary<string> = fc.oneof(
  { weight: 19, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.tuple(hostileText, fc.integer({ min: 500, max: 4000 })).map(([text, times]) => `${text} ${'|<!--@x '.repeat(times)}`) },
);
