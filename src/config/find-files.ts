/** Finding the YAML files of a playbook set. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const YAML_FILE = /\.ya?ml$/i;

// Hidden directories (.git, .github) and dependencies never hold playbooks.
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

// A broken link is kept, so reading it reports the file instead of the directory failing.
async function linksToFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return true;
  }
}

/**
 * Every `*.yaml` and `*.yml` file below `dir`, recursively, as paths relative to `dir` with `/`
 * separators, sorted. Hidden entries and `node_modules` are skipped; symbolic links to files are
 * listed, links to directories are not (they could loop). A listed link is not yet trusted:
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
      else if (YAML_FILE.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await linksToFile(join(dir, path)))))) {
        found.push(path);
      }
    }
  };
  await walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
