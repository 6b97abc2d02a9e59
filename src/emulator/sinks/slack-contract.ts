/**
 * What Slack's incoming webhooks accept (Block Kit reference): a JSON object with `text` or
 * `blocks`; at most 50 blocks; a section's text 1 to 3,000 characters; a header's plain text at
 * most 150; a context at most 10 elements. Anything else is refused as Slack refuses it, HTTP 400
 * with a plain-text error code.
 */

/** Why Slack would refuse `body`, or null when it would post it. */
export function slackProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'invalid_payload';
  const message = body as { text?: unknown; blocks?: unknown };
  if (message.blocks === undefined) return typeof message.text === 'string' && message.text.length > 0 ? null : 'no_text';
  if (!Array.isArray(message.blocks) || message.blocks.length === 0 || message.blocks.length > 50) return 'invalid_blocks';
  for (const block of message.blocks as unknown[]) {
    if (typeof block !== 'object' || block === null) return 'invalid_blocks';
    const { type, text, elements } = block as { type?: unknown; text?: { type?: unknown; text?: unknown }; elements?: unknown };
    switch (type) {
      case 'section':
        if (text?.type !== 'mrkdwn' && text?.type !== 'plain_text') return 'invalid_blocks';
        if (typeof text.text !== 'string' || text.text.length === 0 || text.text.length > 3000) return 'invalid_blocks';
        break;
      case 'header':
        if (text?.type !== 'plain_text' || typeof text.text !== 'string' || text.text.length === 0 || text.text.length > 150) return 'invalid_blocks';
        break;
      case 'context':
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10) return 'invalid_blocks';
        break;
      case 'divider':
        break;
      default:
        return 'invalid_blocks';
    }
  }
  return null;
}
