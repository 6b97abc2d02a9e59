import { describe, expect, test } from 'vitest';
import { contextOf, linesOf, notesOf, review } from './mapper-context.js';
import { ContactBook } from '../../src/import/contact-book.js';
import { mapCommunication } from '../../src/import/map-communication.js';
import { type MapContext } from '../../src/import/map-context.js';
import { mapContacts } from '../../src/import/map-contacts.js';
import { mapRoles, splitAbbreviation } from '../../src/import/map-roles.js';
import { type Section } from '../../src/import/sections.js';

/** Which blocks of a section's own content a mapper used. */
function usedBlocks(context: MapContext, section: Section | undefined): boolean[] {
  return section?.content.map((block) => context.ledger.isUsed(block)) ?? [];
}

describe('role names', () => {
  test('an abbreviation in parentheses at the end is split off; other parentheses stay in the name', () => {
    expect(splitAbbreviation('Incident Commander (IC)')).toEqual({ name: 'Incident Commander', abbreviation: 'IC' });
    expect(splitAbbreviation('Communications Lead  (CL)  ')).toEqual({ name: 'Communications Lead', abbreviation: 'CL' });
    expect(splitAbbreviation('(IC)')).toEqual({ name: '(IC)', abbreviation: null });
    expect(splitAbbreviation('Scribe (notes) on call')).toEqual({ name: 'Scribe (notes) on call', abbreviation: null });
    expect(splitAbbreviation('Scribe ()')).toEqual({ name: 'Scribe ()', abbreviation: null });
    expect(splitAbbreviation('Scribe')).toEqual({ name: 'Scribe', abbreviation: null });
  });
});

describe('the roles section', () => {
  test('labelled items give roles with their duties; a plural name is a role several people hold', () => {
    const markdown = [
      '# Handbook',
      '## Roles and Responsibilities',
      '- **Incident Commander (IC)**: coordinates the response',
      '  - Declares severity',
      '  - Runs the call',
      '- **Subject Matter Experts**',
      '  - Investigate their systems',
      '- Scribe — writes the timeline',
      '- Comms: posts updates',
      '- **Boss**: decides',
      '- Ops: runs the infrastructure',
      '- DevOps: deploys',
      '- **Observers**',
      '- Plain bullet without a label',
      '- SecOps: watches for intrusions',
      '- Sysops: keep hosts alive',
      '- ON-CALL ENGINEERS: respond',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const book = new ContactBook([], context.ledger);
    const doc = mapRoles(context, book);
    expect(doc).toEqual({
      kind: 'roles',
      roles: [
        { id: 'ic', name: 'Incident Commander', abbreviation: 'IC', responsibilities: ['coordinates the response', 'Declares severity', 'Runs the call'] },
        { id: 'sme', name: 'Subject Matter Experts', multiple: true, responsibilities: ['Investigate their systems'] },
        { id: 'scribe', name: 'Scribe', responsibilities: ['writes the timeline'] },
        { id: 'comms', name: 'Comms', responsibilities: ['posts updates'] },
        { id: 'boss', name: 'Boss', responsibilities: ['decides'] },
        { id: 'ops', name: 'Ops', responsibilities: ['runs the infrastructure'] },
        { id: 'devops', name: 'DevOps', responsibilities: ['deploys'] },
        { id: 'secops', name: 'SecOps', responsibilities: ['watches for intrusions'] },
        { id: 'sysops', name: 'Sysops', multiple: true, responsibilities: ['keep hosts alive'] },
        { id: 'on-call-engineers', name: 'ON-CALL ENGINEERS', multiple: true, responsibilities: ['respond'] },
      ],
      review,
    });
    expect(linesOf(context, doc?.roles[0] ?? {})).toEqual({ name: 3, responsibilities: 3 });
    const list = context.body.children[0]?.content[0];
    const used = list?.type === 'list' ? list.children.map((item) => context.ledger.isUsed(item)) : [];
    expect(used).toEqual([true, true, true, true, true, true, true, false, false, true, true, true]);
    expect(mapRoles(contextOf('# Handbook\n## Tools\n- Vault\n'), book)).toBeNull();
  });

  test('a roles table gives roles with duties split at ";", holders with handles become contacts, other columns are reported', () => {
    const markdown = [
      '# Handbook',
      '## Roles',
      '| Role | Responsibilities | Who | Shift |',
      '| --- | --- | --- | --- |',
      '| Incident Commander (IC) | Leads the response ;  decides severity; | `@acme/commanders` | day |',
      '| Scribe | | Alice | night |',
      '| | orphan duty | | |',
      '| Responders | Fix things | | |',
      '| Tech Lead | Owns the fix | on-call @bob-smith today | |',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const book = new ContactBook([], context.ledger);
    const doc = mapRoles(context, book);
    expect(doc?.roles).toEqual([
      { id: 'ic', name: 'Incident Commander', abbreviation: 'IC', responsibilities: ['Leads the response', 'decides severity'] },
      { id: 'scribe', name: 'Scribe', responsibilities: ['[Responsibility]'] },
      { id: 'responders', name: 'Responders', multiple: true, responsibilities: ['Fix things'] },
      { id: 'tech', name: 'Tech Lead', responsibilities: ['Owns the fix'] },
    ]);
    expect(book.contacts().map((contact) => [contact.id, contact.github])).toEqual([
      ['incident-commander', '@acme/commanders'],
      ['tech-lead', '@bob-smith'],
    ]);
    expect(notesOf(context)).toEqual([
      '6 missing: responsibilities of role "Scribe": wrote "[Responsibility]"',
      '6 not imported: who holds "Scribe": "Alice" is no GitHub handle; roles are given to people with /role during an incident',
      '3 not imported: column "Shift" of the roles table: no role field holds it',
    ]);
    expect(linesOf(context, doc?.roles[1] ?? {})).toEqual({ name: 6, responsibilities: 6 });
    expect(usedBlocks(context, context.body.children[0])).toEqual([true]);
  });

  test('a roles table is found by the words teams head its columns with', () => {
    const names = ['Role', 'Roles', 'Name', 'Title', 'Position'];
    const duties = ['Responsibilities', 'Responsibility', 'Duties', 'What it does', 'Description', 'What', 'Purpose', 'Task', 'Tasks', 'Owns'];
    const who = ['Who', 'Holder', 'Handle', 'Handles', 'GitHub', 'Team', 'People', 'Person', 'Assignee', 'Filled by', 'Staffed by', 'Owner'];
    const read = (header: [string, string, string]): unknown => {
      const context = contextOf(['# Handbook', '## Roles', `| ${header.join(' | ')} |`, '| --- | --- | --- |', '| Scribe | Keeps the timeline | @acme/scribes |', ''].join('\n'));
      const book = new ContactBook([], context.ledger);
      const roles = mapRoles(context, book)?.roles ?? [];
      return [header, roles.map((role) => [role.name, ...role.responsibilities]), book.contacts().map((contact) => contact.github), notesOf(context)];
    };
    for (const name of names) expect(read([name, 'Duties', 'Who'])).toEqual([[name, 'Duties', 'Who'], [['Scribe', 'Keeps the timeline']], ['@acme/scribes'], []]);
    for (const duty of duties) expect(read(['Role', duty, 'Who'])).toEqual([['Role', duty, 'Who'], [['Scribe', 'Keeps the timeline']], ['@acme/scribes'], []]);
    for (const holder of who) expect(read(['Role', 'Duties', holder])).toEqual([['Role', 'Duties', holder], [['Scribe', 'Keeps the timeline']], ['@acme/scribes'], []]);
  });

  test('a table without a duties column holds no roles and stays unused', () => {
    const context = contextOf(['# Handbook', '## Roles', '| Role | Who |', '| --- | --- |', '| Scribe | @alice |', ''].join('\n'));
    const book = new ContactBook([], context.ledger);
    expect(mapRoles(context, book)?.roles).toEqual([]);
    expect(book.contacts()).toEqual([]);
    expect(usedBlocks(context, context.body.children[0])).toEqual([false]);
  });

  test('a sub-heading ending in a role noun names a role', () => {
    const nouns = ['Lead', 'Leader', 'Commander', 'Manager', 'Engineer', 'Officer', 'Liaison', 'Scribe', 'Owner', 'Analyst', 'Coordinator', 'Expert', 'Experts', 'Responder', 'Responders', 'Director', 'Head', 'Captain', 'Deputy', 'IC', 'SME', 'SMEs', 'Leads', 'customer liaison (CL)', 'Duty manager ()'];
    for (const noun of nouns) {
      const context = contextOf(['# Handbook', '## Roles', `### Duty ${noun}`, '- Keeps watch', ''].join('\n'));
      expect([noun, mapRoles(context, new ContactBook([], context.ledger))?.roles.length]).toEqual([noun, 1]);
    }
    for (const topic of ['Leadership', 'Training', 'Engineering', 'Commander duties', 'Scribe (notes) rota']) {
      const context = contextOf(['# Handbook', '## Roles', `### ${topic}`, '- Keeps watch', ''].join('\n'));
      expect([topic, mapRoles(context, new ContactBook([], context.ledger))?.roles.length]).toEqual([topic, 0]);
    }
  });

  test('a sub-heading naming a role gives a role from its bullets or sentences; a topic sub-heading does not', () => {
    const markdown = [
      '# Handbook',
      '## Roles',
      '### Incident Commander (IC)',
      'Owns the incident. Decides when it is over.',
      '',
      '- Keeps the timeline',
      '### On-call engineers',
      '- First to respond',
      '### Training',
      '- Shadow two incidents',
      '### Communications Lead',
      '- **Status page owner**: posts updates',
      '### Security Officer',
      'Nothing listed.',
      '### Scribe',
      '',
      '### Deputy commander on duty',
      '- Stands in',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const doc = mapRoles(context, new ContactBook([], context.ledger));
    expect(doc?.roles).toEqual([
      { id: 'ic', name: 'Incident Commander', abbreviation: 'IC', responsibilities: ['Owns the incident.', 'Decides when it is over.', 'Keeps the timeline'] },
      { id: 'on-call-engineers', name: 'On-call engineers', multiple: true, responsibilities: ['First to respond'] },
      { id: 'status-page-owner', name: 'Status page owner', responsibilities: ['posts updates'] },
      { id: 'security-officer', name: 'Security Officer', responsibilities: ['Nothing listed.'] },
    ]);
    const sections = context.body.children[0]?.children ?? [];
    expect(sections.map((section) => section.heading !== null && context.ledger.isUsed(section.heading))).toEqual([true, true, false, false, true, false, false]);
    expect(linesOf(context, doc?.roles[0] ?? {})).toEqual({ name: 3, responsibilities: 3 });
    expect(sections[0]?.content.map((block) => context.ledger.isUsed(block))).toEqual([true, true]);
    expect(sections[4]?.content.map((block) => context.ledger.isUsed(block))).toEqual([true]);
  });
});

describe('the contacts section', () => {
  test('"Name: value" items go to the field their value fits; several values split at commas and semicolons', () => {
    const markdown = [
      '# Handbook',
      '## Contacts',
      '- Primary On-Call: [Phone Number]',
      '- VP of Engineering: vp@example.com ;  +1 (555) 010-0200 ext. 7',
      '- Platform team: @acme/platform, @acme/backup, ops@example.com, other@example.com,',
      '- Security: [Contact Information]',
      '- Legal: [Email Address]',
      '- Data team: [GitHub Handle]',
      '- Support desk: #support in Slack',
      '- Facilities: 555 0100 x12',
      '- Finance: mail@host',
      '- Key Stakeholders: [Mobile]',
      '- Vendor Acme Corp: [Any Detail]',
      '- Label only:',
      '- Plain bullet',
      '- **Security lead**',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const contacts = mapContacts(context);
    expect(contacts).toEqual([
      { id: 'primary-on-call', name: 'Primary On-Call', category: 'on-call', phone: '[Phone Number]' },
      { id: 'vp-engineering', name: 'VP of Engineering', category: 'staff', email: 'vp@example.com', phone: '+1 (555) 010-0200 ext. 7' },
      { id: 'platform-team', name: 'Platform team', category: 'staff', github: '@acme/platform', contact: '@acme/backup, other@example.com', email: 'ops@example.com' },
      { id: 'security-team', name: 'Security', category: 'staff', contact: '[Contact Information]' },
      { id: 'legal', name: 'Legal', category: 'staff', email: '[Email Address]' },
      { id: 'data-team', name: 'Data team', category: 'staff', github: '[GitHub Handle]' },
      { id: 'support-desk', name: 'Support desk', category: 'staff', contact: '#support in Slack' },
      { id: 'facilities', name: 'Facilities', category: 'staff', phone: '555 0100 x12' },
      { id: 'finance', name: 'Finance', category: 'staff', contact: 'mail@host' },
      { id: 'key-stakeholders', name: 'Key Stakeholders', category: 'stakeholder', phone: '[Mobile]' },
      { id: 'vendor-acme-corp', name: 'Vendor Acme Corp', category: 'vendor', contact: '[Any Detail]' },
    ]);
    expect(linesOf(context, contacts?.[2] ?? {})).toEqual({ name: 5, github: 5, contact: 5, email: 5 });
    expect(mapContacts(contextOf('# Handbook\n## Tools\n- Vault\n'))).toBeNull();
  });

  test('a value is a handle, email or phone only when it is one whole; otherwise contact details', () => {
    const values: [string, string][] = [
      ['[Number]', 'phone'],
      ['[E-mail]', 'email'],
      ['[Handle]', 'github'],
      ['[GitHub]', 'github'],
      ['Call [Phone Number]', 'contact'],
      ['[Phone Number] after hours', 'contact'],
      [`@${'a'.repeat(39)}`, 'github'],
      [`${'a'.repeat(249)}@b.io`, 'email'],
      ['write to legal@example.com', 'contact'],
      ['legal@example.com (weekdays)', 'contact'],
      [`+1 ${'5'.repeat(37)}`, 'phone'],
      ['Call 555 0100', 'contact'],
      ['555 0100 anytime', 'contact'],
      ['+1-555-0100 ext 4', 'phone'],
    ];
    const markdown = ['# Handbook', '## Contacts', ...values.map(([value], index) => `- Desk ${index}: ${value}`), ''].join('\n');
    const contacts = mapContacts(contextOf(markdown)) ?? [];
    expect(contacts.map((contact): [string, string] => [String(Object.values(contact).at(-1)), Object.keys(contact).at(-1) ?? ''])).toEqual(values);
  });

  test('a contacts chapter named for on-call gives that category to its entries; a plain contacts chapter lets each label say', () => {
    const onCall = mapContacts(contextOf(['# Handbook', '## On-Call Contacts', '- CTO: [Phone]', ''].join('\n')));
    expect(onCall?.map((contact) => contact.category)).toEqual(['staff']);
    const vendors = mapContacts(contextOf(['# Handbook', '## Reference', '### Vendor contacts', '- Cloud: [Contact]', ''].join('\n')));
    expect(vendors?.map((contact) => contact.category)).toEqual(['vendor']);
  });

  test('sub-headings give their entries a category; on an on-call heading any placeholder but contact or email is a phone', () => {
    const markdown = [
      '# Handbook',
      '## Contacts',
      '### On call rota',
      '- Primary: [Pager]',
      '- Secondary: [Contact]',
      '- Backup: [Email]',
      '- Vendor escalation: [Contact]',
      '### Management',
      '- CTO: [Phone]',
      '### Third-party vendors',
      '- Cloud provider: support@cloud.example.com',
      '### People',
      '- Executives: [Name]',
      '- Partners: [Name]',
      '',
    ].join('\n');
    const contacts = mapContacts(contextOf(markdown));
    expect(contacts?.map((contact) => [contact.name, contact.category, Object.keys(contact).at(-1)])).toEqual([
      ['Primary', 'on-call', 'phone'],
      ['Secondary', 'on-call', 'contact'],
      ['Backup', 'on-call', 'email'],
      ['Vendor escalation', 'on-call', 'contact'],
      ['CTO', 'stakeholder', 'phone'],
      ['Cloud provider', 'vendor', 'email'],
      ['Executives', 'stakeholder', 'contact'],
      ['Partners', 'vendor', 'contact'],
    ]);
    const categories: [string, string][] = [
      ['Pager duty', 'on-call'],
      ['Oncall', 'on-call'],
      ['Weekly rota', 'on-call'],
      ['Stakeholder', 'stakeholder'],
      ['Leadership', 'stakeholder'],
      ['Executive', 'stakeholder'],
      ['External', 'vendor'],
      ['Vendor', 'vendor'],
      ['Suppliers', 'vendor'],
      ['Supplier', 'vendor'],
      ['Third-party services', 'vendor'],
      ['Partner', 'vendor'],
      ['Engineering', 'staff'],
    ];
    for (const [title, category] of categories) {
      const found = mapContacts(contextOf(['# Handbook', '## Contacts', `### ${title}`, '- Desk: [Contact]', ''].join('\n')));
      expect([title, found?.map((contact) => contact.category)]).toEqual([title, [category]]);
    }
  });

  test('a contacts table: role and name joined, a row category from its words, several values per cell, dashes skipped', () => {
    const markdown = [
      '# Handbook',
      '## Emergency Contacts',
      '| Role | Name | GitHub | Email | Phone | Slack | Category | Shift |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| Incident Commander | Dana | @dana | dana@example.com | +44 20 7946 0000 | #ic | | day |',
      '| Pager | Pager | @pager | — | - | – | On-call | |',
      '| | Acme Cloud | | help@acme.example | | | Vendor | |',
      '| | | | x@example.com | | | | |',
      '| Head of Ops | | @a, @b | | | | Leadership | |',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const contacts = mapContacts(context);
    expect(contacts).toEqual([
      { id: 'incident-commander', name: 'Incident Commander (Dana)', category: 'staff', github: '@dana', email: 'dana@example.com', phone: '+44 20 7946 0000', contact: '#ic' },
      { id: 'pager', name: 'Pager', category: 'on-call', github: '@pager' },
      { id: 'acme-cloud', name: 'Acme Cloud', category: 'vendor', email: 'help@acme.example' },
      { id: 'head-of-ops', name: 'Head of Ops', category: 'stakeholder', github: '@a', contact: '@b' },
    ]);
    expect(notesOf(context)).toEqual(['3 not imported: column "Shift" of the contacts table: no contact field holds it']);
    expect(linesOf(context, contacts?.[0] ?? {})).toMatchObject({ name: 5, github: 5 });
  });

  test('a table under an on-call heading is on-call throughout; a table found only by its role column still reads', () => {
    const markdown = [
      '# Handbook',
      '## Contacts',
      '### On-call',
      '| Position | Phone |',
      '| --- | --- |',
      '| Primary | +1 555 0100 |',
      '### Other',
      '| Colour | Shade |',
      '| --- | --- |',
      '| red | dark |',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    expect(mapContacts(context)).toEqual([{ id: 'primary-on-call', name: 'Primary', category: 'on-call', phone: '+1 555 0100' }]);
    expect(context.body.children[0]?.children.map((section) => usedBlocks(context, section))).toEqual([[true], [false]]);
  });

  test('a handle or email too long for its field, or a malformed handle, is kept as contact details', () => {
    const long = `@${'a'.repeat(40)}`;
    const email = `${'a'.repeat(250)}@b.io`;
    const phone = `+1 ${'5'.repeat(40)}`;
    const markdown = ['# Handbook', '## Contacts', `- Long: ${long}`, `- Mail: ${email}`, `- Phone: ${phone}`, '- Hyphen: @a--b', '- Team: @acme/team-', ''].join('\n');
    expect(mapContacts(contextOf(markdown))?.map((contact) => [contact.name, Object.keys(contact).at(-1)])).toEqual([
      ['Long', 'contact'],
      ['Mail', 'contact'],
      ['Phone', 'contact'],
      ['Hyphen', 'contact'],
      ['Team', 'contact'],
    ]);
  });
});

describe('the communication section', () => {
  test('channels, status-update cadences per severity and audiences are read from labelled items', () => {
    const markdown = [
      '# Handbook',
      '## Communication Plan',
      '- **Primary Channel**: The #incidents Slack channel for all coordination',
      '- **Backup channel**: [Zoom bridge](https://zoom.example.com/j/1)',
      '- **Channel**: an ops list for SEV-3',
      '- **Status Updates**: Every 30 minutes for SEV-1, hourly for SEV-2;  every 4 hours for SEV-3',
      '- **Customers**: Status page updates and email notifications for SEV-1',
      '- **Executives**: Email, Slack and phone calls for major outages',
      '- **Glossary**: words',
      '- Plain bullet',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const doc = mapCommunication(context);
    expect(doc).toEqual({
      kind: 'communication',
      channels: [
        { id: 'incidents-slack-channel', name: 'The #incidents Slack channel', priority: 'primary', use_for: 'all coordination' },
        { id: 'zoom-bridge', name: 'Zoom bridge', priority: 'secondary', url: 'https://zoom.example.com/j/1' },
        { id: 'ops-list', name: 'an ops list', priority: 'secondary', use_for: 'SEV-3' },
      ],
      status_updates: [
        { severity: 'sev-1', every: '30m' },
        { severity: 'sev-2', every: '1h' },
        { severity: 'sev-3', every: '4h' },
      ],
      audiences: [
        { id: 'customers', name: 'Customers', means: ['Status page updates', 'Email notifications'], severities: ['sev-1'] },
        { id: 'executives', name: 'Executives', means: ['Email', 'Slack', 'Phone calls'], when: 'major outages' },
      ],
      review,
    });
    expect(notesOf(context)).toEqual([]);
    expect(doc?.channels.map((channel) => linesOf(context, channel))).toEqual([{ name: 3 }, { name: 4 }, { name: 5 }]);
    expect(linesOf(context, doc?.status_updates[1] ?? {})).toEqual({ every: 6 });
    expect(doc?.audiences.map((audience) => linesOf(context, audience))).toEqual([{ name: 7 }, { name: 8 }]);
    const list = context.body.children[0]?.content[0];
    const used = list?.type === 'list' ? list.children.map((item) => context.ledger.isUsed(item)) : [];
    expect(used).toEqual([true, true, true, true, true, true, false, false]);
  });

  test('under an external heading every labelled item is an audience; a cadence that names no severity is left for the report', () => {
    const markdown = [
      '# Handbook',
      '## Communication',
      '- Status updates: every 30 minutes',
      '- Update cadence: for SEV-1 promptly',
      '- First channel: #war-room',
      '- Second channel: #war-room-2',
      '### External Communication',
      '- Status updates: the status page for SEV-2',
      '- Slack channel: posted by support',
      '- Primary: the press office',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const doc = mapCommunication(context);
    expect(doc?.status_updates).toEqual([]);
    expect(doc?.channels).toEqual([
      { id: 'war-room', name: '#war-room', priority: 'primary' },
      { id: 'war-room-2', name: '#war-room-2', priority: 'secondary' },
      { id: 'press-office', name: 'the press office', priority: 'primary' },
    ]);
    expect(doc?.audiences).toEqual([
      { id: 'status-updates', name: 'Status updates', means: ['The status page'], severities: ['sev-2'] },
      { id: 'slack-channel', name: 'Slack channel', means: ['Posted by support'] },
    ]);
    expect(notesOf(context)).toEqual(['2 missing: status-update cadence: none found in this section']);
  });

  test('labels name channels, cadences and audiences in the words teams use', () => {
    const markdown = [
      '# Handbook',
      '## Communication',
      '- Secondary: Our bridge line  for  escalations',
      '- Fallback: A war room for outages for SEV-1',
      '- Primary: [Wiki](/go?to=https://wiki.example.com) or [Meet](https://meet.example.com/x)',
      '- Updates: every 15 minutes for SEV-1,',
      '- Status update: every 2 hours for SEV-2',
      '- Cadence: ;',
      ...['Customer', 'Clients', 'Shippers', 'Stakeholder', 'Public', 'Press', 'Media', 'Partner', 'Executive', 'Board', 'Regulators', 'Users'].map((label) => `- ${label}: email`),
      '- Vendors: email',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const doc = mapCommunication(context);
    expect(doc?.channels).toEqual([
      { id: 'bridge-line', name: 'Our bridge line', priority: 'secondary', use_for: 'escalations' },
      { id: 'war-room-for-outages', name: 'A war room for outages', priority: 'secondary', use_for: 'SEV-1' },
      { id: 'wiki-or-meet', name: 'Wiki or Meet', priority: 'primary', url: 'https://meet.example.com/x' },
    ]);
    expect(doc?.status_updates).toEqual([
      { severity: 'sev-1', every: '15m' },
      { severity: 'sev-2', every: '2h' },
    ]);
    expect(doc?.audiences.map((audience) => audience.name)).toEqual(['Customer', 'Clients', 'Shippers', 'Stakeholder', 'Public', 'Press', 'Media', 'Partner', 'Executive', 'Board', 'Regulators', 'Users']);
    const list = context.body.children[0]?.content[0];
    const unused = list?.type === 'list' ? list.children.filter((item) => !context.ledger.isUsed(item)).map((item) => item.position?.start.line) : [];
    expect(unused).toEqual([8, 21]);
  });

  test('audience headings and the means an audience is told by', () => {
    for (const title of ['Audiences', 'Audience', 'Stakeholder updates', 'Stakeholders']) {
      const doc = mapCommunication(contextOf(['# Handbook', '## Communication', `### ${title}`, '- Support: email,  Slack, and  phone'].join('\n')));
      expect([title, doc?.audiences]).toEqual([title, [{ id: 'support', name: 'Support', means: ['Email', 'Slack', 'Phone'] }]]);
    }
    const doc = mapCommunication(contextOf(['# Handbook', '## External Communications', '- Status updates: every 30 minutes for SEV-1'].join('\n')));
    expect(doc?.status_updates).toEqual([{ severity: 'sev-1', every: '30m' }]);
  });

  test('a section without channels, cadences or audiences says which it lacks; no section, no document', () => {
    const context = contextOf(['# Handbook', '## Communication', 'We talk a lot.', ''].join('\n'));
    expect(mapCommunication(context)).toMatchObject({ channels: [], status_updates: [], audiences: [] });
    expect(notesOf(context)).toEqual([
      '2 missing: communication channels: none found in this section',
      '2 missing: status-update cadence: none found in this section',
      '2 missing: external audiences: none found in this section',
    ]);
    expect(mapCommunication(contextOf('# Handbook\n## Tools\n- Vault\n'))).toBeNull();
  });
});
