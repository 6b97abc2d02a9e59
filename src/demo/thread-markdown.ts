/** An issue thread as one Markdown document: the issue, then every comment with its author and time. */

interface ThreadIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  user: { login: string } | null;
  created_at: string;
  labels: (string | { name?: string })[];
}

interface ThreadComment {
  user: { login: string } | null;
  created_at: string;
  updated_at: string;
  body?: string;
}

function stamp(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** The thread of `issue` with `comments`, oldest first. */
export function threadMarkdown(repo: string, issue: ThreadIssue, comments: ThreadComment[]): string {
  const labels = issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).join(', ');
  const parts = [
    `# ${repo}#${issue.number}: ${issue.title}`,
    `_${issue.state}; labels: ${labels}; opened by ${issue.user?.login ?? 'ghost'} at ${stamp(issue.created_at)}_`,
    issue.body ?? '',
    ...comments.map((comment) => {
      const edited = comment.updated_at === comment.created_at ? '' : `, last edited ${stamp(comment.updated_at)}`;
      return `---\n\n**${comment.user?.login ?? 'ghost'}** at ${stamp(comment.created_at)}${edited}:\n\n${comment.body ?? ''}`;
    }),
  ];
  return `${parts.join('\n\n')}\n`;
}
