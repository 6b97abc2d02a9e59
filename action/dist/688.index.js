export const id = 688;
export const ids = [688];
export const modules = {

/***/ 59:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ escapeMarkdownBlock),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   E4: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   aL: () => (/* binding */ escapeTableCell)
/* harmony export */ });
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
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/u;
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
        const fence = FENCE.exec(line);
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


/***/ }),

/***/ 9043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ renderTemplate)
});

// UNUSED EXPORTS: compileTemplate

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(8508);
// EXTERNAL MODULE: ./dist/src/package-root.js
var package_root = __webpack_require__(1374);
// EXTERNAL MODULE: ./dist/src/render/escape.js
var render_escape = __webpack_require__(59);
// EXTERNAL MODULE: ./dist/src/render/human-duration.js
var human_duration = __webpack_require__(7032);
// EXTERNAL MODULE: ./dist/src/config/placeholder.js
var placeholder = __webpack_require__(6945);
// EXTERNAL MODULE: ./dist/src/engine/records.js
var records = __webpack_require__(9262);
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
function helpers_placeholder(value) {
    return `_${(0,render_escape/* escapeMarkdownInline */.E4)(value)}_ (to be filled in)`;
}
function handle(value) {
    if (value === null)
        return NOT_SET;
    const handleText = asText('handle', value);
    if ((0,placeholder/* isPlaceholder */.w)(handleText))
        return helpers_placeholder(handleText);
    // A well-formed handle from the playbooks is meant to be a live mention; anything else is text.
    return GITHUB_HANDLE.test(handleText) ? handleText : (0,render_escape/* escapeMarkdownInline */.E4)(handleText);
}
function list(helper, value) {
    if (!Array.isArray(value))
        throw new TypeError(`helper ${helper}: expected a list`);
    return value;
}
function helpers_link(label, href) {
    if (WEB_URL.test(href)) {
        // URL parsing percent-encodes spaces, `<` and `>`, so the destination cannot break out.
        return `[${(0,render_escape/* escapeMarkdownInline */.E4)(label)}](<${new URL(href).href}>)`;
    }
    if (RELATIVE_PATH.test(href))
        return `[${(0,render_escape/* escapeMarkdownInline */.E4)(label)}](${href})`;
    return `${(0,render_escape/* escapeMarkdownInline */.E4)(label)} (${(0,render_escape/* codeSpan */.SS)(href)})`;
}
/**
 * The helpers by name. Handlebars' own `log` and `lookup` are not among them. `md`, `paragraphs`,
 * `cell`, `code` and `join` are for any text, including untrusted text; `text`, `handle` and `handles` are for
 * values from the playbooks, where a placeholder such as `[Phone Number]` is marked as one and a
 * well-formed handle is a live mention.
 */
const helpers = {
    /** `{{md value}}`: text or a number inside a line of Markdown. */
    md: (...args) => (0,render_escape/* escapeMarkdownInline */.E4)(asText('md', split(args).params[0])),
    /** `{{paragraphs value}}`: multi-line text as paragraphs, on lines of its own. */
    paragraphs: (...args) => (0,render_escape/* escapeMarkdownBlock */.Ap)(asText('paragraphs', split(args).params[0])),
    /** `{{cell value}}`: text in a table cell; `null` shows as a dash, line breaks as `<br>`. */
    cell: (...args) => {
        const value = split(args).params[0];
        return value === null ? NOT_SET : (0,render_escape/* escapeTableCell */.aL)(asText('cell', value));
    },
    /** `{{text value}}`: a playbook value, in a line or a table cell; placeholders marked, `null` a dash. */
    text: (...args) => {
        const value = split(args).params[0];
        if (value === null)
            return NOT_SET;
        const valueText = asText('text', value);
        return (0,placeholder/* isPlaceholder */.w)(valueText) ? helpers_placeholder(valueText) : (0,render_escape/* escapeTableCell */.aL)(valueText);
    },
    /** `{{code value}}` or `{{code value table=true}}`: inline code. */
    code: (...args) => {
        const { params, hash } = split(args);
        return (0,render_escape/* codeSpan */.SS)(asText('code', params[0]), { table: hash['table'] === true });
    },
    /** `{{fence value "mermaid"}}`: text as a fenced code block of that language, on lines of its own. */
    fence: (...args) => {
        const [value, language] = split(args).params;
        return (0,render_escape/* codeBlock */.DV)(asText('fence', value), language === undefined ? '' : asText('fence', language));
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
            .map((value) => (0,render_escape/* escapeMarkdownInline */.E4)(asText('join', value)))
            .join(separator);
    },
    /** `{{duration minutes}}`: `15 min`, `2 h`, `48 h`, `90 days`. */
    duration: (...args) => {
        const minutes = split(args).params[0];
        if (typeof minutes !== 'number')
            throw new TypeError('helper duration: expected a number of minutes');
        return (0,human_duration/* describeDuration */.M)(minutes);
    },
    /** `{{link label href}}`: a link to a web page or a relative document, text for anything else. */
    link: (...args) => {
        const [label, href] = split(args).params;
        return helpers_link(asText('link', label), asText('link', href));
    },
    /** `{{box done}}`: a task-list box, ticked when `done`. */
    box: (...args) => (split(args).params[0] === true ? '[x]' : '[ ]'),
    /** `{{stepMark key}}`: the hidden key of a card step, by which a tick is read back. */
    stepMark: (...args) => (0,records/* formatStepMark */.TP)(asText('stepMark', split(args).params[0])),
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
        return `${count} ${(0,render_escape/* escapeMarkdownInline */.E4)(count === 1 ? one : many)}`;
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
    return (0,external_node_path_.join)((0,package_root/* packageRoot */.Z)(), 'templates');
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


/***/ }),

/***/ 7032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ describeDuration)
/* harmony export */ });
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


/***/ }),

/***/ 2162:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ truncateBody)
/* harmony export */ });
/* unused harmony export GITHUB_BODY_LIMIT */
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


/***/ })

};
