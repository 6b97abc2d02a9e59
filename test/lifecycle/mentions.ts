/**
 * The live mentions in `markdown`: outside code spans and HTML comments (where GitHub links
 * nobody), an `@` not preceded by a letter or digit and followed directly by a login or
 * `org/team`. An escaped mention (`@` then a zero-width space) does not count.
 */
export function mentions(markdown: string): string[] {
  const prose = markdown.replace(/<!--[\s\S]*?-->/g, '').replace(/(?<!\\)(`+)[\s\S]*?\1(?!`)/g, '');
  return [...prose.matchAll(/(?<![A-Za-z0-9])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?)/g)].map((match) => `@${match[1] ?? ''}`);
}
