/**
 * The life of an emulated world in a test file: a fresh one before each test, stopped after it, and
 * the test fails if the code under test or the emulator strayed from GitHub's OpenAPI description.
 */
import { afterEach, beforeEach } from 'vitest';
import type { Emulator } from '../src/emulator/index.js';

/** Starts a world with `start` before each test; returns the running test's world. */
export function worldPerTest<World extends { emulator: Emulator }>(start: () => Promise<World>): () => World {
  let world: World | undefined;
  beforeEach(async () => {
    world = await start();
  });
  afterEach(async () => {
    const ending = world;
    world = undefined;
    if (ending === undefined) return;
    try {
      ending.emulator.assertNoValidationErrors();
    } finally {
      await ending.emulator.close();
    }
  });
  return () => {
    if (world === undefined) throw new Error('the world is used outside a test');
    return world;
  };
}
