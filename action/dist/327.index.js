export const id = 327;
export const ids = [327];
export const modules = {

/***/ 1327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  alertRun: () => (/* binding */ alertRun)
});

// EXTERNAL MODULE: ./dist/src/github/appliers/dry-run.js
var dry_run = __webpack_require__(5799);
// EXTERNAL MODULE: ./dist/src/github/appliers/github.js + 11 modules
var github = __webpack_require__(1532);
// EXTERNAL MODULE: ./dist/src/config/printable.js
var printable = __webpack_require__(611);
;// CONCATENATED MODULE: ./dist/src/alerts/parse-alert-payload.js
/**
 * The `client_payload` of a `repository_dispatch` of type `alert`, checked strictly: one key naming
 * the sender (`alertmanager` or `grafana`), holding that sender's webhook body. Anyone holding a token
 * that may dispatch can send anything, so every field the run uses is checked for its type and size,
 * and a body that is not what the sender documents is refused with a message saying where and what
 * is wrong. Fields the run does not use (Grafana's `values`, `silenceURL`, ...) are ignored. Pure.
 *
 * Alertmanager 0.32 and 0.33 read each value of a custom payload as YAML after templating, so a
 * label value such as `500` or `true` arrives as a number or a boolean: those are taken as the text
 * they were. Objects, lists and null where a string belongs are refused.
 */

/** Bounds no real notification comes near (GitHub caps the whole payload at 64 KB). */
const ALERT_LIMITS = {
    alerts: 1000,
    labels: 100,
    nameLength: 256,
    labelValueLength: 4096,
    annotationLength: 16_384,
    textLength: 2048,
};
/** What the Alertmanager and Grafana bodies call their version. */
const VERSIONS = { alertmanager: '4', grafana: '1' };
class PayloadError extends Error {
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A value as a message names it: its type, and a short, printable quote of a string. */
function shown(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `the text ${(0,printable/* escapeControls */.UN)(JSON.stringify((0,printable/* cutCodePoints */.Dp)(value, 40)))}`;
    if (typeof value === 'number' || typeof value === 'boolean')
        return `the ${typeof value} ${String(value)}`;
    return typeof value === 'object' ? 'an object' : `a value of type ${typeof value}`;
}
/** A key as a path names it: plain when it is a plain word, quoted (and cut) otherwise. */
function key(name) {
    return /^[A-Za-z_][A-Za-z0-9_]{0,63}$/u.test(name) ? `.${name}` : `[${(0,printable/* escapeControls */.UN)(JSON.stringify((0,printable/* cutCodePoints */.Dp)(name, 40)))}]`;
}
function fail(path, expected, value) {
    throw new PayloadError(`${path}: expected ${expected}, got ${shown(value)}`);
}
function parse_alert_payload_text(value, path, max = ALERT_LIMITS.textLength) {
    if (typeof value !== 'string')
        fail(path, 'a string', value);
    if (value.length > max)
        throw new PayloadError(`${path}: ${value.length} characters, more than the ${max} allowed`);
    return value;
}
function optionalText(value, path) {
    return value === undefined ? null : parse_alert_payload_text(value, path);
}
/** An http(s) URL to link to, or null: anything else (`javascript:`, relative paths, empty) is not linked. */
function parse_alert_payload_link(value, path) {
    const written = optionalText(value, path);
    return written !== null && /^https?:\/\/[^\s]+$/iu.test(written) ? written : null;
}
function parse_alert_payload_status(value, path) {
    if (value !== 'firing' && value !== 'resolved')
        fail(path, '"firing" or "resolved"', value);
    return value;
}
function noLabels() {
    return Object.create(null);
}
/** A map of names to values, checked and copied into a null-prototype record. */
function labels(value, path, maxValue) {
    if (!isObject(value))
        fail(path, 'an object of names to strings', value);
    const entries = Object.entries(value);
    if (entries.length > ALERT_LIMITS.labels)
        throw new PayloadError(`${path}: ${entries.length} entries, more than the ${ALERT_LIMITS.labels} allowed`);
    const result = Object.create(null);
    for (const [name, raw] of entries) {
        const where = `${path}${key(name)}`;
        if (name === '' || name.length > ALERT_LIMITS.nameLength)
            throw new PayloadError(`${where}: a name must have 1 to ${ALERT_LIMITS.nameLength} characters`);
        const written = typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : raw;
        result[name] = parse_alert_payload_text(written, where, maxValue);
    }
    return result;
}
function alertItem(value, path) {
    if (!isObject(value))
        fail(path, 'an alert object', value);
    return {
        status: parse_alert_payload_status(value.status, `${path}.status`),
        labels: labels(value.labels, `${path}.labels`, ALERT_LIMITS.labelValueLength),
        annotations: value.annotations === undefined ? noLabels() : labels(value.annotations, `${path}.annotations`, ALERT_LIMITS.annotationLength),
        startsAt: optionalText(value.startsAt, `${path}.startsAt`),
        generatorURL: parse_alert_payload_link(value.generatorURL, `${path}.generatorURL`),
    };
}
function truncated(value, path) {
    if (value === undefined || value === null)
        return 0;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
        fail(path, 'a whole number of alerts', value);
    return value;
}
function version(source, value, path) {
    const wanted = VERSIONS[source];
    // Alertmanager 0.32-0.33 turn the text "4" of a custom payload into the number 4 (see above).
    if (value === wanted || value === Number(wanted))
        return;
    if (source === 'grafana' && value === undefined)
        return;
    fail(path, `"${wanted}" (the ${source === 'alertmanager' ? 'Alertmanager webhook body version 4' : 'Grafana webhook body version 1'})`, value);
}
function notification(source, body) {
    const path = `client_payload.${source}`;
    if (!isObject(body))
        fail(path, `the ${source === 'alertmanager' ? 'Alertmanager' : 'Grafana'} webhook body (an object)`, body);
    version(source, body.version, `${path}.version`);
    if (!Array.isArray(body.alerts))
        fail(`${path}.alerts`, 'a list of alerts', body.alerts);
    if (body.alerts.length === 0)
        throw new PayloadError(`${path}.alerts: the list is empty; a notification has at least one alert`);
    if (body.alerts.length > ALERT_LIMITS.alerts)
        throw new PayloadError(`${path}.alerts: ${body.alerts.length} alerts, more than the ${ALERT_LIMITS.alerts} allowed (set max_alerts / Max Alerts lower)`);
    const receiver = source === 'grafana' && body.receiver === undefined ? '' : parse_alert_payload_text(body.receiver, `${path}.receiver`);
    return {
        source,
        status: parse_alert_payload_status(body.status, `${path}.status`),
        receiver,
        groupLabels: labels(body.groupLabels, `${path}.groupLabels`, ALERT_LIMITS.labelValueLength),
        commonLabels: labels(body.commonLabels, `${path}.commonLabels`, ALERT_LIMITS.labelValueLength),
        commonAnnotations: body.commonAnnotations === undefined && source === 'grafana' ? noLabels() : labels(body.commonAnnotations, `${path}.commonAnnotations`, ALERT_LIMITS.annotationLength),
        externalURL: source === 'grafana' && body.externalURL === undefined ? null : parse_alert_payload_link(parse_alert_payload_text(body.externalURL, `${path}.externalURL`), `${path}.externalURL`),
        alerts: body.alerts.map((alert, index) => alertItem(alert, `${path}.alerts[${index}]`)),
        truncatedAlerts: truncated(body.truncatedAlerts, `${path}.truncatedAlerts`),
    };
}
/**
 * The notification in a dispatch's `client_payload`, or why it is refused (one sentence naming the
 * field, what it should be and what it is). Never throws.
 */
function parseAlertPayload(clientPayload) {
    try {
        if (!isObject(clientPayload))
            fail('client_payload', 'an object with one key, alertmanager or grafana', clientPayload);
        const keys = Object.keys(clientPayload);
        const source = keys.length === 1 && (keys[0] === 'alertmanager' || keys[0] === 'grafana') ? keys[0] : null;
        if (source === null) {
            const named = keys.length === 0 ? 'no keys' : `the keys ${keys.slice(0, 10).map((name) => (0,printable/* escapeControls */.UN)(JSON.stringify((0,printable/* cutCodePoints */.Dp)(name, 40)))).join(', ')}`;
            throw new PayloadError(`client_payload: expected exactly one key, alertmanager or grafana, holding the webhook body; got ${named}`);
        }
        return { ok: true, notification: notification(source, clientPayload[source]) };
    }
    catch (error) {
        if (error instanceof PayloadError)
            return { ok: false, error: error.message };
        throw error;
    }
}

// EXTERNAL MODULE: ./dist/src/engine/time.js
var time = __webpack_require__(275);
// EXTERNAL MODULE: ./dist/src/engine/records.js
var records = __webpack_require__(9262);
// EXTERNAL MODULE: ./dist/src/markdown/form-fields.js
var form_fields = __webpack_require__(295);
// EXTERNAL MODULE: ./dist/src/markdown/form-options.js
var form_options = __webpack_require__(8058);
;// CONCATENATED MODULE: ./dist/src/markdown/form-submission.js
/**
 * An issue body exactly as GitHub writes it when someone submits the incident form: for each field,
 * `### <label>`, a blank line and the answer, fields separated by a blank line; `_No response_` for
 * an empty answer. The bot writes incidents this way (from an alert) so that the engine reads them
 * as it reads any other declaration (form-answers.ts).
 */

/** The body GitHub writes for `answers`, every field of the form present. */
function formSubmission(answers) {
    return form_fields/* FORM_FIELDS */.p.map(({ id, label }) => {
        const answer = answers[id]?.trim() ?? '';
        return `### ${label}\n\n${answer === '' ? '_No response_' : answer}`;
    }).join('\n\n');
}

// EXTERNAL MODULE: ./dist/src/render/escape.js
var render_escape = __webpack_require__(59);
// EXTERNAL MODULE: ./dist/src/render/truncate.js
var truncate = __webpack_require__(2162);
;// CONCATENATED MODULE: ./dist/src/alerts/alert-lines.js
/** How many alerts a body or note lists; the rest are counted. */
const LISTED = 20;
function line(alert) {
    const names = Object.keys(alert.labels)
        .filter((name) => name !== 'alertname')
        .sort();
    return {
        status: alert.status,
        name: alert.labels.alertname ?? null,
        labels: names.map((name) => `${name}=${alert.labels[name] ?? ''}`),
        summary: alert.annotations.summary ?? alert.annotations.description ?? null,
        url: alert.generatorURL,
    };
}
/** The alerts to list, firing first, and how many are left out (those the sender truncated too). */
function alertLines(notification) {
    const ordered = [...notification.alerts.filter((alert) => alert.status === 'firing'), ...notification.alerts.filter((alert) => alert.status !== 'firing')];
    return { alerts: ordered.slice(0, LISTED).map(line), more: Math.max(0, ordered.length - LISTED) + notification.truncatedAlerts };
}

;// CONCATENATED MODULE: ./dist/src/alerts/alert-incident.js







/** GitHub's longest issue title, in characters. */
const MAX_TITLE = 256;
/** How many services the form's services answer names. */
const MAX_SERVICES = 10;
/** The sender's name as people write it. */
function sourceName(source) {
    return source === 'alertmanager' ? 'Alertmanager' : 'Grafana';
}
function oneLine(text) {
    // eslint-disable-next-line no-control-regex -- control characters have no place in a title
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, ' ').replace(/\s+/gu, ' ').trim();
}
function pairs(labels, except = []) {
    return Object.keys(labels)
        .filter((name) => !except.includes(name))
        .sort()
        .map((name) => `${name}=${labels[name] ?? ''}`)
        .join(', ');
}
/** `[Alert] HighLatency (service=checkout)`: the alert name and the rest of the group's labels. */
function title(notification, group) {
    const name = group.alertname ?? notification.commonLabels.alertname ?? null;
    const rest = pairs(group, ['alertname']);
    const what = name === null ? rest || notification.receiver || 'alert group' : rest === '' ? name : `${name} (${rest})`;
    const full = oneLine(`[Alert] ${what}`);
    const points = Array.from(full);
    return points.length <= MAX_TITLE ? full : `${points.slice(0, MAX_TITLE - 1).join('')}…`;
}
/** The distinct `service` labels of the alerts, in order. */
function services(notification) {
    const named = notification.alerts.flatMap((alert) => (alert.labels.service === undefined ? [] : [oneLine(alert.labels.service)]));
    return [...new Set(named.filter((service) => service !== ''))]
        .slice(0, MAX_SERVICES)
        .map((service) => (0,render_escape/* escapeMarkdownInline */.E4)(service.replace(/[,;]/gu, ' ')))
        .join(', ');
}
/** The earliest start of a firing alert, as the form's start time is written (`2026-11-27 03:12 UTC`). */
function started(notification) {
    const times = notification.alerts
        .filter((alert) => alert.status === 'firing' && alert.startsAt !== null)
        .map((alert) => Date.parse(alert.startsAt ?? ''))
        .filter((time) => Number.isFinite(time) && time > 0);
    if (times.length === 0)
        return '';
    return `${new Date(Math.min(...times)).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/**
 * The form's summary: a sentence of ours, the group's common summary, and the alerts as a fenced
 * code block. Inside a fence nothing from the alert can mention, link or format, and the card, which
 * escapes the summary again as untrusted text, keeps a fence as it is, so both read the same.
 */
function summary(notification, group) {
    const from = `Opened from ${sourceName(notification.source)}${notification.receiver === '' ? '' : ` (receiver ${(0,render_escape/* escapeMarkdownInline */.E4)(notification.receiver)})`}.`;
    const groupLine = Object.keys(group).length === 0 ? 'Alert group: every alert of the receiver.' : `Alert group: ${(0,render_escape/* escapeMarkdownInline */.E4)(pairs(group))}.`;
    const common = notification.commonAnnotations.summary ?? notification.commonAnnotations.description;
    const { alerts, more } = alertLines(notification);
    const lines = alerts.flatMap((alert) => [
        `[${alert.status}] ${[alert.name ?? 'alert', ...alert.labels].join(' ')}`,
        ...(alert.summary === null ? [] : [`  ${oneLine(alert.summary)}`]),
        ...(alert.url === null ? [] : [`  ${alert.url}`]),
    ]);
    return [
        `${from} ${groupLine}`,
        ...(common === undefined ? [] : [(0,render_escape/* escapeMarkdownInline */.E4)(common)]),
        (0,render_escape/* codeBlock */.DV)([...lines, ...(more > 0 ? [`... and ${more} more`] : [])].join('\n'), 'text'),
        ...(notification.externalURL === null ? [] : [`Source: ${(0,render_escape/* escapeMarkdownInline */.E4)(notification.externalURL)}`]),
    ].join('\n\n');
}
/** The issue that opens an incident for `notification`, whose group has `key`, in workflow run `run`. */
function alertIncident(notification, group, mapping, record, set) {
    const scenario = mapping.scenario === null ? form_fields/* OTHER_SCENARIO */.u : ((0,form_options/* scenarioOptions */.f)(set).find((option) => option.scenario.id === mapping.scenario?.id)?.option ?? form_fields/* OTHER_SCENARIO */.u);
    const form = formSubmission({
        severity: (0,form_options/* severityOption */.j)(mapping.severity),
        scenario,
        services: services(notification),
        summary: summary(notification, group),
        started: started(notification),
    });
    return { title: title(notification, group), body: (0,truncate/* truncateBody */.N)(`${(0,records/* formatAlertIncidentLine */.U1)(record)}\n\n${form}\n`), labels: [set.incidentLabel] };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./dist/src/alerts/dedup-key.js
/**
 * The key that makes repeats of one alert group land on one incident: a hash of the group's labels,
 * sorted, so the order a sender writes them in does not matter. Alertmanager groups by `groupLabels`
 * (empty when a route groups everything together, which is then one group); Grafana's `groupLabels`
 * is often empty, so there the labels every alert shares (`commonLabels`) stand in when it is. Pure.
 */

/** The labels that identify the notification's group. */
function groupIdentity(notification) {
    const empty = Object.keys(notification.groupLabels).length === 0;
    return notification.source === 'grafana' && empty ? notification.commonLabels : notification.groupLabels;
}
/** 16 hex digits (64 bits of SHA-256) over the sorted label pairs of `labels`. */
function dedupKey(labels) {
    const pairs = Object.keys(labels)
        .sort()
        .map((name) => [name, labels[name] ?? '']);
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(pairs)).digest('hex').slice(0, 16);
}

;// CONCATENATED MODULE: ./dist/src/alerts/label-pattern.js
/**
 * The label patterns of the playbooks' alert rules: the whole value must match, and `*` stands for
 * any run of characters (possibly none). No regular expressions: values come from whoever can send a
 * dispatch, and a pattern is matched by finding its literal parts in order, in time linear in the
 * value for each part. Pure.
 */
/** Whether `value` matches `pattern`. */
function matchesPattern(pattern, value) {
    const parts = pattern.split('*');
    if (parts.length === 1)
        return pattern === value;
    const first = parts[0] ?? '';
    const last = parts[parts.length - 1] ?? '';
    if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last))
        return false;
    let at = first.length;
    const end = value.length - last.length;
    for (const part of parts.slice(1, -1)) {
        const found = value.indexOf(part, at);
        if (found === -1 || found + part.length > end)
            return false;
        at = found + part.length;
    }
    return true;
}

;// CONCATENATED MODULE: ./dist/src/alerts/map-alert.js

function matches(rule, labels) {
    return Object.entries(rule.match).every(([name, pattern]) => Object.hasOwn(labels, name) && matchesPattern(pattern, labels[name] ?? ''));
}
/** The severity and scenario for `notification` under `settings`. */
function mapAlert(notification, settings) {
    const firing = notification.alerts.filter((alert) => alert.status === 'firing');
    const considered = firing.length > 0 ? firing : notification.alerts;
    const matching = settings.rules.filter((rule) => considered.some((alert) => matches(rule, alert.labels)));
    const severities = matching.flatMap((rule) => (rule.severity === null ? [] : [rule.severity]));
    const severity = severities.reduce((worst, candidate) => (candidate.level < worst.level ? candidate : worst), severities[0] ?? settings.defaultSeverity);
    return { severity, scenario: matching.find((rule) => rule.scenario !== null)?.scenario ?? null };
}

;// CONCATENATED MODULE: ./dist/src/alerts/plan-alert.js





/** The plan for `notification`, sent in workflow run `run` at `now`, among the bot's alert incidents `found`. */
function planAlert(notification, found, set, run, now) {
    const settings = set.alerts;
    if (settings === undefined)
        throw new Error('planAlert needs playbooks with an alerts section');
    const group = groupIdentity(notification);
    const key = dedupKey(group);
    const ours = found.filter((incident) => incident.record.key === key);
    const open = ours.filter((incident) => incident.state === 'open').sort((a, b) => a.number - b.number)[0];
    const since = (0,time/* addMinutes */.z5)(now.toISOString(), -settings.reopenWithinMinutes);
    const recent = ours
        .filter((incident) => incident.state === 'closed' && incident.closedAt !== null && !(0,time/* isBefore */.Y8)(incident.closedAt, since))
        .sort((a, b) => Date.parse(b.closedAt ?? '') - Date.parse(a.closedAt ?? ''))[0];
    const target = open ?? recent;
    if (target === undefined) {
        if (notification.status === 'resolved')
            return { kind: 'none', key, incident: null, reason: 'the alert group resolved, and no incident of it is open' };
        return { kind: 'open', key, draft: alertIncident(notification, group, mapAlert(notification, settings), { key, run }, set) };
    }
    if (target.record.run === run)
        return { kind: 'none', key, incident: target.number, reason: `this run opened #${target.number} for the alert group` };
    if (target.state === 'closed' && notification.status === 'resolved')
        return { kind: 'none', key, incident: target.number, reason: `the alert group resolved, and #${target.number} is resolved already` };
    const outcome = target.state === 'closed' ? 'reopens' : notification.status === 'resolved' && settings.resolve ? 'resolves' : 'noted';
    const { alerts, more } = alertLines(notification);
    return {
        kind: 'note',
        key,
        incident: target.number,
        message: { source: sourceName(notification.source), status: notification.status, outcome, alerts, more, link: notification.externalURL },
    };
}

// EXTERNAL MODULE: ./dist/src/render/handlebars.js + 2 modules
var handlebars = __webpack_require__(9043);
;// CONCATENATED MODULE: ./dist/src/render/alert-note.js



/** The note's body, starting with the hidden line of `marker`. */
function renderAlertNote(marker, message) {
    return (0,truncate/* truncateBody */.N)(`${(0,records/* formatRecordLine */.zH)(marker)}\n${(0,handlebars/* renderTemplate */.X)('alert-note', message).trim()}\n`);
}

// EXTERNAL MODULE: ./dist/src/github/http-status.js
var http_status = __webpack_require__(9380);
// EXTERNAL MODULE: ./dist/src/github/octokit.js + 24 modules
var github_octokit = __webpack_require__(5766);
;// CONCATENATED MODULE: ./dist/src/github/alert-incidents.js




function alert_incidents_alertIncident(issue, botLogin) {
    if (issue.pull_request !== undefined || issue.user?.login !== botLogin)
        return [];
    // Stryker disable next-line StringLiteral: any text without a record line parses to null, as an empty body does
    const record = (0,records/* parseAlertIncidentLine */.os)(issue.body ?? '');
    if (record === null)
        return [];
    return [{ number: issue.number, state: issue.state === 'closed' ? 'closed' : 'open', closedAt: issue.closed_at ?? null, record }];
}
/** The bot's alert incidents that are open, or were closed at `closedSince` or later. */
async function findAlertIncidents({ octokit, repo, incidentLabel, botLogin }, closedSince) {
    const where = { owner: repo.owner, repo: repo.repo, labels: incidentLabel, creator: botLogin, per_page: 100 };
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, { ...where, state: 'open' });
    // Stryker disable next-line Regex: an ISO timestamp has its fraction only right before the final Z
    const closed = await octokit.paginate(octokit.rest.issues.listForRepo, { ...where, state: 'closed', since: closedSince.replace(/\.\d+Z$/u, 'Z') });
    return [...open, ...closed].flatMap((issue) => alert_incidents_alertIncident(issue, botLogin));
}
/** How many times the incident is opened before its 5xx is final (as the retry plugin: once, then three retries). */
const CREATE_ATTEMPTS = 4;
/**
 * Opens the incident for `draft` and returns its number. The retry plugin would repeat a POST that
 * failed with a 5xx blindly, although GitHub may have written the issue before failing; so every
 * attempt is made without it, and after a failure the open incidents are listed again: one whose
 * record names this key and run is the one this run opened.
 */
async function openAlertIncident(where, draft, record) {
    const { octokit, repo, log } = where;
    for (let attempt = 1;; attempt += 1) {
        try {
            const { data } = await octokit.rest.issues.create({ owner: repo.owner, repo: repo.repo, title: draft.title, body: draft.body, labels: draft.labels, request: { retries: 0 } });
            return data.number;
        }
        catch (error) {
            const failed = (0,http_status/* requestError */.U)(error);
            if (failed === undefined || failed.status < 500 || attempt >= CREATE_ATTEMPTS)
                throw error;
            log.warning(`Opening the incident for the alert failed (${failed.message}); checking whether it was opened before retrying.`);
            await (0,github_octokit/* backOff */.fu)(octokit, attempt);
            const opened = (await findAlertIncidents(where, new Date(0).toISOString())).find((incident) => incident.state === 'open' && incident.record.key === record.key && incident.record.run === record.run);
            if (opened !== undefined)
                return opened.number;
        }
    }
}

// EXTERNAL MODULE: ./dist/src/github/appliers/post-once.js
var post_once = __webpack_require__(5398);
// EXTERNAL MODULE: ./dist/src/github/incident-source.js
var incident_source = __webpack_require__(5049);
// EXTERNAL MODULE: ./dist/src/github/run-incidents.js + 4 modules
var run_incidents = __webpack_require__(8295);
;// CONCATENATED MODULE: ./dist/src/github/run-alert.js
/**
 * A run for an alert (a `repository_dispatch` of type `alert`): read the notification, find the
 * incident of its group, open one or note the notification on it, then reconcile that incident with
 * the same engine as any other run. Issues opened with `GITHUB_TOKEN` start no workflow, so the run
 * that opens the incident also declares and pages it, by reconciling it at once.
 *
 * A notification that is not what Alertmanager or Grafana send, or playbooks without an alerts
 * section, stop the run before anything is written ({@link AlertRefused}).
 */








/** The alert was refused: its message says what is wrong and how to fix it; nothing was written. */
class AlertRefused extends Error {
}
/** Handles the alert in `clientPayload`; throws {@link AlertRefused} when it cannot be taken. */
async function runAlert(deps, options, clientPayload) {
    const parsed = parseAlertPayload(clientPayload);
    if (!parsed.ok)
        throw new AlertRefused(`The alert was refused and nothing was written: ${parsed.error}. The README's Alerts section shows the payload Alertmanager and Grafana must send.`);
    const { set } = options;
    const settings = set.alerts;
    if (settings === undefined) {
        throw new AlertRefused('The alert was refused and nothing was written: the playbooks have no alerts section. Add `alerts:` with a default_severity to the settings document (see the README, Alerts).');
    }
    const { notification } = parsed;
    const now = deps.now();
    const where = { octokit: deps.octokit, repo: options.repo, incidentLabel: set.incidentLabel, botLogin: options.botLogin, log: deps.log };
    const found = await findAlertIncidents(where, (0,time/* addMinutes */.z5)(now.toISOString(), -settings.reopenWithinMinutes));
    const plan = planAlert(notification, found, set, options.runId, now);
    deps.log.info(`Alert from ${notification.source} (${notification.status}, ${notification.alerts.length} alerts), group key ${plan.key}.`);
    let incident;
    let action;
    switch (plan.kind) {
        case 'none':
            incident = plan.incident;
            action = `nothing to add: ${plan.reason}`;
            break;
        case 'open':
            if (options.dryRun)
                return { action: `would open an incident: ${plan.draft.title}`, incident: null, outcomes: [] };
            incident = await openAlertIncident(where, plan.draft, { key: plan.key, run: options.runId });
            action = `opened #${incident} for the alert group`;
            break;
        case 'note': {
            incident = plan.incident;
            const marker = { kind: 'alert', run: options.runId, status: plan.message.status, source: notification.source };
            const body = renderAlertNote(marker, plan.message);
            if (options.dryRun) {
                action = `#${incident}: would note the alert (${plan.message.status}, ${plan.message.outcome})`;
                deps.log.info(`Would post on #${incident}:\n${body}`);
                break;
            }
            // Read from the start of the thread: a rerun's note may be anywhere in it.
            const context = { octokit: deps.octokit, issue: { ...options.repo, number: incident }, botLogin: options.botLogin, log: deps.log, readUpTo: new Date(0).toISOString() };
            const posted = await (0,post_once/* postOnce */.y)(context, marker, body);
            action = `#${incident}: ${posted ? 'noted' : 'already noted (this run ran before)'} the alert (${plan.message.status}, ${plan.message.outcome})`;
            break;
        }
    }
    deps.log.info(`Alert: ${action}.`);
    if (incident === null)
        return { action, incident, outcomes: [] };
    const outcomes = await (0,run_incidents/* runIncidents */.R)(deps, options, (0,incident_source/* issueSource */.FO)(options.reader, incident));
    return { action, incident, outcomes };
}

// EXTERNAL MODULE: ./dist/action/inputs.js
var action_inputs = __webpack_require__(9382);
// EXTERNAL MODULE: ./dist/action/reconcile-run.js + 2 modules
var reconcile_run = __webpack_require__(2667);
// EXTERNAL MODULE: ./dist/action/summary.js
var action_summary = __webpack_require__(4639);
// EXTERNAL MODULE: ./dist/action/workflow-commands.js
var workflow_commands = __webpack_require__(3257);
;// CONCATENATED MODULE: ./dist/action/alert-run.js
/**
 * The Action for an alert (a `repository_dispatch` of type `alert`): load the playbooks, open or
 * update the incident of the alert's group and reconcile it (src/github/run-alert.ts), and report in
 * the log, the outputs and the job summary. A refused alert fails the step with the reason, written
 * to the summary too, and nothing written to GitHub.
 */








async function summarize(what, result, dryRun) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (path)
        await (0,action_summary/* writeAlertSummary */.cG)(path, what, result?.outcomes ?? [], dryRun);
    else
        (0,workflow_commands/* info */.pq)('GITHUB_STEP_SUMMARY is not set, so no job summary was written.');
}
/** Handles the alert; throws what should fail the step. */
async function alertRun({ inputs, clientPayload, octokit, log }) {
    if (inputs.runId === null)
        throw new action_inputs/* InputError */.d('GITHUB_RUN_ID is not set: run this action inside a GitHub Actions workflow (a rerun must be told from a new alert).');
    const set = await (0,reconcile_run/* loadSet */.jo)(inputs.playbooksDir, inputs.playbooksInput);
    const repo = { owner: inputs.owner, repo: inputs.repo };
    const reader = { octokit, repo, botLogin: inputs.botLogin, log, playbookRef: { sha: inputs.sha, path: inputs.playbooksInput, serverUrl: inputs.serverUrl } };
    let result;
    try {
        result = await runAlert({ octokit, log, now: () => new Date(), appliers: inputs.dryRun ? dry_run/* dryRunAppliers */.J : github/* githubAppliers */.O, sinks: (0,reconcile_run/* sinkDeps */.Cy)(process.env) }, {
            repo,
            botLogin: inputs.botLogin,
            set,
            render: async () => (await __webpack_require__.e(/* import() */ 188).then(__webpack_require__.bind(__webpack_require__, 7807))).createCommentRenderer(),
            maxRequests: inputs.maxRequests,
            ...(inputs.playbooksDir === null ? {} : { playbooksAt: (0,reconcile_run/* pinnedPlaybooks */.Z8)(octokit, inputs) }),
            runId: inputs.runId,
            reader,
            dryRun: inputs.dryRun,
        }, clientPayload);
    }
    catch (error) {
        if (error instanceof AlertRefused)
            await summarize(error.message, null, inputs.dryRun);
        throw error;
    }
    for (const outcome of result.outcomes)
        (0,reconcile_run/* logOutcome */.fW)(outcome);
    // An incident the alert opened or reopened has deadlines: the sweep must be on to keep them.
    let sweepFailure = null;
    if (result.incident !== null) {
        try {
            const kept = await (0,reconcile_run/* keepSweepOf */.Tj)({ inputs, target: { type: 'issue', number: result.incident }, octokit, log }, set, result.outcomes, false);
            if (kept !== undefined && kept.done !== null)
                (0,workflow_commands/* info */.pq)(`Sweep: ${kept.done}.`);
        }
        catch (error) {
            sweepFailure = new Error(`Turning the sweep workflow on or off failed (the next run tries again): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            log.warning(sweepFailure.message);
        }
    }
    (0,reconcile_run/* setOutputs */.n0)(result.outcomes);
    await summarize(`Alert: ${result.action}.`, result, inputs.dryRun);
    const failure = (0,run_incidents/* runFailure */.A)(result.outcomes) ?? sweepFailure;
    if (failure !== null)
        throw failure;
}


/***/ })

};
