/**
 * requestSent: the Action loads its code once the first read is on the wire, so it must resolve as
 * soon as the request is written (not when it is answered), and also when the request never gets
 * that far; either way it stops listening.
 */
import { channel } from 'node:diagnostics_channel';
import { type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { requestSent } from '../../action/request-sent.js';

const sendHeaders = channel('undici:client:sendHeaders');
let server: Server;
let url: string;
/** Requests the server has received and not answered. */
let held: ServerResponse[];

beforeEach(async () => {
  held = [];
  server = createServer((_request, response) => held.push(response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterEach(async () => {
  for (const response of held) response.end('late');
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Whether `promise` settles within ten seconds: a generous bound, as two busy cores can hold a local request back for a second. */
async function settlesSoon(promise: Promise<void>): Promise<boolean> {
  return Promise.race([promise.then(() => true), delay(10_000).then(() => false)]);
}

test('resolves once the request is written, while its answer is still on the way, and stops listening', async () => {
  let answered = false;
  const answer = fetch(url).then(async (response) => {
    answered = true;
    return response.text();
  });
  expect(await settlesSoon(requestSent(answer))).toBe(true);
  expect(answered).toBe(false);
  expect(sendHeaders.hasSubscribers).toBe(false);
  while (held.length === 0) await delay(5);
  for (const response of held.splice(0)) response.end('late');
  expect(await answer).toBe('late');
});

test('resolves when the request fails before it is written, and stops listening', async () => {
  const failed = Promise.reject(new Error('no route'));
  expect(await settlesSoon(requestSent(failed))).toBe(true);
  expect(sendHeaders.hasSubscribers).toBe(false);
});

test('resolves when the work settles without sending anything, and stops listening', async () => {
  expect(await settlesSoon(requestSent(Promise.resolve('cached')))).toBe(true);
  expect(sendHeaders.hasSubscribers).toBe(false);
});
