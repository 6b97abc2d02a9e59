export const id = 655;
export const ids = [655];
export const modules = {

/***/ 7655:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reconcileRun: () => (/* binding */ reconcileRun)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./dist/src/config/format-diagnostics.js
var format_diagnostics = __webpack_require__(6336);
// EXTERNAL MODULE: ./dist/src/config/load-playbooks.js
var load_playbooks = __webpack_require__(1979);
// EXTERNAL MODULE: ./dist/src/engine/records.js
var records = __webpack_require__(9262);
;// CONCATENATED MODULE: ./dist/src/engine/describe.js

/** What `effect` does, in words. */
function describeEffect(effect) {
    switch (effect.kind) {
        case 'add-labels':
            return `add labels ${effect.labels.join(', ')}`;
        case 'remove-label':
            return `remove label ${effect.label}`;
        case 'add-assignees':
            return `assign ${effect.assignees.join(', ')}`;
        case 'close-issue':
            return 'close the issue (resolved)';
        case 'reopen-issue':
            return 'reopen the issue';
        case 'comment':
            return `comment ${(0,records/* markerKey */.s8)(effect.marker)}`;
        case 'card':
            return 'update the incident card';
        case 'deliver':
            return `deliver ${effect.delivery.what} to ${effect.delivery.sink.name}${effect.delivery.action === 'message' ? '' : ` (${effect.delivery.action})`}`;
    }
}

;// CONCATENATED MODULE: ./dist/src/sinks/text-limits.js
/** Cutting text to a service's limits without splitting a character, preferring line and word breaks. */
/** `text` cut to at most `max` UTF-16 code units, never inside a surrogate pair, ending in `…` when cut. */
function cutText(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1)))
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/**
 * `text` in pieces of at most `max` UTF-16 code units, each ending at the last line break (else
 * space) of its window when there is one in its second half, never inside a surrogate pair.
 */
function splitText(text, max) {
    const pieces = [];
    let rest = text;
    while (rest.length > max) {
        const window = rest.slice(0, max);
        const newline = window.lastIndexOf('\n');
        const space = window.lastIndexOf(' ');
        let end = newline >= max / 2 ? newline + 1 : space >= max / 2 ? space + 1 : max;
        if (end === max && /[\uD800-\uDBFF]/.test(rest.charAt(end - 1)))
            end -= 1;
        pieces.push(rest.slice(0, end));
        rest = rest.slice(end);
    }
    if (rest.length > 0 || pieces.length === 0)
        pieces.push(rest);
    return pieces;
}

;// CONCATENATED MODULE: ./dist/src/sinks/pagerduty-event.js

/** PagerDuty's limits (Events API v2). */
const PAGERDUTY_LIMITS = { summary: 1024, dedupKey: 255 };
/** The PagerDuty severity of a playbook severity level: 1 critical, 2 error, 3 warning, else info. */
function pagerDutySeverity(severity) {
    const level = severity?.level ?? 1;
    return level <= 1 ? 'critical' : level === 2 ? 'error' : level === 3 ? 'warning' : 'info';
}
/** The event's JSON body for `routingKey`. */
function pagerDutyEvent(delivery, routingKey) {
    const { notification } = delivery;
    const base = { routing_key: routingKey, event_action: delivery.action === 'message' ? 'trigger' : delivery.action, dedup_key: cutText(delivery.dedupKey, PAGERDUTY_LIMITS.dedupKey) };
    if (base.event_action !== 'trigger')
        return base;
    const { incident } = notification;
    const severity = notification.severity === null ? '' : `${notification.severity.label.toUpperCase()} `;
    return {
        ...base,
        payload: {
            summary: cutText(`${severity}#${incident.number} ${incident.title}: ${notification.headline}`, PAGERDUTY_LIMITS.summary),
            source: incident.repo,
            severity: pagerDutySeverity(notification.severity),
            timestamp: notification.at,
            class: 'incident',
            custom_details: { incident: incident.url, detail: notification.detail },
        },
        client: 'playbook-ops',
        client_url: incident.url,
        links: [{ href: incident.url, text: `${incident.repo}#${incident.number} on GitHub` }],
    };
}
/** The request to the sink's Events API endpoint with `routingKey` (the secret). */
function pagerDutyRequest(delivery, routingKey) {
    if (delivery.sink.url === null)
        throw new Error(`the PagerDuty sink ${delivery.sink.name} has no endpoint`);
    return { url: delivery.sink.url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(pagerDutyEvent(delivery, routingKey)) };
}

;// CONCATENATED MODULE: ./dist/src/sinks/slack-message.js

/** Slack's limits for a message (Block Kit reference). */
const SLACK_LIMITS = { sectionText: 3000, blocks: 50, headerText: 150, fallbackText: 40_000 };
/** `text` safe in Slack's mrkdwn: its three control characters escaped. */
function escapeSlack(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const ICONS = { page: ':rotating_light:', acknowledge: ':eyes:', update: ':memo:', resolve: ':white_check_mark:' };
function title(notification) {
    const severity = notification.severity === null ? '' : `${notification.severity.label.toUpperCase()} `;
    return `${severity}#${notification.incident.number} ${notification.incident.title}`;
}
/** The sections of `text` (already escaped): at most `room` of them, each within Slack's limit. */
function sections(text, room) {
    const note = '\n… (cut: the full text is on the issue)';
    let pieces = splitText(text, SLACK_LIMITS.sectionText);
    if (pieces.length > room) {
        pieces = pieces.slice(0, room);
        pieces[room - 1] = `${cutText(pieces[room - 1] ?? '', SLACK_LIMITS.sectionText - note.length)}${note}`;
    }
    return pieces.map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: piece } }));
}
/** The message's JSON body. */
function slackMessage(notification) {
    const { incident } = notification;
    const header = { type: 'header', text: { type: 'plain_text', text: cutText(title(notification), SLACK_LIMITS.headerText), emoji: true } };
    const headline = `${ICONS[notification.event]} *${escapeSlack(notification.headline)}*`;
    const link = `<${escapeSlack(incident.url)}|${escapeSlack(`${incident.repo}#${incident.number}`)}> · playbook-ops`;
    const context = { type: 'context', elements: [{ type: 'mrkdwn', text: link }] };
    const body = notification.detail === null ? headline : `${headline}\n${escapeSlack(notification.detail)}`;
    const blocks = [header, ...sections(body, SLACK_LIMITS.blocks - 2), context];
    return { text: cutText(`${title(notification)}: ${notification.headline}`, SLACK_LIMITS.sectionText), blocks };
}
/** The request to the incoming webhook `url` (the secret). */
function slackRequest(delivery, url) {
    return { url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(slackMessage(delivery.notification)) };
}

;// CONCATENATED MODULE: ./dist/src/sinks/teams-card.js

/** The most detail a card carries, in characters: room for the rest of the card under Teams' 28 KB. */
const TEAMS_DETAIL_LIMIT = 20_000;
/** The Adaptive Card of `notification`. */
function adaptiveCard(notification) {
    const { incident } = notification;
    const severity = notification.severity === null ? '' : `${notification.severity.label.toUpperCase()} `;
    const body = [
        { type: 'TextBlock', text: `${severity}#${incident.number} ${incident.title}`, weight: 'Bolder', size: 'Medium', wrap: true },
        { type: 'TextBlock', text: notification.headline, wrap: true },
    ];
    if (notification.detail !== null)
        body.push({ type: 'TextBlock', text: cutText(notification.detail, TEAMS_DETAIL_LIMIT), wrap: true });
    return {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.4',
        body,
        actions: [{ type: 'Action.OpenUrl', title: `Open ${incident.repo}#${incident.number}`, url: incident.url }],
    };
}
/** The request to the Workflows webhook `url` (the secret). */
function teamsRequest(delivery, url) {
    const message = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: adaptiveCard(delivery.notification) }] };
    return { url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./dist/src/sinks/webhook-payload.js
/**
 * A generic JSON webhook, signed as GitHub signs its webhooks: `X-Hub-Signature-256: sha256=<hex>`,
 * the HMAC-SHA256 of the raw body with the secret. The body carries the time it was sent
 * (`timestamp`, also in `X-Playbook-Ops-Timestamp`), so a receiver can refuse replays, and the
 * delivery's key (`X-Playbook-Ops-Delivery`), the same on every retry, so it can drop repeats.
 */

/** The signature header's value for `body` signed with `secret`. */
function webhookSignature(secret, body) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
/** The request to the sink's url, signed with `secret` (null: a dry run, the signature masked). */
function webhookRequest(delivery, secret, now) {
    if (delivery.sink.url === null)
        throw new Error(`the webhook sink ${delivery.sink.name} has no url`);
    const timestamp = Math.floor(now.getTime() / 1000);
    const { notification } = delivery;
    const body = JSON.stringify({
        event: notification.event,
        delivery: delivery.key,
        timestamp,
        dedup_key: delivery.dedupKey,
        incident: notification.incident,
        severity: notification.severity,
        headline: notification.headline,
        detail: notification.detail,
        by: notification.by,
        at: notification.at,
    });
    return {
        url: delivery.sink.url,
        headers: {
            'content-type': 'application/json',
            'user-agent': 'playbook-ops',
            'x-playbook-ops-event': notification.event,
            'x-playbook-ops-delivery': delivery.key,
            'x-playbook-ops-timestamp': String(timestamp),
            'x-hub-signature-256': secret === null ? `sha256=***${delivery.sink.secret}***` : webhookSignature(secret, body),
        },
        body,
    };
}

;// CONCATENATED MODULE: ./dist/src/sinks/sink-request.js




/** What stands for a secret in a dry run's output. */
function maskedSecret(name) {
    return `***${name}***`;
}
/** The request for `delivery`; `secret` is the secret's value, or null to mask it. `now` stamps webhook deliveries. */
function sinkRequest(delivery, secret, now) {
    const shown = secret ?? maskedSecret(delivery.sink.secret);
    switch (delivery.sink.type) {
        case 'slack':
            return slackRequest(delivery, shown);
        case 'teams':
            return teamsRequest(delivery, shown);
        case 'pagerduty':
            return pagerDutyRequest(delivery, shown);
        case 'webhook':
            return webhookRequest(delivery, secret, now);
    }
}

;// CONCATENATED MODULE: ./dist/src/github/appliers/dry-run.js
/** The appliers of a dry run: each reports what it would do and changes nothing. */


const plan = (effect) => Promise.resolve(`would ${describeEffect(effect)}`);
/** The request a delivery would send, its secret masked (`***NAME***`): what a reviewer of the dry run needs to see. */
const planDelivery = (effect) => {
    const request = sinkRequest(effect.delivery, null, new Date(effect.delivery.notification.at));
    return Promise.resolve(`would ${describeEffect(effect)}: POST ${request.url} ${request.body}`);
};
/** Every effect, planned only. */
const dryRunAppliers = {
    'add-labels': plan,
    'remove-label': plan,
    'add-assignees': plan,
    'close-issue': plan,
    'reopen-issue': plan,
    comment: plan,
    card: plan,
    deliver: planDelivery,
};

;// CONCATENATED MODULE: ./dist/src/github/appliers/add-assignees.js

/** Assigns people to the issue. */
const addAssignees = async (effect, { octokit, issue }) => {
    await octokit.rest.issues.addAssignees({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, assignees: effect.assignees });
    return describeEffect(effect);
};

;// CONCATENATED MODULE: ./dist/src/github/appliers/add-labels.js

/** Adds labels (GitHub creates labels that do not exist yet). */
const addLabels = async (effect, { octokit, issue }) => {
    await octokit.rest.issues.addLabels({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, labels: effect.labels });
    return describeEffect(effect);
};

// EXTERNAL MODULE: ./dist/src/engine/card-effect.js
var card_effect = __webpack_require__(688);
// EXTERNAL MODULE: ./dist/src/engine/deliveries.js
var engine_deliveries = __webpack_require__(4290);
// EXTERNAL MODULE: ./dist/src/github/appliers/post-once.js
var post_once = __webpack_require__(5398);
;// CONCATENATED MODULE: ./dist/src/github/appliers/card.js




/** The card as planned, with how this run's deliveries ended (they went before it) shown and recorded. */
function settled(effect, context) {
    const deliveries = effect.card.deliveries;
    const outcomes = context.sinks?.outcomes;
    if (deliveries === undefined || outcomes === undefined || outcomes.size === 0)
        return effect;
    const card = { ...effect.card, deliveries: (0,engine_deliveries/* settleDeliveries */.c_)(deliveries, outcomes) };
    return { ...effect, card, record: (0,card_effect/* cardRecord */.e)(card, effect.record.due) };
}
/** Posts the incident card, or rewrites the one the engine chose. */
const card = async (planned, context) => {
    const effect = settled(planned, context);
    const body = context.render.card(effect.card, effect.record);
    const { octokit, issue } = context;
    if (effect.commentId === null) {
        const posted = await (0,post_once/* postOnce */.y)(context, { kind: 'card' }, body);
        return posted ? describeEffect(effect) : `${describeEffect(effect)}: already posted by another run`;
    }
    await octokit.rest.issues.updateComment({ owner: issue.owner, repo: issue.repo, comment_id: effect.commentId, body });
    return describeEffect(effect);
};

;// CONCATENATED MODULE: ./dist/src/github/appliers/close-issue.js

/** Closes the issue of a resolved incident as completed. */
const closeIssue = async (effect, { octokit, issue }) => {
    await octokit.rest.issues.update({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    return describeEffect(effect);
};

;// CONCATENATED MODULE: ./dist/src/github/appliers/comment.js


/** Posts a marked comment, once per incident and marker, ever. */
const comment = async (effect, context) => {
    const posted = await (0,post_once/* postOnce */.y)(context, effect.marker, context.render.comment(effect.marker, effect.message));
    return posted ? describeEffect(effect) : `${describeEffect(effect)}: already posted by another run`;
};

;// CONCATENATED MODULE: ./dist/src/sinks/send-delivery.js

/** Attempts in one run before the delivery is left for the next run. */
const SEND_ATTEMPTS = 3;
/** Longest wait a `Retry-After` may ask for inside one run; a longer one leaves it for the next run. */
const MAX_WAIT_MS = 30_000;
/** How long one request may take. */
const TIMEOUT_MS = 10_000;
/** The wait before attempt `attempt + 1`: the service's `Retry-After` (seconds) when it gives one, else 1 s, 2 s, … */
function waitFor(attempt, retryAfter) {
    const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000 * 2 ** (attempt - 1);
}
function retryable(status) {
    return status === 429 || status >= 500;
}
/** Sends `delivery`; resolves to how it ended, with a short reason (`503`, `timeout`, `no-secret`) when it failed. */
async function sendDelivery(delivery, deps) {
    const secret = deps.secret(delivery.sink.secret);
    if (secret === undefined || secret === '') {
        return { outcome: { ok: false, reason: 'no-secret' }, detail: `the secret ${delivery.sink.secret} is not set: pass it to the step as env ${delivery.sink.secret}: \${{ secrets.${delivery.sink.secret} }}` };
    }
    for (let attempt = 1;; attempt += 1) {
        const request = sinkRequest(delivery, secret, deps.now());
        let status = null;
        let reason;
        let retryAfter = null;
        try {
            const response = await deps.fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, signal: AbortSignal.timeout(TIMEOUT_MS) });
            status = response.status;
            retryAfter = response.headers.get('retry-after');
            const text = (await response.text()).slice(0, 200);
            if (response.ok)
                return { outcome: { ok: true, at: deps.now().toISOString() }, detail: `${status}` };
            reason = String(status);
            if (!retryable(status))
                return { outcome: { ok: false, reason }, detail: `${status} ${text}` };
        }
        catch (error) {
            reason = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network';
        }
        const wait = waitFor(attempt, retryAfter);
        if (attempt >= SEND_ATTEMPTS || wait > MAX_WAIT_MS)
            return { outcome: { ok: false, reason }, detail: status === null ? reason : `${status} after ${attempt} attempts` };
        await deps.sleep(wait);
    }
}

;// CONCATENATED MODULE: ./dist/src/github/appliers/deliver.js



/**
 * Sends a notification to a sink outside GitHub. It never throws: a sink that fails must not stop
 * the incident on GitHub; the outcome waits in the context for the card, which records it.
 */
const deliver = async (effect, context) => {
    const { delivery } = effect;
    const sinks = context.sinks;
    const { outcome, detail } = sinks === undefined ? { outcome: { ok: false, reason: 'no-sender' }, detail: 'this run has no way to send to sinks' } : await sendDelivery(delivery, sinks.deps);
    sinks?.outcomes.set(delivery.key, outcome);
    if (outcome.ok)
        return describeEffect(effect);
    const retry = delivery.failedRuns + 1 < engine_deliveries/* MAX_DELIVERY_RUNS */.nj ? 'the next run retries it' : 'giving up';
    context.log.warning(`#${context.issue.number}: could not ${describeEffect(effect)}: ${detail}; ${retry}.`);
    return `${describeEffect(effect)}: failed (${outcome.reason})`;
};

// EXTERNAL MODULE: ./dist/src/github/http-status.js
var http_status = __webpack_require__(9380);
;// CONCATENATED MODULE: ./dist/src/github/appliers/remove-label.js


/** Removes a label; one already gone (404: someone removed it since the run read the issue) is done. */
const removeLabel = async (effect, { octokit, issue }) => {
    try {
        await octokit.rest.issues.removeLabel({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, name: effect.label });
    }
    catch (error) {
        if ((0,http_status/* httpStatus */.n)(error) !== 404)
            throw error;
    }
    return describeEffect(effect);
};

;// CONCATENATED MODULE: ./dist/src/github/appliers/reopen-issue.js

/** Reopens the issue of an incident that is not resolved. */
const reopenIssue = async (effect, { octokit, issue }) => {
    await octokit.rest.issues.update({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, state: 'open' });
    return describeEffect(effect);
};

;// CONCATENATED MODULE: ./dist/src/github/appliers/github.js
/** The appliers that change GitHub. */








/** Every effect applied to GitHub. */
const githubAppliers = {
    'add-labels': addLabels,
    'remove-label': removeLabel,
    'add-assignees': addAssignees,
    'close-issue': closeIssue,
    'reopen-issue': reopenIssue,
    comment: comment,
    card: card,
    deliver: deliver,
};

// EXTERNAL MODULE: ./dist/src/github/fetch-incident.js
var fetch_incident = __webpack_require__(9784);
;// CONCATENATED MODULE: ./dist/src/github/read-incident.js


const PERMISSIONS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
async function readPermission({ octokit, repo, log }, username) {
    try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: repo.owner, repo: repo.repo, username });
        // A custom repository role has its own name in role_name; its base permission is in permission.
        const role = [data.role_name, data.permission].find((name) => PERMISSIONS.includes(name));
        return role ?? 'error';
    }
    catch (error) {
        if ((0,http_status/* httpStatus */.n)(error) === 404)
            return 'none';
        log.warning(`Could not check the permission of ${username} (${error instanceof Error ? error.message : String(error)}); their commands are refused.`);
        return 'error';
    }
}
/** The repository permission of each of `logins`, one lookup each. */
async function readPermissions(reader, logins) {
    const permissions = {};
    for (const login of logins)
        permissions[login] = await readPermission(reader, login);
    return permissions;
}
/**
 * Issue `number` as observed now, without permissions (which ones a run needs depends on the
 * playbooks the incident is pinned to). `fetched` is the issue, comments and events when a caller
 * has already started reading them (the Action does, before loading the engine).
 */
async function readIncident(reader, number, fetched = (0,fetch_incident/* fetchIncident */.x)(reader.octokit, { ...reader.repo, number })) {
    const { issue, comments, events } = await fetched;
    return { repo: reader.repo, botLogin: reader.botLogin, issue, comments, events, permissions: {}, playbookRef: reader.playbookRef, playbookFallback: null };
}

;// CONCATENATED MODULE: ./dist/src/github/incident-source.js

/** Issue `number` alone; `fetched` is its reads when a caller already started them. */
function issueSource(reader, number, fetched) {
    return {
        numbers: () => Promise.resolve([number]),
        observe: (wanted) => readIncident(reader, wanted, wanted === number ? fetched : undefined),
    };
}
/** Every open issue carrying `incidentLabel`, each read on its own. */
function openIncidentsSource(reader, incidentLabel) {
    const { octokit, repo } = reader;
    return {
        numbers: async () => {
            const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: repo.owner, repo: repo.repo, state: 'open', labels: incidentLabel, per_page: 100 });
            return issues.filter((issue) => issue.pull_request === undefined).map((issue) => issue.number);
        },
        observe: (number) => readIncident(reader, number),
    };
}
/** Nothing: the event does not concern incidents. */
const NOTHING = {
    numbers: () => Promise.resolve([]),
    observe: (number) => Promise.reject(new Error(`#${number} is not part of this run`)),
};
/**
 * The source for a workflow run's event target. `fetched` is the target issue's reads when the
 * caller started them early.
 */
function sourceFor(target, reader, incidentLabel, fetched) {
    switch (target.type) {
        case 'issue':
            return issueSource(reader, target.number, fetched);
        case 'open-incidents':
            return openIncidentsSource(reader, incidentLabel);
        case 'skip':
            reader.log.info(`Nothing to do: ${target.reason}.`);
            return NOTHING;
    }
}

// EXTERNAL MODULE: ./dist/src/github/pinned-playbooks.js
var pinned_playbooks = __webpack_require__(8270);
// EXTERNAL MODULE: ./dist/src/engine/ledger.js
var ledger = __webpack_require__(1323);
// EXTERNAL MODULE: ./dist/src/engine/incident-state.js + 4 modules
var incident_state = __webpack_require__(2919);
// EXTERNAL MODULE: ./dist/src/engine/verdicts.js
var verdicts = __webpack_require__(444);
;// CONCATENATED MODULE: ./dist/src/engine/permissions-needed.js


/**
 * Logins whose repository permission a run must look up: authors of comments with a command that
 * no earlier run has judged; and, unless the playbooks trust every reporter, whoever declared an
 * incident that has no card yet (a report, or not) and whoever closed it (a close counts only from
 * a permitted user).
 */
function permissionsNeeded(observed, ledger, set) {
    const logins = new Set();
    for (const comment of observed.comments) {
        if (comment.author === observed.botLogin || logins.has(comment.author) || (0,verdicts/* alreadyJudged */.Ch)(ledger, comment))
            continue;
        if ((0,verdicts/* needsPermission */.pm)(comment.body))
            logins.add(comment.author);
    }
    if (!set.trustReporters) {
        if (ledger.card === null)
            logins.add((0,incident_state/* declaration */.HK)(observed, set).by);
        for (const event of observed.events)
            if (event.event === 'closed')
                logins.add(event.actor);
    }
    logins.delete(observed.botLogin);
    return [...logins];
}

// EXTERNAL MODULE: ./dist/src/engine/pin.js
var pin = __webpack_require__(4139);
// EXTERNAL MODULE: ./dist/src/engine/reconcile.js + 2 modules
var reconcile = __webpack_require__(8026);
;// CONCATENATED MODULE: ./dist/src/github/appliers/applier.js
/** Applies `effect` with the applier of its kind. */
function applyWith(appliers, effect, context) {
    // TypeScript cannot relate `appliers[effect.kind]` to `effect`'s own kind; the mapped type
    // guarantees they match.
    const applier = appliers[effect.kind];
    return applier(effect, context);
}

;// CONCATENATED MODULE: ./dist/src/github/apply-effects.js
/**
 * Applies the engine's effects to one issue, in order, each with the applier of its kind. Which
 * appliers (GitHub's, or a dry run's) is the caller's choice.
 */


/**
 * Applies `effects` in order, while `mayStart()` allows, and returns what was done, a line each. It
 * stops at the first failure and throws it with its cause: the next run reads the issue again and
 * applies only what is still missing.
 */
async function applyEffects(appliers, context, effects, mayStart = () => true) {
    const done = [];
    for (const [index, effect] of effects.entries()) {
        if (!mayStart())
            return { done, left: effects.length - index };
        try {
            done.push(await applyWith(appliers, effect, context));
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new Error(`Could not ${describeEffect(effect)} on issue #${context.issue.number}: ${reason}`, { cause: error });
        }
    }
    return { done, left: 0 };
}

// EXTERNAL MODULE: ./dist/src/github/request-budget.js
var request_budget = __webpack_require__(3788);
;// CONCATENATED MODULE: ./dist/src/github/run-incidents.js







/** The playbooks the incident is pinned to: those of its declaration's commit, or the run's with the reason why not. */
async function playbooksFor(observed, options, log) {
    const sha = (0,pin/* pinnedSha */.j)(observed, (0,ledger/* readLedger */.S)(observed));
    if (sha === observed.playbookRef.sha || options.playbooksAt === undefined)
        return { set: options.set, fallback: null };
    const pinned = await options.playbooksAt(sha);
    if ('set' in pinned)
        return { set: pinned.set, fallback: null };
    log.warning(`#${observed.issue.number}: ${pinned.fallback}; using the playbooks of this run instead.`);
    return { set: options.set, fallback: pinned.fallback };
}
/** The newest change among the comments read (the issue's creation for a thread without any). */
function readUpTo(observed) {
    return observed.comments.reduce((latest, comment) => (Date.parse(comment.updatedAt) > Date.parse(latest) ? comment.updatedAt : latest), observed.issue.createdAt);
}
function spentReason(budget) {
    return `this run spent its budget of ${budget.limit} API requests; the next run carries on`;
}
/** The renderer of `options`, loaded on first use. */
function rendererOf(options) {
    const { render } = options;
    if (typeof render !== 'function')
        return () => Promise.resolve(render);
    let loaded;
    return () => (loaded ??= render());
}
async function runOne(deps, options, source, number, budget) {
    const read = await source.observe(number);
    const { set, fallback } = await playbooksFor(read, options, deps.log);
    if (!(0,reconcile/* isIncident */.x1)(read, set))
        return { kind: 'skipped', incident: number, reason: `not an incident (no "${set.incidentLabel}" label)` };
    const unknown = permissionsNeeded(read, (0,ledger/* readLedger */.S)(read), set).filter((login) => read.permissions[login] === undefined);
    const permissions = { ...read.permissions, ...(await readPermissions({ octokit: deps.octokit, repo: options.repo, log: deps.log }, unknown)) };
    const observed = { ...read, permissions, playbookFallback: fallback };
    const { incident, effects } = (0,reconcile/* reconcile */.Lq)(observed, set, deps.now());
    const context = {
        octokit: deps.octokit,
        issue: { ...options.repo, number },
        botLogin: options.botLogin,
        log: deps.log,
        readUpTo: readUpTo(observed),
        ...(deps.sinks === undefined ? {} : { sinks: { deps: deps.sinks, outcomes: new Map() } }),
    };
    const applied = effects.length === 0 ? { done: [], left: 0 } : await applyEffects(deps.appliers, { ...context, render: await options.renderer() }, effects, () => budget.left());
    if (applied.left > 0)
        return { kind: 'deferred', incident: number, done: applied.done, reason: spentReason(budget) };
    return {
        kind: 'reconciled',
        incident: number,
        severity: incident.severity?.label ?? null,
        status: incident.resolution === null ? incident.phase.id : 'resolved',
        effects: applied.done,
    };
}
/**
 * Reconciles every incident `source` names, one outcome each. Only a failure to list them throws:
 * a failing incident becomes a `failed` outcome (see {@link runFailure}) and the run goes on.
 */
function runIncidents(deps, options, source) {
    return (0,request_budget/* withRequestBudget */.X)(deps.octokit, options.maxRequests ?? request_budget/* DEFAULT_MAX_REQUESTS */.O, (budget) => runAll(deps, options, source, budget));
}
async function runAll(deps, options, source, budget) {
    const numbers = await source.numbers();
    const outcomes = [];
    const withRenderer = { ...options, renderer: rendererOf(options) };
    for (const [index, number] of numbers.entries()) {
        if (!budget.left()) {
            outcomes.push({ kind: 'deferred', incident: number, done: [], reason: spentReason(budget) });
            continue;
        }
        if (numbers.length > 1)
            deps.log.info(`Incident ${index + 1} of ${numbers.length}: #${number}`);
        try {
            const outcome = await runOne(deps, withRenderer, source, number, budget);
            if (outcome.kind === 'skipped')
                deps.log.info(`#${number} is ${outcome.reason}; nothing to do.`);
            if (outcome.kind === 'deferred')
                deps.log.warning(`#${number}: ${outcome.reason}.`);
            outcomes.push(outcome);
        }
        catch (error) {
            const failure = error instanceof Error ? error : new Error(String(error));
            deps.log.warning(`#${number}: ${failure.message}`);
            outcomes.push({ kind: 'failed', incident: number, error: failure });
        }
    }
    return outcomes;
}
/**
 * The error that should fail the run, or null: the incident's own error when the run had one
 * incident, else one naming every incident that failed.
 */
function runFailure(outcomes) {
    const failed = outcomes.flatMap((outcome) => (outcome.kind === 'failed' ? [outcome] : []));
    const [only] = failed;
    if (only === undefined)
        return null;
    if (outcomes.length === 1)
        return only.error;
    const list = failed.map((outcome) => `#${outcome.incident}: ${outcome.error.message}`).join('; ');
    return new Error(`${failed.length} of ${outcomes.length} incidents could not be reconciled (the next run tries again): ${list}`, { cause: only.error });
}

// EXTERNAL MODULE: ./dist/src/package-root.js
var package_root = __webpack_require__(1374);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./dist/src/config/printable.js
var printable = __webpack_require__(611);
;// CONCATENATED MODULE: ./dist/action/summary.js
/**
 * The job summary, written as `@actions/core`'s `summary` writes it (HTML appended to the
 * `GITHUB_STEP_SUMMARY` file), without importing `@actions/core` (see workflow-commands.ts).
 */




function table(rows) {
    const [header = [], ...body] = rows;
    const row = (tag, cells) => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
    return `<table>${row('th', header)}${body.map((cells) => row('td', cells)).join('')}</table>`;
}
/**
 * Text as HTML: error messages, reasons and effects may carry what people wrote. GitHub reads the
 * summary as Markdown, in which this HTML is an HTML block: Markdown is not read inside it until a
 * blank line ends it. So besides tags, no line break may come from the text (one becomes `<br>`),
 * and control characters (bidi overrides reorder what is shown) are written as escapes.
 */
function html(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => (0,printable/* escapeControls */.UN)(line).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'))
        .join('<br>');
}
function row(outcome) {
    const incident = `#${outcome.incident}`;
    switch (outcome.kind) {
        case 'reconciled':
            return [incident, html(outcome.severity ?? 'none'), html(outcome.status), outcome.effects.length === 0 ? 'nothing: already up to date' : outcome.effects.map(html).join('<br>')];
        case 'skipped':
            return [incident, '', 'skipped', html(outcome.reason)];
        case 'deferred':
            return [incident, '', 'left for the next run', [...outcome.done, outcome.reason].map(html).join('<br>')];
        case 'failed':
            return [incident, '', 'failed', html(`${outcome.error.message} (the next run tries again)`)];
    }
}
/** The job summary: one row per incident, and what was done (or would be, in a dry run). */
async function writeSummary(path, outcomes, target, dryRun) {
    let text = `<h2>${dryRun ? 'playbook-ops plan (dry run)' : 'playbook-ops'}</h2>${external_node_os_.EOL}`;
    if (target.type === 'skip')
        text += `Nothing to do: ${html(target.reason)}.${external_node_os_.EOL}`;
    else if (outcomes.length === 0)
        text += `No incident to reconcile.${external_node_os_.EOL}`;
    else
        text += table([['Incident', 'Severity', 'Status', dryRun ? 'Would do' : 'Done'], ...outcomes.map(row)]) + external_node_os_.EOL;
    try {
        await (0,external_node_fs_promises_.access)(path, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    await (0,external_node_fs_promises_.appendFile)(path, text, { encoding: 'utf8' });
}

// EXTERNAL MODULE: ./dist/action/workflow-commands.js
var workflow_commands = __webpack_require__(3257);
;// CONCATENATED MODULE: ./dist/action/reconcile-run.js
/**
 * The Action after its start (run.ts): load the playbooks, reconcile the incidents the event
 * points at, and report outputs and a job summary. Imported lazily: it pulls in the engine, the
 * playbook validators; the templates load only when a run has something to write.
 */











async function loadSet(dir, input) {
    if (dir === null)
        (0,workflow_commands/* info */.pq)('Using the bundled default playbook set (playbooks: bundled).');
    try {
        return await (0,load_playbooks/* loadPlaybooks */.D)(dir ?? `${(0,package_root/* packageRoot */.Z)()}/playbooks`);
    }
    catch (error) {
        if (error instanceof load_playbooks/* PlaybookError */.W) {
            process.stdout.write((0,format_diagnostics/* formatDiagnostics */.oO)(error.diagnostics, 'github'));
            throw new Error(`The playbooks in "${input}" have errors; nothing was changed. Run \`npx playbook-ops validate ${input}\` to see them.`, { cause: error });
        }
        throw error;
    }
}
function setOutputs(outcomes) {
    const reconciled = outcomes.flatMap((outcome) => (outcome.kind === 'reconciled' ? [outcome] : []));
    const only = reconciled.length === 1 ? reconciled[0] : undefined;
    (0,workflow_commands/* setOutput */.uH)('incident', only?.incident === undefined ? '' : String(only.incident));
    (0,workflow_commands/* setOutput */.uH)('severity', only?.severity ?? '');
    (0,workflow_commands/* setOutput */.uH)('status', only?.status ?? '');
    (0,workflow_commands/* setOutput */.uH)('effects', JSON.stringify(reconciled.flatMap((outcome) => outcome.effects.map((effect) => ({ incident: outcome.incident, effect })))));
}
function logOutcome(outcome) {
    switch (outcome.kind) {
        case 'reconciled':
            (0,workflow_commands/* info */.pq)(`#${outcome.incident}: ${outcome.severity ?? 'no severity'}, ${outcome.status}`);
            for (const effect of outcome.effects)
                (0,workflow_commands/* info */.pq)(`  ${effect}`);
            return;
        case 'skipped':
            (0,workflow_commands/* info */.pq)(`#${outcome.incident}: skipped, ${outcome.reason}`);
            return;
        case 'deferred':
            (0,workflow_commands/* info */.pq)(`#${outcome.incident}: left for the next run`);
            for (const effect of outcome.done)
                (0,workflow_commands/* info */.pq)(`  ${effect}`);
            return;
        case 'failed':
            (0,workflow_commands/* info */.pq)(`#${outcome.incident}: failed`);
    }
}
/** Reads the playbooks at another commit, once per commit however many incidents are pinned to it. */
function pinnedPlaybooks(octokit, inputs) {
    const bySha = new Map();
    const where = { owner: inputs.owner, repo: inputs.repo, path: inputs.playbooksInput };
    return (sha) => {
        let set = bySha.get(sha);
        if (set === undefined) {
            set = (0,pinned_playbooks/* loadPinnedPlaybooks */.H)(octokit, where, sha);
            bySha.set(sha, set);
        }
        return set;
    };
}
/**
 * How the run sends to sinks outside GitHub: secrets are environment variables of the step (the
 * workflow sets `env: NAME: ${{ secrets.NAME }}`), read only when a delivery needs one.
 */
function sinkDeps(env) {
    return { secret: (name) => env[name], fetch: (input, init) => fetch(input, init), sleep: (ms) => (0,promises_.setTimeout)(ms), now: () => new Date() };
}
/** Loads the playbooks, reconciles, and reports; throws what should fail the step. */
async function reconcileRun({ inputs, target, octokit, log, prefetched }) {
    const set = await loadSet(inputs.playbooksDir, inputs.playbooksInput);
    const repo = { owner: inputs.owner, repo: inputs.repo };
    const reader = { octokit, repo, botLogin: inputs.botLogin, log, playbookRef: { sha: inputs.sha, path: inputs.playbooksInput, serverUrl: inputs.serverUrl } };
    const outcomes = await runIncidents({ octokit, log, now: () => new Date(), appliers: inputs.dryRun ? dryRunAppliers : githubAppliers, sinks: sinkDeps(process.env) }, {
        repo,
        botLogin: inputs.botLogin,
        set,
        render: async () => (await Promise.all(/* import() */[__webpack_require__.e(508), __webpack_require__.e(826), __webpack_require__.e(365)]).then(__webpack_require__.bind(__webpack_require__, 365))).createCommentRenderer(),
        maxRequests: inputs.maxRequests,
        // The bundled default set has no history in this repository to pin to.
        ...(inputs.playbooksDir === null ? {} : { playbooksAt: pinnedPlaybooks(octokit, inputs) }),
    }, sourceFor(target, reader, set.incidentLabel, prefetched));
    for (const outcome of outcomes)
        logOutcome(outcome);
    setOutputs(outcomes);
    const summaryPath = process.env.GITHUB_STEP_SUMMARY;
    if (summaryPath)
        await writeSummary(summaryPath, outcomes, target, inputs.dryRun);
    else
        (0,workflow_commands/* info */.pq)('GITHUB_STEP_SUMMARY is not set, so no job summary was written.');
    const failure = runFailure(outcomes);
    if (failure !== null)
        throw failure;
}


/***/ })

};
