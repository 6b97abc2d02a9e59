export const id = 34;
export const ids = [34];
export const modules = {

/***/ 2089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ addMinutesToDate),
/* harmony export */   g: () => (/* binding */ parseCalendarDate)
/* harmony export */ });
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
    // Date.UTC rolls 2026-02-30 over to March and reads years below 100 as 19xx; a real date reads back as written.
    return new Date(time).toISOString().slice(0, 10) === text ? time : null;
}
/** `YYYY-MM-DD` of the UTC day `minutes` after midnight UTC of `date` (which must be valid). */
function addMinutesToDate(date, minutes) {
    return new Date(parseCalendarDate(date) + minutes * MINUTE_MS).toISOString().slice(0, 10);
}


/***/ }),

/***/ 6403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ YAML_FILE),
/* harmony export */   Ev: () => (/* binding */ findYamlFiles),
/* harmony export */   hT: () => (/* binding */ skipped)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/** Finding the YAML files of a playbook set. */


/** The name of a playbook file: `*.yaml` or `*.yml`, in any case. */
const YAML_FILE = /\.ya?ml$/i;
/** Hidden directories (.git, .github) and dependencies never hold playbooks. */
function skipped(name) {
    return name.startsWith('.') || name === 'node_modules';
}
// A link is listed unless it leads to a directory (which could loop): a broken link, or one to a
// device or a pipe (`zero.yaml` -> `/dev/zero`), is listed so that reading it reports the file,
// rather than the directory failing or the file being left out in silence. So is a pipe, a socket
// or a device that is itself in the directory.
async function linksToNonDirectory(path) {
    try {
        return !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isDirectory();
    }
    catch {
        return true;
    }
}
/**
 * Every `*.yaml` and `*.yml` file below `dir`, recursively, as paths relative to `dir` with `/`
 * separators, sorted. Hidden entries and `node_modules` are skipped; symbolic links are listed
 * unless they lead to a directory (it could loop); pipes, sockets and devices are listed too, for
 * `readFiles` to refuse by name. A listed link is not yet trusted:
 * `readFiles` refuses one that leads outside `dir`, with a diagnostic rather than in silence.
 */
async function findYamlFiles(dir) {
    const found = [];
    const walk = async (relative) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, relative), { withFileTypes: true });
        for (const entry of entries) {
            if (skipped(entry.name))
                continue;
            const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory())
                await walk(path);
            else if (YAML_FILE.test(entry.name) && (!entry.isSymbolicLink() || (await linksToNonDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, path))))) {
                found.push(path);
            }
        }
    };
    await walk('');
    // By UTF-16 code units, as `<` compares strings: `a-b.yaml`, `a.yaml`, `a/x.yaml`.
    return found.sort();
}


/***/ }),

/***/ 6336:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oO: () => (/* binding */ formatDiagnostics)
/* harmony export */ });
/* unused harmony exports DIAGNOSTIC_FORMATS, summarizeDiagnostics */
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(611);

/** Every value of {@link DiagnosticFormat}, for checking user input. */
const DIAGNOSTIC_FORMATS = (/* unused pure expression or super */ null && (['text', 'github', 'json']));
// File names, messages and hints quote what is in the files (and their names): untrusted. Every
// string is printed with its control characters escaped, so a diagnostic is exactly its lines; and
// validate's output lands in CI logs, so no line may start a workflow command (see printable.ts).
function location(diagnostic) {
    return `${(0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(diagnostic.file === '' ? '.' : diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`;
}
// How much of a long line the excerpt shows on each side of the caret, in code points.
const EXCERPT_REACH = 60;
/**
 * The line of `diagnostic` in `source` with a caret under its column, as two lines indented below the
 * message (`  12 | text` and `     |    ^`); '' when the line does not exist. Control characters in the
 * line print as escapes and the caret sits under the escaped text, so it still points at the column.
 */
function excerpt(diagnostic, source) {
    const lines = source.split(/\r?\n/);
    const text = lines[diagnostic.line - 1];
    if (text === undefined || diagnostic.column < 1 || diagnostic.column > text.length + 1)
        return '';
    let before = Array.from((0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(text.slice(0, diagnostic.column - 1)));
    let after = Array.from((0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(text.slice(diagnostic.column - 1)));
    if (before.length > EXCERPT_REACH)
        before = ['…', ...before.slice(-EXCERPT_REACH)];
    if (after.length > EXCERPT_REACH)
        after = [...after.slice(0, EXCERPT_REACH), '…'];
    const number = String(diagnostic.line);
    const gutter = ' '.repeat(number.length);
    return `${(0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeCommands */ .Kw)(`  ${number} | ${before.join('')}${after.join('')}`.trimEnd())}\n  ${gutter} | ${' '.repeat(before.length)}^\n`;
}
function text(diagnostics, sources) {
    return diagnostics
        .map((diagnostic) => {
        const line = (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeCommands */ .Kw)(`${location(diagnostic)}  ${diagnostic.severity}  ${(0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(diagnostic.rule)}  ${(0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(diagnostic.message)}`);
        const source = diagnostic.file === '' ? undefined : sources?.(diagnostic.file);
        const shown = source === undefined ? '' : excerpt(diagnostic, source);
        return diagnostic.hint === null ? `${line}\n${shown}` : `${line}\n${shown}${(0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeCommands */ .Kw)(`    hint: ${(0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(diagnostic.hint)}`)}\n`;
    })
        .join('');
}
// GitHub workflow commands: data escapes %, CR and LF; properties also escape `:` and `,`. The
// command starts the line and the data cannot end it, so `::` and `##[` inside are inert.
function escapeData(value) {
    // Stryker disable next-line StringLiteral: callers escape control characters first, so no CR reaches here; the CR escape keeps this the protocol's whole data escape
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
            ...(diagnostic.file === '' ? [] : [`file=${escapeProperty((0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(diagnostic.file))}`, `line=${diagnostic.line}`, `col=${diagnostic.column}`]),
            `title=${escapeProperty((0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(diagnostic.rule))}`,
        ];
        const message = (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(diagnostic.message) + (diagnostic.hint === null ? '' : `\nhint: ${(0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(diagnostic.hint)}`);
        return `::${diagnostic.severity} ${properties.join(',')}::${escapeData(message)}\n`;
    })
        .join('');
}
/**
 * `diagnostics` as text: `text` prints one `file:line:col  severity  rule  message` line per
 * diagnostic, then (when `options.sources` has the file) the line of the file with a caret under the
 * column, then its hint indented below (a file of `''`, the directory itself, prints as `.`);
 * `github` prints `::error`/`::warning` workflow commands that GitHub shows as annotations;
 * `json` prints the list as a JSON array. Paths are printed as given: callers that want them
 * relative to the working directory rewrite `file` first. In `text` and `github`, control characters
 * in file names, messages and hints are written as escapes (`\n`, `\u001b`); no format can print a
 * line that the GitHub runner would take for a workflow command.
 */
function formatDiagnostics(diagnostics, format, options = {}) {
    switch (format) {
        case 'text':
            return text(diagnostics, options.sources);
        case 'github':
            return github(diagnostics);
        case 'json':
            return `${(0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printableJson */ .et)(JSON.stringify(diagnostics, null, 2))}\n`;
    }
}
/** `N errors, M warnings in K files`, the closing line of a text report. */
function summarizeDiagnostics(diagnostics, fileCount) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
    return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')}`;
}


/***/ }),

/***/ 4233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ lineIndex)
/* harmony export */ });
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
        // Stryker disable next-line ArithmeticOperator: a high bound past the last start reads undefined there, which is never <= offset, so the search narrows to the same line
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


/***/ }),

/***/ 1979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ loadPlaybooks),
/* harmony export */   W: () => (/* binding */ PlaybookError)
/* harmony export */ });
/* harmony import */ var _validate_playbooks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

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
    const result = await (0,_validate_playbooks_js__WEBPACK_IMPORTED_MODULE_0__/* .validatePlaybooks */ .H)(dir, options);
    if (result.set === null)
        throw new PlaybookError(dir, result.diagnostics);
    return result.set;
}


/***/ }),

/***/ 6945:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/** Placeholders: values still to be filled in, written entirely in brackets, e.g. `[Phone Number]`. */
/** Whether `value` is a placeholder string. */
function isPlaceholder(value) {
    return typeof value === 'string' && /^\[[^\]]+\]$/.test(value);
}


/***/ }),

/***/ 1304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ul: () => (/* binding */ readFiles)
/* harmony export */ });
/* unused harmony exports firstInvalidUtf8, decodeUtf8 */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4233);
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
/** The text of `buffer` (the bytes of `file`), or the refusal naming the line and column of its first byte that is not UTF-8. */
function decodeUtf8(file, buffer) {
    try {
        return { file, text: UTF8.decode(buffer) };
    }
    catch {
        const offset = Math.max(0, firstInvalidUtf8(buffer));
        // Everything before the bad byte is UTF-8, so its text gives the line and column as editors count them.
        const before = UTF8.decode(buffer.subarray(0, offset));
        const { line, column } = (0,_line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lineIndex */ .D)(before)(before.length);
        // Stryker disable next-line StringLiteral: a byte that is not UTF-8 is 0x80 or more, two hex digits without padding
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
    if (real === realDir || real.startsWith(realDir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? realDir : realDir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
        return null;
    let where;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isSymbolicLink()) {
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path);
        // Name the end of a chain of links too, when the link's own text does not show it.
        where = `a symbolic link to "${target}"${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), target) === real ? '' : `, which leads to "${real}"`}`;
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
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file);
        // The file is read at its real path, once that is known to be inside the directory.
        const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
        const outside = outsideLink(file, path, real, realDir);
        if (outside !== null)
            return outside;
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
        // A pipe or a device would block the read or never end it.
        if (!info.isFile())
            return { file, unreadable: 'it is not a regular file (a device, a pipe or a socket)' };
        const { size } = info;
        if (size > maxBytes)
            return { file, tooLarge: size };
        const buffer = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(real);
        // A file that grew since stat() is still caught.
        // Stryker disable next-line ConditionalExpression: only a file that grows between stat and read reaches it
        if (buffer.length > maxBytes)
            return { file, tooLarge: buffer.length };
        return decodeUtf8(file, buffer);
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
        realDir = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(dir);
    }
    catch {
        // Then no file in it can be read either; each says why.
        realDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    }
    return files.map((file) => readOne(dir, realDir, file, maxBytes));
}


/***/ }),

/***/ 266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   h: () => (/* binding */ closestMatch)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);
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
        const edits = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(lower, candidate.toLowerCase());
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


/***/ }),

/***/ 3849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ validatePlaybooks)
});

// UNUSED EXPORTS: PlaybookDirectoryError

;// CONCATENATED MODULE: ./dist/src/config/located.js
/**
 * A diagnostic at the node `pointer` of `document`: at its key when `on` is `key` (unknown or
 * duplicate properties, missing ones inside a mapping), else (`value`, the default) at its value.
 */
function diagnosticAt(document, pointer, finding, on) {
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

;// CONCATENATED MODULE: ./dist/src/config/checks/check-alerts.js

/** Every `alert-rule-empty` of the set. */
function checkAlerts(set) {
    return set.valid('settings').flatMap((document) => (document.value.alerts?.rules ?? []).flatMap((rule, index) => rule.severity === undefined && rule.scenario === undefined
        ? [
            diagnosticAt(document, `/alerts/rules/${index}`, {
                rule: 'alert-rule-empty',
                message: 'this alert rule names neither a severity nor a scenario',
                hint: 'add severity: sev-N, scenario: <scenario id>, or both; or remove the rule',
            }),
        ]
        : []));
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

// EXTERNAL MODULE: ./dist/src/config/calendar-date.js
var calendar_date = __webpack_require__(2089);
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
        // Stryker disable StringLiteral,ConditionalExpression: these kinds add nothing, matched or not
        case 'contacts':
        case 'postmortem':
        case 'process':
        case 'roles':
        case 'scenario':
        case 'tools':
            break;
        // Stryker restore StringLiteral,ConditionalExpression
    }
    return fields;
}
function checkField(document, field) {
    // Stryker disable next-line ConditionalExpression: a missing duration would parse as none (null) and be skipped below
    if (field.text === undefined)
        return [];
    const minutes = parseDuration(field.text);
    // A duration of the wrong form is the schema's to report.
    // Stryker disable next-line ConditionalExpression: null is neither above the limit nor zero, so nothing would be reported anyway
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
        if ((0,calendar_date/* parseCalendarDate */.g)(lastReviewed) === null) {
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

// EXTERNAL MODULE: ./dist/src/config/suggest.js
var suggest = __webpack_require__(266);
;// CONCATENATED MODULE: ./dist/src/config/checks/check-references.js


function unknown(references, targets, what, plural) {
    // No targets (their document is missing or invalid): that is reported on its own, once.
    if (targets === null)
        return [];
    const names = new Set(targets.names);
    return references
        .filter((reference) => !names.has(reference.name))
        .map((reference) => diagnosticAt(reference.document, reference.pointer, {
        rule: 'unknown-reference',
        message: `unknown ${what} ${JSON.stringify(reference.name)}`,
        hint: `${(0,suggest/* didYouMean */.a)(reference.name, targets.names, `known ${plural}`)} (${plural} are defined in ${targets.where})`,
    }));
}
/** Every `unknown-reference` of the set. */
function checkReferences(set) {
    const roles = set.single('roles');
    const contacts = set.single('contacts');
    const severities = set.single('severities');
    const escalation = set.valid('escalation');
    const communication = set.valid('communication');
    const owners = [
        ...set.valid('scenario').flatMap((document) => (document.value.owner === undefined ? [] : [{ document, pointer: '/owner', name: document.value.owner }])),
        ...communication.flatMap((document) => (document.value.updates_by === undefined ? [] : [{ document, pointer: '/updates_by', name: document.value.updates_by }])),
        ...set.valid('postmortem').flatMap((document) => (document.value.reviewers ?? []).map((name, at) => ({ document, pointer: `/reviewers/${at}`, name }))),
    ];
    const contactRefs = escalation.flatMap((document) => [
        ...document.value.technical.flatMap((level, index) => level.contacts.map((name, at) => ({ document, pointer: `/technical/${index}/contacts/${at}`, name }))),
        ...document.value.management.flatMap((rule, index) => rule.notify.map((name, at) => ({ document, pointer: `/management/${index}/notify/${at}`, name }))),
    ]);
    const severityRefs = [
        ...escalation.flatMap((document) => document.value.management.map((rule, index) => ({ document, pointer: `/management/${index}/severity`, name: rule.severity }))),
        ...set.valid('settings').flatMap((document) => document.value.default_severity === undefined ? [] : [{ document, pointer: '/default_severity', name: document.value.default_severity }]),
        ...set.valid('settings').flatMap((document) => {
            const alerts = document.value.alerts;
            if (alerts === undefined)
                return [];
            return [
                { document, pointer: '/alerts/default_severity', name: alerts.default_severity },
                // Stryker disable next-line ArrayDeclaration: a list of anything but rules names no severity
                ...(alerts.rules ?? []).flatMap((rule, index) => (rule.severity === undefined ? [] : [{ document, pointer: `/alerts/rules/${index}/severity`, name: rule.severity }])),
            ];
        }),
        ...communication.flatMap((document) => [
            ...document.value.status_updates.map((update, index) => ({ document, pointer: `/status_updates/${index}/severity`, name: update.severity })),
            ...document.value.audiences.flatMap((audience, index) => (audience.severities ?? []).map((name, at) => ({ document, pointer: `/audiences/${index}/severities/${at}`, name }))),
        ]),
    ];
    const scenarioRefs = set
        .valid('settings')
        .flatMap((document) => 
    // Stryker disable next-line ArrayDeclaration: a list of anything but rules names no scenario
    (document.value.alerts?.rules ?? []).flatMap((rule, index) => (rule.scenario === undefined ? [] : [{ document, pointer: `/alerts/rules/${index}/scenario`, name: rule.scenario }])));
    // An invalid scenario document may be the one named: it is reported on its own, once.
    const scenarioInvalid = set.documents.some((document) => document.kind === 'scenario' && !document.valid);
    const scenarios = scenarioInvalid ? null : { names: set.valid('scenario').map((document) => document.value.id), where: 'the scenario documents' };
    return [
        ...unknown(scenarioRefs, scenarios, 'scenario', 'scenarios'),
        ...unknown(owners, roles && { names: roles.value.roles.map((role) => role.id), where: roles.file }, 'role', 'roles'),
        ...unknown(contactRefs, contacts && { names: contacts.value.contacts.map((contact) => contact.id), where: contacts.file }, 'contact', 'contacts'),
        ...unknown(severityRefs, severities && { names: severities.value.severities.map((severity) => severity.label), where: severities.file }, 'severity', 'severities'),
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
        if (cadence === null || (0,calendar_date/* parseCalendarDate */.g)(review.last_reviewed) === null)
            continue;
        const due = (0,calendar_date/* addMinutesToDate */.W)(review.last_reviewed, cadence);
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

;// CONCATENATED MODULE: ./dist/src/config/checks/check-sinks.js

function sinkProblems(document, pointer, sinks) {
    // Stryker disable next-line ArrayDeclaration: a list of anything but sinks has no webhook or Slack sink to report
    return (sinks ?? []).flatMap((sink, index) => {
        const at = `${pointer}/sinks/${index}`;
        if (sink.type === 'webhook' && sink.url === undefined) {
            return [diagnosticAt(document, at, { rule: 'sink-url', message: `the webhook sink ${sink.secret} has no url`, hint: 'add url: https://… (where to POST); the secret is only the signing key' })];
        }
        if ((sink.type === 'slack' || sink.type === 'teams') && sink.url !== undefined) {
            return [
                diagnosticAt(document, `${at}/url`, {
                    rule: 'sink-url',
                    message: `a ${sink.type} sink takes no url: its webhook URL is the secret`,
                    hint: `remove url and store the webhook URL as the repository secret ${sink.secret}`,
                }),
            ];
        }
        return [];
    });
}
/** Every `sink-url` problem of the set. */
function checkSinks(set) {
    return [
        ...set.valid('contacts').flatMap((document) => document.value.contacts.flatMap((contact, index) => sinkProblems(document, `/contacts/${index}`, contact.sinks))),
        ...set.valid('escalation').flatMap((document) => document.value.technical.flatMap((level, index) => sinkProblems(document, `/technical/${index}`, level.sinks))),
        ...set.valid('severities').flatMap((document) => document.value.severities.flatMap((severity, index) => sinkProblems(document, `/severities/${index}`, severity.sinks))),
    ];
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
        ...checkSinks(set),
        ...checkAlerts(set),
        ...(now === undefined ? [] : checkReviews(set, now)),
    ];
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

;// CONCATENATED MODULE: ./dist/src/config/classify-document.js
/** Telling which kind a parsed document is (`unknown-kind` when it cannot be told). */





function guessFromFile(file) {
    const name = external_node_path_.posix.basename(file).replace(/\.ya?ml$/i, '');
    return (0,suggest/* closestMatch */.h)(name, DOC_KINDS) ?? (external_node_path_.posix.dirname(file).split('/').includes('scenarios') ? 'scenario' : null);
}
/**
 * The kind a file that could not be read or parsed was probably meant to be: its top-level `kind:`
 * line when `text` has one (misspelt or not), else a guess from its name; null when neither tells.
 * Its missing-document error would be a follow-on of the error that stopped it.
 */
function guessKind(file, text) {
    // A top-level `kind:` line (written here, not as a module constant, so that mutation testing can switch it).
    const written = text === null ? undefined : /^kind:[ \t]*(["']?)([A-Za-z][\w-]*)\1[ \t]*(?:#.*)?$/m.exec(text)?.[2];
    if (written !== undefined) {
        const kind = isDocKind(written) ? written : (0,suggest/* closestMatch */.h)(written, DOC_KINDS);
        if (kind !== null)
            return kind;
    }
    return guessFromFile(file);
}
// The kinds as hints list them; a function rather than a module constant, for mutation testing's sake.
function kindList() {
    return DOC_KINDS.join(', ');
}
function addKindHint(guess) {
    return guess === null ? `add "kind:" with one of ${kindList()}` : `add "kind: ${guess}" (kinds: ${kindList()})`;
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
        // Placed where the mapping starts: a missing top-level key has no place of its own.
        return { guess, diagnostic: diagnosticAt(document, '/kind', { rule: 'unknown-kind', message: 'missing "kind"', hint: addKindHint(guess) }) };
    }
    const kind = value.kind;
    if (isDocKind(kind))
        return { kind };
    const guess = typeof kind === 'string' ? (0,suggest/* closestMatch */.h)(kind, DOC_KINDS) : null;
    return {
        guess: guess ?? guessFromFile(document.file),
        diagnostic: diagnosticAt(document, '/kind', {
            rule: 'unknown-kind',
            message: `unknown kind ${typeof kind === 'string' ? JSON.stringify(kind) : kindOf(kind)}`,
            hint: guess === null ? `the kinds are ${kindList()}` : `did you mean "${guess}"? (kinds: ${kindList()})`,
        }),
    };
}

// EXTERNAL MODULE: ./dist/src/config/placeholder.js
var placeholder = __webpack_require__(6945);
;// CONCATENATED MODULE: ./dist/src/config/checks/check-placeholders.js



/** A `placeholder` warning for every placeholder string in `document`, in document order. */
function checkPlaceholders(document) {
    const diagnostics = [];
    // Recursion depth is bounded by the YAML depth limit the document already passed.
    const visit = (value, pointer) => {
        if ((0,placeholder/* isPlaceholder */.w)(value)) {
            const path = readablePath(pointer);
            diagnostics.push(diagnosticAt(document, pointer, {
                severity: 'warning',
                rule: 'placeholder',
                message: `${path === '' ? '' : `${path}: `}placeholder ${JSON.stringify(value)} is still to be filled in`,
                hint: 'replace it with the real value; until then nothing can use it',
            }));
        }
        else if (value !== null && typeof value === 'object') {
            // A list's entries are its positions, so lists and mappings are walked alike.
            for (const [key, item] of Object.entries(value))
                visit(item, childPointer(pointer, key));
        }
    };
    visit(document.value, '');
    return diagnostics;
}

;// CONCATENATED MODULE: ./dist/src/config/file-diagnostics.js
function mebibytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}
/** The diagnostic of a file that was not read: too large, refused (with the refusal's rule and place), or unreadable. */
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
    // A refusal that knows its rule and place (`not-utf8` at the first bad byte, `outside-link`) is
    // reported as such, where an editor can jump to it.
    if (file.at !== undefined) {
        const { rule, line, column, hint } = file.at;
        return { ...base, line, column, rule, message: `the file was not read: ${file.unreadable}`, hint };
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

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
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
        // Stryker disable next-line StringLiteral: always caught and turned into { problem }, so the message is never shown
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

// EXTERNAL MODULE: ./dist/src/config/line-index.js
var line_index = __webpack_require__(4233);
;// CONCATENATED MODULE: ./dist/src/config/unclosed-opener.js
/**
 * Placing a YAML syntax error where the mistake is when it is an unclosed quote or bracket. js-yaml
 * reads an unclosed `"` on line 14 on into line 15 and stops there ("deficient indentation"); the
 * person has to look one line up. This finds the quote or bracket that is still open where the
 * parser stopped, by parsing the text cut short at the ends of the lines before it, and reports at
 * the opener when removing it lets the file parse past the place of the error.
 */


const OPEN_AT_END = /unexpected end of the stream within a (double quoted scalar|single quoted scalar|flow collection)/;
// The search parses the text again a few times per line; files are a few kilobytes, and a large
// one (or an error far below its opener) keeps the parser's own place.
const MAX_SOURCE = 262_144; // 256 KiB
const MAX_LINES_BACK = 60;
const MAX_CANDIDATES = 16;
function openAtEnd(text, maxDepth) {
    try {
        // Without the line breaks at the end: a quoted value still open at a blank line makes js-yaml
        // complain of its indentation there, not of the end of the text.
        (0,js_yaml/* parseEvents */.PH)(text.trimEnd(), { maxDepth });
        return null;
    }
    catch (error) {
        // Stryker disable next-line ConditionalExpression: another error (a RangeError) has no reason, and `undefined` matches nothing
        if (!(error instanceof js_yaml/* YAMLException */.tB))
            return null;
        const match = OPEN_AT_END.exec(error.reason);
        if (match === null)
            return null;
        return match[1] === 'flow collection' ? 'flow' : match[1] === 'double quoted scalar' ? 'double' : 'single';
    }
}
/** The 0-based line of the first error in `text`, or null when it parses. */
function errorLine(text, maxDepth) {
    try {
        (0,js_yaml/* parseEvents */.PH)(text, { maxDepth });
        return null;
    }
    catch (error) {
        return error instanceof js_yaml/* YAMLException */.tB ? (error.mark?.line ?? 0) : 0;
    }
}
/**
 * Whether `text` (what follows an opening quote, up to the end of the line of the error) holds the
 * quote that closes it: a `"` not escaped by a backslash, or a `'` not doubled. Then the value was
 * closed, only too late (a continuation line indented too little), and the opener is not the mistake.
 */
function closedBy(text, quote) {
    for (let at = 0; at < text.length; at += 1) {
        const char = text[at];
        if (quote === '"' && char === '\\')
            at += 1;
        else if (char === quote) {
            if (quote === "'" && text[at + 1] === "'")
                at += 1;
            else
                return true;
        }
    }
    return false;
}
function describe(char, open) {
    if (open === 'flow') {
        const [kind, close, block] = char === '[' ? ['list', ']', 'the items as "- item" lines'] : ['mapping', '}', '"key: value" lines'];
        return {
            what: `the ${kind} that opens with "${char}"`,
            message: `unclosed "${char}": the ${kind} that starts here has no closing "${close}"`,
            hint: `close the ${kind} with "${close}", or remove the "${char}" and write ${block} below the key`,
        };
    }
    const name = open === 'double' ? 'double quote' : 'single quote';
    return {
        what: `the ${open === 'double' ? 'double' : 'single'}-quoted value`,
        message: `unclosed ${name}: the value that starts here has no closing ${char}`,
        hint: `end the value with ${char} on this line, or remove the opening ${char} (a value needs quotes only when it contains ": " or " #", or starts with one of [ ] { } & * ! | > ' " % @ \`)`,
    };
}
/**
 * For a syntax error that js-yaml reported at 0-based `line` of `source` with `reason`: when a quote
 * or bracket opened on an earlier line (or this one, when the file ended inside it) is still open
 * there, either the error restated at that opener (when removing the opener lets the file parse past
 * `line`: it was the mistake) or the parser's message naming the opener. Null when nothing is open.
 */
function unclosedOpener(source, line, reason, maxDepth) {
    if (source.length > MAX_SOURCE)
        return null;
    const starts = [0];
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1))
        starts.push(at + 1);
    const lineEnd = (index) => (index + 1 < starts.length ? starts[index + 1] - 1 : source.length);
    // At the end of the text js-yaml stops on the last line, which may hold the opener; elsewhere on the
    // line after the one where the value or collection should have been closed.
    const last = reason.startsWith('unexpected end of the stream') ? line : line - 1;
    if (last < 0 || openAtEnd(source.slice(0, lineEnd(last)), maxDepth) === null)
        return null;
    // The first line of the run of lines at whose end something is still open: the opener is on it.
    let first = last;
    while (first > 0 && last - first < MAX_LINES_BACK && openAtEnd(source.slice(0, lineEnd(first - 1)), maxDepth) !== null)
        first -= 1;
    const start = starts[first];
    const end = lineEnd(first);
    const text = source.slice(start, end);
    // Parses past the error: the file with one change has no error up to the line of the first one.
    const fixes = (changed) => {
        const after = errorLine(changed, maxDepth);
        return after === null || after > line;
    };
    let named = null;
    let candidates = 0;
    for (let column = 0; column < text.length && candidates < MAX_CANDIDATES; column += 1) {
        const char = text[column];
        if (!`"'[{`.includes(char))
            continue;
        candidates += 1;
        const offset = start + column;
        const open = openAtEnd(source.slice(0, offset + 1), maxDepth);
        const before = openAtEnd(source.slice(0, offset), maxDepth);
        // An opener: something is open after it, and it is not the closing quote of what was open before.
        if (open === null || (before === open && open !== 'flow'))
            continue;
        named ??= { offset, char, open };
        if (open !== 'flow' && closedBy(source.slice(offset + 1, lineEnd(line)), char))
            continue;
        const closer = open === 'flow' ? (char === '[' ? ']' : '}') : char;
        const lineText = source.slice(offset, end).trimEnd();
        // The opener is the mistake when the file parses past the error without it, or with it closed on its line.
        if (fixes(source.slice(0, offset) + source.slice(offset + 1)) || fixes(source.slice(0, offset + lineText.length) + closer + source.slice(offset + lineText.length))) {
            const place = (0,line_index/* lineIndex */.D)(source)(offset);
            const { message, hint } = describe(char, open);
            return { found: 'at', ...place, message, hint };
        }
    }
    if (named === null)
        return null;
    const place = (0,line_index/* lineIndex */.D)(source)(named.offset);
    return { found: 'inside', note: `inside ${describe(named.char, named.open).what} at line ${place.line}, column ${place.column}` };
}

;// CONCATENATED MODULE: ./dist/src/config/yaml-locations.js
/**
 * Where each node of a YAML document is, by JSON Pointer. js-yaml builds values without
 * positions, so this walks the same parser events the value was built from and records the
 * offset of every key and value. Lookups of a pointer that has no node of its own (a missing
 * property, or a path inside an alias) fall back to the nearest ancestor that has one, which
 * is where a person would go to fix it.
 */



/**
 * The offset where a node begins as the reader sees it (its quote, or the anchor or tag written
 * before it), or -1 for an empty node (`name:` with nothing after it), which has no text of its own.
 */
function nodeStart(event) {
    // `anchorStart` is the name after `&` or `*`; the node begins at the sigil.
    if (event.type === js_yaml/* EVENT_ID */.hy.ALIAS)
        return event.anchorStart - 1;
    let start = event.type === js_yaml/* EVENT_ID */.hy.SCALAR ? event.valueStart : event.start;
    if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR && (event.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || event.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED)) {
        start -= 1;
    }
    const marks = [start, event.anchorStart >= 0 ? event.anchorStart - 1 : -1, event.tagStart].filter((offset) => offset >= 0);
    return marks.length === 0 ? -1 : Math.min(...marks);
}
// Plain text that the core schema may read as something else (`~`, `0x1F`, `.inf`, `true`, empty).
const NON_STRING_PLAIN = /^(?:$|[-+.0-9~]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/;
// The key as the mapping stores it: js-yaml resolves a key like any scalar (`~`, `0x1F`, `true`,
// `!!int 1`) and converts the value to a string; building the scalar alone, in its document (whose
// directives name its tags), gives the same string. Nearly every key is text that reads as itself,
// and building costs about ten times as much per key, so only the others are built.
function keyText(source, document, event) {
    const text = (0,js_yaml/* getScalarValue */.KE)(source, event);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut; building the scalar gives the same string
    if (event.tagStart < 0 && (event.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN || !NON_STRING_PLAIN.test(text)))
        return text;
    const [value] = (0,js_yaml/* constructFromEvents */.fw)([document, event, { type: js_yaml/* EVENT_ID */.hy.POP }], { source, schema: js_yaml/* CORE_SCHEMA */.OU });
    return String(value);
}
/**
 * Records the key and value offsets of every node of the document in `events`, a stream of one
 * document that js-yaml constructed without error (so keys are scalars and unique).
 */
function recordOffsets(source, events) {
    const offsets = new Map();
    const stack = [];
    let document;
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            document = event;
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
                parent.key = event.type === js_yaml/* EVENT_ID */.hy.SCALAR ? keyText(source, document, event) : null;
                parent.keyOffset = start;
                // A key is a scalar or an alias of one: js-yaml refuses a list or mapping as a key.
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
        // An empty value is placed at its key, where one writes it; an empty item, at its sequence.
        const valueOffset = start >= 0 ? start : keyOffset;
        if (pointer !== null && valueOffset >= 0)
            offsets.set(pointer, [keyOffset, valueOffset]);
        if (event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE || event.type === js_yaml/* EVENT_ID */.hy.MAPPING) {
            stack.push({ pointer, mapping: event.type === js_yaml/* EVENT_ID */.hy.MAPPING, index: 0, key: null, keyOffset: -1, expectingKey: true });
        }
    }
    return offsets;
}
/**
 * A {@link Locator} for `events`, a stream of one document. Offsets are recorded on the first
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
        toPosition ??= (0,line_index/* lineIndex */.D)(source);
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
    const colon = secondColon(source, error);
    if (colon !== null)
        return { rule: 'yaml-syntax', line, column, ...colon };
    const opener = unclosedOpener(source, line - 1, reason, limits.maxDepth);
    if (opener?.found === 'at')
        return { rule: 'yaml-syntax', line: opener.line, column: opener.column, message: opener.message, hint: opener.hint };
    return { rule: 'yaml-syntax', line, column, message: opener === null ? reason : `${reason} (${opener.note})`, hint: 'check the indentation, quotes and brackets at this place (YAML indents with spaces, never tabs)' };
}
/**
 * `name: Technical: Lead` stops js-yaml at the second `: ` ("bad indentation of a mapping entry"):
 * the mistake is a value that needed quotes, which the message and hint say, with the value quoted.
 */
function secondColon(source, error) {
    const position = error.mark?.position ?? -1;
    if (!error.reason.startsWith('bad indentation of a mapping entry') || source[position] !== ':')
        return null;
    const lineStart = source.lastIndexOf('\n', position - 1) + 1;
    const lineEnd = source.indexOf('\n', position);
    const text = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
    const entry = /^(\s*(?:-\s+)?)([^\s"'#:][^:#]*?):[ \t]+(\S.*?)\s*$/.exec(text);
    if (entry === null || lineStart + (entry[1]?.length ?? 0) + (entry[2]?.length ?? 0) >= position)
        return null;
    const [, , key, value] = entry;
    return {
        message: `the value of "${key}" contains ": ", which YAML reads as the start of another key`,
        hint: `quote the value: ${key}: ${JSON.stringify(value)}`,
    };
}
const EXPANSION_MESSAGES = {
    depth: (limits) => `aliases nest the document deeper than ${limits.maxDepth} levels`,
    nodes: (limits) => `aliases expand the document to more than ${limits.maxNodes.toLocaleString('en')} nodes`,
    cycle: () => 'an alias refers to the node that contains it',
};
/**
 * Where the second document starts: at its node, or, when it is empty (a `---` with nothing after
 * it, often left at the end of a file), at its `---`.
 */
function secondDocumentStart(source, events) {
    const [first, second] = events.flatMap((event, index) => (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT ? [{ event, index }] : []));
    // A document always holds one node, an empty one as a null scalar.
    const offset = nodeStart(events[second.index + 1]);
    if (offset >= 0)
        return (0,line_index/* lineIndex */.D)(source)(offset);
    // An empty document has a `---` of its own: the file's first one, or its second when the first document has one too.
    const markers = [...source.matchAll(/^---(?=[ \t\r\n]|$)/gm)];
    return (0,line_index/* lineIndex */.D)(source)(markers[first.event.explicitStart ? 1 : 0].index);
}
/**
 * A byte-order mark anywhere but at the start (left by joining files, or pasted): editors do not show
 * it, and YAML reads it as part of the key or value it touches (`\uFEFFname` is not `name`), which
 * would make a diagnostic about a key that looks right.
 */
function strayByteOrderMark(source) {
    const at = source.indexOf('\ufeff', 1);
    if (at === -1)
        return null;
    return {
        rule: 'yaml-syntax',
        ...(0,line_index/* lineIndex */.D)(source)(at),
        message: 'an invisible byte-order mark (U+FEFF) stands inside the file; a byte-order mark may only start a file',
        hint: 'delete the character at this place (an editor that shows invisible characters finds it; it is often left by joining two files)',
    };
}
/**
 * A merge key (`<<: *anchor`) as a plain key in a mapping. The core schema has no merge, so it would
 * be read as a key named "<<" and its mapping's keys silently left out; this says so instead.
 */
function mergeKey(source, events) {
    // For each open collection, whether it is a mapping and, if so, whether its next node is a key
    // (keys and values alternate). A document's own end pops nothing: its node was popped before.
    const open = [];
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.POP) {
            open.pop();
            continue;
        }
        const parent = open.at(-1);
        const isKey = parent?.keyNext === true;
        if (parent?.mapping === true)
            parent.keyNext = !isKey;
        if (isKey && event.type === js_yaml/* EVENT_ID */.hy.SCALAR && event.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN && (0,js_yaml/* getScalarValue */.KE)(source, event) === '<<') {
            return {
                rule: 'yaml-syntax',
                ...(0,line_index/* lineIndex */.D)(source)(event.valueStart),
                message: 'merge keys (<<) are not supported: playbooks are read as YAML 1.2, which has none, so the keys it would bring in are missing',
                hint: 'write the keys out in this mapping instead of merging them from an anchor',
            };
        }
        if (event.type === js_yaml/* EVENT_ID */.hy.MAPPING || event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
            open.push({ mapping: event.type === js_yaml/* EVENT_ID */.hy.MAPPING, keyNext: event.type === js_yaml/* EVENT_ID */.hy.MAPPING });
    }
    return null;
}
/**
 * Parses `source` as exactly one YAML document with the core schema (so dates stay strings),
 * rejecting duplicate keys, merge keys, a byte-order mark anywhere but at the start, and anything
 * beyond `limits`. Keys such as `__proto__` become ordinary own properties; they never reach a prototype.
 */
function parseYaml(source, limits) {
    const bom = strayByteOrderMark(source);
    if (bom !== null)
        return { ok: false, problem: bom };
    let events = null;
    let documents;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(source, { maxDepth: limits.maxDepth });
        // Before constructing: a merge key explains the duplicate "<<" keys and the aliases that follow it.
        const merge = mergeKey(source, events);
        if (merge !== null)
            return { ok: false, problem: merge };
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
    if (schema.title === 'Duration')
        return DURATION_HINT;
    return schema.description ?? null;
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
    if (schema.title === 'Duration')
        return DURATION_HINT;
    if (types.length === 1)
        return TYPE_HINTS[types[0]] ?? null;
    return `write ${typeList(types)} here`;
}
/** One diagnostic for one (already collapsed) ajv error on `document`. */
function describeSchemaError(document, kind, error) {
    const path = error.instancePath;
    // The validators are compiled verbose (scripts/compile-schemas.mjs): every error carries the schema that failed.
    const schema = error.parentSchema;
    const params = error.params;
    switch (error.keyword) {
        case 'required': {
            const property = String(params.missingProperty);
            const special = MISSING_RULES[kind]?.[property];
            // Stryker disable next-line OptionalChaining: the schemas are compiled strict (strictRequired), so a required property is always in properties
            const description = schema.properties?.[property]?.description;
            return diagnosticAt(document, childPointer(path, property), {
                rule: special?.rule ?? 'schema',
                message: prefix(path, `missing required property "${property}"`),
                hint: special?.hint ?? (description === undefined ? `add ${property}` : `add ${property}: ${description}`),
            }, 'key');
        }
        case 'additionalProperties': {
            const property = String(params.additionalProperty);
            const allowed = Object.keys(schema.properties ?? {});
            const meant = (0,suggest/* closestMatch */.h)(property, allowed);
            const finding = meant === null
                ? { rule: 'schema', message: prefix(path, `unknown property ${JSON.stringify(property)}`), hint: (0,suggest/* didYouMean */.a)(property, allowed, 'allowed properties') }
                : {
                    rule: 'schema',
                    message: prefix(path, `unknown property ${JSON.stringify(property)}; did you mean ${JSON.stringify(meant)}?`),
                    hint: `rename ${JSON.stringify(property)} to ${JSON.stringify(meant)}`,
                };
            return diagnosticAt(document, childPointer(path, property), finding, 'key');
        }
        case 'type': {
            const expected = params.type;
            const types = Array.isArray(expected) ? expected : [expected];
            const message = `expected ${typeList(types)}, found ${kindOf(error.data)}`;
            return diagnosticAt(document, path, { rule: 'schema', message: prefix(path, message), hint: typeHint(types, schema) });
        }
        case 'pattern': {
            const what = schema.title === undefined ? `in the form ${String(params.pattern)}` : nounPhrase(schema.title);
            return diagnosticAt(document, path, { rule: 'schema', message: prefix(path, `${quote(error.data)} is not ${what}`), hint: hintOf(schema) });
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const message = `${quote(error.data)} is not one of ${allowed.map((value) => `"${value}"`).join(', ')}`;
            return diagnosticAt(document, path, { rule: 'schema', message: prefix(path, message), hint: (0,suggest/* didYouMean */.a)(String(error.data), allowed, 'allowed values') });
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
            // Stryker disable next-line StringLiteral: ajv gives every error a message unless told not to, which the validators are not
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
/** The property that the unknown property of an `additionalProperties` error is closest to, if any. */
function meantProperty(error) {
    // The validators are compiled verbose (scripts/compile-schemas.mjs): every error carries the schema that failed.
    const schema = error.parentSchema;
    return (0,suggest/* closestMatch */.h)(String(error.params.additionalProperty), Object.keys(schema.properties ?? {}));
}
/**
 * `errors` without the `required` errors that a misspelt key explains: `nmae: x` beside a missing
 * `name` is one mistake, reported once, at the misspelt key that names the property it meant.
 */
function withoutMisspeltRequired(errors) {
    // Stryker disable next-line MethodExpression,ConditionalExpression: another error has no unknown key, and "undefined" is close to no property of the schemas
    const unknownKeys = errors.filter((error) => error.keyword === 'additionalProperties');
    // An unknown key with nothing close (null) joins as "<path>\n", which names no property.
    const meant = new Set(unknownKeys.map((error) => [error.instancePath, meantProperty(error)].join('\n')));
    return errors.filter((error) => {
        // Stryker disable next-line ConditionalExpression: other errors have no missingProperty, and "undefined" is no property a misspelt key is closest to
        if (error.keyword !== 'required')
            return true;
        return !meant.has([error.instancePath, String(error.params.missingProperty)].join('\n'));
    });
}
/** The diagnostics for ajv's `errors` on `document` of kind `kind`, one per distinct problem. */
function schemaDiagnostics(document, kind, errors) {
    const seen = new Set();
    const diagnostics = [];
    for (const error of withoutMisspeltRequired(essentialErrors(errors))) {
        const diagnostic = describeSchemaError(document, kind, error);
        const key = `${diagnostic.pointer}\n${diagnostic.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        diagnostics.push(diagnostic);
    }
    return diagnostics;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./dist/src/config/generated/validators.js


const runtime_equal = { default: equal["default"] ?? equal };
const runtime_ucs2length = { default: ucs2length["default"] ?? ucs2length };
const validate_settings = validate20;
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/settings.schema.json", "title": "playbook-ops settings", "description": "kind: settings. The name of the playbook set, its overview and how the engine behaves. One per set.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "name", "review_cadence"], "properties": { "kind": { "description": "The document kind; always settings in this file.", "const": "settings" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The name of the playbook set, shown as the title of rendered documents." }, "overview": { "$ref": "common.schema.json#/$defs/text", "description": "What the playbook set covers and why, in a few sentences." }, "incident_label": { "$ref": "common.schema.json#/$defs/label", "description": "The GitHub label that makes an issue an incident. Default incident." }, "minimum_permission": { "description": "The least repository permission a user needs to run incident commands (/ack, /sev, ...). Default triage.", "enum": ["read", "triage", "write", "maintain", "admin"] }, "default_severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label an incident declared without one starts at, e.g. sev-3. Without it, such an incident pages the first technical level once, asking for a severity." }, "trust_reporters": { "description": "Whether anyone who can open or close an issue declares and resolves incidents at once. Default false: an incident opened by someone below minimum_permission is a report (the card is posted and the first technical level is asked to triage; no severity counts and management is not paged until a permitted user confirms it with a command or a severity label), and a close by such a user does not resolve (the issue is reopened with a note). Set true only where everyone who can open issues is a responder, such as a private repository of the team.", "type": "boolean" }, "sla_missed_label": { "$ref": "common.schema.json#/$defs/label", "description": "The label an incident gets when nobody acknowledged it within its severity's response time. It stays as a record that the response time was missed. Default sla-missed." }, "review_cadence": { "$ref": "common.schema.json#/$defs/duration", "description": "How often every file of the set is reviewed unless the file sets its own cadence; 90d for quarterly." }, "postmortem_path": { "description": "The directory post-mortem pull requests add their file to, relative to the repository root, e.g. postmortems (the default) or docs/postmortems. Each post-mortem is <date>-<issue number>-<slug>.md in it.", "type": "string", "maxLength": 200, "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$" }, "postmortem_overdue_label": { "$ref": "common.schema.json#/$defs/label", "description": "The label an incident gets when its post-mortem is not merged by its due time. Default postmortem-overdue." }, "review_window": { "$ref": "common.schema.json#/$defs/duration", "description": "How long a playbook review pull request may stay open before its owners are reminded, once. Default 14d." }, "alerts": { "description": "How alerts from Alertmanager or Grafana (a repository_dispatch of type alert) become incidents: the severity and scenario an alert opens an incident with, and what a resolved alert does. Without this section, alerts are refused with an error and nothing is written.", "type": "object", "additionalProperties": false, "required": ["default_severity"], "properties": { "default_severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label an alert opens an incident at when no rule gives one, e.g. sev-3." }, "rules": { "description": "Rules checked against the labels of every alert of a notification, in order: the incident takes the most severe severity any matching rule gives, and the scenario of the first matching rule that names one. Each rule names a severity, a scenario, or both.", "type": "array", "maxItems": 200, "items": { "title": "Alert rule", "type": "object", "additionalProperties": false, "required": ["match"], "properties": { "match": { "description": "Alert labels and the value each must have; the rule matches an alert that has all of them. In a value, * stands for any run of characters (alertname: Payment* matches PaymentsDown); matching is case-sensitive, as Alertmanager's is.", "type": "object", "minProperties": 1, "maxProperties": 20, "patternProperties": { "^\\S{1,128}$": { "type": "string", "maxLength": 256 } }, "additionalProperties": false }, "severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label a matching alert opens the incident at, e.g. sev-1." }, "scenario": { "$ref": "common.schema.json#/$defs/id", "description": "The id of the scenario a matching alert opens the incident with, e.g. service-outage." } } } }, "resolve": { "type": "boolean", "description": "Whether a resolved alert (every alert of the group resolved) resolves its incident and closes the issue. Default false: the resolution is noted on the incident, and a person resolves it." }, "reopen_within": { "$ref": "common.schema.json#/$defs/duration", "description": "How long after its incident was resolved a firing alert of the same group reopens it, instead of opening a new incident. Default 1h." } } } } };
const schema37 = { "title": "Text", "description": "Free text; must not be empty.", "type": "string", "minLength": 1 };
const schema39 = { "title": "GitHub label", "description": "The name of a GitHub label, e.g. sev-1 or incident: 1 to 50 characters, no leading or trailing spaces.", "type": "string", "minLength": 1, "maxLength": 50, "pattern": "^\\S(?:.*\\S)?$" };
const schema36 = { "title": "Duration", "description": "A duration as people write it: one or more whole numbers each followed by a unit, m (minutes), h (hours), d (days) or w (weeks), with no spaces, e.g. 15m, 2h, 48h, 90d or 1h30m.", "type": "string", "pattern": "^(\\d+[wdhm])+$" };
const schema47 = { "title": "Id", "description": "An identifier other files and commands refer to: lower-case letters and digits in words joined by single hyphens (kebab-case), e.g. service-outage.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" };
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
const pattern11 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$", "u");
const pattern15 = new RegExp("^\\S{1,128}$", "u");
const pattern18 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
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
    if (data.sla_missed_label !== undefined) {
        let data8 = data.sla_missed_label;
        if (typeof data8 === "string") {
            if (func3(data8) > 50) {
                const err20 = { instancePath: instancePath + "/sla_missed_label", schemaPath: "common.schema.json#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema39, data: data8 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (func3(data8) < 1) {
                const err21 = { instancePath: instancePath + "/sla_missed_label", schemaPath: "common.schema.json#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data8 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            if (!pattern7.test(data8)) {
                const err22 = { instancePath: instancePath + "/sla_missed_label", schemaPath: "common.schema.json#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^\\S(?:.*\\S)?$" }, message: "must match pattern \"" + "^\\S(?:.*\\S)?$" + "\"", schema: "^\\S(?:.*\\S)?$", parentSchema: schema39, data: data8 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        else {
            const err23 = { instancePath: instancePath + "/sla_missed_label", schemaPath: "common.schema.json#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data8 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data.review_cadence !== undefined) {
        let data9 = data.review_cadence;
        if (typeof data9 === "string") {
            if (!pattern6.test(data9)) {
                const err24 = { instancePath: instancePath + "/review_cadence", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data9 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        else {
            const err25 = { instancePath: instancePath + "/review_cadence", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data9 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.postmortem_path !== undefined) {
        let data10 = data.postmortem_path;
        if (typeof data10 === "string") {
            if (func3(data10) > 200) {
                const err26 = { instancePath: instancePath + "/postmortem_path", schemaPath: "#/properties/postmortem_path/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.postmortem_path, data: data10 };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            if (!pattern11.test(data10)) {
                const err27 = { instancePath: instancePath + "/postmortem_path", schemaPath: "#/properties/postmortem_path/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$" }, message: "must match pattern \"" + "^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$" + "\"", schema: "^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$", parentSchema: schema31.properties.postmortem_path, data: data10 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        else {
            const err28 = { instancePath: instancePath + "/postmortem_path", schemaPath: "#/properties/postmortem_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.postmortem_path.type, parentSchema: schema31.properties.postmortem_path, data: data10 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data.postmortem_overdue_label !== undefined) {
        let data11 = data.postmortem_overdue_label;
        if (typeof data11 === "string") {
            if (func3(data11) > 50) {
                const err29 = { instancePath: instancePath + "/postmortem_overdue_label", schemaPath: "common.schema.json#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema39, data: data11 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            if (func3(data11) < 1) {
                const err30 = { instancePath: instancePath + "/postmortem_overdue_label", schemaPath: "common.schema.json#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data11 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            if (!pattern7.test(data11)) {
                const err31 = { instancePath: instancePath + "/postmortem_overdue_label", schemaPath: "common.schema.json#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^\\S(?:.*\\S)?$" }, message: "must match pattern \"" + "^\\S(?:.*\\S)?$" + "\"", schema: "^\\S(?:.*\\S)?$", parentSchema: schema39, data: data11 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        else {
            const err32 = { instancePath: instancePath + "/postmortem_overdue_label", schemaPath: "common.schema.json#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data11 };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
    }
    if (data.review_window !== undefined) {
        let data12 = data.review_window;
        if (typeof data12 === "string") {
            if (!pattern6.test(data12)) {
                const err33 = { instancePath: instancePath + "/review_window", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data12 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        else {
            const err34 = { instancePath: instancePath + "/review_window", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data12 };
            if (vErrors === null) {
                vErrors = [err34];
            }
            else {
                vErrors.push(err34);
            }
            errors++;
        }
    }
    if (data.alerts !== undefined) {
        let data13 = data.alerts;
        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.default_severity === undefined) {
                const err35 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/required", keyword: "required", params: { missingProperty: "default_severity" }, message: "must have required property '" + "default_severity" + "'", schema: schema31.properties.alerts.required, parentSchema: schema31.properties.alerts, data: data13 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
            for (const key1 in data13) {
                if (!((((key1 === "default_severity") || (key1 === "rules")) || (key1 === "resolve")) || (key1 === "reopen_within"))) {
                    const err36 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.alerts, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
            if (data13.default_severity !== undefined) {
                let data14 = data13.default_severity;
                if (typeof data14 === "string") {
                    if (func3(data14) > 50) {
                        const err37 = { instancePath: instancePath + "/alerts/default_severity", schemaPath: "common.schema.json#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema39, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                    if (func3(data14) < 1) {
                        const err38 = { instancePath: instancePath + "/alerts/default_severity", schemaPath: "common.schema.json#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                    if (!pattern7.test(data14)) {
                        const err39 = { instancePath: instancePath + "/alerts/default_severity", schemaPath: "common.schema.json#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^\\S(?:.*\\S)?$" }, message: "must match pattern \"" + "^\\S(?:.*\\S)?$" + "\"", schema: "^\\S(?:.*\\S)?$", parentSchema: schema39, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                }
                else {
                    const err40 = { instancePath: instancePath + "/alerts/default_severity", schemaPath: "common.schema.json#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
            if (data13.rules !== undefined) {
                let data15 = data13.rules;
                if (Array.isArray(data15)) {
                    if (data15.length > 200) {
                        const err41 = { instancePath: instancePath + "/alerts/rules", schemaPath: "#/properties/alerts/properties/rules/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema31.properties.alerts.properties.rules, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                    const len0 = data15.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data16 = data15[i0];
                        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            if (data16.match === undefined) {
                                const err42 = { instancePath: instancePath + "/alerts/rules/" + i0, schemaPath: "#/properties/alerts/properties/rules/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property '" + "match" + "'", schema: schema31.properties.alerts.properties.rules.items.required, parentSchema: schema31.properties.alerts.properties.rules.items, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                            for (const key2 in data16) {
                                if (!(((key2 === "match") || (key2 === "severity")) || (key2 === "scenario"))) {
                                    const err43 = { instancePath: instancePath + "/alerts/rules/" + i0, schemaPath: "#/properties/alerts/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.alerts.properties.rules.items, data: data16 };
                                    if (vErrors === null) {
                                        vErrors = [err43];
                                    }
                                    else {
                                        vErrors.push(err43);
                                    }
                                    errors++;
                                }
                            }
                            if (data16.match !== undefined) {
                                let data17 = data16.match;
                                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                    if (Object.keys(data17).length > 20) {
                                        const err44 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/match", schemaPath: "#/properties/alerts/properties/rules/items/properties/match/maxProperties", keyword: "maxProperties", params: { limit: 20 }, message: "must NOT have more than 20 properties", schema: 20, parentSchema: schema31.properties.alerts.properties.rules.items.properties.match, data: data17 };
                                        if (vErrors === null) {
                                            vErrors = [err44];
                                        }
                                        else {
                                            vErrors.push(err44);
                                        }
                                        errors++;
                                    }
                                    if (Object.keys(data17).length < 1) {
                                        const err45 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/match", schemaPath: "#/properties/alerts/properties/rules/items/properties/match/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.alerts.properties.rules.items.properties.match, data: data17 };
                                        if (vErrors === null) {
                                            vErrors = [err45];
                                        }
                                        else {
                                            vErrors.push(err45);
                                        }
                                        errors++;
                                    }
                                    for (const key3 in data17) {
                                        if (!(pattern15.test(key3))) {
                                            const err46 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/match", schemaPath: "#/properties/alerts/properties/rules/items/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.alerts.properties.rules.items.properties.match, data: data17 };
                                            if (vErrors === null) {
                                                vErrors = [err46];
                                            }
                                            else {
                                                vErrors.push(err46);
                                            }
                                            errors++;
                                        }
                                    }
                                    for (const key4 in data17) {
                                        if (pattern15.test(key4)) {
                                            let data18 = data17[key4];
                                            if (typeof data18 === "string") {
                                                if (func3(data18) > 256) {
                                                    const err47 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/match/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/properties/rules/items/properties/match/patternProperties/%5E%5CS%7B1%2C128%7D%24/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.alerts.properties.rules.items.properties.match.patternProperties["^\\S{1,128}$"], data: data18 };
                                                    if (vErrors === null) {
                                                        vErrors = [err47];
                                                    }
                                                    else {
                                                        vErrors.push(err47);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err48 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/match/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/properties/rules/items/properties/match/patternProperties/%5E%5CS%7B1%2C128%7D%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.alerts.properties.rules.items.properties.match.patternProperties["^\\S{1,128}$"].type, parentSchema: schema31.properties.alerts.properties.rules.items.properties.match.patternProperties["^\\S{1,128}$"], data: data18 };
                                                if (vErrors === null) {
                                                    vErrors = [err48];
                                                }
                                                else {
                                                    vErrors.push(err48);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                else {
                                    const err49 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/match", schemaPath: "#/properties/alerts/properties/rules/items/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.alerts.properties.rules.items.properties.match.type, parentSchema: schema31.properties.alerts.properties.rules.items.properties.match, data: data17 };
                                    if (vErrors === null) {
                                        vErrors = [err49];
                                    }
                                    else {
                                        vErrors.push(err49);
                                    }
                                    errors++;
                                }
                            }
                            if (data16.severity !== undefined) {
                                let data19 = data16.severity;
                                if (typeof data19 === "string") {
                                    if (func3(data19) > 50) {
                                        const err50 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/severity", schemaPath: "common.schema.json#/$defs/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema39, data: data19 };
                                        if (vErrors === null) {
                                            vErrors = [err50];
                                        }
                                        else {
                                            vErrors.push(err50);
                                        }
                                        errors++;
                                    }
                                    if (func3(data19) < 1) {
                                        const err51 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/severity", schemaPath: "common.schema.json#/$defs/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data19 };
                                        if (vErrors === null) {
                                            vErrors = [err51];
                                        }
                                        else {
                                            vErrors.push(err51);
                                        }
                                        errors++;
                                    }
                                    if (!pattern7.test(data19)) {
                                        const err52 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/severity", schemaPath: "common.schema.json#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^\\S(?:.*\\S)?$" }, message: "must match pattern \"" + "^\\S(?:.*\\S)?$" + "\"", schema: "^\\S(?:.*\\S)?$", parentSchema: schema39, data: data19 };
                                        if (vErrors === null) {
                                            vErrors = [err52];
                                        }
                                        else {
                                            vErrors.push(err52);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err53 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/severity", schemaPath: "common.schema.json#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data19 };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                            }
                            if (data16.scenario !== undefined) {
                                let data20 = data16.scenario;
                                if (typeof data20 === "string") {
                                    if (!pattern18.test(data20)) {
                                        const err54 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/scenario", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data20 };
                                        if (vErrors === null) {
                                            vErrors = [err54];
                                        }
                                        else {
                                            vErrors.push(err54);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err55 = { instancePath: instancePath + "/alerts/rules/" + i0 + "/scenario", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data20 };
                                    if (vErrors === null) {
                                        vErrors = [err55];
                                    }
                                    else {
                                        vErrors.push(err55);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err56 = { instancePath: instancePath + "/alerts/rules/" + i0, schemaPath: "#/properties/alerts/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.alerts.properties.rules.items.type, parentSchema: schema31.properties.alerts.properties.rules.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err56];
                            }
                            else {
                                vErrors.push(err56);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err57 = { instancePath: instancePath + "/alerts/rules", schemaPath: "#/properties/alerts/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.alerts.properties.rules.type, parentSchema: schema31.properties.alerts.properties.rules, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err57];
                    }
                    else {
                        vErrors.push(err57);
                    }
                    errors++;
                }
            }
            if (data13.resolve !== undefined) {
                let data21 = data13.resolve;
                if (typeof data21 !== "boolean") {
                    const err58 = { instancePath: instancePath + "/alerts/resolve", schemaPath: "#/properties/alerts/properties/resolve/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.alerts.properties.resolve.type, parentSchema: schema31.properties.alerts.properties.resolve, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err58];
                    }
                    else {
                        vErrors.push(err58);
                    }
                    errors++;
                }
            }
            if (data13.reopen_within !== undefined) {
                let data22 = data13.reopen_within;
                if (typeof data22 === "string") {
                    if (!pattern6.test(data22)) {
                        const err59 = { instancePath: instancePath + "/alerts/reopen_within", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+[wdhm])+$" }, message: "must match pattern \"" + "^(\\d+[wdhm])+$" + "\"", schema: "^(\\d+[wdhm])+$", parentSchema: schema36, data: data22 };
                        if (vErrors === null) {
                            vErrors = [err59];
                        }
                        else {
                            vErrors.push(err59);
                        }
                        errors++;
                    }
                }
                else {
                    const err60 = { instancePath: instancePath + "/alerts/reopen_within", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err60];
                    }
                    else {
                        vErrors.push(err60);
                    }
                    errors++;
                }
            }
        }
        else {
            const err61 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.alerts.type, parentSchema: schema31.properties.alerts, data: data13 };
            if (vErrors === null) {
                vErrors = [err61];
            }
            else {
                vErrors.push(err61);
            }
            errors++;
        }
    }
}
else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
        vErrors = [err62];
    }
    else {
        vErrors.push(err62);
    }
    errors++;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_roles = validate24;
const schema49 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/roles.schema.json", "title": "playbook-ops roles", "description": "kind: roles. The roles of the incident response team and their responsibilities.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "roles"], "properties": { "kind": { "description": "The document kind; always roles in this file.", "const": "roles" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "roles": { "description": "The roles of the response team; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/role" } } }, "$defs": { "role": { "title": "Role", "description": "One role of the response team.", "type": "object", "additionalProperties": false, "required": ["id", "name", "responsibilities"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "Referenced by scenarios (owner) and by the /role command (/role ID @user), e.g. ic, comms, tech, sme." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The role's name, e.g. Incident Commander." }, "abbreviation": { "$ref": "common.schema.json#/$defs/text", "description": "A short form of the name, e.g. IC." }, "multiple": { "description": "Whether several people may hold the role at once (subject matter experts). Default false.", "type": "boolean" }, "commander": { "description": "Whether this role leads the incident (the Incident Commander): /ic @user names its holder and the issue is assigned to them. At most one role. Default false.", "type": "boolean" }, "responsibilities": { "$ref": "common.schema.json#/$defs/text-list", "description": "What the holder of the role is responsible for; at least one." } } } } };
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
const schema54 = { "title": "Role", "description": "One role of the response team.", "type": "object", "additionalProperties": false, "required": ["id", "name", "responsibilities"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "Referenced by scenarios (owner) and by the /role command (/role ID @user), e.g. ic, comms, tech, sme." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The role's name, e.g. Incident Commander." }, "abbreviation": { "$ref": "common.schema.json#/$defs/text", "description": "A short form of the name, e.g. IC." }, "multiple": { "description": "Whether several people may hold the role at once (subject matter experts). Default false.", "type": "boolean" }, "commander": { "description": "Whether this role leads the incident (the Incident Commander): /ic @user names its holder and the issue is assigned to them. At most one role. Default false.", "type": "boolean" }, "responsibilities": { "$ref": "common.schema.json#/$defs/text-list", "description": "What the holder of the role is responsible for; at least one." } } };
const schema58 = { "title": "Text list", "description": "A non-empty list of non-empty texts.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/text" } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate28.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58, data };
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
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.type, parentSchema: schema58, data };
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
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema54.required, parentSchema: schema54, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema54.required, parentSchema: schema54, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.responsibilities === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "responsibilities" }, message: "must have required property '" + "responsibilities" + "'", schema: schema54.required, parentSchema: schema54, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
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
            if (!pattern18.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data0 };
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
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data0 };
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
            const err10 = { instancePath: instancePath + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema54.properties.multiple.type, parentSchema: schema54.properties.multiple, data: data3 };
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
            const err11 = { instancePath: instancePath + "/commander", schemaPath: "#/properties/commander/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema54.properties.commander.type, parentSchema: schema54.properties.commander, data: data4 };
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
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
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
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema49.required, parentSchema: schema49, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema49.required, parentSchema: schema49, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.roles === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "roles" }, message: "must have required property '" + "roles" + "'", schema: schema49.required, parentSchema: schema49, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
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
            const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "roles" }, message: "must be equal to constant", schema: "roles", parentSchema: schema49.properties.kind, data: data0 };
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
                const err5 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema49.properties.roles, data: data2 };
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
            const err6 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.roles.type, parentSchema: schema49.properties.roles, data: data2 };
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
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
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
const schema60 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/severities.schema.json", "title": "playbook-ops severities", "description": "kind: severities. The severity levels, what qualifies for each, how fast the response must be and whether a post-mortem is required.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "severities"], "properties": { "kind": { "description": "The document kind; always severities in this file.", "const": "severities" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "severities": { "description": "The severity levels, most severe first by convention; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/severity" } } }, "$defs": { "severity": { "title": "Severity", "description": "One severity level. Its label is both the GitHub label and how other files refer to it.", "type": "object", "additionalProperties": false, "required": ["level", "label", "name", "criteria", "response_time"], "properties": { "level": { "description": "The level as a number; 1 is the most severe.", "type": "integer", "minimum": 1 }, "label": { "$ref": "common.schema.json#/$defs/label", "description": "The GitHub label for this severity, e.g. sev-1; other files refer to the severity by it." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The severity's name, e.g. Critical." }, "criteria": { "$ref": "common.schema.json#/$defs/text-list", "description": "What makes an incident this severe, e.g. Platform-wide outage; at least one." }, "response_time": { "$ref": "common.schema.json#/$defs/duration", "description": "How soon someone must acknowledge the incident, e.g. 15m." }, "postmortem": { "$ref": "#/$defs/postmortem-rule", "description": "Whether incidents of this severity need a post-mortem, and by when." }, "sinks": { "$ref": "common.schema.json#/$defs/sinks", "description": "Sinks every page at this severity is delivered to, e.g. a Slack channel for SEV-1." } } }, "postmortem-rule": { "title": "Post-mortem rule", "description": "Whether a post-mortem is required for a severity and when it is due.", "type": "object", "additionalProperties": false, "required": ["required"], "properties": { "required": { "description": "Whether every incident of this severity needs a post-mortem.", "type": "boolean" }, "due_after_resolution": { "$ref": "common.schema.json#/$defs/duration", "description": "How long after resolution the post-mortem is due, e.g. 48h." } } } } };
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
const schema65 = { "title": "Severity", "description": "One severity level. Its label is both the GitHub label and how other files refer to it.", "type": "object", "additionalProperties": false, "required": ["level", "label", "name", "criteria", "response_time"], "properties": { "level": { "description": "The level as a number; 1 is the most severe.", "type": "integer", "minimum": 1 }, "label": { "$ref": "common.schema.json#/$defs/label", "description": "The GitHub label for this severity, e.g. sev-1; other files refer to the severity by it." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The severity's name, e.g. Critical." }, "criteria": { "$ref": "common.schema.json#/$defs/text-list", "description": "What makes an incident this severe, e.g. Platform-wide outage; at least one." }, "response_time": { "$ref": "common.schema.json#/$defs/duration", "description": "How soon someone must acknowledge the incident, e.g. 15m." }, "postmortem": { "$ref": "#/$defs/postmortem-rule", "description": "Whether incidents of this severity need a post-mortem, and by when." }, "sinks": { "$ref": "common.schema.json#/$defs/sinks", "description": "Sinks every page at this severity is delivered to, e.g. a Slack channel for SEV-1." } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate35.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58, data };
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
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate35.errors = vErrors; return errors === 0; }
validate35.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
const schema71 = { "title": "Post-mortem rule", "description": "Whether a post-mortem is required for a severity and when it is due.", "type": "object", "additionalProperties": false, "required": ["required"], "properties": { "required": { "description": "Whether every incident of this severity needs a post-mortem.", "type": "boolean" }, "due_after_resolution": { "$ref": "common.schema.json#/$defs/duration", "description": "How long after resolution the post-mortem is due, e.g. 48h." } } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate37.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.required === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property '" + "required" + "'", schema: schema71.required, parentSchema: schema71, data };
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
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema71, data };
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
            const err2 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema71.properties.required.type, parentSchema: schema71.properties.required, data: data0 };
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
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema71.type, parentSchema: schema71, data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
} validate37.errors = vErrors; return errors === 0; }
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema73 = { "title": "Notification sinks", "description": "Sinks a page is also delivered to (Slack, Teams, PagerDuty, a signed webhook), each named by its type and secret.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/sink" } };
const schema74 = { "title": "Notification sink", "description": "Where a page is also sent, outside GitHub: slack (an incoming webhook; the secret holds its URL), teams (a Teams Workflows webhook; the secret holds its URL), pagerduty (Events API v2; the secret holds the integration's routing key) or webhook (a JSON POST to url, signed with the secret as X-Hub-Signature-256).", "type": "object", "additionalProperties": false, "required": ["type", "secret"], "properties": { "type": { "description": "slack, teams, pagerduty or webhook.", "enum": ["slack", "teams", "pagerduty", "webhook"] }, "secret": { "$ref": "#/$defs/secret-name", "description": "The environment variable holding the secret, e.g. PAGERDUTY_PAYMENTS; the YAML never holds the secret itself." }, "name": { "$ref": "#/$defs/text", "description": "What the card calls this sink, e.g. #payments-incidents; defaults to the type and the secret's name." }, "url": { "description": "webhook: where to POST (required). pagerduty: another Events API endpoint, e.g. https://events.eu.pagerduty.com/v2/enqueue for the EU service region. Not for slack and teams, whose URL is the secret.", "type": "string", "pattern": "^https?://\\S+$", "maxLength": 2000 } } };
const schema75 = { "title": "Secret name", "description": "The name of an environment variable the workflow sets from a repository secret (env: NAME: ${{ secrets.NAME }} on the playbook-ops step), never the secret itself: capital letters, digits and underscores, starting with a letter, not starting with GITHUB_, RUNNER_, INPUT_ or ACTIONS_ (the runner's own variables).", "type": "string", "pattern": "^(?!GITHUB_|RUNNER_|INPUT_|ACTIONS_)[A-Z][A-Z0-9_]{0,99}$" };
const pattern30 = new RegExp("^(?!GITHUB_|RUNNER_|INPUT_|ACTIONS_)[A-Z][A-Z0-9_]{0,99}$", "u");
const pattern31 = new RegExp("^https?://\\S+$", "u");
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate40.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema74.required, parentSchema: schema74, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.secret === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property '" + "secret" + "'", schema: schema74.required, parentSchema: schema74, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "type") || (key0 === "secret")) || (key0 === "name")) || (key0 === "url"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if (!((((data0 === "slack") || (data0 === "teams")) || (data0 === "pagerduty")) || (data0 === "webhook"))) {
            const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema74.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema74.properties.type.enum, parentSchema: schema74.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.secret !== undefined) {
        let data1 = data.secret;
        if (typeof data1 === "string") {
            if (!pattern30.test(data1)) {
                const err4 = { instancePath: instancePath + "/secret", schemaPath: "#/$defs/secret-name/pattern", keyword: "pattern", params: { pattern: "^(?!GITHUB_|RUNNER_|INPUT_|ACTIONS_)[A-Z][A-Z0-9_]{0,99}$" }, message: "must match pattern \"" + "^(?!GITHUB_|RUNNER_|INPUT_|ACTIONS_)[A-Z][A-Z0-9_]{0,99}$" + "\"", schema: "^(?!GITHUB_|RUNNER_|INPUT_|ACTIONS_)[A-Z][A-Z0-9_]{0,99}$", parentSchema: schema75, data: data1 };
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
            const err5 = { instancePath: instancePath + "/secret", schemaPath: "#/$defs/secret-name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: data1 };
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
        let data2 = data.name;
        if (typeof data2 === "string") {
            if (func3(data2) < 1) {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data2 };
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
            const err7 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.url !== undefined) {
        let data3 = data.url;
        if (typeof data3 === "string") {
            if (func3(data3) > 2000) {
                const err8 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters", schema: 2000, parentSchema: schema74.properties.url, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (!pattern31.test(data3)) {
                const err9 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: "must match pattern \"" + "^https?://\\S+$" + "\"", schema: "^https?://\\S+$", parentSchema: schema74.properties.url, data: data3 };
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
            const err10 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.url.type, parentSchema: schema74.properties.url, data: data3 };
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
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.type, parentSchema: schema74, data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate40.errors = vErrors; return errors === 0; }
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate39.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema73, data };
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
        if (!(validate40(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
        }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
        outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
                if (func0(data[i1], data[j0])) {
                    const err1 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema73, data };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                    break outer0;
                }
            }
        }
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} validate39.errors = vErrors; return errors === 0; }
validate39.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate34.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.level === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property '" + "level" + "'", schema: schema65.required, parentSchema: schema65, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.label === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property '" + "label" + "'", schema: schema65.required, parentSchema: schema65, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema65.required, parentSchema: schema65, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.criteria === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "criteria" }, message: "must have required property '" + "criteria" + "'", schema: schema65.required, parentSchema: schema65, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.response_time === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "response_time" }, message: "must have required property '" + "response_time" + "'", schema: schema65.required, parentSchema: schema65, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((((key0 === "level") || (key0 === "label")) || (key0 === "name")) || (key0 === "criteria")) || (key0 === "response_time")) || (key0 === "postmortem")) || (key0 === "sinks"))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema65, data };
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
            const err6 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema65.properties.level.type, parentSchema: schema65.properties.level, data: data0 };
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
                const err7 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema65.properties.level, data: data0 };
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
    if (data.sinks !== undefined) {
        if (!(validate39(data.sinks, { instancePath: instancePath + "/sinks", parentData: data, parentDataProperty: "sinks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.type, parentSchema: schema65, data };
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
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema60.required, parentSchema: schema60, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema60.required, parentSchema: schema60, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.severities === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severities" }, message: "must have required property '" + "severities" + "'", schema: schema60.required, parentSchema: schema60, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
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
            const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "severities" }, message: "must be equal to constant", schema: "severities", parentSchema: schema60.properties.kind, data: data0 };
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
                const err5 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema60.properties.severities, data: data2 };
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
            const err6 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.severities.type, parentSchema: schema60.properties.severities, data: data2 };
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
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate31.errors = vErrors; return errors === 0; }
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_process = validate44;
const schema77 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/process.schema.json", "title": "playbook-ops process", "description": "kind: process. The phases of the incident response process, in order, with their steps.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "phases"], "properties": { "kind": { "description": "The document kind; always process in this file.", "const": "process" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "phases": { "description": "The phases in the order they happen; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/phase" } } }, "$defs": { "phase": { "title": "Phase", "description": "One phase of the response process.", "type": "object", "additionalProperties": false, "required": ["id", "name", "steps"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "Used by the /status PHASE command, e.g. initial-response." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The phase's name, e.g. Initial Response." }, "steps": { "description": "The steps of the phase, in order; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/step" } } } }, "step": { "title": "Step", "description": "A step of a phase: a plain text, or a title with its tasks.", "oneOf": [{ "$ref": "common.schema.json#/$defs/text" }, { "$ref": "#/$defs/titled-step" }] }, "titled-step": { "title": "Step with tasks", "description": "A step with a title and, optionally, the tasks it consists of.", "type": "object", "additionalProperties": false, "required": ["title"], "properties": { "title": { "$ref": "common.schema.json#/$defs/text", "description": "What the step is, e.g. Acknowledge the Alert." }, "tasks": { "$ref": "common.schema.json#/$defs/text-list", "description": "The tasks of the step, shown as a task list; at least one when present." } } } } };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate45.evaluated; if (evaluated0.dynamicProps) {
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
} validate45.errors = vErrors; return errors === 0; }
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema82 = { "title": "Phase", "description": "One phase of the response process.", "type": "object", "additionalProperties": false, "required": ["id", "name", "steps"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "Used by the /status PHASE command, e.g. initial-response." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The phase's name, e.g. Initial Response." }, "steps": { "description": "The steps of the phase, in order; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/step" } } } };
const schema85 = { "title": "Step", "description": "A step of a phase: a plain text, or a title with its tasks.", "oneOf": [{ "$ref": "common.schema.json#/$defs/text" }, { "$ref": "#/$defs/titled-step" }] };
const schema87 = { "title": "Step with tasks", "description": "A step with a title and, optionally, the tasks it consists of.", "type": "object", "additionalProperties": false, "required": ["title"], "properties": { "title": { "$ref": "common.schema.json#/$defs/text", "description": "What the step is, e.g. Acknowledge the Alert." }, "tasks": { "$ref": "common.schema.json#/$defs/text-list", "description": "The tasks of the step, shown as a task list; at least one when present." } } };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate50.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58, data };
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
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate50.errors = vErrors; return errors === 0; }
validate50.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate49.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'", schema: schema87.required, parentSchema: schema87, data };
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
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema87, data };
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
        if (!(validate50(data.tasks, { instancePath: instancePath + "/tasks", parentData: data, parentDataProperty: "tasks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema87.type, parentSchema: schema87, data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
} validate49.errors = vErrors; return errors === 0; }
validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate48.evaluated; if (evaluated0.dynamicProps) {
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
} const _errs4 = errors; if (!(validate49(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
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
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema85.oneOf, parentSchema: schema85, data };
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
} validate48.errors = vErrors; evaluated0.props = props0; return errors === 0; }
validate48.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate47.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema82.required, parentSchema: schema82, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema82.required, parentSchema: schema82, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.steps === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property '" + "steps" + "'", schema: schema82.required, parentSchema: schema82, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82, data };
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
            if (!pattern18.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data0 };
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
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data0 };
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
                const err8 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema82.properties.steps, data: data2 };
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
                if (!(validate48(data2[i0], { instancePath: instancePath + "/steps/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.steps.type, parentSchema: schema82.properties.steps, data: data2 };
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
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.type, parentSchema: schema82, data };
    if (vErrors === null) {
        vErrors = [err10];
    }
    else {
        vErrors.push(err10);
    }
    errors++;
} validate47.errors = vErrors; return errors === 0; }
validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/process.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate44.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema77.required, parentSchema: schema77, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema77.required, parentSchema: schema77, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.phases === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phases" }, message: "must have required property '" + "phases" + "'", schema: schema77.required, parentSchema: schema77, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema77, data };
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
            const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "process" }, message: "must be equal to constant", schema: "process", parentSchema: schema77.properties.kind, data: data0 };
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
        if (!(validate45(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
        }
    }
    if (data.phases !== undefined) {
        let data2 = data.phases;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err5 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema77.properties.phases, data: data2 };
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
                if (!(validate47(data2[i0], { instancePath: instancePath + "/phases/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema77.properties.phases.type, parentSchema: schema77.properties.phases, data: data2 };
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
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema77.type, parentSchema: schema77, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate44.errors = vErrors; return errors === 0; }
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_scenario = validate55;
const schema91 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/scenario.schema.json", "title": "playbook-ops scenario", "description": "kind: scenario. One common incident scenario per file: how to recognise it and the ordered response steps.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "id", "name", "symptoms", "steps"], "properties": { "kind": { "description": "The document kind; always scenario in this file.", "const": "scenario" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "id": { "$ref": "common.schema.json#/$defs/id", "description": "The scenario's id, used by the issue form and the scenario label, e.g. service-outage." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The scenario's name, e.g. Service Outage." }, "description": { "$ref": "common.schema.json#/$defs/text", "description": "What the scenario covers, in a sentence or two." }, "owner": { "$ref": "common.schema.json#/$defs/id", "description": "The id of the role that leads the response steps, e.g. tech." }, "symptoms": { "$ref": "common.schema.json#/$defs/text-list", "description": "How the scenario shows itself; at least one." }, "steps": { "$ref": "common.schema.json#/$defs/text-list", "description": "The response steps, in order; at least one." } } };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate56.evaluated; if (evaluated0.dynamicProps) {
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
} validate56.errors = vErrors; return errors === 0; }
validate56.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate58.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58, data };
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
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate58.errors = vErrors; return errors === 0; }
validate58.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/scenario.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate55.evaluated; if (evaluated0.dynamicProps) {
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
    if (data.id === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema91.required, parentSchema: schema91, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema91.required, parentSchema: schema91, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.symptoms === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "symptoms" }, message: "must have required property '" + "symptoms" + "'", schema: schema91.required, parentSchema: schema91, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.steps === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property '" + "steps" + "'", schema: schema91.required, parentSchema: schema91, data };
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
            const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema91, data };
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
            const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "scenario" }, message: "must be equal to constant", schema: "scenario", parentSchema: schema91.properties.kind, data: data0 };
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
        if (!(validate56(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
            errors = vErrors.length;
        }
    }
    if (data.id !== undefined) {
        let data2 = data.id;
        if (typeof data2 === "string") {
            if (!pattern18.test(data2)) {
                const err8 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data2 };
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
            const err9 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data2 };
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
            if (!pattern18.test(data5)) {
                const err14 = { instancePath: instancePath + "/owner", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data5 };
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
            const err15 = { instancePath: instancePath + "/owner", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data5 };
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
        if (!(validate58(data.symptoms, { instancePath: instancePath + "/symptoms", parentData: data, parentDataProperty: "symptoms", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
        }
    }
    if (data.steps !== undefined) {
        if (!(validate58(data.steps, { instancePath: instancePath + "/steps", parentData: data, parentDataProperty: "steps", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema91.type, parentSchema: schema91, data };
    if (vErrors === null) {
        vErrors = [err16];
    }
    else {
        vErrors.push(err16);
    }
    errors++;
} validate55.errors = vErrors; return errors === 0; }
validate55.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_communication = validate61;
const schema102 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/communication.schema.json", "title": "playbook-ops communication plan", "description": "kind: communication. Internal channels, the status-update cadence per severity and the external audiences.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "channels", "status_updates", "audiences"], "properties": { "kind": { "description": "The document kind; always communication in this file.", "const": "communication" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "channels": { "description": "Internal communication channels; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/channel" } }, "status_updates": { "description": "How often a status update is due, per severity; severities not listed have no cadence.", "type": "array", "items": { "$ref": "#/$defs/status-update" } }, "updates_by": { "$ref": "common.schema.json#/$defs/id", "description": "The id of the role that gives status updates, e.g. comms (the Communication Lead). When an update is overdue, the reminder mentions its holder; without one (or while nobody holds it), the incident's commander, else the first technical escalation level." }, "audiences": { "description": "External audiences and how they are told.", "type": "array", "items": { "$ref": "#/$defs/audience" } } }, "$defs": { "channel": { "title": "Channel", "description": "An internal communication channel.", "type": "object", "additionalProperties": false, "required": ["id", "name", "priority"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The channel's id, e.g. incident-chat-room." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "What the channel is, e.g. Dedicated incident response chat room." }, "priority": { "description": "primary for the default channel, secondary for the fallback or special cases.", "enum": ["primary", "secondary"] }, "use_for": { "$ref": "common.schema.json#/$defs/text", "description": "When to use the channel, in words, e.g. complex incidents." }, "url": { "$ref": "common.schema.json#/$defs/url", "description": "Where to join the channel." } } }, "status-update": { "title": "Status-update cadence", "description": "How often a status update is due for one severity.", "type": "object", "additionalProperties": false, "required": ["severity", "every"], "properties": { "severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label, e.g. sev-1." }, "every": { "$ref": "common.schema.json#/$defs/duration", "description": "The time between status updates, e.g. 30m." } } }, "audience": { "title": "Audience", "description": "An external audience and how it is told.", "type": "object", "additionalProperties": false, "required": ["id", "name", "means"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The audience's id, e.g. customers." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who is told, e.g. Customers." }, "means": { "$ref": "common.schema.json#/$defs/text-list", "description": "How the audience is told, e.g. Status page updates; at least one." }, "severities": { "description": "Severity labels this audience is told about; every severity when absent.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/label" } }, "when": { "$ref": "common.schema.json#/$defs/text", "description": "When the audience is told, in words, e.g. significant outages." } } } } };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate62.evaluated; if (evaluated0.dynamicProps) {
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
} validate62.errors = vErrors; return errors === 0; }
validate62.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema107 = { "title": "Channel", "description": "An internal communication channel.", "type": "object", "additionalProperties": false, "required": ["id", "name", "priority"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The channel's id, e.g. incident-chat-room." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "What the channel is, e.g. Dedicated incident response chat room." }, "priority": { "description": "primary for the default channel, secondary for the fallback or special cases.", "enum": ["primary", "secondary"] }, "use_for": { "$ref": "common.schema.json#/$defs/text", "description": "When to use the channel, in words, e.g. complex incidents." }, "url": { "$ref": "common.schema.json#/$defs/url", "description": "Where to join the channel." } } };
const schema111 = { "title": "URL", "description": "An http or https address, or a placeholder such as [URL].", "type": "string", "pattern": "^(?:https?://\\S+|\\[[^\\]]+\\])$" };
const pattern45 = new RegExp("^(?:https?://\\S+|\\[[^\\]]+\\])$", "u");
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate64.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema107.required, parentSchema: schema107, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema107.required, parentSchema: schema107, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.priority === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "priority" }, message: "must have required property '" + "priority" + "'", schema: schema107.required, parentSchema: schema107, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema107, data };
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
            if (!pattern18.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data0 };
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
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data0 };
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
            const err8 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/enum", keyword: "enum", params: { allowedValues: schema107.properties.priority.enum }, message: "must be equal to one of the allowed values", schema: schema107.properties.priority.enum, parentSchema: schema107.properties.priority, data: data2 };
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
            if (!pattern45.test(data4)) {
                const err11 = { instancePath: instancePath + "/url", schemaPath: "common.schema.json#/$defs/url/pattern", keyword: "pattern", params: { pattern: "^(?:https?://\\S+|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:https?://\\S+|\\[[^\\]]+\\])$" + "\"", schema: "^(?:https?://\\S+|\\[[^\\]]+\\])$", parentSchema: schema111, data: data4 };
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
            const err12 = { instancePath: instancePath + "/url", schemaPath: "common.schema.json#/$defs/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.type, parentSchema: schema111, data: data4 };
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
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema107.type, parentSchema: schema107, data };
    if (vErrors === null) {
        vErrors = [err13];
    }
    else {
        vErrors.push(err13);
    }
    errors++;
} validate64.errors = vErrors; return errors === 0; }
validate64.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema112 = { "title": "Status-update cadence", "description": "How often a status update is due for one severity.", "type": "object", "additionalProperties": false, "required": ["severity", "every"], "properties": { "severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label, e.g. sev-1." }, "every": { "$ref": "common.schema.json#/$defs/duration", "description": "The time between status updates, e.g. 30m." } } };
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate66.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.severity === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema112.required, parentSchema: schema112, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.every === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "every" }, message: "must have required property '" + "every" + "'", schema: schema112.required, parentSchema: schema112, data };
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
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112, data };
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.type, parentSchema: schema112, data };
    if (vErrors === null) {
        vErrors = [err9];
    }
    else {
        vErrors.push(err9);
    }
    errors++;
} validate66.errors = vErrors; return errors === 0; }
validate66.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema116 = { "title": "Audience", "description": "An external audience and how it is told.", "type": "object", "additionalProperties": false, "required": ["id", "name", "means"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The audience's id, e.g. customers." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who is told, e.g. Customers." }, "means": { "$ref": "common.schema.json#/$defs/text-list", "description": "How the audience is told, e.g. Status page updates; at least one." }, "severities": { "description": "Severity labels this audience is told about; every severity when absent.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/label" } }, "when": { "$ref": "common.schema.json#/$defs/text", "description": "When the audience is told, in words, e.g. significant outages." } } };
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate69.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58, data };
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
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate69.errors = vErrors; return errors === 0; }
validate69.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate68.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema116.required, parentSchema: schema116, data };
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
    if (data.means === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "means" }, message: "must have required property '" + "means" + "'", schema: schema116.required, parentSchema: schema116, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116, data };
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
            if (!pattern18.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data0 };
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
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data0 };
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
        if (!(validate69(data.means, { instancePath: instancePath + "/means", parentData: data, parentDataProperty: "means", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
        }
    }
    if (data.severities !== undefined) {
        let data3 = data.severities;
        if (Array.isArray(data3)) {
            if (data3.length < 1) {
                const err8 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema116.properties.severities, data: data3 };
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
                            const err13 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema116.properties.severities, data: data3 };
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
            const err14 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema116.properties.severities.type, parentSchema: schema116.properties.severities, data: data3 };
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
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema116.type, parentSchema: schema116, data };
    if (vErrors === null) {
        vErrors = [err17];
    }
    else {
        vErrors.push(err17);
    }
    errors++;
} validate68.errors = vErrors; return errors === 0; }
validate68.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/communication.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate61.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema102.required, parentSchema: schema102, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema102.required, parentSchema: schema102, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.channels === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "channels" }, message: "must have required property '" + "channels" + "'", schema: schema102.required, parentSchema: schema102, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.status_updates === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status_updates" }, message: "must have required property '" + "status_updates" + "'", schema: schema102.required, parentSchema: schema102, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.audiences === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "audiences" }, message: "must have required property '" + "audiences" + "'", schema: schema102.required, parentSchema: schema102, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((key0 === "kind") || (key0 === "review")) || (key0 === "channels")) || (key0 === "status_updates")) || (key0 === "updates_by")) || (key0 === "audiences"))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema102, data };
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
            const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "communication" }, message: "must be equal to constant", schema: "communication", parentSchema: schema102.properties.kind, data: data0 };
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
        if (!(validate62(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
        }
    }
    if (data.channels !== undefined) {
        let data2 = data.channels;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err7 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema102.properties.channels, data: data2 };
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
                if (!(validate64(data2[i0], { instancePath: instancePath + "/channels/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema102.properties.channels.type, parentSchema: schema102.properties.channels, data: data2 };
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
                if (!(validate66(data4[i1], { instancePath: instancePath + "/status_updates/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/status_updates", schemaPath: "#/properties/status_updates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema102.properties.status_updates.type, parentSchema: schema102.properties.status_updates, data: data4 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.updates_by !== undefined) {
        let data6 = data.updates_by;
        if (typeof data6 === "string") {
            if (!pattern18.test(data6)) {
                const err10 = { instancePath: instancePath + "/updates_by", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data6 };
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
            const err11 = { instancePath: instancePath + "/updates_by", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data6 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.audiences !== undefined) {
        let data7 = data.audiences;
        if (Array.isArray(data7)) {
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
                if (!(validate68(data7[i2], { instancePath: instancePath + "/audiences/" + i2, parentData: data7, parentDataProperty: i2, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/audiences", schemaPath: "#/properties/audiences/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema102.properties.audiences.type, parentSchema: schema102.properties.audiences, data: data7 };
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
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema102.type, parentSchema: schema102, data };
    if (vErrors === null) {
        vErrors = [err13];
    }
    else {
        vErrors.push(err13);
    }
    errors++;
} validate61.errors = vErrors; return errors === 0; }
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_escalation = validate72;
const schema123 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/escalation.schema.json", "title": "playbook-ops escalation", "description": "kind: escalation. Technical escalation levels for unacknowledged incidents and management escalation by severity. Contacts are referred to by their id in contacts.yaml.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "technical", "management"], "properties": { "kind": { "description": "The document kind; always escalation in this file.", "const": "escalation" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "technical": { "description": "The technical escalation levels, in ascending order; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/technical-level" } }, "management": { "description": "Who in management is notified for each severity, and how soon.", "type": "array", "items": { "$ref": "#/$defs/management-rule" } } }, "$defs": { "contact-ids": { "title": "Contact ids", "description": "Ids of contacts in contacts.yaml; at least one, no repeats.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/id" } }, "technical-level": { "title": "Technical escalation level", "description": "A level of technical escalation.", "type": "object", "additionalProperties": false, "required": ["level", "name", "contacts", "after"], "properties": { "level": { "description": "The level number: 1, 2, 3, ...", "type": "integer", "minimum": 1 }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who this level is, e.g. On-call engineer." }, "contacts": { "$ref": "#/$defs/contact-ids", "description": "Ids of the contacts paged at this level." }, "after": { "$ref": "common.schema.json#/$defs/duration", "description": "How long an unacknowledged incident waits before it moves to this level, e.g. 30m; 0m for the first level." }, "sinks": { "$ref": "common.schema.json#/$defs/sinks", "description": "Sinks a page of this level is delivered to, besides its contacts' sinks." } } }, "management-rule": { "title": "Management escalation rule", "description": "Management escalation for one severity.", "type": "object", "additionalProperties": false, "required": ["severity", "name", "notify"], "properties": { "severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label this rule applies to, e.g. sev-2." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "What the notification is, e.g. Director notification." }, "notify": { "$ref": "#/$defs/contact-ids", "description": "Ids of the contacts notified." }, "within": { "$ref": "common.schema.json#/$defs/duration", "description": "Deadline for the notification, from declaration of (or escalation to) this severity, e.g. 1h; no deadline when absent." } } } } };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate73.evaluated; if (evaluated0.dynamicProps) {
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
} validate73.errors = vErrors; return errors === 0; }
validate73.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema128 = { "title": "Technical escalation level", "description": "A level of technical escalation.", "type": "object", "additionalProperties": false, "required": ["level", "name", "contacts", "after"], "properties": { "level": { "description": "The level number: 1, 2, 3, ...", "type": "integer", "minimum": 1 }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who this level is, e.g. On-call engineer." }, "contacts": { "$ref": "#/$defs/contact-ids", "description": "Ids of the contacts paged at this level." }, "after": { "$ref": "common.schema.json#/$defs/duration", "description": "How long an unacknowledged incident waits before it moves to this level, e.g. 30m; 0m for the first level." }, "sinks": { "$ref": "common.schema.json#/$defs/sinks", "description": "Sinks a page of this level is delivered to, besides its contacts' sinks." } } };
const schema130 = { "title": "Contact ids", "description": "Ids of contacts in contacts.yaml; at least one, no repeats.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/id" } };
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate76.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema130, data };
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
            if (!pattern18.test(data0)) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data0 };
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
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data0 };
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
                    const err3 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema130, data };
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
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema130.type, parentSchema: schema130, data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
} validate76.errors = vErrors; return errors === 0; }
validate76.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate78.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema73, data };
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
        if (!(validate40(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
        }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
        outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
                if (func0(data[i1], data[j0])) {
                    const err1 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema73, data };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                    break outer0;
                }
            }
        }
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} validate78.errors = vErrors; return errors === 0; }
validate78.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate75.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.level === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property '" + "level" + "'", schema: schema128.required, parentSchema: schema128, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema128.required, parentSchema: schema128, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.contacts === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contacts" }, message: "must have required property '" + "contacts" + "'", schema: schema128.required, parentSchema: schema128, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.after === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "after" }, message: "must have required property '" + "after" + "'", schema: schema128.required, parentSchema: schema128, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "level") || (key0 === "name")) || (key0 === "contacts")) || (key0 === "after")) || (key0 === "sinks"))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema128, data };
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
            const err5 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema128.properties.level.type, parentSchema: schema128.properties.level, data: data0 };
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
                const err6 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema128.properties.level, data: data0 };
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
        if (!(validate76(data.contacts, { instancePath: instancePath + "/contacts", parentData: data, parentDataProperty: "contacts", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
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
    if (data.sinks !== undefined) {
        if (!(validate78(data.sinks, { instancePath: instancePath + "/sinks", parentData: data, parentDataProperty: "sinks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema128.type, parentSchema: schema128, data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate75.errors = vErrors; return errors === 0; }
validate75.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema134 = { "title": "Management escalation rule", "description": "Management escalation for one severity.", "type": "object", "additionalProperties": false, "required": ["severity", "name", "notify"], "properties": { "severity": { "$ref": "common.schema.json#/$defs/label", "description": "The severity label this rule applies to, e.g. sev-2." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "What the notification is, e.g. Director notification." }, "notify": { "$ref": "#/$defs/contact-ids", "description": "Ids of the contacts notified." }, "within": { "$ref": "common.schema.json#/$defs/duration", "description": "Deadline for the notification, from declaration of (or escalation to) this severity, e.g. 1h; no deadline when absent." } } };
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate82.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.severity === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema134.required, parentSchema: schema134, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema134.required, parentSchema: schema134, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.notify === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notify" }, message: "must have required property '" + "notify" + "'", schema: schema134.required, parentSchema: schema134, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema134, data };
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
        if (!(validate76(data.notify, { instancePath: instancePath + "/notify", parentData: data, parentDataProperty: "notify", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
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
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema134.type, parentSchema: schema134, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate82.errors = vErrors; return errors === 0; }
validate82.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/escalation.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate72.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema123.required, parentSchema: schema123, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema123.required, parentSchema: schema123, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.technical === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "technical" }, message: "must have required property '" + "technical" + "'", schema: schema123.required, parentSchema: schema123, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.management === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "management" }, message: "must have required property '" + "management" + "'", schema: schema123.required, parentSchema: schema123, data };
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
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema123, data };
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
            const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "escalation" }, message: "must be equal to constant", schema: "escalation", parentSchema: schema123.properties.kind, data: data0 };
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
        if (!(validate73(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
            errors = vErrors.length;
        }
    }
    if (data.technical !== undefined) {
        let data2 = data.technical;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err6 = { instancePath: instancePath + "/technical", schemaPath: "#/properties/technical/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema123.properties.technical, data: data2 };
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
                if (!(validate75(data2[i0], { instancePath: instancePath + "/technical/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/technical", schemaPath: "#/properties/technical/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema123.properties.technical.type, parentSchema: schema123.properties.technical, data: data2 };
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
                if (!(validate82(data4[i1], { instancePath: instancePath + "/management/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/management", schemaPath: "#/properties/management/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema123.properties.management.type, parentSchema: schema123.properties.management, data: data4 };
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema123.type, parentSchema: schema123, data };
    if (vErrors === null) {
        vErrors = [err9];
    }
    else {
        vErrors.push(err9);
    }
    errors++;
} validate72.errors = vErrors; return errors === 0; }
validate72.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_contacts = validate85;
const schema138 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/contacts.schema.json", "title": "playbook-ops contacts", "description": "kind: contacts. People and teams that can be paged or told, referred to by id from escalation rules.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "contacts"], "properties": { "kind": { "description": "The document kind; always contacts in this file.", "const": "contacts" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed; contacts go stale fastest." }, "contacts": { "description": "The contacts; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/contact" } } }, "$defs": { "contact": { "title": "Contact", "description": "A person or team that can be paged or told.", "type": "object", "additionalProperties": false, "required": ["id", "name", "category"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The contact's id, used by escalation rules, e.g. primary-on-call." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who the contact is, e.g. Primary On-Call." }, "category": { "description": "on-call (paged first), stakeholder (kept informed), vendor (external support) or staff (other people escalation names).", "enum": ["on-call", "stakeholder", "vendor", "staff"] }, "github": { "$ref": "common.schema.json#/$defs/github-handle", "description": "@user or @org/team to mention when paging; without it the contact cannot be paged on GitHub." }, "email": { "$ref": "common.schema.json#/$defs/email", "description": "Email address." }, "phone": { "$ref": "common.schema.json#/$defs/phone", "description": "Phone number." }, "contact": { "$ref": "common.schema.json#/$defs/text", "description": "Other contact details in words, e.g. a support portal and contract number." }, "sinks": { "$ref": "common.schema.json#/$defs/sinks", "description": "Sinks every page naming this contact is delivered to, e.g. the contact's PagerDuty service." } } } } };
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate86.evaluated; if (evaluated0.dynamicProps) {
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
} validate86.errors = vErrors; return errors === 0; }
validate86.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema143 = { "title": "Contact", "description": "A person or team that can be paged or told.", "type": "object", "additionalProperties": false, "required": ["id", "name", "category"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The contact's id, used by escalation rules, e.g. primary-on-call." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "Who the contact is, e.g. Primary On-Call." }, "category": { "description": "on-call (paged first), stakeholder (kept informed), vendor (external support) or staff (other people escalation names).", "enum": ["on-call", "stakeholder", "vendor", "staff"] }, "github": { "$ref": "common.schema.json#/$defs/github-handle", "description": "@user or @org/team to mention when paging; without it the contact cannot be paged on GitHub." }, "email": { "$ref": "common.schema.json#/$defs/email", "description": "Email address." }, "phone": { "$ref": "common.schema.json#/$defs/phone", "description": "Phone number." }, "contact": { "$ref": "common.schema.json#/$defs/text", "description": "Other contact details in words, e.g. a support portal and contract number." }, "sinks": { "$ref": "common.schema.json#/$defs/sinks", "description": "Sinks every page naming this contact is delivered to, e.g. the contact's PagerDuty service." } } };
const schema147 = { "title": "Email address", "description": "An email address such as oncall@example.com, or a placeholder such as [Email].", "type": "string", "maxLength": 254, "pattern": "^(?:[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+|\\[[^\\]]+\\])$" };
const schema148 = { "title": "Phone number", "description": "A phone number: digits with optional leading +, spaces, ( ) . / - and an optional extension (x123 or ext. 123), or a placeholder such as [Phone Number].", "type": "string", "maxLength": 40, "pattern": "^(?:\\+?[ ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\\.?) ?[0-9]+)?|\\[[^\\]]+\\])$" };
const pattern63 = new RegExp("^(?:[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+|\\[[^\\]]+\\])$", "u");
const pattern64 = new RegExp("^(?:\\+?[ ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\\.?) ?[0-9]+)?|\\[[^\\]]+\\])$", "u");
function validate89(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate89.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema73, data };
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
        if (!(validate40(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
        }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
        outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
                if (func0(data[i1], data[j0])) {
                    const err1 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema73, data };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                    break outer0;
                }
            }
        }
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} validate89.errors = vErrors; return errors === 0; }
validate89.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate88.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema143.required, parentSchema: schema143, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema143.required, parentSchema: schema143, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.category === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property '" + "category" + "'", schema: schema143.required, parentSchema: schema143, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((((key0 === "id") || (key0 === "name")) || (key0 === "category")) || (key0 === "github")) || (key0 === "email")) || (key0 === "phone")) || (key0 === "contact")) || (key0 === "sinks"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema143, data };
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
            if (!pattern18.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data0 };
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
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data0 };
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
            const err8 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema143.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema143.properties.category.enum, parentSchema: schema143.properties.category, data: data2 };
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
                const err11 = { instancePath: instancePath + "/email", schemaPath: "common.schema.json#/$defs/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters", schema: 254, parentSchema: schema147, data: data4 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (!pattern63.test(data4)) {
                const err12 = { instancePath: instancePath + "/email", schemaPath: "common.schema.json#/$defs/email/pattern", keyword: "pattern", params: { pattern: "^(?:[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+|\\[[^\\]]+\\])$" + "\"", schema: "^(?:[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+|\\[[^\\]]+\\])$", parentSchema: schema147, data: data4 };
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
            const err13 = { instancePath: instancePath + "/email", schemaPath: "common.schema.json#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema147.type, parentSchema: schema147, data: data4 };
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
                const err14 = { instancePath: instancePath + "/phone", schemaPath: "common.schema.json#/$defs/phone/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema148, data: data5 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
            if (!pattern64.test(data5)) {
                const err15 = { instancePath: instancePath + "/phone", schemaPath: "common.schema.json#/$defs/phone/pattern", keyword: "pattern", params: { pattern: "^(?:\\+?[ ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\\.?) ?[0-9]+)?|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:\\+?[ ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\\.?) ?[0-9]+)?|\\[[^\\]]+\\])$" + "\"", schema: "^(?:\\+?[ ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\\.?) ?[0-9]+)?|\\[[^\\]]+\\])$", parentSchema: schema148, data: data5 };
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
            const err16 = { instancePath: instancePath + "/phone", schemaPath: "common.schema.json#/$defs/phone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema148.type, parentSchema: schema148, data: data5 };
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
    if (data.sinks !== undefined) {
        if (!(validate89(data.sinks, { instancePath: instancePath + "/sinks", parentData: data, parentDataProperty: "sinks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema143.type, parentSchema: schema143, data };
    if (vErrors === null) {
        vErrors = [err19];
    }
    else {
        vErrors.push(err19);
    }
    errors++;
} validate88.errors = vErrors; return errors === 0; }
validate88.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/contacts.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate85.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema138.required, parentSchema: schema138, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema138.required, parentSchema: schema138, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.contacts === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contacts" }, message: "must have required property '" + "contacts" + "'", schema: schema138.required, parentSchema: schema138, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema138, data };
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
            const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "contacts" }, message: "must be equal to constant", schema: "contacts", parentSchema: schema138.properties.kind, data: data0 };
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
        if (!(validate86(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
            errors = vErrors.length;
        }
    }
    if (data.contacts !== undefined) {
        let data2 = data.contacts;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err5 = { instancePath: instancePath + "/contacts", schemaPath: "#/properties/contacts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema138.properties.contacts, data: data2 };
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
                if (!(validate88(data2[i0], { instancePath: instancePath + "/contacts/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/contacts", schemaPath: "#/properties/contacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema138.properties.contacts.type, parentSchema: schema138.properties.contacts, data: data2 };
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
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema138.type, parentSchema: schema138, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate85.errors = vErrors; return errors === 0; }
validate85.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_postmortem = validate93;
const schema151 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/postmortem.schema.json", "title": "playbook-ops post-mortem", "description": "kind: postmortem. The sections every post-mortem has and the practices that keep the process current. Which severities need one, and by when, is set per severity in severities.yaml.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "elements", "continuous_improvement"], "properties": { "kind": { "description": "The document kind; always postmortem in this file.", "const": "postmortem" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "elements": { "description": "The sections every post-mortem has, in order; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/element" } }, "continuous_improvement": { "$ref": "common.schema.json#/$defs/text-list", "description": "Practices that keep the incident process current; at least one." }, "reviewers": { "description": "The roles (ids from roles.yaml) whose holders are asked to review each post-mortem pull request and are reminded when it is overdue, e.g. [ic, tech]. Default: the role with commander: true.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/id" } } }, "$defs": { "element": { "title": "Post-mortem element", "description": "One section of a post-mortem.", "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The section's id, e.g. root-cause." }, "title": { "$ref": "common.schema.json#/$defs/text", "description": "The section's heading, e.g. Root cause analysis." }, "description": { "$ref": "common.schema.json#/$defs/text", "description": "What the section should contain, shown as a prompt in the post-mortem." } } } } };
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate94.evaluated; if (evaluated0.dynamicProps) {
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
} validate94.errors = vErrors; return errors === 0; }
validate94.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema156 = { "title": "Post-mortem element", "description": "One section of a post-mortem.", "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The section's id, e.g. root-cause." }, "title": { "$ref": "common.schema.json#/$defs/text", "description": "The section's heading, e.g. Root cause analysis." }, "description": { "$ref": "common.schema.json#/$defs/text", "description": "What the section should contain, shown as a prompt in the post-mortem." } } };
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate96.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema156.required, parentSchema: schema156, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.title === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'", schema: schema156.required, parentSchema: schema156, data };
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
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema156, data };
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
            if (!pattern18.test(data0)) {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data0 };
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
            const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data0 };
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema156.type, parentSchema: schema156, data };
    if (vErrors === null) {
        vErrors = [err9];
    }
    else {
        vErrors.push(err9);
    }
    errors++;
} validate96.errors = vErrors; return errors === 0; }
validate96.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate98.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58, data };
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
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate98.errors = vErrors; return errors === 0; }
validate98.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/postmortem.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate93.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema151.required, parentSchema: schema151, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema151.required, parentSchema: schema151, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.elements === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "elements" }, message: "must have required property '" + "elements" + "'", schema: schema151.required, parentSchema: schema151, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.continuous_improvement === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "continuous_improvement" }, message: "must have required property '" + "continuous_improvement" + "'", schema: schema151.required, parentSchema: schema151, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "kind") || (key0 === "review")) || (key0 === "elements")) || (key0 === "continuous_improvement")) || (key0 === "reviewers"))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema151, data };
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
            const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "postmortem" }, message: "must be equal to constant", schema: "postmortem", parentSchema: schema151.properties.kind, data: data0 };
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
        if (!(validate94(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
            errors = vErrors.length;
        }
    }
    if (data.elements !== undefined) {
        let data2 = data.elements;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err6 = { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema151.properties.elements, data: data2 };
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
                if (!(validate96(data2[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema151.properties.elements.type, parentSchema: schema151.properties.elements, data: data2 };
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
        if (!(validate98(data.continuous_improvement, { instancePath: instancePath + "/continuous_improvement", parentData: data, parentDataProperty: "continuous_improvement", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
            errors = vErrors.length;
        }
    }
    if (data.reviewers !== undefined) {
        let data5 = data.reviewers;
        if (Array.isArray(data5)) {
            if (data5.length < 1) {
                const err8 = { instancePath: instancePath + "/reviewers", schemaPath: "#/properties/reviewers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema151.properties.reviewers, data: data5 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data6 = data5[i1];
                if (typeof data6 === "string") {
                    if (!pattern18.test(data6)) {
                        const err9 = { instancePath: instancePath + "/reviewers/" + i1, schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data6 };
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
                    const err10 = { instancePath: instancePath + "/reviewers/" + i1, schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            let i2 = data5.length;
            let j0;
            if (i2 > 1) {
                outer0: for (; i2--;) {
                    for (j0 = i2; j0--;) {
                        if (func0(data5[i2], data5[j0])) {
                            const err11 = { instancePath: instancePath + "/reviewers", schemaPath: "#/properties/reviewers/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema151.properties.reviewers, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/reviewers", schemaPath: "#/properties/reviewers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema151.properties.reviewers.type, parentSchema: schema151.properties.reviewers, data: data5 };
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
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema151.type, parentSchema: schema151, data };
    if (vErrors === null) {
        vErrors = [err13];
    }
    else {
        vErrors.push(err13);
    }
    errors++;
} validate93.errors = vErrors; return errors === 0; }
validate93.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validate_tools = validate100;
const schema163 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://playbook-ops.github.io/schemas/v1/tools.schema.json", "title": "playbook-ops tools", "description": "kind: tools. Tools and resources used during incidents, by category.", "type": "object", "additionalProperties": false, "required": ["kind", "review", "categories"], "properties": { "kind": { "description": "The document kind; always tools in this file.", "const": "tools" }, "review": { "$ref": "common.schema.json#/$defs/review", "description": "Who owns this file and when it was last reviewed." }, "categories": { "description": "Tool categories, e.g. Monitoring and Alerting; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/category" } } }, "$defs": { "category": { "title": "Tool category", "description": "A group of tools with a common purpose.", "type": "object", "additionalProperties": false, "required": ["id", "name", "tools"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The category's id, e.g. monitoring." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The category's name, e.g. Monitoring and Alerting." }, "tools": { "description": "The tools in this category; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/tool" } } } }, "tool": { "title": "Tool", "description": "A tool or resource, optionally with a link.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/text", "description": "The tool's name, e.g. PagerDuty." }, "purpose": { "$ref": "common.schema.json#/$defs/text", "description": "What the tool is used for, e.g. alerting and on-call management." }, "url": { "$ref": "common.schema.json#/$defs/url", "description": "Where to find the tool." } } } } };
function validate101(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate101.evaluated; if (evaluated0.dynamicProps) {
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
} validate101.errors = vErrors; return errors === 0; }
validate101.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema168 = { "title": "Tool category", "description": "A group of tools with a common purpose.", "type": "object", "additionalProperties": false, "required": ["id", "name", "tools"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "The category's id, e.g. monitoring." }, "name": { "$ref": "common.schema.json#/$defs/text", "description": "The category's name, e.g. Monitoring and Alerting." }, "tools": { "description": "The tools in this category; at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/tool" } } } };
const schema171 = { "title": "Tool", "description": "A tool or resource, optionally with a link.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/text", "description": "The tool's name, e.g. PagerDuty." }, "purpose": { "$ref": "common.schema.json#/$defs/text", "description": "What the tool is used for, e.g. alerting and on-call management." }, "url": { "$ref": "common.schema.json#/$defs/url", "description": "Where to find the tool." } } };
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate104.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema171.required, parentSchema: schema171, data };
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
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema171, data };
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
            if (!pattern45.test(data2)) {
                const err6 = { instancePath: instancePath + "/url", schemaPath: "common.schema.json#/$defs/url/pattern", keyword: "pattern", params: { pattern: "^(?:https?://\\S+|\\[[^\\]]+\\])$" }, message: "must match pattern \"" + "^(?:https?://\\S+|\\[[^\\]]+\\])$" + "\"", schema: "^(?:https?://\\S+|\\[[^\\]]+\\])$", parentSchema: schema111, data: data2 };
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
            const err7 = { instancePath: instancePath + "/url", schemaPath: "common.schema.json#/$defs/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.type, parentSchema: schema111, data: data2 };
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
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema171.type, parentSchema: schema171, data };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate104.errors = vErrors; return errors === 0; }
validate104.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate103.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema168.required, parentSchema: schema168, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema168.required, parentSchema: schema168, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.tools === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property '" + "tools" + "'", schema: schema168.required, parentSchema: schema168, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema168, data };
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
            if (!pattern18.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema47, data: data0 };
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
            const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data0 };
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
                const err8 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema168.properties.tools, data: data2 };
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
                if (!(validate104(data2[i0], { instancePath: instancePath + "/tools/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema168.properties.tools.type, parentSchema: schema168.properties.tools, data: data2 };
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
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema168.type, parentSchema: schema168, data };
    if (vErrors === null) {
        vErrors = [err10];
    }
    else {
        vErrors.push(err10);
    }
    errors++;
} validate103.errors = vErrors; return errors === 0; }
validate103.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://playbook-ops.github.io/schemas/v1/tools.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate100.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema163.required, parentSchema: schema163, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.review === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property '" + "review" + "'", schema: schema163.required, parentSchema: schema163, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.categories === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property '" + "categories" + "'", schema: schema163.required, parentSchema: schema163, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema163, data };
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
            const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "tools" }, message: "must be equal to constant", schema: "tools", parentSchema: schema163.properties.kind, data: data0 };
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
        if (!(validate101(data.review, { instancePath: instancePath + "/review", parentData: data, parentDataProperty: "review", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
            errors = vErrors.length;
        }
    }
    if (data.categories !== undefined) {
        let data2 = data.categories;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err5 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema163.properties.categories, data: data2 };
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
                if (!(validate103(data2[i0], { instancePath: instancePath + "/categories/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema163.properties.categories.type, parentSchema: schema163.properties.categories, data: data2 };
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
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema163.type, parentSchema: schema163, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate100.errors = vErrors; return errors === 0; }
validate100.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
    // Stryker disable next-line ArrayDeclaration: ajv sets errors whenever validation fails
    return validate(document) ? [] : [...(validate.errors ?? [])];
}

;// CONCATENATED MODULE: ./dist/src/config/check-files.js
/** The checks of each file on its own: read, parse, classify, schema. What a set and a lone file share. */







/**
 * Records that a file that was not read or parsed was probably of kind `kind`, so that kind is not
 * also reported missing; when nothing tells its kind, it could have been any of them.
 */
function suspect(guessed, kind) {
    for (const each of kind === null ? DOC_KINDS : [kind])
        guessed.add(each);
}
/** Reads, parses, classifies and schema-checks each of `texts` on its own. */
function checkFiles(texts, limits) {
    const diagnostics = [];
    const kinded = [];
    const guessed = new Set();
    for (const text of texts) {
        if (!('text' in text)) {
            diagnostics.push(unreadFileDiagnostic(text, limits.maxBytes));
            suspect(guessed, guessKind(text.file, null));
            continue;
        }
        const result = parseYaml(text.text, limits);
        if (!result.ok) {
            diagnostics.push(yamlProblemDiagnostic(text.file, result.problem));
            suspect(guessed, guessKind(text.file, text.text));
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
    return { diagnostics, kinded, guessed };
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
        if (all.length !== 1)
            return null;
        const [only] = all;
        return only.valid ? only : null;
    }
}

// EXTERNAL MODULE: ./dist/src/config/find-files.js
var find_files = __webpack_require__(6403);
// EXTERNAL MODULE: ./dist/src/config/read-files.js
var read_files = __webpack_require__(1304);
;// CONCATENATED MODULE: ./dist/src/config/resolve-alerts.js

/** How long after resolution a firing alert reopens its incident, unless the playbooks say otherwise. */
const DEFAULT_REOPEN_WITHIN = '1h';
function severity(set, label) {
    const found = set.severities.find((candidate) => candidate.label === label);
    if (found === undefined)
        throw new Error(`playbook-ops: unchecked severity "${label}" reached the resolver`);
    return found;
}
function scenario(set, id) {
    const found = set.scenarios.find((candidate) => candidate.id === id);
    if (found === undefined)
        throw new Error(`playbook-ops: unchecked scenario "${id}" reached the resolver`);
    return found;
}
/** `section` resolved against the severities and scenarios of `set`. */
function resolveAlerts(section, set) {
    const written = section.reopen_within ?? DEFAULT_REOPEN_WITHIN;
    const reopen = parseDuration(written);
    // Stryker disable next-line ConditionalExpression,StringLiteral: the schema's duration pattern is parseDuration's, so a valid reopen_within parses
    if (reopen === null)
        throw new Error(`playbook-ops: unchecked duration "${written}" reached the resolver`);
    return {
        defaultSeverity: severity(set, section.default_severity),
        rules: (section.rules ?? []).map((rule) => ({
            match: { ...rule.match },
            severity: rule.severity === undefined ? null : severity(set, rule.severity),
            scenario: rule.scenario === undefined ? null : scenario(set, rule.scenario),
        })),
        resolve: section.resolve ?? false,
        reopenWithinMinutes: reopen,
    };
}

;// CONCATENATED MODULE: ./dist/src/config/resolve-sinks.js
/** PagerDuty's Events API v2 endpoint (US service region). */
const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';
/** The resolved sink of `doc`. */
function resolveSink(doc) {
    // Here rather than a module constant, so that mutation testing can switch its names.
    const typeNames = { slack: 'Slack', teams: 'Teams', pagerduty: 'PagerDuty', webhook: 'Webhook' };
    return {
        id: `${doc.type}:${doc.secret}`,
        type: doc.type,
        secret: doc.secret,
        name: doc.name ?? `${typeNames[doc.type]} ${doc.secret}`,
        url: doc.type === 'pagerduty' ? (doc.url ?? PAGERDUTY_EVENTS_URL) : doc.type === 'webhook' ? (doc.url ?? null) : null,
    };
}
/**
 * `{ sinks }` resolved, to spread into a contact, level or severity; nothing when the YAML names
 * none, so a set without sinks resolves (and its cards digest) exactly as before sinks existed.
 */
function resolveSinks(docs) {
    return docs === undefined ? {} : { sinks: docs.map(resolveSink) };
}

;// CONCATENATED MODULE: ./dist/src/config/resolve.js
/**
 * Resolving a checked set of documents into the {@link PlaybookSet} the engine uses: durations
 * in minutes, references replaced by the objects they name, severities ordered by level.
 * Only called when validation found no errors, so every lookup here succeeds.
 */




function minutes(text) {
    const value = parseDuration(text);
    // Stryker disable next-line ConditionalExpression,StringLiteral: the schemas' duration pattern is parseDuration's, so a valid document's durations all parse
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
// The set's documents are in path order already (findYamlFiles sorts the files), which is the order
// the model promises for reviews and scenarios.
function reviews(set, defaultCadence) {
    return set.documents.map((document) => {
        const review = document.value.review;
        const cadenceMinutes = review.cadence === undefined ? defaultCadence : minutes(review.cadence);
        return {
            file: document.file,
            owners: review.owners,
            lastReviewed: review.last_reviewed,
            cadenceMinutes,
            nextDue: (0,calendar_date/* addMinutesToDate */.W)(review.last_reviewed, cadenceMinutes),
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
        ...resolveSinks(contact.sinks),
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
        ...resolveSinks(severity.sinks),
        source: sourceOf(severitiesDoc, `/severities/${index}`),
    }))
        .sort((a, b) => a.level - b.level);
    const reviewCadenceMinutes = minutes(settings.value.review_cadence);
    const resolved = {
        name: settings.value.name,
        overview: settings.value.overview ?? null,
        incidentLabel: settings.value.incident_label ?? 'incident',
        minimumPermission: settings.value.minimum_permission ?? 'triage',
        trustReporters: settings.value.trust_reporters ?? false,
        slaMissedLabel: settings.value.sla_missed_label ?? 'sla-missed',
        defaultSeverity: severities.find((severity) => severity.label === settings.value.default_severity) ?? null,
        reviewCadenceMinutes,
        reviewWindowMinutes: minutes(settings.value.review_window ?? '14d'),
        roles,
        severities,
        phases: processDoc.value.phases.map((phase, index) => ({
            id: phase.id,
            name: phase.name,
            steps: phase.steps.map(step),
            source: sourceOf(processDoc, `/phases/${index}`),
        })),
        scenarios: set.valid('scenario').map((document) => ({
            id: document.value.id,
            name: document.value.name,
            description: document.value.description ?? null,
            owner: document.value.owner === undefined ? null : lookup(roles, document.value.owner),
            symptoms: document.value.symptoms,
            steps: document.value.steps,
            // Stryker disable next-line StringLiteral: a pointer with no node falls back to the root, which '' names
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
            updatesBy: communication.value.updates_by === undefined ? null : lookup(roles, communication.value.updates_by),
        },
        escalation: {
            technical: escalation.value.technical.map((level, index) => ({
                level: level.level,
                name: level.name,
                contacts: level.contacts.map((id) => lookup(contacts, id)),
                afterMinutes: minutes(level.after),
                ...resolveSinks(level.sinks),
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
            path: settings.value.postmortem_path ?? 'postmortems',
            reviewers: postmortem.value.reviewers === undefined ? roles.filter((role) => role.commander) : postmortem.value.reviewers.map((id) => lookup(roles, id)),
            overdueLabel: settings.value.postmortem_overdue_label ?? 'postmortem-overdue',
        },
        tools: tools.value.categories.map((category) => ({
            id: category.id,
            name: category.name,
            tools: category.tools.map((tool) => ({ name: tool.name, purpose: tool.purpose ?? null, url: tool.url ?? null })),
        })),
        reviews: reviews(set, reviewCadenceMinutes),
    };
    const alerts = settings.value.alerts;
    return alerts === undefined ? resolved : { ...resolved, alerts: resolveAlerts(alerts, resolved) };
}

;// CONCATENATED MODULE: ./dist/src/config/sort-diagnostics.js
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A sorted copy of `diagnostics`: set-level last, else file, line, column, then rule and message for a stable order. */
function sortDiagnostics(diagnostics) {
    return [...diagnostics].sort((a, b) => Number(a.file === '') - Number(b.file === '') ||
        compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.message, b.message));
}

// EXTERNAL MODULE: ./dist/src/config/yaml-limits.js
var yaml_limits = __webpack_require__(4206);
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
        return await (0,find_files/* findYamlFiles */.Ev)(dir);
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
    const limits = { ...yaml_limits/* DEFAULT_YAML_LIMITS */.f, ...options.limits };
    const files = await listFiles(dir);
    const texts = (0,read_files/* readFiles */.Ul)(dir, files, limits.maxBytes);
    const { diagnostics, kinded, guessed } = checkFiles(texts, limits);
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


/***/ }),

/***/ 4206:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DEFAULT_YAML_LIMITS)
/* harmony export */ });
/** Limits that keep hostile or broken YAML from exhausting memory or time. */
/** The defaults: far above any real playbook, far below what hurts. */
const DEFAULT_YAML_LIMITS = {
    maxBytes: 1024 * 1024,
    maxDepth: 64,
    maxAliases: 100,
    maxNodes: 1_000_000,
};


/***/ }),

/***/ 688:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ cardEffect),
/* harmony export */   e: () => (/* binding */ cardRecord)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _declared_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6142);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4139);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify({ format: CARD_FORMAT, shown, record })).digest('hex').slice(0, 16);
}
/**
 * What the card records when it shows `card`, its digest included. `due` is the incident's next
 * deadline and `seen` what the bot saw of the issue (seen.ts), which the card records for the sweep.
 * What the bot saw is not part of the digest: a comment that changes nothing else costs an event's
 * run no write.
 */
function cardRecord(card, due, seen) {
    const { incident } = card;
    const deliveries = card.deliveries;
    const content = {
        pin: (0,_pin_js__WEBPACK_IMPORTED_MODULE_2__/* .pinToRecord */ .W)(card.playbook.sha),
        declared: (0,_declared_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .recordDeclared */ .Q)(incident.declaredSeverity),
        judged: incident.judged,
        accepted: [],
        reporter: incident.report === null ? 'trusted' : 'report',
        ticks: card.ticks,
        due,
        phase: incident.resolution === null ? incident.phase.id : null,
        ...(deliveries === undefined || deliveries.sent.length === 0 ? {} : { sent: deliveries.sent }),
        ...(deliveries === undefined || deliveries.failed.length === 0 ? {} : { failed: deliveries.failed }),
    };
    return { ...content, seen, digest: digest(card, content) };
}
/**
 * The card effect for `card`, or none when the card on the issue already shows and records exactly
 * this. `due` and `seen` as in {@link cardRecord}; with `seen.refresh` (a sweep) a card whose record
 * of the issue is out of date is rewritten too, so the incident the sweep had to read because of
 * that change is quiet again for the next sweep.
 */
function cardEffect(card, ledger, due, seen) {
    const record = cardRecord(card, due, seen.fingerprint);
    const stale = seen.refresh && ledger.card?.record.seen !== seen.fingerprint;
    if (ledger.card?.record.digest === record.digest && !stale)
        return [];
    return [{ kind: 'card', card, record, commentId: ledger.card?.commentId ?? null }];
}


/***/ }),

/***/ 2693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ parseCommands)
});

// EXTERNAL MODULE: ./dist/src/markdown/blocks.js + 3 modules
var blocks = __webpack_require__(1441);
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

// EXTERNAL MODULE: ./dist/src/markdown/text-lines.js
var text_lines = __webpack_require__(5126);
// EXTERNAL MODULE: ./dist/src/config/suggest.js
var suggest = __webpack_require__(266);
// EXTERNAL MODULE: ./dist/src/engine/help.js
var help = __webpack_require__(8285);
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
const USAGE = new Map((0,help/* commandHelp */.b)().map(({ usage }) => [usage.slice(1).split(' ')[0], usage]));
function isCommandName(word) {
    return Object.hasOwn(NAMES, word);
}
/** The command `word` was likely meant to be: a typo of one, or one with more letters (`/acknowledge`); null for other words. */
function closestCommand(word) {
    // Stryker disable next-line MethodExpression: every key of NAMES is a command name; the filter only tells the compiler so
    const names = Object.keys(NAMES).filter(isCommandName);
    const match = (0,suggest/* closestMatch */.h)(word, names);
    return names.find((name) => name === match) ?? names.find((name) => name.length >= 3 && word.startsWith(name)) ?? null;
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
    const { starts } = (0,text_lines/* textLines */.Fy)(text);
    text.split('\n').forEach((content, index) => {
        const match = COMMAND_START.exec(content);
        if (match === null)
            return;
        const word = match[1].toLowerCase();
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
    const text = (0,text_lines/* normalizeText */.fQ)(body);
    const found = candidates(text);
    // Stryker disable next-line ConditionalExpression: a shortcut; without candidates the loop adds nothing, this only skips scanning the blocks
    if (found.length === 0)
        return [];
    const scan = (0,blocks/* scanBlocks */.g)(text);
    const unread = cursor(scan.unread);
    const paragraph = cursor(scan.paragraphs);
    const commentEnds = new CommentEnds(text);
    const hidden = new Map();
    const parsed = [];
    for (const { line, slash, word, command, rest } of found) {
        // Every command has its line in the help (a test of commandHelp says so).
        const usage = USAGE.get(command);
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


/***/ }),

/***/ 1229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ nextDeadline),
/* harmony export */   Ty: () => (/* binding */ dueReminder),
/* harmony export */   yZ: () => (/* binding */ withDeadlines)
/* harmony export */ });
/* unused harmony export missedResponses */
/* harmony import */ var _escalation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7583);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(275);


function counts(state) {
    return state.report === null || state.report.confirmed !== null;
}
/** The response time still running, if nobody has acknowledged the open incident yet. */
function openResponseWindow(state) {
    const { respondBy: due, severity } = state;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the fold sets respondBy with the severity and clears neither, so either check alone decides
    if (due === null || severity === null)
        return null;
    if (state.acknowledged !== null || state.resolution !== null || !counts(state))
        return null;
    return { severity: { label: severity.label, name: severity.name, responseMinutes: severity.responseMinutes }, due };
}
/** Every response time missed by `now`: those the history closed, and the running one if it has run out. */
function missedResponses(state, now) {
    const running = openResponseWindow(state);
    const missed = [...state.missedResponses];
    if (running !== null && !(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isBefore */ .Y8)(now, running.due) && !missed.some((entry) => entry.due === running.due))
        missed.push(running);
    return missed;
}
/**
 * `state` with what the clock says by `now` added to its timeline: one entry per missed response
 * time, at the moment it ran out (in time order with the rest), by playbook-ops as the card names
 * the pages it sent.
 */
function withDeadlines(state, now) {
    const missed = missedResponses(state, now);
    if (missed.length === 0)
        return state;
    const entries = missed.map((entry) => ({
        at: entry.due,
        actor: 'playbook-ops',
        text: `Response time missed: nobody acknowledged ${entry.severity.label.toUpperCase()} (${entry.severity.name}) within ${entry.severity.responseMinutes} min`,
    }));
    const timeline = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .inTimeOrder */ .xM)([...state.timeline, ...entries]);
    return { ...state, missedResponses: missed, timeline };
}
/** The update cadence that applies now: from when its windows count, and how long each is. */
function cadence(state) {
    const everyMinutes = state.severity?.updateEveryMinutes ?? null;
    // Stryker disable next-line ConditionalExpression: `null <= 0` holds too, so the null check only narrows the type
    if (everyMinutes === null || everyMinutes <= 0)
        return null;
    // The fold leaves nextUpdateDue null for a resolved incident.
    if (state.nextUpdateDue === null || !counts(state))
        return null;
    return { since: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .addMinutes */ .z5)(state.nextUpdateDue, -everyMinutes), everyMinutes };
}
/** How many whole update windows have closed by `now`. */
function closedWindows(since, everyMinutes, now) {
    return Math.max(0, Math.floor((Date.parse(now) - Date.parse(since)) / (everyMinutes * 60_000)));
}
/**
 * Who an overdue update is asked of: the holders of the playbooks' `updates_by` role, else the
 * incident's commander, else the first technical escalation level.
 */
function askedOf(state, set) {
    const role = set.communication.updatesBy;
    if (role !== null) {
        const holders = state.roles[role.id] ?? [];
        if (holders.length > 0)
            return { kind: 'role', name: role.name, logins: holders };
    }
    if (state.commander !== null) {
        const commander = set.roles.find((candidate) => candidate.commander);
        // Stryker disable next-line OptionalChaining,StringLiteral: the fold names a commander only through the set's commander role
        return { kind: 'role', name: commander?.name ?? 'Incident commander', logins: [state.commander] };
    }
    const first = set.escalation.technical[0];
    // Stryker disable next-line all: the schema requires one technical level at least (escalation.schema.json)
    if (first === undefined)
        return { kind: 'level', name: 'the on-call engineer', level: 1, contacts: [] };
    return { kind: 'level', name: first.name, level: first.level, contacts: (0,_escalation_js__WEBPACK_IMPORTED_MODULE_1__/* .technicalContacts */ .j5)(first) };
}
/**
 * The reminder due at `now`, or null: for the latest update window that closed without an update.
 * Earlier windows that closed while no run happened get none (their marker never exists), so
 * however late a run is, it reminds once.
 */
function dueReminder(state, set, now) {
    const current = cadence(state);
    // Stryker disable next-line ConditionalExpression: a cadence comes from the severity, so it is set; the check narrows the type
    if (current === null || state.severity === null)
        return null;
    const closed = closedWindows(current.since, current.everyMinutes, now);
    if (closed === 0)
        return null;
    const due = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeSeconds */ .$P)((0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .addMinutes */ .z5)(current.since, closed * current.everyMinutes));
    const last = state.updates.at(-1);
    return {
        marker: { kind: 'update-reminder', due: Date.parse(due) / 1000 },
        message: {
            type: 'update-reminder',
            severity: { label: state.severity.label, name: state.severity.name },
            everyMinutes: current.everyMinutes,
            due,
            missed: closed,
            lastUpdate: last === undefined ? null : last.at,
            to: askedOf(state, set),
        },
    };
}
/**
 * The next instant after `now` at which something falls due on this incident (a response time, an
 * escalation level, the end of an update window), or null when nothing will without a change.
 */
function nextDeadline(state, set, now) {
    const candidates = [];
    const running = openResponseWindow(state);
    if (running !== null && (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isBefore */ .Y8)(now, running.due))
        candidates.push(running.due);
    const escalation = (0,_escalation_js__WEBPACK_IMPORTED_MODULE_1__/* .nextEscalation */ .H9)(state, set, now);
    if (escalation !== null)
        candidates.push(escalation.at);
    const current = cadence(state);
    if (current !== null)
        candidates.push((0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .addMinutes */ .z5)(current.since, (closedWindows(current.since, current.everyMinutes, now) + 1) * current.everyMinutes));
    const next = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .earliest */ .Qd)(candidates);
    return next === null ? null : (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeSeconds */ .$P)(next);
}


/***/ }),

/***/ 6142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ declaredSeverity),
/* harmony export */   Q: () => (/* binding */ recordDeclared)
/* harmony export */ });
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9262);

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
    return set.severities.find((severity) => (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .markerPart */ .Ei)(severity.label) === recorded);
}
/** How the card records the declared severity `label` (null: the form named none). */
function recordDeclared(label) {
    return label === null ? NO_DECLARED_SEVERITY : (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .markerPart */ .Ei)(label);
}


/***/ }),

/***/ 4290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c_: () => (/* binding */ settleDeliveries),
/* harmony export */   cs: () => (/* binding */ planDeliveries),
/* harmony export */   nj: () => (/* binding */ MAX_DELIVERY_RUNS)
/* harmony export */ });
/* unused harmony export owedDeliveries */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9262);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(275);
/**
 * Which deliveries to sinks outside GitHub an incident owes, and which of them are still to send.
 * Every page the engine decides goes to the sinks its severity, its escalation level and the
 * contacts it names list; an acknowledgement and a resolution follow to the same sinks (PagerDuty
 * acknowledges and resolves the alerts it was sent, by their dedup keys), and each status update
 * goes to the chat sinks and webhooks. Each delivery has a key; the card records the keys sent, so
 * none goes twice, and those that failed, so the next run retries them.
 */



/** How many runs try a failing delivery before the card says it gave up. */
const MAX_DELIVERY_RUNS = 5;
function deliveryKey(identity) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(identity).digest('hex').slice(0, 8);
}
function clock(iso) {
    return `${iso.slice(11, 16)} UTC`;
}
function contactSinks(contacts) {
    return contacts.flatMap((contact) => contact.sinks ?? []);
}
function who(contacts) {
    return contacts.map((contact) => (contact.github === null ? contact.name : `${contact.name} (${contact.github})`)).join(', ');
}
/** Each sink once: the first mention decides its dedup key. */
function distinct(targets) {
    const seen = new Set();
    return targets.filter((target) => {
        if (seen.has(target.sink.id))
            return false;
        seen.add(target.sink.id);
        return true;
    });
}
function pageTargets(page, state, set, incidentKey) {
    const { marker } = page;
    if (marker.kind === 'level-page') {
        const level = set.escalation.technical.find((candidate) => candidate.level === marker.level);
        if (level === undefined)
            return null;
        const dedupKey = `${incidentKey}/level-${level.level}`;
        const severity = state.severity;
        return {
            targets: distinct([...(level.sinks ?? []), ...contactSinks(level.contacts), ...(severity?.sinks ?? [])].map((sink) => ({ sink, dedupKey }))),
            severity,
            headline: `Unacknowledged: paging level ${level.level}, ${level.name}`,
            detail: `Paged: ${who(level.contacts)}. Acknowledge with /ack on the issue.`,
        };
    }
    const key = (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .markerPart */ .Ei)(marker.severity);
    const severity = set.severities.find((candidate) => (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .markerPart */ .Ei)(candidate.label) === key);
    const first = set.escalation.technical[0];
    if (severity === undefined || first === undefined)
        return null;
    const rule = set.escalation.management.find((candidate) => candidate.severity === severity.label);
    const levelKey = `${incidentKey}/level-${first.level}`;
    const technical = [...(first.sinks ?? []), ...contactSinks(first.contacts), ...(severity.sinks ?? [])].map((sink) => ({ sink, dedupKey: levelKey }));
    const management = rule === undefined ? [] : contactSinks(rule.notify).map((sink) => ({ sink, dedupKey: `${incidentKey}/management` }));
    const paged = [`Paged: ${who(first.contacts)}`, rule === undefined ? null : `${rule.name}: ${who(rule.notify)}`].filter((line) => line !== null);
    return {
        targets: distinct([...technical, ...management]),
        severity,
        headline: `${severity.label.toUpperCase()} (${severity.name}): paging level ${first.level}, ${first.name}`,
        detail: `${paged.join('. ')}. Respond by ${clock(new Date(Date.parse(page.at) + severity.responseMinutes * 60_000).toISOString())} with /ack on the issue.`,
    };
}
/** Every delivery the incident owes, sent or not, in the order to send them. */
function owedDeliveries(state, set, pages, repo) {
    const incidentKey = `${repo.owner}/${repo.repo}#${state.number}`;
    const incident = { repo: `${repo.owner}/${repo.repo}`, number: state.number, title: state.title, url: state.url };
    const severityOf = (severity) => severity === null ? null : { label: severity.label, name: severity.name, level: severity.level };
    const owed = [];
    const add = (identity, target, action, notification, what) => {
        owed.push({ key: deliveryKey(`${identity}\u0000${target.sink.id}\u0000${target.dedupKey}`), sink: target.sink, action, dedupKey: target.dedupKey, notification, what });
    };
    const reached = [];
    const triggered = new Map();
    // The first page to reach a chat sink or webhook decides the dedup key (and so the delivery keys)
    // of what follows there, so the pages are taken in the order they happened, whatever order they
    // come in: otherwise a later run could give an earlier status update a new key and send it again.
    for (const page of (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .inTimeOrder */ .xM)(pages)) {
        const targets = pageTargets(page, state, set, incidentKey);
        if (targets === null)
            continue;
        const notification = { event: 'page', incident, severity: severityOf(targets.severity), headline: targets.headline, detail: targets.detail, by: null, at: page.at };
        const what = page.marker.kind === 'level-page' ? `page level ${page.marker.level}` : `page ${page.marker.severity}`;
        for (const target of targets.targets) {
            add(`page\u0000${(0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .markerKey */ .s8)(page.marker)}`, target, target.sink.type === 'pagerduty' ? 'trigger' : 'message', notification, what);
            if (target.sink.type === 'pagerduty')
                triggered.set(`${target.sink.id}\u0000${target.dedupKey}`, target);
            else if (!reached.some((known) => known.sink.id === target.sink.id))
                reached.push(target);
        }
    }
    const severity = severityOf(state.severity);
    const follow = (event, at, by, headline, detail) => {
        const notification = { event, incident, severity, headline, detail, by, at };
        const what = `${event === 'acknowledge' ? 'acknowledge' : 'resolve'} ${clock(at)}`;
        for (const target of triggered.values())
            add(`${event}\u0000${at}`, target, event, notification, what);
        for (const target of reached)
            add(`${event}\u0000${at}`, target, 'message', notification, what);
    };
    if (state.acknowledged !== null)
        follow('acknowledge', state.acknowledged.at, state.acknowledged.by, `Acknowledged by ${state.acknowledged.by}`, null);
    for (const update of state.updates) {
        const notification = { event: 'update', incident, severity, headline: `Status update by ${update.by}`, detail: update.text, by: update.by, at: update.at };
        for (const target of reached)
            add(`update\u0000${update.at}`, target, 'message', notification, `update ${clock(update.at)}`);
    }
    if (state.resolution !== null)
        follow('resolve', state.resolution.at, state.resolution.by, `Resolved by ${state.resolution.by}`, state.resolution.summary);
    // In the order things happened; the sort is stable, so deliveries of one moment keep the order they were added in.
    return owed.sort((a, b) => Date.parse(a.notification.at) - Date.parse(b.notification.at));
}
function line(delivery, sent, failed) {
    const done = sent.get(delivery.key);
    const failing = failed.get(delivery.key);
    const base = { key: delivery.key, sink: delivery.sink, what: delivery.what };
    if (done !== undefined)
        return { ...base, status: 'sent', at: done.at, reason: null, runs: 0 };
    if (failing === undefined)
        return { ...base, status: 'pending', at: null, reason: null, runs: 0 };
    return { ...base, status: failing.runs >= MAX_DELIVERY_RUNS ? 'gave-up' : 'failing', at: null, reason: failing.reason, runs: failing.runs };
}
function cardDeliveries(owed, sent, failed) {
    const sentByKey = new Map(sent.map((mark) => [mark.key, mark]));
    const failedByKey = new Map(failed.map((mark) => [mark.key, mark]));
    return { lines: owed.map((delivery) => line(delivery, sentByKey, failedByKey)), sent, failed };
}
/**
 * The deliveries still to send (not sent, not given up), each with how many runs failed it, and
 * what the card shows and records of all of them before this run sends any.
 */
function planDeliveries(state, set, pages, repo, recorded) {
    const owed = owedDeliveries(state, set, pages, repo);
    const sent = recorded?.sent ?? [];
    const failed = recorded?.failed ?? [];
    const sentKeys = new Set(sent.map((mark) => mark.key));
    const failedRuns = new Map(failed.map((mark) => [mark.key, mark.runs]));
    const deliveries = owed
        .filter((delivery) => !sentKeys.has(delivery.key) && (failedRuns.get(delivery.key) ?? 0) < MAX_DELIVERY_RUNS)
        .map((delivery) => ({ ...delivery, failedRuns: failedRuns.get(delivery.key) ?? 0 }));
    return { deliveries, card: cardDeliveries(owed.map((delivery) => ({ key: delivery.key, sink: delivery.sink.name, what: delivery.what })), sent, failed) };
}
/**
 * What the card shows and records once this run's deliveries ended as `outcomes` (by key): the
 * shell calls it before writing the card, so the card records exactly what went out.
 */
function settleDeliveries(card, outcomes) {
    const sent = [...card.sent];
    const failed = new Map(card.failed.map((mark) => [mark.key, mark]));
    for (const [key, outcome] of outcomes) {
        if (outcome.ok) {
            if (!sent.some((mark) => mark.key === key))
                sent.push({ key, at: new Date(Math.floor(Date.parse(outcome.at) / 1000) * 1000).toISOString().replace('.000Z', 'Z') });
            failed.delete(key);
        }
        else {
            failed.set(key, { key, runs: (failed.get(key)?.runs ?? 0) + 1, reason: outcome.reason });
        }
    }
    return cardDeliveries(card.lines, sent, [...failed.values()]);
}


/***/ }),

/***/ 7583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ nextEscalation),
/* harmony export */   Nz: () => (/* binding */ duePages),
/* harmony export */   j5: () => (/* binding */ technicalContacts),
/* harmony export */   pL: () => (/* binding */ severityRequest),
/* harmony export */   uT: () => (/* binding */ triageRequest)
/* harmony export */ });
/* harmony import */ var _config_placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6945);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(275);


function paged(contact) {
    const handle = contact.github !== null && !(0,_config_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .w)(contact.github) ? contact.github : null;
    return { id: contact.id, name: contact.name, handle };
}
/** The contacts of technical level `level`, as pages name them. */
function technicalContacts(level) {
    return level.contacts.map(paged);
}
function technical(level) {
    // Stryker disable next-line ConditionalExpression: callers pass the first technical level, which the schema requires (escalation.schema.json)
    return level === undefined ? null : { level: level.level, name: level.name, contacts: technicalContacts(level) };
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
                    : { name: rule.name, contacts: rule.notify.map(paged), dueAt: rule.withinMinutes === null ? null : (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .addMinutes */ .z5)(change.at, rule.withinMinutes) },
                at: change.at,
                by: change.by,
                respondBy: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .addMinutes */ .z5)(change.at, change.severity.responseMinutes),
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
        at: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .later */ .NU)((0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .addMinutes */ .z5)(state.clockStart, level.afterMinutes), (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .addMinutes */ .z5)(respondBy, level.afterMinutes - first)),
    }));
}
/** Every page due by `now`, including those already sent (the caller skips markers it has seen). */
function duePages(state, set, now) {
    const pages = severityPages(state, set);
    const severity = state.severity;
    // Stryker disable next-line ConditionalExpression: without a severity there is no response deadline (respondBy), so levelSchedule is empty anyway
    if (severity === null)
        return pages;
    for (const { level, at } of levelSchedule(state, set)) {
        if ((0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isBefore */ .Y8)(now, at))
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
    const next = levelSchedule(state, set).find(({ at }) => (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isBefore */ .Y8)(now, at));
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


/***/ }),

/***/ 8285:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ commandHelp)
/* harmony export */ });
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


/***/ }),

/***/ 2919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HK: () => (/* binding */ declaration),
  IR: () => (/* binding */ foldIncident)
});

// UNUSED EXPORTS: declarerTrusted

// EXTERNAL MODULE: ./dist/src/markdown/blocks.js + 3 modules
var blocks = __webpack_require__(1441);
// EXTERNAL MODULE: ./dist/src/markdown/form-fields.js
var form_fields = __webpack_require__(295);
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


const FIELD_BY_LABEL = new Map(form_fields/* FORM_FIELDS */.p.map((field, index) => [field.label.toLowerCase(), index]));
function labelHeadings(body) {
    const scan = (0,blocks/* scanBlocks */.g)(body);
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
    while (field < form_fields/* FORM_FIELDS */.p.length) {
        let index = from;
        while (index < headings.length && headings[index].field !== field)
            index += 1;
        if (index < headings.length) {
            chosen.push(headings[index]);
            from = index + 1;
        }
        field += 1;
        if (form_fields/* FORM_FIELDS */.p[field - 1].type === 'textarea')
            break;
    }
    const tail = [];
    let until = headings.length;
    for (let last = form_fields/* FORM_FIELDS */.p.length - 1; last >= field; last -= 1) {
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
        answers.set(form_fields/* FORM_FIELDS */.p[heading.field].id, text.slice(heading.end, end).trim());
    });
    return answers;
}

// EXTERNAL MODULE: ./dist/src/markdown/form-options.js
var form_options = __webpack_require__(8058);
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
    const severity = set.severities.find((candidate) => [candidate.label, candidate.name, (0,form_options/* severityOption */.j)(candidate)].some((name) => name.toLowerCase() === written)) ??
        (level === undefined ? undefined : set.severities.find((candidate) => candidate.level === Number(level)));
    if (severity === undefined)
        problems.push(`the severity "${quoted(answer)}" is not one of ${set.severities.map((s) => s.label).join(', ')}.`);
    return severity?.label ?? null;
}
/** The scenario id `answer` names, by the form's option, name or id in any case; null for "Other / not sure". */
function scenarioOf(answer, set, problems) {
    const wanted = answer.trim().replace(/\s+/g, ' ').toLowerCase();
    if (wanted === form_fields/* OTHER_SCENARIO */.u.toLowerCase())
        return null;
    const found = (0,form_options/* scenarioOptions */.f)(set).find(({ option }) => option.toLowerCase() === wanted) ??
        (0,form_options/* scenarioOptions */.f)(set).find(({ scenario }) => scenario.name.toLowerCase() === wanted || scenario.id.toLowerCase() === wanted);
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

// EXTERNAL MODULE: ./dist/src/engine/declared-severity.js
var declared_severity = __webpack_require__(6142);
// EXTERNAL MODULE: ./dist/src/config/suggest.js
var suggest = __webpack_require__(266);
// EXTERNAL MODULE: ./dist/src/engine/commands.js + 1 modules
var commands = __webpack_require__(2693);
;// CONCATENATED MODULE: ./dist/src/engine/permissions.js
const RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
/** Whether `actual` is at least `minimum`; a failed lookup (`'error'`) or an unknown user never is. */
function permits(actual, minimum) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: without the guards the rank of undefined or 'error' is undefined, which is never >= a rank either; they are there for the type checker
    return actual !== undefined && actual !== 'error' && RANK[actual] >= RANK[minimum];
}

// EXTERNAL MODULE: ./dist/src/engine/records.js
var records = __webpack_require__(9262);
// EXTERNAL MODULE: ./dist/src/engine/verdicts.js
var verdicts = __webpack_require__(444);
;// CONCATENATED MODULE: ./dist/src/engine/facts.js





function closest(word, candidates) {
    const match = (0,suggest/* closestMatch */.h)(word, candidates);
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
        const parsed = (0,commands/* parseCommands */.G)(comment.body);
        // Stryker disable next-line ConditionalExpression: a shortcut; a comment without commands adds no fact and no refusal either way
        if (parsed.length === 0)
            continue;
        const refusal = { commentId: comment.id, edited: (0,verdicts/* editedAt */.zL)(comment), author: comment.author, problems: [], help: false, denied: false };
        const judged = (0,verdicts/* alreadyJudged */.Ch)(ledger, comment);
        const allowed = judged ? (0,verdicts/* acceptedBefore */.Jv)(ledger, comment) : permits(observed.permissions[comment.author], set.minimumPermission);
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
                // The refusal stands (a later run does not run it silently), so the way on is to write it again.
                const retry = permission === 'error' ? ' Write the command again in a new comment to try once more.' : '';
                refusal.problems.push(`/${entry.command.name} needs ${set.minimumPermission} access to this repository; ${have}.${retry}`);
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
    return { facts, refusals, judged: newlyAccepted ? (0,verdicts/* judgedMark */.Ht)(people) : ledger.judged };
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
/**
 * Alert notifications noted on the incident: the bot's own comments with an `alert` record (nobody
 * else's count, whatever they contain), at the time each was posted.
 */
function alertFacts(observed) {
    return observed.comments.flatMap((comment) => {
        if (comment.author !== observed.botLogin)
            return [];
        const record = (0,records/* parseRecordLine */.pF)(comment.body);
        if (record?.marker.kind !== 'alert')
            return [];
        return [{ at: comment.createdAt, actor: record.marker.source, type: 'alert', status: record.marker.status, commentId: comment.id }];
    });
}

// EXTERNAL MODULE: ./dist/src/engine/time.js
var time = __webpack_require__(275);
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
    return labeled === undefined || (0,time/* isBefore */.Y8)(labeled.createdAt, observed.issue.createdAt)
        ? { at: observed.issue.createdAt, by: observed.issue.author }
        : { at: labeled.createdAt, by: labeled.actor };
}
function initialState(observed, set, commands) {
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
        missedResponses: [],
        roles: {},
        commander: null,
        icCommentId: null,
        phase: firstPhase,
        updates: [],
        nextUpdateDue: null,
        resolution: null,
        timeline: [{ at: declared.at, actor: declared.by, text: 'Declared the incident' }],
        refusals: commands.refusals,
        judged: commands.judged,
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
/**
 * Ends the current response window at `at` (an acknowledgement, a severity change or a resolution):
 * when nobody had acknowledged and its response time had run out by then, it was missed.
 */
function closeResponseWindow(state, at) {
    const { respondBy: due, severity } = state;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: respondBy is set with the severity (setSeverity, reopen) and neither is ever cleared, so either check alone decides
    if (due === null || severity === null)
        return;
    if (state.acknowledged !== null || state.resolution !== null)
        return;
    if ((0,time/* isBefore */.Y8)(at, due) || state.missedResponses.some((missed) => missed.due === due))
        return;
    state.missedResponses.push({ severity: { label: severity.label, name: severity.name, responseMinutes: severity.responseMinutes }, due });
}
function setSeverity(state, made) {
    const previous = state.severity;
    if (previous?.label === made.severity.label)
        return;
    closeResponseWindow(state, made.at);
    const change = { ...made, whileResolved: state.resolution !== null };
    // A raise to a new high needs a new acknowledgement: an earlier one was for a lesser incident.
    const highest = Math.min(...state.severityHistory.map((entry) => entry.severity.level));
    if (!change.whileResolved && change.severity.level < highest)
        state.acknowledged = null;
    state.severity = change.severity;
    // Stryker disable next-line EqualityOperator: levels are unique in a set (check-unique), so a change of the same level is the same severity and `<=` would store the same object
    if (state.peakSeverity === null || change.severity.level < state.peakSeverity.level)
        state.peakSeverity = change.severity;
    state.severityHistory.push(change);
    state.respondBy = (0,time/* addMinutes */.z5)(change.at, change.severity.responseMinutes);
    // Stryker disable next-line EqualityOperator: a change to the level it had returned above (levels are unique, so same level means same label)
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
                closeResponseWindow(state, fact.at);
                state.acknowledged = { at: fact.at, by: fact.actor };
                note('Acknowledged');
            }
            return;
        case 'sev': {
            const severity = set.severities.find((candidate) => candidate.level === command.level);
            // Stryker disable next-line ConditionalExpression: commandFacts accepts only a /sev whose level the set has (checkAgainstSet)
            if (severity !== undefined)
                setSeverity(state, { severity, at: fact.at, by: fact.actor, via: 'command', eventId: null });
            return;
        }
        case 'ic':
        case 'role': {
            const role = command.name === 'ic' ? set.roles.find((candidate) => candidate.commander) : set.roles.find((candidate) => candidate.id === command.role);
            // Stryker disable next-line ConditionalExpression: commandFacts accepts only a /role the set has, and /ic only with a commander role (checkAgainstSet)
            if (role !== undefined)
                assignRole(state, role, command.user, fact);
            return;
        }
        case 'status': {
            const phase = set.phases.find((candidate) => candidate.id === command.phase);
            // Stryker disable next-line ConditionalExpression: commandFacts accepts only a /status of a phase the set has (checkAgainstSet)
            if (phase === undefined)
                return;
            if (phase.id !== state.phase.id) {
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
                closeResponseWindow(state, fact.at);
                state.resolution = { at: fact.at, by: fact.actor, summary: command.summary };
                note(command.summary === null ? 'Resolved' : `Resolved: ${command.summary}`);
            }
            return;
        case 'reopen':
            reopen(state, fact);
            return;
        // /help is answered in the reply and never becomes a fact (commandFacts); the case names it for the exhaustive switch.
        // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, see above
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
        state.respondBy = (0,time/* addMinutes */.z5)(fact.at, state.severity.responseMinutes);
    state.timeline.push({ at: fact.at, actor: fact.actor, text: 'Reopened' });
}
function apply(state, fact, set, mayClose) {
    incident_state_confirm(state, fact, set);
    switch (fact.type) {
        case 'label': {
            const severity = set.severities.find((candidate) => candidate.label === fact.label);
            // Stryker disable next-line ConditionalExpression: eventFacts makes facts only of severity labels
            if (severity === undefined)
                return;
            // A report its reporter labels stays a report: the label is what they propose, and it pages
            // nobody until a permitted user confirms the report (confirm() ran first, so a label by
            // anyone else has confirmed it by now).
            const report = state.report;
            if (report !== null && report.confirmed === null)
                report.proposed = severity;
            else
                setSeverity(state, { severity, at: fact.at, by: fact.actor, via: 'label', eventId: fact.eventId });
            return;
        }
        case 'closed':
            if (!mayClose(fact.actor)) {
                state.refusedCloses.push({ eventId: fact.eventId, by: fact.actor, at: fact.at });
                return;
            }
            if (state.resolution === null) {
                closeResponseWindow(state, fact.at);
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
        case 'alert':
            applyAlert(state, fact, set);
            return;
    }
}
/**
 * An alert notification noted on the incident. Firing again reopens a resolved incident: the shell
 * notes a firing alert on a resolved incident only within the playbooks' reopen window. Resolved
 * resolves the incident when the playbooks say so (`alerts.resolve`); otherwise it is only noted.
 */
function applyAlert(state, fact, set) {
    if (fact.status === 'firing') {
        state.timeline.push({ at: fact.at, actor: fact.actor, text: 'The alert fired again' });
        reopen(state, fact);
        return;
    }
    state.timeline.push({ at: fact.at, actor: fact.actor, text: 'The alert resolved' });
    if (set.alerts?.resolve !== true || state.resolution !== null)
        return;
    closeResponseWindow(state, fact.at);
    state.resolution = { at: fact.at, by: fact.actor, summary: 'every alert of the group resolved' };
    state.timeline.push({ at: fact.at, actor: fact.actor, text: 'Resolved: every alert of the group resolved' });
}
/** The incident as its whole history (and the bot's {@link Ledger} of verdicts) says it is now. */
function foldIncident(observed, ledger, set) {
    const commands = commandFacts(observed, ledger, set);
    const state = initialState(observed, set, commands);
    const declared = (0,declared_severity/* declaredSeverity */.M)(ledger, set, state.form.severity);
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
    const mayClose = (actor) => set.trustReporters || permits(observed.permissions[actor], set.minimumPermission);
    for (const fact of byTime([...eventFacts(observed, set), ...commands.facts, ...alertFacts(observed)]))
        apply(state, fact, set, mayClose);
    const cadence = state.severity?.updateEveryMinutes ?? null;
    if (cadence !== null && state.resolution === null) {
        // The window runs from the last update, or from when the incident (re)started or took its
        // severity: a raise to SEV-1 owes its first update 30 minutes after the raise, not at once.
        // Stryker disable next-line OptionalChaining: a cadence comes from a severity, so the history has an entry
        const starts = [state.updates.at(-1)?.at, state.clockStart, state.severityHistory.at(-1)?.at].filter((at) => at !== undefined);
        state.nextUpdateDue = (0,time/* addMinutes */.z5)(starts.reduce(time/* later */.NU), cadence);
    }
    return state;
}


/***/ }),

/***/ 1323:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readLedger)
/* harmony export */ });
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9262);

/** The ledger of `observed`, from the comments its bot wrote. */
function readLedger(observed) {
    const ledger = { card: null, posted: new Set(), pages: [], judged: null, accepted: new Set(), denied: new Set() };
    for (const comment of observed.comments) {
        if (comment.author !== observed.botLogin)
            continue;
        const read = (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecordLine */ .pF)(comment.body);
        if (read === null)
            continue;
        const { marker } = read;
        ledger.posted.add((0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)(marker));
        // Only a card marker reads with a card record; the first card is the one that counts.
        if (read.card !== null && ledger.card === null) {
            ledger.card = { commentId: comment.id, record: read.card, boxes: (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .readStepBoxes */ .IV)(comment.body), updatedAt: comment.updatedAt };
            ledger.judged = read.card.judged;
            for (const id of read.card.accepted)
                ledger.accepted.add(id);
        }
        if (marker.kind === 'severity-page' || marker.kind === 'level-page')
            ledger.pages.push({ marker, at: comment.createdAt });
        if (marker.kind === 'reply' && marker.denied)
            ledger.denied.add((0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .replyVersion */ .pc)(marker.commentId, marker.edited));
    }
    return ledger;
}


/***/ }),

/***/ 4139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ pinToRecord),
/* harmony export */   j: () => (/* binding */ pinnedSha)
/* harmony export */ });
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


/***/ }),

/***/ 7957:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fB: () => (/* binding */ FOLLOW_UP_LABEL),
  Ch: () => (/* binding */ POSTMORTEM_PENDING_LABEL),
  nu: () => (/* binding */ postmortemBranch),
  C3: () => (/* binding */ postmortemDraft),
  aZ: () => (/* binding */ postmortemDueAt),
  hm: () => (/* binding */ postmortemReviewers)
});

;// CONCATENATED MODULE: ./dist/src/import/slug.js
/**
 * A kebab-case id from a name, as the schemas' `id` pattern wants it: `Data Integrity Issue` →
 * `data-integrity-issue`. Accents are dropped rather than lost with their letter (`Café` → `cafe`).
 * A name with no Latin letter or digit (`Ŋ`, `—`) gets an id from its first code points (`u14a`),
 * so the same name always gives the same id and no id is empty.
 */
function slugify(name) {
    const slug = name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (slug !== '')
        return slug;
    const points = Array.from(name.trim().slice(0, 6), (char) => char.codePointAt(0)?.toString(16) ?? '').slice(0, 3);
    return points.length === 0 ? 'unnamed' : `u${points.join('-u')}`;
}
/** `id` cut to at most `max` characters at a hyphen (or hard, for one long word), so labels made from it fit. */
function shortId(id, max) {
    if (id.length <= max)
        return id;
    const cut = id.slice(0, max + 1).lastIndexOf('-');
    return (cut > 0 ? id.slice(0, cut) : id.slice(0, max)).replace(/-+$/, '');
}
/**
 * `id`, or `id-2`, `id-3`, … when `taken` already holds it, so two sections that map to the same
 * name still get distinct ids instead of one overwriting the other. Adds the result to `taken`.
 */
function uniqueId(id, taken) {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n += 1)
        candidate = `${id}-${n}`;
    taken.add(candidate);
    return candidate;
}

// EXTERNAL MODULE: ./dist/src/engine/time.js
var time = __webpack_require__(275);
;// CONCATENATED MODULE: ./dist/src/engine/postmortem-draft.js


/** The label a resolved incident carries until its post-mortem is merged (the sweep reads it too). */
const POSTMORTEM_PENDING_LABEL = 'postmortem-pending';
/** The label of the follow-up issues opened from a merged post-mortem's action items. */
const FOLLOW_UP_LABEL = 'follow-up';
/** The branch the post-mortem of incident `number` is proposed on: one per incident, so a rerun finds it. */
function postmortemBranch(number) {
    return `playbook-ops/postmortem-${number}`;
}
function kindOf(text) {
    if (/^(Declared|Reported) the incident/u.test(text))
        return 'declared';
    if (/^(Severity set to|Raised to|Lowered to) /u.test(text))
        return 'severity';
    if (text === 'Acknowledged')
        return 'ack';
    if (text.startsWith('Status update: '))
        return 'update';
    if (text.startsWith('Phase: '))
        return 'phase';
    if (text.startsWith('Resolved'))
        return 'resolved';
    return 'other';
}
/** The incident's history with the pages sent, in time order. */
function timeline(state, pages, roleNames) {
    const entries = [
        ...state.timeline.map((entry) => {
            const role = roleNames.some((name) => entry.text.startsWith(`${name}: `));
            return { ...entry, kind: role ? 'role' : kindOf(entry.text) };
        }),
        ...pages.map((page) => ({ at: page.at, actor: 'playbook-ops', text: page.text, kind: 'page' })),
    ];
    return (0,time/* inTimeOrder */.xM)(entries);
}
/** The reviewers: holders of the playbooks' reviewer roles, in role order, once each. */
function postmortemReviewers(state, set) {
    const logins = set.postmortem.reviewers.flatMap((role) => state.roles[role.id] ?? []);
    return [...new Set(logins)];
}
/** When the post-mortem of resolved `state` is due, or null when its peak severity sets no deadline. */
function postmortemDueAt(state) {
    const minutes = state.peakSeverity?.postmortem.dueMinutesAfterResolution ?? null;
    return state.resolution === null || minutes === null ? null : (0,time/* addMinutes */.z5)(state.resolution.at, minutes);
}
/**
 * The file name's slug: the title without an `[Incident]` prefix, at most 50 characters. Never
 * empty: `slugify` names a title without letters or digits by its code points.
 */
function titleSlug(title) {
    // slugify leaves no two hyphens in a row, so the cut leaves at most one at the end.
    return slugify(title.replace(/^\s*\[[^\]]*\]\s*/u, '')).slice(0, 50).replace(/-$/u, '');
}
/** The draft of the post-mortem of resolved `state`; null while it is not resolved or has no severity. */
function postmortemDraft(state, observed, set, pages) {
    const { resolution, severity, peakSeverity } = state;
    if (resolution === null || severity === null || peakSeverity === null)
        return null;
    const date = state.declared.at.slice(0, 10);
    return {
        incident: { number: state.number, title: state.title, url: state.url },
        repo: { owner: observed.repo.owner, repo: observed.repo.repo, serverUrl: observed.playbookRef.serverUrl },
        branch: postmortemBranch(state.number),
        path: `${set.postmortem.path}/${date}-${state.number}-${titleSlug(state.title)}.md`,
        severity: { label: severity.label, name: severity.name },
        peak: { label: peakSeverity.label, name: peakSeverity.name },
        declared: state.declared,
        resolved: resolution,
        acknowledged: state.acknowledged,
        durationMinutes: Math.max(0, Math.round((Date.parse(resolution.at) - Date.parse(state.declared.at)) / 60_000)),
        services: state.form.services,
        summary: state.form.summary,
        scenario: state.scenario?.name ?? null,
        roles: set.roles.map((role) => ({ name: role.name, holders: state.roles[role.id] ?? [] })).filter((role) => role.holders.length > 0),
        timeline: timeline(state, pages, set.roles.map((role) => role.name)),
        elements: set.postmortem.elements.map((element) => ({ id: element.id, title: element.title, description: element.description })),
        reviewers: postmortemReviewers(state, set),
        dueAt: postmortemDueAt(state),
    };
}


/***/ }),

/***/ 3100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x1: () => (/* binding */ isIncident),
  Lq: () => (/* binding */ reconcile)
});

// UNUSED EXPORTS: scenarioLabel

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

// EXTERNAL MODULE: ./dist/src/engine/escalation.js
var escalation = __webpack_require__(7583);
// EXTERNAL MODULE: ./dist/src/engine/records.js
var records = __webpack_require__(9262);
;// CONCATENATED MODULE: ./dist/src/engine/card.js



/** What a page marker means in words, for the card's escalation list. */
function describePage(marker, set) {
    if (marker.kind === 'level-page') {
        const level = set.escalation.technical.find((candidate) => candidate.level === marker.level);
        return `Unacknowledged: paged level ${marker.level}${level === undefined ? '' : `, ${level.name}`}`;
    }
    const key = (0,records/* markerPart */.Ei)(marker.severity);
    const severity = set.severities.find((candidate) => (0,records/* markerPart */.Ei)(candidate.label) === key);
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
        next: (0,escalation/* nextEscalation */.H9)(incident, set, now),
        phases: set.phases.map((phase) => phase.id),
        playbook,
        minimumPermission: set.minimumPermission,
        roles: set.roles.map((role) => ({ id: role.id, name: role.name, commander: role.commander })),
        steps: cardSteps(incident, ticks),
        ticks,
        tickEntries: tickTimeline(ticks, set),
    };
}

// EXTERNAL MODULE: ./dist/src/engine/card-effect.js
var card_effect = __webpack_require__(688);
// EXTERNAL MODULE: ./dist/src/engine/deadlines.js
var engine_deadlines = __webpack_require__(1229);
// EXTERNAL MODULE: ./dist/src/engine/deliveries.js
var engine_deliveries = __webpack_require__(4290);
// EXTERNAL MODULE: ./dist/src/engine/incident-state.js + 4 modules
var incident_state = __webpack_require__(2919);
// EXTERNAL MODULE: ./dist/src/engine/ledger.js
var engine_ledger = __webpack_require__(1323);
// EXTERNAL MODULE: ./dist/src/engine/pin.js
var pin = __webpack_require__(4139);
// EXTERNAL MODULE: ./dist/src/config/placeholder.js
var placeholder = __webpack_require__(6945);
;// CONCATENATED MODULE: ./dist/src/markdown/action-items.js
/**
 * The action items of a merged post-mortem: the task-list items under its action-items heading.
 * The file is people's text, so it is read line by line with limits, never executed or trusted.
 */
/** At most this many action items become follow-up issues, however many the file lists. */
const MAX_ACTION_ITEMS = 50;
/** An action item's text is cut to this many code points (it becomes an issue title). */
const MAX_ITEM_LENGTH = 200;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/u;
const TASK = /^\s{0,8}[-*+]\s+\[[ xX]\]\s+(.*)$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
function plain(text) {
    return text
        .replace(/<!--[\s\S]*?(?:-->|$)/gu, '')
        .replace(/\s+/gu, ' ')
        .trim();
}
function cut(text) {
    const points = Array.from(text);
    return points.length <= MAX_ITEM_LENGTH ? text : `${points.slice(0, MAX_ITEM_LENGTH - 1).join('')}…`;
}
/**
 * The task-list items (`- [ ] text`) in the section whose heading is `title` (compared without case;
 * any heading that says "action items" when none is titled so), in order, without duplicates or
 * items left empty (a template prompt in an HTML comment).
 */
function actionItems(markdown, title) {
    const lines = markdown.split(/\r?\n/u);
    const headings = lines.flatMap((line, index) => {
        const match = HEADING.exec(line);
        return match === null ? [] : [{ index, level: match[1]?.length ?? 1, text: plain(match[2] ?? '').toLowerCase() }];
    });
    const wanted = title.trim().toLowerCase();
    const start = headings.find((heading) => heading.text === wanted) ?? headings.find((heading) => heading.text.includes('action items'));
    if (start === undefined)
        return [];
    const items = [];
    let fence = null;
    for (const line of lines.slice(start.index + 1)) {
        const fenced = FENCE.exec(line);
        if (fenced !== null) {
            const marker = fenced[1] ?? '';
            if (fence === null)
                fence = marker;
            else if (marker.startsWith(fence))
                fence = null;
            continue;
        }
        if (fence !== null)
            continue;
        const heading = HEADING.exec(line);
        if (heading !== null && (heading[1]?.length ?? 1) <= start.level)
            break;
        const task = TASK.exec(line);
        const text = task === null ? '' : cut(plain(task[1] ?? ''));
        if (text !== '' && !items.includes(text))
            items.push(text);
        if (items.length === MAX_ACTION_ITEMS)
            break;
    }
    return items;
}

// EXTERNAL MODULE: ./dist/src/engine/postmortem-draft.js + 1 modules
var postmortem_draft = __webpack_require__(7957);
// EXTERNAL MODULE: ./dist/src/engine/time.js
var time = __webpack_require__(275);
;// CONCATENATED MODULE: ./dist/src/engine/postmortem.js





function posted(ledger, step) {
    return ledger.posted.has((0,records/* markerKey */.s8)({ kind: 'postmortem', step }));
}
/** Whether resolved `state` owes a post-mortem: its peak severity requires one. */
function owesPostmortem(state) {
    return state.resolution !== null && state.peakSeverity?.postmortem.required === true;
}
function pullsUrl(observed, branch) {
    const { serverUrl } = observed.playbookRef;
    return `${serverUrl}/${observed.repo.owner}/${observed.repo.repo}/pulls?q=${encodeURIComponent(`is:pr head:${branch}`)}`;
}
/** The post-mortem as the card shows it, or null when the incident owes none. */
function postmortemStatus(state, observed, ledger, now) {
    if (!owesPostmortem(state))
        return null;
    const dueAt = (0,postmortem_draft/* postmortemDueAt */.aZ)(state);
    const branch = (0,postmortem_draft/* postmortemBranch */.nu)(state.number);
    // Merged is complete already: the run that sees the merge records it, and its card says so.
    const complete = posted(ledger, 'complete') || observed.postmortem?.merged === true;
    const overdue = !complete && dueAt !== null && !(0,time/* isBefore */.Y8)(now, dueAt);
    return { state: complete ? 'complete' : overdue ? 'overdue' : 'pending', dueAt, branch, pullsUrl: pullsUrl(observed, branch) };
}
function paged(contact) {
    return { id: contact.id, name: contact.name, handle: (0,placeholder/* isPlaceholder */.w)(contact.github) ? null : contact.github };
}
/** Labels to take off: the post-mortem labels still on an incident that no longer awaits one. */
function removeLabels(observed, labels) {
    return labels.filter((label) => observed.issue.labels.includes(label)).map((label) => ({ kind: 'remove-label', label }));
}
function overdueEffects(state, observed, ledger, set, status) {
    const { dueAt } = status;
    const { peakSeverity: peak, resolution } = state;
    if (status.state !== 'overdue')
        return [];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: an overdue post-mortem is owed (resolved, with a peak severity) and has a due time; the check only narrows their types
    if (dueAt === null || peak === null || resolution === null)
        return [];
    const effects = [];
    if (!observed.issue.labels.includes(set.postmortem.overdueLabel))
        effects.push({ kind: 'add-labels', labels: [set.postmortem.overdueLabel] });
    if (!posted(ledger, 'overdue')) {
        const reviewers = (0,postmortem_draft/* postmortemReviewers */.hm)(state, set);
        const owners = reviewers.length > 0 ? reviewers : [resolution.by];
        effects.push({
            kind: 'comment',
            marker: { kind: 'postmortem', step: 'overdue' },
            message: { type: 'postmortem-overdue', owners, dueAt, branch: status.branch, pullsUrl: status.pullsUrl },
        });
    }
    const rule = set.escalation.management.find((candidate) => candidate.severity === peak.label);
    if (rule !== undefined && !posted(ledger, 'escalation')) {
        effects.push({
            kind: 'comment',
            marker: { kind: 'postmortem', step: 'escalation' },
            message: { type: 'postmortem-escalation', severity: { label: peak.label, name: peak.name }, management: { name: rule.name, contacts: rule.notify.map(paged) }, dueAt },
        });
    }
    return effects;
}
/**
 * The post-mortem's effects, applied after the card: its pending label, its pull request, its
 * deadline, its completion. `pages` are the escalation steps the card lists (the timeline has them).
 */
function postmortemEffects(state, observed, ledger, set, pages, now) {
    const status = postmortemStatus(state, observed, ledger, now);
    const labels = [postmortem_draft/* POSTMORTEM_PENDING_LABEL */.Ch, set.postmortem.overdueLabel];
    // Reopened: nothing is pending until it is resolved again.
    if (status === null || posted(ledger, 'complete'))
        return removeLabels(observed, labels);
    const effects = [];
    if (!observed.issue.labels.includes(postmortem_draft/* POSTMORTEM_PENDING_LABEL */.Ch))
        effects.push({ kind: 'add-labels', labels: [postmortem_draft/* POSTMORTEM_PENDING_LABEL */.Ch] });
    if (!posted(ledger, 'pr') && !posted(ledger, 'branch')) {
        const draft = (0,postmortem_draft/* postmortemDraft */.C3)(state, observed, set, pages);
        // Stryker disable next-line ConditionalExpression: an incident that owes a post-mortem is resolved and has a severity, so it has a draft
        if (draft !== null)
            effects.push({ kind: 'postmortem-pr', draft });
    }
    const pull = observed.postmortem;
    if (pull?.merged === true) {
        const title = set.postmortem.elements.find((element) => element.id === 'action-items')?.title ?? 'Action items';
        effects.push({
            kind: 'follow-ups',
            incident: { number: state.number, title: state.title, url: state.url },
            pull: { number: pull.number, url: pull.url },
            items: pull.file === null ? [] : actionItems(pull.file.text, title),
            label: postmortem_draft/* FOLLOW_UP_LABEL */.fB,
        });
        return [...effects, ...removeLabels(observed, labels)];
    }
    return [...effects, ...overdueEffects(state, observed, ledger, set, status)];
}

// EXTERNAL MODULE: ./dist/src/engine/seen.js
var seen = __webpack_require__(8501);
// EXTERNAL MODULE: ./dist/src/engine/verdicts.js
var verdicts = __webpack_require__(444);
;// CONCATENATED MODULE: ./dist/src/engine/reconcile.js














/** The label that carries a scenario. */
function scenarioLabel(id) {
    return `scenario:${id}`;
}
/**
 * Whether the incident should carry the SLA-missed label: a response time ran out, and no person
 * has taken the label off since (the bot does not fight a person who removes it).
 */
function wantsSlaLabel(state, observed, set) {
    if (state.missedResponses.length === 0)
        return false;
    return !observed.events.some((event) => event.event === 'unlabeled' && event.label === set.slaMissedLabel && event.actor !== observed.botLogin);
}
function labelEffects(state, observed, set) {
    const present = new Set(observed.issue.labels);
    const effects = [];
    const wanted = [
        state.severity?.label,
        state.scenario === null ? undefined : scenarioLabel(state.scenario.id),
        wantsSlaLabel(state, observed, set) ? set.slaMissedLabel : undefined,
    ];
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
    const severityLabel = state.severity.label;
    const extra = set.severities.map((severity) => severity.label).filter((label) => label !== severityLabel && present.has(label));
    for (const label of extra)
        effects.push({ kind: 'remove-label', label });
    const last = state.severityHistory.at(-1);
    // A severity from a label is a person's: the bot's own label events are no facts (eventFacts).
    // Stryker disable next-line OptionalChaining: the severity is set, so the history has an entry
    if (extra.length > 0 && last?.via === 'label' && last.eventId !== null) {
        effects.push({
            kind: 'comment',
            marker: { kind: 'label-note', eventId: last.eventId },
            message: { type: 'label-note', kept: severityLabel, removed: extra, by: last.by },
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
    if (ic === null || icComment === undefined || (0,verdicts/* alreadyJudged */.Ch)(ledger, icComment))
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
function reconcile(observed, set, now, options = {}) {
    const nowIso = now.toISOString();
    const ledger = (0,engine_ledger/* readLedger */.S)(observed);
    const state = (0,engine_deadlines/* withDeadlines */.yZ)((0,incident_state/* foldIncident */.IR)(observed, ledger, set), nowIso);
    const effects = [...labelEffects(state, observed, set), ...assigneeEffects(state, observed, ledger)];
    const comments = [];
    const post = (effect) => {
        if (!ledger.posted.has((0,records/* markerKey */.s8)(effect.marker)))
            comments.push(effect);
    };
    const triage = (0,escalation/* triageRequest */.uT)(state, set);
    if (triage !== null)
        post({ kind: 'comment', marker: { kind: 'triage-request' }, message: triage });
    const unset = (0,escalation/* severityRequest */.pL)(state, set);
    if (unset !== null)
        post({ kind: 'comment', marker: { kind: 'severity-request' }, message: unset });
    for (const close of state.refusedCloses) {
        post({ kind: 'comment', marker: { kind: 'close-note', eventId: close.eventId }, message: { type: 'close-note', by: close.by, minimumPermission: set.minimumPermission } });
    }
    const pages = (0,escalation/* duePages */.Nz)(state, set, nowIso);
    for (const page of pages)
        post({ kind: 'comment', marker: page.marker, message: page.message });
    const reminder = (0,engine_deadlines/* dueReminder */.Ty)(state, set, nowIso);
    if (reminder !== null)
        post({ kind: 'comment', marker: reminder.marker, message: reminder.message });
    for (const refusal of state.refusals) {
        const marker = { kind: 'reply', commentId: refusal.commentId, edited: refusal.edited, denied: refusal.denied };
        post({ kind: 'comment', marker, message: { type: 'reply', to: refusal.author, problems: refusal.problems, help: refusal.help, roles: set.roles.map((role) => role.id) } });
    }
    // A page is dated when it fell due. A raise after it was posted moves the level's due time
    // later, but the page still went out when its comment was posted: never date it after that.
    const postedAt = new Map(ledger.pages.map((posted) => [(0,records/* markerKey */.s8)(posted.marker), posted.at]));
    const dated = pages.map((page) => {
        const posted = postedAt.get((0,records/* markerKey */.s8)(page.marker));
        return { marker: page.marker, at: posted !== undefined && (0,time/* isBefore */.Y8)(posted, page.message.at) ? posted : page.message.at };
    });
    const gone = ledger.pages.filter((posted) => !dated.some((step) => (0,records/* markerKey */.s8)(step.marker) === (0,records/* markerKey */.s8)(posted.marker)));
    // In the order they happened: severity pages come before level pages in `pages`, whatever their times.
    const steps = (0,time/* inTimeOrder */.xM)([...dated, ...gone]);
    const sha = (0,pin/* pinnedSha */.j)(observed, ledger);
    const { serverUrl, path } = observed.playbookRef;
    const url = `${serverUrl}/${observed.repo.owner}/${observed.repo.repo}/tree/${sha}/${path}`;
    // The card goes after the comments: it records which commands were judged, so it must not
    // claim a verdict whose reply has not been posted yet.
    const ticks = currentTicks(ledger.card?.record.ticks ?? [], ledger.card, set);
    // Deliveries follow the pages on GitHub (a page whose comment failed is not sent elsewhere first)
    // and go before the card, which records how they ended.
    const sinks = (0,engine_deliveries/* planDeliveries */.cs)(state, set, steps, observed.repo, ledger.card?.record ?? null);
    const deliveries = sinks.deliveries.map((delivery) => ({ kind: 'deliver', delivery }));
    const built = buildCard(state, set, steps, { sha, url, fallback: observed.playbookFallback }, ticks, nowIso);
    const postmortem = postmortemStatus(state, observed, ledger, nowIso);
    const withPostmortem = postmortem === null ? built : { ...built, postmortem };
    const shown = sinks.card.lines.length + sinks.card.sent.length + sinks.card.failed.length === 0 ? withPostmortem : { ...withPostmortem, deliveries: sinks.card };
    // A pending post-mortem's due time is a deadline too: the sweep must read the incident then.
    const deadlines = [(0,engine_deadlines/* nextDeadline */.Gg)(state, set, nowIso), postmortem?.state === 'pending' ? postmortem.dueAt : null].filter((at) => at !== null);
    const next = (0,time/* earliest */.Qd)(deadlines);
    const due = next === null ? null : (0,time/* wholeSeconds */.$P)(next);
    // A delivery retried with the card unchanged still needs the card, to record how it ended.
    // The post-mortem goes last: its pull request is the slowest step, and everything the incident
    // itself needs (its card, its closing) must not wait for it or fail with it.
    const postmortemSteps = postmortemEffects(state, observed, ledger, set, built.escalations, nowIso);
    const fingerprint = (0,seen/* seenAfter */.A)(observed, [...effects, ...comments, ...issueStateEffects(state, observed), ...postmortemSteps], ledger.card === null);
    const planned = (0,card_effect/* cardEffect */.c)(shown, ledger, due, { fingerprint, refresh: options.refreshSeen === true });
    const card = planned.length === 0 && deliveries.length > 0 ? [{ kind: 'card', card: shown, record: (0,card_effect/* cardRecord */.e)(shown, due, fingerprint), commentId: ledger.card?.commentId ?? null }] : planned;
    return { incident: state, effects: [...effects, ...comments, ...deliveries, ...card, ...issueStateEffects(state, observed), ...postmortemSteps], due };
}


/***/ }),

/***/ 9262:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ markerPart),
/* harmony export */   IV: () => (/* binding */ readStepBoxes),
/* harmony export */   TP: () => (/* binding */ formatStepMark),
/* harmony export */   U1: () => (/* binding */ formatAlertIncidentLine),
/* harmony export */   _5: () => (/* binding */ parseFollowUpLine),
/* harmony export */   os: () => (/* binding */ parseAlertIncidentLine),
/* harmony export */   pF: () => (/* binding */ parseRecordLine),
/* harmony export */   pc: () => (/* binding */ replyVersion),
/* harmony export */   qm: () => (/* binding */ formatReviewRoundLine),
/* harmony export */   qr: () => (/* binding */ parseReviewRoundLine),
/* harmony export */   s8: () => (/* binding */ markerKey),
/* harmony export */   yO: () => (/* binding */ formatFollowUpLine),
/* harmony export */   zH: () => (/* binding */ formatRecordLine)
/* harmony export */ });
/* unused harmony exports ALERT_SOURCES, POSTMORTEM_STEPS */
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
/** The monitoring systems alerts come from. */
const ALERT_SOURCES = ['alertmanager', 'grafana'];
/** The steps of a post-mortem the bot records, each once per incident. */
const POSTMORTEM_STEPS = ['pr', 'branch', 'overdue', 'escalation', 'complete'];
const PREFIX = 'playbook-ops:';
const SENT = /^([0-9a-f]{8})-(\d{1,12})$/;
const FAILED = /^([0-9a-f]{8})-([1-9]\d{0,3})-([a-z0-9][a-z0-9-]{0,19})$/;
const LINE = /^<!-- playbook-ops:([a-z0-9%][a-z0-9:.%-]*)(?: ([A-Za-z0-9:.=,%-]+))? -->/;
const SHA = /^[0-9a-f]{40}$/;
/** A fingerprint from seen.ts: state, comment count, label digest. */
const SEEN = /^[oc]\.\d{1,9}\.[0-9a-f]{8}$/;
/** A phase id as the schema allows it, short enough for the marker line. */
const PHASE = /^[a-z0-9][a-z0-9-]{0,63}$/;
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
        case 'playbook-check':
            return 'playbook-check';
        case 'update-reminder':
            return `update-reminder:${marker.due}`;
        case 'postmortem':
            return `postmortem:${marker.step}`;
        case 'review-reminder':
            return 'review-reminder';
        case 'alert':
            return `alert:${marker.run}`;
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
    if (key === 'review-reminder')
        return { kind: 'review-reminder' };
    if (key === 'playbook-check')
        return { kind: 'playbook-check' };
    const [head = '', rest = ''] = key.split(/:(.*)/s, 2);
    const number = positive(rest);
    switch (head) {
        case 'page': {
            if (rest.startsWith('level-')) {
                const level = positive(rest.slice('level-'.length));
                return level === null ? null : { kind: 'level-page', level };
            }
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
        case 'update-reminder':
            return number === null ? null : { kind: 'update-reminder', due: number };
        case 'postmortem': {
            const step = POSTMORTEM_STEPS.find((candidate) => candidate === rest);
            return step === undefined ? null : { kind: 'postmortem', step };
        }
        case 'alert': {
            const run = positive(rest);
            const status = fields.status === 'firing' || fields.status === 'resolved' ? fields.status : null;
            const source = ALERT_SOURCES.find((candidate) => candidate === fields.source);
            return run === null || status === null || source === undefined ? null : { kind: 'alert', run, status, source };
        }
        default:
            return null;
    }
}
function readFields(data) {
    const fields = Object.create(null);
    if (data === undefined)
        return fields;
    for (const part of data.split(',')) {
        const [key, value = ''] = part.split('=', 2);
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
        fields.push(`judged=${record.judged.through}-${Math.floor(Date.parse(record.judged.at) / 1000)}`);
    if (record.reporter !== null)
        fields.push(`reporter=${record.reporter}`);
    if (record.ticks.length > 0)
        fields.push(`ticks=${record.ticks.map((tick) => `${tick.step}-${Math.floor(Date.parse(tick.at) / 1000)}`).join('.')}`);
    if (record.digest !== null)
        fields.push(`digest=${record.digest}`);
    if (record.due !== null)
        fields.push(`due=${Math.floor(Date.parse(record.due) / 1000)}`);
    if (record.sent !== undefined && record.sent.length > 0)
        fields.push(`sent=${record.sent.map((mark) => `${mark.key}-${Math.floor(Date.parse(mark.at) / 1000)}`).join('.')}`);
    if (record.failed !== undefined && record.failed.length > 0)
        fields.push(`failed=${record.failed.map((mark) => `${mark.key}-${mark.runs}-${mark.reason}`).join('.')}`);
    if (record.seen !== null && SEEN.test(record.seen))
        fields.push(`seen=${record.seen}`);
    if (record.phase !== null && PHASE.test(record.phase))
        fields.push(`phase=${record.phase}`);
    return fields.join(',');
}
function fromSeconds(seconds) {
    return new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z');
}
function parseTicks(field) {
    return (field ?? '').split('.').flatMap((part) => {
        const match = STEP_TICK.exec(part);
        return match === null ? [] : [{ step: match[1], at: fromSeconds(match[2]) }];
    });
}
function parseSent(field) {
    return (field ?? '').split('.').flatMap((part) => {
        const match = SENT.exec(part);
        return match === null ? [] : [{ key: match[1], at: fromSeconds(match[2]) }];
    });
}
function parseFailed(field) {
    return (field ?? '').split('.').flatMap((part) => {
        const match = FAILED.exec(part);
        return match === null ? [] : [{ key: match[1], runs: Number(match[2]), reason: match[3] }];
    });
}
function parseAccepted(field) {
    if (field === undefined)
        return [];
    return field.split('.').flatMap((part) => {
        const id = positive(part);
        return id === null ? [] : [id];
    });
}
function parseJudged(field) {
    const match = /^([1-9]\d{0,15})-(\d{1,12})$/.exec(field ?? '');
    if (match === null)
        return null;
    return { through: Number(match[1]), at: fromSeconds(match[2]) };
}
function parseDue(field) {
    return field !== undefined && /^\d{1,12}$/.test(field) ? fromSeconds(field) : null;
}
function parseCardRecord(fields) {
    const pin = fields.pin;
    return {
        pin: pin !== undefined && SHA.test(pin) ? pin : null,
        declared: fields.declared ?? null,
        accepted: parseAccepted(fields.accepted),
        judged: parseJudged(fields.judged),
        reporter: fields.reporter === 'trusted' || fields.reporter === 'report' ? fields.reporter : null,
        ticks: parseTicks(fields.ticks),
        digest: fields.digest ?? null,
        due: parseDue(fields.due),
        ...(fields.sent === undefined ? {} : { sent: parseSent(fields.sent) }),
        ...(fields.failed === undefined ? {} : { failed: parseFailed(fields.failed) }),
        seen: fields.seen !== undefined && SEEN.test(fields.seen) ? fields.seen : null,
        phase: fields.phase !== undefined && PHASE.test(fields.phase) ? fields.phase : null,
    };
}
/** The hidden first line of a bot comment carrying `marker` (and, for the card, its record). */
function formatRecordLine(marker, card) {
    const data = marker.kind === 'card' && card !== undefined
        ? formatCardRecord(card)
        : marker.kind === 'reply' && marker.denied
            ? 'denied'
            : marker.kind === 'alert'
                ? `status=${marker.status},source=${marker.source}`
                : '';
    return `<!-- ${PREFIX}${markerKey(marker)}${data === '' ? '' : ` ${data}`} -->`;
}
/** What a comment body's first line records, or null when it carries no marker this version reads. */
function parseRecordLine(body) {
    const match = LINE.exec(body);
    if (match === null)
        return null;
    const fields = readFields(match[2]);
    const marker = keyToMarker(match[1], fields);
    if (marker === null)
        return null;
    return { marker, card: marker.kind === 'card' ? parseCardRecord(fields) : null };
}
/** The hidden key that ends a box of the card's task lists, so a tick can be read back by step. */
function formatStepMark(key) {
    if (!STEP_KEY.test(key))
        throw new Error(`a step key is 8 hex digits, not ${JSON.stringify(key)}`);
    return `<!-- ${PREFIX}step=${key} -->`;
}
/** The boxes of a card body: each step key, and whether its box is ticked. */
function readStepBoxes(body) {
    const boxes = new Map();
    for (const line of body.split(/\r?\n/)) {
        const match = STEP_BOX.exec(line);
        if (match !== null)
            boxes.set(match[2], match[1] !== ' ');
    }
    return boxes;
}
/**
 * The hidden first line of a follow-up issue: which incident's post-mortem it came from and which
 * action item (counted from 1) it is, so that a rerun finds it instead of opening it again.
 */
function formatFollowUpLine(incident, item) {
    return `<!-- ${PREFIX}follow-up:${incident}.${item} -->`;
}
/** The incident and action item a follow-up issue body records, or null when it is not one. */
function parseFollowUpLine(body) {
    const match = /^<!-- playbook-ops:follow-up:([1-9]\d{0,15})\.([1-9]\d{0,5}) -->/.exec(body);
    return match === null ? null : { incident: Number(match[1]), item: Number(match[2]) };
}
/**
 * The hidden first line of a playbook review pull request: the playbook files the round bumps, so
 * a later run knows which files have joined it.
 */
function formatReviewRoundLine(files) {
    return `<!-- ${PREFIX}review-round files=${files.map((file) => encodeURIComponent(file)).join(',')} -->`;
}
/** The files a review pull request body records, or null when it carries no such line. */
function parseReviewRoundLine(body) {
    const match = /^<!-- playbook-ops:review-round files=([A-Za-z0-9%._~!*'()-]*(?:,[A-Za-z0-9%._~!*'()-]+)*) -->/u.exec(body);
    if (match === null)
        return null;
    const files = match[1].split(',').filter((file) => file !== '');
    try {
        return files.map((file) => decodeURIComponent(file));
    }
    catch {
        return null;
    }
}
const ALERT_INCIDENT = /^<!-- playbook-ops:alert-incident key=([0-9a-f]{16}),run=([1-9]\d{0,15}) -->/u;
/** The hidden first line of an issue the bot opened from an alert: its group's key and the run that opened it. */
function formatAlertIncidentLine(record) {
    if (!/^[0-9a-f]{16}$/u.test(record.key))
        throw new Error(`an alert key is 16 hex digits, not ${JSON.stringify(record.key)}`);
    return `<!-- ${PREFIX}alert-incident key=${record.key},run=${record.run} -->`;
}
/** The record an issue body's first line carries, or null when it is not an incident opened from an alert. */
function parseAlertIncidentLine(body) {
    const match = ALERT_INCIDENT.exec(body);
    return match === null ? null : { key: match[1], run: Number(match[2]) };
}


/***/ }),

/***/ 8501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ seenAfter),
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/**
 * What the bot last saw of an issue, in a form a bulk read can check without reading the thread:
 * its state, its labels and how many comments it has. The card records it as it will be once the
 * run's own effects are applied, so a sweep that finds the same fingerprint (and no deadline due)
 * knows nobody has changed the issue since, and leaves it unread. A change it cannot see (an edit
 * of a comment's text, an assignment) comes with its own event, whose run reads the issue whole.
 */

/** The fingerprint of `issue`: `o` or `c`, the comment count, and 8 hex digits of the label set (names compare without case, as on GitHub). */
function fingerprint(issue) {
    const labels = [...new Set(issue.labels.map((label) => label.toLowerCase()))].sort().join('\n');
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(labels).digest('hex').slice(0, 8);
    return `${issue.state === 'open' ? 'o' : 'c'}.${issue.comments}.${digest}`;
}
/** The fingerprint the issue will have once `effects` are applied; `cardIsNew` when the card is to be posted, not edited. */
function seenAfter(observed, effects, cardIsNew) {
    const labels = new Map(observed.issue.labels.map((label) => [label.toLowerCase(), label]));
    let state = observed.issue.state;
    let comments = observed.comments.length + (cardIsNew ? 1 : 0);
    for (const effect of effects) {
        if (effect.kind === 'add-labels')
            for (const label of effect.labels)
                labels.set(label.toLowerCase(), label);
        if (effect.kind === 'remove-label')
            labels.delete(effect.label.toLowerCase());
        if (effect.kind === 'comment')
            comments += 1;
        if (effect.kind === 'close-issue')
            state = 'closed';
        if (effect.kind === 'reopen-issue')
            state = 'open';
    }
    return fingerprint({ state, labels: [...labels.values()], comments });
}


/***/ }),

/***/ 275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ wholeSeconds),
/* harmony export */   NU: () => (/* binding */ later),
/* harmony export */   Qd: () => (/* binding */ earliest),
/* harmony export */   Y8: () => (/* binding */ isBefore),
/* harmony export */   xM: () => (/* binding */ inTimeOrder),
/* harmony export */   z5: () => (/* binding */ addMinutes)
/* harmony export */ });
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
/** `iso` in whole seconds, written as GitHub writes times (`2026-11-27T03:15:00Z`). */
function wholeSeconds(iso) {
    return new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** The earliest of `instants`, or null when there is none. */
function earliest(instants) {
    return instants.reduce((first, at) => (first === null || isBefore(at, first) ? at : first), null);
}
/**
 * `entries` sorted by their `at`, entries of the same instant keeping their order: Array.prototype.sort
 * is stable (ES2019), so no tie-break is needed.
 */
function inTimeOrder(entries) {
    return [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}


/***/ }),

/***/ 444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ alreadyJudged),
/* harmony export */   Ht: () => (/* binding */ judgedMark),
/* harmony export */   Jv: () => (/* binding */ acceptedBefore),
/* harmony export */   pm: () => (/* binding */ needsPermission),
/* harmony export */   zL: () => (/* binding */ editedAt)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2693);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9262);
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
    return (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .replyVersion */ .pc)(comment.id, editedAt(comment));
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
    return (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommands */ .G)(body).some((entry) => (entry.ok ? entry.command.name !== 'help' : entry.unknown));
}


/***/ }),

/***/ 5398:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ postOnce)
/* harmony export */ });
/* harmony import */ var _engine_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9262);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9380);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5766);
/**
 * Posting a marked comment, never twice. Another run may be reconciling the same incident (a
 * scheduled run beside an event's run), so what changed in the thread since the run read it is
 * checked for the marker right before posting; and since two runs can both check before either
 * posts, it is checked again after posting: the run whose comment is not the first with the marker
 * deletes its own. The retry plugin would repeat a POST that failed with a 5xx blindly, although GitHub may
 * have written the comment before failing; so every attempt is made without it, and after each
 * failure the thread is checked again.
 */



/** How many times a comment is posted before its 5xx is final (as the retry plugin: once, then three retries). */
const POST_ATTEMPTS = 4;
/**
 * The ids of the bot's comments with `marker` on the issue now. The run has read the thread up to
 * `readUpTo`; only what changed since can hold a comment it did not see, so only that is read.
 */
async function botComments({ octokit, issue, botLogin, readUpTo }, marker) {
    const key = (0,_engine_records_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)(marker);
    // Stryker disable next-line Regex: an ISO 8601 time has a fraction of a second only right before its Z, so the anchor changes nothing
    const since = readUpTo.replace(/\.\d+Z$/, 'Z');
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: issue.owner, repo: issue.repo, issue_number: issue.number, since, per_page: 100 });
    return comments.flatMap((comment) => {
        // Stryker disable next-line StringLiteral: a missing body and any text without a record line both read as no record
        const record = comment.user?.login === botLogin ? (0,_engine_records_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecordLine */ .pF)(comment.body ?? '') : null;
        return record !== null && (0,_engine_records_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)(record.marker) === key ? [comment.id] : [];
    });
}
/** Keeps the comment `id` just posted only if no other run posted `marker` first; whether it was kept. */
async function keepIfFirst(context, marker, id) {
    const { octokit, issue, log } = context;
    if (!(await botComments(context, marker)).some((other) => other < id))
        return true;
    log.warning(`Another run posted ${(0,_engine_records_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)(marker)} at the same time; removing this run's copy.`);
    await octokit.rest.issues.deleteComment({ owner: issue.owner, repo: issue.repo, comment_id: id });
    return false;
}
/**
 * Posts `body`, retrying a 5xx only after checking the thread: the id of the comment posted, or null
 * when a failed attempt turned out to have written it.
 */
async function post(context, marker, body) {
    const { octokit, issue, botLogin, log } = context;
    for (let attempt = 1;; attempt += 1) {
        try {
            const { data } = await octokit.rest.issues.createComment({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, body, request: { retries: 0 } });
            // Trusting comments by the wrong login would make every run post everything again.
            if (data.user !== null && data.user.login !== botLogin) {
                throw new Error(`The token acts as ${data.user.login}, but bot-login is ${botLogin}: set the bot-login input to ${data.user.login}, or nothing the bot writes is recognised as its own.`);
            }
            return data.id;
        }
        catch (error) {
            const failed = (0,_http_status_js__WEBPACK_IMPORTED_MODULE_2__/* .requestError */ .U)(error);
            // Only a failed write may have been written: an error that is not GitHub's answer (the wrong login) is thrown as it is.
            if (failed === undefined || failed.status < 500 || attempt >= POST_ATTEMPTS)
                throw error;
            log.warning(`Posting ${(0,_engine_records_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)(marker)} failed (${failed.message}); checking whether it was written before retrying.`);
            await (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__/* .backOff */ .fu)(octokit, attempt);
            if ((await botComments(context, marker)).length > 0)
                return null;
        }
    }
}
/** Posts `body` unless a bot comment with `marker` exists; resolves to whether this call posted it. */
async function postOnce(context, marker, body) {
    if ((await botComments(context, marker)).length > 0)
        return false;
    const id = await post(context, marker, body);
    return id === null || (await keepIfFirst(context, marker, id));
}


/***/ }),

/***/ 9380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ requestError),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1015);

/** A failed GitHub request (its status, GitHub's message, the response), or undefined for any other error. */
function requestError(error) {
    return error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G ? error : undefined;
}
/** The HTTP status of a failed GitHub request, or undefined for any other error. */
function httpStatus(error) {
    return requestError(error)?.status;
}


/***/ }),

/***/ 8270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ loadPinnedPlaybooks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _config_find_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6403);
/* harmony import */ var _config_load_playbooks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1979);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9380);
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
        // What the loader reads of a checkout (find-files.ts), so both see the same set.
        for (const entry of data.filter((candidate) => !(0,_config_find_files_js__WEBPACK_IMPORTED_MODULE_3__/* .skipped */ .hT)(candidate.name))) {
            if (entry.type === 'dir')
                await visit(entry.path);
            else if (entry.type === 'file' && _config_find_files_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_FILE */ .$l.test(entry.name)) {
                const { data: blob } = await octokit.rest.git.getBlob({ owner: where.owner, repo: where.repo, file_sha: entry.sha });
                // Stryker disable next-line StringLiteral: Buffer.from reads an empty encoding name as UTF-8 too
                texts.set(entry.path.slice(root.length + 1), Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'));
            }
        }
    };
    try {
        await visit(root);
    }
    catch (error) {
        // A 404 is final: the commit is not in this repository, or it has no playbook directory.
        if ((0,_http_status_js__WEBPACK_IMPORTED_MODULE_5__/* .httpStatus */ .n)(error) === 404)
            return new Map();
        throw error;
    }
    return texts;
}
async function loadFiles(files) {
    // Stryker disable next-line StringLiteral: the prefix only names the directory
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'playbook-ops-pinned-'));
    try {
        for (const [path, text] of files) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path)), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path), text);
        }
        return await (0,_config_load_playbooks_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPlaybooks */ .D)(dir);
    }
    finally {
        // Stryker disable next-line BooleanLiteral: the directory exists (made above), so force changes nothing
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * The playbook set at commit `sha`, or why it cannot be had for good (the caller then uses its
 * own). A failure that may pass is thrown, so the incident waits for the next run. `role` says in
 * messages what the commit is to the caller (the pull-request check reads the base of a pull request).
 */
async function loadPinnedPlaybooks(octokit, where, sha, role = 'the commit the incident is pinned to') {
    const at = `${where.path} at ${sha.slice(0, 7)}, ${role}`;
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
        if (!(error instanceof _config_load_playbooks_js__WEBPACK_IMPORTED_MODULE_4__/* .PlaybookError */ .W))
            throw error;
        // The loader's message names the temporary copy; name the folder of the repository instead.
        const { message } = new _config_load_playbooks_js__WEBPACK_IMPORTED_MODULE_4__/* .PlaybookError */ .W(where.path, error.diagnostics);
        return { fallback: `the playbooks in ${at} have errors (${message})` };
    }
}


/***/ }),

/***/ 1441:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ scanBlocks)
});

// EXTERNAL MODULE: ./node_modules/remark/index.js + 121 modules
var remark = __webpack_require__(7135);
// EXTERNAL MODULE: ./dist/src/markdown/text-lines.js
var text_lines = __webpack_require__(5126);
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
    const first = (0,text_lines/* lineText */.oZ)(lines, index);
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
    while (line < last && !ends((0,text_lines/* lineText */.oZ)(lines, line)))
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
            const text = (0,text_lines/* lineText */.oZ)(lines, index);
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
        if (nested && (0,text_lines/* lineStart */.PT)(this.lines, next) - (0,text_lines/* lineStart */.PT)(this.lines, first) > NESTED_LIMIT) {
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
function collect(nodes, base, scanning) {
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
    const base = (0,text_lines/* lineStart */.PT)(lines, first);
    const source = scanning.skeleton.slice(base, (0,text_lines/* lineStart */.PT)(lines, next));
    const tree = parser.parse(source);
    const last = tree.children.at(-1);
    const open = next < facts.count && last !== undefined && (last.type === 'code' || last.type === 'html') && last.position?.end.offset === source.length;
    if (!open) {
        collect(tree.children, base, scanning);
        return next;
    }
    collect(tree.children.slice(0, -1), base, scanning);
    const opening = (0,text_lines/* lineAt */.mh)(lines, base + (last.position?.start.offset ?? 0));
    const end = rawBlockEnd(lines, opening);
    if (end !== null)
        return end + 1;
    // remark saw a block its opening line does not show: read nothing further rather than guess.
    scan.unread.push({ start: (0,text_lines/* lineStart */.PT)(lines, opening), end: lines.text.length });
    scan.unsureAfter ??= (0,text_lines/* lineStart */.PT)(lines, opening);
    return facts.count;
}
/** The headings, paragraphs and unread parts of `body`, which may be any text at all. */
function scanBlocks(body) {
    const lines = (0,text_lines/* textLines */.Fy)((0,text_lines/* normalizeText */.fQ)(body));
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
            const span = { start: (0,text_lines/* lineStart */.PT)(lines, line), end: (0,text_lines/* lineStart */.PT)(lines, stretch.next) };
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
            if ((0,text_lines/* lineStart */.PT)(lines, following.next) - (0,text_lines/* lineStart */.PT)(lines, line) > (withIt ? NESTED_PIECE : PIECE))
                break;
            next = following.next;
            nested = withIt;
        }
        line = parsePiece(scanning, line, next);
    }
    return scan;
}


/***/ }),

/***/ 295:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ FORM_FIELDS),
/* harmony export */   u: () => (/* binding */ OTHER_SCENARIO)
/* harmony export */ });
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


/***/ }),

/***/ 8058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ scenarioOptions),
/* harmony export */   j: () => (/* binding */ severityOption)
/* harmony export */ });
/* harmony import */ var _form_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(295);

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
    const taken = new Map([[_form_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .OTHER_SCENARIO */ .u.toLowerCase(), 1], ['none', 1]]);
    for (const scenario of set.scenarios) {
        const name = oneLine(scenario.name).toLowerCase();
        taken.set(name, (taken.get(name) ?? 0) + 1);
    }
    return set.scenarios.map((scenario) => {
        const name = oneLine(scenario.name);
        return { scenario, option: taken.get(name.toLowerCase()) === 1 ? name : `${name} (${scenario.id})` };
    });
}


/***/ }),

/***/ 5126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ textLines),
/* harmony export */   PT: () => (/* binding */ lineStart),
/* harmony export */   fQ: () => (/* binding */ normalizeText),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   oZ: () => (/* binding */ lineText)
/* harmony export */ });
/* unused harmony export lineEnd */
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


/***/ }),

/***/ 1374:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);



let cached;
/**
 * The directory of playbook-ops' own package.json: schemas, templates and the default playbooks
 * live there. Found by walking up from this module, because the module sits at a different depth
 * in the sources (vitest), the compiled library (dist/) and the bundled action (action/dist/).
 */
function packageRoot() {
    if (cached !== undefined)
        return cached;
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest) && JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8')).name === 'playbook-ops') {
            cached = dir;
            return dir;
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            throw new Error(`playbook-ops: cannot find its package.json above ${(0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)}`);
        dir = parent;
    }
}


/***/ })

};
