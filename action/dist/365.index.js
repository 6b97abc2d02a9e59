export const id = 365;
export const ids = [365];
export const modules = {

/***/ 365:
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
    return [...card.incident.timeline, ...pages, ...card.tickEntries]
        .map((entry, index) => ({ entry, index }))
        .sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.index - b.index)
        .map(({ entry }) => entry);
}
/** When the post-mortem of a resolved incident is due, if its peak severity requires one. */
function postmortemDue(incident) {
    const rule = incident.peakSeverity?.postmortem;
    if (incident.resolution === null || rule?.required !== true || rule.dueMinutesAfterResolution === null)
        return null;
    return dateTime((0,time/* addMinutes */.z5)(incident.resolution.at, rule.dueMinutesAfterResolution));
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

// EXTERNAL MODULE: ./dist/src/render/handlebars.js + 3 modules
var handlebars = __webpack_require__(4233);
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
            return { template: 'command-reply', data: { ...message, to: `@${message.to}`, commands: message.help ? (0,help/* commandHelp */.b)(message.roles) : [] } };
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
    };
}


/***/ })

};
