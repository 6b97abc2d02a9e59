import type { ServerResponse } from 'node:http';

/** Writes a JSON answer (no body for `undefined`) with the given headers. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (response.destroyed) return;
  const payload = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'content-length': String(Buffer.byteLength(payload)),
  });
  response.end(payload);
}
