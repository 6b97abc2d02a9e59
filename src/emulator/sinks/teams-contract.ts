/**
 * What a Teams Workflows webhook accepts: a `message` whose attachments are Adaptive Cards
 * (`application/vnd.microsoft.card.adaptive`, content of type AdaptiveCard with a version and a
 * body), the whole request at most 28 KB.
 */

/** Why Teams would refuse the request (`raw` is its body as sent), or null. */
export function teamsProblem(raw: string, body: unknown): string | null {
  if (Buffer.byteLength(raw, 'utf8') > 28 * 1024) return 'the message is over 28 KB';
  if (typeof body !== 'object' || body === null) return 'the body is not a JSON object';
  const message = body as { type?: unknown; attachments?: unknown };
  if (message.type !== 'message') return 'type must be "message"';
  if (!Array.isArray(message.attachments) || message.attachments.length === 0) return 'attachments must hold at least one card';
  for (const attachment of message.attachments as { contentType?: unknown; content?: { type?: unknown; version?: unknown; body?: unknown } }[]) {
    if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive') return 'an attachment is not an Adaptive Card';
    const card = attachment.content;
    if (card?.type !== 'AdaptiveCard' || typeof card.version !== 'string' || !Array.isArray(card.body)) return 'an Adaptive Card needs type, version and body';
  }
  return null;
}
