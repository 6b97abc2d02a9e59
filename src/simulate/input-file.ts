/** Reading the files `simulate` takes (a schedule trace, a script): YAML or JSON, one mapping each. */
import { load } from 'js-yaml';

/** A trace or script that does not read: says where, what is wrong and how to write it. */
export class SimulationInputError extends Error {}

/** Throws a {@link SimulationInputError}: `where: problem; hint`. */
export function refuse(where: string, problem: string, hint: string): never {
  throw new SimulationInputError(`${where}: ${problem}; ${hint}`);
}

function words(keys: readonly string[]): string {
  const last = keys.at(-1) ?? '';
  return keys.length < 2 ? last : `${keys.slice(0, -1).join(', ')} and ${last}`;
}

/** The mapping `source` (from `file`, a `kind`) holds, with none but `keys`. */
export function readMapping(source: string, file: string, kind: string, keys: readonly string[]): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = load(source);
  } catch (error) {
    // js-yaml throws a YAMLException, whose message goes on after its first line with the lines around the error.
    refuse(file, `not YAML or JSON (${(error as Error).message.replace(/\n.*/su, '')})`, 'see `playbook-ops simulate --help` for the format');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) refuse(file, 'is not a mapping', `write ${words(keys.map((key) => `${key}:`))}`);
  const fields = doc as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !keys.includes(key));
  if (unknown !== undefined) refuse(file, `unknown key "${unknown}"`, `a ${kind} has ${words(keys)}`);
  return fields;
}
