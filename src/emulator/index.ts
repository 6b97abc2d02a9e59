/**
 * A local GitHub REST emulator: the operations playbook-ops uses, over HTTP on loopback, checked
 * against GitHub's OpenAPI description, with request recording and fault injection.
 * @packageDocumentation
 */
export { createEmulator, type Emulator, type EmulatorOptions } from './create-emulator.js';
export type { Clock } from './clock.js';
export type { Fault, FaultSpec, Faults } from './faults.js';
export { INVALID_RESPONSE, type RecordedRequest, type ValidationIssue } from './recording.js';
export type { Seeder, SeedActor, SeedIssueOptions, SeedRepoOptions, SeedTime } from './seed.js';
export { ACTIONS_BOT, BOT_TOKEN } from './state/store.js';
export type * from './state/types.js';
export { PERMISSIONS } from './state/types.js';
