export const id = 188;
export const ids = [188,807];
export const modules = {

/***/ 7807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCommentRenderer: () => (/* binding */ createCommentRenderer)
});

// EXTERNAL MODULE: ./dist/src/engine/help.js
var help = __webpack_require__(8285);
// EXTERNAL MODULE: ./dist/src/engine/records.js
var records = __webpack_require__(9262);
// EXTERNAL MODULE: ./dist/src/engine/time.js
var time = __webpack_require__(275);
;// CONCATENATED MODULE: ./dist/src/render/clock-text.js
/** Times as an on-call engineer reads them in a comment: UTC, to the minute. */
/** `2026-11-27 03:12 UTC`. */
function dateTime(iso) {
    return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** `03:12 UTC` when `iso` falls on the same UTC day as `reference`, else the full {@link dateTime}. */
function timeOfDay(iso, reference) {
    const full = dateTime(iso);
    return full.slice(0, 10) === dateTime(reference).slice(0, 10) ? full.slice(11) : full;
}

;// CONCATENATED MODULE: ./dist/src/render/card-view.js



function severityText(incident) {
    const severity = incident.severity;
    return severity === null
        ? null
        : { label: severity.label.toUpperCase(), name: severity.name, criteria: severity.criteria, responseMinutes: severity.responseMinutes };
}
function rolesView(card) {
    return card.roles.map((role) => {
        const holders = card.incident.roles[role.id] ?? [];
        return { name: role.name, who: holders.length === 0 ? null : holders.join(', '), command: role.commander ? '/ic @user' : `/role ${role.id} @user` };
    });
}
/** Everything that happened, pages included, in time order: the record the post-mortem starts from. */
function timeline(card) {
    const pages = card.escalations.map((step) => ({ at: step.at, actor: 'playbook-ops', text: step.text }));
    return (0,time/* inTimeOrder */.xM)([...card.incident.timeline, ...pages, ...card.tickEntries]);
}
/** When the post-mortem of a resolved incident is due, if its peak severity requires one. */
function postmortemDue(incident) {
    const rule = incident.peakSeverity?.postmortem;
    if (incident.resolution === null || rule?.required !== true || rule.dueMinutesAfterResolution === null)
        return null;
    return dateTime((0,time/* addMinutes */.z5)(incident.resolution.at, rule.dueMinutesAfterResolution));
}
/** The post-mortem's status in words, for a card that has one. */
function postmortemView(card) {
    const status = card.postmortem;
    if (status === undefined)
        return null;
    const due = status.dueAt === null ? null : dateTime(status.dueAt);
    const headline = status.state === 'complete'
        ? 'Post-mortem complete'
        : status.state === 'overdue'
            ? `Post-mortem overdue since ${due ?? 'its deadline'}`
            : due === null
                ? 'Post-mortem required'
                : `Post-mortem required by ${due}`;
    return { state: status.state, headline, branch: status.branch, pullsUrl: status.pullsUrl };
}
function reportView(incident, at, minimumPermission) {
    const report = incident.report;
    if (report === null)
        return null;
    return {
        by: report.by,
        minimumPermission,
        proposed: report.proposed === null ? null : `${report.proposed.label.toUpperCase()} (${report.proposed.name})`,
        confirmed: report.confirmed === null ? null : { at: at(report.confirmed.at), by: report.confirmed.by },
    };
}
/** How many deliveries the card lists; earlier ones are counted. */
const DELIVERY_LINES = 30;
/** Each delivery to a sink outside GitHub, and how it stands, in words. */
function notificationsView(card, at) {
    const lines = card.deliveries?.lines ?? [];
    if (lines.length === 0)
        return null;
    const shown = lines.slice(-DELIVERY_LINES).map((line) => {
        switch (line.status) {
            case 'sent':
                return { icon: '✅', sink: line.sink, what: line.what, status: `sent ${at(line.at ?? '')}` };
            case 'pending':
                return { icon: '⏳', sink: line.sink, what: line.what, status: 'sending' };
            case 'failing':
                return { icon: '⚠️', sink: line.sink, what: line.what, status: `failed (${line.reason ?? 'unknown'}) in ${line.runs} run${line.runs === 1 ? '' : 's'}; the next run retries` };
            case 'gave-up':
                return { icon: '❌', sink: line.sink, what: line.what, status: `failed (${line.reason ?? 'unknown'}) in ${line.runs} runs; not retried` };
        }
    });
    return { lines: shown, earlier: lines.length > DELIVERY_LINES ? String(lines.length - DELIVERY_LINES) : null };
}
/** Template data of `templates/incident-card.md.hbs`. */
function cardView(card) {
    const { incident } = card;
    const at = (iso) => timeOfDay(iso, incident.declared.at);
    const last = incident.updates.at(-1);
    return {
        number: incident.number,
        title: incident.title,
        severity: severityText(incident),
        peak: incident.peakSeverity === null || incident.peakSeverity.label === incident.severity?.label
            ? null
            : { label: incident.peakSeverity.label.toUpperCase(), name: incident.peakSeverity.name },
        resolved: incident.resolution === null ? null : { ...incident.resolution, at: at(incident.resolution.at) },
        postmortemDue: postmortemDue(incident),
        postmortem: postmortemView(card),
        declared: { at: dateTime(incident.declared.at), by: incident.declared.by },
        report: reportView(incident, at, card.minimumPermission),
        awaitingTriage: incident.report !== null && incident.report.confirmed === null,
        respondBy: incident.respondBy === null ? null : at(incident.respondBy),
        acknowledged: incident.acknowledged === null ? null : { ...incident.acknowledged, at: at(incident.acknowledged.at) },
        nextUpdate: incident.nextUpdateDue === null || incident.severity?.updateEveryMinutes == null
            ? null
            : { at: at(incident.nextUpdateDue), everyMinutes: incident.severity.updateEveryMinutes },
        lastUpdate: last === undefined ? null : { ...last, at: at(last.at) },
        scenario: incident.scenario === null ? null : { name: incident.scenario.name, symptoms: incident.scenario.symptoms, steps: card.steps.scenario, owner: incident.scenario.owner?.name ?? null },
        services: incident.form.services.length === 0 ? null : incident.form.services.join(', '),
        startedAt: incident.form.startedAt,
        summary: incident.form.summary,
        formProblems: incident.form.problems,
        roles: rolesView(card),
        commands: (0,help/* commandHelp */.b)(card.roles.map((role) => role.id)).map((command) => command.usage),
        escalations: card.escalations.map((step) => ({ at: at(step.at), text: step.text })),
        next: card.next === null ? null : { at: at(card.next.at), text: `level ${card.next.level}, ${card.next.name}` },
        notifications: notificationsView(card, at),
        phase: {
            name: incident.phase.name,
            position: card.phases.indexOf(incident.phase.id) + 1,
            total: card.phases.length,
            steps: card.steps.phase,
        },
        timeline: timeline(card).map((entry) => ({ ...entry, at: at(entry.at) })),
        playbook: { sha: card.playbook.sha.slice(0, 7), url: card.playbook.url, fallback: card.playbook.fallback },
    };
}

// EXTERNAL MODULE: ./dist/src/render/handlebars.js + 2 modules
var handlebars = __webpack_require__(9043);
// EXTERNAL MODULE: ./dist/src/render/human-duration.js
var human_duration = __webpack_require__(7032);
;// CONCATENATED MODULE: ./dist/src/render/mermaid.js
/**
 * Text for Mermaid diagrams GitHub renders. A label keeps letters, digits, spaces and a few marks;
 * anything else (`:`, `;`, `#`, `%`, quotes, `@`, Markdown) becomes a space, so no text can end a
 * statement, start a comment, or leave the code block. The labels are still printed with `{{md}}`,
 * which leaves these characters alone.
 */
const UNSAFE = /[^A-Za-z0-9 (),.'/-]+/gu;
const MAX_LABEL = 60;
/** `text` as a Mermaid label: safe characters only, one line, at most 60 characters. */
function mermaidLabel(text) {
    const safe = text.replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim();
    const cut = safe.length <= MAX_LABEL ? safe : `${safe.slice(0, MAX_LABEL - 3).trimEnd()}...`;
    // A label must not open with what Markdown escapes at the start of a line.
    return /^[A-Za-z(]/u.test(cut) ? cut : `(${cut})`;
}
/** `YYYY-MM-DD HH:mm` in UTC, the `dateFormat` the diagrams declare. */
function mermaidTime(iso) {
    return new Date(iso).toISOString().slice(0, 16).replace('T', ' ');
}

;// CONCATENATED MODULE: ./dist/src/render/postmortem-view.js



const DIAGRAM_TEXT = {
    declared: 'Declared',
    ack: 'Acknowledged',
    update: 'Status update',
    resolved: 'Resolved',
};
/** What the diagram says of `entry`: our own words, or the entry's text made safe. */
function diagramText(entry) {
    const fixed = DIAGRAM_TEXT[entry.kind];
    if (fixed !== undefined)
        return `${fixed} by ${entry.actor}`;
    // Pages, severity changes, roles and phases are the bot's words; a /timeline note is people's text.
    return entry.kind === 'other' ? 'Note' : entry.text;
}
/** The Gantt chart's lines: the incident as a bar, each moment of the timeline as a milestone. */
function ganttLines(draft) {
    const severity = draft.peak.label.toUpperCase();
    return [
        `title Incident ${draft.incident.number}, ${severity}, times in UTC`,
        'dateFormat YYYY-MM-DD HH:mm',
        'axisFormat %H:%M',
        'section Incident',
        `${mermaidLabel(`Open, ${severity}`)} : active, open, ${mermaidTime(draft.declared.at)}, ${mermaidTime(draft.resolved.at)}`,
        'section Timeline',
        ...draft.timeline.map((entry, index) => `${mermaidLabel(diagramText(entry))} : milestone, m${index + 1}, ${mermaidTime(entry.at)}, 0m`),
    ];
}
function postmortem_view_severityText(severity) {
    return `${severity.label.toUpperCase()} (${severity.name})`;
}
/** Template data of `templates/postmortem-file.md.hbs` and `templates/postmortem-pull.md.hbs`. */
function postmortem_view_postmortemView(draft) {
    const peak = draft.peak.label === draft.severity.label ? null : postmortem_view_severityText(draft.peak);
    const ack = draft.acknowledged;
    return {
        incident: draft.incident,
        path: draft.path,
        severity: postmortem_view_severityText(draft.severity),
        peak,
        declared: { at: dateTime(draft.declared.at), by: draft.declared.by },
        resolved: { at: dateTime(draft.resolved.at), by: draft.resolved.by, summary: draft.resolved.summary },
        duration: (0,human_duration/* describeDuration */.M)(draft.durationMinutes),
        acknowledged: ack === null
            ? null
            : { at: dateTime(ack.at), by: ack.by, after: (0,human_duration/* describeDuration */.M)(Math.max(0, Math.round((Date.parse(ack.at) - Date.parse(draft.declared.at)) / 60_000))) },
        services: draft.services.length === 0 ? null : draft.services.join(', '),
        summary: draft.summary,
        scenario: draft.scenario,
        roles: draft.roles.map((role) => ({ name: role.name, holders: role.holders.join(', ') })),
        timeline: draft.timeline.map((entry) => ({ at: dateTime(entry.at), actor: entry.actor, text: entry.text })),
        gantt: ganttLines(draft),
        elements: draft.elements,
        reviewers: draft.reviewers.map((login) => `@${login}`),
        dueAt: draft.dueAt === null ? null : dateTime(draft.dueAt),
    };
}

;// CONCATENATED MODULE: ./dist/src/render/review-view.js


function minutes(value) {
    return value === null ? null : (0,human_duration/* describeDuration */.M)(value);
}
function incidentView(incident) {
    const met = incident.acknowledgeMinutes !== null && incident.acknowledgeMinutes <= incident.targetMinutes;
    return {
        number: incident.number,
        title: incident.title,
        severity: incident.severity.toUpperCase(),
        scenario: incident.scenario,
        declared: dateTime(incident.declaredAt),
        acknowledged: minutes(incident.acknowledgeMinutes),
        met,
        target: (0,human_duration/* describeDuration */.M)(incident.targetMinutes),
        resolved: minutes(incident.resolveMinutes),
    };
}
/** Template data of `templates/review-pull.md.hbs`. */
function reviewView(draft) {
    const incidents = draft.incidents.map(incidentView);
    return {
        reviewedOn: draft.reviewedOn,
        dueOn: draft.dueOn,
        since: draft.since,
        files: draft.files,
        checklist: draft.checklist,
        incidents,
        met: incidents.filter((incident) => incident.met).length,
        // The chart: time to acknowledge (never acknowledged: 0, the table says so) against the target.
        chart: draft.incidents.length === 0
            ? null
            : {
                labels: draft.incidents.map((incident) => String(incident.number)),
                acknowledge: draft.incidents.map((incident) => incident.acknowledgeMinutes ?? 0),
                target: draft.incidents.map((incident) => incident.targetMinutes),
            },
    };
}

// EXTERNAL MODULE: ./dist/src/render/truncate.js
var truncate = __webpack_require__(2162);
;// CONCATENATED MODULE: ./dist/src/render/comments.js








function withRecord(markdown, marker, card) {
    return (0,truncate/* truncateBody */.N)(`${(0,records/* formatRecordLine */.zH)(marker, card)}\n${markdown.trim()}\n`);
}
function messageView(message) {
    switch (message.type) {
        case 'page':
            return {
                template: 'escalation-page',
                data: {
                    ...message,
                    severity: { ...message.severity, label: message.severity.label.toUpperCase() },
                    at: dateTime(message.at),
                    respondBy: dateTime(message.respondBy),
                    management: message.management === null ? null : { ...message.management, dueAt: message.management.dueAt === null ? null : dateTime(message.management.dueAt) },
                },
            };
        case 'reply':
            // The template shows the commands only when help was asked for.
            return { template: 'command-reply', data: { ...message, to: `@${message.to}`, commands: (0,help/* commandHelp */.b)(message.roles) } };
        case 'label-note':
            return { template: 'label-note', data: message };
        case 'triage-request':
            return { template: 'triage-request', data: { ...message, reporter: `@${message.reporter}`, proposed: message.proposed === null ? null : { ...message.proposed, label: message.proposed.label.toUpperCase() } } };
        case 'severity-request':
            return { template: 'severity-request', data: { ...message, severities: message.severities.map((severity) => ({ ...severity, label: severity.label.toUpperCase() })) } };
        case 'close-note':
            return { template: 'close-note', data: { ...message, by: `@${message.by}` } };
        case 'update-reminder':
            return {
                template: 'update-reminder',
                data: {
                    ...message,
                    severity: { ...message.severity, label: message.severity.label.toUpperCase() },
                    due: dateTime(message.due),
                    lastUpdate: message.lastUpdate === null ? null : dateTime(message.lastUpdate),
                    to: message.to.kind === 'role' ? { ...message.to, logins: message.to.logins.map((login) => `@${login}`) } : message.to,
                },
            };
        case 'postmortem-opened':
            return { template: 'postmortem-opened', data: { ...message, reviewers: message.reviewers.map((login) => `@${login}`), dueAt: message.dueAt === null ? null : dateTime(message.dueAt) } };
        case 'postmortem-branch':
            return { template: 'postmortem-branch', data: { ...message, dueAt: message.dueAt === null ? null : dateTime(message.dueAt) } };
        case 'postmortem-overdue':
            return { template: 'postmortem-overdue', data: { ...message, owners: message.owners.map((login) => `@${login}`), dueAt: dateTime(message.dueAt) } };
        case 'postmortem-escalation':
            return { template: 'postmortem-escalation', data: { ...message, severity: { ...message.severity, label: message.severity.label.toUpperCase() }, dueAt: dateTime(message.dueAt) } };
        case 'postmortem-complete':
            return { template: 'postmortem-complete', data: message };
        case 'review-reminder':
            return { template: 'review-reminder', data: message };
    }
}
/** The renderer the shell uses for every bot comment. */
function createCommentRenderer() {
    return {
        comment: (marker, message) => {
            const { template, data } = messageView(message);
            return withRecord((0,handlebars/* renderTemplate */.X)(template, data), marker);
        },
        card: (card, record) => withRecord((0,handlebars/* renderTemplate */.X)('incident-card', cardView(card)), { kind: 'card' }, record),
        postmortem: (draft) => {
            const view = postmortem_view_postmortemView(draft);
            return {
                file: `${(0,handlebars/* renderTemplate */.X)('postmortem-file', view).trim()}\n`,
                title: `Post-mortem: ${draft.incident.title} (#${draft.incident.number})`,
                body: (0,truncate/* truncateBody */.N)((0,handlebars/* renderTemplate */.X)('postmortem-pull', view).trim()),
            };
        },
        reviewPull: (draft) => ({
            title: `Playbook review: ${draft.files.length} ${draft.files.length === 1 ? 'file' : 'files'} due (round ${draft.branch.slice(-10)})`,
            body: (0,truncate/* truncateBody */.N)(`${(0,records/* formatReviewRoundLine */.qm)(draft.files.map((file) => file.file))}\n${(0,handlebars/* renderTemplate */.X)('review-pull', reviewView(draft)).trim()}\n`),
        }),
        followUp: ({ incident, pull, item, text }) => (0,truncate/* truncateBody */.N)(`${(0,records/* formatFollowUpLine */.yO)(incident.number, item)}\n${(0,handlebars/* renderTemplate */.X)('follow-up', { incident, pull, item: text }).trim()}\n`),
    };
}


/***/ })

};
