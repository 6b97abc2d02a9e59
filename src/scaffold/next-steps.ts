/** What a team does after `init`: the steps no file can do for them, in the order they matter. */
import type { InitResult } from './init.js';

/** The next steps after `result`, as numbered plain-text lines. */
export function nextSteps(result: InitResult): string {
  const dir = result.playbooks === '' ? '.' : result.playbooks;
  const steps = [
    `Fill in the placeholders ([GitHub Handle], [Owner], ...) and check the set: npx playbook-ops validate ${dir}`,
    `Create the labels the form and the workflows use (severities, scenarios, status, bookkeeping):\n     GITHUB_TOKEN=<a token with issues: write> npx playbook-ops labels sync ${dir} --repo OWNER/NAME`,
    'Let the workflows open post-mortem and review pull requests: Settings → Actions → General →\n     Workflow permissions → "Allow GitHub Actions to create and approve pull requests".',
    `After changing review.owners, regenerate CODEOWNERS (npx playbook-ops codeowners ${dir} --out .github/CODEOWNERS);\n     then protect the default branch: "Require review from Code Owners" and the required check "Playbook check".`,
    'Tokens: the workflows use GITHUB_TOKEN and need no secret. Issues and comments made with it start\n     no workflow runs; pass a GitHub App token as github-token (and its name[bot] as bot-login) if\n     other workflows must react to what the bot does.',
    'Commit and push: git add .github ' + dir + ' && git commit -m "Adopt playbook-ops"',
  ];
  return `${['Next steps:', ...steps.map((step, index) => `  ${index + 1}. ${step}`)].join('\n')}\n`;
}
