/** Finding the YAML files of a playbook set. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The name of a playbook file: `*.yaml` or `*.yml`, in any case. */
export const YAML_FILE = /\.ya?ml$/i;

/** Hidden directories (.git, .github) and dependencies never hold playbooks. */
export function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

// A link is listed unless it leads to a directory (which could loop): a broken link, or one to a
// device or a pipe (`zero.yaml` -> `/dev/zero`), is listed so that reading it reports the file,
// rather than the directory failing or the file being left out in silence. So is a pipe, a socket
// or a device that is itself in the directory.
async function linksToNonDirectory(path: string): Promise<boolean> {
  try {
    return !(await stat(path)).isDirectory();
  } catch {
    return true;
  }
}

/**
 * Every `*.yaml` and `*.yml` file below `dir`, recursively, as paths relative to `dir` with `/`
 * separators, sorted. Hidden entries and `node_modules` are skipped; symbolic links are listed
 * unless they lead to a directory (it could loop); pipes, sockets and devices are listed too, for
 * `readFiles` to refuse by name. A listed link is not yet trusted:
 * `readFiles` refuses one that leads outside `dir`, with a diagnostic rather than in silence.
 */
export async function findYamlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else if (YAML_FILE.test(entry.name) && (!entry.isSymbolicLink() || (await linksToNonDirectory(join(dir, path))))) {
        found.push(path);
      }
    }
  };
  await walk('');
  // By UTF-16 code units, as `<` compares strings: `a-b.yaml`, `a.yaml`, `a/x.yaml`.
  return found.sort();
}
