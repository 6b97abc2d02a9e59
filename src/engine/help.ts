/** The commands people can write in incident comments: one list for `/help`, the card and the README. */

/** Usage and meaning of every command; `roles` are the role ids of the playbooks (`/role ID` without). */
export function commandHelp(roles: readonly string[] = []): { usage: string; description: string }[] {
  const role = roles.length === 0 ? 'ROLE' : roles.join('|');
  return [
    { usage: '/ack', description: 'Acknowledge the incident: stops escalation to the next level.' },
    { usage: '/sev N', description: 'Set the severity to SEV-N (raising it pages the people the escalation rules name).' },
    { usage: '/ic @user', description: 'Make @user the Incident Commander (and assign the issue to them).' },
    { usage: `/role ${role} @user`, description: 'Give @user a role of the response team, by the role’s id.' },
    { usage: '/status PHASE', description: 'Move the incident to a phase of the process, by its id.' },
    { usage: '/update TEXT', description: 'Post a status update; restarts the status-update clock.' },
    { usage: '/timeline TEXT', description: 'Add an entry to the incident timeline for the post-mortem.' },
    { usage: '/resolve [summary]', description: 'Resolve the incident and close the issue.' },
    { usage: '/reopen', description: 'Reopen a resolved incident.' },
    { usage: '/help', description: 'Show this list.' },
  ];
}
