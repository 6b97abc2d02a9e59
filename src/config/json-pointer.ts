/** JSON Pointers (RFC 6901): how diagnostics name a node inside a document. */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Decodes one reference token. */
export function unescapeToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The pointer of `child` inside the node at `parent`. */
export function childPointer(parent: string, child: string | number): string {
  return `${parent}/${escapeToken(String(child))}`;
}

/** The reference tokens of `pointer`, decoded; `''` has none. */
export function pointerTokens(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeToken);
}

/** The pointer of the node that contains `pointer`; the root is its own parent. */
export function parentPointer(pointer: string): string {
  const cut = pointer.lastIndexOf('/');
  return cut <= 0 ? '' : pointer.slice(0, cut);
}

/**
 * A pointer as people read it: `/severities/0/response_time` → `severities[0].response_time`.
 * Keys that are not plain words are quoted so the path stays unambiguous.
 */
export function readablePath(pointer: string): string {
  let path = '';
  for (const token of pointerTokens(pointer)) {
    if (/^\d+$/.test(token)) path += `[${token}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(token)) path += path === '' ? token : `.${token}`;
    else path += `[${JSON.stringify(token)}]`;
  }
  return path;
}
