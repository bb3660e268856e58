// Where a user reads more: the repository's web address (from the package's `repository` field) and, for each
// rule, its row of the README's Diagnostics table, which carries the anchor `rule-CODE`.
import cliPackage from '../../packages/cli/package.json';

/** `git+https://github.com/owner/name.git` → `https://github.com/owner/name`. */
export function webAddressOf(repositoryUrl: string): string {
  return repositoryUrl.replace(/^git\+/, '').replace(/\.git$/, '');
}

export const REPOSITORY_URL = webAddressOf(cliPackage.repository.url);

/** The README section that explains a rule: GitHub shows the README at the repository's address, anchors included. */
export function ruleHelpUri(code: string): string {
  return `${REPOSITORY_URL}#rule-${code}`;
}
