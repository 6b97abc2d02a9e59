import type { IncomingMessage } from 'node:http';

/** GitHub refuses bodies larger than this; the emulator stops reading there too. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;

/** The raw request body. */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
