export const id = 303;
export const ids = [303];
export const modules = {

/***/ 2303:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reconcileRun: () => (/* binding */ reconcileRun)
});

// EXTERNAL MODULE: ./dist/src/config/printable.js
var printable = __webpack_require__(3657);
;// CONCATENATED MODULE: ./dist/src/config/format-diagnostics.js

/** Every value of {@link DiagnosticFormat}, for checking user input. */
const DIAGNOSTIC_FORMATS = (/* unused pure expression or super */ null && (['text', 'github', 'json']));
// File names, messages and hints quote what is in the files (and their names): untrusted. Every
// string is printed with its control characters escaped, so a diagnostic is exactly its lines; and
// validate's output lands in CI logs, so no line may start a workflow command (see printable.ts).
function format_diagnostics_location(diagnostic) {
    return `${(0,printable/* escapeControls */.UN)(diagnostic.file === '' ? '.' : diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`;
}
function format_diagnostics_text(diagnostics) {
    return diagnostics
        .map((diagnostic) => {
        const line = (0,printable/* neutralizeCommands */.Kw)(`${format_diagnostics_location(diagnostic)}  ${diagnostic.severity}  ${(0,printable/* escapeControls */.UN)(diagnostic.rule)}  ${(0,printable/* escapeControls */.UN)(diagnostic.message)}`);
        return diagnostic.hint === null ? `${line}\n` : `${line}\n${(0,printable/* neutralizeCommands */.Kw)(`    hint: ${(0,printable/* escapeControls */.UN)(diagnostic.hint)}`)}\n`;
    })
        .join('');
}
// GitHub workflow commands: data escapes %, CR and LF; properties also escape `:` and `,`. The
// command starts the line and the data cannot end it, so `::` and `##[` inside are inert.
function escapeData(value) {
    return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
function github(diagnostics) {
    return diagnostics
        .map((diagnostic) => {
        const properties = [
            // A diagnostic about the playbook directory itself (file `''`) has no file to annotate.
            ...(diagnostic.file === '' ? [] : [`file=${escapeProperty((0,printable/* escapeControls */.UN)(diagnostic.file))}`, `line=${diagnostic.line}`, `col=${diagnostic.column}`]),
            `title=${escapeProperty((0,printable/* escapeControls */.UN)(diagnostic.rule))}`,
        ];
        const message = (0,printable/* escapeControls */.UN)(diagnostic.message) + (diagnostic.hint === null ? '' : `\nhint: ${(0,printable/* escapeControls */.UN)(diagnostic.hint)}`);
        return `::${diagnostic.severity} ${properties.join(',')}::${escapeData(message)}\n`;
    })
        .join('');
}
/**
 * `diagnostics` as text: `text` prints one `file:line:col  severity  rule  message` line per
 * diagnostic with its hint indented below (a file of `''`, the directory itself, prints as `.`);
 * `github` prints `::error`/`::warning` workflow commands that GitHub shows as annotations;
 * `json` prints the list as a JSON array. Paths are printed as given: callers that want them
 * relative to the working directory rewrite `file` first. In `text` and `github`, control characters
 * in file names, messages and hints are written as escapes (`\n`, `\u001b`); no format can print a
 * line that the GitHub runner would take for a workflow command.
 */
function formatDiagnostics(diagnostics, format) {
    switch (format) {
        case 'text':
            return format_diagnostics_text(diagnostics);
        case 'github':
            return github(diagnostics);
        case 'json':
            return `${(0,printable/* printableJson */.et)(JSON.stringify(diagnostics, null, 2))}\n`;
    }
}
/** `N errors, M warnings in K files`, the closing line of a text report. */
function summarizeDiagnostics(diagnostics, fileCount) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
    return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./dist/src/config/describe-value.js
/** Naming values and schema types the way a person editing YAML thinks of them. */
const TYPE_NAMES = {
    string: 'text',
    object: 'a mapping',
    array: 'a list',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'nothing',
};
/** `string` → `text`, `object` → `a mapping`, … */
function typeName(type) {
    return TYPE_NAMES[type] ?? type;
}
/** `['string', 'object']` → `text or a mapping`. */
function typeList(types) {
    const names = [...new Set(types.map(typeName))];
    if (names.length <= 1)
        return names[0] ?? 'nothing';
    return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
/** What kind of YAML value `value` is: `text`, `a mapping`, `a list`, … */
function kindOf(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'a whole number' : 'a number';
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value === 'object')
        return 'a mapping';
    return 'text';
}
/** A short quotation of a value for a message: strings quoted and cut at 60 characters. */
function quote(value) {
    if (typeof value === 'string') {
        const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
        return JSON.stringify(cut);
    }
    if (value === null || typeof value !== 'object')
        return String(value);
    return kindOf(value);
}
/** A schema title as a noun phrase: `Duration` → `a duration`, `URL` → `a URL`, `Id` → `an id`. */
function nounPhrase(title) {
    // Acronyms and names (`URL`, `GitHub handle`) keep their capitals; ordinary words are lower-cased.
    const word = /^[A-Z][a-z]/.test(title) && !/^[A-Z][a-z]+[A-Z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
    const article = /^[aeiou]/i.test(word) && !/^U[A-Z]/.test(word) ? 'an' : 'a';
    return `${article} ${word}`;
}

;// CONCATENATED MODULE: ./dist/src/config/kinds.js
/** Every document kind, in the order a set is described. */
const DOC_KINDS = [
    'settings',
    'roles',
    'severities',
    'process',
    'scenario',
    'communication',
    'escalation',
    'contacts',
    'postmortem',
    'tools',
];
/** Kinds a set has exactly once; `scenario` may appear any number of times. */
const SINGLE_KINDS = DOC_KINDS.filter((kind) => kind !== 'scenario');
/** Whether `value` names a document kind. */
function isDocKind(value) {
    return typeof value === 'string' && DOC_KINDS.includes(value);
}

;// CONCATENATED MODULE: ./dist/src/config/located.js
/**
 * A diagnostic at the node `pointer` of `document`: at its key when `on` is `key` (unknown or
 * duplicate properties, missing ones inside a mapping), else at its value.
 */
function diagnosticAt(document, pointer, finding, on = 'value') {
    const place = on === 'key' ? document.locator.key(pointer) : document.locator.value(pointer);
    return {
        file: document.file,
        line: place.line,
        column: place.column,
        severity: finding.severity ?? 'error',
        rule: finding.rule,
        message: finding.message,
        hint: finding.hint,
        pointer,
    };
}

// EXTERNAL MODULE: ../main/node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(3996);
;// CONCATENATED MODULE: ./dist/src/config/suggest.js
/** "Did you mean …?" for misspelt keys, ids and labels. */

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo, ignoring case: one
 * edit for words of up to three letters, else two edits or a third of the length, whichever is
 * more (a swapped pair of letters is two edits). Null when nothing is close.
 */
function closestMatch(word, candidates) {
    const lower = word.toLowerCase();
    const allowed = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const edits = (0,mod/* distance */.Io)(lower, candidate.toLowerCase());
        if (edits < bestDistance) {
            best = candidate;
            bestDistance = edits;
        }
    }
    return bestDistance <= allowed ? best : null;
}
/** A hint for an unknown `word`: the likely intended candidate, else the list of valid ones. */
function didYouMean(word, candidates, what = 'known values') {
    const match = closestMatch(word, candidates);
    if (match !== null)
        return `did you mean ${JSON.stringify(match)}?`;
    if (candidates.length === 0)
        return `there are no ${what}`;
    return `${what}: ${candidates.map((candidate) => JSON.stringify(candidate)).join(', ')}`;
}

;// CONCATENATED MODULE: ./dist/src/config/classify-document.js
/** Telling which kind a parsed document is (`unknown-kind` when it cannot be told). */





const KIND_LIST = DOC_KINDS.join(', ');
function guessFromFile(file) {
    const name = external_node_path_.posix.basename(file).replace(/\.ya?ml$/i, '');
    return closestMatch(name, DOC_KINDS) ?? (external_node_path_.posix.dirname(file).split('/').includes('scenarios') ? 'scenario' : null);
}
function addKindHint(guess) {
    return guess === null ? `add "kind:" with one of ${KIND_LIST}` : `add "kind: ${guess}" (kinds: ${KIND_LIST})`;
}
/** The kind of `document`, or the diagnostic saying why it has none. */
function classifyDocument(document) {
    const value = document.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const guess = guessFromFile(document.file);
        const message = `the document is ${kindOf(value)}, not a mapping with a kind`;
        return { guess, diagnostic: diagnosticAt(document, '', { rule: 'unknown-kind', message, hint: addKindHint(guess) }) };
    }
    if (!Object.hasOwn(value, 'kind')) {
        const guess = guessFromFile(document.file);
        return { guess, diagnostic: diagnosticAt(document, '/kind', { rule: 'unknown-kind', message: 'missing "kind"', hint: addKindHint(guess) }, 'key') };
    }
    const kind = value.kind;
    if (isDocKind(kind))
        return { kind };
    const guess = typeof kind === 'string' ? closestMatch(kind, DOC_KINDS) : null;
    return {
        guess: guess ?? guessFromFile(document.file),
        diagnostic: diagnosticAt(document, '/kind', {
            rule: 'unknown-kind',
            message: `unknown kind ${typeof kind === 'string' ? JSON.stringify(kind) : kindOf(kind)}`,
            hint: guess === null ? `the kinds are ${KIND_LIST}` : `did you mean "${guess}"? (kinds: ${KIND_LIST})`,
        }),
    };
}

;// CONCATENATED MODULE: ./dist/src/config/json-pointer.js
/** JSON Pointers (RFC 6901): how diagnostics name a node inside a document. */
/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
function escapeToken(token) {
    return token.replaceAll('~', '~0').replaceAll('/', '~1');
}
/** Decodes one reference token. */
function unescapeToken(token) {
    return token.replaceAll('~1', '/').replaceAll('~0', '~');
}
/** The pointer of `child` inside the node at `parent`. */
function childPointer(parent, child) {
    return `${parent}/${escapeToken(String(child))}`;
}
/** The reference tokens of `pointer`, decoded; `''` has none. */
function pointerTokens(pointer) {
    return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeToken);
}
/** The pointer of the node that contains `pointer`; the root is its own parent. */
function parentPointer(pointer) {
    const cut = pointer.lastIndexOf('/');
    return cut <= 0 ? '' : pointer.slice(0, cut);
}
/**
 * A pointer as people read it: `/severities/0/response_time` → `severities[0].response_time`.
 * Keys that are not plain words are quoted so the path stays unambiguous.
 */
function readablePath(pointer) {
    let path = '';
    for (const token of pointerTokens(pointer)) {
        if (/^\d+$/.test(token))
            path += `[${token}]`;
        else if (/^[A-Za-z_][\w-]*$/.test(token))
            path += path === '' ? token : `.${token}`;
        else
            path += `[${JSON.stringify(token)}]`;
    }
    return path;
}

;// CONCATENATED MODULE: ./dist/src/config/placeholder.js
/** Placeholders: values still to be filled in, written entirely in brackets, e.g. `[Phone Number]`. */
const PLACEHOLDER = /^\[[^\]]+\]$/;
/** Whether `value` is a placeholder string. */
function isPlaceholder(value) {
    return typeof value === 'string' && PLACEHOLDER.test(value);
}

;// CONCATENATED MODULE: ./dist/src/config/checks/check-placeholders.js



/** A `placeholder` warning for every placeholder string in `document`, in document order. */
function checkPlaceholders(document) {
    const diagnostics = [];
    // Recursion depth is bounded by the YAML depth limit the document already passed.
    const visit = (value, pointer) => {
        if (isPlaceholder(value)) {
            const path = readablePath(pointer);
            diagnostics.push(diagnosticAt(document, pointer, {
                severity: 'warning',
                rule: 'placeholder',
                message: `${path === '' ? '' : `${path}: `}placeholder ${JSON.stringify(value)} is still to be filled in`,
                hint: 'replace it with the real value; until then nothing can use it',
            }));
        }
        else if (Array.isArray(value)) {
            value.forEach((item, index) => visit(item, childPointer(pointer, index)));
        }
        else if (value !== null && typeof value === 'object') {
            for (const [key, item] of Object.entries(value))
                visit(item, childPointer(pointer, key));
        }
    };
    visit(document.value, '');
    return diagnostics;
}

;// CONCATENATED MODULE: ./dist/src/config/checks/check-documents.js


/**
 * The set-level diagnostics about which documents exist (`file` `''`: the directory itself).
 * A kind in `guessed` is not reported missing: a document of unknown kind, already reported,
 * was probably meant to be it.
 */
function checkDocuments(set, guessed) {
    const diagnostics = [];
    for (const kind of SINGLE_KINDS) {
        const [first, ...extra] = set.all(kind);
        if (first === undefined) {
            if (guessed.has(kind))
                continue;
            diagnostics.push({
                file: '',
                line: 1,
                column: 1,
                severity: 'error',
                rule: 'missing-document',
                message: `the set has no ${kind} document`,
                hint: `add a file such as ${kind}.yaml that starts with "kind: ${kind}" (see playbooks/${kind}.yaml of playbook-ops for an example)`,
                pointer: '',
            });
            continue;
        }
        for (const document of extra) {
            diagnostics.push(diagnosticAt(document, '/kind', {
                rule: 'duplicate-document',
                message: `a second ${kind} document; a set has exactly one`,
                hint: `merge it into ${first.file}, or delete one of them`,
            }));
        }
    }
    return diagnostics;
}

;// CONCATENATED MODULE: ./dist/src/config/calendar-date.js
/** Calendar dates written `YYYY-MM-DD`, computed in UTC so the result never depends on the machine. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;
/** Milliseconds since the epoch of midnight UTC of `text`, or null when it is not a real date. */
function parseCalendarDate(text) {
    const match = DATE.exec(text);
    if (match === null)
        return null;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const date = new Date(time);
    // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : null;
}
/** `YYYY-MM-DD` of the UTC day `minutes` after midnight UTC of `date` (which must be valid). */
function addMinutesToDate(date, minutes) {
    return new Date(parseCalendarDate(date) + minutes * MINUTE_MS).toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./dist/src/config/duration.js
/** Parsing of durations as people write them: `15m`, `2h`, `48h`, `90d`, `1h30m`, `2w`. */
const UNIT_MINUTES = { w: 7 * 24 * 60, d: 24 * 60, h: 60, m: 1 };
const WHOLE = /^(?:\d+[wdhm])+$/;
const PART = /(\d+)([wdhm])/g;
/** What a duration may look like, for error messages. */
const DURATION_HINT = 'write a whole number followed by m (minutes), h (hours), d (days) or w (weeks), e.g. 15m, 2h, 48h, 90d or 1h30m';
/** Minutes in `text`, or null when it is not a duration. */
function parseDuration(text) {
    if (!WHOLE.test(text))
        return null;
    let minutes = 0;
    for (const [, amount, unit] of text.matchAll(PART)) {
        minutes += Number(amount) * UNIT_MINUTES[unit];
    }
    return minutes;
}
/** The shortest way to write `minutes` back as a duration: 90 → `1h30m`. */
function formatDuration(minutes) {
    if (minutes === 0)
        return '0m';
    let rest = minutes;
    let text = '';
    for (const unit of ['d', 'h', 'm']) {
        const amount = Math.floor(rest / UNIT_MINUTES[unit]);
        if (amount > 0)
            text += `${amount}${unit}`;
        rest -= amount * UNIT_MINUTES[unit];
    }
    return text;
}

;// CONCATENATED MODULE: ./dist/src/config/checks/check-durations.js
/**
 * Durations and dates that have the right form but cannot be used (`bad-duration`, `bad-date`):
 * a status update "every 0m" would fire forever, `2026-02-30` is no day.
 */




/** A hundred years: any longer duration is a typo. */
const MAX_MINUTES = 100 * 365 * 24 * 60;
function durationFields(doc) {
    const fields = [{ pointer: '/review/cadence', text: doc.review.cadence, positive: true }];
    switch (doc.kind) {
        case 'settings':
            fields.push({ pointer: '/review_cadence', text: doc.review_cadence, positive: true });
            break;
        case 'severities':
            doc.severities.forEach((severity, index) => {
                fields.push({ pointer: `/severities/${index}/response_time`, text: severity.response_time, positive: true });
                fields.push({ pointer: `/severities/${index}/postmortem/due_after_resolution`, text: severity.postmortem?.due_after_resolution, positive: false });
            });
            break;
        case 'communication':
            doc.status_updates.forEach((update, index) => {
                fields.push({ pointer: `/status_updates/${index}/every`, text: update.every, positive: true });
            });
            break;
        case 'escalation':
            doc.technical.forEach((level, index) => {
                fields.push({ pointer: `/technical/${index}/after`, text: level.after, positive: false });
            });
            doc.management.forEach((rule, index) => {
                fields.push({ pointer: `/management/${index}/within`, text: rule.within, positive: false });
            });
            break;
        // Named one by one, so that a new kind with a duration is a lint error here until it is handled.
        case 'contacts':
        case 'postmortem':
        case 'process':
        case 'roles':
        case 'scenario':
        case 'tools':
            break;
    }
    return fields;
}
function checkField(document, field) {
    if (field.text === undefined)
        return [];
    const minutes = parseDuration(field.text);
    // A duration of the wrong form is the schema's to report.
    if (minutes === null)
        return [];
    let problem = null;
    if (minutes > MAX_MINUTES)
        problem = `"${field.text}" is longer than 100 years`;
    else if (minutes === 0 && field.positive)
        problem = `"${field.text}" is zero; this duration must be longer than that`;
    if (problem === null)
        return [];
    return [diagnosticAt(document, field.pointer, { rule: 'bad-duration', message: `${readablePath(field.pointer)}: ${problem}`, hint: DURATION_HINT })];
}
/** Every `bad-duration` and `bad-date` of the valid documents of the set. */
function checkDurations(set) {
    const diagnostics = [];
    for (const document of set.documents) {
        if (!document.valid)
            continue;
        // A valid document has the shape of its kind.
        const doc = document.value;
        for (const field of durationFields(doc))
            diagnostics.push(...checkField(document, field));
        const lastReviewed = doc.review.last_reviewed;
        if (parseCalendarDate(lastReviewed) === null) {
            diagnostics.push(diagnosticAt(document, '/review/last_reviewed', {
                rule: 'bad-date',
                message: `review.last_reviewed: "${lastReviewed}" is not a date in the calendar`,
                hint: 'write a real date as YYYY-MM-DD, e.g. "2026-11-27"',
            }));
        }
    }
    return diagnostics;
}

;// CONCATENATED MODULE: ./dist/src/config/checks/check-escalation.js


/** Every `escalation-order` problem of the set. */
function checkEscalation(set) {
    const diagnostics = [];
    for (const document of set.valid('escalation')) {
        let previous = null;
        document.value.technical.forEach((level, index) => {
            if (level.level !== index + 1) {
                diagnostics.push(diagnosticAt(document, `/technical/${index}/level`, {
                    rule: 'escalation-order',
                    message: `technical level ${level.level} is listed where level ${index + 1} belongs`,
                    hint: 'number the technical levels 1, 2, 3, … in the order they are listed, without gaps or repeats',
                }));
            }
            const after = parseDuration(level.after);
            if (after === null)
                return;
            if (previous !== null && after <= previous.after) {
                diagnostics.push(diagnosticAt(document, `/technical/${index}/after`, {
                    rule: 'escalation-order',
                    message: `level ${level.level} escalates after ${level.after}, which is not later than level ${previous.level} (${formatDuration(previous.after)})`,
                    hint: 'each level must wait longer than the level before it: make "after" strictly increase from level to level',
                }));
            }
            previous = { level: level.level, after };
        });
    }
    return diagnostics;
}

;// CONCATENATED MODULE: ./dist/src/config/checks/check-labels.js

/** GitHub's longest label name. */
const MAX_LABEL = 50;
const PREFIX = 'scenario:';
/** Every `label-too-long` of the valid scenario documents of the set. */
function checkLabels(set) {
    const diagnostics = [];
    for (const document of set.documents) {
        if (!document.valid || document.kind !== 'scenario')
            continue;
        const { id } = document.value;
        if (PREFIX.length + id.length <= MAX_LABEL)
            continue;
        diagnostics.push(diagnosticAt(document, '/id', {
            rule: 'label-too-long',
            message: `id: the scenario label "${PREFIX}${id}" is longer than GitHub's ${MAX_LABEL} characters`,
            hint: `shorten the id to at most ${MAX_LABEL - PREFIX.length} characters`,
        }));
    }
    return diagnostics;
}

;// CONCATENATED MODULE: ./dist/src/config/checks/check-references.js


function unknown(references, known, what, plural, where) {
    // No target list (its document is missing or invalid): that is reported on its own, once.
    if (known === null)
        return [];
    const names = new Set(known);
    return references
        .filter((reference) => !names.has(reference.name))
        .map((reference) => diagnosticAt(reference.document, reference.pointer, {
        rule: 'unknown-reference',
        message: `unknown ${what} ${JSON.stringify(reference.name)}`,
        hint: `${didYouMean(reference.name, known, `known ${plural}`)} (${plural} are defined in ${where})`,
    }));
}
/** Every `unknown-reference` of the set. */
function checkReferences(set) {
    const roles = set.single('roles');
    const contacts = set.single('contacts');
    const severities = set.single('severities');
    const escalation = set.valid('escalation');
    const communication = set.valid('communication');
    const owners = set.valid('scenario').flatMap((document) => document.value.owner === undefined ? [] : [{ document, pointer: '/owner', name: document.value.owner }]);
    const contactRefs = escalation.flatMap((document) => [
        ...document.value.technical.flatMap((level, index) => level.contacts.map((name, at) => ({ document, pointer: `/technical/${index}/contacts/${at}`, name }))),
        ...document.value.management.flatMap((rule, index) => rule.notify.map((name, at) => ({ document, pointer: `/management/${index}/notify/${at}`, name }))),
    ]);
    const severityRefs = [
        ...escalation.flatMap((document) => document.value.management.map((rule, index) => ({ document, pointer: `/management/${index}/severity`, name: rule.severity }))),
        ...set.valid('settings').flatMap((document) => document.value.default_severity === undefined ? [] : [{ document, pointer: '/default_severity', name: document.value.default_severity }]),
        ...communication.flatMap((document) => [
            ...document.value.status_updates.map((update, index) => ({ document, pointer: `/status_updates/${index}/severity`, name: update.severity })),
            ...document.value.audiences.flatMap((audience, index) => (audience.severities ?? []).map((name, at) => ({ document, pointer: `/audiences/${index}/severities/${at}`, name }))),
        ]),
    ];
    return [
        ...unknown(owners, roles?.value.roles.map((role) => role.id) ?? null, 'role', 'roles', roles?.file ?? 'the roles document'),
        ...unknown(contactRefs, contacts?.value.contacts.map((contact) => contact.id) ?? null, 'contact', 'contacts', contacts?.file ?? 'the contacts document'),
        ...unknown(severityRefs, severities?.value.severities.map((severity) => severity.label) ?? null, 'severity', 'severities', severities?.file ?? 'the severities document'),
    ];
}

;// CONCATENATED MODULE: ./dist/src/config/checks/check-reviews.js
/** A file whose periodic review is past due is a warning (`review-overdue`). */



/**
 * A `review-overdue` warning for each valid document whose `last_reviewed` plus its cadence
 * (its own, else the set's `review_cadence`) is before the day of `now`.
 */
function checkReviews(set, now) {
    const settings = set.single('settings');
    const setCadence = settings === null ? null : parseDuration(settings.value.review_cadence);
    const today = now.toISOString().slice(0, 10);
    const diagnostics = [];
    for (const document of set.documents) {
        if (!document.valid)
            continue;
        const review = document.value.review;
        const cadence = review.cadence === undefined ? setCadence : parseDuration(review.cadence);
        // Bad dates and durations have diagnostics of their own.
        if (cadence === null || parseCalendarDate(review.last_reviewed) === null)
            continue;
        const due = addMinutesToDate(review.last_reviewed, cadence);
        if (due >= today)
            continue;
        diagnostics.push(diagnosticAt(document, '/review/last_reviewed', {
            severity: 'warning',
            rule: 'review-overdue',
            message: `review overdue: last reviewed ${review.last_reviewed}, due ${due}`,
            hint: 'review the file with its owners, then set review.last_reviewed to the date of that review',
        }));
    }
    return diagnostics;
}

;// CONCATENATED MODULE: ./dist/src/config/checks/check-unique.js

function duplicates(occurrences, rule, what) {
    const first = new Map();
    const diagnostics = [];
    for (const occurrence of occurrences) {
        const earlier = first.get(occurrence.value);
        if (earlier === undefined) {
            first.set(occurrence.value, occurrence);
            continue;
        }
        const place = earlier.document.locator.value(earlier.pointer);
        const where = earlier.document === occurrence.document ? `line ${place.line}` : `${earlier.document.file}:${place.line}:${place.column}`;
        diagnostics.push(diagnosticAt(occurrence.document, occurrence.pointer, {
            rule,
            message: `duplicate ${what} ${JSON.stringify(occurrence.value)}`,
            hint: `first used at ${where}; rename or remove one of them`,
        }));
    }
    return diagnostics;
}
/**
 * The values `pick` takes from the items of the list `list` in the valid documents of `kind`;
 * each is at `/<list>/<index>/<field>`.
 */
function collect(set, kind, list, field, pick) {
    return set.valid(kind).flatMap((document) => pick(document.value).map((value, index) => ({ document, pointer: `/${list}/${index}/${field}`, value })));
}
/** Roles marked `commander: true`: at most one role leads an incident. */
function commanders(set) {
    return set.valid('roles').flatMap((document) => document.value.roles.flatMap((role, index) => (role.commander === true ? [{ document, pointer: `/roles/${index}/commander`, value: 'commander: true' }] : [])));
}
/** Every `duplicate-id` and `duplicate-label` of the set, and a second `commander` role. */
function checkUnique(set) {
    const scenarioIds = set.valid('scenario').map((document) => ({ document, pointer: '/id', value: document.value.id }));
    return [
        ...duplicates(collect(set, 'roles', 'roles', 'id', (doc) => doc.roles.map((item) => item.id)), 'duplicate-id', 'role id'),
        ...duplicates(scenarioIds, 'duplicate-id', 'scenario id'),
        ...duplicates(commanders(set), 'duplicate-commander', 'role with'),
        ...duplicates(collect(set, 'contacts', 'contacts', 'id', (doc) => doc.contacts.map((item) => item.id)), 'duplicate-id', 'contact id'),
        ...duplicates(collect(set, 'process', 'phases', 'id', (doc) => doc.phases.map((item) => item.id)), 'duplicate-id', 'phase id'),
        ...duplicates(collect(set, 'communication', 'channels', 'id', (doc) => doc.channels.map((item) => item.id)), 'duplicate-id', 'channel id'),
        ...duplicates(collect(set, 'communication', 'audiences', 'id', (doc) => doc.audiences.map((item) => item.id)), 'duplicate-id', 'audience id'),
        ...duplicates(collect(set, 'tools', 'categories', 'id', (doc) => doc.categories.map((item) => item.id)), 'duplicate-id', 'tool category id'),
        ...duplicates(collect(set, 'postmortem', 'elements', 'id', (doc) => doc.elements.map((item) => item.id)), 'duplicate-id', 'post-mortem element id'),
        ...duplicates(collect(set, 'severities', 'severities', 'label', (doc) => doc.severities.map((item) => item.label)), 'duplicate-label', 'severity label'),
        ...duplicates(collect(set, 'severities', 'severities', 'level', (doc) => doc.severities.map((item) => item.level)), 'duplicate-label', 'severity level'),
        ...duplicates(collect(set, 'communication', 'status_updates', 'severity', (doc) => doc.status_updates.map((item) => item.severity)), 'duplicate-label', 'status-update cadence for severity'),
        ...duplicates(collect(set, 'escalation', 'management', 'severity', (doc) => doc.management.map((item) => item.severity)), 'duplicate-label', 'management escalation for severity'),
    ];
}

;// CONCATENATED MODULE: ./dist/src/config/checks/index.js







/**
 * The semantic diagnostics of `set`; they read only schema-valid documents. `now` enables
 * `review-overdue`; without it the result does not depend on the day it runs. `guessed` are the
 * kinds that documents of unknown kind were probably meant to be.
 */
function semanticChecks(set, now, guessed) {
    return [
        ...checkDocuments(set, guessed),
        ...checkUnique(set),
        ...checkReferences(set),
        ...checkEscalation(set),
        ...checkDurations(set),
        ...checkLabels(set),
        ...(now === undefined ? [] : checkReviews(set, now)),
    ];
}

;// CONCATENATED MODULE: ./dist/src/config/document-set.js
/** The documents of one playbook set. */
class DocumentSet {
    /** Every document with a known kind, in file order. */
    documents;
    constructor(documents) {
        this.documents = documents;
    }
    /** Every document of `kind`, valid or not, in file order. */
    all(kind) {
        return this.documents.filter((document) => document.kind === kind);
    }
    /** The schema-valid documents of `kind`, in file order; semantic checks read only these. */
    valid(kind) {
        return this.documents.filter((document) => document.kind === kind && document.valid);
    }
    /**
     * The one document of a kind a set has exactly once, when it is present, unique and valid.
     * References into a kind are only checked against such a document: when it is missing or
     * broken, that problem is reported once instead of once per reference.
     */
    single(kind) {
        const all = this.all(kind);
        const [only] = all;
        return all.length === 1 && only !== undefined && only.valid ? only : null;
    }
}

;// CONCATENATED MODULE: ./dist/src/config/file-diagnostics.js
function mebibytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}
/** The diagnostic of a file that was not read: too large, or unreadable. */
function unreadFileDiagnostic(file, maxBytes) {
    const base = { file: file.file, line: 1, column: 1, severity: 'error', pointer: '' };
    if ('tooLarge' in file) {
        return {
            ...base,
            rule: 'yaml-limit',
            message: `the file is ${mebibytes(file.tooLarge)}, more than the limit of ${mebibytes(maxBytes)}; it was not parsed`,
            hint: 'a playbook file is a few kilobytes: split it into several files or remove what does not belong in it',
        };
    }
    return { ...base, rule: 'unreadable-file', message: `the file cannot be read (${file.unreadable})`, hint: 'check that it exists and is readable' };
}
/** The diagnostic of a file that is not one valid YAML document. */
function yamlProblemDiagnostic(file, problem) {
    return {
        file,
        line: problem.line,
        column: problem.column,
        severity: 'error',
        rule: problem.rule,
        message: problem.message,
        hint: problem.hint,
        pointer: '',
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./dist/src/config/find-files.js
/** Finding the YAML files of a playbook set. */


const YAML_FILE = /\.ya?ml$/i;
// Hidden directories (.git, .github) and dependencies never hold playbooks.
function skipped(name) {
    return name.startsWith('.') || name === 'node_modules';
}
// A broken link is kept, so reading it reports the file instead of the directory failing.
async function linksToFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return true;
    }
}
/**
 * Every `*.yaml` and `*.yml` file below `dir`, recursively, as paths relative to `dir` with `/`
 * separators, sorted. Hidden entries and `node_modules` are skipped; symbolic links to files are
 * listed, links to directories are not (they could loop). A listed link is not yet trusted:
 * `readFiles` refuses one that leads outside `dir`, with a diagnostic rather than in silence.
 */
async function findYamlFiles(dir) {
    const found = [];
    const walk = async (relative) => {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, relative), { withFileTypes: true });
        for (const entry of entries) {
            if (skipped(entry.name))
                continue;
            const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory())
                await walk(path);
            else if (YAML_FILE.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await linksToFile((0,external_node_path_.join)(dir, path)))))) {
                found.push(path);
            }
        }
    };
    await walk('');
    return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// EXTERNAL MODULE: ../main/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(2395);
;// CONCATENATED MODULE: ./dist/src/config/expansion.js
/**
 * Measuring a loaded YAML value as if its aliases were expanded. js-yaml shares one object for
 * every alias of an anchor, so loading "billion laughs" is cheap, but anything that walks the
 * value (schema validation, JSON output) would visit every expanded node. Measuring the shared
 * graph once per distinct object finds such values before anyone walks them.
 */
const LEAF = { size: 1, height: 0 };
class LimitExceeded extends Error {
    problem;
    constructor(problem) {
        super(`the value exceeds the ${problem} limit`);
        this.problem = problem;
    }
}
/**
 * Checks that `value`, with shared objects counted once per place they appear, has at most
 * `maxNodes` nodes and `maxDepth` levels and no cycle (an alias inside its own anchor).
 * Work is proportional to the distinct objects, and recursion stops at `maxDepth`.
 */
function checkExpansion(value, maxDepth, maxNodes) {
    // Size and height of each distinct object; a shared object seen again at a deeper place
    // is checked with its known height instead of being walked again.
    const measured = new Map();
    const open = new Set();
    const measure = (node, depth) => {
        if (node === null || typeof node !== 'object')
            return LEAF;
        const known = measured.get(node);
        if (known !== undefined) {
            if (depth + known.height - 1 > maxDepth)
                throw new LimitExceeded('depth');
            return known;
        }
        if (open.has(node))
            throw new LimitExceeded('cycle');
        if (depth > maxDepth)
            throw new LimitExceeded('depth');
        open.add(node);
        let size = 1;
        let height = 1;
        for (const child of Object.values(node)) {
            const inner = measure(child, depth + 1);
            size += inner.size;
            height = Math.max(height, inner.height + 1);
            if (size > maxNodes)
                throw new LimitExceeded('nodes');
        }
        open.delete(node);
        const result = { size, height };
        measured.set(node, result);
        return result;
    };
    try {
        measure(value, 1);
        return null;
    }
    catch (error) {
        if (error instanceof LimitExceeded)
            return { problem: error.problem };
        throw error;
    }
}

;// CONCATENATED MODULE: ./dist/src/config/line-index.js
/** Turning character offsets into 1-based line and column numbers. */
/**
 * Returns a function that maps an offset of `text` to its line and column (both 1-based).
 * Line starts are found once so each lookup is a binary search, not a scan.
 */
function lineIndex(text) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
        starts.push(at + 1);
    return (offset) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
    };
}

;// CONCATENATED MODULE: ./dist/src/config/yaml-locations.js
/**
 * Where each node of a YAML document is, by JSON Pointer. js-yaml builds values without
 * positions, so this walks the same parser events the value was built from and records the
 * offset of every key and value. Lookups of a pointer that has no node of its own (a missing
 * property, or a path inside an alias) fall back to the nearest ancestor that has one, which
 * is where a person would go to fix it.
 */



// Plain keys that the core schema reads as something other than their text (`~`, `0x1F`, `true`).
const NON_STRING_PLAIN = /^(?:[-+.0-9~]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/;
function nodeStart(event) {
    // `anchorStart` is the name after `&` or `*`; the node begins at the sigil.
    if (event.type === js_yaml/* EVENT_ID */.hy.ALIAS)
        return event.anchorStart - 1;
    let start = event.type === js_yaml/* EVENT_ID */.hy.SCALAR ? event.valueStart : event.start;
    if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR && (event.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || event.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED)) {
        start -= 1;
    }
    // An anchor or tag written before the node is where the reader sees it begin.
    if (event.anchorStart >= 0)
        start = Math.min(start, event.anchorStart - 1);
    if (event.tagStart >= 0)
        start = Math.min(start, event.tagStart);
    return start;
}
// The key as the mapping stores it: js-yaml converts resolved scalars to strings.
function keyText(source, event) {
    const text = (0,js_yaml/* getScalarValue */.KE)(source, event);
    if (event.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN || event.tagStart >= 0 || !NON_STRING_PLAIN.test(text))
        return text;
    const single = [{ type: js_yaml/* EVENT_ID */.hy.DOCUMENT, explicitStart: false, explicitEnd: false, directives: [] }, event, { type: js_yaml/* EVENT_ID */.hy.POP }];
    const [value] = (0,js_yaml/* constructFromEvents */.fw)(single, { source, schema: js_yaml/* CORE_SCHEMA */.OU });
    return String(value);
}
/**
 * Records the key and value offsets of every node of the first document in `events`.
 * `events` must be a stream js-yaml constructed without error (so keys are scalars).
 */
function recordOffsets(source, events) {
    const offsets = new Map();
    const stack = [];
    let documents = 0;
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            documents += 1;
            if (documents > 1)
                break;
            continue;
        }
        if (event.type === js_yaml/* EVENT_ID */.hy.POP) {
            stack.pop();
            continue;
        }
        const parent = stack.at(-1);
        const start = nodeStart(event);
        let pointer = '';
        let keyOffset = start;
        if (parent !== undefined) {
            if (parent.mapping && parent.expectingKey) {
                parent.expectingKey = false;
                parent.key = event.type === js_yaml/* EVENT_ID */.hy.SCALAR ? keyText(source, event) : null;
                parent.keyOffset = start;
                if (event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE || event.type === js_yaml/* EVENT_ID */.hy.MAPPING)
                    stack.push(untracked(event.type));
                continue;
            }
            if (parent.mapping) {
                parent.expectingKey = true;
                pointer = parent.pointer === null || parent.key === null ? null : childPointer(parent.pointer, parent.key);
                keyOffset = parent.keyOffset;
            }
            else {
                pointer = parent.pointer === null ? null : childPointer(parent.pointer, parent.index);
                parent.index += 1;
            }
        }
        if (pointer !== null && !offsets.has(pointer))
            offsets.set(pointer, [keyOffset, start]);
        if (event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE || event.type === js_yaml/* EVENT_ID */.hy.MAPPING) {
            stack.push({ pointer, mapping: event.type === js_yaml/* EVENT_ID */.hy.MAPPING, index: 0, key: null, keyOffset: -1, expectingKey: true });
        }
    }
    return offsets;
}
function untracked(type) {
    return { pointer: null, mapping: type === js_yaml/* EVENT_ID */.hy.MAPPING, index: 0, key: null, keyOffset: -1, expectingKey: true };
}
/**
 * A {@link Locator} for the first document of `events`. Offsets are recorded on the first
 * lookup, because files without problems never need them.
 */
function createLocator(source, events) {
    let offsets;
    let toPosition;
    const find = (pointer) => {
        offsets ??= recordOffsets(source, events);
        for (let at = pointer;; at = parentPointer(at)) {
            const found = offsets.get(at);
            if (found !== undefined)
                return found;
            if (at === '')
                return [0, 0];
        }
    };
    const place = (offset) => {
        toPosition ??= lineIndex(source);
        return toPosition(offset);
    };
    return {
        value: (pointer) => place(find(pointer)[1]),
        key: (pointer) => place(find(pointer)[0]),
        has: (pointer) => {
            offsets ??= recordOffsets(source, events);
            return offsets.has(pointer);
        },
    };
}

;// CONCATENATED MODULE: ./dist/src/config/parse-yaml.js
/**
 * Parsing one YAML file into a plain value plus a {@link Locator}, within {@link YamlLimits}.
 * Problems come back as data (never thrown) so the loader can report every file at once.
 */




const SYNTAX_HINT = 'check the indentation, quotes and brackets at this place (YAML indents with spaces, never tabs)';
function fromException(error, source, events, limits) {
    const line = (error.mark?.line ?? 0) + 1;
    const column = (error.mark?.column ?? 0) + 1;
    const reason = error.reason;
    if (reason.startsWith('duplicated mapping key')) {
        const offset = error.mark?.position ?? -1;
        const key = events?.find((event) => event.type === js_yaml/* EVENT_ID */.hy.SCALAR && (event.valueStart === offset || event.valueStart === offset + 1));
        const name = key?.type === js_yaml/* EVENT_ID */.hy.SCALAR ? ` ${JSON.stringify((0,js_yaml/* getScalarValue */.KE)(source, key))}` : '';
        return { rule: 'duplicate-key', line, column, message: `duplicate key${name}`, hint: 'a key may appear only once in a mapping: remove or rename one of them' };
    }
    if (reason.includes('maxDepth')) {
        return { rule: 'yaml-limit', line, column, message: `nested deeper than ${limits.maxDepth} levels`, hint: 'playbooks need only a few levels of nesting; flatten the structure' };
    }
    if (reason.includes('maxAliases')) {
        return { rule: 'yaml-limit', line, column, message: `more than ${limits.maxAliases} aliases (*name)`, hint: 'write the values out instead of repeating aliases (*name)' };
    }
    if (reason.startsWith('unknown') && reason.includes(' tag ')) {
        return { rule: 'yaml-syntax', line, column, message: reason, hint: 'remove the tag: playbooks use plain strings, numbers, lists and mappings' };
    }
    return { rule: 'yaml-syntax', line, column, message: reason, hint: SYNTAX_HINT };
}
const EXPANSION_MESSAGES = {
    depth: (limits) => `aliases nest the document deeper than ${limits.maxDepth} levels`,
    nodes: (limits) => `aliases expand the document to more than ${limits.maxNodes.toLocaleString('en')} nodes`,
    cycle: () => 'an alias refers to the node that contains it',
};
/** Position of the first node of the second document, where the extra document starts. */
function secondDocumentStart(source, events) {
    let documents = 0;
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT)
            documents += 1;
        else if (documents === 2 && event.type !== js_yaml/* EVENT_ID */.hy.POP) {
            const offset = event.type === js_yaml/* EVENT_ID */.hy.SCALAR ? event.valueStart : event.type === js_yaml/* EVENT_ID */.hy.ALIAS ? event.anchorStart : event.start;
            return lineIndex(source)(offset);
        }
    }
    return { line: 1, column: 1 };
}
/**
 * Parses `source` as exactly one YAML document with the core schema (so dates stay strings),
 * rejecting duplicate keys and anything beyond `limits`. Keys such as `__proto__` become
 * ordinary own properties; they never reach a prototype.
 */
function parseYaml(source, limits) {
    let events = null;
    let documents;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(source, { maxDepth: limits.maxDepth });
        documents = (0,js_yaml/* constructFromEvents */.fw)(events, { source, schema: js_yaml/* CORE_SCHEMA */.OU, maxAliases: limits.maxAliases });
    }
    catch (error) {
        if (error instanceof js_yaml/* YAMLException */.tB)
            return { ok: false, problem: fromException(error, source, events, limits) };
        // A stack overflow inside the parser is a limit, not a crash of the validator.
        if (error instanceof RangeError) {
            return { ok: false, problem: { rule: 'yaml-limit', line: 1, column: 1, message: 'the file is too deeply nested to parse', hint: 'flatten the structure' } };
        }
        throw error;
    }
    if (documents.length === 0) {
        return { ok: false, problem: { rule: 'empty-document', line: 1, column: 1, message: 'the file has no YAML document', hint: 'start the file with `kind:` and the content of one playbook document, or delete it' } };
    }
    if (documents.length > 1) {
        const at = secondDocumentStart(source, events);
        return { ok: false, problem: { rule: 'multiple-documents', ...at, message: `the file has ${documents.length} YAML documents, not one`, hint: 'put each document in a file of its own' } };
    }
    const value = documents[0];
    const expansion = checkExpansion(value, limits.maxDepth, limits.maxNodes);
    if (expansion !== null) {
        return { ok: false, problem: { rule: 'yaml-limit', line: 1, column: 1, message: EXPANSION_MESSAGES[expansion.problem](limits), hint: 'write the values out instead of nesting aliases (*name) inside anchors' } };
    }
    return { ok: true, value, locator: createLocator(source, events) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./dist/src/config/read-files.js
/** Reading the files of a playbook set within the size limit, as UTF-8. */



// `fatal` so that bytes that are not UTF-8 are found rather than turned into U+FFFD; `ignoreBOM` so
// a byte-order mark stays in the text, as Buffer#toString kept it.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * The offset of the first byte of `bytes` that does not start or continue a well-formed UTF-8
 * sequence (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), or -1 when all of it
 * is UTF-8. A cut-short sequence is reported at its first byte.
 */
function firstInvalidUtf8(bytes) {
    let at = 0;
    while (at < bytes.length) {
        const lead = bytes[at];
        if (lead < 0x80) {
            at += 1;
            continue;
        }
        // How many continuation bytes the lead byte announces, and the range the first of them must be
        // in (narrower after E0, ED, F0 and F4, which is what rules out overlongs, surrogates and > U+10FFFF).
        let length;
        let low = 0x80;
        let high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf)
            length = 1;
        else if (lead >= 0xe0 && lead <= 0xef) {
            length = 2;
            if (lead === 0xe0)
                low = 0xa0;
            if (lead === 0xed)
                high = 0x9f;
        }
        else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 3;
            if (lead === 0xf0)
                low = 0x90;
            if (lead === 0xf4)
                high = 0x8f;
        }
        else
            return at;
        const second = bytes[at + 1];
        if (second === undefined || second < low || second > high)
            return at;
        for (let next = 2; next <= length; next += 1) {
            const byte = bytes[at + next];
            if (byte === undefined || byte < 0x80 || byte > 0xbf)
                return at;
        }
        at += length + 1;
    }
    return -1;
}
/** The text of `buffer`, or the refusal naming the line and column of its first byte that is not UTF-8. */
function decode(file, buffer) {
    try {
        return { file, text: UTF8.decode(buffer) };
    }
    catch {
        const offset = Math.max(0, firstInvalidUtf8(buffer));
        // Everything before the bad byte is UTF-8, so its text gives the line and column as editors count them.
        const before = UTF8.decode(buffer.subarray(0, offset));
        const { line, column } = lineIndex(before)(before.length);
        const byte = (buffer[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
        return {
            file,
            unreadable: `it is not UTF-8: line ${line}, column ${column} is not a UTF-8 character (byte 0x${byte})`,
            at: { rule: 'not-utf8', line, column, hint: 'save the file as UTF-8 (it is probably Latin-1 or Windows-1252): most editors offer "Save with encoding"' },
        };
    }
}
/**
 * The refusal of `file` (at `path`, whose real path is `real`) when that is outside `realDir`: a
 * link out of the set would let a playbook pull in `/etc/passwd` or `/proc/self/environ`, and the
 * diagnostics quote what they read.
 */
function outsideLink(file, path, real, realDir) {
    if (real === realDir || real.startsWith(realDir.endsWith(external_node_path_.sep) ? realDir : realDir + external_node_path_.sep))
        return null;
    let where;
    if ((0,external_node_fs_.lstatSync)(path).isSymbolicLink()) {
        const target = (0,external_node_fs_.readlinkSync)(path);
        // Name the end of a chain of links too, when the link's own text does not show it.
        where = `a symbolic link to "${target}"${(0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), target) === real ? '' : `, which leads to "${real}"`}`;
    }
    else {
        where = `reached through a symbolic link, at "${real}"`;
    }
    return {
        file,
        unreadable: `it is ${where}, outside the playbook directory; links may point only to files inside it`,
        at: { rule: 'outside-link', line: 1, column: 1, hint: 'copy the file into the playbook directory, or remove the link' },
    };
}
function readOne(dir, realDir, file, maxBytes) {
    try {
        const path = (0,external_node_path_.join)(dir, file);
        // The file is read at its real path, once that is known to be inside the directory.
        const real = external_node_fs_.realpathSync.native(path);
        const outside = outsideLink(file, path, real, realDir);
        if (outside !== null)
            return outside;
        const { size } = (0,external_node_fs_.statSync)(real);
        if (size > maxBytes)
            return { file, tooLarge: size };
        const buffer = (0,external_node_fs_.readFileSync)(real);
        // A file that grew since stat() is still caught.
        if (buffer.length > maxBytes)
            return { file, tooLarge: buffer.length };
        return decode(file, buffer);
    }
    catch (error) {
        return { file, unreadable: error.code ?? error.message };
    }
}
/**
 * The texts of `files` (relative to `dir`), in the given order. Read synchronously: a set is a few
 * hundred small files, and one blocking read each measured about five times faster than async
 * handles (open, stat, read, close) on a set of 1,000. Symbolic links are followed only to files
 * inside `dir` (wherever `dir` itself really is); a link that leads out of it is refused, unread.
 * A file that is not UTF-8 is not read either: its text would hold U+FFFD where its bytes were,
 * silently; the refusal names the first bad byte.
 */
function readFiles(dir, files, maxBytes) {
    let realDir;
    try {
        realDir = external_node_fs_.realpathSync.native(dir);
    }
    catch {
        // Then no file in it can be read either; each says why.
        realDir = (0,external_node_path_.resolve)(dir);
    }
    return files.map((file) => readOne(dir, realDir, file, maxBytes));
}

;// CONCATENATED MODULE: ./dist/src/config/resolve.js
/**
 * Resolving a checked set of documents into the {@link PlaybookSet} the engine uses: durations
 * in minutes, references replaced by the objects they name, severities ordered by level.
 * Only called when validation found no errors, so every lookup here succeeds.
 */


function minutes(text) {
    const value = parseDuration(text);
    if (value === null)
        throw new Error(`playbook-ops: unchecked duration "${text}" reached the resolver`);
    return value;
}
function only(set, kind) {
    const document = set.single(kind);
    if (document === null)
        throw new Error(`playbook-ops: the set reached the resolver without a valid ${kind} document`);
    return document;
}
function sourceOf(document, pointer) {
    const place = document.locator.value(pointer);
    return { file: document.file, line: place.line, column: place.column };
}
function lookup(items, id) {
    const found = items.find((item) => item.id === id);
    if (found === undefined)
        throw new Error(`playbook-ops: unchecked reference "${id}" reached the resolver`);
    return found;
}
function step(doc) {
    return typeof doc === 'string' ? { title: doc, tasks: [] } : { title: doc.title, tasks: doc.tasks ?? [] };
}
function reviews(set, defaultCadence) {
    return [...set.documents]
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
        .map((document) => {
        const review = document.value.review;
        const cadenceMinutes = review.cadence === undefined ? defaultCadence : minutes(review.cadence);
        return {
            file: document.file,
            owners: review.owners,
            lastReviewed: review.last_reviewed,
            cadenceMinutes,
            nextDue: addMinutesToDate(review.last_reviewed, cadenceMinutes),
        };
    });
}
/** The resolved model of a set that passed validation without errors. */
function resolvePlaybookSet(set) {
    const settings = only(set, 'settings');
    const rolesDoc = only(set, 'roles');
    const severitiesDoc = only(set, 'severities');
    const processDoc = only(set, 'process');
    const communication = only(set, 'communication');
    const escalation = only(set, 'escalation');
    const contactsDoc = only(set, 'contacts');
    const postmortem = only(set, 'postmortem');
    const tools = only(set, 'tools');
    const roles = rolesDoc.value.roles.map((role, index) => ({
        id: role.id,
        name: role.name,
        abbreviation: role.abbreviation ?? null,
        multiple: role.multiple ?? false,
        commander: role.commander ?? false,
        responsibilities: role.responsibilities,
        source: sourceOf(rolesDoc, `/roles/${index}`),
    }));
    const contacts = contactsDoc.value.contacts.map((contact, index) => ({
        id: contact.id,
        name: contact.name,
        category: contact.category,
        github: contact.github ?? null,
        email: contact.email ?? null,
        phone: contact.phone ?? null,
        contact: contact.contact ?? null,
        source: sourceOf(contactsDoc, `/contacts/${index}`),
    }));
    const updateEvery = new Map(communication.value.status_updates.map((update) => [update.severity, minutes(update.every)]));
    const severities = severitiesDoc.value.severities
        .map((severity, index) => ({
        level: severity.level,
        label: severity.label,
        name: severity.name,
        criteria: severity.criteria,
        responseMinutes: minutes(severity.response_time),
        updateEveryMinutes: updateEvery.get(severity.label) ?? null,
        postmortem: {
            required: severity.postmortem?.required ?? false,
            dueMinutesAfterResolution: severity.postmortem?.due_after_resolution === undefined ? null : minutes(severity.postmortem.due_after_resolution),
        },
        source: sourceOf(severitiesDoc, `/severities/${index}`),
    }))
        .sort((a, b) => a.level - b.level);
    const reviewCadenceMinutes = minutes(settings.value.review_cadence);
    return {
        name: settings.value.name,
        overview: settings.value.overview ?? null,
        incidentLabel: settings.value.incident_label ?? 'incident',
        minimumPermission: settings.value.minimum_permission ?? 'triage',
        trustReporters: settings.value.trust_reporters ?? false,
        defaultSeverity: severities.find((severity) => severity.label === settings.value.default_severity) ?? null,
        reviewCadenceMinutes,
        roles,
        severities,
        phases: processDoc.value.phases.map((phase, index) => ({
            id: phase.id,
            name: phase.name,
            steps: phase.steps.map(step),
            source: sourceOf(processDoc, `/phases/${index}`),
        })),
        scenarios: set
            .valid('scenario')
            .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
            .map((document) => ({
            id: document.value.id,
            name: document.value.name,
            description: document.value.description ?? null,
            owner: document.value.owner === undefined ? null : lookup(roles, document.value.owner),
            symptoms: document.value.symptoms,
            steps: document.value.steps,
            source: sourceOf(document, ''),
        })),
        communication: {
            channels: communication.value.channels.map((channel) => ({
                id: channel.id,
                name: channel.name,
                priority: channel.priority,
                useFor: channel.use_for ?? null,
                url: channel.url ?? null,
            })),
            audiences: communication.value.audiences.map((audience) => ({
                id: audience.id,
                name: audience.name,
                means: audience.means,
                severities: audience.severities ?? [],
                when: audience.when ?? null,
            })),
        },
        escalation: {
            technical: escalation.value.technical.map((level, index) => ({
                level: level.level,
                name: level.name,
                contacts: level.contacts.map((id) => lookup(contacts, id)),
                afterMinutes: minutes(level.after),
                source: sourceOf(escalation, `/technical/${index}`),
            })),
            management: escalation.value.management.map((rule, index) => ({
                severity: rule.severity,
                name: rule.name,
                notify: rule.notify.map((id) => lookup(contacts, id)),
                withinMinutes: rule.within === undefined ? null : minutes(rule.within),
                source: sourceOf(escalation, `/management/${index}`),
            })),
        },
        contacts,
        postmortem: {
            elements: postmortem.value.elements.map((element) => ({
                id: element.id,
                title: element.title,
                description: element.description ?? null,
            })),
            continuousImprovement: postmortem.value.continuous_improvement,
        },
        tools: tools.value.categories.map((category) => ({
            id: category.id,
            name: category.name,
            tools: category.tools.map((tool) => ({ name: tool.name, purpose: tool.purpose ?? null, url: tool.url ?? null })),
        })),
        reviews: reviews(set, reviewCadenceMinutes),
    };
}

;// CONCATENATED MODULE: ./dist/src/config/schema-messages.js





/** Missing properties that have a rule of their own, by document kind. */
const MISSING_RULES = {
    severities: {
        response_time: { rule: 'missing-response-time', hint: 'add response_time: how soon someone must acknowledge the incident, e.g. 15m' },
    },
};
function prefix(pointer, message) {
    const path = readablePath(pointer);
    return path === '' ? message : `${path}: ${message}`;
}
// The duration's own hint is the one the parser uses, so the two never disagree.
function hintOf(schema) {
    if (schema?.title === 'Duration')
        return DURATION_HINT;
    return schema?.description ?? null;
}
const TYPE_HINTS = {
    string: 'write text here; quote it when it contains ": " or " #" or starts with one of [ ] { } & * ! | > \' " % @ `',
    array: 'write a list: one "- item" per line below the key, or [a, b] on the line',
    object: 'write a mapping: "key: value" lines indented below the key',
    integer: 'write a whole number such as 1',
    number: 'write a number',
    boolean: 'write true or false',
};
// How to write a value of the expected type(s), unless the schema knows better.
function typeHint(types, schema) {
    if (schema?.title === 'Duration')
        return DURATION_HINT;
    const [only] = types;
    if (types.length === 1 && only !== undefined)
        return TYPE_HINTS[only] ?? null;
    return `write ${typeList(types)} here`;
}
/** One diagnostic for one (already collapsed) ajv error on `document`. */
function describeSchemaError(document, kind, error) {
    const path = error.instancePath;
    const schema = error.parentSchema;
    const params = error.params;
    switch (error.keyword) {
        case 'required': {
            const property = String(params.missingProperty);
            const special = MISSING_RULES[kind]?.[property];
            const description = schema?.properties?.[property]?.description;
            return diagnosticAt(document, childPointer(path, property), {
                rule: special?.rule ?? 'schema',
                message: prefix(path, `missing required property "${property}"`),
                hint: special?.hint ?? (description === undefined ? `add ${property}` : `add ${property}: ${description}`),
            }, 'key');
        }
        case 'additionalProperties': {
            const property = String(params.additionalProperty);
            const allowed = Object.keys(schema?.properties ?? {});
            return diagnosticAt(document, childPointer(path, property), { rule: 'schema', message: `unknown property ${JSON.stringify(property)}`, hint: didYouMean(property, allowed, 'allowed properties') }, 'key');
        }
        case 'type': {
            const expected = params.type;
            const types = Array.isArray(expected) ? expected : [expected];
            const message = `expected ${typeList(types)}, found ${kindOf(error.data)}`;
            return diagnosticAt(document, path, { rule: 'schema', message: prefix(path, message), hint: typeHint(types, schema) });
        }
        case 'pattern': {
            const what = schema?.title === undefined ? `in the form ${String(params.pattern)}` : nounPhrase(schema.title);
            return diagnosticAt(document, path, { rule: 'schema', message: prefix(path, `${quote(error.data)} is not ${what}`), hint: hintOf(schema) });
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const message = `${quote(error.data)} is not one of ${allowed.map((value) => `"${value}"`).join(', ')}`;
            return diagnosticAt(document, path, { rule: 'schema', message: prefix(path, message), hint: didYouMean(String(error.data), allowed, 'allowed values') });
        }
        case 'const':
            return diagnosticAt(document, path, {
                rule: 'schema',
                message: prefix(path, `${quote(error.data)} must be ${quote(params.allowedValue)}`),
                hint: hintOf(schema),
            });
        case 'minItems':
            return diagnosticAt(document, path, {
                rule: 'schema',
                message: prefix(path, `needs at least ${String(params.limit)} ${params.limit === 1 ? 'item' : 'items'}`),
                hint: 'add items as "- item" lines below the key',
            });
        case 'minLength':
            return diagnosticAt(document, path, {
                rule: 'schema',
                message: prefix(path, params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`),
                hint: 'write the text, or remove the entry if it is optional',
            });
        case 'maxLength':
            return diagnosticAt(document, path, {
                rule: 'schema',
                message: prefix(path, `is longer than ${String(params.limit)} characters`),
                hint: `shorten it to at most ${String(params.limit)} characters`,
            });
        case 'minimum':
        case 'maximum':
            return diagnosticAt(document, path, {
                rule: 'schema',
                message: prefix(path, `${quote(error.data)} is ${error.keyword === 'minimum' ? 'below the minimum' : 'above the maximum'} of ${String(params.limit)}`),
                hint: hintOf(schema),
            });
        case 'uniqueItems': {
            const [first, second] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
            return diagnosticAt(document, childPointer(path, second), {
                rule: 'schema',
                message: prefix(childPointer(path, second), `repeats item ${first}`),
                hint: 'remove the repeated item',
            });
        }
        default:
            return diagnosticAt(document, path, { rule: 'schema', message: prefix(path, error.message ?? `fails "${error.keyword}"`), hint: hintOf(schema) });
    }
}

;// CONCATENATED MODULE: ./dist/src/config/schema-errors.js

function isUnder(pointer, base) {
    return pointer === base || pointer.startsWith(`${base}/`);
}
/**
 * Replaces the branch errors of a failed `oneOf`/`anyOf` at `path` by the errors of the branch
 * the author most likely meant: branches whose type did not even match are dropped, unless no
 * branch matched the type, in which case one type error lists every accepted type.
 */
function collapseBranches(branchErrors, choice) {
    const path = choice.instancePath;
    const typeMisses = branchErrors.filter((error) => error.keyword === 'type' && error.instancePath === path);
    const others = branchErrors.filter((error) => !typeMisses.includes(error));
    if (others.length > 0)
        return others;
    if (typeMisses.length === 0)
        return [choice];
    const types = typeMisses.flatMap((error) => {
        const type = error.params.type;
        return Array.isArray(type) ? type : [type];
    });
    return [{ ...typeMisses[0], params: { type: types } }];
}
/** ajv's errors with the noise of combinators removed, in ajv's order. */
function essentialErrors(errors) {
    const kept = [];
    for (const error of errors) {
        if (error.keyword === 'if')
            continue;
        if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
            // With allErrors, ajv lists a combinator's branch errors right before the combinator's own.
            let start = kept.length;
            while (start > 0 && isUnder(kept[start - 1].instancePath, error.instancePath))
                start -= 1;
            kept.push(...collapseBranches(kept.splice(start), error));
            continue;
        }
        kept.push(error);
    }
    return kept;
}
/** The diagnostics for ajv's `errors` on `document` of kind `kind`, one per distinct problem. */
function schemaDiagnostics(document, kind, errors) {
    const seen = new Set();
    const diagnostics = [];
    for (const error of essentialErrors(errors)) {
        const diagnostic = describeSchemaError(document, kind, error);
        const key = `${diagnostic.pointer}\n${diagnostic.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        diagnostics.push(diagnostic);
    }
    return diagnostics;
}

// EXTERNAL MODULE: ../main/node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(7223);
// EXTERNAL MODULE: ../main/node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6070);
;// CONCATENATED MODULE: ./dist/src/config/generated/validators.js


const runtime_equal = { default: equal["default"] ?? equal };
const runtime_ucs2length = { default: ucs2length["default"] ?? ucs2length };
const validate_settings = validate20;
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/settings.schema.json", "title": "playbook-ops settings", "description": "kind: settings. The name of the playbook set, its overview and how the engine behaves. One per set.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "name", "review_cadence"], "properties": { "kind": { "description": "The document kind; always settings in this file.", "const": "settings" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The name of the playbook set, shown as the title of rendered documents." }, "overview": { "$ref": "common.schema.json#/$defs/text", "description": "What the playbook set covers and why, in a few sentences." }, "incident_label": { "$ref": "common.schema.json#/$defs/label", "description": "The GitHub label that makes an issue an incident. Default incident." }, "minimum_permission": { "description": "The least repository permission a user needs to run incident commands (/ack, /sev, ...). Default triage.", "enum": ["read", "triage", "write", "maintain", "admin"] }, "default_severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label an incident declared without one starts at, e.g. sev-3. Without it, such an incident pages the first technical level once, asking for a severity." }, "trust_reporters": { "description": "Whether anyone who can open or close an issue declares and resolves incidents at once. Default false: an incident opened by someone below minimum_permission is a report (the card is posted and the first technical level is asked to triage; no severity counts and management is not paged until a permitted user confirms it with a command or a severity label), and a close by such a user does not resolve (the issue is reopened with a note). Set true only where everyone who can open issues is a responder, such as a private repository of the team.", "type": "boolean" }, "review_cadence": { "$ref": "common.schema.json#/$defs/duration", "description": "How often every file of the set is reviewed unless the file sets its own cadence; 90d for quarterly." } } };
const schema37 = { "title": "Text", "description": "Free text; must not be empty.", "type": "string", "minLength": 1 };
const schema39 = { "title": "GitHub label", "description": "The name of a GitHub label, e.g. sev-1 or incident: 1 to 50 characters, no leading or trailing spaces.", "type": "string", "minLength": 1, "maxLength": 50, "pattern": "^\\S(?:.*\\S)?$" };
const schema36 = { "title": "Duration", "description": "A duration as people write it: one or more whole numbers each followed by a unit, m (minutes), h (hours), d (days) or w (weeks), with no spaces, e.g. 15m, 2h, 48h, 90d or 1h30m.", "type": "string", "pattern": "^(\\d+[wdhm])+$" };
const func1 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length.default;
const schema33 = { "title": "Review", "description": "Who owns this file and when it was last reviewed; the periodic review is due last_reviewed plus the cadence.", "type": "object", "additionalProperties": false, "required": ["owners", "last_reviewed"], "properties": { "owners": { "description": "GitHub handles (@user or @org/team) that must review changes to this file; at least one.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/github-handle" } }, "last_reviewed": { "$ref": "#/$defs/date", "description": "Date of the last review, YYYY-MM-DD (quoted in YAML)." }, "cadence": { "$ref": "#/$defs/duration", "description": "How often this file is reviewed, e.g. 90d for quarterly; defaults to the set's review_cadence." } } };
const schema34 = { "title": "GitHub handle", "description": "A GitHub user (@user) or team (@org/team), or a placeholder such as [GitHub Handle]. User and organisation names are letters, digits and single hyphens, at most 39 characters, not starting or ending with a hyphen.", "type": "string", "pattern": "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" };
const schema35 = { "title": "Date", "description": "A calendar date written YYYY-MM-DD, e.g. \"2026-11-27\". Quote it in YAML so it stays a string.", "type": "string", "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" };
const pattern4 = new RegExp("^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", "u");
const pattern5 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", "u");
const pattern6 = new RegExp("^(\\d+[wdhm])+$", "u");
const func0 = runtime_equal.default;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate22.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.owners === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property '" + "owners" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.last_reviewed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_reviewed" }, message: "must have required property '" + "last_reviewed" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "owners") || (key0 === "last_reviewed")) || (key0 === "cadence"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data0 = data.owners;
        if (Array.isArray(data0)) {
            if (data0.length < 1) {
                const err3 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.owners, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (!pattern4.test(data1)) {
                        const err4 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/pattern", keyword: "pattern", params: { pattern: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", parentSchema: schema34, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err6 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.owners, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.owners.type, parentSchema: schema33.properties.owners, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data2 = data.last_reviewed;
        if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
                const err8 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" }, message: "must match pattern \"" + "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" + "\"", schema: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", parentSchema: schema35, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.cadence !== undefined) {
        let data3 = data.cadence;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err10 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate22.errors = vErrors; return errors === 0; }
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const pattern7 = new RegExp("^\\S(?:.*\\S)?$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/settings.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.review_cadence === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review_cadence" }, message: "must have required property '" + "review_cadence" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func1.call(schema31.properties, key0))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data0 = data.kind;
        if ("settings" !== data0) {
            const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "settings" }, message: "must be equal to constant", schema: "settings", parentSchema: schema31.properties.kind, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.review !== undefined) {
        if (!(validate22(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
        }
    }
    if (data.name !== undefined) {
        let data2 = data.name;
        if (typeof data2 === "string") {
            if (func3(data2) < 1) {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.overview !== undefined) {
        let data3 = data.overview;
        if (typeof data3 === "string") {
            if (func3(data3) < 1) {
                const err8 = { instancePath: instancePath + "/overview", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/overview", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data3 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.incident_label !== undefined) {
        let data4 = data.incident_label;
        if (typeof data4 === "string") {
            if (func3(data4) > 50) {
                const err10 = { instancePath: instancePath + "/incident_label", schemaPath: "common.schema.json#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema39, data: data4 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (func3(data4) < 1) {
                const err11 = { instancePath: instancePath + "/incident_label", schemaPath: "common.schema.json#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data4 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (!pattern7.test(data4)) {
                const err12 = { instancePath: instancePath + "/incident_label", schemaPath: "common.schema.json#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^\\S(?:.*\\S)?$" }, message: "must match pattern \"" + "^\\S(?:.*\\S)?$" + "\"", schema: "^\\S(?:.*\\S)?$", parentSchema: schema39, data: data4 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/incident_label", schemaPath: "common.schema.json#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data4 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.minimum_permission !== undefined) {
        let data5 = data.minimum_permission;
        if (!(((((data5 === "read") || (data5 === "triage")) || (data5 === "write")) || (data5 === "maintain")) || (data5 === "admin"))) {
            const err14 = { instancePath: instancePath + "/minimum_permission", schemaPath: "#/properties/minimum_permission/enum", keyword: "enum", params: { allowedValues: schema31.properties.minimum_permission.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.minimum_permission.enum, parentSchema: schema31.properties.minimum_permission, data: data5 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.default_severity !== undefined) {
        let data6 = data.default_severity;
        if (typeof data6 === "string") {
            if (func3(data6) > 50) {
                const err15 = { instancePath: instancePath + "/default_severity", schemaPath: "common.schema.json#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema39, data: data6 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            if (func3(data6) < 1) {
                const err16 = { instancePath: instancePath + "/default_severity", schemaPath: "common.schema.json#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data6 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            if (!pattern7.test(data6)) {
                const err17 = { instancePath: instancePath + "/default_severity", schemaPath: "common.schema.json#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^\\S(?:.*\\S)?$" }, message: "must match pattern \"" + "^\\S(?:.*\\S)?$" + "\"", schema: "^\\S(?:.*\\S)?$", parentSchema: schema39, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/default_severity", schemaPath: "common.schema.json#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data6 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.trust_reporters !== undefined) {
        let data7 = data.trust_reporters;
        if (typeof data7 !== "boolean") {
            const err19 = { instancePath: instancePath + "/trust_reporters", schemaPath: "#/properties/trust_reporters/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.trust_reporters.type, parentSchema: schema31.properties.trust_reporters, data: data7 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.review_cadence !== undefined) {
        let data8 = data.review_cadence;
        if (typeof data8 === "string") {
            if (!pattern6.test(data8)) {
                const err20 = { instancePath: instancePath + "/review_cadence", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data8 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        else {
            const err21 = { instancePath: instancePath + "/review_cadence", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data8 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
}
else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
        vErrors = [err22];
    }
    else {
        vErrors.push(err22);
    }
    errors++;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_roles = validate24;
const schema42 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/roles.schema.json", "title": "playbook-ops roles", "description": "kind: roles. The roles of the incident response team and their responsibilities.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "roles"], "properties": { "kind": { "description": "The document kind; always roles in this file.", "const": "roles" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "roles": { "description": "The roles of the response team; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/role" } } }, "$defs": { "role": { "title": "Role", "description": "One role of the response team.", "type": "object", "additionalProperties": false, "required": ["id", "name", "responsibilities"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "Referenced by scenarios (owner) and by the /role command (/role ID @user), e.g. ic, comms, tech, sme." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The role's name, e.g. Incident Commander." }, "abbreviation": { "$ref": "common.schema.json#/$defs/text", "description": "A short form of the name, e.g. IC." }, "multiple": { "description": "Whether several people may hold the role at once (subject matter experts). Default false.", "type": "boolean" }, "commander": { "description": "Whether this role leads the incident (the Incident Commander): /ic @user names its holder and the issue is assigned to them. At most one role. Default false.", "type": "boolean" }, "responsibilities": { "$ref": "common.schema.json#/$defs/text-list", "description": "What the holder of the role is responsible for; at least one." } } } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate25.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.owners === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property '" + "owners" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.last_reviewed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_reviewed" }, message: "must have required property '" + "last_reviewed" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "owners") || (key0 === "last_reviewed")) || (key0 === "cadence"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data0 = data.owners;
        if (Array.isArray(data0)) {
            if (data0.length < 1) {
                const err3 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.owners, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (!pattern4.test(data1)) {
                        const err4 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/pattern", keyword: "pattern", params: { pattern: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", parentSchema: schema34, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err6 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.owners, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.owners.type, parentSchema: schema33.properties.owners, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data2 = data.last_reviewed;
        if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
                const err8 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" }, message: "must match pattern \"" + "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" + "\"", schema: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", parentSchema: schema35, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.cadence !== undefined) {
        let data3 = data.cadence;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err10 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate25.errors = vErrors; return errors === 0; }
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema47 = { "title": "Role", "description": "One role of the response team.", "type": "object", "additionalProperties": false, "required": ["id", "name", "responsibilities"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "Referenced by scenarios (owner) and by the /role command (/role ID @user), e.g. ic, comms, tech, sme." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The role's name, e.g. Incident Commander." }, "abbreviation": { "$ref": "common.schema.json#/$defs/text", "description": "A short form of the name, e.g. IC." }, "multiple": { "description": "Whether several people may hold the role at once (subject matter experts). Default false.", "type": "boolean" }, "commander": { "description": "Whether this role leads the incident (the Incident Commander): /ic @user names its holder and the issue is assigned to them. At most one role. Default false.", "type": "boolean" }, "responsibilities": { "$ref": "common.schema.json#/$defs/text-list", "description": "What the holder of the role is responsible for; at least one." } } };
const schema48 = { "title": "Id", "description": "An identifier other files and commands refer to: lower-case letters and digits in words joined by single hyphens (kebab-case), e.g. service-outage.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" };
const pattern13 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema51 = { "title": "Text list", "description": "A non-empty list of non-empty texts.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/text" } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate28.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate28.errors = vErrors; return errors === 0; }
validate28.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate27.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema47.required, parentSchema: schema47, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema47.required, parentSchema: schema47, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.responsibilities === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "responsibilities" }, message: "must have required property '" + "responsibilities" + "'", schema: schema47.required, parentSchema: schema47, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((key0 === "id") || (key0 === "name")) || (key0 === "abbreviation")) || (key0 === "multiple")) || (key0 === "commander")) || (key0 === "responsibilities"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (!pattern13.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema48, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.abbreviation !== undefined) {
        let data2 = data.abbreviation;
        if (typeof data2 === "string") {
            if (func3(data2) < 1) {
                const err8 = { instancePath: instancePath + "/abbreviation", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/abbreviation", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.multiple !== undefined) {
        let data3 = data.multiple;
        if (typeof data3 !== "boolean") {
            const err10 = { instancePath: instancePath + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.multiple.type, parentSchema: schema47.properties.multiple, data: data3 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.commander !== undefined) {
        let data4 = data.commander;
        if (typeof data4 !== "boolean") {
            const err11 = { instancePath: instancePath + "/commander", schemaPath: "#/properties/commander/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.commander.type, parentSchema: schema47.properties.commander, data: data4 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.responsibilities !== undefined) {
        if (!(validate28(data.responsibilities, { instancePath: instancePath + "/responsibilities", parentData: data, parentDataProperty: "responsibilities", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate27.errors = vErrors; return errors === 0; }
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/roles.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate24.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema42.required, parentSchema: schema42, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema42.required, parentSchema: schema42, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.roles === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "roles" }, message: "must have required property '" + "roles" + "'", schema: schema42.required, parentSchema: schema42, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "kind") || (key0 === "review")) || (key0 === "roles"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data0 = data.kind;
        if ("roles" !== data0) {
            const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "roles" }, message: "must be equal to constant", schema: "roles", parentSchema: schema42.properties.kind, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.review !== undefined) {
        if (!(validate25(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data.roles !== undefined) {
        let data2 = data.roles;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err5 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.properties.roles, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate27(data2[i0], { instancePath: instancePath + "/roles/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.roles.type, parentSchema: schema42.properties.roles, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
}
else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate24.errors = vErrors; return errors === 0; }
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_severities = validate31;
const schema53 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/severities.schema.json", "title": "playbook-ops severities", "description": "kind: severities. The severity levels, what qualifies for each, how fast the response must be and whether a post-mortem is required.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "severities"], "properties": { "kind": { "description": "The document kind; always severities in this file.", "const": "severities" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "severities": { "description": "The severity levels, most severe first by convention; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/severity" } } }, "$defs": { "severity": { "title": "Severity", "description": "One severity level. Its label is both the GitHub label and how other files refer to it.", "type": "object", "additionalProperties": false, "required": ["level", "label", "name", "criteria", "response_time"], "properties": { "level": { "description": "The level as a number; 1 is the most severe.", "type": "integer", "minimum": 1 }, "label": { "$ref": "common.schema.json#/$defs/label", "description": "The GitHub label for this severity, e.g. sev-1; other files refer to the severity by it." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The severity's name, e.g. Critical." }, "criteria": { "$ref": "common.schema.json#/$defs/text-list", "description": "What makes an incident this severe, e.g. Platform-wide outage; at least one." }, "response_time": { "$ref": "common.schema.json#/$defs/duration", "description": "How soon someone must acknowledge the incident, e.g. 15m." }, "postmortem": { "$ref": "#/$defs/postmortem-rule", "description": "Whether incidents of this severity need a post-mortem, and by when." } } }, "postmortem-rule": { "title": "Post-mortem rule", "description": "Whether a post-mortem is required for a severity and when it is due.", "type": "object", "additionalProperties": false, "required": ["required"], "properties": { "required": { "description": "Whether every incident of this severity needs a post-mortem.", "type": "boolean" }, "due_after_resolution": { "$ref": "common.schema.json#/$defs/duration", "description": "How long after resolution the post-mortem is due, e.g. 48h." } } } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate32.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.owners === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property '" + "owners" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.last_reviewed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_reviewed" }, message: "must have required property '" + "last_reviewed" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "owners") || (key0 === "last_reviewed")) || (key0 === "cadence"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data0 = data.owners;
        if (Array.isArray(data0)) {
            if (data0.length < 1) {
                const err3 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.owners, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (!pattern4.test(data1)) {
                        const err4 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/pattern", keyword: "pattern", params: { pattern: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", parentSchema: schema34, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err6 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.owners, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.owners.type, parentSchema: schema33.properties.owners, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data2 = data.last_reviewed;
        if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
                const err8 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" }, message: "must match pattern \"" + "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" + "\"", schema: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", parentSchema: schema35, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.cadence !== undefined) {
        let data3 = data.cadence;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err10 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate32.errors = vErrors; return errors === 0; }
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema58 = { "title": "Severity", "description": "One severity level. Its label is both the GitHub label and how other files refer to it.", "type": "object", "additionalProperties": false, "required": ["level", "label", "name", "criteria", "response_time"], "properties": { "level": { "description": "The level as a number; 1 is the most severe.", "type": "integer", "minimum": 1 }, "label": { "$ref": "common.schema.json#/$defs/label", "description": "The GitHub label for this severity, e.g. sev-1; other files refer to the severity by it." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The severity's name, e.g. Critical." }, "criteria": { "$ref": "common.schema.json#/$defs/text-list", "description": "What makes an incident this severe, e.g. Platform-wide outage; at least one." }, "response_time": { "$ref": "common.schema.json#/$defs/duration", "description": "How soon someone must acknowledge the incident, e.g. 15m." }, "postmortem": { "$ref": "#/$defs/postmortem-rule", "description": "Whether incidents of this severity need a post-mortem, and by when." } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate35.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate35.errors = vErrors; return errors === 0; }
validate35.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
const schema64 = { "title": "Post-mortem rule", "description": "Whether a post-mortem is required for a severity and when it is due.", "type": "object", "additionalProperties": false, "required": ["required"], "properties": { "required": { "description": "Whether every incident of this severity needs a post-mortem.", "type": "boolean" }, "due_after_resolution": { "$ref": "common.schema.json#/$defs/duration", "description": "How long after resolution the post-mortem is due, e.g. 48h." } } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate37.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.required === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property '" + "required" + "'", schema: schema64.required, parentSchema: schema64, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((key0 === "required") || (key0 === "due_after_resolution"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.required !== undefined) {
        let data0 = data.required;
        if (typeof data0 !== "boolean") {
            const err2 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.required.type, parentSchema: schema64.properties.required, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.due_after_resolution !== undefined) {
        let data1 = data.due_after_resolution;
        if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
                const err3 = { instancePath: instancePath + "/due_after_resolution", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/due_after_resolution", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
}
else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
} validate37.errors = vErrors; return errors === 0; }
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate34.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.level === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property '" + "level" + "'", schema: schema58.required, parentSchema: schema58, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.label === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property '" + "label" + "'", schema: schema58.required, parentSchema: schema58, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema58.required, parentSchema: schema58, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.criteria === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "criteria" }, message: "must have required property '" + "criteria" + "'", schema: schema58.required, parentSchema: schema58, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.response_time === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "response_time" }, message: "must have required property '" + "response_time" + "'", schema: schema58.required, parentSchema: schema58, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((key0 === "level") || (key0 === "label")) || (key0 === "name")) || (key0 === "criteria")) || (key0 === "response_time")) || (key0 === "postmortem"))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.level !== undefined) {
        let data0 = data.level;
        if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
            const err6 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.properties.level.type, parentSchema: schema58.properties.level, data: data0 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 < 1 || isNaN(data0)) {
                const err7 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema58.properties.level, data: data0 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
    }
    if (data.label !== undefined) {
        let data1 = data.label;
        if (typeof data1 === "string") {
            if (func3(data1) > 50) {
                const err8 = { instancePath: instancePath + "/label", schemaPath: "common.schema.json#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema39, data: data1 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (func3(data1) < 1) {
                const err9 = { instancePath: instancePath + "/label", schemaPath: "common.schema.json#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data1 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            if (!pattern7.test(data1)) {
                const err10 = { instancePath: instancePath + "/label", schemaPath: "common.schema.json#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^\\S(?:.*\\S)?$" }, message: "must match pattern \"" + "^\\S(?:.*\\S)?$" + "\"", schema: "^\\S(?:.*\\S)?$", parentSchema: schema39, data: data1 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/label", schemaPath: "common.schema.json#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data1 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data2 = data.name;
        if (typeof data2 === "string") {
            if (func3(data2) < 1) {
                const err12 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data2 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data2 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.criteria !== undefined) {
        if (!(validate35(data.criteria, { instancePath: instancePath + "/criteria", parentData: data, parentDataProperty: "criteria", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
        }
    }
    if (data.response_time !== undefined) {
        let data4 = data.response_time;
        if (typeof data4 === "string") {
            if (!pattern6.test(data4)) {
                const err14 = { instancePath: instancePath + "/response_time", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data4 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/response_time", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data4 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.postmortem !== undefined) {
        if (!(validate37(data.postmortem, { instancePath: instancePath + "/postmortem", parentData: data, parentDataProperty: "postmortem", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
        vErrors = [err16];
    }
    else {
        vErrors.push(err16);
    }
    errors++;
} validate34.errors = vErrors; return errors === 0; }
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/severities.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate31.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema53.required, parentSchema: schema53, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema53.required, parentSchema: schema53, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.severities === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severities" }, message: "must have required property '" + "severities" + "'", schema: schema53.required, parentSchema: schema53, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "kind") || (key0 === "review")) || (key0 === "severities"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data0 = data.kind;
        if ("severities" !== data0) {
            const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "severities" }, message: "must be equal to constant", schema: "severities", parentSchema: schema53.properties.kind, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.review !== undefined) {
        if (!(validate32(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
        }
    }
    if (data.severities !== undefined) {
        let data2 = data.severities;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err5 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema53.properties.severities, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate34(data2[i0], { instancePath: instancePath + "/severities/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.properties.severities.type, parentSchema: schema53.properties.severities, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
}
else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate31.errors = vErrors; return errors === 0; }
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_process = validate40;
const schema66 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/process.schema.json", "title": "playbook-ops process", "description": "kind: process. The phases of the incident response process, in order, with their steps.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "phases"], "properties": { "kind": { "description": "The document kind; always process in this file.", "const": "process" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "phases": { "description": "The phases in the order they happen; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/phase" } } }, "$defs": { "phase": { "title": "Phase", "description": "One phase of the response process.", "type": "object", "additionalProperties": false, "required": ["id", "name", "steps"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "Used by the /status PHASE command, e.g. initial-response." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The phase's name, e.g. Initial Response." }, "steps": { "description": "The steps of the phase, in order; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/step" } } } }, "step": { "title": "Step", "description": "A step of a phase: a plain text, or a title with its tasks.", "oneOf": [{ "$ref": "common.schema.json#/$defs/text" }, { "$ref": "#/$defs/titled-step" }] }, "titled-step": { "title": "Step with tasks", "description": "A step with a title and, optionally, the tasks it consists of.", "type": "object", "additionalProperties": false, "required": ["title"], "properties": { "title": { "$ref": "common.schema.json#/$defs/text", "description": "What the step is, e.g. Acknowledge the Alert." }, "tasks": { "$ref": "common.schema.json#/$defs/text-list", "description": "The tasks of the step, shown as a task list; at least one when present." } } } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate41.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.owners === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property '" + "owners" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.last_reviewed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_reviewed" }, message: "must have required property '" + "last_reviewed" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "owners") || (key0 === "last_reviewed")) || (key0 === "cadence"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data0 = data.owners;
        if (Array.isArray(data0)) {
            if (data0.length < 1) {
                const err3 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.owners, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (!pattern4.test(data1)) {
                        const err4 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/pattern", keyword: "pattern", params: { pattern: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", parentSchema: schema34, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err6 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.owners, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.owners.type, parentSchema: schema33.properties.owners, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data2 = data.last_reviewed;
        if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
                const err8 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" }, message: "must match pattern \"" + "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" + "\"", schema: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", parentSchema: schema35, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.cadence !== undefined) {
        let data3 = data.cadence;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err10 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate41.errors = vErrors; return errors === 0; }
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema71 = { "title": "Phase", "description": "One phase of the response process.", "type": "object", "additionalProperties": false, "required": ["id", "name", "steps"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "Used by the /status PHASE command, e.g. initial-response." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The phase's name, e.g. Initial Response." }, "steps": { "description": "The steps of the phase, in order; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/step" } } } };
const schema74 = { "title": "Step", "description": "A step of a phase: a plain text, or a title with its tasks.", "oneOf": [{ "$ref": "common.schema.json#/$defs/text" }, { "$ref": "#/$defs/titled-step" }] };
const schema76 = { "title": "Step with tasks", "description": "A step with a title and, optionally, the tasks it consists of.", "type": "object", "additionalProperties": false, "required": ["title"], "properties": { "title": { "$ref": "common.schema.json#/$defs/text", "description": "What the step is, e.g. Acknowledge the Alert." }, "tasks": { "$ref": "common.schema.json#/$defs/text-list", "description": "The tasks of the step, shown as a task list; at least one when present." } } };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate46.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate46.errors = vErrors; return errors === 0; }
validate46.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate45.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'", schema: schema76.required, parentSchema: schema76, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((key0 === "title") || (key0 === "tasks"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.title !== undefined) {
        let data0 = data.title;
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err2 = { instancePath: instancePath + "/title", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/title", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.tasks !== undefined) {
        if (!(validate46(data.tasks, { instancePath: instancePath + "/tasks", parentData: data, parentDataProperty: "tasks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
} validate45.errors = vErrors; return errors === 0; }
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate44.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} const _errs0 = errors; let valid0 = false; let passing0 = null; const _errs1 = errors; if (typeof data === "string") {
    if (func3(data) < 1) {
        const err0 = { instancePath, schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
}
else {
    const err1 = { instancePath, schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
    }
    errors++;
} var _valid0 = _errs1 === errors; if (_valid0) {
    valid0 = true;
    passing0 = 0;
} const _errs4 = errors; if (!(validate45(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
    errors = vErrors.length;
} var _valid0 = _errs4 === errors; if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
}
else {
    if (_valid0) {
        valid0 = true;
        passing0 = 1;
        var props0 = true;
    }
} if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema74.oneOf, parentSchema: schema74, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate44.errors = vErrors; evaluated0.props = props0; return errors === 0; }
validate44.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate43.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema71.required, parentSchema: schema71, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema71.required, parentSchema: schema71, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.steps === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property '" + "steps" + "'", schema: schema71.required, parentSchema: schema71, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "id") || (key0 === "name")) || (key0 === "steps"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema71, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (!pattern13.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema48, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.steps !== undefined) {
        let data2 = data.steps;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err8 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema71.properties.steps, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate44(data2[i0], { instancePath: instancePath + "/steps/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema71.properties.steps.type, parentSchema: schema71.properties.steps, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
}
else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema71.type, parentSchema: schema71, data };
    if (vErrors === null) {
        vErrors = [err10];
    }
    else {
        vErrors.push(err10);
    }
    errors++;
} validate43.errors = vErrors; return errors === 0; }
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/process.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate40.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema66.required, parentSchema: schema66, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema66.required, parentSchema: schema66, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.phases === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phases" }, message: "must have required property '" + "phases" + "'", schema: schema66.required, parentSchema: schema66, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "kind") || (key0 === "review")) || (key0 === "phases"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data0 = data.kind;
        if ("process" !== data0) {
            const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "process" }, message: "must be equal to constant", schema: "process", parentSchema: schema66.properties.kind, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.review !== undefined) {
        if (!(validate41(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
        }
    }
    if (data.phases !== undefined) {
        let data2 = data.phases;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err5 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema66.properties.phases, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate43(data2[i0], { instancePath: instancePath + "/phases/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.phases.type, parentSchema: schema66.properties.phases, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
}
else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate40.errors = vErrors; return errors === 0; }
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_scenario = validate51;
const schema80 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/scenario.schema.json", "title": "playbook-ops scenario", "description": "kind: scenario. One common incident scenario per file: how to recognise it and the ordered response steps.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "id", "name", "symptoms", "steps"], "properties": { "kind": { "description": "The document kind; always scenario in this file.", "const": "scenario" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "id": { "$ref": "common.schema.json#/$defs/id", "description": "The scenario's id, used by the issue form and the scenario label, e.g. service-outage." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The scenario's name, e.g. Service Outage." }, "description": { "$ref": "common.schema.json#/$defs/text", "description": "What the scenario covers, in a sentence or two." }, "owner": { "$ref": "common.schema.json#/$defs/id", "description": "The id of the role that leads the response steps, e.g. tech." }, "symptoms": { "$ref": "common.schema.json#/$defs/text-list", "description": "How the scenario shows itself; at least one." }, "steps": { "$ref": "common.schema.json#/$defs/text-list", "description": "The response steps, in order; at least one." } } };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate52.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.owners === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property '" + "owners" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.last_reviewed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_reviewed" }, message: "must have required property '" + "last_reviewed" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "owners") || (key0 === "last_reviewed")) || (key0 === "cadence"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data0 = data.owners;
        if (Array.isArray(data0)) {
            if (data0.length < 1) {
                const err3 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.owners, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (!pattern4.test(data1)) {
                        const err4 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/pattern", keyword: "pattern", params: { pattern: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", parentSchema: schema34, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err6 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.owners, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.owners.type, parentSchema: schema33.properties.owners, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data2 = data.last_reviewed;
        if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
                const err8 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" }, message: "must match pattern \"" + "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" + "\"", schema: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", parentSchema: schema35, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.cadence !== undefined) {
        let data3 = data.cadence;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err10 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate52.errors = vErrors; return errors === 0; }
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate54.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate54.errors = vErrors; return errors === 0; }
validate54.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/scenario.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate51.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema80.required, parentSchema: schema80, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema80.required, parentSchema: schema80, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.id === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema80.required, parentSchema: schema80, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema80.required, parentSchema: schema80, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.symptoms === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "symptoms" }, message: "must have required property '" + "symptoms" + "'", schema: schema80.required, parentSchema: schema80, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.steps === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property '" + "steps" + "'", schema: schema80.required, parentSchema: schema80, data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((((key0 === "kind") || (key0 === "review")) || (key0 === "id")) || (key0 === "name")) || (key0 === "description")) || (key0 === "owner")) || (key0 === "symptoms")) || (key0 === "steps"))) {
            const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema80, data };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data0 = data.kind;
        if ("scenario" !== data0) {
            const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "scenario" }, message: "must be equal to constant", schema: "scenario", parentSchema: schema80.properties.kind, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.review !== undefined) {
        if (!(validate52(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
            errors = vErrors.length;
        }
    }
    if (data.id !== undefined) {
        let data2 = data.id;
        if (typeof data2 === "string") {
            if (!pattern13.test(data2)) {
                const err8 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema48, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data3 = data.name;
        if (typeof data3 === "string") {
            if (func3(data3) < 1) {
                const err10 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data4 = data.description;
        if (typeof data4 === "string") {
            if (func3(data4) < 1) {
                const err12 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data4 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.owner !== undefined) {
        let data5 = data.owner;
        if (typeof data5 === "string") {
            if (!pattern13.test(data5)) {
                const err14 = { instancePath: instancePath + "/owner", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema48, data: data5 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/owner", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data5 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.symptoms !== undefined) {
        if (!(validate54(data.symptoms, { instancePath: instancePath + "/symptoms", parentData: data, parentDataProperty: "symptoms", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
        }
    }
    if (data.steps !== undefined) {
        if (!(validate54(data.steps, { instancePath: instancePath + "/steps", parentData: data, parentDataProperty: "steps", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema80.type, parentSchema: schema80, data };
    if (vErrors === null) {
        vErrors = [err16];
    }
    else {
        vErrors.push(err16);
    }
    errors++;
} validate51.errors = vErrors; return errors === 0; }
validate51.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_communication = validate57;
const schema91 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/communication.schema.json", "title": "playbook-ops communication plan", "description": "kind: communication. Internal channels, the status-update cadence per severity and the external audiences.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "channels", "status_updates", "audiences"], "properties": { "kind": { "description": "The document kind; always communication in this file.", "const": "communication" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "channels": { "description": "Internal communication channels; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/channel" } }, "status_updates": { "description": "How often a status update is due, per severity; severities not listed have no cadence.", "type": "array", "items": { "$ref": "#/$defs/status-update" } }, "audiences": { "description": "External audiences and how they are told.", "type": "array", "items": { "$ref": "#/$defs/audience" } } }, "$defs": { "channel": { "title": "Channel", "description": "An internal communication channel.", "type": "object", "additionalProperties": false, "required": ["id", "name", "priority"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The channel's id, e.g. incident-chat-room." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "What the channel is, e.g. Dedicated incident response chat room." }, "priority": { "description": "primary for the default channel, secondary for the fallback or special cases.", "enum": ["primary", "secondary"] }, "use_for": { "$ref": "common.schema.json#/$defs/text", "description": "When to use the channel, in words, e.g. complex incidents." }, "url": { "$ref": "common.schema.json#/$defs/url", "description": "Where to join the channel." } } }, "status-update": { "title": "Status-update cadence", "description": "How often a status update is due for one severity.", "type": "object", "additionalProperties": false, "required": ["severity", "every"], "properties": { "severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label, e.g. sev-1." }, "every": { "$ref": "common.schema.json#/$defs/duration", "description": "The time between status updates, e.g. 30m." } } }, "audience": { "title": "Audience", "description": "An external audience and how it is told.", "type": "object", "additionalProperties": false, "required": ["id", "name", "means"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The audience's id, e.g. customers." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who is told, e.g. Customers." }, "means": { "$ref": "common.schema.json#/$defs/text-list", "description": "How the audience is told, e.g. Status page updates; at least one." }, "severities": { "description": "Severity labels this audience is told about; every severity when absent.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/label" } }, "when": { "$ref": "common.schema.json#/$defs/text", "description": "When the audience is told, in words, e.g. significant outages." } } } } };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate58.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.owners === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property '" + "owners" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.last_reviewed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_reviewed" }, message: "must have required property '" + "last_reviewed" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "owners") || (key0 === "last_reviewed")) || (key0 === "cadence"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data0 = data.owners;
        if (Array.isArray(data0)) {
            if (data0.length < 1) {
                const err3 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.owners, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (!pattern4.test(data1)) {
                        const err4 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/pattern", keyword: "pattern", params: { pattern: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", parentSchema: schema34, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err6 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.owners, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.owners.type, parentSchema: schema33.properties.owners, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data2 = data.last_reviewed;
        if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
                const err8 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" }, message: "must match pattern \"" + "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" + "\"", schema: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", parentSchema: schema35, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.cadence !== undefined) {
        let data3 = data.cadence;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err10 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate58.errors = vErrors; return errors === 0; }
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema96 = { "title": "Channel", "description": "An internal communication channel.", "type": "object", "additionalProperties": false, "required": ["id", "name", "priority"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The channel's id, e.g. incident-chat-room." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "What the channel is, e.g. Dedicated incident response chat room." }, "priority": { "description": "primary for the default channel, secondary for the fallback or special cases.", "enum": ["primary", "secondary"] }, "use_for": { "$ref": "common.schema.json#/$defs/text", "description": "When to use the channel, in words, e.g. complex incidents." }, "url": { "$ref": "common.schema.json#/$defs/url", "description": "Where to join the channel." } } };
const schema100 = { "title": "URL", "description": "An http or https address, or a placeholder such as [URL].", "type": "string", "pattern": "^(?:https?://\\S+|\\[[^\\]]+\\])$" };
const pattern33 = new RegExp("^(?:https?://\\S+|\\[[^\\]]+\\])$", "u");
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate60.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema96.required, parentSchema: schema96, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema96.required, parentSchema: schema96, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.priority === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "priority" }, message: "must have required property '" + "priority" + "'", schema: schema96.required, parentSchema: schema96, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "id") || (key0 === "name")) || (key0 === "priority")) || (key0 === "use_for")) || (key0 === "url"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema96, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (!pattern13.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema48, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.priority !== undefined) {
        let data2 = data.priority;
        if (!((data2 === "primary") || (data2 === "secondary"))) {
            const err8 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/enum", keyword: "enum", params: { allowedValues: schema96.properties.priority.enum }, message: "must be equal to one of the allowed values", schema: schema96.properties.priority.enum, parentSchema: schema96.properties.priority, data: data2 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.use_for !== undefined) {
        let data3 = data.use_for;
        if (typeof data3 === "string") {
            if (func3(data3) < 1) {
                const err9 = { instancePath: instancePath + "/use_for", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data3 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/use_for", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data3 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.url !== undefined) {
        let data4 = data.url;
        if (typeof data4 === "string") {
            if (!pattern33.test(data4)) {
                const err11 = { instancePath: instancePath + "/url", schemaPath: "common.schema.json#/$defs/url/pattern", keyword: "pattern", params: { pattern: "^(?:https?://\\S+|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:https?://\\S+|\\[[^\\]]+\\])$" + "\"", schema: "^(?:https?://\\S+|\\[[^\\]]+\\])$", parentSchema: schema100, data: data4 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/url", schemaPath: "common.schema.json#/$defs/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.type, parentSchema: schema100, data: data4 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
}
else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema96.type, parentSchema: schema96, data };
    if (vErrors === null) {
        vErrors = [err13];
    }
    else {
        vErrors.push(err13);
    }
    errors++;
} validate60.errors = vErrors; return errors === 0; }
validate60.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema101 = { "title": "Status-update cadence", "description": "How often a status update is due for one severity.", "type": "object", "additionalProperties": false, "required": ["severity", "every"], "properties": { "severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label, e.g. sev-1." }, "every": { "$ref": "common.schema.json#/$defs/duration", "description": "The time between status updates, e.g. 30m." } } };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate62.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.severity === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema101.required, parentSchema: schema101, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.every === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "every" }, message: "must have required property '" + "every" + "'", schema: schema101.required, parentSchema: schema101, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((key0 === "severity") || (key0 === "every"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema101, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data0 = data.severity;
        if (typeof data0 === "string") {
            if (func3(data0) > 50) {
                const err3 = { instancePath: instancePath + "/severity", schemaPath: "common.schema.json#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (func3(data0) < 1) {
                const err4 = { instancePath: instancePath + "/severity", schemaPath: "common.schema.json#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (!pattern7.test(data0)) {
                const err5 = { instancePath: instancePath + "/severity", schemaPath: "common.schema.json#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^\\S(?:.*\\S)?$" }, message: "must match pattern \"" + "^\\S(?:.*\\S)?$" + "\"", schema: "^\\S(?:.*\\S)?$", parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/severity", schemaPath: "common.schema.json#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.every !== undefined) {
        let data1 = data.every;
        if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
                const err7 = { instancePath: instancePath + "/every", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/every", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data1 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
}
else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema101.type, parentSchema: schema101, data };
    if (vErrors === null) {
        vErrors = [err9];
    }
    else {
        vErrors.push(err9);
    }
    errors++;
} validate62.errors = vErrors; return errors === 0; }
validate62.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema104 = { "title": "Audience", "description": "An external audience and how it is told.", "type": "object", "additionalProperties": false, "required": ["id", "name", "means"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The audience's id, e.g. customers." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who is told, e.g. Customers." }, "means": { "$ref": "common.schema.json#/$defs/text-list", "description": "How the audience is told, e.g. Status page updates; at least one." }, "severities": { "description": "Severity labels this audience is told about; every severity when absent.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/label" } }, "when": { "$ref": "common.schema.json#/$defs/text", "description": "When the audience is told, in words, e.g. significant outages." } } };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate65.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate65.errors = vErrors; return errors === 0; }
validate65.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate64.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema104.required, parentSchema: schema104, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema104.required, parentSchema: schema104, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.means === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "means" }, message: "must have required property '" + "means" + "'", schema: schema104.required, parentSchema: schema104, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "id") || (key0 === "name")) || (key0 === "means")) || (key0 === "severities")) || (key0 === "when"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema104, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (!pattern13.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema48, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.means !== undefined) {
        if (!(validate65(data.means, { instancePath: instancePath + "/means", parentData: data, parentDataProperty: "means", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
        }
    }
    if (data.severities !== undefined) {
        let data3 = data.severities;
        if (Array.isArray(data3)) {
            if (data3.length < 1) {
                const err8 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema104.properties.severities, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (typeof data4 === "string") {
                    if (func3(data4) > 50) {
                        const err9 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "common.schema.json#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema39, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    if (func3(data4) < 1) {
                        const err10 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "common.schema.json#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if (!pattern7.test(data4)) {
                        const err11 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "common.schema.json#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^\\S(?:.*\\S)?$" }, message: "must match pattern \"" + "^\\S(?:.*\\S)?$" + "\"", schema: "^\\S(?:.*\\S)?$", parentSchema: schema39, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                else {
                    const err12 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "common.schema.json#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            let i1 = data3.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data3[i1], data3[j0])) {
                            const err13 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema104.properties.severities, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema104.properties.severities.type, parentSchema: schema104.properties.severities, data: data3 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.when !== undefined) {
        let data5 = data.when;
        if (typeof data5 === "string") {
            if (func3(data5) < 1) {
                const err15 = { instancePath: instancePath + "/when", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data5 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/when", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data5 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
}
else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema104.type, parentSchema: schema104, data };
    if (vErrors === null) {
        vErrors = [err17];
    }
    else {
        vErrors.push(err17);
    }
    errors++;
} validate64.errors = vErrors; return errors === 0; }
validate64.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/communication.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate57.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema91.required, parentSchema: schema91, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema91.required, parentSchema: schema91, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.channels === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "channels" }, message: "must have required property '" + "channels" + "'", schema: schema91.required, parentSchema: schema91, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.status_updates === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status_updates" }, message: "must have required property '" + "status_updates" + "'", schema: schema91.required, parentSchema: schema91, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.audiences === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "audiences" }, message: "must have required property '" + "audiences" + "'", schema: schema91.required, parentSchema: schema91, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "kind") || (key0 === "review")) || (key0 === "channels")) || (key0 === "status_updates")) || (key0 === "audiences"))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema91, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data0 = data.kind;
        if ("communication" !== data0) {
            const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "communication" }, message: "must be equal to constant", schema: "communication", parentSchema: schema91.properties.kind, data: data0 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.review !== undefined) {
        if (!(validate58(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
        }
    }
    if (data.channels !== undefined) {
        let data2 = data.channels;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err7 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema91.properties.channels, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate60(data2[i0], { instancePath: instancePath + "/channels/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema91.properties.channels.type, parentSchema: schema91.properties.channels, data: data2 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.status_updates !== undefined) {
        let data4 = data.status_updates;
        if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate62(data4[i1], { instancePath: instancePath + "/status_updates/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/status_updates", schemaPath: "#/properties/status_updates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema91.properties.status_updates.type, parentSchema: schema91.properties.status_updates, data: data4 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.audiences !== undefined) {
        let data6 = data.audiences;
        if (Array.isArray(data6)) {
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
                if (!(validate64(data6[i2], { instancePath: instancePath + "/audiences/" + i2, parentData: data6, parentDataProperty: i2, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/audiences", schemaPath: "#/properties/audiences/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema91.properties.audiences.type, parentSchema: schema91.properties.audiences, data: data6 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
}
else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema91.type, parentSchema: schema91, data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate57.errors = vErrors; return errors === 0; }
validate57.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_escalation = validate68;
const schema111 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/escalation.schema.json", "title": "playbook-ops escalation", "description": "kind: escalation. Technical escalation levels for unacknowledged incidents and management escalation by severity. Contacts are referred to by their id in contacts.yaml.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "technical", "management"], "properties": { "kind": { "description": "The document kind; always escalation in this file.", "const": "escalation" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "technical": { "description": "The technical escalation levels, in ascending order; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/technical-level" } }, "management": { "description": "Who in management is notified for each severity, and how soon.", "type": "array", "items": { "$ref": "#/$defs/management-rule" } } }, "$defs": { "contact-ids": { "title": "Contact ids", "description": "Ids of contacts in contacts.yaml; at least one, no repeats.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/id" } }, "technical-level": { "title": "Technical escalation level", "description": "A level of technical escalation.", "type": "object", "additionalProperties": false, "required": ["level", "name", "contacts", "after"], "properties": { "level": { "description": "The level number: 1, 2, 3, ...", "type": "integer", "minimum": 1 }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who this level is, e.g. On-call engineer." }, "contacts": { "$ref": "#/$defs/contact-ids", "description": "Ids of the contacts paged at this level." }, "after": { "$ref": "common.schema.json#/$defs/duration", "description": "How long an unacknowledged incident waits before it moves to this level, e.g. 30m; 0m for the first level." } } }, "management-rule": { "title": "Management escalation rule", "description": "Management escalation for one severity.", "type": "object", "additionalProperties": false, "required": ["severity", "name", "notify"], "properties": { "severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label this rule applies to, e.g. sev-2." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "What the notification is, e.g. Director notification." }, "notify": { "$ref": "#/$defs/contact-ids", "description": "Ids of the contacts notified." }, "within": { "$ref": "common.schema.json#/$defs/duration", "description": "Deadline for the notification, from declaration of (or escalation to) this severity, e.g. 1h; no deadline when absent." } } } } };
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate69.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.owners === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property '" + "owners" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.last_reviewed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_reviewed" }, message: "must have required property '" + "last_reviewed" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "owners") || (key0 === "last_reviewed")) || (key0 === "cadence"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data0 = data.owners;
        if (Array.isArray(data0)) {
            if (data0.length < 1) {
                const err3 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.owners, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (!pattern4.test(data1)) {
                        const err4 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/pattern", keyword: "pattern", params: { pattern: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", parentSchema: schema34, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err6 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.owners, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.owners.type, parentSchema: schema33.properties.owners, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data2 = data.last_reviewed;
        if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
                const err8 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" }, message: "must match pattern \"" + "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" + "\"", schema: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", parentSchema: schema35, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.cadence !== undefined) {
        let data3 = data.cadence;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err10 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate69.errors = vErrors; return errors === 0; }
validate69.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema116 = { "title": "Technical escalation level", "description": "A level of technical escalation.", "type": "object", "additionalProperties": false, "required": ["level", "name", "contacts", "after"], "properties": { "level": { "description": "The level number: 1, 2, 3, ...", "type": "integer", "minimum": 1 }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who this level is, e.g. On-call engineer." }, "contacts": { "$ref": "#/$defs/contact-ids", "description": "Ids of the contacts paged at this level." }, "after": { "$ref": "common.schema.json#/$defs/duration", "description": "How long an unacknowledged incident waits before it moves to this level, e.g. 30m; 0m for the first level." } } };
const schema118 = { "title": "Contact ids", "description": "Ids of contacts in contacts.yaml; at least one, no repeats.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/id" } };
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate72.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema118, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (!pattern13.test(data0)) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema48, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
        outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
                if (func0(data[i1], data[j0])) {
                    const err3 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema118, data };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                    break outer0;
                }
            }
        }
    }
}
else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema118.type, parentSchema: schema118, data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
} validate72.errors = vErrors; return errors === 0; }
validate72.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate71.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.level === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property '" + "level" + "'", schema: schema116.required, parentSchema: schema116, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema116.required, parentSchema: schema116, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.contacts === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contacts" }, message: "must have required property '" + "contacts" + "'", schema: schema116.required, parentSchema: schema116, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.after === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "after" }, message: "must have required property '" + "after" + "'", schema: schema116.required, parentSchema: schema116, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "level") || (key0 === "name")) || (key0 === "contacts")) || (key0 === "after"))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.level !== undefined) {
        let data0 = data.level;
        if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
            const err5 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema116.properties.level.type, parentSchema: schema116.properties.level, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 < 1 || isNaN(data0)) {
                const err6 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema116.properties.level, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.contacts !== undefined) {
        if (!(validate72(data.contacts, { instancePath: instancePath + "/contacts", parentData: data, parentDataProperty: "contacts", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
            errors = vErrors.length;
        }
    }
    if (data.after !== undefined) {
        let data3 = data.after;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err9 = { instancePath: instancePath + "/after", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/after", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
}
else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema116.type, parentSchema: schema116, data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate71.errors = vErrors; return errors === 0; }
validate71.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema121 = { "title": "Management escalation rule", "description": "Management escalation for one severity.", "type": "object", "additionalProperties": false, "required": ["severity", "name", "notify"], "properties": { "severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label this rule applies to, e.g. sev-2." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "What the notification is, e.g. Director notification." }, "notify": { "$ref": "#/$defs/contact-ids", "description": "Ids of the contacts notified." }, "within": { "$ref": "common.schema.json#/$defs/duration", "description": "Deadline for the notification, from declaration of (or escalation to) this severity, e.g. 1h; no deadline when absent." } } };
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate75.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.severity === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema121.required, parentSchema: schema121, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema121.required, parentSchema: schema121, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.notify === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notify" }, message: "must have required property '" + "notify" + "'", schema: schema121.required, parentSchema: schema121, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "severity") || (key0 === "name")) || (key0 === "notify")) || (key0 === "within"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema121, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data0 = data.severity;
        if (typeof data0 === "string") {
            if (func3(data0) > 50) {
                const err4 = { instancePath: instancePath + "/severity", schemaPath: "common.schema.json#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (func3(data0) < 1) {
                const err5 = { instancePath: instancePath + "/severity", schemaPath: "common.schema.json#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (!pattern7.test(data0)) {
                const err6 = { instancePath: instancePath + "/severity", schemaPath: "common.schema.json#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^\\S(?:.*\\S)?$" }, message: "must match pattern \"" + "^\\S(?:.*\\S)?$" + "\"", schema: "^\\S(?:.*\\S)?$", parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/severity", schemaPath: "common.schema.json#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err8 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.notify !== undefined) {
        if (!(validate72(data.notify, { instancePath: instancePath + "/notify", parentData: data, parentDataProperty: "notify", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
            errors = vErrors.length;
        }
    }
    if (data.within !== undefined) {
        let data3 = data.within;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err10 = { instancePath: instancePath + "/within", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/within", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema121.type, parentSchema: schema121, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate75.errors = vErrors; return errors === 0; }
validate75.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/escalation.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate68.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema111.required, parentSchema: schema111, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema111.required, parentSchema: schema111, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.technical === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "technical" }, message: "must have required property '" + "technical" + "'", schema: schema111.required, parentSchema: schema111, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.management === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "management" }, message: "must have required property '" + "management" + "'", schema: schema111.required, parentSchema: schema111, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "kind") || (key0 === "review")) || (key0 === "technical")) || (key0 === "management"))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data0 = data.kind;
        if ("escalation" !== data0) {
            const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "escalation" }, message: "must be equal to constant", schema: "escalation", parentSchema: schema111.properties.kind, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.review !== undefined) {
        if (!(validate69(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
        }
    }
    if (data.technical !== undefined) {
        let data2 = data.technical;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err6 = { instancePath: instancePath + "/technical", schemaPath: "#/properties/technical/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema111.properties.technical, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate71(data2[i0], { instancePath: instancePath + "/technical/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/technical", schemaPath: "#/properties/technical/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema111.properties.technical.type, parentSchema: schema111.properties.technical, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.management !== undefined) {
        let data4 = data.management;
        if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate75(data4[i1], { instancePath: instancePath + "/management/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/management", schemaPath: "#/properties/management/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema111.properties.management.type, parentSchema: schema111.properties.management, data: data4 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
}
else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema111.type, parentSchema: schema111, data };
    if (vErrors === null) {
        vErrors = [err9];
    }
    else {
        vErrors.push(err9);
    }
    errors++;
} validate68.errors = vErrors; return errors === 0; }
validate68.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_contacts = validate78;
const schema125 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/contacts.schema.json", "title": "playbook-ops contacts", "description": "kind: contacts. People and teams that can be paged or told, referred to by id from escalation rules.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "contacts"], "properties": { "kind": { "description": "The document kind; always contacts in this file.", "const": "contacts" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed; contacts go stale fastest." }, "contacts": { "description": "The contacts; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/contact" } } }, "$defs": { "contact": { "title": "Contact", "description": "A person or team that can be paged or told.", "type": "object", "additionalProperties": false, "required": ["id", "name", "category"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The contact's id, used by escalation rules, e.g. primary-on-call." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who the contact is, e.g. Primary On-Call." }, "category": { "description": "on-call (paged first), stakeholder (kept informed), vendor (external support) or staff (other people escalation names).", "enum": ["on-call", "stakeholder", "vendor", "staff"] }, "github": { "$ref": "common.schema.json#/$defs/github-handle", "description": "@user or @org/team to mention when paging; without it the contact cannot be paged on GitHub." }, "email": { "$ref": "common.schema.json#/$defs/email", "description": "Email address." }, "phone": { "$ref": "common.schema.json#/$defs/phone", "description": "Phone number." }, "contact": { "$ref": "common.schema.json#/$defs/text", "description": "Other contact details in words, e.g. a support portal and contract number." } } } } };
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate79.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.owners === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property '" + "owners" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.last_reviewed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_reviewed" }, message: "must have required property '" + "last_reviewed" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "owners") || (key0 === "last_reviewed")) || (key0 === "cadence"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data0 = data.owners;
        if (Array.isArray(data0)) {
            if (data0.length < 1) {
                const err3 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.owners, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (!pattern4.test(data1)) {
                        const err4 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/pattern", keyword: "pattern", params: { pattern: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", parentSchema: schema34, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err6 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.owners, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.owners.type, parentSchema: schema33.properties.owners, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data2 = data.last_reviewed;
        if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
                const err8 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" }, message: "must match pattern \"" + "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" + "\"", schema: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", parentSchema: schema35, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.cadence !== undefined) {
        let data3 = data.cadence;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err10 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate79.errors = vErrors; return errors === 0; }
validate79.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema130 = { "title": "Contact", "description": "A person or team that can be paged or told.", "type": "object", "additionalProperties": false, "required": ["id", "name", "category"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The contact's id, used by escalation rules, e.g. primary-on-call." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who the contact is, e.g. Primary On-Call." }, "category": { "description": "on-call (paged first), stakeholder (kept informed), vendor (external support) or staff (other people escalation names).", "enum": ["on-call", "stakeholder", "vendor", "staff"] }, "github": { "$ref": "common.schema.json#/$defs/github-handle", "description": "@user or @org/team to mention when paging; without it the contact cannot be paged on GitHub." }, "email": { "$ref": "common.schema.json#/$defs/email", "description": "Email address." }, "phone": { "$ref": "common.schema.json#/$defs/phone", "description": "Phone number." }, "contact": { "$ref": "common.schema.json#/$defs/text", "description": "Other contact details in words, e.g. a support portal and contract number." } } };
const schema134 = { "title": "Email address", "description": "An email address such as oncall@example.com, or a placeholder such as [Email].", "type": "string", "maxLength": 254, "pattern": "^(?:[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+|\\[[^\\]]+\\])$" };
const schema135 = { "title": "Phone number", "description": "A phone number: digits with optional leading +, spaces, ( ) . / - and an optional extension (x123 or ext. 123), or a placeholder such as [Phone Number].", "type": "string", "maxLength": 40, "pattern": "^(?:\\+?[ ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\\.?) ?[0-9]+)?|\\[[^\\]]+\\])$" };
const pattern50 = new RegExp("^(?:[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+|\\[[^\\]]+\\])$", "u");
const pattern51 = new RegExp("^(?:\\+?[ ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\\.?) ?[0-9]+)?|\\[[^\\]]+\\])$", "u");
function validate81(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate81.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema130.required, parentSchema: schema130, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema130.required, parentSchema: schema130, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.category === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property '" + "category" + "'", schema: schema130.required, parentSchema: schema130, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((((key0 === "id") || (key0 === "name")) || (key0 === "category")) || (key0 === "github")) || (key0 === "email")) || (key0 === "phone")) || (key0 === "contact"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema130, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (!pattern13.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema48, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.category !== undefined) {
        let data2 = data.category;
        if (!((((data2 === "on-call") || (data2 === "stakeholder")) || (data2 === "vendor")) || (data2 === "staff"))) {
            const err8 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema130.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema130.properties.category.enum, parentSchema: schema130.properties.category, data: data2 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.github !== undefined) {
        let data3 = data.github;
        if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
                const err9 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/$defs/github-handle/pattern", keyword: "pattern", params: { pattern: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", parentSchema: schema34, data: data3 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/$defs/github-handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.email !== undefined) {
        let data4 = data.email;
        if (typeof data4 === "string") {
            if (func3(data4) > 254) {
                const err11 = { instancePath: instancePath + "/email", schemaPath: "common.schema.json#/$defs/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters", schema: 254, parentSchema: schema134, data: data4 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (!pattern50.test(data4)) {
                const err12 = { instancePath: instancePath + "/email", schemaPath: "common.schema.json#/$defs/email/pattern", keyword: "pattern", params: { pattern: "^(?:[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+|\\[[^\\]]+\\])$" + "\"", schema: "^(?:[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+|\\[[^\\]]+\\])$", parentSchema: schema134, data: data4 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/email", schemaPath: "common.schema.json#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema134.type, parentSchema: schema134, data: data4 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.phone !== undefined) {
        let data5 = data.phone;
        if (typeof data5 === "string") {
            if (func3(data5) > 40) {
                const err14 = { instancePath: instancePath + "/phone", schemaPath: "common.schema.json#/$defs/phone/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema135, data: data5 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
            if (!pattern51.test(data5)) {
                const err15 = { instancePath: instancePath + "/phone", schemaPath: "common.schema.json#/$defs/phone/pattern", keyword: "pattern", params: { pattern: "^(?:\\+?[ ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\\.?) ?[0-9]+)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:\\+?[ ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\\.?) ?[0-9]+)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:\\+?[ ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\\.?) ?[0-9]+)?|\\[[^\\]]+\\])$", parentSchema: schema135, data: data5 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/phone", schemaPath: "common.schema.json#/$defs/phone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema135.type, parentSchema: schema135, data: data5 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.contact !== undefined) {
        let data6 = data.contact;
        if (typeof data6 === "string") {
            if (func3(data6) < 1) {
                const err17 = { instancePath: instancePath + "/contact", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/contact", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data6 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
}
else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema130.type, parentSchema: schema130, data };
    if (vErrors === null) {
        vErrors = [err19];
    }
    else {
        vErrors.push(err19);
    }
    errors++;
} validate81.errors = vErrors; return errors === 0; }
validate81.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/contacts.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate78.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema125.required, parentSchema: schema125, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema125.required, parentSchema: schema125, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.contacts === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contacts" }, message: "must have required property '" + "contacts" + "'", schema: schema125.required, parentSchema: schema125, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "kind") || (key0 === "review")) || (key0 === "contacts"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema125, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data0 = data.kind;
        if ("contacts" !== data0) {
            const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "contacts" }, message: "must be equal to constant", schema: "contacts", parentSchema: schema125.properties.kind, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.review !== undefined) {
        if (!(validate79(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
            errors = vErrors.length;
        }
    }
    if (data.contacts !== undefined) {
        let data2 = data.contacts;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err5 = { instancePath: instancePath + "/contacts", schemaPath: "#/properties/contacts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema125.properties.contacts, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate81(data2[i0], { instancePath: instancePath + "/contacts/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/contacts", schemaPath: "#/properties/contacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema125.properties.contacts.type, parentSchema: schema125.properties.contacts, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
}
else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema125.type, parentSchema: schema125, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate78.errors = vErrors; return errors === 0; }
validate78.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_postmortem = validate83;
const schema137 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/postmortem.schema.json", "title": "playbook-ops post-mortem", "description": "kind: postmortem. The sections every post-mortem has and the practices that keep the process current. Which severities need one, and by when, is set per severity in severities.yaml.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "elements", "continuous_improvement"], "properties": { "kind": { "description": "The document kind; always postmortem in this file.", "const": "postmortem" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "elements": { "description": "The sections every post-mortem has, in order; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/element" } }, "continuous_improvement": { "$ref": "common.schema.json#/$defs/text-list", "description": "Practices that keep the incident process current; at least one." } }, "$defs": { "element": { "title": "Post-mortem element", "description": "One section of a post-mortem.", "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The section's id, e.g. root-cause." }, "title": { "$ref": "common.schema.json#/$defs/text", "description": "The section's heading, e.g. Root cause analysis." }, "description": { "$ref": "common.schema.json#/$defs/text", "description": "What the section should contain, shown as a prompt in the post-mortem." } } } } };
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate84.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.owners === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property '" + "owners" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.last_reviewed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_reviewed" }, message: "must have required property '" + "last_reviewed" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "owners") || (key0 === "last_reviewed")) || (key0 === "cadence"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data0 = data.owners;
        if (Array.isArray(data0)) {
            if (data0.length < 1) {
                const err3 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.owners, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (!pattern4.test(data1)) {
                        const err4 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/pattern", keyword: "pattern", params: { pattern: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", parentSchema: schema34, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err6 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.owners, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.owners.type, parentSchema: schema33.properties.owners, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data2 = data.last_reviewed;
        if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
                const err8 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" }, message: "must match pattern \"" + "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" + "\"", schema: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", parentSchema: schema35, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.cadence !== undefined) {
        let data3 = data.cadence;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err10 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate84.errors = vErrors; return errors === 0; }
validate84.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema142 = { "title": "Post-mortem element", "description": "One section of a post-mortem.", "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The section's id, e.g. root-cause." }, "title": { "$ref": "common.schema.json#/$defs/text", "description": "The section's heading, e.g. Root cause analysis." }, "description": { "$ref": "common.schema.json#/$defs/text", "description": "What the section should contain, shown as a prompt in the post-mortem." } } };
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate86.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema142.required, parentSchema: schema142, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.title === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'", schema: schema142.required, parentSchema: schema142, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "id") || (key0 === "title")) || (key0 === "description"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema142, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (!pattern13.test(data0)) {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema48, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.title !== undefined) {
        let data1 = data.title;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err5 = { instancePath: instancePath + "/title", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/title", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data2 = data.description;
        if (typeof data2 === "string") {
            if (func3(data2) < 1) {
                const err7 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data2 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
}
else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema142.type, parentSchema: schema142, data };
    if (vErrors === null) {
        vErrors = [err9];
    }
    else {
        vErrors.push(err9);
    }
    errors++;
} validate86.errors = vErrors; return errors === 0; }
validate86.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate88.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate88.errors = vErrors; return errors === 0; }
validate88.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/postmortem.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate83.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema137.required, parentSchema: schema137, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema137.required, parentSchema: schema137, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.elements === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "elements" }, message: "must have required property '" + "elements" + "'", schema: schema137.required, parentSchema: schema137, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.continuous_improvement === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "continuous_improvement" }, message: "must have required property '" + "continuous_improvement" + "'", schema: schema137.required, parentSchema: schema137, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "kind") || (key0 === "review")) || (key0 === "elements")) || (key0 === "continuous_improvement"))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema137, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data0 = data.kind;
        if ("postmortem" !== data0) {
            const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "postmortem" }, message: "must be equal to constant", schema: "postmortem", parentSchema: schema137.properties.kind, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.review !== undefined) {
        if (!(validate84(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
            errors = vErrors.length;
        }
    }
    if (data.elements !== undefined) {
        let data2 = data.elements;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err6 = { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema137.properties.elements, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate86(data2[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema137.properties.elements.type, parentSchema: schema137.properties.elements, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.continuous_improvement !== undefined) {
        if (!(validate88(data.continuous_improvement, { instancePath: instancePath + "/continuous_improvement", parentData: data, parentDataProperty: "continuous_improvement", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema137.type, parentSchema: schema137, data };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate83.errors = vErrors; return errors === 0; }
validate83.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_tools = validate90;
const schema148 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/tools.schema.json", "title": "playbook-ops tools", "description": "kind: tools. Tools and resources used during incidents, by category.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "categories"], "properties": { "kind": { "description": "The document kind; always tools in this file.", "const": "tools" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "categories": { "description": "Tool categories, e.g. Monitoring and Alerting; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/category" } } }, "$defs": { "category": { "title": "Tool category", "description": "A group of tools with a common purpose.", "type": "object", "additionalProperties": false, "required": ["id", "name", "tools"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The category's id, e.g. monitoring." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The category's name, e.g. Monitoring and Alerting." }, "tools": { "description": "The tools in this category; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/tool" } } } }, "tool": { "title": "Tool", "description": "A tool or resource, optionally with a link.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/text", "description": "The tool's name, e.g. PagerDuty." }, "purpose": { "$ref": "common.schema.json#/$defs/text", "description": "What the tool is used for, e.g. alerting and on-call management." }, "url": { "$ref": "common.schema.json#/$defs/url", "description": "Where to find the tool." } } } } };
function validate91(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate91.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.owners === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property '" + "owners" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.last_reviewed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_reviewed" }, message: "must have required property '" + "last_reviewed" + "'", schema: schema33.required, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "owners") || (key0 === "last_reviewed")) || (key0 === "cadence"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data0 = data.owners;
        if (Array.isArray(data0)) {
            if (data0.length < 1) {
                const err3 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.owners, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (!pattern4.test(data1)) {
                        const err4 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/pattern", keyword: "pattern", params: { pattern: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:@(?=[A-Za-z0-9-]{1,39}(?:/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?|\\[[^\\]]+\\])$", parentSchema: schema34, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/github-handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err6 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.owners, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.owners.type, parentSchema: schema33.properties.owners, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data2 = data.last_reviewed;
        if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
                const err8 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" }, message: "must match pattern \"" + "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" + "\"", schema: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", parentSchema: schema35, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.cadence !== undefined) {
        let data3 = data.cadence;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                const err10 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/cadence", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate91.errors = vErrors; return errors === 0; }
validate91.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema153 = { "title": "Tool category", "description": "A group of tools with a common purpose.", "type": "object", "additionalProperties": false, "required": ["id", "name", "tools"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The category's id, e.g. monitoring." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The category's name, e.g. Monitoring and Alerting." }, "tools": { "description": "The tools in this category; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/tool" } } } };
const schema156 = { "title": "Tool", "description": "A tool or resource, optionally with a link.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/text", "description": "The tool's name, e.g. PagerDuty." }, "purpose": { "$ref": "common.schema.json#/$defs/text", "description": "What the tool is used for, e.g. alerting and on-call management." }, "url": { "$ref": "common.schema.json#/$defs/url", "description": "Where to find the tool." } } };
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate94.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema156.required, parentSchema: schema156, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "name") || (key0 === "purpose")) || (key0 === "url"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema156, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.purpose !== undefined) {
        let data1 = data.purpose;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err4 = { instancePath: instancePath + "/purpose", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/purpose", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.url !== undefined) {
        let data2 = data.url;
        if (typeof data2 === "string") {
            if (!pattern33.test(data2)) {
                const err6 = { instancePath: instancePath + "/url", schemaPath: "common.schema.json#/$defs/url/pattern", keyword: "pattern", params: { pattern: "^(?:https?://\\S+|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:https?://\\S+|\\[[^\\]]+\\])$" + "\"", schema: "^(?:https?://\\S+|\\[[^\\]]+\\])$", parentSchema: schema100, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/url", schemaPath: "common.schema.json#/$defs/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.type, parentSchema: schema100, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
}
else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema156.type, parentSchema: schema156, data };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate94.errors = vErrors; return errors === 0; }
validate94.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate93.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema153.required, parentSchema: schema153, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema153.required, parentSchema: schema153, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.tools === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property '" + "tools" + "'", schema: schema153.required, parentSchema: schema153, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "id") || (key0 === "name")) || (key0 === "tools"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema153, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (!pattern13.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema48, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.tools !== undefined) {
        let data2 = data.tools;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err8 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema153.properties.tools, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate94(data2[i0], { instancePath: instancePath + "/tools/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema153.properties.tools.type, parentSchema: schema153.properties.tools, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
}
else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema153.type, parentSchema: schema153, data };
    if (vErrors === null) {
        vErrors = [err10];
    }
    else {
        vErrors.push(err10);
    }
    errors++;
} validate93.errors = vErrors; return errors === 0; }
validate93.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/tools.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate90.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema148.required, parentSchema: schema148, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema148.required, parentSchema: schema148, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.categories === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property '" + "categories" + "'", schema: schema148.required, parentSchema: schema148, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "kind") || (key0 === "review")) || (key0 === "categories"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema148, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data0 = data.kind;
        if ("tools" !== data0) {
            const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "tools" }, message: "must be equal to constant", schema: "tools", parentSchema: schema148.properties.kind, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.review !== undefined) {
        if (!(validate91(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
            errors = vErrors.length;
        }
    }
    if (data.categories !== undefined) {
        let data2 = data.categories;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err5 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema148.properties.categories, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate93(data2[i0], { instancePath: instancePath + "/categories/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema148.properties.categories.type, parentSchema: schema148.properties.categories, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
}
else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema148.type, parentSchema: schema148, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate90.errors = vErrors; return errors === 0; }
validate90.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
/** The validator of each document kind. */
const validators = {
    settings: validate_settings,
    roles: validate_roles,
    severities: validate_severities,
    process: validate_process,
    scenario: validate_scenario,
    communication: validate_communication,
    escalation: validate_escalation,
    contacts: validate_contacts,
    postmortem: validate_postmortem,
    tools: validate_tools,
};

;// CONCATENATED MODULE: ./dist/src/config/schema-validator.js

/** ajv's errors for `document` checked against the schema of `kind`; empty when it is valid. */
function schemaErrors(kind, document) {
    const validate = validators[kind];
    return validate(document) ? [] : [...(validate.errors ?? [])];
}

;// CONCATENATED MODULE: ./dist/src/config/sort-diagnostics.js
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A sorted copy of `diagnostics`: file, line, column, then rule and message for a stable order. */
function sortDiagnostics(diagnostics) {
    return [...diagnostics].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.message, b.message));
}

;// CONCATENATED MODULE: ./dist/src/config/yaml-limits.js
/** Limits that keep hostile or broken YAML from exhausting memory or time. */
/** The defaults: far above any real playbook, far below what hurts. */
const DEFAULT_YAML_LIMITS = {
    maxBytes: 1024 * 1024,
    maxDepth: 64,
    maxAliases: 100,
    maxNodes: 1_000_000,
};

;// CONCATENATED MODULE: ./dist/src/config/validate-playbooks.js













/** Thrown when the playbook directory itself is missing or unreadable (not for problems inside it). */
class PlaybookDirectoryError extends Error {
    /** What is wrong with it: `does not exist`, `is not a directory` or `cannot be read`. */
    reason;
    constructor(dir, reason, options) {
        super(`the playbook directory "${dir}" ${reason}`, options);
        this.name = 'PlaybookDirectoryError';
        this.reason = reason;
    }
}
async function listFiles(dir) {
    try {
        return await findYamlFiles(dir);
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a directory' : 'cannot be read';
        throw new PlaybookDirectoryError(dir, reason, { cause: error });
    }
}
/**
 * Checks every `*.yaml`/`*.yml` file below `dir` (hidden directories and `node_modules`
 * excepted) as one playbook set: YAML limits, the JSON Schema of each document's kind, then the
 * semantic rules across files. Problems come back as diagnostics, never as exceptions; only a
 * missing or unreadable `dir` throws, a {@link PlaybookDirectoryError}.
 */
async function validatePlaybooks(dir, options = {}) {
    const limits = { ...DEFAULT_YAML_LIMITS, ...options.limits };
    const files = await listFiles(dir);
    const texts = readFiles(dir, files, limits.maxBytes);
    const diagnostics = [];
    const kinded = [];
    // Kinds that a document of unknown kind was probably meant to be: not also reported missing.
    const guessed = new Set();
    for (const text of texts) {
        if (!('text' in text)) {
            diagnostics.push(unreadFileDiagnostic(text, limits.maxBytes));
            continue;
        }
        const result = parseYaml(text.text, limits);
        if (!result.ok) {
            diagnostics.push(yamlProblemDiagnostic(text.file, result.problem));
            continue;
        }
        const document = { file: text.file, value: result.value, locator: result.locator };
        // Every parsed document, whatever its kind or shape, has its placeholders reported.
        diagnostics.push(...checkPlaceholders(document));
        const classified = classifyDocument(document);
        if ('diagnostic' in classified) {
            diagnostics.push(classified.diagnostic);
            if (classified.guess !== null)
                guessed.add(classified.guess);
            continue;
        }
        const errors = schemaErrors(classified.kind, document.value);
        diagnostics.push(...schemaDiagnostics(document, classified.kind, errors));
        kinded.push({ ...document, kind: classified.kind, valid: errors.length === 0 });
    }
    const set = new DocumentSet(kinded);
    if (files.length === 0) {
        diagnostics.push({
            file: '',
            line: 1,
            column: 1,
            severity: 'error',
            rule: 'missing-document',
            message: 'no playbook files (*.yaml, *.yml) in this directory',
            hint: "point to the directory that holds the playbooks, or copy the default set from playbook-ops' playbooks/",
            pointer: '',
        });
    }
    else {
        diagnostics.push(...semanticChecks(set, options.now, guessed));
    }
    const sorted = sortDiagnostics(diagnostics);
    const hasErrors = sorted.some((diagnostic) => diagnostic.severity === 'error');
    return { diagnostics: sorted, set: hasErrors ? null : resolvePlaybookSet(set), files };
}

;// CONCATENATED MODULE: ./dist/src/config/load-playbooks.js

/** How many errors the message of a {@link PlaybookError} quotes. */
const QUOTED_ERRORS = 5;
/** Thrown by {@link loadPlaybooks} when the set has errors; `diagnostics` holds all of them and the warnings. */
class PlaybookError extends Error {
    /** Every diagnostic of the set, sorted by file, line and column. */
    diagnostics;
    constructor(dir, diagnostics) {
        const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
        const quoted = errors
            .slice(0, QUOTED_ERRORS)
            .map((diagnostic) => `  ${diagnostic.file === '' ? '.' : diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.rule} ${diagnostic.message}`);
        const more = errors.length > QUOTED_ERRORS ? [`  … and ${errors.length - QUOTED_ERRORS} more`] : [];
        super([`the playbook set in "${dir}" has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}:`, ...quoted, ...more].join('\n'));
        this.name = 'PlaybookError';
        this.diagnostics = diagnostics;
    }
}
/**
 * Loads and resolves the playbook set in `dir`. Warnings (placeholders, overdue reviews) do not
 * stop it; any error throws a {@link PlaybookError} whose message lists the first few.
 */
async function loadPlaybooks(dir, options = {}) {
    const result = await validatePlaybooks(dir, options);
    if (result.set === null)
        throw new PlaybookError(dir, result.diagnostics);
    return result.set;
}

;// CONCATENATED MODULE: ./dist/src/engine/records.js
/**
 * The bot's records: the hidden first line of each comment it writes says what the comment is (its
 * marker) and, for the card, what the bot has decided so far. This file is their one owner: every
 * marker is built and read here, so a new kind of record (a reminder, a pull request, a delivery)
 * is one more member of {@link Marker} with its format and parse beside the others.
 *
 * The wire format is `<!-- playbook-ops:<marker>[ <fields>] -->`, for example
 * `<!-- playbook-ops:page:sev-1 -->` or `<!-- playbook-ops:card pin=<sha>,declared=sev-2,accepted=41.42 -->`.
 * Records are trusted only in comments the bot wrote: anyone can type an HTML comment.
 */
const records_PREFIX = 'playbook-ops:';
const LINE = /^<!-- playbook-ops:([a-z0-9%][a-z0-9:.%-]*)(?: ([A-Za-z0-9:.=,%-]+))? -->/;
const SHA = /^[0-9a-f]{40}$/;
const STEP_KEY = /^[0-9a-f]{8}$/;
const STEP_TICK = /^([0-9a-f]{8})-(\d{1,12})$/;
/** A box of the card's task lists with the hidden key of its step, as {@link formatStepMark} ends it. */
const STEP_BOX = /^[-*+] \[([ xX])\] .* <!-- playbook-ops:step=([0-9a-f]{8}) -->$/;
const encoder = new TextEncoder();
/**
 * `text` (a severity label, say) as part of a marker: lower case (GitHub label names are
 * case-insensitive), with anything but letters, digits, `.` and `-` percent-encoded, so that no
 * label can break the marker line or another field of it.
 */
function markerPart(text) {
    return Array.from(text.toLowerCase())
        .map((char) => (/[a-z0-9.-]/.test(char) ? char : [...encoder.encode(char)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')))
        .join('');
}
/** A version of comment `commentId`: its id, and the time of the edit (Unix seconds) unless it is as first written. */
function replyVersion(commentId, edited) {
    return edited === null ? String(commentId) : `${commentId}-${edited}`;
}
/** The marker's identity: two comments with the same key are the same record. */
function markerKey(marker) {
    switch (marker.kind) {
        case 'card':
            return 'card';
        case 'severity-page':
            return `page:${markerPart(marker.severity)}`;
        case 'level-page':
            return `page:level-${marker.level}`;
        case 'reply':
            return `reply:${replyVersion(marker.commentId, marker.edited)}`;
        case 'label-note':
            return `label-note:${marker.eventId}`;
        case 'triage-request':
            return 'triage-request';
        case 'severity-request':
            return 'severity-request';
        case 'close-note':
            return `close-note:${marker.eventId}`;
    }
}
/** The text a {@link markerPart} was made from (lower case), or null when it is not one. */
function fromMarkerPart(part) {
    try {
        const text = decodeURIComponent(part);
        return markerPart(text) === part ? text : null;
    }
    catch {
        return null;
    }
}
function positive(text) {
    return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}
function keyToMarker(key, fields) {
    if (key === 'card')
        return { kind: 'card' };
    if (key === 'triage-request')
        return { kind: 'triage-request' };
    if (key === 'severity-request')
        return { kind: 'severity-request' };
    const [head = '', rest = ''] = key.split(/:(.*)/s, 2);
    const number = positive(rest.replace(/^level-/, ''));
    switch (head) {
        case 'page': {
            if (rest.startsWith('level-'))
                return number === null ? null : { kind: 'level-page', level: number };
            const severity = fromMarkerPart(rest);
            return severity === null || severity === '' ? null : { kind: 'severity-page', severity };
        }
        case 'reply': {
            const version = /^([1-9]\d{0,15})(?:-([1-9]\d{0,11}))?$/.exec(rest);
            if (version === null)
                return null;
            return { kind: 'reply', commentId: Number(version[1]), edited: version[2] === undefined ? null : Number(version[2]), denied: fields.denied !== undefined };
        }
        case 'label-note':
            return number === null ? null : { kind: 'label-note', eventId: number };
        case 'close-note':
            return number === null ? null : { kind: 'close-note', eventId: number };
        default:
            return null;
    }
}
function readFields(data) {
    const fields = Object.create(null);
    for (const part of data?.split(',') ?? []) {
        const [key = '', value = ''] = part.split('=', 2);
        if (key !== '')
            fields[key] = value;
    }
    return fields;
}
/** The card record as marker fields. */
function formatCardRecord(record) {
    const fields = [];
    // Only a commit SHA pins anything: a name such as HEAD would follow the branch.
    if (record.pin !== null && SHA.test(record.pin))
        fields.push(`pin=${record.pin}`);
    if (record.declared !== null)
        fields.push(`declared=${record.declared}`);
    if (record.accepted.length > 0)
        fields.push(`accepted=${record.accepted.join('.')}`);
    if (record.judged !== null)
        fields.push(`judged=${record.judged.through}-${Date.parse(record.judged.at) / 1000}`);
    if (record.reporter !== null)
        fields.push(`reporter=${record.reporter}`);
    if (record.ticks.length > 0)
        fields.push(`ticks=${record.ticks.map((tick) => `${tick.step}-${Math.floor(Date.parse(tick.at) / 1000)}`).join('.')}`);
    if (record.digest !== null)
        fields.push(`digest=${record.digest}`);
    return fields.join(',');
}
function fromSeconds(seconds) {
    return new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z');
}
function parseTicks(field) {
    return (field ?? '').split('.').flatMap((part) => {
        const match = STEP_TICK.exec(part);
        return match === null ? [] : [{ step: match[1] ?? '', at: fromSeconds(match[2] ?? '') }];
    });
}
function parseJudged(field) {
    const match = /^([1-9]\d{0,15})-(\d{1,12})$/.exec(field ?? '');
    if (match === null)
        return null;
    return { through: Number(match[1]), at: fromSeconds(match[2] ?? '') };
}
function parseCardRecord(fields) {
    const pin = fields.pin;
    return {
        pin: pin !== undefined && SHA.test(pin) ? pin : null,
        declared: fields.declared ?? null,
        accepted: (fields.accepted ?? '').split('.').flatMap((part) => {
            const id = positive(part);
            return id === null ? [] : [id];
        }),
        judged: parseJudged(fields.judged),
        reporter: fields.reporter === 'trusted' || fields.reporter === 'report' ? fields.reporter : null,
        ticks: parseTicks(fields.ticks),
        digest: fields.digest ?? null,
    };
}
/** The hidden first line of a bot comment carrying `marker` (and, for the card, its record). */
function formatRecordLine(marker, card) {
    const data = marker.kind === 'card' && card !== undefined ? formatCardRecord(card) : marker.kind === 'reply' && marker.denied ? 'denied' : '';
    return `<!-- ${records_PREFIX}${markerKey(marker)}${data === '' ? '' : ` ${data}`} -->`;
}
/** What a comment body's first line records, or null when it carries no marker this version reads. */
function parseRecordLine(body) {
    const match = LINE.exec(body);
    if (match === null)
        return null;
    const fields = readFields(match[2]);
    const marker = keyToMarker(match[1] ?? '', fields);
    if (marker === null)
        return null;
    return { marker, card: marker.kind === 'card' ? parseCardRecord(fields) : null };
}
/** The hidden key that ends a box of the card's task lists, so a tick can be read back by step. */
function formatStepMark(key) {
    if (!STEP_KEY.test(key))
        throw new Error(`a step key is 8 hex digits, not ${JSON.stringify(key)}`);
    return `<!-- ${records_PREFIX}step=${key} -->`;
}
/** The boxes of a card body: each step key, and whether its box is ticked. */
function readStepBoxes(body) {
    const boxes = new Map();
    for (const line of body.split(/\r?\n/)) {
        const match = STEP_BOX.exec(line);
        if (match !== null)
            boxes.set(match[2] ?? '', match[1] !== ' ');
    }
    return boxes;
}

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
            return `comment ${markerKey(effect.marker)}`;
        case 'card':
            return 'update the incident card';
    }
}

;// CONCATENATED MODULE: ./dist/src/github/appliers/dry-run.js
/** The appliers of a dry run: each reports what it would do and changes nothing. */

const plan = (effect) => Promise.resolve(`would ${describeEffect(effect)}`);
/** Every effect, planned only. */
const dryRunAppliers = {
    'add-labels': plan,
    'remove-label': plan,
    'add-assignees': plan,
    'close-issue': plan,
    'reopen-issue': plan,
    comment: plan,
    card: plan,
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

// EXTERNAL MODULE: ../main/node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(5575);
;// CONCATENATED MODULE: ./dist/src/github/http-status.js

/** The HTTP status of a failed GitHub request, or undefined for any other error. */
function httpStatus(error) {
    return error instanceof dist_src/* RequestError */.G ? error.status : undefined;
}

// EXTERNAL MODULE: ./dist/src/github/octokit.js + 25 modules
var github_octokit = __webpack_require__(5693);
;// CONCATENATED MODULE: ./dist/src/github/appliers/post-once.js
/**
 * Posting a marked comment, never twice. Another run may be reconciling the same incident (a
 * scheduled run beside an event's run), so what changed in the thread since the run read it is
 * checked for the marker right before posting. The retry plugin would repeat a POST that failed with a 5xx blindly, although GitHub may
 * have written the comment before failing; so every attempt is made without it, and after each
 * failure the thread is checked again.
 */



/** The token writes as someone other than `bot-login`. */
class BotLoginError extends Error {
}
/** How many times a comment is posted before its 5xx is final (as the retry plugin: once, then three retries). */
const POST_ATTEMPTS = 4;
/**
 * Whether the bot has a comment with `marker` on the issue now. The run has read the thread up to
 * `readUpTo`; only what changed since can hold a comment it did not see, so only that is read.
 */
async function hasBotComment({ octokit, issue, botLogin, readUpTo }, marker) {
    const key = markerKey(marker);
    const since = readUpTo.replace(/\.\d+Z$/, 'Z');
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: issue.owner, repo: issue.repo, issue_number: issue.number, since, per_page: 100 });
    return comments.some((comment) => {
        const record = comment.user?.login === botLogin ? parseRecordLine(comment.body ?? '') : null;
        return record !== null && markerKey(record.marker) === key;
    });
}
/** Posts `body` unless a bot comment with `marker` exists; resolves to whether this call posted it. */
async function postOnce(context, marker, body) {
    const { octokit, issue, botLogin, log } = context;
    if (await hasBotComment(context, marker))
        return false;
    for (let attempt = 1;; attempt += 1) {
        try {
            const { data } = await octokit.rest.issues.createComment({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, body, request: { retries: 0 } });
            // Trusting comments by the wrong login would make every run post everything again.
            if (data.user !== null && data.user.login !== botLogin) {
                throw new BotLoginError(`The token acts as ${data.user.login}, but bot-login is ${botLogin}: set the bot-login input to ${data.user.login}, or nothing the bot writes is recognised as its own.`);
            }
            return true;
        }
        catch (error) {
            const status = httpStatus(error);
            if (error instanceof BotLoginError || (status !== undefined && status < 500) || attempt >= POST_ATTEMPTS)
                throw error;
            log.warning(`Posting ${markerKey(marker)} failed (${error instanceof Error ? error.message : String(error)}); checking whether it was written before retrying.`);
            await (0,github_octokit/* backOff */.f)(octokit, attempt);
            if (await hasBotComment(context, marker))
                return true;
        }
    }
}

;// CONCATENATED MODULE: ./dist/src/github/appliers/card.js


/** Posts the incident card, or rewrites the one the engine chose. */
const card = async (effect, context) => {
    const body = context.render.card(effect.card, effect.record);
    const { octokit, issue } = context;
    if (effect.commentId === null) {
        const posted = await postOnce(context, { kind: 'card' }, body);
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
    const posted = await postOnce(context, effect.marker, context.render.comment(effect.marker, effect.message));
    return posted ? describeEffect(effect) : `${describeEffect(effect)}: already posted by another run`;
};

;// CONCATENATED MODULE: ./dist/src/github/appliers/remove-label.js


/** Removes a label; one already gone (404: someone removed it since the run read the issue) is done. */
const removeLabel = async (effect, { octokit, issue }) => {
    try {
        await octokit.rest.issues.removeLabel({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, name: effect.label });
    }
    catch (error) {
        if (httpStatus(error) !== 404)
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
};

// EXTERNAL MODULE: ./dist/src/github/fetch-incident.js
var fetch_incident = __webpack_require__(1046);
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
        if (httpStatus(error) === 404)
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./dist/src/github/pinned-playbooks.js
/**
 * The playbooks an incident is pinned to. An incident runs on the playbook set of the commit it was
 * declared under, so a change merged mid-incident (a new contact, another response time) does not
 * change the rules of an incident already under way. When that commit is not the one this run
 * checked out, its files are read from git: the playbook directory only (one listing per directory,
 * one blob per file), so the size of the rest of the repository does not matter.
 *
 * Failures that another try cannot fix (the commit is not in this repository, as for a transferred
 * issue; no playbooks or invalid ones there; a directory too large to list) fall back to the run's
 * playbooks and say why, on the card too: an incident must never freeze. Failures that may pass
 * (a server error, a rate limit) are thrown, so the run is retried instead of changing rules.
 */





/** GitHub lists at most this many entries of a directory through the contents API. */
const LISTING_LIMIT = 1000;
/** A failure no later run can fix. */
class Permanent extends Error {
}
/** The playbook files below `path` at commit `sha`, as path (relative to `path`) → text. */
async function readFilesAt(octokit, where, sha) {
    const root = where.path.replace(/^\.\//, '').replace(/\/+$/, '');
    const texts = new Map();
    const visit = async (dir) => {
        const { data } = await octokit.rest.repos.getContent({ owner: where.owner, repo: where.repo, path: dir, ref: sha });
        if (!Array.isArray(data))
            throw new Permanent(`${dir} is a file, not a directory`);
        if (data.length >= LISTING_LIMIT)
            throw new Permanent(`${dir} has ${LISTING_LIMIT} or more entries, more than GitHub lists`);
        for (const entry of data) {
            if (entry.type === 'dir')
                await visit(entry.path);
            else if (entry.type === 'file' && /\.ya?ml$/.test(entry.name)) {
                const { data: blob } = await octokit.rest.git.getBlob({ owner: where.owner, repo: where.repo, file_sha: entry.sha });
                texts.set(entry.path.slice(root.length + 1), Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'));
            }
        }
    };
    try {
        await visit(root);
    }
    catch (error) {
        // A 404 is final: the commit is not in this repository, or it has no playbook directory.
        if (httpStatus(error) === 404)
            return new Map();
        throw error;
    }
    return texts;
}
async function loadFiles(files) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'playbook-ops-pinned-'));
    try {
        for (const [path, text] of files) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(dir, path)), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, path), text);
        }
        return await loadPlaybooks(dir);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * The playbook set at commit `sha`, or why it cannot be had for good (the caller then uses its
 * own). A failure that may pass is thrown, so the incident waits for the next run.
 */
async function loadPinnedPlaybooks(octokit, where, sha) {
    const at = `${where.path} at ${sha.slice(0, 7)}, the commit the incident is pinned to`;
    let files;
    try {
        files = await readFilesAt(octokit, where, sha);
    }
    catch (error) {
        if (error instanceof Permanent)
            return { fallback: `the playbooks in ${at} cannot be read: ${error.message}` };
        throw new Error(`Could not read the playbooks in ${at}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (files.size === 0)
        return { fallback: `there are no playbooks in ${at} (or the commit is not in this repository)` };
    try {
        return { set: await loadFiles(files) };
    }
    catch (error) {
        if (!(error instanceof PlaybookError))
            throw error;
        return { fallback: `the playbooks in ${at} have errors (${error.message})` };
    }
}

;// CONCATENATED MODULE: ./dist/src/engine/ledger.js

/** The ledger of `observed`, from the comments its bot wrote. */
function readLedger(observed) {
    const ledger = { card: null, posted: new Set(), pages: [], judged: null, accepted: new Set(), denied: new Set() };
    for (const comment of observed.comments) {
        if (comment.author !== observed.botLogin)
            continue;
        const read = parseRecordLine(comment.body);
        if (read === null)
            continue;
        const { marker } = read;
        ledger.posted.add(markerKey(marker));
        if (marker.kind === 'card' && ledger.card === null && read.card !== null) {
            ledger.card = { commentId: comment.id, record: read.card, boxes: readStepBoxes(comment.body), updatedAt: comment.updatedAt };
            ledger.judged = read.card.judged;
            for (const id of read.card.accepted)
                ledger.accepted.add(id);
        }
        if (marker.kind === 'severity-page' || marker.kind === 'level-page')
            ledger.pages.push({ marker, at: comment.createdAt });
        if (marker.kind === 'reply' && marker.denied)
            ledger.denied.add(replyVersion(marker.commentId, marker.edited));
    }
    return ledger;
}

// EXTERNAL MODULE: ../main/node_modules/remark/index.js + 121 modules
var remark = __webpack_require__(6655);
;// CONCATENATED MODULE: ./dist/src/markdown/text-lines.js
/** The lines of a text, to move between offsets and line numbers without splitting it again. */
/**
 * `body` with every line ending as `\n` and without a byte-order mark, so offsets, lines and the
 * text handed to remark all agree (GitHub stores bodies typed in a browser with `\r\n`).
 */
function normalizeText(body) {
    return body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
/** The lines of `text` (already normalized). */
function textLines(text) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
        starts.push(at + 1);
    return { text, starts };
}
/** Offset where line `index` starts; the text's length for the line after the last. */
function lineStart(lines, index) {
    return lines.starts[index] ?? lines.text.length;
}
/** Offset just past the last character of line `index` (before its `\n`). */
function lineEnd(lines, index) {
    const next = lines.starts[index + 1];
    return next === undefined ? lines.text.length : next - 1;
}
/** The text of line `index`, without its `\n`. */
function lineText(lines, index) {
    return lines.text.slice(lineStart(lines, index), lineEnd(lines, index));
}
/** The index of the line holding `offset`. */
function lineAt(lines, offset) {
    let low = 0;
    let high = lines.starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (lines.starts[middle] <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

;// CONCATENATED MODULE: ./dist/src/markdown/raw-blocks.js
/**
 * Blocks whose end is an explicit line rather than a blank line: fenced code and the HTML blocks
 * of CommonMark kinds 1–5 (`<pre>`/`<script>`/`<style>`/`<textarea>`, comments, processing
 * instructions, declarations, CDATA). They are the only blocks that carry on across a blank line
 * at the top level, which is what the block scan needs to know to cut a text safely.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_BLOCKS = [
    { start: /^ {0,3}<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, end: /<\/(?:pre|script|style|textarea)>/i },
    { start: /^ {0,3}<!--/, end: /-->/ },
    { start: /^ {0,3}<\?/, end: /\?>/ },
    { start: /^ {0,3}<![A-Za-z]/, end: />/ },
    { start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/ },
];
/** How the fenced code block opened by `line` ends, or null when `line` opens none. */
function fenceEnd(line) {
    const match = FENCE.exec(line);
    if (match === null)
        return null;
    const fence = match[1];
    // A backtick fence's info string may not contain a backtick (it would be inline code).
    if (fence.startsWith('`') && match[2].includes('`'))
        return null;
    const closing = new RegExp(`^ {0,3}${fence.charAt(0)}{${fence.length},}[ \\t]*$`);
    return (candidate) => closing.test(candidate);
}
/**
 * The index of the last line of the fenced code or HTML block (kinds 1–5) that line `index`
 * opens, assuming it stands at the top level; the last line of the text when nothing closes it;
 * null when line `index` opens no such block.
 */
function rawBlockEnd(lines, index) {
    const first = lineText(lines, index);
    const fence = fenceEnd(first);
    const html = fence === null ? HTML_BLOCKS.find((block) => block.start.test(first)) : undefined;
    if (fence === null && html === undefined)
        return null;
    const last = lines.starts.length - 1;
    // An HTML block may end on its own first line; a fence never does.
    let line = fence === null ? index : index + 1;
    if (line > last)
        return last;
    const ends = fence ?? ((candidate) => html.end.test(candidate));
    while (line < last && !ends(lineText(lines, line)))
        line += 1;
    return line;
}
/**
 * Whether `line` could open fenced code or a kind 1–5 HTML block at some depth, after any
 * indentation and quote or list markers. A loose test, used where the text was not parsed.
 */
function mayOpenRawBlock(line) {
    const inner = line.replace(/^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/, '');
    return /^(?:`{3,}|~{3,})/.test(inner) || HTML_BLOCKS.some((block) => block.start.test(inner));
}

;// CONCATENATED MODULE: ./dist/src/markdown/skeleton.js
/**
 * The text remark is given: the original with inline syntax characters replaced by `x`, same
 * length, same block structure. micromark splits the text of a paragraph at each of these
 * characters and then merges the pieces back with one array splice per line, which is quadratic
 * in the length of a paragraph (a pasted log of `[INFO] …` lines); block structure never depends
 * on them except at the start of a line, so only those starts are kept.
 *
 * Kept as written: thematic breaks, fence lines, HTML block starts, and the line that may close an
 * HTML block of kind 1 or 5 after its start (their closing strings hold `<` and `]`). In a
 * stretch with quotes or lists the kept lines are found loosely (any indentation), which keeps
 * more than needed but never changes structure; such stretches are short (see `blocks.ts`), so
 * what is kept there costs little. In a stretch without them indentation is exact, and a line
 * indented by four or more columns cannot start a block, so it is always neutralized.
 */
const INLINE_SYNTAX = /[!&*[\\\]_`<]/g;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const STRUCTURE_ONLY = /^[ \t>*_+-]*$/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const skeleton_FENCE = /^(?:`{3,}[^`]*|~{3,}.*)$/;
const HTML_START_1_TO_6 = [
    /^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i,
    /^<!--/,
    /^<\?/,
    /^<![A-Za-z]/,
    /^<!\[CDATA\[/,
    /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i,
];
/** A line that is one complete open or closing tag (CommonMark HTML block kind 7). */
const HTML_START_7 = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;
const END_1 = /<\/(?:pre|script|style|textarea)>/i;
const END_5 = ']]>';
/** Columns taken by the leading white space of `line`, tabs to the next multiple of four. */
function indentation(line) {
    let column = 0;
    for (const char of line) {
        if (char === ' ')
            column += 1;
        else if (char === '\t')
            column += 4 - (column % 4);
        else
            break;
    }
    return column;
}
/** The skeleton of a whole text, line by line; `nested(index)` tells whether line `index` lies in a stretch with quotes or lists. */
function skeleton(lines, nested) {
    let openKind1 = false;
    let openKind5 = false;
    const out = lines.map((line, index) => {
        if (openKind1 && END_1.test(line)) {
            openKind1 = false;
            return line;
        }
        if (openKind5 && line.includes(END_5)) {
            openKind5 = false;
            return line;
        }
        const inContainers = nested(index);
        const prefix = inContainers ? CONTAINER_PREFIX.exec(line)[0] : /^[ \t]*/.exec(line)[0];
        const rest = line.slice(prefix.length);
        const mayStartBlock = inContainers || indentation(line) < 4;
        if (mayStartBlock) {
            if (inContainers ? STRUCTURE_ONLY.test(line) : THEMATIC_BREAK.test(rest))
                return line;
            if (skeleton_FENCE.test(rest))
                return line;
            const kind = HTML_START_1_TO_6.findIndex((start) => start.test(rest));
            if (kind !== -1) {
                if (kind === 0 && !END_1.test(rest))
                    openKind1 = true;
                if (kind === 4 && !rest.includes(END_5))
                    openKind5 = true;
                return line;
            }
            // Every character neutralized here is one a complete tag allows in its place, so the line stays one.
            if (HTML_START_7.test(rest))
                return `${prefix}<${rest.slice(1).replace(INLINE_SYNTAX, 'x')}`;
        }
        return prefix + rest.replace(INLINE_SYNTAX, 'x');
    });
    return out.join('\n');
}

;// CONCATENATED MODULE: ./dist/src/markdown/stretches.js
/**
 * The stretches the block scan cuts a text into (see `blocks.ts`): from a cut (a line at the left
 * margin after a blank line) to the next, each classified by what the scan does with it: a raw
 * block to skip to its end, a block quote to skip, a stretch too long and nested to parse, or
 * text for remark.
 */


/** A stretch between cuts that holds quotes or lists and is longer than this is not parsed. */
const NESTED_LIMIT = 1_024;
const BLANK = /^[ \t]*$/;
const NESTED = /^[ \t]*(?:>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
const QUOTE = /^ {0,3}>/;
/** Per-line facts, computed once, so each stretch is classified in time linear in its length. */
class LineFacts {
    lines;
    count;
    nextCut;
    nestedBefore;
    rawBefore;
    blank;
    quote;
    /** Whether the lines from the cut before each line to the cut after it hold a quote or list. */
    nestedAround;
    constructor(lines) {
        this.lines = lines;
        const count = lines.starts.length;
        this.count = count;
        this.blank = new Uint8Array(count);
        this.quote = new Uint8Array(count);
        this.nestedBefore = new Int32Array(count + 1);
        this.rawBefore = new Int32Array(count + 1);
        const margin = new Uint8Array(count);
        for (let index = 0; index < count; index += 1) {
            const text = lineText(lines, index);
            this.blank[index] = BLANK.test(text) ? 1 : 0;
            this.quote[index] = QUOTE.test(text) ? 1 : 0;
            margin[index] = text !== '' && text[0] !== ' ' && text[0] !== '\t' ? 1 : 0;
            this.nestedBefore[index + 1] = this.nestedBefore[index] + (NESTED.test(text) ? 1 : 0);
            this.rawBefore[index + 1] = this.rawBefore[index] + (mayOpenRawBlock(text) ? 1 : 0);
        }
        this.nextCut = new Int32Array(count);
        let next = count;
        for (let index = count - 1; index >= 0; index -= 1) {
            this.nextCut[index] = next;
            if (index > 0 && margin[index] === 1 && this.blank[index - 1] === 1)
                next = index;
        }
        this.nestedAround = new Uint8Array(count);
        for (let first = 0; first < count; first = this.nextCut[first]) {
            const after = this.nextCut[first];
            if (this.nestedBefore[after] > this.nestedBefore[first])
                this.nestedAround.fill(1, first, after);
        }
    }
    /** Whether line `index` lies between two cuts with a quote or list between them. */
    nested(index) {
        return this.nestedAround[index] === 1;
    }
    /** The stretch that starts at line `first`, which starts the text or follows a cut. */
    stretch(first) {
        const raw = rawBlockEnd(this.lines, first);
        if (raw !== null)
            return { kind: 'raw', next: raw + 1 };
        const next = this.nextCut[first];
        if (this.onlyQuote(first, next))
            return { kind: 'quote', next };
        const nested = this.nestedBefore[next] > this.nestedBefore[first];
        if (nested && lineStart(this.lines, next) - lineStart(this.lines, first) > NESTED_LIMIT) {
            return { kind: 'unread', next, mayOpenRaw: this.rawBefore[next] > this.rawBefore[first] };
        }
        return { kind: 'text', next, nested };
    }
    /** Whether lines `first` to `next` are quote lines followed only by blank lines: one block quote. */
    onlyQuote(first, next) {
        let line = first;
        while (line < next && this.quote[line] === 1)
            line += 1;
        if (line === first)
            return false;
        while (line < next && this.blank[line] === 1)
            line += 1;
        return line === next;
    }
}

;// CONCATENATED MODULE: ./dist/src/markdown/blocks.js





/** Pieces without quotes or lists handed to remark are about this long (or one longer stretch). */
const PIECE = 2_048;
/** Pieces with quotes or lists are at most this long, unless one stretch alone is longer. */
const NESTED_PIECE = 512;
/** The micromark constructs switched off (see the module comment). */
const SWITCHED_OFF = [
    'attention',
    'autolink',
    'characterEscape',
    'characterReference',
    'codeText',
    'definition',
    'hardBreakEscape',
    'htmlText',
    'labelEnd',
    'labelStartImage',
    'labelStartLink',
    'setextUnderline',
];
const parser = (0,remark/* remark */.V)()
    .data('micromarkExtensions', [{ disable: { null: SWITCHED_OFF } }])
    .freeze();
function offsets(node, base) {
    return { start: base + (node.position?.start.offset ?? 0), end: base + (node.position?.end.offset ?? 0) };
}
/** A heading's text as written in the original (remark only saw the skeleton). */
function headingText(node, base, text) {
    if (node.type !== 'heading' || node.children.length === 0)
        return '';
    const first = offsets(node.children[0], base);
    const last = offsets(node.children.at(-1), base);
    return text.slice(first.start, last.end).trim();
}
/** Records the headings and the unquoted paragraphs of `nodes` (a piece's top level). */
function blocks_collect(nodes, base, scanning) {
    const { scan } = scanning;
    for (const node of nodes) {
        if (node.type === 'heading')
            scan.headings.push({ ...offsets(node, base), depth: node.depth, text: headingText(node, base, scanning.lines.text) });
    }
    // Depth-first with an explicit stack: nesting is as deep as the input makes it.
    const stack = [...nodes].reverse();
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        if (node.type === 'paragraph')
            scan.paragraphs.push(offsets(node, base));
        else if (node.type === 'list' || node.type === 'listItem') {
            for (let index = node.children.length - 1; index >= 0; index -= 1)
                stack.push(node.children[index]);
        }
    }
}
/**
 * Parses lines `first` to `next` and records what they hold. Returns the line to go on from:
 * `next`, or, when the piece ends inside fenced code or an HTML block, the line after that block.
 */
function parsePiece(scanning, first, next) {
    const { lines, facts, scan } = scanning;
    const base = lineStart(lines, first);
    const source = scanning.skeleton.slice(base, lineStart(lines, next));
    const tree = parser.parse(source);
    const last = tree.children.at(-1);
    const open = next < facts.count && last !== undefined && (last.type === 'code' || last.type === 'html') && last.position?.end.offset === source.length;
    if (!open) {
        blocks_collect(tree.children, base, scanning);
        return next;
    }
    blocks_collect(tree.children.slice(0, -1), base, scanning);
    const opening = lineAt(lines, base + (last.position?.start.offset ?? 0));
    const end = rawBlockEnd(lines, opening);
    if (end !== null)
        return end + 1;
    // remark saw a block its opening line does not show: read nothing further rather than guess.
    scan.unread.push({ start: lineStart(lines, opening), end: lines.text.length });
    scan.unsureAfter ??= lineStart(lines, opening);
    return facts.count;
}
/** The headings, paragraphs and unread parts of `body`, which may be any text at all. */
function scanBlocks(body) {
    const lines = textLines(normalizeText(body));
    const facts = new LineFacts(lines);
    const scan = { lines, headings: [], paragraphs: [], unread: [], unsureAfter: null };
    const scanning = { lines, facts, scan, skeleton: skeleton(lines.text.split('\n'), (index) => facts.nested(index)) };
    let line = 0;
    let ahead = null;
    while (line < facts.count) {
        const stretch = ahead?.line === line ? ahead.stretch : facts.stretch(line);
        if (stretch.kind === 'raw' || stretch.kind === 'quote') {
            line = stretch.next;
            continue;
        }
        if (stretch.kind === 'unread') {
            const span = { start: lineStart(lines, line), end: lineStart(lines, stretch.next) };
            scan.unread.push(span);
            if (stretch.mayOpenRaw)
                scan.unsureAfter ??= span.start;
            line = stretch.next;
            continue;
        }
        // Gather the following text stretches into one piece while it stays short enough.
        let next = stretch.next;
        let nested = stretch.nested;
        while (next < facts.count) {
            const following = facts.stretch(next);
            ahead = { line: next, stretch: following };
            if (following.kind !== 'text')
                break;
            const withIt = nested || following.nested;
            if (lineStart(lines, following.next) - lineStart(lines, line) > (withIt ? NESTED_PIECE : PIECE))
                break;
            next = following.next;
            nested = withIt;
        }
        line = parsePiece(scanning, line, next);
    }
    return scan;
}

;// CONCATENATED MODULE: ./dist/src/markdown/form-fields.js
/** The fields of the incident issue form, in form order. The form and its parser share this list. */
const FORM_FIELDS = [
    { id: 'severity', label: 'Severity', type: 'dropdown' },
    { id: 'scenario', label: 'Scenario', type: 'dropdown' },
    { id: 'services', label: 'Affected services', type: 'input' },
    { id: 'summary', label: 'Summary', type: 'textarea' },
    { id: 'started', label: 'Start time', type: 'input' },
];
/** The dropdown answer for "none of these scenarios". */
const OTHER_SCENARIO = 'Other / not sure';

;// CONCATENATED MODULE: ./dist/src/markdown/form-answers.js
/**
 * Where each answer of a submitted incident form is. GitHub renders a submitted form as one
 * `### <label>` heading per field, in form order, each followed by its answer. Answers are
 * untrusted and may themselves hold headings, code fences or the other labels, so only top-level
 * headings that carry a field's label count, and among those the boundaries are chosen in form
 * order: an input or dropdown answer is one line and cannot hold a heading, so up to the first
 * multi-line (textarea) field each boundary is the first heading with its label, and after it,
 * working back from the end, the last one. Each answer is then the original text between its
 * heading and the next boundary.
 */


const FIELD_BY_LABEL = new Map(FORM_FIELDS.map((field, index) => [field.label.toLowerCase(), index]));
function labelHeadings(body) {
    const scan = scanBlocks(body);
    const headings = scan.headings.flatMap((heading) => {
        const field = heading.depth === 3 ? FIELD_BY_LABEL.get(heading.text.replace(/\s+/g, ' ').toLowerCase()) : undefined;
        return field === undefined ? [] : [{ field, start: heading.start, end: heading.end }];
    });
    return { text: scan.lines.text, headings };
}
/** The heading that starts each answer found, in text order (see the module comment). */
function boundaries(headings) {
    const chosen = [];
    let from = 0;
    let field = 0;
    while (field < FORM_FIELDS.length) {
        let index = from;
        while (index < headings.length && headings[index].field !== field)
            index += 1;
        if (index < headings.length) {
            chosen.push(headings[index]);
            from = index + 1;
        }
        field += 1;
        if (FORM_FIELDS[field - 1].type === 'textarea')
            break;
    }
    const tail = [];
    let until = headings.length;
    for (let last = FORM_FIELDS.length - 1; last >= field; last -= 1) {
        let index = until - 1;
        while (index >= from && headings[index].field !== last)
            index -= 1;
        if (index >= from) {
            tail.unshift(headings[index]);
            until = index;
        }
    }
    return [...chosen, ...tail];
}
/** The answer to each field that `body` has a heading for, as written (trimmed; `\r\n` made `\n`). */
function formAnswers(body) {
    const { text, headings } = labelHeadings(body);
    const chosen = boundaries(headings);
    const answers = new Map();
    chosen.forEach((heading, index) => {
        const end = chosen[index + 1]?.start ?? text.length;
        answers.set(FORM_FIELDS[heading.field].id, text.slice(heading.end, end).trim());
    });
    return answers;
}

;// CONCATENATED MODULE: ./dist/src/markdown/form-options.js

function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** `SEV-1 (Critical): Platform-wide outage, …`: the label, the name and the criteria. */
function severityOption(severity) {
    const title = `${severity.label.toUpperCase()} (${oneLine(severity.name)})`;
    return severity.criteria.length === 0 ? title : `${title}: ${severity.criteria.map(oneLine).join(', ')}`;
}
/** The option for each scenario, in the set's order, followed by nothing else. */
function scenarioOptions(set) {
    const taken = new Map([[OTHER_SCENARIO.toLowerCase(), 1], ['none', 1]]);
    for (const scenario of set.scenarios) {
        const name = oneLine(scenario.name).toLowerCase();
        taken.set(name, (taken.get(name) ?? 0) + 1);
    }
    return set.scenarios.map((scenario) => {
        const name = oneLine(scenario.name);
        return { scenario, option: taken.get(name.toLowerCase()) === 1 ? name : `${name} (${scenario.id})` };
    });
}

;// CONCATENATED MODULE: ./dist/src/markdown/form-body.js



/** What GitHub writes for a field left empty. */
const NO_RESPONSE = '_No response_';
/** How much of an unknown answer a problem quotes. */
const QUOTED = 80;
/**
 * `answer` on one line and cut to {@link QUOTED} characters, for quoting in a problem. Characters are
 * code points: a cut between the two halves of a surrogate pair (an emoji) would leave half of it,
 * which shows as U+FFFD.
 */
function quoted(answer) {
    const line = answer.replace(/\s+/g, ' ');
    if (line.length <= QUOTED)
        return line;
    const points = Array.from(line);
    return points.length > QUOTED ? `${points.slice(0, QUOTED).join('')}…` : line;
}
/**
 * The severity label `answer` names: the form's option (`SEV-1 (Critical): …`), the label
 * (`sev-1`), `SEV1`, `Sev 1`, the bare level (`1`) or the name (`Critical`).
 */
function severityOf(answer, set, problems) {
    const written = answer.trim().toLowerCase();
    const level = /^(?:sev[-\s]?)?(\d+)(?!\d)/i.exec(written)?.[1];
    const severity = set.severities.find((candidate) => [candidate.label, candidate.name, severityOption(candidate)].some((name) => name.toLowerCase() === written)) ??
        (level === undefined ? undefined : set.severities.find((candidate) => candidate.level === Number(level)));
    if (severity === undefined)
        problems.push(`the severity "${quoted(answer)}" is not one of ${set.severities.map((s) => s.label).join(', ')}.`);
    return severity?.label ?? null;
}
/** The scenario id `answer` names, by the form's option, name or id in any case; null for "Other / not sure". */
function scenarioOf(answer, set, problems) {
    const wanted = answer.trim().replace(/\s+/g, ' ').toLowerCase();
    if (wanted === OTHER_SCENARIO.toLowerCase())
        return null;
    const found = scenarioOptions(set).find(({ option }) => option.toLowerCase() === wanted) ??
        scenarioOptions(set).find(({ scenario }) => scenario.name.toLowerCase() === wanted || scenario.id.toLowerCase() === wanted);
    if (found === undefined)
        problems.push(`the scenario "${quoted(answer)}" is not in the playbook.`);
    return found?.scenario.id ?? null;
}
/** The services of a comma-separated answer, each once, in the order written. */
function servicesOf(answer) {
    if (answer === null)
        return [];
    const services = answer.split(/[,;\n]/).map((service) => service.trim());
    return [...new Set(services.filter((service) => service !== ''))];
}
/** The incident form answers in `body`, checked against `set`. Never throws. */
function parseIncidentForm(body, set) {
    const answers = formAnswers(body);
    const problems = [];
    const value = (id) => {
        const answer = answers.get(id);
        return answer === undefined || answer === '' || answer === NO_RESPONSE ? null : answer;
    };
    const severity = value('severity');
    const scenario = value('scenario');
    return {
        severity: severity === null ? null : severityOf(severity, set, problems),
        scenario: scenario === null ? null : scenarioOf(scenario, set, problems),
        services: servicesOf(value('services')),
        summary: value('summary'),
        startedAt: value('started'),
        problems,
    };
}

;// CONCATENATED MODULE: ./dist/src/engine/declared-severity.js

/** How the card's record says "the form named no severity": `declared=` with nothing after it. */
const NO_DECLARED_SEVERITY = '';
/**
 * The declared severity, if the playbook knows it: the card's record when there is one (labels are
 * recorded as {@link markerPart}s), else the form's answer now.
 */
function declaredSeverity(ledger, set, formSeverity) {
    const recorded = ledger.card?.record.declared ?? null;
    if (recorded === null)
        return set.severities.find((severity) => severity.label === formSeverity);
    return set.severities.find((severity) => markerPart(severity.label) === recorded);
}
/** How the card records the declared severity `label` (null: the form named none). */
function recordDeclared(label) {
    return label === null ? NO_DECLARED_SEVERITY : markerPart(label);
}

;// CONCATENATED MODULE: ./dist/src/markdown/hidden-inline.js
/** Where every `-->` of a text is, found once so that no paragraph searches the whole text. */
class CommentEnds {
    ends = [];
    constructor(text) {
        for (let at = text.indexOf('-->'); at !== -1; at = text.indexOf('-->', at + 1))
            this.ends.push(at);
    }
    /** The first `-->` starting at or after `from`, or -1. */
    after(from) {
        return firstAtOrAfter(this.ends, from) ?? -1;
    }
}
function firstAtOrAfter(sorted, from) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (sorted[middle] < from)
            low = middle + 1;
        else
            high = middle;
    }
    return sorted[low];
}
/** Start offsets of the maximal backtick runs in `text[start, end)`, by run length. */
function backtickRuns(text, start, end) {
    const runs = new Map();
    let at = text.indexOf('`', start);
    while (at !== -1 && at < end) {
        let after = at;
        while (after < end && text[after] === '`')
            after += 1;
        const list = runs.get(after - at);
        if (list === undefined)
            runs.set(after - at, [at]);
        else
            list.push(at);
        at = text.indexOf('`', after);
    }
    return runs;
}
/**
 * The code spans and HTML comments of the paragraph `text[paragraph.start, paragraph.end)`.
 * `commentEnds` must have been built from the same `text`.
 */
function hiddenSpans(text, paragraph, commentEnds) {
    const { start, end } = paragraph;
    const hidden = [];
    if (!/[`<]/.test(text.slice(start, end)))
        return hidden;
    const runs = backtickRuns(text, start, end);
    let at = start;
    while (at < end) {
        const char = text[at];
        if (char === '\\') {
            // A backslash escapes the next character, so an escaped backtick or `<` opens nothing.
            at += 2;
        }
        else if (char === '`') {
            let after = at;
            while (after < end && text[after] === '`')
                after += 1;
            // The span ends at the next run of exactly the same length (a backslash does not escape inside).
            const closing = firstAtOrAfter(runs.get(after - at) ?? [], after);
            if (closing === undefined)
                at = after;
            else {
                hidden.push({ start: at, end: closing + after - at });
                at = closing + after - at;
            }
        }
        else if (char === '<' && text.startsWith('<!--', at)) {
            // `<!-->` and `<!--->` are whole (empty) comments; otherwise the comment runs to `-->`.
            const close = text.startsWith('>', at + 4) ? at + 2 : text.startsWith('->', at + 4) ? at + 3 : commentEnds.after(at + 4);
            if (close === -1 || close + 3 > end)
                at += 4;
            else {
                hidden.push({ start: at, end: close + 3 });
                at = close + 3;
            }
        }
        else {
            at += 1;
        }
    }
    return hidden;
}

;// CONCATENATED MODULE: ./dist/src/engine/help.js
/** The commands people can write in incident comments: one list for `/help`, the card and the README. */
/** Usage and meaning of every command; `roles` are the role ids of the playbooks (`/role ID` without). */
function commandHelp(roles = []) {
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

;// CONCATENATED MODULE: ./dist/src/engine/commands.js
/**
 * Commands in comments: one per line, at the start of a line of ordinary text. Lines inside block
 * quotes, code blocks, inline code or HTML never count, so quoting someone's `/sev 1` or pasting a
 * log does not run anything. Only known command words count: `/usr/bin` is just text. A word close
 * to a command (`/resolv`, `/acknowledge`) is read as an unknown command, so the reply can name the
 * closest one; any other `/word` is just text.
 */





const LOGIN = /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
const COMMAND_START = /^[ \t]*\/([A-Za-z]+)(?=[ \t]|$)/;
/** Every command word; a record so that adding a command to the type without it fails to compile. */
const NAMES = { ack: true, sev: true, ic: true, role: true, status: true, update: true, timeline: true, resolve: true, reopen: true, help: true };
/** The usage of each command, from the list `/help` shows, for error messages. */
const USAGE = new Map(commandHelp().map(({ usage }) => [usage.slice(1).split(' ')[0], usage]));
function isCommandName(word) {
    return Object.hasOwn(NAMES, word);
}
/** The command `word` was likely meant to be: a typo of one, or one with more letters (`/acknowledge`); null for other words. */
function closestCommand(word) {
    const names = Object.keys(NAMES).filter(isCommandName);
    const match = closestMatch(word, names);
    return match !== null && isCommandName(match) ? match : (names.find((name) => name.length >= 3 && word.startsWith(name)) ?? null);
}
/** The login in `@login`, or why it is not one. */
function login(text) {
    const user = LOGIN.exec(text)?.[1];
    if (user === undefined)
        return { problem: 'give one GitHub user as @login' };
    // The bot cannot tell who "me" is meant to be once the comment is quoted or edited: name them.
    if (user.toLowerCase() === 'me')
        return { problem: '@me is not a login here: give one GitHub user as @login' };
    return { user };
}
/** The command for `name` with `rest` (the trimmed text after it), or the reason it is malformed. */
function parseOne(name, rest) {
    switch (name) {
        case 'ack':
        case 'reopen':
        case 'help':
            return { name };
        case 'sev': {
            const level = /^(?:sev-?)?([1-9])$/i.exec(rest)?.[1];
            return level === undefined ? 'give the severity level as a number' : { name, level: Number(level) };
        }
        case 'ic': {
            const who = login(rest);
            return 'problem' in who ? who.problem : { name, user: who.user };
        }
        case 'role': {
            const [role = '', handle = '', ...extra] = rest.split(/[ \t]+/);
            if (!/^[a-z0-9][a-z0-9-]*$/i.test(role))
                return 'give the role by its id';
            const who = login(handle);
            if ('problem' in who)
                return who.problem;
            return extra.length > 0 ? 'give one GitHub user as @login' : { name, role: role.toLowerCase(), user: who.user };
        }
        case 'status':
            return /^[a-z0-9-]+$/i.test(rest) ? { name, phase: rest.toLowerCase() } : 'give one phase id';
        case 'update':
        case 'timeline':
            return rest === '' ? 'the text is missing' : { name, text: rest };
        case 'resolve':
            return { name, summary: rest === '' ? null : rest };
    }
}
function candidates(text) {
    const found = [];
    const { starts } = textLines(text);
    text.split('\n').forEach((content, index) => {
        const match = COMMAND_START.exec(content);
        const word = match?.[1]?.toLowerCase();
        if (match === null || word === undefined)
            return;
        const command = isCommandName(word) ? word : closestCommand(word);
        if (command === null)
            return;
        found.push({ line: index + 1, slash: starts[index] + content.indexOf('/'), word, command, rest: content.slice(match[0].length).trim() });
    });
    return found;
}
/** Walks sorted, non-overlapping spans alongside increasing offsets: is each offset inside one? */
function cursor(spans) {
    let index = 0;
    return (offset) => {
        while (index < spans.length && spans[index].end <= offset)
            index += 1;
        const span = spans[index];
        return span !== undefined && span.start <= offset ? span : null;
    };
}
/** Every line of `body` that starts with a command word (or a word close to one), parsed, in order. */
function parseCommands(body) {
    const text = normalizeText(body);
    const found = candidates(text);
    if (found.length === 0)
        return [];
    const scan = scanBlocks(text);
    const unread = cursor(scan.unread);
    const paragraph = cursor(scan.paragraphs);
    const commentEnds = new CommentEnds(text);
    const hidden = new Map();
    const parsed = [];
    for (const { line, slash, word, command, rest } of found) {
        const usage = USAGE.get(command) ?? `/${command}`;
        const known = word === command;
        if (unread(slash) !== null || (scan.unsureAfter !== null && slash >= scan.unsureAfter)) {
            const error = `/${word}: not read, because it stands in a long run of quotes or lists with no blank line; write it after a blank line, outside quotes and code (usage: ${usage})`;
            if (known)
                parsed.push({ ok: false, line, word, error, unknown: false });
            continue;
        }
        const prose = paragraph(slash);
        if (prose === null)
            continue;
        let inCode = hidden.get(prose);
        if (inCode === undefined) {
            inCode = cursor(hiddenSpans(text, prose, commentEnds));
            hidden.set(prose, inCode);
        }
        if (inCode(slash) !== null)
            continue;
        if (!known) {
            parsed.push({ ok: false, line, word, error: `/${word}: unknown command; did you mean /${command}? (usage: ${usage})`, unknown: true });
            continue;
        }
        const result = parseOne(command, rest);
        parsed.push(typeof result === 'string' ? { ok: false, line, word, error: `/${word}: ${result} (usage: ${usage})`, unknown: false } : { ok: true, line, command: result });
    }
    return parsed;
}

;// CONCATENATED MODULE: ./dist/src/engine/permissions.js
const RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
/** Whether `actual` is at least `minimum`; a failed lookup (`'error'`) or an unknown user never is. */
function permits(actual, minimum) {
    return actual !== undefined && actual !== 'error' && RANK[actual] >= RANK[minimum];
}

;// CONCATENATED MODULE: ./dist/src/engine/verdicts.js
/**
 * Decisions on commands, once made, stand for the text they judged. A command's permission is
 * checked when its comment is first judged; the card then records how far comments were judged (a
 * high-water mark: comment id and time), and a refusal's reply is marked `denied`. Later runs keep
 * those verdicts instead of asking again, so a permission lookup that fails later, or access removed
 * later, never undoes what was accepted, and a refusal never turns into a silent acceptance when a
 * lookup that had failed starts to work. A comment edited after it was judged is judged again, as
 * of its edit, with a fresh permission check: an accepted `/ack` edited into `/resolve` by someone
 * who has since lost access runs nothing.
 */


/**
 * Whether an earlier run judged `comment` as it reads now: its refusal's reply is marked denied, or
 * it lies under the card's judged mark (or, for a card from before the mark, its accepted list).
 */
function alreadyJudged(ledger, comment) {
    if (ledger.denied.has(versionOf(comment)))
        return true;
    const mark = ledger.judged;
    if (mark === null)
        return ledger.accepted.has(comment.id);
    if (comment.id > mark.through)
        return false;
    const changed = Date.parse(comment.updatedAt);
    const at = Date.parse(mark.at);
    // Times are whole seconds: an edit in the very second of the mark may have come after the read.
    return changed < at || (changed === at && comment.updatedAt === comment.createdAt);
}
/** Whether `comment`'s commands were accepted by an earlier run (false: refused, or not judged as it reads now). */
function acceptedBefore(ledger, comment) {
    return alreadyJudged(ledger, comment) && !ledger.denied.has(versionOf(comment));
}
/** When `comment` was edited (Unix seconds), or null if it reads as first written. */
function editedAt(comment) {
    return comment.updatedAt === comment.createdAt ? null : Math.floor(Date.parse(comment.updatedAt) / 1000);
}
function versionOf(comment) {
    return replyVersion(comment.id, editedAt(comment));
}
/**
 * The high-water mark that covers every comment in `comments`: the card records it once they are
 * judged. It moves only when a run accepts a command it had not judged before (refusals are
 * recorded by their replies), so people's chatter and outsiders' refused commands never cost a
 * card rewrite.
 */
function judgedMark(comments) {
    if (comments.length === 0)
        return null;
    const through = comments.reduce((high, comment) => Math.max(high, comment.id), 0);
    const at = comments.reduce((high, comment) => Math.max(high, Date.parse(comment.updatedAt)), 0);
    return { through, at: new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z') };
}
/**
 * Whether `body` holds a command that needs a permission check: a command to run, or an unknown
 * one (answered only to people who may run commands). Malformed ones and `/help` are answered to anyone.
 */
function needsPermission(body) {
    return parseCommands(body).some((entry) => (entry.ok ? entry.command.name !== 'help' : entry.unknown));
}

;// CONCATENATED MODULE: ./dist/src/engine/facts.js




function closest(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === null ? '' : `did you mean ${match}? `;
}
function checkAgainstSet(command, set) {
    if (command.name === 'sev' && !set.severities.some((severity) => severity.level === command.level)) {
        const levels = set.severities.map((severity) => severity.level).join(', ');
        return `/sev ${command.level}: there is no SEV-${command.level}; this playbook has levels ${levels}.`;
    }
    if (command.name === 'status' && !set.phases.some((phase) => phase.id === command.phase)) {
        const phases = set.phases.map((phase) => phase.id);
        return `/status ${command.phase}: unknown phase; ${closest(command.phase, phases)}use one of ${phases.join(', ')}.`;
    }
    if (command.name === 'role' && !set.roles.some((role) => role.id === command.role)) {
        const roles = set.roles.map((role) => role.id);
        return `/role ${command.role}: unknown role; ${closest(command.role, roles)}use one of ${roles.join(', ')}.`;
    }
    if (command.name === 'ic' && !set.roles.some((role) => role.commander)) {
        return '/ic: this playbook has no role that leads the incident; give one role `commander: true` in roles.yaml, or use /role ID @user.';
    }
    return null;
}
/**
 * Commands found in people's comments: which ran (as facts, at the time the comment last changed),
 * which were refused, and the mark up to which every comment is now judged, for the card to record.
 */
function commandFacts(observed, ledger, set) {
    const facts = [];
    const refusals = [];
    const people = observed.comments.filter((comment) => comment.author !== observed.botLogin);
    let newlyAccepted = false;
    for (const comment of people) {
        const parsed = parseCommands(comment.body);
        if (parsed.length === 0)
            continue;
        const refusal = { commentId: comment.id, edited: editedAt(comment), author: comment.author, problems: [], help: false, denied: false };
        const judged = alreadyJudged(ledger, comment);
        const allowed = judged ? acceptedBefore(ledger, comment) : permits(observed.permissions[comment.author], set.minimumPermission);
        for (const entry of parsed) {
            if (!entry.ok) {
                // An outsider's typo gets no answer: replies to anyone's unknown words would be spam.
                if (!entry.unknown || allowed)
                    refusal.problems.push(entry.error);
                continue;
            }
            if (entry.command.name === 'help') {
                refusal.help = true;
                continue;
            }
            if (!allowed) {
                const permission = observed.permissions[comment.author];
                const have = permission === undefined ? 'an earlier check refused it' : permission === 'error' ? 'your permission could not be checked' : `you have ${permission}`;
                refusal.problems.push(`/${entry.command.name} needs ${set.minimumPermission} access to this repository; ${have}.`);
                refusal.denied = true;
                continue;
            }
            const problem = checkAgainstSet(entry.command, set);
            if (problem !== null)
                refusal.problems.push(problem);
            else
                facts.push({ at: comment.updatedAt, actor: comment.author, type: 'command', command: entry.command, commentId: comment.id });
            newlyAccepted ||= !judged;
        }
        if (refusal.problems.length > 0 || refusal.help)
            refusals.push(refusal);
    }
    return { facts, refusals, judged: newlyAccepted ? judgedMark(people) : ledger.judged };
}
/**
 * Facts from the issue's event history that change the incident. Events the bot caused are not
 * facts: the bot only labels, closes or reopens to match what the fold already says (the form, a
 * command, a person's label), so counting its events again would credit the bot with the change,
 * and a bot event in the same second as the command it carried out would win or lose depending on
 * which run read it.
 */
function eventFacts(observed, set) {
    const severityLabels = new Set(set.severities.map((severity) => severity.label));
    const facts = [];
    for (const event of observed.events) {
        if (event.actor === observed.botLogin)
            continue;
        const base = { at: event.createdAt, actor: event.actor };
        if (event.event === 'labeled' && event.label !== undefined && severityLabels.has(event.label)) {
            facts.push({ ...base, type: 'label', label: event.label, eventId: event.id });
        }
        else if (event.event === 'closed') {
            facts.push({ ...base, type: 'closed', eventId: event.id });
        }
        else if (event.event === 'reopened') {
            facts.push({ ...base, type: 'reopened' });
        }
    }
    return facts;
}
/** Facts ordered by time; facts of the same second keep their source order (events, then comments). */
function byTime(facts) {
    return facts
        .map((fact, index) => ({ fact, index }))
        .sort((a, b) => Date.parse(a.fact.at) - Date.parse(b.fact.at) || a.index - b.index)
        .map(({ fact }) => fact);
}

;// CONCATENATED MODULE: ./dist/src/engine/time.js
/** Time arithmetic on ISO 8601 strings, the way GitHub writes timestamps. */
/** `iso` plus `minutes`, as ISO 8601. */
function addMinutes(iso, minutes) {
    return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
/** Whether `a` is strictly before `b`. */
function isBefore(a, b) {
    return Date.parse(a) < Date.parse(b);
}
/** The later of two instants. */
function later(a, b) {
    return isBefore(a, b) ? b : a;
}

;// CONCATENATED MODULE: ./dist/src/engine/incident-state.js





function severityName(severity) {
    return `${severity.label.toUpperCase()} (${severity.name})`;
}
/**
 * When and by whom the incident was declared: when the incident label was first added (an issue can
 * become an incident long after it was opened), else when the issue was opened.
 */
function declaration(observed, set) {
    const labeled = observed.events.find((event) => event.event === 'labeled' && event.label === set.incidentLabel);
    return labeled === undefined || isBefore(labeled.createdAt, observed.issue.createdAt)
        ? { at: observed.issue.createdAt, by: observed.issue.author }
        : { at: labeled.createdAt, by: labeled.actor };
}
function initialState(observed, set) {
    const form = parseIncidentForm(observed.issue.body, set);
    const declared = declaration(observed, set);
    const firstPhase = set.phases[0];
    if (firstPhase === undefined)
        throw new Error('the playbook set has no phases');
    return {
        number: observed.issue.number,
        title: observed.issue.title,
        url: observed.issue.htmlUrl,
        declared,
        form,
        scenario: set.scenarios.find((scenario) => scenario.id === form.scenario) ?? null,
        severity: null,
        peakSeverity: null,
        severityHistory: [],
        respondBy: null,
        clockStart: declared.at,
        acknowledged: null,
        roles: {},
        commander: null,
        icCommentId: null,
        phase: firstPhase,
        updates: [],
        nextUpdateDue: null,
        resolution: null,
        timeline: [{ at: declared.at, actor: declared.by, text: 'Declared the incident' }],
        refusals: [],
        judged: null,
        declaredSeverity: null,
        report: null,
        refusedCloses: [],
    };
}
/**
 * Whether the declaration counts at once: the playbooks trust every reporter, the card recorded
 * that the declarer was trusted (a card from before that record existed was posted for an incident
 * that counted), or the declarer has the minimum permission now.
 */
function declarerTrusted(observed, ledger, set, declarer) {
    if (set.trustReporters || declarer === observed.botLogin)
        return true;
    const card = ledger.card;
    if (card !== null)
        return card.record.reporter !== 'report';
    return permits(observed.permissions[declarer], set.minimumPermission);
}
/**
 * Confirms a report: from now on the incident counts, with the proposed severity (else the
 * playbook's default) unless the confirming fact sets one.
 */
function incident_state_confirm(state, fact, set) {
    const report = state.report;
    if (report === null || report.confirmed !== null)
        return;
    if (fact.type === 'label' && fact.actor === report.by)
        return;
    if (fact.type !== 'label' && fact.type !== 'command')
        return;
    report.confirmed = { at: fact.at, by: fact.actor };
    state.clockStart = fact.at;
    state.timeline.push({ at: fact.at, actor: fact.actor, text: `Confirmed the report by ${report.by}` });
    const setsSeverity = fact.type === 'label' || fact.command.name === 'sev';
    if (setsSeverity)
        return;
    if (report.proposed !== null)
        setSeverity(state, { severity: report.proposed, at: fact.at, by: fact.actor, via: 'form', eventId: null });
    else if (set.defaultSeverity !== null)
        setSeverity(state, { severity: set.defaultSeverity, at: fact.at, by: fact.actor, via: 'default', eventId: null });
}
function setSeverity(state, made) {
    const previous = state.severity;
    if (previous?.label === made.severity.label)
        return;
    const change = { ...made, whileResolved: state.resolution !== null };
    // A raise to a new high needs a new acknowledgement: an earlier one was for a lesser incident.
    const highest = Math.min(...state.severityHistory.map((entry) => entry.severity.level));
    if (!change.whileResolved && change.severity.level < highest)
        state.acknowledged = null;
    state.severity = change.severity;
    if (state.peakSeverity === null || change.severity.level < state.peakSeverity.level)
        state.peakSeverity = change.severity;
    state.severityHistory.push(change);
    state.respondBy = addMinutes(change.at, change.severity.responseMinutes);
    const verb = previous === null ? 'Severity set to' : change.severity.level < previous.level ? 'Raised to' : 'Lowered to';
    const why = change.via === 'default' ? ' (the playbook’s default: the form named none)' : '';
    state.timeline.push({ at: change.at, actor: change.by, text: `${verb} ${severityName(change.severity)}${why}` });
}
function applyCommand(state, fact, set) {
    const { command } = fact;
    const note = (text) => {
        state.timeline.push({ at: fact.at, actor: fact.actor, text });
    };
    switch (command.name) {
        case 'ack':
            if (state.acknowledged === null && state.resolution === null) {
                state.acknowledged = { at: fact.at, by: fact.actor };
                note('Acknowledged');
            }
            return;
        case 'sev': {
            const severity = set.severities.find((candidate) => candidate.level === command.level);
            if (severity !== undefined)
                setSeverity(state, { severity, at: fact.at, by: fact.actor, via: 'command', eventId: null });
            return;
        }
        case 'ic':
        case 'role': {
            const role = command.name === 'ic' ? set.roles.find((candidate) => candidate.commander) : set.roles.find((candidate) => candidate.id === command.role);
            if (role !== undefined)
                assignRole(state, role, command.user, fact);
            return;
        }
        case 'status': {
            const phase = set.phases.find((candidate) => candidate.id === command.phase);
            if (phase !== undefined && phase.id !== state.phase.id) {
                state.phase = phase;
                note(`Phase: ${phase.name}`);
            }
            return;
        }
        case 'update':
            state.updates.push({ at: fact.at, by: fact.actor, text: command.text });
            note(`Status update: ${command.text}`);
            return;
        case 'timeline':
            note(command.text);
            return;
        case 'resolve':
            if (state.resolution === null) {
                state.resolution = { at: fact.at, by: fact.actor, summary: command.summary };
                note(command.summary === null ? 'Resolved' : `Resolved: ${command.summary}`);
            }
            return;
        case 'reopen':
            reopen(state, fact);
            return;
        case 'help':
            return;
    }
}
function assignRole(state, role, user, fact) {
    const holders = state.roles[role.id] ?? [];
    if (role.multiple) {
        if (holders.includes(user))
            return;
        state.roles[role.id] = [...holders, user];
    }
    else {
        state.roles[role.id] = [user];
    }
    if (role.commander) {
        state.commander = user;
        state.icCommentId = fact.commentId;
    }
    state.timeline.push({ at: fact.at, actor: fact.actor, text: `${role.name}: ${user}` });
}
function reopen(state, fact) {
    if (state.resolution === null)
        return;
    state.resolution = null;
    // A reopened incident starts its response clock again, rather than owing every level at once.
    state.clockStart = fact.at;
    if (state.severity !== null)
        state.respondBy = addMinutes(fact.at, state.severity.responseMinutes);
    state.timeline.push({ at: fact.at, actor: fact.actor, text: 'Reopened' });
}
function apply(state, fact, set, mayClose) {
    incident_state_confirm(state, fact, set);
    switch (fact.type) {
        case 'label': {
            const severity = set.severities.find((candidate) => candidate.label === fact.label);
            if (severity !== undefined)
                setSeverity(state, { severity, at: fact.at, by: fact.actor, via: 'label', eventId: fact.eventId });
            return;
        }
        case 'closed':
            if (!mayClose(fact.actor)) {
                state.refusedCloses.push({ eventId: fact.eventId, by: fact.actor, at: fact.at });
                return;
            }
            if (state.resolution === null) {
                state.resolution = { at: fact.at, by: fact.actor, summary: null };
                state.timeline.push({ at: fact.at, actor: fact.actor, text: 'Resolved (issue closed)' });
            }
            return;
        case 'reopened':
            reopen(state, fact);
            return;
        case 'command':
            applyCommand(state, fact, set);
            return;
    }
}
/** The incident as its whole history (and the bot's {@link Ledger} of verdicts) says it is now. */
function foldIncident(observed, ledger, set) {
    const state = initialState(observed, set);
    const commands = commandFacts(observed, ledger, set);
    const declared = declaredSeverity(ledger, set, state.form.severity);
    state.declaredSeverity = declared?.label ?? null;
    if (!declarerTrusted(observed, ledger, set, state.declared.by)) {
        state.report = { by: state.declared.by, proposed: declared ?? null, confirmed: null };
        state.timeline[0] = { at: state.declared.at, actor: state.declared.by, text: 'Reported the incident' };
    }
    else if (declared !== undefined) {
        setSeverity(state, { severity: declared, at: state.declared.at, by: state.declared.by, via: 'form', eventId: null });
    }
    else if (set.defaultSeverity !== null) {
        setSeverity(state, { severity: set.defaultSeverity, at: state.declared.at, by: state.declared.by, via: 'default', eventId: null });
    }
    state.refusals = commands.refusals;
    state.judged = commands.judged;
    const mayClose = (actor) => set.trustReporters || permits(observed.permissions[actor], set.minimumPermission);
    for (const fact of byTime([...eventFacts(observed, set), ...commands.facts]))
        apply(state, fact, set, mayClose);
    const cadence = state.severity?.updateEveryMinutes ?? null;
    if (cadence !== null && state.resolution === null) {
        const since = state.updates.at(-1)?.at ?? state.declared.at;
        state.nextUpdateDue = addMinutes(since, cadence);
    }
    return state;
}

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
        if (comment.author === observed.botLogin || logins.has(comment.author) || alreadyJudged(ledger, comment))
            continue;
        if (needsPermission(comment.body))
            logins.add(comment.author);
    }
    if (!set.trustReporters) {
        if (ledger.card === null)
            logins.add(declaration(observed, set).by);
        for (const event of observed.events)
            if (event.event === 'closed')
                logins.add(event.actor);
    }
    logins.delete(observed.botLogin);
    return [...logins];
}

;// CONCATENATED MODULE: ./dist/src/engine/pin.js
const COMMIT = /^[0-9a-f]{40}$/;
/**
 * The commit the incident's card pinned, or the commit of this run for an incident without a pin
 * yet (it is being declared now).
 */
function pinnedSha(observed, ledger) {
    return ledger.card?.record.pin ?? observed.playbookRef.sha;
}
/** What the card records as the pin: only a commit SHA pins anything (a name such as HEAD would follow the branch). */
function pinToRecord(sha) {
    return COMMIT.test(sha) ? sha : null;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./dist/src/engine/card-ticks.js
/**
 * The boxes people tick in the card. The card's task lists are rewritten on every update, so a tick
 * would be undone by the next one unless the engine reads it back: each box carries a hidden key of
 * its step (not its position, so a tick follows its step when the playbook adds or reorders steps),
 * the engine reads which keys are ticked in the card as it is now, keeps them in the card's record
 * with when it first saw them, and draws them ticked again.
 */

/** The key of a step: a short digest of where it comes from and its words. */
function stepKey(scope, text) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${scope}\u0000${text}`).digest('hex').slice(0, 8);
}
/** Every step of the set a card can show, by key: a tick of a step the card no longer shows is kept. */
function knownSteps(set) {
    const steps = new Map();
    for (const scenario of set.scenarios)
        for (const step of scenario.steps)
            steps.set(stepKey(`scenario:${scenario.id}`, step), step);
    for (const phase of set.phases)
        for (const step of phase.steps)
            steps.set(stepKey(`phase:${phase.id}`, step.title), step.title);
    return steps;
}
/**
 * The ticks to record: those recorded before, unless the card still shows the step's box and it is
 * no longer ticked (someone unticked it), plus those ticked in the card now, first seen at the
 * card's last edit (GitHub does not say who edited a comment, nor when each box changed).
 */
function currentTicks(previous, card, set) {
    const known = knownSteps(set);
    if (card === null)
        return previous.filter((tick) => known.has(tick.step));
    const ticks = previous.filter((tick) => known.has(tick.step) && card.boxes.get(tick.step) !== false);
    for (const [step, ticked] of card.boxes) {
        if (ticked && known.has(step) && !ticks.some((tick) => tick.step === step))
            ticks.push({ step, at: card.updatedAt });
    }
    return ticks;
}
/** The timeline entries of `ticks`. */
function tickTimeline(ticks, set) {
    const known = knownSteps(set);
    return ticks.map((tick) => ({ at: tick.at, actor: 'card edit', text: `Ticked: ${known.get(tick.step) ?? tick.step}` }));
}
/** The task lists the card shows for `incident`: the scenario's steps, and the phase's unless it is resolved. */
function cardSteps(incident, ticks) {
    const done = new Set(ticks.map((tick) => tick.step));
    const step = (scope, text, tasks) => {
        const key = stepKey(scope, text);
        return { key, text, tasks, done: done.has(key) };
    };
    const scenario = incident.scenario;
    return {
        scenario: scenario === null ? [] : scenario.steps.map((text) => step(`scenario:${scenario.id}`, text, [])),
        phase: incident.resolution === null ? incident.phase.steps.map((phaseStep) => step(`phase:${incident.phase.id}`, phaseStep.title, phaseStep.tasks)) : [],
    };
}

;// CONCATENATED MODULE: ./dist/src/engine/escalation.js


function paged(contact) {
    const handle = contact.github !== null && !isPlaceholder(contact.github) ? contact.github : null;
    return { id: contact.id, name: contact.name, handle };
}
function technical(level) {
    return level === undefined ? null : { level: level.level, name: level.name, contacts: level.contacts.map(paged) };
}
/** Pages for every raise of severity to a new high, in history order. */
function severityPages(state, set) {
    const pages = [];
    let highest = Number.POSITIVE_INFINITY;
    for (const change of state.severityHistory) {
        if (change.whileResolved || change.severity.level >= highest)
            continue;
        highest = change.severity.level;
        const rule = set.escalation.management.find((candidate) => candidate.severity === change.severity.label);
        pages.push({
            marker: { kind: 'severity-page', severity: change.severity.label },
            message: {
                type: 'page',
                reason: 'severity',
                severity: { label: change.severity.label, name: change.severity.name, responseMinutes: change.severity.responseMinutes },
                technical: technical(set.escalation.technical[0]),
                management: rule === undefined
                    ? null
                    : { name: rule.name, contacts: rule.notify.map(paged), dueAt: rule.withinMinutes === null ? null : addMinutes(change.at, rule.withinMinutes) },
                at: change.at,
                by: change.by,
                respondBy: addMinutes(change.at, change.severity.responseMinutes),
            },
        });
    }
    return pages;
}
/**
 * When each technical level beyond the first is due if nobody acknowledges: its delay after the
 * declaration (or the last reopening), but never before the response deadline, and after the deadline the levels keep the
 * spacing their delays give them, so a slow severity (SEV-4: 24 h) escalates one level at a time
 * instead of paging every level at once.
 */
function levelSchedule(state, set) {
    if (state.respondBy === null || state.acknowledged !== null || state.resolution !== null)
        return [];
    const respondBy = state.respondBy;
    const levels = set.escalation.technical.slice(1);
    const first = levels[0]?.afterMinutes ?? 0;
    return levels.map((level) => ({
        level,
        at: later(addMinutes(state.clockStart, level.afterMinutes), addMinutes(respondBy, level.afterMinutes - first)),
    }));
}
/** Every page due by `now`, including those already sent (the caller skips markers it has seen). */
function duePages(state, set, now) {
    const pages = severityPages(state, set);
    const severity = state.severity;
    if (severity === null)
        return pages;
    for (const { level, at } of levelSchedule(state, set)) {
        if (isBefore(now, at))
            break;
        pages.push({
            marker: { kind: 'level-page', level: level.level },
            message: {
                type: 'page',
                reason: 'unacknowledged',
                severity: { label: severity.label, name: severity.name, responseMinutes: severity.responseMinutes },
                technical: technical(level),
                management: null,
                at,
                by: null,
                respondBy: state.respondBy ?? at,
            },
        });
    }
    return pages;
}
/** The next technical level that will be paged if nobody acknowledges, or null. */
function nextEscalation(state, set, now) {
    const next = levelSchedule(state, set).find(({ at }) => isBefore(now, at));
    return next === undefined ? null : { level: next.level.level, name: next.level.name, at: next.at };
}
/**
 * The request to triage a report that nobody has confirmed yet: the first technical level is
 * asked to look; nobody else is paged until a permitted user confirms it.
 */
function triageRequest(state, set) {
    const report = state.report;
    if (report === null || report.confirmed !== null || state.resolution !== null)
        return null;
    return {
        type: 'triage-request',
        reporter: report.by,
        proposed: report.proposed === null ? null : { label: report.proposed.label, name: report.proposed.name },
        technical: technical(set.escalation.technical[0]),
        minimumPermission: set.minimumPermission,
    };
}
/**
 * The request to set a severity, for an incident that counts but has none (the form named none and
 * the playbook gives no default): no incident stays silent.
 */
function severityRequest(state, set) {
    const counts = state.report === null || state.report.confirmed !== null;
    if (!counts || state.severity !== null || state.resolution !== null)
        return null;
    return {
        type: 'severity-request',
        technical: technical(set.escalation.technical[0]),
        severities: set.severities.map((severity) => ({ label: severity.label, name: severity.name })),
    };
}

;// CONCATENATED MODULE: ./dist/src/engine/card.js



/** What a page marker means in words, for the card's escalation list. */
function describePage(marker, set) {
    if (marker.kind === 'level-page') {
        const level = set.escalation.technical.find((candidate) => candidate.level === marker.level);
        return `Unacknowledged: paged level ${marker.level}${level === undefined ? '' : `, ${level.name}`}`;
    }
    const key = markerPart(marker.severity);
    const severity = set.severities.find((candidate) => markerPart(candidate.label) === key);
    if (severity === undefined)
        return `${marker.severity.toUpperCase()}: paged`;
    const rule = set.escalation.management.find((candidate) => candidate.severity === severity.label);
    const first = set.escalation.technical[0];
    const who = [first?.name, rule?.name].filter((part) => part !== undefined).join(' and ');
    return `${severity.label.toUpperCase()} (${severity.name}): paged ${who}`;
}
/** The card for `incident`, given the pages already posted or about to be and the boxes ticked. */
function buildCard(incident, set, pages, playbook, ticks, now) {
    return {
        incident,
        escalations: pages.map((page) => ({ at: page.at, text: describePage(page.marker, set) })),
        next: nextEscalation(incident, set, now),
        phases: set.phases.map((phase) => phase.id),
        playbook,
        minimumPermission: set.minimumPermission,
        roles: set.roles.map((role) => ({ id: role.id, name: role.name, commander: role.commander })),
        steps: cardSteps(incident, ticks),
        ticks,
        tickEntries: tickTimeline(ticks, set),
    };
}

;// CONCATENATED MODULE: ./dist/src/engine/card-effect.js
/**
 * Whether the incident card needs writing. The card records a digest of everything it shows and
 * records; a run whose card would be the same plans nothing, so a quiet incident's plan is empty
 * (a dry run says so) and the shell never needs to compare rendered bodies.
 */



/**
 * Bump when the card's template or view changes what a card with the same data looks like, so that
 * every card is rewritten once in the new form.
 */
const CARD_FORMAT = 3;
/**
 * The digest of what the card shows and records. Refusals are left out: the card does not show
 * them (each has its reply), so an outsider's refused command costs no card rewrite.
 */
function digest(card, record) {
    const { refusals: _shownInReplies, ...incident } = card.incident;
    const shown = { ...card, incident };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify({ format: CARD_FORMAT, shown, record })).digest('hex').slice(0, 16);
}
/** The card effect for `card`, or none when the card on the issue already shows and records exactly this. */
function cardEffect(card, ledger) {
    const { incident } = card;
    const content = {
        pin: pinToRecord(card.playbook.sha),
        declared: recordDeclared(incident.declaredSeverity),
        judged: incident.judged,
        accepted: [],
        reporter: incident.report === null ? 'trusted' : 'report',
        ticks: card.ticks,
    };
    const record = { ...content, digest: digest(card, content) };
    if (ledger.card?.record.digest === record.digest)
        return [];
    return [{ kind: 'card', card, record, commentId: ledger.card?.commentId ?? null }];
}

;// CONCATENATED MODULE: ./dist/src/engine/reconcile.js









/** The label that carries a scenario. */
function scenarioLabel(id) {
    return `scenario:${id}`;
}
function labelEffects(state, observed, set) {
    const present = new Set(observed.issue.labels);
    const effects = [];
    const wanted = [state.severity?.label, state.scenario === null ? undefined : scenarioLabel(state.scenario.id)];
    const missing = wanted.filter((label) => label !== undefined && !present.has(label));
    if (missing.length > 0)
        effects.push({ kind: 'add-labels', labels: missing });
    // The scenario label mirrors the form: when an edit changes the scenario, the old label goes.
    // Without a scenario in the form, scenario labels people added by hand are left alone.
    if (state.scenario !== null) {
        const kept = scenarioLabel(state.scenario.id);
        for (const scenario of set.scenarios) {
            const label = scenarioLabel(scenario.id);
            if (label !== kept && present.has(label))
                effects.push({ kind: 'remove-label', label });
        }
    }
    if (state.severity === null)
        return effects;
    const extra = set.severities.map((severity) => severity.label).filter((label) => label !== state.severity?.label && present.has(label));
    for (const label of extra)
        effects.push({ kind: 'remove-label', label });
    const last = state.severityHistory.at(-1);
    if (extra.length > 0 && last?.via === 'label' && last.eventId !== null && last.by !== observed.botLogin) {
        effects.push({
            kind: 'comment',
            marker: { kind: 'label-note', eventId: last.eventId },
            message: { type: 'label-note', kept: state.severity.label, removed: extra, by: last.by },
        });
    }
    return effects;
}
/**
 * The issue is assigned to a new Incident Commander once, in the run that accepts the `/ic`: later
 * runs leave the assignees alone, so a person may unassign them, and a user GitHub cannot assign
 * (not a collaborator) is not tried again on every run.
 */
function assigneeEffects(state, observed, ledger) {
    const ic = state.commander;
    const icComment = observed.comments.find((comment) => comment.id === state.icCommentId);
    if (ic === null || icComment === undefined || alreadyJudged(ledger, icComment))
        return [];
    if (observed.issue.assignees.includes(ic))
        return [];
    return [{ kind: 'add-assignees', assignees: [ic] }];
}
function issueStateEffects(state, observed) {
    if (state.resolution !== null && observed.issue.state === 'open')
        return [{ kind: 'close-issue' }];
    if (state.resolution === null && observed.issue.state === 'closed')
        return [{ kind: 'reopen-issue' }];
    return [];
}
/** Whether `observed` is an incident under the playbooks `set` (the ones it is pinned to). */
function isIncident(observed, set) {
    return observed.issue.labels.includes(set.incidentLabel);
}
/** The plan for one incident observed at `now`. */
function reconcile(observed, set, now) {
    const nowIso = now.toISOString();
    const ledger = readLedger(observed);
    const state = foldIncident(observed, ledger, set);
    const effects = [...labelEffects(state, observed, set), ...assigneeEffects(state, observed, ledger)];
    const comments = [];
    const post = (effect) => {
        if (!ledger.posted.has(markerKey(effect.marker)))
            comments.push(effect);
    };
    const triage = triageRequest(state, set);
    if (triage !== null)
        post({ kind: 'comment', marker: { kind: 'triage-request' }, message: triage });
    const unset = severityRequest(state, set);
    if (unset !== null)
        post({ kind: 'comment', marker: { kind: 'severity-request' }, message: unset });
    for (const close of state.refusedCloses) {
        post({ kind: 'comment', marker: { kind: 'close-note', eventId: close.eventId }, message: { type: 'close-note', by: close.by, minimumPermission: set.minimumPermission } });
    }
    const pages = duePages(state, set, nowIso);
    for (const page of pages)
        post({ kind: 'comment', marker: page.marker, message: page.message });
    for (const refusal of state.refusals) {
        const marker = { kind: 'reply', commentId: refusal.commentId, edited: refusal.edited, denied: refusal.denied };
        post({ kind: 'comment', marker, message: { type: 'reply', to: refusal.author, problems: refusal.problems, help: refusal.help, roles: set.roles.map((role) => role.id) } });
    }
    const steps = pages.map((page) => ({ marker: page.marker, at: page.message.at }));
    for (const posted of ledger.pages) {
        if (!steps.some((step) => markerKey(step.marker) === markerKey(posted.marker)))
            steps.push(posted);
    }
    const sha = pinnedSha(observed, ledger);
    const { serverUrl, path } = observed.playbookRef;
    const url = `${serverUrl}/${observed.repo.owner}/${observed.repo.repo}/tree/${sha}/${path}`;
    // The card goes after the comments: it records which commands were judged, so it must not
    // claim a verdict whose reply has not been posted yet.
    const ticks = currentTicks(ledger.card?.record.ticks ?? [], ledger.card, set);
    const card = cardEffect(buildCard(state, set, steps, { sha, url, fallback: observed.playbookFallback }, ticks, nowIso), ledger);
    return { incident: state, effects: [...effects, ...comments, ...card, ...issueStateEffects(state, observed)] };
}

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
var request_budget = __webpack_require__(8454);
;// CONCATENATED MODULE: ./dist/src/github/run-incidents.js







/** The playbooks the incident is pinned to: those of its declaration's commit, or the run's with the reason why not. */
async function playbooksFor(observed, options, log) {
    const sha = pinnedSha(observed, readLedger(observed));
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
async function runOne(deps, options, source, number, budget) {
    const read = await source.observe(number);
    const { set, fallback } = await playbooksFor(read, options, deps.log);
    if (!isIncident(read, set))
        return { kind: 'skipped', incident: number, reason: `not an incident (no "${set.incidentLabel}" label)` };
    const unknown = permissionsNeeded(read, readLedger(read), set).filter((login) => read.permissions[login] === undefined);
    const permissions = { ...read.permissions, ...(await readPermissions({ octokit: deps.octokit, repo: options.repo, log: deps.log }, unknown)) };
    const observed = { ...read, permissions, playbookFallback: fallback };
    const { incident, effects } = reconcile(observed, set, deps.now());
    const context = { octokit: deps.octokit, issue: { ...options.repo, number }, botLogin: options.botLogin, render: options.render, log: deps.log, readUpTo: readUpTo(observed) };
    const applied = await applyEffects(deps.appliers, context, effects, () => budget.left());
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
    for (const [index, number] of numbers.entries()) {
        if (!budget.left()) {
            outcomes.push({ kind: 'deferred', incident: number, done: [], reason: spentReason(budget) });
            continue;
        }
        if (numbers.length > 1)
            deps.log.info(`Incident ${index + 1} of ${numbers.length}: #${number}`);
        try {
            const outcome = await runOne(deps, options, source, number, budget);
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./dist/src/package-root.js



let cached;
/**
 * The directory of playbook-ops' own package.json: schemas, templates and the default playbooks
 * live there. Found by walking up from this module, because the module sits at a different depth
 * in the sources (vitest), the compiled library (dist/) and the bundled action (action/dist/).
 */
function packageRoot() {
    if (cached !== undefined)
        return cached;
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = (0,external_node_path_.join)(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(manifest) && JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8')).name === 'playbook-ops') {
            cached = dir;
            return dir;
        }
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            throw new Error(`playbook-ops: cannot find its package.json above ${(0,external_node_url_.fileURLToPath)(import.meta.url)}`);
        dir = parent;
    }
}

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
    return dateTime(addMinutes(incident.resolution.at, rule.dueMinutesAfterResolution));
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
        commands: commandHelp(card.roles.map((role) => role.id)).map((command) => command.usage),
        escalations: card.escalations.map((step) => ({ at: at(step.at), text: step.text })),
        next: card.next === null ? null : { at: at(card.next.at), text: `level ${card.next.level}, ${card.next.name}` },
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

// EXTERNAL MODULE: ../main/node_modules/handlebars/lib/index.js
var lib = __webpack_require__(7804);
;// CONCATENATED MODULE: ./dist/src/render/escape.js
/**
 * Escaping of untrusted text (issue bodies, comments, form answers) into GitHub-flavoured Markdown.
 * Whatever the text contains, the escaped result renders as that text: it cannot @mention anyone,
 * fake a bot marker (`<!-- ... -->`), open or close HTML (`<details>`), start a heading, list,
 * quote, table row or code block, nor form a link with hidden target, an image, emphasis or math
 * (a bare URL still autolinks, and shows itself). `#123` cross-references stay as they are.
 *
 * The output is meant to be placed into a bot comment as is. Do not run a comment through
 * remark-stringify afterwards: remark re-normalises escapes and would, for instance, turn `&lt;!--`
 * back into `\<!--`, whose raw text contains a marker again. (The rendered playbook documents do go
 * through remark: they are files in the repository, where no marker is ever looked for.)
 */
/** Inserted after an `@` so GitHub does not see a mention; renders as nothing. */
const ZERO_WIDTH_SPACE = '\u200B';
/** C0 and C1 control characters other than tab and line feed: they have no place in a comment. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
/**
 * Bidirectional embeddings, overrides and isolates: they reorder how the surrounding text is
 * displayed (the "Trojan Source" trick), so they become a visible replacement character.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/gu;
/**
 * An at sign that GitHub may read as the start of a mention: ASCII `@` not preceded by an ASCII
 * letter or digit (which makes it part of an e-mail address, as GitHub and Renovate's sanitiser
 * treat it), and the full-width and small at signs, which some renderers fold to `@`.
 */
const MENTION_AT = /(?<![A-Za-z0-9])@|[\uFF20\uFE6B]/gu;
/** Characters with an inline meaning anywhere in a line (emphasis, links, code, tables, math, HTML). */
const INLINE_SPECIAL = /[\\`*_[\]|~$<>&]/gu;
/** What starts a block when it opens a line: headings, list items, thematic breaks, setext underlines. */
const BLOCK_START = /^[#+=-]/u;
/** An ordered-list item start: up to nine digits, then `.` or `)`. */
const ORDERED_START = /^(\d{1,9})([.)])/u;
const ENTITY = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
function clean(text) {
    return text.replace(/\r\n?/gu, '\n').replace(CONTROL, '').replace(BIDI_CONTROL, '\uFFFD');
}
function neutraliseMentions(text) {
    return text.replace(MENTION_AT, (at) => `${at}${ZERO_WIDTH_SPACE}`);
}
/** Escapes one line (no line breaks in it), including what would matter at the start of a line. */
function escapeLine(line) {
    return neutraliseMentions(line)
        .replace(INLINE_SPECIAL, (character) => ENTITY[character] ?? `\\${character}`)
        .replace(BLOCK_START, '\\$&')
        .replace(ORDERED_START, '$1\\$2');
}
/**
 * Escapes untrusted text for use inside a line of Markdown (a sentence, a list item, a heading).
 * Line breaks and the whitespace around them become one space; leading and trailing whitespace is
 * dropped so the text cannot turn into an indented code block.
 */
function escapeMarkdownInline(text) {
    return escapeLine(clean(text).replace(/\s*\n\s*/gu, ' ').trim());
}
/**
 * Escapes untrusted text for a table cell: like {@link escapeMarkdownInline}, but line breaks are
 * kept as `<br>` (the only line break a GitHub table cell has) and `|` can never end the cell.
 */
function escapeTableCell(text) {
    return clean(text)
        .trim()
        .split(/[ \t]*\n[ \t]*/u)
        .map((line) => escapeLine(line))
        .join('<br>');
}
/** A line that opens (or closes) a fenced code block: up to three spaces, then three or more backticks or tildes. */
const escape_FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/u;
/**
 * Untrusted text as a fenced code block: shown verbatim, with a fence longer than any run of
 * backticks in it (so no line of it can close the block), an info string only when it is a plain
 * language name, and `<!--` broken up so the raw body never holds a marker-like comment.
 */
function codeBlock(text, language = '') {
    const content = clean(text).replace(/<!--/gu, `<!${ZERO_WIDTH_SPACE}--`);
    const longestRun = Math.max(2, ...Array.from(content.matchAll(/`+/gu), (match) => match[0].length));
    const fence = '`'.repeat(longestRun + 1);
    const info = /^[A-Za-z0-9_+-]{1,30}$/u.test(language) ? language : '';
    return `${fence}${info}\n${content}\n${fence}`;
}
/** `text` split into prose and fenced code, in order, by one pass over its lines. */
function fencedParts(text) {
    const parts = [];
    let prose = [];
    let code = null;
    for (const line of text.split('\n')) {
        const fence = escape_FENCE.exec(line);
        if (code === null) {
            if (fence !== null && !(fence[1].startsWith('`') && fence[2].includes('`'))) {
                parts.push({ code: false, text: prose.join('\n'), language: '' });
                prose = [];
                code = { fence: fence[1], language: fence[2].trim().split(/\s/u)[0] ?? '', lines: [] };
            }
            else
                prose.push(line);
        }
        else if (fence !== null && fence[1].startsWith(code.fence[0]) && fence[1].length >= code.fence.length && fence[2].trim() === '') {
            parts.push({ code: true, text: code.lines.join('\n'), language: code.language });
            code = null;
        }
        else
            code.lines.push(line);
    }
    if (code !== null)
        parts.push({ code: true, text: code.lines.join('\n'), language: code.language });
    parts.push({ code: false, text: prose.join('\n'), language: '' });
    return parts;
}
/**
 * Escapes untrusted multi-line text as Markdown paragraphs: every line is escaped as in
 * {@link escapeMarkdownInline}, line breaks inside a paragraph stay line breaks (a hard break),
 * and runs of blank lines become one paragraph break. Fenced code in the text stays code: it is
 * shown verbatim in a block of its own (see {@link codeBlock}).
 */
function escapeMarkdownBlock(text) {
    return fencedParts(clean(text))
        .map((part) => (part.code ? codeBlock(part.text, part.language) : escapeParagraphs(part.text)))
        .filter((block) => block !== '')
        .join('\n\n');
}
function escapeParagraphs(text) {
    const paragraphs = text
        .split(/\n[ \t]*\n\s*/u)
        .map((paragraph) => paragraph
        .split('\n')
        .map((line) => escapeLine(line.trim()))
        .filter((line) => line !== '')
        .join('\\\n'))
        .filter((paragraph) => paragraph !== '');
    return paragraphs.join('\n\n');
}
/**
 * Untrusted text as an inline code span: shown verbatim, with a backtick fence longer than any run
 * of backticks in it. Line breaks become spaces (inside a span they would still end the block), and
 * `<!--` / `-->` get a zero-width space so the raw body never contains a marker-like comment.
 */
function codeSpan(text, options = {}) {
    let content = clean(text)
        .replace(/\n/gu, ' ')
        .replace(/<!--/gu, `<!${ZERO_WIDTH_SPACE}--`)
        .replace(/--(?=>)/gu, `--${ZERO_WIDTH_SPACE}`);
    if (options.table === true)
        content = content.replace(/\|/gu, '\\|');
    const longestRun = Math.max(0, ...Array.from(content.matchAll(/`+/gu), (match) => match[0].length));
    const fence = '`'.repeat(longestRun + 1);
    // An empty span is not a span; a lone space is, and shows as nothing.
    if (content === '')
        return `${fence} ${fence}`;
    // CommonMark strips one space from each end of a span that has content other than spaces, so
    // padding keeps edge backticks apart from the fence and edge spaces intact.
    const pad = !/^ +$/u.test(content) && /^[` ]|[` ]$/u.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./dist/src/render/human-duration.js
/**
 * Durations for people reading a playbook at 3 a.m.: `15 min`, `2 h`, `48 h`, `90 days`, not the
 * `15m` / `2d` of the YAML. Hours are kept up to three days because that is how response times and
 * post-mortem deadlines are spoken of ("48 hours after resolution").
 */
const HOUR = 60;
const DAY = 24 * HOUR;
const DAYS_FROM = 3 * DAY;
/** `minutes` in words: 15 → `15 min`, 90 → `1 h 30 min`, 2880 → `48 h`, 129600 → `90 days`. */
function describeDuration(minutes) {
    if (!Number.isInteger(minutes) || minutes < 0)
        throw new RangeError(`describeDuration: ${minutes} is not a whole number of minutes`);
    if (minutes === 0)
        return '0 min';
    const days = minutes >= DAYS_FROM ? Math.floor(minutes / DAY) : 0;
    const hours = Math.floor((minutes - days * DAY) / HOUR);
    const rest = minutes - days * DAY - hours * HOUR;
    const parts = [];
    if (days > 0)
        parts.push(`${days} days`);
    if (hours > 0)
        parts.push(`${hours} h`);
    if (rest > 0)
        parts.push(`${rest} min`);
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./dist/src/render/helpers.js
/**
 * The fixed set of Handlebars helpers. Templates compile with `noEscape`, so these helpers are the
 * escaping: every value a template prints goes through one of them (the compiler refuses a bare
 * `{{value}}`), and each one escapes for the Markdown context it is named after.
 */




/** Shown in a table cell or list for a value that is not set, so an empty cell never looks like a bug. */
const NOT_SET = '—';
const GITHUB_HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/u;
const WEB_URL = /^(?:https?:\/\/|mailto:)/iu;
const RELATIVE_PATH = /^[A-Za-z0-9._/-]+(?:#[A-Za-z0-9_-]+)?$/u;
function split(args) {
    const options = args[args.length - 1];
    return { params: args.slice(0, -1), hash: options.hash };
}
function asText(helper, value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return String(value);
    throw new TypeError(`helper ${helper}: expected text or a number, got ${value === null ? 'null' : typeof value}`);
}
/** A placeholder such as `[Phone Number]`, marked so nobody mistakes it for real data. */
function placeholder(value) {
    return `_${escapeMarkdownInline(value)}_ (to be filled in)`;
}
function handle(value) {
    if (value === null)
        return NOT_SET;
    const handleText = asText('handle', value);
    if (isPlaceholder(handleText))
        return placeholder(handleText);
    // A well-formed handle from the playbooks is meant to be a live mention; anything else is text.
    return GITHUB_HANDLE.test(handleText) ? handleText : escapeMarkdownInline(handleText);
}
function list(helper, value) {
    if (!Array.isArray(value))
        throw new TypeError(`helper ${helper}: expected a list`);
    return value;
}
function helpers_link(label, href) {
    if (WEB_URL.test(href)) {
        // URL parsing percent-encodes spaces, `<` and `>`, so the destination cannot break out.
        return `[${escapeMarkdownInline(label)}](<${new URL(href).href}>)`;
    }
    if (RELATIVE_PATH.test(href))
        return `[${escapeMarkdownInline(label)}](${href})`;
    return `${escapeMarkdownInline(label)} (${codeSpan(href)})`;
}
/**
 * The helpers by name. Handlebars' own `log` and `lookup` are not among them. `md`, `paragraphs`,
 * `cell`, `code` and `join` are for any text, including untrusted text; `text`, `handle` and `handles` are for
 * values from the playbooks, where a placeholder such as `[Phone Number]` is marked as one and a
 * well-formed handle is a live mention.
 */
const helpers = {
    /** `{{md value}}`: text or a number inside a line of Markdown. */
    md: (...args) => escapeMarkdownInline(asText('md', split(args).params[0])),
    /** `{{paragraphs value}}`: multi-line text as paragraphs, on lines of its own. */
    paragraphs: (...args) => escapeMarkdownBlock(asText('paragraphs', split(args).params[0])),
    /** `{{cell value}}`: text in a table cell; `null` shows as a dash, line breaks as `<br>`. */
    cell: (...args) => {
        const value = split(args).params[0];
        return value === null ? NOT_SET : escapeTableCell(asText('cell', value));
    },
    /** `{{text value}}`: a playbook value, in a line or a table cell; placeholders marked, `null` a dash. */
    text: (...args) => {
        const value = split(args).params[0];
        if (value === null)
            return NOT_SET;
        const valueText = asText('text', value);
        return isPlaceholder(valueText) ? placeholder(valueText) : escapeTableCell(valueText);
    },
    /** `{{code value}}` or `{{code value table=true}}`: inline code. */
    code: (...args) => {
        const { params, hash } = split(args);
        return codeSpan(asText('code', params[0]), { table: hash['table'] === true });
    },
    /** `{{handle value}}`: a GitHub handle (a live mention), a placeholder, or a dash for `null`. */
    handle: (...args) => handle(split(args).params[0]),
    /** `{{handles list}}`: GitHub handles separated by commas, a dash for an empty list. */
    handles: (...args) => {
        const values = list('handles', split(args).params[0]);
        return values.length === 0 ? NOT_SET : values.map((value) => handle(value)).join(', ');
    },
    /** `{{join list}}` or `{{join list sep="; "}}`: escaped texts joined by a separator. */
    join: (...args) => {
        const { params, hash } = split(args);
        const separator = hash['sep'] === undefined ? ', ' : asText('join', hash['sep']);
        return list('join', params[0])
            .map((value) => escapeMarkdownInline(asText('join', value)))
            .join(separator);
    },
    /** `{{duration minutes}}`: `15 min`, `2 h`, `48 h`, `90 days`. */
    duration: (...args) => {
        const minutes = split(args).params[0];
        if (typeof minutes !== 'number')
            throw new TypeError('helper duration: expected a number of minutes');
        return describeDuration(minutes);
    },
    /** `{{link label href}}`: a link to a web page or a relative document, text for anything else. */
    link: (...args) => {
        const [label, href] = split(args).params;
        return helpers_link(asText('link', label), asText('link', href));
    },
    /** `{{box done}}`: a task-list box, ticked when `done`. */
    box: (...args) => (split(args).params[0] === true ? '[x]' : '[ ]'),
    /** `{{stepMark key}}`: the hidden key of a card step, by which a tick is read back. */
    stepMark: (...args) => formatStepMark(asText('stepMark', split(args).params[0])),
    /** `{{#if (eq a b)}}`: strict equality. */
    eq: (...args) => {
        const [left, right] = split(args).params;
        return left === right;
    },
    /** `{{plural count "step"}}` → `1 step`, `3 steps`; `{{plural count "day" "days"}}` for irregular plurals. */
    plural: (...args) => {
        const [count, singular, pluralForm] = split(args).params;
        if (typeof count !== 'number')
            throw new TypeError('helper plural: expected a number');
        const one = asText('plural', singular);
        const many = pluralForm === undefined ? `${one}s` : asText('plural', pluralForm);
        return `${count} ${escapeMarkdownInline(count === 1 ? one : many)}`;
    },
};

;// CONCATENATED MODULE: ./dist/src/render/template-data.js
/**
 * The data a template sees. Templates get a deep copy made of null-prototype objects, so a lookup
 * of `constructor`, `__proto__` or `toString` finds nothing and (in strict mode) throws instead of
 * reaching into JavaScript's prototypes. Only JSON-like values are copied: anything else is a bug
 * in the caller and fails loudly.
 */
function copy(value, path, ancestors) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new TypeError(`template data: ${path} is ${value}`);
        return value;
    }
    if (typeof value !== 'object')
        throw new TypeError(`template data: ${path} is a ${typeof value}, not JSON-like data`);
    // Shared references (a role named by several scenarios) are fine; a cycle is not.
    if (ancestors.has(value))
        throw new TypeError(`template data: ${path} refers back to itself`);
    ancestors.add(value);
    let result;
    if (Array.isArray(value)) {
        result = value.map((item, index) => copy(item, `${path}[${index}]`, ancestors));
    }
    else {
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null)
            throw new TypeError(`template data: ${path} is not a plain object`);
        const object = Object.create(null);
        for (const [key, item] of Object.entries(value)) {
            // A missing optional value reads as null, so templates test it with {{#if}} rather than crash.
            object[key] = item === undefined ? null : copy(item, `${path}.${key}`, ancestors);
        }
        // Handlebars' strict mode names the object in its error message; this makes that message
        // say where in the data the lookup failed. A symbol key is out of reach of template lookups.
        Object.defineProperty(object, Symbol.toPrimitive, { value: () => path });
        result = object;
    }
    ancestors.delete(value);
    return result;
}
/** A null-prototype deep copy of `value` for a template; throws on functions, class instances and cycles. */
function toTemplateData(value) {
    return copy(value, 'data', new Set());
}

;// CONCATENATED MODULE: ./dist/src/render/handlebars.js
/**
 * The sandboxed Handlebars environment every playbook-ops template renders in.
 *
 * - One isolated environment (`Handlebars.create()`), so nothing registered elsewhere leaks in.
 * - Templates are only ever compiled from strings: our own files in `templates/`, loaded and
 *   compiled once per process.
 * - `strict`: a template that names a value the data does not have throws instead of printing
 *   nothing, also in helper and block arguments, which Handlebars' own strict mode lets through.
 * - A fixed helper set (`knownHelpersOnly`, checked again when a template is loaded, because
 *   Handlebars compiles lazily); Handlebars' `log` and `lookup` are removed, blocks are limited to
 *   `if`, `unless`, `each` and `with`, and decorators and dynamic partials are refused.
 * - `noEscape`: Handlebars' HTML escaping is wrong for Markdown, so our helpers escape instead, and
 *   the compiler refuses any `{{value}}` that does not go through one of them.
 * - Prototype access off, and the data is a null-prototype copy ({@link toTemplateData}), so
 *   `{{constructor}}` or `{{__proto__}}` fail instead of reaching JavaScript internals.
 */






const TEMPLATE_SUFFIX = '.md.hbs';
const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]*$/u;
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
const COMPILE_OPTIONS = {
    strict: true,
    noEscape: true,
    knownHelpersOnly: true,
    knownHelpers: {
        ...Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
        log: false,
        lookup: false,
    },
};
const RUNTIME_OPTIONS = {
    allowProtoPropertiesByDefault: false,
    allowProtoMethodsByDefault: false,
    allowCallsToHelperMissing: false,
};
/**
 * Wraps a helper so that a value missing from the data throws. Handlebars' strict mode checks only
 * the value a mustache prints, not the arguments of helpers and blocks (`{{md name}}`,
 * `{{#each items}}`), which it reads leniently; template data never holds `undefined` (see
 * {@link toTemplateData}), so an `undefined` argument is always a name the data does not have.
 */
function strictArguments(helperName, helper) {
    return function (...args) {
        const options = args[args.length - 1];
        const values = [...args.slice(0, -1), ...Object.values(options.hash ?? {})];
        if (values.includes(undefined)) {
            const at = options.loc?.start === undefined ? '' : `${options.loc.start.line}:${options.loc.start.column + 1}: `;
            throw new Error(`${at}{{${helperName}}} was given a name that is not in the data`);
        }
        return helper.apply(this, args);
    };
}
const environment = lib.create();
environment.unregisterHelper('log');
environment.unregisterHelper('lookup');
for (const name of BLOCK_HELPERS) {
    const builtIn = environment.helpers[name];
    if (builtIn === undefined)
        throw new Error(`Handlebars has no built-in {{#${name}}} helper`);
    environment.registerHelper(name, strictArguments(name, builtIn));
}
for (const [name, helper] of Object.entries(helpers))
    environment.registerHelper(name, strictArguments(name, helper));
const cache = new Map();
let partialsLoaded = false;
function where(name, node) {
    return `${name}:${node.loc.start.line}:${node.loc.start.column + 1}`;
}
/** Refuses a helper call to anything but our helpers, in the expressions of a statement. */
function checkExpressions(name, params, hash) {
    for (const expression of [...params, ...(hash?.pairs.map((pair) => pair.value) ?? [])]) {
        if (expression.type !== 'SubExpression')
            continue;
        const call = expression;
        if (!Object.hasOwn(helpers, call.path.original)) {
            throw new Error(`${where(name, expression)}: (${call.path.original} …) is not a playbook-ops helper`);
        }
        checkExpressions(name, call.params, call.hash);
    }
}
/**
 * Refuses what the sandbox does not allow, with the place in the template. Handlebars compiles
 * lazily, on first render, so its own `knownHelpersOnly` check would only fire then: this one
 * runs when the template is loaded.
 */
function check(name, node) {
    switch (node.type) {
        case 'Program':
            for (const statement of node.body)
                check(name, statement);
            return;
        case 'MustacheStatement': {
            const mustache = node;
            const helper = mustache.path.type === 'PathExpression' ? mustache.path.original : null;
            if (helper === null || !Object.hasOwn(helpers, helper)) {
                throw new Error(`${where(name, node)}: a value must be printed through a helper that escapes it, e.g. {{md ${helper ?? 'value'}}}`);
            }
            checkExpressions(name, mustache.params, mustache.hash);
            return;
        }
        case 'BlockStatement': {
            const block = node;
            if (!BLOCK_HELPERS.has(block.path.original)) {
                throw new Error(`${where(name, node)}: {{#${block.path.original}}} is not allowed; blocks are ${[...BLOCK_HELPERS].join(', ')}`);
            }
            checkExpressions(name, block.params, block.hash);
            check(name, block.program);
            // Handlebars' types say every block has an inverse; one without {{else}} has none.
            const inverse = block.inverse;
            if (inverse !== undefined)
                check(name, inverse);
            return;
        }
        case 'PartialStatement': {
            // A partial named by an expression could be chosen by data; ours are named in the template.
            const partial = node;
            if (partial.name.type !== 'PathExpression') {
                throw new Error(`${where(name, node)}: a partial must be named directly, e.g. {{> footer}}`);
            }
            checkExpressions(name, partial.params, partial.hash);
            return;
        }
        case 'ContentStatement':
        case 'CommentStatement':
            return;
        default:
            throw new Error(`${where(name, node)}: ${node.type} is not allowed in playbook-ops templates`);
    }
}
/**
 * Compiles a template from `source` in the sandbox; `name` is used in error messages. Throws when
 * the template prints a value without a helper or uses a construct the sandbox does not allow.
 */
function compileTemplate(source, name) {
    const ast = environment.parse(source, { srcName: name });
    check(name, ast);
    const template = environment.compile(ast, COMPILE_OPTIONS);
    return (data) => {
        try {
            return template(toTemplateData(data), RUNTIME_OPTIONS);
        }
        catch (error) {
            throw new Error(`template ${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
    };
}
function templatesDir() {
    return (0,external_node_path_.join)(packageRoot(), 'templates');
}
/** Registers every `templates/partials/*.md.hbs` as a partial named after its file, once. */
function loadPartials() {
    if (partialsLoaded)
        return;
    const dir = (0,external_node_path_.join)(templatesDir(), 'partials');
    let files = [];
    try {
        files = (0,external_node_fs_.readdirSync)(dir).filter((file) => file.endsWith(TEMPLATE_SUFFIX));
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    for (const file of files.sort()) {
        const name = file.slice(0, -TEMPLATE_SUFFIX.length);
        const source = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, file), 'utf8');
        const ast = environment.parse(source, { srcName: `partials/${file}` });
        check(`partials/${file}`, ast);
        environment.registerPartial(name, environment.compile(ast, COMPILE_OPTIONS));
    }
    partialsLoaded = true;
}
/**
 * Renders `templates/<name>.md.hbs` of the package with `data`. The template is read and compiled
 * on first use and cached; partials in `templates/partials/` are available to it.
 */
function renderTemplate(name, data) {
    if (!TEMPLATE_NAME.test(name))
        throw new Error(`renderTemplate: "${name}" is not a template name`);
    let render = cache.get(name);
    if (render === undefined) {
        loadPartials();
        const file = `${name}${TEMPLATE_SUFFIX}`;
        render = compileTemplate((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(templatesDir(), file), 'utf8'), file);
        cache.set(name, render);
    }
    return render(data);
}

;// CONCATENATED MODULE: ./dist/src/render/truncate.js
/**
 * Keeping issue and comment bodies within GitHub's size limit: a body that is too long is cut and
 * says so, because a rejected write would lose the whole update.
 */
/** GitHub's limit on an issue or comment body, in characters. */
const GITHUB_BODY_LIMIT = 65_536;
/** How far back from the hard limit a cut may move to land on a line break. */
const LINE_BREAK_WINDOW = 2_000;
function thousands(count) {
    return String(count).replace(/\B(?=(\d{3})+$)/gu, ',');
}
function truncationNote(dropped, limit) {
    return `\n\n---\n\n_Truncated: ${thousands(dropped)} more characters did not fit in GitHub's limit of ${thousands(limit)} characters._\n`;
}
/** The cut point at or before `end`: a line break when one is near, never inside a surrogate pair. */
function cutPoint(text, end) {
    const lineBreak = text.lastIndexOf('\n', end - 1);
    if (lineBreak >= 0 && end - lineBreak <= LINE_BREAK_WINDOW)
        return lineBreak;
    const code = text.charCodeAt(end - 1);
    return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}
/**
 * What has to be appended to `kept` so that the rest of the body renders: a closing fence for an
 * open code block and `</details>` for each open details block. An open HTML comment cannot be
 * closed safely (the note would vanish into it), so {@link truncateBody} cuts before it instead.
 */
function closers(kept) {
    let fence = null;
    for (const line of kept.split('\n')) {
        const match = /^ {0,3}(`{3,}|~{3,})/u.exec(line);
        if (match === null)
            continue;
        const marker = match[1] ?? '';
        if (fence === null)
            fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
            fence = null;
    }
    const opened = kept.match(/<details[\s>]/giu)?.length ?? 0;
    const closed = kept.match(/<\/details\s*>/giu)?.length ?? 0;
    return (fence === null ? '' : `\n${fence}`) + '\n\n</details>'.repeat(Math.max(0, opened - closed));
}
/** Moves `end` before an HTML comment that is still open at `end`. */
function beforeOpenComment(text, end) {
    const open = text.lastIndexOf('<!--', end - 1);
    if (open < 0)
        return end;
    const close = text.indexOf('-->', open + 4);
    return close >= 0 && close + 3 <= end ? end : open;
}
/**
 * `text` unchanged when it fits in `limit` characters; otherwise cut at a safe point (a line break
 * when one is near, outside HTML comments, with open code fences and `<details>` blocks closed)
 * and followed by a note saying how many characters were dropped. The result never exceeds `limit`.
 * Markers belong at the start of a body, which a cut at the end keeps.
 */
function truncateBody(text, limit = GITHUB_BODY_LIMIT) {
    if (text.length <= limit)
        return text;
    const longestNote = truncationNote(text.length, limit).length;
    if (limit < longestNote * 2)
        throw new RangeError(`truncateBody: a limit of ${limit} characters leaves no room for the text`);
    let end = limit - longestNote;
    for (;;) {
        const cut = beforeOpenComment(text, cutPoint(text, end));
        const kept = text.slice(0, cut).trimEnd();
        const body = kept + closers(kept) + truncationNote(text.length - kept.length, limit);
        if (body.length <= limit)
            return body;
        end = cut - (body.length - limit);
    }
}

;// CONCATENATED MODULE: ./dist/src/render/comments.js






function withRecord(markdown, marker, card) {
    return truncateBody(`${formatRecordLine(marker, card)}\n${markdown.trim()}\n`);
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
            return { template: 'command-reply', data: { ...message, to: `@${message.to}`, commands: message.help ? commandHelp(message.roles) : [] } };
        case 'label-note':
            return { template: 'label-note', data: message };
        case 'triage-request':
            return { template: 'triage-request', data: { ...message, reporter: `@${message.reporter}`, proposed: message.proposed === null ? null : { ...message.proposed, label: message.proposed.label.toUpperCase() } } };
        case 'severity-request':
            return { template: 'severity-request', data: { ...message, severities: message.severities.map((severity) => ({ ...severity, label: severity.label.toUpperCase() })) } };
        case 'close-note':
            return { template: 'close-note', data: { ...message, by: `@${message.by}` } };
    }
}
/** The renderer the shell uses for every bot comment. */
function createCommentRenderer() {
    return {
        comment: (marker, message) => {
            const { template, data } = messageView(message);
            return withRecord(renderTemplate(template, data), marker);
        },
        card: (card, record) => withRecord(renderTemplate('incident-card', cardView(card)), { kind: 'card' }, record),
    };
}

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
        await (0,promises_.access)(path, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_.appendFile)(path, text, { encoding: 'utf8' });
}

// EXTERNAL MODULE: ./dist/action/workflow-commands.js
var workflow_commands = __webpack_require__(8215);
;// CONCATENATED MODULE: ./dist/action/reconcile-run.js
/**
 * The Action after its start (run.ts): load the playbooks, reconcile the incidents the event
 * points at, and report outputs and a job summary. Imported lazily: it pulls in the engine, the
 * playbook validators and the templates.
 */











async function loadSet(dir, input) {
    if (dir === null)
        (0,workflow_commands/* info */.pq)('Using the bundled default playbook set (playbooks: bundled).');
    try {
        return await loadPlaybooks(dir ?? `${packageRoot()}/playbooks`);
    }
    catch (error) {
        if (error instanceof PlaybookError) {
            process.stdout.write(formatDiagnostics(error.diagnostics, 'github'));
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
            set = loadPinnedPlaybooks(octokit, where, sha);
            bySha.set(sha, set);
        }
        return set;
    };
}
/** Loads the playbooks, reconciles, and reports; throws what should fail the step. */
async function reconcileRun({ inputs, target, octokit, log, prefetched }) {
    const set = await loadSet(inputs.playbooksDir, inputs.playbooksInput);
    const repo = { owner: inputs.owner, repo: inputs.repo };
    const reader = { octokit, repo, botLogin: inputs.botLogin, log, playbookRef: { sha: inputs.sha, path: inputs.playbooksInput, serverUrl: inputs.serverUrl } };
    const outcomes = await runIncidents({ octokit, log, now: () => new Date(), appliers: inputs.dryRun ? dryRunAppliers : githubAppliers }, {
        repo,
        botLogin: inputs.botLogin,
        set,
        render: createCommentRenderer(),
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
