/**
 * Knowing when a request is on the wire. Node's fetch (undici, which Octokit uses) publishes each
 * request's headers on the `undici:client:sendHeaders` diagnostics channel as it writes them.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';

const SEND_HEADERS = 'undici:client:sendHeaders';

/**
 * Resolves when a request's headers have been written, or when `pending` settles (its request
 * failed before it was sent). Call it right after starting the request: none is written
 * synchronously, so the first one written is that request.
 */
export function requestSent(pending: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      unsubscribe(SEND_HEADERS, done);
      resolve();
    };
    subscribe(SEND_HEADERS, done);
    pending.then(done, done);
  });
}
