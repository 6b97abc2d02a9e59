export const id = 667;
export const ids = [667];
export const modules = {

/***/ 2667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tj: () => (/* binding */ keepSweepOf),
  jo: () => (/* binding */ loadSet),
  fW: () => (/* binding */ logOutcome),
  Z8: () => (/* binding */ pinnedPlaybooks),
  reconcileRun: () => (/* binding */ reconcileRun),
  n0: () => (/* binding */ setOutputs),
  Cy: () => (/* binding */ sinkDeps)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./dist/src/config/format-diagnostics.js
var format_diagnostics = __webpack_require__(6336);
// EXTERNAL MODULE: ./dist/src/config/load-playbooks.js
var load_playbooks = __webpack_require__(1979);
// EXTERNAL MODULE: ./dist/src/github/appliers/dry-run.js
var dry_run = __webpack_require__(5799);
// EXTERNAL MODULE: ./dist/src/github/appliers/github.js + 11 modules
var github = __webpack_require__(1532);
// EXTERNAL MODULE: ./dist/src/github/incident-source.js
var incident_source = __webpack_require__(5049);
// EXTERNAL MODULE: ./dist/src/github/pinned-playbooks.js
var pinned_playbooks = __webpack_require__(8270);
// EXTERNAL MODULE: ./dist/src/github/keep-sweep.js + 2 modules
var keep_sweep = __webpack_require__(6578);
;// CONCATENATED MODULE: ./dist/src/engine/bump-reviewed.js
/**
 * Bumping a playbook file's `last_reviewed` as a person would: the one line changes, comments,
 * quoting style and everything else stay as written.
 */
const LAST_REVIEWED = /^([ \t]+last_reviewed:[ \t]*)(["']?)(\d{4}-\d{2}-\d{2})\2([ \t]*(?:#.*)?)$/mu;
/**
 * `text` with the `last_reviewed` date of its `review` block set to `date`, or null when the file
 * has no such line in the form the schema writes (the shell then leaves the file out of the round).
 */
function bumpLastReviewed(text, date) {
    if (!LAST_REVIEWED.test(text))
        return null;
    return text.replace(LAST_REVIEWED, (_line, head, quote, _old, tail) => `${head}${quote === '' ? '"' : quote}${date}${quote === '' ? '"' : quote}${tail}`);
}
/** The `last_reviewed` date `text` says, or null. */
function lastReviewedIn(text) {
    return LAST_REVIEWED.exec(text)?.[3] ?? null;
}

// EXTERNAL MODULE: ./dist/src/engine/ledger.js
var ledger = __webpack_require__(1323);
// EXTERNAL MODULE: ./dist/src/engine/reconcile.js + 4 modules
var reconcile = __webpack_require__(3100);
// EXTERNAL MODULE: ./dist/src/engine/records.js
var records = __webpack_require__(9262);
// EXTERNAL MODULE: ./dist/src/engine/review-round.js
var review_round = __webpack_require__(7315);
// EXTERNAL MODULE: ./dist/src/github/appliers/post-once.js
var post_once = __webpack_require__(5398);
// EXTERNAL MODULE: ./dist/src/github/http-status.js
var http_status = __webpack_require__(9380);
// EXTERNAL MODULE: ./dist/src/github/pull-requests.js
var pull_requests = __webpack_require__(7021);
// EXTERNAL MODULE: ./dist/src/github/read-incident.js
var read_incident = __webpack_require__(2844);
;// CONCATENATED MODULE: ./dist/src/github/review-round.js









/** At most this many incidents of the period are read and listed (three reads each). */
const MAX_REVIEW_INCIDENTS = 50;
/** The open round's pull request, written by the bot, with the files its record line names. */
async function openRound(deps, options, now) {
    const { octokit } = deps;
    const { repo, botLogin, set } = options;
    const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner: repo.owner, repo: repo.repo, state: 'open', per_page: 100 });
    const round = pulls
        .filter((pull) => pull.head.ref.startsWith(review_round/* REVIEW_BRANCH_PREFIX */.v6) && pull.user?.login === botLogin)
        .sort((a, b) => a.number - b.number)[0];
    if (round === undefined)
        return null;
    const files = (0,records/* parseReviewRoundLine */.qr)(round.body ?? '') ?? [];
    const open = { number: round.number, url: round.html_url, branch: round.head.ref, createdAt: round.created_at, files, reminded: null };
    if ((0,review_round/* reminderDue */.j0)(set, now, open)) {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: repo.owner, repo: repo.repo, issue_number: round.number, per_page: 100 });
        open.reminded = comments.some((comment) => comment.user?.login === botLogin && (comment.body ?? '').startsWith('<!-- playbook-ops:review-reminder -->'));
    }
    return open;
}
/** The incidents declared since `since`, newest first, with their times against their severity's target. */
async function periodIncidents(deps, options, since) {
    const { octokit, log, now } = deps;
    const { repo, botLogin, set } = options;
    const from = `${since}T00:00:00Z`;
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: repo.owner, repo: repo.repo, labels: set.incidentLabel, state: 'all', since: from, per_page: 100 });
    const numbers = issues
        .filter((issue) => issue.pull_request === undefined)
        .sort((a, b) => b.number - a.number)
        .slice(0, MAX_REVIEW_INCIDENTS)
        .map((issue) => issue.number);
    const reader = { octokit, repo, botLogin, log, playbookRef: { sha: 'HEAD', path: options.playbooksPath, serverUrl: options.serverUrl ?? 'https://github.com' } };
    const incidents = [];
    for (const number of numbers) {
        // The bot judged these incidents' commands already; its card records the verdicts, so the fold
        // needs no permission lookups.
        const observed = await (0,read_incident/* readIncident */.r)(reader, number);
        if ((0,ledger/* readLedger */.S)(observed).card === null)
            continue;
        const { incident } = (0,reconcile/* reconcile */.Lq)(observed, set, now());
        const severity = incident.peakSeverity;
        if (severity === null || incident.declared.at < from)
            continue;
        const after = (at) => (at === undefined ? null : Math.max(0, Math.round((Date.parse(at) - Date.parse(incident.declared.at)) / 60_000)));
        incidents.push({
            number,
            title: incident.title,
            severity: severity.label,
            scenario: incident.scenario?.name ?? null,
            declaredAt: incident.declared.at,
            acknowledgeMinutes: after(incident.timeline.find((entry) => entry.text === 'Acknowledged')?.at),
            targetMinutes: severity.responseMinutes,
            resolveMinutes: after(incident.resolution?.at),
        });
    }
    return incidents;
}
/** The playbook file `file` as it is on `ref`, or null when it is not there. */
async function readText(octokit, repo, path, ref) {
    try {
        const { data } = await octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path, ref });
        if (Array.isArray(data) || data.type !== 'file')
            return null;
        return { text: Buffer.from(data.content, 'base64').toString('utf8') };
    }
    catch (error) {
        if ((0,http_status/* httpStatus */.n)(error) === 404)
            return null;
        throw error;
    }
}
function repoPath(options, file) {
    const dir = options.playbooksPath.replace(/^\.?\/+|\/+$/gu, '');
    return dir === '' || dir === '.' ? file : `${dir}/${file}`;
}
function renderer(options) {
    return typeof options.render === 'function' ? options.render() : Promise.resolve(options.render);
}
async function carryOutRound(deps, options, step) {
    const { octokit, log } = deps;
    const { repo } = options;
    const render = await renderer(options);
    const draft = (0,review_round/* reviewDraft */.IP)(options.set, step, await periodIncidents(deps, options, step.since));
    const base = await (0,pull_requests/* defaultBranch */.OR)(octokit, repo);
    const onBranch = await (0,pull_requests/* branchHead */.P)(octokit, repo, draft.branch);
    const changes = [];
    for (const file of draft.add) {
        const path = repoPath(options, file.file);
        // The branch's copy keeps what reviewers pushed; a file already bumped (a rerun) is left alone.
        const current = (onBranch === null ? null : await readText(octokit, repo, path, draft.branch)) ?? (await readText(octokit, repo, path, base.name));
        if (current === null) {
            log.warning(`Review round: ${path} is not on ${base.name}; left out.`);
            continue;
        }
        if (lastReviewedIn(current.text) === draft.reviewedOn)
            continue;
        const bumped = bumpLastReviewed(current.text, draft.reviewedOn);
        if (bumped === null)
            log.warning(`Review round: ${path} has no last_reviewed line to bump; review it by hand.`);
        else
            changes.push({ path, content: bumped });
    }
    // Without a branch there is nothing to open a pull request from: GitHub would refuse it (422), and
    // every scheduled run would fail the same way until the files are fixed by hand.
    if (changes.length === 0 && onBranch === null) {
        return { step: 'nothing', done: 'no file due could be bumped (see the warnings above); no review round opened', pull: null };
    }
    if (changes.length > 0) {
        await (0,pull_requests/* commitFiles */.zu)(octokit, repo, { branch: draft.branch, from: base.sha, files: changes, message: `Playbook review: last_reviewed ${draft.reviewedOn} for ${changes.map((change) => change.path).join(', ')}` });
    }
    const { title, body } = render.reviewPull(draft);
    let pull = draft.pull;
    if (pull === null) {
        const outcome = await (0,pull_requests/* openPull */.Q_)(octokit, repo, { branch: draft.branch, base: base.name, title, body }, log);
        if (outcome.kind === 'forbidden') {
            const done = `pushed ${draft.branch}, but GitHub Actions may not open pull requests here (${outcome.message}); open it by hand, or turn on Settings → Actions → General → Workflow permissions → Allow GitHub Actions to create and approve pull requests`;
            log.warning(`Review round: ${done}.`);
            return { step: 'round', done, pull: null };
        }
        pull = { number: outcome.pull.number, url: outcome.pull.url };
    }
    else {
        await octokit.rest.pulls.update({ owner: repo.owner, repo: repo.repo, pull_number: pull.number, title, body });
    }
    const asked = await (0,pull_requests/* requestReviewers */.i5)(octokit, repo, pull.number, draft.reviewers, log);
    if (draft.teamReviewers.length > 0) {
        try {
            await octokit.rest.pulls.requestReviewers({ owner: repo.owner, repo: repo.repo, pull_number: pull.number, team_reviewers: draft.teamReviewers });
        }
        catch (error) {
            if ((0,http_status/* httpStatus */.n)(error) !== 422)
                throw error;
            log.warning(`Review round: GitHub would not ask the teams ${draft.teamReviewers.join(', ')} to review #${pull.number}.`);
        }
    }
    const files = draft.add.map((file) => file.file).join(', ');
    const verb = draft.pull === null ? 'opened review round' : 'added to review round';
    return { step: 'round', done: `${verb} #${pull.number}: ${files}${asked.requested.length > 0 ? `; review requested from ${asked.requested.join(', ')}` : ''}`, pull: pull.number };
}
/**
 * Runs the review round once: what is due now, done once however often it runs. The sweep and the
 * Action's scheduled and manual runs call it after reconciling incidents.
 */
async function runReviewRound(deps, options) {
    const now = deps.now();
    const due = (0,review_round/* dueFiles */.G4)(options.set, now);
    if (due.length === 0)
        return { step: 'nothing', done: 'no playbook file is due for review', pull: null };
    const open = await openRound(deps, options, now);
    const first = due[0];
    const branchUsed = open === null && first !== undefined && (await (0,pull_requests/* findPull */.pM)(deps.octokit, options.repo, (0,review_round/* reviewBranch */.zJ)(first.nextDue), 'all')) !== null;
    const step = (0,review_round/* reviewStep */.VR)(options.set, now, { open, branchUsed });
    switch (step.kind) {
        case 'nothing':
            return { step: 'nothing', done: step.reason, pull: open?.number ?? null };
        case 'remind': {
            if (options.dryRun === true)
                return { step: 'remind', done: `would remind the owners on #${step.pull.number}`, pull: step.pull.number };
            const marker = { kind: 'review-reminder' };
            const render = await renderer(options);
            const context = { octokit: deps.octokit, issue: { ...options.repo, number: step.pull.number }, botLogin: options.botLogin, render, log: deps.log, readUpTo: open?.createdAt ?? now.toISOString() };
            await (0,post_once/* postOnce */.y)(context, marker, render.comment(marker, { type: 'review-reminder', owners: step.owners, dueOn: step.dueOn }));
            return { step: 'remind', done: `reminded the owners on review round #${step.pull.number}`, pull: step.pull.number };
        }
        case 'round':
            if (options.dryRun === true)
                return { step: 'round', done: `would ${step.pull === null ? 'open a review round' : `add to review round #${step.pull.number}`}: ${step.add.map((file) => file.file).join(', ')}`, pull: step.pull?.number ?? null };
            return carryOutRound(deps, options, step);
    }
}

// EXTERNAL MODULE: ./dist/src/github/run-incidents.js + 4 modules
var run_incidents = __webpack_require__(8295);
// EXTERNAL MODULE: ./dist/src/package-root.js
var package_root = __webpack_require__(1374);
// EXTERNAL MODULE: ./dist/action/summary.js
var summary = __webpack_require__(4639);
// EXTERNAL MODULE: ./dist/action/workflow-commands.js
var workflow_commands = __webpack_require__(3257);
;// CONCATENATED MODULE: ./dist/action/reconcile-run.js
/**
 * The Action after its start (run.ts): load the playbooks, reconcile the incidents the event
 * points at, and report outputs and a job summary. Imported lazily: it pulls in the engine, the
 * playbook validators; the templates load only when a run has something to write.
 */













/** The playbook set of the run (the bundled one for `playbooks: bundled`); errors stop the run before any change. */
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
/** The step outputs: the incident, severity and status when the run reconciled one incident, and every effect. */
function setOutputs(outcomes) {
    const reconciled = outcomes.flatMap((outcome) => (outcome.kind === 'reconciled' ? [outcome] : []));
    const only = reconciled.length === 1 ? reconciled[0] : undefined;
    (0,workflow_commands/* setOutput */.uH)('incident', only?.incident === undefined ? '' : String(only.incident));
    (0,workflow_commands/* setOutput */.uH)('severity', only?.severity ?? '');
    (0,workflow_commands/* setOutput */.uH)('status', only?.status ?? '');
    (0,workflow_commands/* setOutput */.uH)('effects', JSON.stringify(reconciled.flatMap((outcome) => outcome.effects.map((effect) => ({ incident: outcome.incident, effect })))));
}
/** One line per incident in the log, and one per effect under it. */
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
        case 'quiet':
            (0,workflow_commands/* info */.pq)(`#${outcome.incident}: ${outcome.severity ?? 'no severity'}, ${outcome.status}; nothing due, nothing changed`);
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
/**
 * Turns the sweep workflow off when a sweep found nothing pending, or on when this run left
 * something pending (src/github/keep-sweep.ts); undefined when the `sweep-workflow` input is empty.
 * An event with nothing to do (a skip) leaves nothing pending, so it changes nothing either.
 */
async function keepSweepOf(run, set, outcomes, reviewFailed) {
    const { inputs, target, octokit, log } = run;
    const workflow = inputs.sweepWorkflow;
    if (workflow === null)
        return undefined;
    const repo = { owner: inputs.owner, repo: inputs.repo };
    const views = reviewFailed ? [...outcomes, { kind: 'review-failed' }] : outcomes;
    return (0,keep_sweep/* keepSweep */.kr)({ octokit, log }, {
        repo,
        workflow,
        run: target.type === 'open-incidents' ? 'sweep' : 'event',
        ownRun: inputs.workflowFile === workflow,
        dryRun: inputs.dryRun,
        reread: (0,keep_sweep/* pendingNow */.eK)(octokit, repo, inputs.botLogin, set),
    }, views);
}
/** Loads the playbooks, reconciles, and reports; throws what should fail the step. */
async function reconcileRun({ inputs, target, octokit, log, prefetched }) {
    const set = await loadSet(inputs.playbooksDir, inputs.playbooksInput);
    const repo = { owner: inputs.owner, repo: inputs.repo };
    const reader = { octokit, repo, botLogin: inputs.botLogin, log, playbookRef: { sha: inputs.sha, path: inputs.playbooksInput, serverUrl: inputs.serverUrl } };
    const outcomes = await (0,run_incidents/* runIncidents */.R)({ octokit, log, now: () => new Date(), appliers: inputs.dryRun ? dry_run/* dryRunAppliers */.J : github/* githubAppliers */.O, sinks: sinkDeps(process.env) }, {
        repo,
        botLogin: inputs.botLogin,
        set,
        render: async () => (await Promise.all(/* import() */[__webpack_require__.e(508), __webpack_require__.e(688), __webpack_require__.e(807)]).then(__webpack_require__.bind(__webpack_require__, 7807))).createCommentRenderer(),
        maxRequests: inputs.maxRequests,
        // The bundled default set has no history in this repository to pin to.
        ...(inputs.playbooksDir === null ? {} : { playbooksAt: pinnedPlaybooks(octokit, inputs) }),
    }, (0,incident_source/* sourceFor */.nm)(target, reader, set.incidentLabel, prefetched, { set, now: () => new Date() }));
    for (const outcome of outcomes)
        logOutcome(outcome);
    // Scheduled and manual runs over every incident also keep the quarterly playbook review; the
    // bundled set is not in the repository, so it has nothing to review.
    let reviewFailure = null;
    if (target.type === 'open-incidents' && inputs.playbooksDir !== null) {
        try {
            const review = await runReviewRound({ octokit, log, now: () => new Date() }, {
                repo,
                botLogin: inputs.botLogin,
                set,
                playbooksPath: inputs.playbooksInput,
                render: async () => (await Promise.all(/* import() */[__webpack_require__.e(508), __webpack_require__.e(688), __webpack_require__.e(807)]).then(__webpack_require__.bind(__webpack_require__, 7807))).createCommentRenderer(),
                dryRun: inputs.dryRun,
                serverUrl: inputs.serverUrl,
            });
            (0,workflow_commands/* info */.pq)(`Playbook review: ${review.done}`);
        }
        catch (error) {
            // The incidents' outcomes are reported first; the failed review fails the step after them.
            reviewFailure = new Error(`The playbook review round failed (the next scheduled run tries again): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            log.warning(reviewFailure.message);
        }
    }
    let kept;
    let sweepFailure = null;
    try {
        kept = await keepSweepOf({ inputs, target, octokit, log }, set, outcomes, reviewFailure !== null);
        if (kept !== undefined && kept.done !== null)
            (0,workflow_commands/* info */.pq)(`Sweep: ${kept.done}.`);
    }
    catch (error) {
        // Like a failed review round: reported after the incidents, then it fails the step.
        sweepFailure = new Error(`Turning the sweep workflow on or off failed (the next run tries again): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        log.warning(sweepFailure.message);
    }
    setOutputs(outcomes);
    const summaryPath = process.env.GITHUB_STEP_SUMMARY;
    if (summaryPath)
        await (0,summary/* writeSummary */.Sy)(summaryPath, outcomes, target, inputs.dryRun, kept);
    else
        (0,workflow_commands/* info */.pq)('GITHUB_STEP_SUMMARY is not set, so no job summary was written.');
    const failure = (0,run_incidents/* runFailure */.A)(outcomes) ?? reviewFailure ?? sweepFailure;
    if (failure !== null)
        throw failure;
}


/***/ }),

/***/ 4639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ writeWakeSummary),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   cG: () => (/* binding */ writeAlertSummary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var _src_config_printable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(611);
/**
 * The job summary, written as `@actions/core`'s `summary` writes it (HTML appended to the
 * `GITHUB_STEP_SUMMARY` file), without importing `@actions/core` (see workflow-commands.ts).
 */




function table(header, body) {
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
        .map((line) => (0,_src_config_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeControls */ .UN)(line).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'))
        .join('<br>');
}
/** A deadline as the on-call engineer reads it: UTC, to the minute. */
function deadline(due) {
    return due === null ? 'none pending' : `${new Date(due).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function row(outcome) {
    const incident = `#${outcome.incident}`;
    switch (outcome.kind) {
        case 'reconciled':
            return [incident, html(outcome.severity ?? 'none'), html(outcome.status), outcome.effects.length === 0 ? 'nothing: already up to date' : outcome.effects.map(html).join('<br>')];
        case 'quiet':
            return [incident, html(outcome.severity ?? 'none'), html(outcome.status), 'nothing: not due, not changed (not read)'];
        case 'skipped':
            return [incident, '', 'skipped', html(outcome.reason)];
        case 'deferred':
            return [incident, '', 'left for the next run', [...outcome.done, outcome.reason].map(html).join('<br>')];
        case 'failed':
            return [incident, '', 'failed', html(`${outcome.error.message} (the next run tries again)`)];
    }
}
/** The outcome's next deadline, for a sweep's table. */
function dueOf(outcome) {
    return outcome.kind === 'reconciled' || outcome.kind === 'quiet' ? deadline(outcome.due) : '';
}
/** What was done to the sweep workflow (turned on or off), and GitHub's refusal, as summary lines. */
function sweepLines(kept) {
    if (kept === undefined)
        return '';
    const done = kept.done === null ? '' : `Sweep: ${html(kept.done)}.${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
    return done + (kept.warning === null ? '' : `Warning: ${html(kept.warning)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** Appends to the summary file, which the runner creates: a missing or read-only one fails, as in `@actions/core`. */
async function append(path, text) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    // A string is written as UTF-8.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(path, text);
}
/** The job summary of the daily wake-up: what it did to the sweep workflow. */
async function writeWakeSummary(path, kept, dryRun) {
    await append(path, `<h2>${dryRun ? 'playbook-ops plan (dry run)' : 'playbook-ops'}</h2>${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${sweepLines(kept)}`);
}
/**
 * The job summary: one row per incident, and what was done (or would be, in a dry run). A sweep
 * (a run over every incident) also shows each incident's next deadline. `kept` says what the run did
 * to the sweep workflow.
 */
async function writeSummary(path, outcomes, target, dryRun, kept) {
    let text = `<h2>${dryRun ? 'playbook-ops plan (dry run)' : 'playbook-ops'}</h2>${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
    const done = dryRun ? 'Would do' : 'Done now';
    if (target.type === 'skip')
        text += `Nothing to do: ${html(target.reason)}.${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
    else if (outcomes.length === 0)
        text += `No incident to reconcile.${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
    else if (target.type === 'open-incidents') {
        const rows = outcomes.map((outcome) => {
            const [incident, severity, status, what] = row(outcome);
            return [incident, severity, status, dueOf(outcome), what];
        });
        text += table(['Incident', 'Severity', 'Phase', 'Next deadline', done], rows) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL;
    }
    else
        text += table(['Incident', 'Severity', 'Status', dryRun ? 'Would do' : 'Done'], outcomes.map(row)) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL;
    await append(path, text + sweepLines(kept));
}
/**
 * The job summary of an alert run: what was done with the alert (or why it was refused), then the
 * incident it went to, as any run's table shows it.
 */
async function writeAlertSummary(path, what, outcomes, dryRun) {
    let text = `<h2>${dryRun ? 'playbook-ops plan (dry run)' : 'playbook-ops'}: alert</h2>${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}<p>${html(what)}</p>${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
    if (outcomes.length > 0)
        text += table(['Incident', 'Severity', 'Status', dryRun ? 'Would do' : 'Done'], outcomes.map(row)) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL;
    await append(path, text);
}


/***/ }),

/***/ 1679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ describeEffect)
/* harmony export */ });
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9262);

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
            return `comment ${(0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)(effect.marker)}`;
        case 'card':
            return 'update the incident card';
        case 'deliver':
            return `deliver ${effect.delivery.what} to ${effect.delivery.sink.name}${effect.delivery.action === 'message' ? '' : ` (${effect.delivery.action})`}`;
        case 'postmortem-pr':
            return `open the post-mortem pull request (${effect.draft.path})`;
        case 'follow-ups':
            return `open ${effect.items.length} follow-up issue(s) from post-mortem #${effect.pull.number} and mark the incident complete`;
    }
}


/***/ }),

/***/ 7315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ dueFiles),
/* harmony export */   IP: () => (/* binding */ reviewDraft),
/* harmony export */   VR: () => (/* binding */ reviewStep),
/* harmony export */   j0: () => (/* binding */ reminderDue),
/* harmony export */   v6: () => (/* binding */ REVIEW_BRANCH_PREFIX),
/* harmony export */   zJ: () => (/* binding */ reviewBranch)
/* harmony export */ });
/* harmony import */ var _config_calendar_date_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2089);

/** The prefix of every review round's branch. */
const REVIEW_BRANCH_PREFIX = 'playbook-ops/review-';
/** The files of `set` due on the UTC day of `now`, earliest due first. */
function dueFiles(set, now) {
    const today = now.toISOString().slice(0, 10);
    return set.reviews.filter((review) => review.nextDue <= today).sort((a, b) => (a.nextDue < b.nextDue ? -1 : a.nextDue > b.nextDue ? 1 : a.file < b.file ? -1 : 1));
}
/** The branch of the round that starts with files first due on `date`. */
function reviewBranch(date) {
    return `${REVIEW_BRANCH_PREFIX}${date}`;
}
function reviewFile(review) {
    return { file: review.file, owners: review.owners, lastReviewed: review.lastReviewed, nextDue: review.nextDue };
}
function owners(files) {
    return [...new Set(files.flatMap((file) => file.owners))];
}
/** The earliest last review of `first` and `rest`: the round's period starts there. */
function earliestReview(first, rest) {
    return rest.reduce((earliest, file) => (file.lastReviewed < earliest ? file.lastReviewed : earliest), first.lastReviewed);
}
/** When a round opened on `createdAt` is due: the review window later. */
function roundDue(set, createdAt) {
    return (0,_config_calendar_date_js__WEBPACK_IMPORTED_MODULE_0__/* .addMinutesToDate */ .W)(createdAt.slice(0, 10), set.reviewWindowMinutes);
}
/** What a review run does now: nothing, open or join a round, or remind. */
function reviewStep(set, now, observed) {
    const due = dueFiles(set, now).map(reviewFile);
    const today = now.toISOString().slice(0, 10);
    const open = observed.open;
    if (open === null) {
        const first = due[0];
        if (first === undefined)
            return { kind: 'nothing', reason: 'no playbook file is due for review' };
        if (observed.branchUsed)
            return { kind: 'nothing', reason: `the review round ${reviewBranch(first.nextDue)} already had its pull request; bump last_reviewed by hand or reopen it` };
        return { kind: 'round', branch: reviewBranch(first.nextDue), pull: null, add: due, files: due, since: earliestReview(first, due), openedOn: today, reviewedOn: today };
    }
    const pull = { number: open.number, url: open.url };
    const joining = due.filter((file) => !open.files.includes(file.file));
    const firstJoining = joining[0];
    if (firstJoining !== undefined) {
        const inRound = set.reviews.filter((review) => open.files.includes(review.file)).map(reviewFile);
        const files = [...inRound, ...joining];
        return { kind: 'round', branch: open.branch, pull, add: joining, files, since: earliestReview(firstJoining, files), openedOn: open.createdAt.slice(0, 10), reviewedOn: today };
    }
    const dueOn = roundDue(set, open.createdAt);
    if (dueOn <= today && open.reminded === false) {
        const files = set.reviews.filter((review) => open.files.includes(review.file)).map(reviewFile);
        return { kind: 'remind', pull, owners: owners(files), dueOn };
    }
    return { kind: 'nothing', reason: `the review round #${open.number} is open${dueOn <= today ? ' and its owners were reminded' : ` until ${dueOn}`}` };
}
/** Whether the open round is past its window, so the shell must look whether it reminded already. */
function reminderDue(set, now, open) {
    return roundDue(set, open.createdAt) <= now.toISOString().slice(0, 10);
}
/** The draft of a round step, with the incidents the shell read for its period. */
function reviewDraft(set, step, incidents) {
    const handles = owners(step.files).filter((owner) => owner.startsWith('@'));
    return {
        branch: step.branch,
        pull: step.pull,
        reviewedOn: step.reviewedOn,
        add: step.add,
        files: step.files,
        checklist: set.postmortem.continuousImprovement,
        since: step.since,
        incidents,
        reviewers: handles.filter((owner) => !owner.includes('/')).map((owner) => owner.slice(1)),
        teamReviewers: handles.filter((owner) => owner.includes('/')).map((owner) => owner.slice(owner.indexOf('/') + 1)),
        dueOn: (0,_config_calendar_date_js__WEBPACK_IMPORTED_MODULE_0__/* .addMinutesToDate */ .W)(step.openedOn, set.reviewWindowMinutes),
    };
}


/***/ }),

/***/ 5799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ dryRunAppliers)
/* harmony export */ });
/* harmony import */ var _engine_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1679);
/* harmony import */ var _sinks_sink_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2475);
/** The appliers of a dry run: each reports what it would do and changes nothing. */


const plan = (effect) => Promise.resolve(`would ${(0,_engine_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeEffect */ .x)(effect)}`);
/** The request a delivery would send, its secret masked (`***NAME***`): what a reviewer of the dry run needs to see. */
const planDelivery = (effect) => {
    const request = (0,_sinks_sink_request_js__WEBPACK_IMPORTED_MODULE_1__/* .sinkRequest */ .R)(effect.delivery, null, new Date(effect.delivery.notification.at));
    return Promise.resolve(`would ${(0,_engine_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeEffect */ .x)(effect)}: POST ${request.url} ${request.body}`);
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
    'postmortem-pr': plan,
    'follow-ups': plan,
};


/***/ }),

/***/ 1532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ githubAppliers)
});

// EXTERNAL MODULE: ./dist/src/engine/describe.js
var describe = __webpack_require__(1679);
;// CONCATENATED MODULE: ./dist/src/github/appliers/add-assignees.js

/** Assigns people to the issue. */
const addAssignees = async (effect, { octokit, issue }) => {
    await octokit.rest.issues.addAssignees({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, assignees: effect.assignees });
    return (0,describe/* describeEffect */.x)(effect);
};

;// CONCATENATED MODULE: ./dist/src/github/appliers/add-labels.js

/** Adds labels (GitHub creates labels that do not exist yet). */
const addLabels = async (effect, { octokit, issue }) => {
    await octokit.rest.issues.addLabels({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, labels: effect.labels });
    return (0,describe/* describeEffect */.x)(effect);
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
    if (deliveries === undefined || outcomes === undefined)
        return effect;
    // Stryker disable next-line ConditionalExpression: settling without outcomes gives back the card and record as planned (the engine records cardRecord of the same card), so this only saves the work
    if (outcomes.size === 0)
        return effect;
    const card = { ...effect.card, deliveries: (0,engine_deliveries/* settleDeliveries */.c_)(deliveries, outcomes) };
    return { ...effect, card, record: (0,card_effect/* cardRecord */.e)(card, effect.record.due, effect.record.seen) };
}
/** Posts the incident card, or rewrites the one the engine chose. */
const card = async (planned, context) => {
    const effect = settled(planned, context);
    const body = context.render.card(effect.card, effect.record);
    const { octokit, issue } = context;
    if (effect.commentId === null) {
        const posted = await (0,post_once/* postOnce */.y)(context, { kind: 'card' }, body);
        return posted ? (0,describe/* describeEffect */.x)(effect) : `${(0,describe/* describeEffect */.x)(effect)}: already posted by another run`;
    }
    await octokit.rest.issues.updateComment({ owner: issue.owner, repo: issue.repo, comment_id: effect.commentId, body });
    return (0,describe/* describeEffect */.x)(effect);
};

;// CONCATENATED MODULE: ./dist/src/github/appliers/close-issue.js

/** Closes the issue of a resolved incident as completed. */
const closeIssue = async (effect, { octokit, issue }) => {
    await octokit.rest.issues.update({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    return (0,describe/* describeEffect */.x)(effect);
};

;// CONCATENATED MODULE: ./dist/src/github/appliers/comment.js


/** Posts a marked comment, once per incident and marker, ever. */
const comment = async (effect, context) => {
    const posted = await (0,post_once/* postOnce */.y)(context, effect.marker, context.render.comment(effect.marker, effect.message));
    return posted ? (0,describe/* describeEffect */.x)(effect) : `${(0,describe/* describeEffect */.x)(effect)}: already posted by another run`;
};

// EXTERNAL MODULE: ./dist/src/sinks/sink-request.js + 5 modules
var sink_request = __webpack_require__(2475);
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
        const request = (0,sink_request/* sinkRequest */.R)(delivery, secret, deps.now());
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
        if (attempt >= SEND_ATTEMPTS)
            return { outcome: { ok: false, reason }, detail: status === null ? reason : `${status} after ${attempt} attempts` };
        // Only a Retry-After can ask for more: the back-off of the attempts before the last stays far below.
        if (wait > MAX_WAIT_MS)
            return { outcome: { ok: false, reason }, detail: `${reason} with Retry-After ${wait / 1000} s, longer than one run waits` };
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
        return (0,describe/* describeEffect */.x)(effect);
    const retry = delivery.failedRuns + 1 < engine_deliveries/* MAX_DELIVERY_RUNS */.nj ? 'the next run retries it' : 'giving up';
    context.log.warning(`#${context.issue.number}: could not ${(0,describe/* describeEffect */.x)(effect)}: ${detail}; ${retry}.`);
    return `${(0,describe/* describeEffect */.x)(effect)}: failed (${outcome.reason})`;
};

// EXTERNAL MODULE: ./dist/src/engine/records.js
var records = __webpack_require__(9262);
// EXTERNAL MODULE: ./dist/src/github/http-status.js
var http_status = __webpack_require__(9380);
// EXTERNAL MODULE: ./dist/src/github/octokit.js + 24 modules
var github_octokit = __webpack_require__(5766);
;// CONCATENATED MODULE: ./dist/src/github/appliers/follow-ups.js
/**
 * Completing a merged post-mortem: one follow-up issue per action item, each linking the incident,
 * then the `postmortem:complete` comment on the incident listing them. The follow-ups carry a
 * record line naming the incident and the item, so a rerun (or a retry after GitHub wrote the
 * issue and then failed) finds them instead of opening them twice.
 */





/** How many times a follow-up issue is opened before its 5xx is final. */
const CREATE_ATTEMPTS = 4;
/** GitHub's longest issue title. */
const MAX_TITLE = 256;
/** The follow-up issues the bot has opened for `incident`, by action item. */
async function existingFollowUps({ octokit, issue, botLogin }, label) {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: issue.owner, repo: issue.repo, labels: label, creator: botLogin, state: 'all', per_page: 100 });
    const found = new Map();
    for (const candidate of issues) {
        // Stryker disable next-line StringLiteral: a missing body and any text without a record line both read as no record
        const record = candidate.user?.login === botLogin ? (0,records/* parseFollowUpLine */._5)(candidate.body ?? '') : null;
        if (record !== null && record.incident === issue.number && !found.has(record.item))
            found.set(record.item, { number: candidate.number, title: candidate.title });
    }
    return found;
}
function title(text, incident) {
    const full = `${text} (follow-up of #${incident})`;
    return Array.from(full).length <= MAX_TITLE ? full : `${Array.from(text).slice(0, MAX_TITLE - 30).join('')}… (follow-up of #${incident})`;
}
/** Opens the follow-up issue of action item `item`, or finds it when a failed attempt had opened it. */
async function openFollowUp(context, effect, item, text) {
    const { octokit, issue, log, render } = context;
    const body = render.followUp({ incident: effect.incident, pull: effect.pull, item, text });
    for (let attempt = 1;; attempt += 1) {
        try {
            const { data } = await octokit.rest.issues.create({ owner: issue.owner, repo: issue.repo, title: title(text, issue.number), body, labels: [effect.label], request: { retries: 0 } });
            return { number: data.number, title: data.title };
        }
        catch (error) {
            const failed = (0,http_status/* requestError */.U)(error);
            if (failed === undefined || failed.status < 500 || attempt >= CREATE_ATTEMPTS)
                throw error;
            log.warning(`Opening follow-up ${item} of #${issue.number} failed (${failed.message}); checking whether it was opened before retrying.`);
            await (0,github_octokit/* backOff */.fu)(octokit, attempt);
            const again = (await existingFollowUps(context, effect.label)).get(item);
            if (again !== undefined)
                return again;
        }
    }
}
/** Opens the follow-up issues still missing and records the incident as complete. */
const followUps = async (effect, context) => {
    const found = await existingFollowUps(context, effect.label);
    const listed = [];
    for (const [index, text] of effect.items.entries())
        listed.push(found.get(index + 1) ?? (await openFollowUp(context, effect, index + 1, text)));
    const marker = { kind: 'postmortem', step: 'complete' };
    await (0,post_once/* postOnce */.y)(context, marker, context.render.comment(marker, { type: 'postmortem-complete', pull: effect.pull, followUps: listed }));
    return (0,describe/* describeEffect */.x)(effect);
};

// EXTERNAL MODULE: ./dist/src/github/pull-requests.js
var pull_requests = __webpack_require__(7021);
;// CONCATENATED MODULE: ./dist/src/github/appliers/postmortem-pr.js
/**
 * The post-mortem pull request: its file committed on the incident's own branch, the pull request
 * opened (or the one the branch has found), its reviewers asked, and a `postmortem:pr` comment on
 * the incident. Where GitHub does not let Actions open pull requests, the branch is pushed and a
 * `postmortem:branch` comment gives the link to open it by hand and the setting to change.
 */



/** Opens the post-mortem pull request once per incident, however often it is asked. */
const postmortemPr = async (effect, context) => {
    const { octokit, issue, log, render } = context;
    const { draft } = effect;
    const repo = { owner: issue.owner, repo: issue.repo };
    const rendered = render.postmortem(draft);
    let pull = await (0,pull_requests/* findPull */.pM)(octokit, repo, draft.branch, 'all');
    if (pull === null) {
        const base = await (0,pull_requests/* defaultBranch */.OR)(octokit, repo);
        // The ref is written last, so a branch that exists already holds the file.
        if ((await (0,pull_requests/* branchHead */.P)(octokit, repo, draft.branch)) === null) {
            await (0,pull_requests/* commitFiles */.zu)(octokit, repo, { branch: draft.branch, from: base.sha, files: [{ path: draft.path, content: rendered.file }], message: `Post-mortem of #${draft.incident.number}` });
        }
        const outcome = await (0,pull_requests/* openPull */.Q_)(octokit, repo, { branch: draft.branch, base: base.name, title: rendered.title, body: rendered.body }, log);
        if (outcome.kind === 'forbidden') {
            log.warning(`#${draft.incident.number}: ${outcome.message}; the post-mortem branch ${draft.branch} is pushed for someone to open the pull request.`);
            const compareUrl = `${draft.repo.serverUrl}/${repo.owner}/${repo.repo}/compare/${encodeURIComponent(base.name)}...${encodeURIComponent(draft.branch)}?expand=1`;
            const message = { type: 'postmortem-branch', branch: draft.branch, path: draft.path, compareUrl, dueAt: draft.dueAt };
            await (0,post_once/* postOnce */.y)(context, { kind: 'postmortem', step: 'branch' }, render.comment({ kind: 'postmortem', step: 'branch' }, message));
            return `push the post-mortem branch ${draft.branch} (GitHub Actions may not open pull requests here)`;
        }
        pull = outcome.pull;
    }
    const reviewers = pull.state === 'open' ? await (0,pull_requests/* requestReviewers */.i5)(octokit, repo, pull.number, draft.reviewers, log) : { requested: [], refused: [] };
    const marker = { kind: 'postmortem', step: 'pr' };
    const message = { type: 'postmortem-opened', pull: { number: pull.number, url: pull.url }, path: draft.path, reviewers: reviewers.requested, notRequested: reviewers.refused, dueAt: draft.dueAt };
    const posted = await (0,post_once/* postOnce */.y)(context, marker, render.comment(marker, message));
    return `${(0,describe/* describeEffect */.x)(effect)}: #${pull.number}${posted ? '' : ', already recorded by another run'}`;
};

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
    return (0,describe/* describeEffect */.x)(effect);
};

;// CONCATENATED MODULE: ./dist/src/github/appliers/reopen-issue.js

/** Reopens the issue of an incident that is not resolved. */
const reopenIssue = async (effect, { octokit, issue }) => {
    await octokit.rest.issues.update({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, state: 'open' });
    return (0,describe/* describeEffect */.x)(effect);
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
    'postmortem-pr': postmortemPr,
    'follow-ups': followUps,
};


/***/ }),

/***/ 5049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ issueSource),
/* harmony export */   nm: () => (/* binding */ sourceFor)
/* harmony export */ });
/* unused harmony export openIncidentsSource */
/* harmony import */ var _read_incident_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2844);
/* harmony import */ var _sweep_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5923);


/** Issue `number` alone; `fetched` is its reads when a caller already started them. */
function issueSource(reader, number, fetched) {
    return {
        numbers: () => Promise.resolve([number]),
        observe: (wanted) => (0,_read_incident_js__WEBPACK_IMPORTED_MODULE_1__/* .readIncident */ .r)(reader, wanted, wanted === number ? fetched : undefined),
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
        observe: (number) => (0,_read_incident_js__WEBPACK_IMPORTED_MODULE_1__/* .readIncident */ .r)(reader, number),
    };
}
/** Nothing: the event does not concern incidents. */
function nothing() {
    return {
        numbers: () => Promise.resolve([]),
        observe: (number) => Promise.reject(new Error(`#${number} is not part of this run`)),
    };
}
/**
 * The source for a workflow run's event target. `fetched` is the target issue's reads when the
 * caller started them early. With `sweep`, a run over every incident is a sweep (sweep-source.ts:
 * one bulk read, quiet incidents left unread); without it, every open incident is read on its own.
 */
function sourceFor(target, reader, incidentLabel, fetched, sweep) {
    switch (target.type) {
        case 'issue':
            return issueSource(reader, target.number, fetched);
        case 'open-incidents':
            return sweep === undefined ? openIncidentsSource(reader, incidentLabel) : (0,_sweep_source_js__WEBPACK_IMPORTED_MODULE_0__/* .sweepSource */ .YG)(reader, sweep);
        case 'skip':
            reader.log.info(`Nothing to do: ${target.reason}.`);
            return nothing();
    }
}


/***/ }),

/***/ 6578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kr: () => (/* binding */ keepSweep),
  eK: () => (/* binding */ pendingNow),
  By: () => (/* binding */ wakeViews)
});

// EXTERNAL MODULE: ./dist/src/engine/review-round.js
var review_round = __webpack_require__(7315);
;// CONCATENATED MODULE: ./dist/src/engine/sweep-needed.js
/**
 * Whether the sweep (the workflow on a 5-minute clock) has anything to do: the decision that lets it
 * turn itself off and an event's run turn it on again. Pure: from what a run knows of each incident
 * after it, nothing else.
 *
 * Only deadlines need the clock: an incident whose card records none (`due` null) changes only when
 * someone acts on it, and that action's own run reconciles it. A run that failed on an incident, or
 * left it for later (its request budget spent), needs the next sweep to try again. Review rounds
 * are decided by the day, not the minute: the daily wake-up starts a sweep for them (see the README).
 */
function clock(iso) {
    return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
/** Why `view` needs the sweep, or null when it does not. */
function reasonOf(view) {
    switch (view.kind) {
        case 'reconciled':
        case 'quiet':
            return view.due === null ? null : `#${view.incident} has a deadline at ${clock(view.due)}`;
        case 'failed':
            return `#${view.incident} could not be reconciled and is tried again by the next sweep`;
        case 'deferred':
            return `#${view.incident} was left for the next sweep (request budget spent)`;
        case 'skipped':
            return null;
        case 'review-failed':
            return 'the playbook review round failed and is tried again by the next sweep';
        case 'unread':
            return `#${view.incident} needs reading (a deadline came, or it changed since its card was written)`;
        case 'review-due':
            return `${view.files} playbook file${view.files === 1 ? ' is' : 's are'} due for review`;
    }
}
/**
 * Whether any incident of `views` needs the sweep; the reason names the earliest deadline (or the
 * first incident not done), so the log says what keeps it on.
 */
function sweepNeed(views) {
    const timed = views.flatMap((view) => ((view.kind === 'reconciled' || view.kind === 'quiet') && view.due !== null ? [{ view, due: view.due }] : []));
    const earliest = timed.sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0]?.view;
    const first = earliest ?? views.find((view) => reasonOf(view) !== null);
    const reason = first === undefined ? null : reasonOf(first);
    return reason === null ? { needed: false } : { needed: true, reason };
}

// EXTERNAL MODULE: ./dist/src/github/sweep-source.js + 1 modules
var sweep_source = __webpack_require__(5923);
// EXTERNAL MODULE: ./dist/src/github/sweep-query.js
var sweep_query = __webpack_require__(6772);
// EXTERNAL MODULE: ./dist/src/github/http-status.js
var http_status = __webpack_require__(9380);
;// CONCATENATED MODULE: ./dist/src/github/sweep-workflow.js

/** Enables (`on`) or disables workflow `file` (its file name under `.github/workflows/`). */
async function switchWorkflow(octokit, repo, file, on) {
    const request = { owner: repo.owner, repo: repo.repo, workflow_id: file };
    try {
        if (on)
            await octokit.rest.actions.enableWorkflow(request);
        else
            await octokit.rest.actions.disableWorkflow(request);
        return { kind: 'done' };
    }
    catch (error) {
        const failed = (0,http_status/* requestError */.U)(error);
        if (failed?.status !== 403 && failed?.status !== 404)
            throw error;
        return { kind: failed.status === 403 ? 'forbidden' : 'not-found', message: failed.message };
    }
}

;// CONCATENATED MODULE: ./dist/src/github/keep-sweep.js





/** The warning for a refused switch. */
function refusal(file, on, answer) {
    const effect = on ? 'deadlines are kept only while the sweep runs' : `the sweep keeps running on its schedule`;
    if (answer.kind === 'not-found') {
        return `Could not turn the sweep workflow ${file} ${on ? 'on' : 'off'}: GitHub has no workflow of that name here (${answer.message}). Set the sweep-workflow input to the file name of the sweep's workflow under .github/workflows/, or to "" to turn this off.`;
    }
    return `Could not turn the sweep workflow ${file} ${on ? 'on' : 'off'}, so ${effect}: GitHub refused (${answer.message}). Add \`actions: write\` to this job's permissions (a GitHub App token needs the Actions permission, read and write), or set the sweep-workflow input to "" to stop turning the sweep on and off.`;
}
/**
 * Turns the sweep workflow on or off as `views` (what the run knows of each incident after it)
 * require; see the file's comment for when each kind of run does what.
 */
async function keepSweep(deps, options, views) {
    const { octokit, log } = deps;
    const { repo, workflow: file, dryRun = false } = options;
    const turn = async (on) => {
        const answer = await switchWorkflow(octokit, repo, file, on);
        if (answer.kind === 'done')
            return null;
        const warning = refusal(file, on, answer);
        log.warning(warning);
        return warning;
    };
    const need = sweepNeed(views);
    if (options.run === 'wake') {
        if (!need.needed)
            return { done: 'nothing is pending, no review is due: the sweep stays as it is', warning: null };
        if (dryRun)
            return { done: `would turn the sweep (${file}) on: ${need.reason}`, warning: null };
        const warning = await turn(true);
        return { done: warning === null ? `turned the sweep (${file}) on: ${need.reason}` : null, warning };
    }
    if (need.needed) {
        if (options.ownRun)
            return { done: `the sweep stays on: ${need.reason}`, warning: null };
        if (dryRun)
            return { done: `would make sure the sweep (${file}) is on: ${need.reason}`, warning: null };
        const warning = await turn(true);
        return { done: warning === null ? `made sure the sweep (${file}) is on: ${need.reason}` : null, warning };
    }
    if (options.run === 'event')
        return { done: null, warning: null };
    if (dryRun)
        return { done: `would turn the sweep (${file}) off: no incident has a deadline pending`, warning: null };
    const off = await turn(false);
    if (off !== null)
        return { done: null, warning: off };
    const again = sweepNeed(await options.reread());
    if (!again.needed)
        return { done: `turned the sweep (${file}) off: no incident has a deadline pending; the next event that sets one turns it on`, warning: null };
    const on = await turn(true);
    return { done: on === null ? `turned the sweep (${file}) off and on again: ${again.reason} (set while this sweep ran)` : null, warning: on };
}
/**
 * What the daily wake-up finds: each incident from one bulk read (quiet as its card says, or changed
 * since), and the playbook files due for review today (none for a set outside the repository).
 */
async function wakeViews(reader, set, now, reviews) {
    const source = (0,sweep_source/* sweepSource */.YG)(reader, { set, now: () => now });
    const views = (await source.numbers()).map((number) => {
        const quiet = source.quiet(number);
        return quiet === null ? { kind: 'unread', incident: number } : { kind: 'quiet', incident: number, due: quiet.due };
    });
    const due = reviews ? (0,review_round/* dueFiles */.G4)(set, now).length : 0;
    return due === 0 ? views : [...views, { kind: 'review-due', files: due }];
}
/** What is pending now, from one bulk read (a request per 100 issues): each incident's deadline as its card records it. */
function pendingNow(octokit, repo, botLogin, set) {
    return async () => {
        const issues = await (0,sweep_query/* readBulk */.J)(octokit, repo, set.incidentLabel, sweep_source/* POSTMORTEM_PENDING_LABEL */.Ch);
        return issues.map((issue) => ({ kind: 'quiet', incident: issue.number, due: (0,sweep_source/* cardDue */.Rj)(issue, botLogin) }));
    };
}


/***/ }),

/***/ 7021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ defaultBranch),
/* harmony export */   P: () => (/* binding */ branchHead),
/* harmony export */   Q_: () => (/* binding */ openPull),
/* harmony export */   i5: () => (/* binding */ requestReviewers),
/* harmony export */   pM: () => (/* binding */ findPull),
/* harmony export */   zu: () => (/* binding */ commitFiles)
/* harmony export */ });
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9380);

/** GitHub's message when the repository does not let GitHub Actions open pull requests. */
const ACTIONS_MAY_NOT = /not permitted to create or approve pull requests/iu;
function summary(pull) {
    return {
        number: pull.number,
        url: pull.html_url,
        state: pull.state === 'closed' ? 'closed' : 'open',
        merged: pull.merged_at !== null,
        mergeCommitSha: pull.merge_commit_sha ?? null,
        base: pull.base.ref,
        head: pull.head.ref,
    };
}
/** The repository's default branch and the commit it points at. */
async function defaultBranch(octokit, repo) {
    const { data } = await octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo });
    const { data: ref } = await octokit.rest.git.getRef({ owner: repo.owner, repo: repo.repo, ref: `heads/${data.default_branch}` });
    return { name: data.default_branch, sha: ref.object.sha };
}
/** The newest pull request from `branch` in `state` (open, or any), or null. */
async function findPull(octokit, repo, branch, state = 'all') {
    const { data } = await octokit.rest.pulls.list({ owner: repo.owner, repo: repo.repo, head: `${repo.owner}:${branch}`, state, per_page: 100 });
    // Only a branch of this repository counts: a fork's branch of the same name is someone else's.
    // GitHub sends a null head repository for a deleted fork, though its types say otherwise.
    const fullName = (pull) => pull.head.repo?.full_name.toLowerCase();
    const own = data.filter((pull) => pull.head.ref === branch && fullName(pull) === `${repo.owner}/${repo.repo}`.toLowerCase());
    const newest = own.sort((a, b) => b.number - a.number)[0];
    return newest === undefined ? null : summary(newest);
}
/** The commit `branch` points at, or null when it does not exist. */
async function branchHead(octokit, repo, branch) {
    try {
        const { data } = await octokit.rest.git.getRef({ owner: repo.owner, repo: repo.repo, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (error) {
        if ((0,_http_status_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) === 404)
            return null;
        throw error;
    }
}
/**
 * Commits `files` on `branch` (created from `from` when it does not exist), and moves the branch
 * there. Blobs, trees and commits are content-addressed, so repeating any of them is harmless; the
 * ref is written last, so a branch that exists holds a complete commit.
 */
async function commitFiles(octokit, repo, change) {
    const where = { owner: repo.owner, repo: repo.repo };
    const current = await branchHead(octokit, repo, change.branch);
    const parent = current ?? change.from;
    const { data: parentCommit } = await octokit.rest.git.getCommit({ ...where, commit_sha: parent });
    const { data: tree } = await octokit.rest.git.createTree({
        ...where,
        base_tree: parentCommit.tree.sha,
        tree: change.files.map((file) => ({ path: file.path, mode: '100644', type: 'blob', content: file.content })),
    });
    const { data: commit } = await octokit.rest.git.createCommit({ ...where, message: change.message, tree: tree.sha, parents: [parent] });
    if (current === null) {
        try {
            await octokit.rest.git.createRef({ ...where, ref: `refs/heads/${change.branch}`, sha: commit.sha });
        }
        catch (error) {
            // A retry after GitHub wrote the ref and then failed: the ref is there, pointing at our commit.
            if ((0,_http_status_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) !== 422 || (await branchHead(octokit, repo, change.branch)) !== commit.sha)
                throw error;
        }
    }
    else {
        await octokit.rest.git.updateRef({ ...where, ref: `heads/${change.branch}`, sha: commit.sha });
    }
    return commit.sha;
}
/**
 * Opens a pull request from `branch` into `base` (the caller has looked for one first). A failure
 * after GitHub may have opened it (a 5xx, or the 422 a retry of it gets) is answered by looking
 * again; GitHub's refusal to let Actions open pull requests is an outcome, not an error.
 */
async function openPull(octokit, repo, request, log) {
    try {
        const { data } = await octokit.rest.pulls.create({ owner: repo.owner, repo: repo.repo, head: request.branch, base: request.base, title: request.title, body: request.body });
        return { kind: 'opened', pull: summary(data) };
    }
    catch (error) {
        const failed = (0,_http_status_js__WEBPACK_IMPORTED_MODULE_0__/* .requestError */ .U)(error);
        if (failed === undefined)
            throw error;
        const { status, message } = failed;
        if (status === 403 && ACTIONS_MAY_NOT.test(message))
            return { kind: 'forbidden', message };
        if (status !== 422 && status < 500)
            throw error;
        log.warning(`Opening the pull request from ${request.branch} failed (${message}); checking whether it was opened.`);
        const found = await findPull(octokit, repo, request.branch, 'open');
        if (found === null)
            throw error;
        return { kind: 'found', pull: found };
    }
}
/**
 * Asks `logins` to review pull request `number`, leaving out those GitHub refuses (not
 * collaborators, the author): they are returned, not thrown, so one unknown user stops nobody.
 */
async function requestReviewers(octokit, repo, number, logins, log) {
    const where = { owner: repo.owner, repo: repo.repo, pull_number: number };
    if (logins.length === 0)
        return { requested: [], refused: [] };
    try {
        await octokit.rest.pulls.requestReviewers({ ...where, reviewers: logins });
        return { requested: logins, refused: [] };
    }
    catch (error) {
        if ((0,_http_status_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) !== 422)
            throw error;
    }
    // One of them was refused; GitHub does not say which, so ask for each alone.
    const requested = [];
    const refused = [];
    for (const login of logins) {
        try {
            await octokit.rest.pulls.requestReviewers({ ...where, reviewers: [login] });
            requested.push(login);
        }
        catch (error) {
            const failed = (0,_http_status_js__WEBPACK_IMPORTED_MODULE_0__/* .requestError */ .U)(error);
            if (failed?.status !== 422)
                throw error;
            log.warning(`GitHub would not request a review of #${number} from ${login}: ${failed.message}`);
            refused.push(login);
        }
    }
    return { requested, refused };
}


/***/ }),

/***/ 2844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ readIncident),
/* harmony export */   z: () => (/* binding */ readPermissions)
/* harmony export */ });
/* harmony import */ var _fetch_incident_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9784);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9380);


async function readPermission({ octokit, repo, log }, username) {
    // Written here, not at module level, so that mutation testing can switch it per test.
    const PERMISSIONS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
    try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: repo.owner, repo: repo.repo, username });
        // A custom repository role has its own name in role_name; its base permission is in permission.
        const role = [data.role_name, data.permission].find((name) => PERMISSIONS.includes(name));
        return role ?? 'error';
    }
    catch (error) {
        if ((0,_http_status_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) === 404)
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
async function readIncident(reader, number, fetched = (0,_fetch_incident_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchIncident */ .x)(reader.octokit, { ...reader.repo, number })) {
    const { issue, comments, events } = await fetched;
    return { repo: reader.repo, botLogin: reader.botLogin, issue, comments, events, permissions: {}, playbookRef: reader.playbookRef, playbookFallback: null };
}


/***/ }),

/***/ 8295:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ runFailure),
  R: () => (/* binding */ runIncidents)
});

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
// EXTERNAL MODULE: ./dist/src/engine/reconcile.js + 4 modules
var reconcile = __webpack_require__(3100);
// EXTERNAL MODULE: ./dist/src/engine/describe.js
var describe = __webpack_require__(1679);
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
            throw new Error(`Could not ${(0,describe/* describeEffect */.x)(effect)} on issue #${context.issue.number}: ${reason}`, { cause: error });
        }
    }
    return { done, left: 0 };
}

// EXTERNAL MODULE: ./dist/src/github/read-incident.js
var read_incident = __webpack_require__(2844);
// EXTERNAL MODULE: ./dist/src/engine/postmortem-draft.js + 1 modules
var postmortem_draft = __webpack_require__(7957);
// EXTERNAL MODULE: ./dist/src/github/http-status.js
var http_status = __webpack_require__(9380);
// EXTERNAL MODULE: ./dist/src/github/pull-requests.js
var pull_requests = __webpack_require__(7021);
;// CONCATENATED MODULE: ./dist/src/github/read-postmortem.js
/**
 * Reads the post-mortem pull request of an incident awaiting one (`postmortem-pending`): found by
 * its branch, and once merged, the post-mortem file as merged, whose action items become
 * follow-up issues. Two or three reads, only for incidents that carry the label.
 */



/** The post-mortem file of incident `number` in `directory` at `ref`, or null when there is none. */
async function readPostmortemFile(octokit, repo, number, directory, ref) {
    const where = { owner: repo.owner, repo: repo.repo, ref };
    try {
        const { data } = await octokit.rest.repos.getContent({ ...where, path: directory });
        if (!Array.isArray(data))
            return null;
        const name = new RegExp(`^\\d{4}-\\d{2}-\\d{2}-${number}-[^/]*\\.md$`, 
        // Stryker disable next-line StringLiteral: the pattern is ASCII, so it matches the same with or without the u flag.
        'u');
        const entry = data.find((candidate) => candidate.type === 'file' && name.test(candidate.name));
        if (entry === undefined)
            return null;
        const { data: file } = await octokit.rest.repos.getContent({ ...where, path: entry.path });
        // Stryker disable next-line ConditionalExpression,LogicalOperator: the entry is a file, so GitHub answers with one; the check narrows the type.
        if (Array.isArray(file) || file.type !== 'file')
            return null;
        return { path: entry.path, text: Buffer.from(file.content, 'base64').toString('utf8') };
    }
    catch (error) {
        if ((0,http_status/* httpStatus */.n)(error) === 404)
            return null;
        throw error;
    }
}
/** The post-mortem pull request of incident `number` as it is now, or null when its branch has none. */
async function readPostmortem(octokit, repo, number, directory) {
    const pull = await (0,pull_requests/* findPull */.pM)(octokit, repo, (0,postmortem_draft/* postmortemBranch */.nu)(number), 'all');
    if (pull === null)
        return null;
    const file = pull.merged ? await readPostmortemFile(octokit, repo, number, directory, pull.mergeCommitSha ?? pull.base) : null;
    return { number: pull.number, url: pull.url, state: pull.state, merged: pull.merged, file };
}
/**
 * `observed` with its post-mortem pull request, when it awaits one; as it was otherwise. Every
 * source of incidents (one issue, every open incident, the sweep's bulk read) goes through this
 * before the engine, so a merge is noticed whichever run comes first.
 */
async function withPostmortem(octokit, observed, directory) {
    if (!observed.issue.labels.includes(postmortem_draft/* POSTMORTEM_PENDING_LABEL */.Ch) || observed.postmortem !== undefined)
        return observed;
    return { ...observed, postmortem: await readPostmortem(octokit, observed.repo, observed.issue.number, directory) };
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
    // Stryker disable next-line EqualityOperator: on a tie both sides are the same timestamp text, so >= picks an equal value.
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
    const permissions = { ...read.permissions, ...(await (0,read_incident/* readPermissions */.z)({ octokit: deps.octokit, repo: options.repo, log: deps.log }, unknown)) };
    const observed = await withPostmortem(deps.octokit, { ...read, permissions, playbookFallback: fallback }, set.postmortem.path);
    // A sweep (a source that reads in bulk) keeps the card's record of the issue fresh, so the bulk
    // read can leave the incident unread next time.
    const { incident, effects, due } = (0,reconcile/* reconcile */.Lq)(observed, set, deps.now(), { refreshSeen: source.quiet !== undefined });
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
        due,
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
        const quiet = source.quiet?.(number) ?? null;
        if (quiet !== null) {
            outcomes.push({ kind: 'quiet', ...quiet });
            continue;
        }
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


/***/ }),

/***/ 6772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readBulk)
/* harmony export */ });
/* unused harmony export CARD_SEARCH */
/** How many of an issue's first comments the bulk read looks through for the card. */
const CARD_SEARCH = 5;
const QUERY = `query Sweep($owner: String!, $repo: String!, $incident: [String!], $pending: [String!], $openAfter: String, $pendingAfter: String, $withOpen: Boolean!, $withPending: Boolean!) {
  repository(owner: $owner, name: $repo) {
    open: issues(first: 100, after: $openAfter, labels: $incident, states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withOpen) {
      ...SweepPage
    }
    pending: issues(first: 100, after: $pendingAfter, labels: $pending, orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withPending) {
      ...SweepPage
    }
  }
}

fragment SweepPage on IssueConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    number
    state
    labels(first: 100) { totalCount nodes { name } }
    comments(first: ${CARD_SEARCH}) { totalCount nodes { databaseId body author { login } } }
  }
}`;
function bulkIssue(node) {
    return {
        number: node.number,
        state: node.state === 'OPEN' ? 'open' : 'closed',
        labels: node.labels.totalCount > node.labels.nodes.length ? null : node.labels.nodes.map((label) => label.name),
        comments: node.comments.totalCount,
        firstComments: node.comments.nodes.flatMap((comment) => (comment.databaseId === null ? [] : [{ id: comment.databaseId, author: comment.author?.login ?? 'ghost', body: comment.body }])),
    };
}
/**
 * Every open issue labelled `incidentLabel` and every issue labelled `pendingLabel`, each once,
 * open incidents first, oldest first.
 */
async function readBulk(octokit, repo, incidentLabel, pendingLabel) {
    const found = new Map();
    let open = { after: null };
    let pending = { after: null };
    while (open !== null || pending !== null) {
        const answer = await octokit.graphql(QUERY, {
            owner: repo.owner,
            repo: repo.repo,
            incident: [incidentLabel],
            pending: [pendingLabel],
            openAfter: open === null ? null : open.after,
            pendingAfter: pending === null ? null : pending.after,
            withOpen: open !== null,
            withPending: pending !== null,
        });
        if (answer.repository === null)
            throw new Error(`the repository ${repo.owner}/${repo.repo} was not found`);
        const next = (page) => {
            // An issue in both lists keeps its first place; its data is the latest read.
            for (const node of page.nodes)
                found.set(node.number, bulkIssue(node));
            return page.pageInfo.hasNextPage ? { after: page.pageInfo.endCursor } : null;
        };
        // The query includes a list exactly while it is not done (`@include`), so GitHub answers it then.
        open = open === null ? null : next(answer.repository.open);
        pending = pending === null ? null : next(answer.repository.pending);
    }
    return [...found.values()];
}


/***/ }),

/***/ 5923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ch: () => (/* binding */ POSTMORTEM_PENDING_LABEL),
  Rj: () => (/* binding */ cardDue),
  YG: () => (/* binding */ sweepSource)
});

// EXTERNAL MODULE: ./dist/src/engine/records.js
var records = __webpack_require__(9262);
// EXTERNAL MODULE: ./dist/src/engine/seen.js
var seen = __webpack_require__(8501);
// EXTERNAL MODULE: ./dist/src/engine/time.js
var time = __webpack_require__(275);
;// CONCATENATED MODULE: ./dist/src/github/identity.js
/**
 * Who is who across GitHub's two APIs: REST names a GitHub App's bot `name[bot]`, GraphQL names the
 * same account `name`. Every comparison of a login the bulk read returns with `bot-login` goes
 * through here, so neither API's spelling can make the bot miss its own records.
 */
/** A login without the `[bot]` suffix REST adds to bots, in lower case (logins compare without case). */
function canonical(login) {
    const lower = login.toLowerCase();
    return lower.endsWith('[bot]') ? lower.slice(0, -'[bot]'.length) : lower;
}
/** Whether `a` and `b` name the same account, whichever API spelled them. */
function sameLogin(a, b) {
    return canonical(a) === canonical(b);
}

// EXTERNAL MODULE: ./dist/src/github/read-incident.js
var read_incident = __webpack_require__(2844);
// EXTERNAL MODULE: ./dist/src/github/sweep-query.js
var sweep_query = __webpack_require__(6772);
;// CONCATENATED MODULE: ./dist/src/github/sweep-source.js






/** The label of a resolved incident whose post-mortem is not merged yet (added and removed by the post-mortem's run). */
const POSTMORTEM_PENDING_LABEL = 'postmortem-pending';
/** The record of the bot's card among the issue's first comments, if it has one. */
function cardOf(issue, botLogin) {
    return issue.firstComments.flatMap((comment) => {
        const record = sameLogin(comment.author, botLogin) ? (0,records/* parseRecordLine */.pF)(comment.body) : null;
        return record === null || record.card === null ? [] : [record.card];
    })[0];
}
/** The next deadline the bot's card of `issue` records, or null when it records none (or there is no card yet). */
function cardDue(issue, botLogin) {
    return cardOf(issue, botLogin)?.due ?? null;
}
/** Issue `issue` as the card last left it, or null when it must be read whole. */
function quietFrom(issue, botLogin, set, now) {
    if (issue.labels === null)
        return null;
    const card = cardOf(issue, botLogin);
    // A card that recorded nothing seen (null) never matches a fingerprint.
    if (card === undefined || card.seen !== (0,seen/* fingerprint */.R)({ state: issue.state, labels: issue.labels, comments: issue.comments }))
        return null;
    if (card.due !== null && !(0,time/* isBefore */.Y8)(now.toISOString(), card.due))
        return null;
    const labels = issue.labels;
    const severity = set.severities.find((candidate) => labels.includes(candidate.label))?.label ?? null;
    return { incident: issue.number, severity, status: issue.state === 'closed' ? 'resolved' : (card.phase ?? 'open'), due: card.due };
}
/** The source of a sweep; it always tells quiet incidents apart. */
function sweepSource(reader, options) {
    const found = new Map();
    return {
        numbers: async () => {
            const issues = await (0,sweep_query/* readBulk */.J)(reader.octokit, reader.repo, options.set.incidentLabel, options.pendingLabel ?? POSTMORTEM_PENDING_LABEL);
            for (const issue of issues)
                found.set(issue.number, issue);
            return issues.map((issue) => issue.number);
        },
        quiet: (number) => {
            const issue = found.get(number);
            return issue === undefined ? null : quietFrom(issue, reader.botLogin, options.set, options.now());
        },
        observe: (number) => (0,read_incident/* readIncident */.r)(reader, number),
    };
}


/***/ }),

/***/ 2475:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ sinkRequest)
});

// UNUSED EXPORTS: maskedSecret

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
        // After a line break or a space the piece ends in that character, so only a hard cut can split a pair.
        if (/[\uD800-\uDBFF]/.test(rest.charAt(end - 1)))
            end -= 1;
        pieces.push(rest.slice(0, end));
        rest = rest.slice(end);
    }
    // A cut takes at most `max` of more than `max`, so `rest` is empty only when `text` was: one empty piece.
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
        // Stryker disable next-line StringLiteral: there are more than `room` pieces here, so pieces[room - 1] is never undefined
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
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest('hex')}`;
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


/***/ })

};
