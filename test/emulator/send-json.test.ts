/**
 * How the emulator writes an answer: JSON with its type and byte length, no body (and no type) for
 * none, and nothing at all on a connection the client already closed, where writing would throw.
 */
import type { ServerResponse } from 'node:http';
import { expect, it } from 'vitest';
import { sendJson } from '../../src/emulator/http/send.js';

function response(destroyed = false) {
  const written: { status?: number; headers?: Record<string, string>; payload?: string } = {};
  const fake = {
    destroyed,
    writeHead: (status: number, headers: Record<string, string>) => Object.assign(written, { status, headers }),
    end: (payload: string) => Object.assign(written, { payload }),
  };
  return { fake: fake as unknown as ServerResponse, written };
}

it('writes JSON with its type and its length in bytes, after the headers given', () => {
  const { fake, written } = response();
  sendJson(fake, 201, { body: 'é' }, { location: '/x' });
  expect(written).toEqual({ status: 201, headers: { location: '/x', 'content-type': 'application/json; charset=utf-8', 'content-length': '13' }, payload: '{"body":"é"}' });
});

it('writes no body and no type for an answer without one', () => {
  const { fake, written } = response();
  sendJson(fake, 204, undefined, {});
  expect(written).toEqual({ status: 204, headers: { 'content-length': '0' }, payload: '' });
});

it('writes nothing to a connection already closed', () => {
  const { fake, written } = response(true);
  sendJson(fake, 200, { ok: true }, {});
  expect(written).toEqual({});
});
