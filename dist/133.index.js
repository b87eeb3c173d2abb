export const id = 133;
export const ids = [133];
export const modules = {

/***/ 4112:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


/**
 * re2js, loaded on its first use. Its module builds Unicode tables at load (about 20 ms, and
 * 15 ms more for the first compile) that a scan without globs, image-name variables or
 * template regexes never needs. CommonJS so that the bundler keeps `require` a call made when
 * it is reached instead of a module evaluated at start-up; typed by linear-regex.ts.
 */
let engine;
function loadRe2js() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    engine ??= (__webpack_require__(6472).RE2JS);
    return engine;
}
module.exports = { loadRe2js };


/***/ }),

/***/ 8170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ maxOf),
/* harmony export */   _h: () => (/* binding */ minOf),
/* harmony export */   iI: () => (/* binding */ pushAll)
/* harmony export */ });
/**
 * Array helpers for input-sized arrays. `a.push(...b)` and `Math.max(...b)` pass every
 * element as an argument and overflow the stack past about 120,000 elements (a file of
 * 130,000 documents, a report of that many findings); these loop instead.
 */
/** Appends every item of `items` to `target`; returns `target`. */
function pushAll(target, items) {
    for (const item of items)
        target.push(item);
    return target;
}
/** The largest of `values` (`fallback` when there are none). */
function maxOf(values, fallback = -Infinity) {
    let max = fallback;
    for (const v of values)
        if (v > max)
            max = v;
    return max;
}
/** The smallest of `values` (`fallback` when there are none). */
function minOf(values, fallback = Infinity) {
    let min = fallback;
    for (const v of values)
        if (v < min)
            min = v;
    return min;
}


/***/ }),

/***/ 6785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ activeBudget),
/* harmony export */   C1: () => (/* binding */ checkSize),
/* harmony export */   L$: () => (/* binding */ BudgetExceeded),
/* harmony export */   Oz: () => (/* binding */ keyGeneration),
/* harmony export */   RZ: () => (/* binding */ costlyCall),
/* harmony export */   Xd: () => (/* binding */ DEFAULT_FINDINGS),
/* harmony export */   Y$: () => (/* binding */ withBudget),
/* harmony export */   oJ: () => (/* binding */ work)
/* harmony export */ });
/* unused harmony exports DEFAULT_BUDGET, Budget, ValueTooLarge */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(714);
/**
 * Work budgets for untrusted input. A chart or a kustomization from a pull request can ask
 * for unbounded work in a few lines (a template loop of 10^8 steps, `toYaml` of a shared
 * subtree 2^40 nodes wide, `randAlphaNum 200000000`); helm simply runs until it is done or
 * killed, and one such input must not stop the scan of everything else.
 *
 * A budget is opened around the work for one input (`withBudget`). The code doing the work
 * charges it as it goes (`work()`: a template node walked, a function called, a node encoded,
 * an archive entry read) and checks a size before it allocates (`checkSize()`). Every few
 * thousand units the budget compares the clock and the heap with its limits; past one it
 * throws BudgetExceeded, and keeps throwing it on every later charge, so code that catches
 * errors to turn them into values (fromYaml) cannot swallow it. Work done outside any budget
 * is not limited. Synchronous code only: the budget is the innermost one opened.
 */


/**
 * The defaults, and why:
 * - 60 s: what the README promised for a chart since the first release; the slowest chart of
 *   the corpus (bitnami with every subchart) renders in under 3 s.
 * - 1 GiB of heap growth: 20 times what the largest corpus chart needs; on a 7 GB GitHub runner
 *   it leaves room for the rest of the scan.
 * - 16 Mi characters and 1 Mi elements per call: a Kubernetes object is at most 1.5 MiB in etcd,
 *   so no real chart builds a value near these; they stop `randAlphaNum 200000000` or
 *   `seq 1 100000000` before the allocation rather than after it.
 * - 100 keys: real charts generate a handful (a CA and a few certificates).
 */
const DEFAULT_BUDGET = {
    timeMs: 60_000,
    heapBytes: 1024 * 1024 * 1024,
    valueChars: 16 * 1024 * 1024,
    listItems: 1024 * 1024,
    keyGenerations: 100,
};
/**
 * Findings one scan keeps: a finding is about 2 KB in memory and in the JSON report, so
 * 100,000 stay near 200 MB; a repository with more has one problem repeated, and the notice
 * says how many more there are.
 */
const DEFAULT_FINDINGS = 100_000;
/** Thrown when a budget runs out; the message says which limit and what it is ("it took longer than \u2026"). */
class BudgetExceeded extends Error {
}
/** How many units of work pass between two looks at the clock and the heap. */
const CHECK_EVERY = 4096;
class Budget {
    limits;
    deadline;
    heapCeiling;
    units = 0;
    nextCheck = CHECK_EVERY;
    keys = 0;
    /** Set once the budget ran out; every later charge throws it again. */
    exceeded;
    constructor(limits = {}, 
    /** The enclosing budget: this one never outlives it. */
    parent) {
        this.limits = { ...DEFAULT_BUDGET, ...limits };
        const now = Date.now();
        this.deadline = Math.min(now + this.limits.timeMs, parent?.deadline ?? Infinity);
        // Never so close to V8's own limit that the process dies before the budget says so.
        this.heapCeiling = Math.min(heapUsed() + this.limits.heapBytes, (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.getHeapStatistics)().heap_size_limit * 0.85, parent?.heapCeiling ?? Infinity);
    }
    /** Charges `units` of work; throws BudgetExceeded when a limit is passed. */
    work(units) {
        if (this.exceeded)
            throw this.exceeded;
        this.units += units;
        if (this.units >= this.nextCheck)
            this.check();
    }
    /** Looks at the clock and the heap now. */
    check() {
        if (this.exceeded)
            throw this.exceeded;
        this.nextCheck = this.units + CHECK_EVERY;
        if (Date.now() > this.deadline) {
            this.fail(`it took longer than the budget of ${formatMs(this.limits.timeMs)}`);
        }
        // Garbage counts in the heap until V8 collects it: a loop that makes and drops big lists
        // passes the ceiling with little alive. Only what survives a full collection counts.
        if (heapUsed() > this.heapCeiling && (collectGarbage(), heapUsed() > this.heapCeiling)) {
            this.fail(`it needed more than the budget of ${formatBytes(this.limits.heapBytes)} of memory`);
        }
    }
    /** Stops the work with `reason` (the budget stays exceeded). */
    fail(reason) {
        this.exceeded ??= new BudgetExceeded(reason);
        throw this.exceeded;
    }
    /** Counts one key generation. */
    keyGeneration() {
        this.check();
        if (++this.keys > this.limits.keyGenerations) {
            this.fail(`it generated more than the budget of ${this.limits.keyGenerations} keys`);
        }
    }
}
let gc;
/**
 * A full garbage collection, through V8's `gc` (exposed on first use: the flag can be set at
 * run time and the function taken from a new context). Takes a fraction of a second, and runs
 * only when a budget's memory ceiling is passed.
 */
function collectGarbage() {
    if (!gc) {
        (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--expose-gc');
        gc = (0,node_vm__WEBPACK_IMPORTED_MODULE_1__.runInNewContext)('gc');
    }
    gc();
}
/**
 * V8's heap and the memory of its external strings and buffers (Node makes big strings
 * external): process.memoryUsage()'s heapUsed + external, without the resident-size system
 * call it also makes (a third of the time; budgets ask thousands of times a scan).
 */
function heapUsed() {
    const h = (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.getHeapStatistics)();
    return h.used_heap_size + h.external_memory;
}
function formatMs(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
function formatBytes(n) {
    return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}
const stack = [];
/** The innermost open budget, if any. */
function activeBudget() {
    return stack[stack.length - 1];
}
/** Runs `fn` under a new budget (nested in the open one, if any). */
function withBudget(limits, fn) {
    const b = new Budget(limits, activeBudget());
    stack.push(b);
    try {
        return fn(b);
    }
    finally {
        stack.pop();
    }
}
/** Charges the open budget (no-op outside one). */
function work(units = 1) {
    const b = stack[stack.length - 1];
    if (b !== undefined)
        b.work(units);
}
/**
 * Before making a value of `size` characters or elements: throws ValueTooLarge when one call
 * may not make it. `what` names the call (`randAlphaNum`), for the message. An ordinary error
 * of that call (the template fails, as on any function error), not the end of the budget.
 */
function checkSize(what, size, kind) {
    const limits = activeBudget()?.limits ?? DEFAULT_BUDGET;
    const limit = kind === 'chars' ? limits.valueChars : limits.listItems;
    if (size <= limit)
        return;
    throw new ValueTooLarge(`${what} would make ${kind === 'chars' ? 'a value of' : 'a list of'} ${size} ${kind === 'chars' ? 'characters' : 'elements'}, over kube-whoami's limit of ${limit} for one call`);
}
/** A value larger than one call may make (see checkSize). */
class ValueTooLarge extends Error {
}
/**
 * Before a call that takes milliseconds however small its arguments (bcrypt, scrypt): looks
 * at the clock and the heap now. Such a call charges one unit of work, so a loop of them
 * would otherwise run thousands of calls (minutes) between two looks at the clock.
 */
function costlyCall() {
    activeBudget()?.check();
}
/** Counts a key generation against the open budget (no-op outside one). */
function keyGeneration() {
    activeBudget()?.keyGeneration();
}


/***/ }),

/***/ 9566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ normalizeYamlBreaks),
/* harmony export */   J: () => (/* binding */ decodeFile)
/* harmony export */ });
function decodeFile(buf) {
    if (startsWith(buf, [0x00, 0x00, 0xfe, 0xff]) || startsWith(buf, [0xff, 0xfe, 0x00, 0x00])) {
        return {
            why: 'UTF-32 text (with a byte-order mark), which kubectl does not decode (it reads UTF-8 and UTF-16 with a byte-order mark): kubectl cannot apply it',
        };
    }
    if (startsWith(buf, [0xff, 0xfe])) {
        return {
            text: buf.subarray(2, buf.length - (buf.length % 2)).toString('utf16le'),
            encoding: 'utf-16le',
        };
    }
    if (startsWith(buf, [0xfe, 0xff])) {
        const body = Buffer.from(buf.subarray(2, buf.length - (buf.length % 2)));
        body.swap16();
        return { text: body.toString('utf16le'), encoding: 'utf-16be' };
    }
    if (buf.subarray(0, 8192).includes(0))
        return { why: 'binary content' };
    return { text: buf.toString('utf8'), encoding: 'utf-8' };
}
function startsWith(buf, bytes) {
    return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}
/**
 * Line breaks as go-yaml reads them: a CR alone ends a line like LF (old Mac files, some
 * generators). Replaced one for one, so offsets do not move.
 */
function normalizeYamlBreaks(text) {
    return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}


/***/ }),

/***/ 8998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ compileGlob),
/* harmony export */   t: () => (/* binding */ compileGlobs)
/* harmony export */ });
/* harmony import */ var _linear_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(235);
/**
 * Globs of the configuration (`exclude`, `rules.<id>.exclude`, `--exclude`) and of Makefile
 * `include` lines, matched against repository paths in linear time. They are written as
 * picomatch globs with `dot: true` (the library this replaces, whose backtracking regular
 * expressions never finished on `*a*a*a*a*a*a*a*a*a*a*a*a*b` against a 40-character name):
 * `*` and `?` within a path segment, `**` as a whole segment for any number of segments,
 * `[abc]`, `[^a-z]`, `[[:alpha:]]`, `{a,b}` and `{1..3}`, the extglobs `@(a|b)`, `?(a)`,
 * `*(a)` and `+(a)`, `\` escapes and a leading `!` to negate. Not supported: the extglob
 * `!(a)` (read as literal text). Paths are relative, with `/`, and without `.` or `..` segments.
 */

const cache = new Map();
/** A matcher for one glob. */
function compileGlob(pattern) {
    let glob = cache.get(pattern);
    if (glob)
        return glob;
    let body = pattern;
    let negate = false;
    while (body.startsWith('!') && !body.startsWith('!(')) {
        negate = !negate;
        body = body.slice(1);
    }
    if (body.startsWith('./'))
        body = body.slice(2);
    let re;
    try {
        re = (0,_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .linearRegex */ .t$)(`^${globSource(body)}$`, 's');
    }
    catch {
        re = (0,_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .linearRegex */ .t$)(`^${(0,_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegex */ .$f)(body)}$`, 's');
    }
    glob = { test: (path) => re.test(path) !== negate };
    if (cache.size > 2000)
        cache.clear();
    cache.set(pattern, glob);
    return glob;
}
/** A matcher that matches what any of the globs matches. */
function compileGlobs(patterns) {
    const globs = patterns.map(compileGlob);
    return { test: (path) => globs.some((g) => g.test(path)) };
}
/** The regular expression (RE2 syntax) of a glob without its `!`. */
function globSource(pattern) {
    // `**/**` is `**`.
    const segments = splitSegments(pattern).filter((seg, i, all) => !(seg === '**' && all[i - 1] === '**'));
    let out = '';
    for (let i = 0; i < segments.length; i++) {
        const seg = segments[i];
        const last = i === segments.length - 1;
        if (seg === '**') {
            if (segments.length === 1)
                return '.*';
            // Zero or more whole segments: `a/**/b` is a/b too, `a/**` is a too.
            if (i === 0)
                out += '(?:.*/)?';
            // picomatch's quirk: after a segment ending in `*`, `/**` needs the slash (`*/**` is
            // not `a`, where `a/**` is `a`).
            else if (last)
                out = out.replace(/\/$/, '') + (/\*$/.test(segments[i - 1]) ? '/.*' : '(?:/.*)?');
            else
                out += '(?:.*/)?';
            continue;
        }
        out += segmentSource(seg) + (last ? '' : '/');
    }
    return out;
}
/** Splits at `/` outside brackets, braces and extglob parentheses. */
function splitSegments(pattern) {
    const out = [];
    let cur = '';
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            cur += c + (pattern[i + 1] ?? '');
            i++;
            continue;
        }
        if (c === '{' || c === '(')
            depth++;
        else if ((c === '}' || c === ')') && depth > 0)
            depth--;
        if (c === '/' && depth === 0) {
            out.push(cur);
            cur = '';
            continue;
        }
        cur += c;
    }
    out.push(cur);
    return out;
}
/** One segment (or a part of one inside braces): no `/` is matched by its wildcards. */
function segmentSource(seg) {
    // A segment that is nothing but `*` names something: it never matches an empty segment.
    if (seg === '*')
        return '[^/]+';
    let out = '';
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        const next = seg[i + 1];
        if (c === '\\') {
            out += (0,_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegex */ .$f)(next ?? '\\');
            i++;
        }
        else if ('@?*+'.includes(c) && next === '(') {
            const close = matching(seg, i + 1, '(', ')');
            if (close < 0) {
                out += (0,_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegex */ .$f)(c);
                continue;
            }
            const alts = splitTop(seg.slice(i + 2, close), '|').map(segmentSource);
            const q = c === '@' ? '' : c;
            out += `(?:${alts.join('|')})${q}`;
            i = close;
        }
        else if (c === '*') {
            while (seg[i + 1] === '*')
                i++;
            out += '[^/]*';
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[') {
            const cls = bracket(seg, i);
            if (!cls) {
                out += '\\[';
                continue;
            }
            out += cls.source;
            i = cls.end;
        }
        else if (c === '{') {
            const close = matching(seg, i, '{', '}');
            const inner = close < 0 ? '' : seg.slice(i + 1, close);
            const range = /^(-?\d+)\.\.(-?\d+)$/.exec(inner);
            if (range && Math.abs(Number(range[2]) - Number(range[1])) <= 1000) {
                const [a, b] = [Number(range[1]), Number(range[2])];
                const nums = [];
                for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? 1 : -1)
                    nums.push(String(n));
                out += `(?:${nums.join('|')})`;
                i = close;
            }
            else if (close >= 0 && splitTop(inner, ',').length > 1) {
                out += `(?:${splitTop(inner, ',').map(segmentSource).join('|')})`;
                i = close;
            }
            else {
                out += '\\{';
            }
        }
        else {
            out += (0,_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegex */ .$f)(c);
        }
    }
    return out;
}
/** A bracket expression at `seg[at]` as an RE2 class that never matches `/`. */
function bracket(seg, at) {
    let i = at + 1;
    let negate = false;
    // picomatch reads `[!a]` as the characters ! and a; only `^` negates.
    if (seg[i] === '^') {
        negate = true;
        i++;
    }
    let body = '';
    let first = true;
    for (; i < seg.length; i++) {
        const c = seg[i];
        if (c === ']' && !first) {
            if (body === '')
                return undefined;
            return { source: negate ? `[^/${body}]` : `[${body}]`, end: i };
        }
        first = false;
        if (c === '[' && seg[i + 1] === ':') {
            const close = seg.indexOf(':]', i + 2);
            if (close < 0)
                return undefined;
            body += seg.slice(i, close + 2);
            i = close + 1;
        }
        else if (c === '\\') {
            body += '\\' + (seg[i + 1] ?? '\\');
            i++;
        }
        else if (c === '-' && body !== '' && seg[i + 1] !== ']') {
            body += '-';
        }
        else {
            body += /[\]\\^[-]/.test(c) ? '\\' + c : c;
        }
    }
    return undefined;
}
/** The index of the bracket closing the one at `at`, or -1. */
function matching(s, at, open, close) {
    let depth = 0;
    for (let i = at; i < s.length; i++) {
        if (s[i] === '\\') {
            i++;
            continue;
        }
        if (s[i] === open)
            depth++;
        else if (s[i] === close && --depth === 0)
            return i;
    }
    return -1;
}
/** Splits at `sep` outside nested braces, brackets and parentheses. */
function splitTop(s, sep) {
    const out = [];
    let cur = '';
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '\\') {
            cur += c + (s[i + 1] ?? '');
            i++;
            continue;
        }
        if ('{[('.includes(c))
            depth++;
        else if ('}])'.includes(c) && depth > 0)
            depth--;
        if (c === sep && depth === 0) {
            out.push(cur);
            cur = '';
            continue;
        }
        cur += c;
    }
    out.push(cur);
    return out;
}


/***/ }),

/***/ 235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ escapeRegex),
/* harmony export */   I6: () => (/* binding */ backtrackingLimit),
/* harmony export */   p0: () => (/* binding */ lazyLinearRegex),
/* harmony export */   t$: () => (/* binding */ linearRegex),
/* harmony export */   wI: () => (/* binding */ re2)
/* harmony export */ });
/* harmony import */ var _re2_engine_cjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4112);

/** The RE2JS class (re2-engine.cts loads it on first use). */
const re2 = () => _re2_engine_cjs__WEBPACK_IMPORTED_MODULE_0__.loadRe2js();
/** The LinearRegex methods over a search from a position (the same for both engines). */
function searcher(matchAt, test = (s) => matchAt(s, 0) !== null) {
    const matchAll = (s) => {
        const all = [];
        for (let from = 0; from <= s.length;) {
            const m = matchAt(s, from);
            if (!m)
                break;
            all.push(m);
            from = m.index + (m[0].length || 1);
        }
        return all;
    };
    return {
        matchAt,
        test,
        exec: (s) => matchAt(s, 0),
        matchAll,
        replaceAll(s, replace) {
            let result = '';
            let last = 0;
            for (const m of matchAll(s)) {
                result += s.slice(last, m.index) + replace(m);
                last = m.index + m[0].length;
            }
            return result + s.slice(last);
        },
    };
}
const cache = new Map();
/** Compiles `source`; throws (an Error with RE2's message) on a syntax RE2 rejects. */
function linearRegex(source, flags = '') {
    return compileRe2(source, flags);
}
function compileRe2(source, flags) {
    const key = `${flags}/${source}`;
    let out = cache.get(key);
    if (out)
        return out;
    const RE2JS = re2();
    let f = 0;
    if (flags.includes('i'))
        f |= RE2JS.CASE_INSENSITIVE;
    if (flags.includes('s'))
        f |= RE2JS.DOTALL;
    if (flags.includes('m'))
        f |= RE2JS.MULTILINE;
    const refs = withoutBackreferences(source);
    const re = RE2JS.compile(refs.source, f);
    refs.groups ??= Array.from({ length: re.groupCount() + 1 }, (_, i) => i);
    const groups = refs.groups;
    const same = (a, b) => a === b ||
        (a !== null && b !== null && f & RE2JS.CASE_INSENSITIVE
            ? a.toLowerCase() === b.toLowerCase()
            : false);
    const matchAt = (s, from) => {
        const m = re.matcher(s);
        for (let at = from; at <= s.length;) {
            if (!m.find(at))
                return null;
            if (refs.copies.every(([copy, of]) => same(m.group(copy), m.group(of)))) {
                const out = {
                    0: m.group(0) ?? '',
                    index: m.start(),
                    length: groups.length,
                };
                for (let g = 1; g < groups.length; g++)
                    out[g] = m.group(groups[g]) ?? undefined;
                return out;
            }
            // A backreference that does not hold here: RE2 has no other assignment to offer.
            at = m.start() + 1;
        }
        return null;
    };
    // Without backreferences RE2's own test answers; with them only matchAt checks the copies.
    out = refs.copies.length ? searcher(matchAt) : searcher(matchAt, (s) => re.test(s));
    if (cache.size > 2000)
        cache.clear();
    cache.set(key, out);
    return out;
}
/**
 * A pattern of our own (ASCII classes, no `.`), matched by V8's RegExp on inputs up to
 * `shortInput` characters and by linearRegex beyond, compiled on first use of each. Both
 * engines choose the same match (Go's regexp picks the one a backtracking engine would; with a
 * backreference V8 tries every assignment where the RE2 side checks the first); a short input
 * bounds the backtracking (see backtrackingLimit), and ordinary inputs never load the RE2 engine.
 */
function lazyLinearRegex(source, flags = '', shortInput = 128) {
    let short;
    return searcher((s, from) => {
        if (s.length > shortInput)
            return compileRe2(source, flags).matchAt(s, from);
        short ??= new RegExp(source, flags + 'g');
        short.lastIndex = from;
        return short.exec(s);
    });
}
/**
 * The longest input on which a backtracking engine stays under about a million steps for a
 * pattern with `quantifiers` unbounded repetitions (each can try every split: n^k).
 */
function backtrackingLimit(quantifiers) {
    if (quantifiers <= 1)
        return 4096;
    return Math.max(16, Math.floor(Math.pow(1e6, 1 / quantifiers)));
}
/**
 * RE2 has no backreferences (`\\1`): each becomes a copy of its group, captured on its own, and a
 * match counts only when the copy captured the same text. The groups of the result are the
 * source's. Only the first assignment RE2 finds is checked (a backtracking engine would try
 * others); the patterns here repeat a hole of an image name, where that one is the answer.
 */
function withoutBackreferences(source) {
    if (!/\\[1-9]/.test(source))
        return { source, copies: [] };
    const bodies = [];
    const open = [];
    const groups = [0];
    const copies = [];
    let out = '';
    let made = 0;
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const next = source[i + 1] ?? '';
            if (!inClass && /[1-9]/.test(next)) {
                const of = Number(next);
                const body = (bodies[of] ?? '').replace(/\((?!\?)/g, '(?:');
                made++;
                copies.push([made, groups[of]]);
                out += `(${body})`;
            }
            else
                out += c + next;
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
            continue;
        }
        if (c === '[')
            inClass = true;
        else if (c === '(') {
            const capturing = source[i + 1] !== '?';
            if (capturing) {
                made++;
                groups.push(made);
            }
            open.push({ start: i + 1, index: capturing ? groups.length - 1 : -1 });
        }
        else if (c === ')') {
            const g = open.pop();
            if (g && g.index > 0)
                bodies[g.index] = source.slice(g.start, i);
        }
        out += c;
    }
    return { source: out, groups, copies };
}
/** `s` with every character that means something in a regular expression escaped. */
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}


/***/ }),

/***/ 7765:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ withoutStackTraces)
/* harmony export */ });
/**
 * Runs `fn` while V8 records no stack traces. The yaml package makes an Error object for every
 * problem it meets, and a chart template read as YAML has hundreds: capturing their stacks was
 * two thirds of the parse (200 kube-prometheus-stack templates: 1006 ms with stacks, 308 ms
 * without). Only the messages and positions of those errors are used.
 */
function withoutStackTraces(fn) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return fn();
    }
    finally {
        Error.stackTraceLimit = limit;
    }
}


/***/ }),

/***/ 2170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ showName),
/* harmony export */   Pq: () => (/* binding */ readRootFile),
/* harmony export */   QD: () => (/* binding */ resolveInRoot),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   gM: () => (/* binding */ readRootText),
/* harmony export */   rV: () => (/* binding */ FileRefused),
/* harmony export */   tU: () => (/* binding */ registerRawPath)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, fsPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * The one way the scan reads a file the scanned repository names: a manifest, a Dockerfile,
 * a values file, a compose `.env`, a Makefile include, a baseline. The repository is
 * untrusted (a pull request from a fork writes it), so a path is read only when its real
 * location, symbolic links resolved, is a regular file inside the scanned root and outside
 * `.git/` (where `actions/checkout` keeps the token it persists), and not larger than a limit.
 * A refusal names the path and the reason, never anything read from it.
 */


/** Files over this size are not read (a manifest or Dockerfile is kilobytes). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** A file the scan will not read, and why; the message never quotes its content. */
class FileRefused extends Error {
    path;
    reason;
    constructor(path, reason, detail = '') {
        super(`${path}: ${reason}${detail ? ` (${detail})` : ''}`);
        this.path = path;
        this.reason = reason;
        this.name = 'FileRefused';
    }
}
const realRoots = new Map();
/**
 * File names that are not valid UTF-8 cannot be named by a JS string. Discovery shows them
 * escaped (`a\\xff.yaml`) and records here, by that absolute shown path, the bytes that name
 * the file, so that every reader opens the file itself.
 */
const rawPaths = new Map();
/** `name` as text: itself when it is valid UTF-8, else with each invalid byte as `\\xHH`. */
function showName(name) {
    const text = name.toString('utf8');
    if (Buffer.byteLength(text) === name.length && Buffer.from(text).equals(name))
        return text;
    let out = '';
    let i = 0;
    while (i < name.length) {
        const len = utf8SequenceLength(name, i);
        if (len === 0) {
            out += `\\x${name[i].toString(16).padStart(2, '0')}`;
            i++;
        }
        else {
            out += name.subarray(i, i + len).toString('utf8');
            i += len;
        }
    }
    return out;
}
/** The length of a valid UTF-8 sequence starting at `i`, or 0. */
function utf8SequenceLength(b, i) {
    const c = b[i];
    if (c < 0x80)
        return 1;
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length)
        return 0;
    for (let k = 1; k < len; k++)
        if ((b[i + k] & 0xc0) !== 0x80)
            return 0;
    const cp = b
        .subarray(i, i + len)
        .toString('utf8')
        .codePointAt(0) ?? 0xfffd;
    if (cp === 0xfffd)
        return 0;
    return len;
}
/** Records the bytes that name the file discovery shows as `shownAbs` (see showName). */
function registerRawPath(shownAbs, bytes) {
    rawPaths.set((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(shownAbs), bytes);
}
/** The bytes naming a shown path when its name is not UTF-8, else the path itself. */
function fsPath(abs) {
    return rawPaths.get(abs) ?? abs;
}
function realRoot(root) {
    let real = realRoots.get(root);
    if (real === undefined) {
        try {
            real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        }
        catch {
            real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
        }
        realRoots.set(root, real);
    }
    return real;
}
/** `p` relative to `dir` when it is inside (or is) `dir`, else undefined. */
function insideOf(dir, p) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, p);
    if (rel === '')
        return '';
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        return undefined;
    return rel;
}
function inGitDir(rel) {
    const first = rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)[0];
    return first === '.git';
}
/**
 * The absolute, symlink-resolved path of `path` (relative to `root`, or absolute) when it
 * may be read; throws FileRefused otherwise. `shown` is how messages name the path (default:
 * as given).
 */
function resolveInRoot(root, path, shown = path) {
    const absRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(absRoot, path);
    const lexical = insideOf(absRoot, abs);
    if (lexical === undefined)
        throw new FileRefused(shown, 'outside the scanned root');
    if (inGitDir(lexical))
        throw new FileRefused(shown, 'inside .git');
    let real;
    try {
        const raw = rawPaths.get(abs);
        if (raw) {
            // A name that is not UTF-8: resolved by its bytes, shown escaped.
            const realBytes = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(raw, { encoding: 'buffer' });
            real = showName(realBytes);
            rawPaths.set(real, realBytes);
        }
        else {
            real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
        }
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new FileRefused(shown, 'not found');
        throw new FileRefused(shown, 'unreadable', code ?? '');
    }
    const rel = insideOf(realRoot(absRoot), real);
    if (rel === undefined)
        throw new FileRefused(shown, 'outside the scanned root', 'a symbolic link leads out of it');
    if (inGitDir(rel))
        throw new FileRefused(shown, 'inside .git', 'through a symbolic link');
    return real;
}
/**
 * The bytes of a regular file inside the root (see resolveInRoot), at most `maxBytes`. A
 * FIFO, device or directory is refused without blocking on it: the file is opened
 * non-blocking and checked on the open descriptor.
 */
function readRootFile(root, path, opts = {}) {
    const shown = opts.shown ?? path;
    const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
    const real = resolveInRoot(root, path, shown);
    return readRegularFile(real, shown, maxBytes);
}
/** A regular file's bytes up to `maxBytes`, refusing anything else without blocking on it. */
function readRegularFile(abs, shown, maxBytes = MAX_FILE_BYTES) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(fsPath(abs), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            throw new FileRefused(shown, 'not found');
        throw new FileRefused(shown, 'unreadable', code ?? '');
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            throw new FileRefused(shown, 'not a regular file');
        if (st.size > maxBytes)
            throw new FileRefused(shown, 'too large', `${st.size} bytes, the limit is ${maxBytes}`);
        // Files that report size 0 (procfs-like) are read up to the limit, never past it.
        const chunks = [];
        let total = 0;
        const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size, 1), 65536) + 1);
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, null);
            if (n === 0)
                break;
            total += n;
            if (total > maxBytes)
                throw new FileRefused(shown, 'too large', `the limit is ${maxBytes}`);
            chunks.push(Buffer.from(chunk.subarray(0, n)));
        }
        return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The file as UTF-8 text (see readRootFile). */
function readRootText(root, path, opts = {}) {
    return readRootFile(root, path, opts).toString('utf8');
}


/***/ }),

/***/ 8686:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ classifyFile)
/* harmony export */ });
const DOCKERFILE_RE = /^(?:(?:Dockerfile|Containerfile)(?:[.-].*)?|.+\.(?:dockerfile|containerfile))$/i;
function classifyFile(rel) {
    const slash = rel.lastIndexOf('/');
    const base = rel.slice(slash + 1);
    const lower = base.toLowerCase();
    if (base === 'Chart.yaml')
        return 'chart';
    if (base === 'kustomization.yaml' || base === 'kustomization.yml' || base === 'Kustomization')
        return 'kustomization';
    if (lower === '.kube-whoami.yaml' || lower === '.kube-whoami.yml')
        return 'config';
    if (DOCKERFILE_RE.test(base) &&
        !lower.endsWith('.dockerignore') &&
        !/\.(ya?ml|json|md|txt)$/.test(lower))
        return 'dockerfile';
    const isYaml = /\.(ya?ml)$/.test(lower);
    if (isYaml && /(^|\/)\.github\/workflows\/[^/]+$/.test(rel))
        return 'workflow';
    if (isYaml && /^(docker-)?compose([.-].*)?\.ya?ml$/.test(lower))
        return 'compose';
    if (isYaml && /^skaffold([.-].*)?\.ya?ml$/.test(lower))
        return 'skaffold';
    if (base === 'Makefile' ||
        base === 'makefile' ||
        base === 'GNUmakefile' ||
        /\.(mk|sh|bash)$/.test(lower))
        return 'script';
    if (isYaml || lower.endsWith('.json'))
        return 'manifest';
    return undefined;
}


/***/ }),

/***/ 1465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ discover)
/* harmony export */ });
/* unused harmony export MAX_FILE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _core_root_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2170);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(298);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8686);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8998);






/** Files larger than this are skipped with a notice: no manifest or Dockerfile is that big. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Folders never worth walking (dependencies and VCS data), on top of .gitignore. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);
function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
/**
 * Walks the scan root, honouring nested .gitignore files and the configured excludes, and
 * sorts files by what the scanner does with them. Helm chart folders are returned as charts:
 * their templates are rendered, not parsed as manifests.
 */
function discover(options) {
    const root = options.root;
    const out = {
        root,
        manifests: [],
        charts: [],
        kustomizations: [],
        dockerfiles: [],
        workflows: [],
        compose: [],
        skaffold: [],
        scripts: [],
        configs: [],
        notices: [],
    };
    const globs = options.exclude?.length ? (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .compileGlobs */ .t)(options.exclude) : undefined;
    const excluded = globs && ((path) => globs.test(path));
    const seen = new Set();
    const isIgnored = (rel, isDir, layers) => {
        if (excluded && (excluded(rel) || (isDir && excluded(rel + '/'))))
            return true;
        for (const layer of layers) {
            const sub = layer.dir ? rel.slice(layer.dir.length + 1) : rel;
            if (layer.ig.ignores(isDir ? sub + '/' : sub))
                return true;
        }
        return false;
    };
    const add = (rel, size) => {
        if (seen.has(rel))
            return;
        seen.add(rel);
        const kind = (0,_classify_js__WEBPACK_IMPORTED_MODULE_5__/* .classifyFile */ .T)(rel);
        if (!kind)
            return;
        if (size > MAX_FILE_BYTES) {
            out.notices.push({
                level: 'warning',
                message: `skipped ${rel}: ${size} bytes is over the ${MAX_FILE_BYTES}-byte limit for scanned files`,
                range: { file: rel, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
            });
            return;
        }
        switch (kind) {
            case 'manifest':
                out.manifests.push(rel);
                break;
            case 'chart':
                out.charts.push(rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '.');
                break;
            case 'kustomization':
                out.kustomizations.push(rel);
                break;
            case 'dockerfile':
                out.dockerfiles.push(rel);
                break;
            case 'workflow':
                out.workflows.push(rel);
                break;
            case 'compose':
                out.compose.push(rel);
                break;
            case 'skaffold':
                out.skaffold.push(rel);
                break;
            case 'script':
                out.scripts.push(rel);
                break;
            case 'config':
                out.configs.push(rel);
                break;
        }
    };
    /** Symbolic links to files discovery found, followed once: real path -> the link's name. */
    const links = new Map();
    const followLink = (childRel, layers) => {
        if (isIgnored(childRel, false, layers) || !(0,_classify_js__WEBPACK_IMPORTED_MODULE_5__/* .classifyFile */ .T)(childRel))
            return;
        const at = { file: childRel, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
        let real;
        try {
            real = (0,_core_root_files_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInRoot */ .QD)(root, childRel);
        }
        catch (e) {
            if (e instanceof _core_root_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileRefused */ .rV && e.reason !== 'not found') {
                out.notices.push({
                    level: 'warning',
                    message: `skipped ${childRel}: a symbolic link to a file ${e.reason}`,
                    range: at,
                });
            }
            return;
        }
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
        }
        catch {
            return;
        }
        if (st.isDirectory()) {
            out.notices.push({
                level: 'note',
                message: `${childRel} is a symbolic link to a folder: not followed (scan its target by its own name)`,
                range: at,
            });
            return;
        }
        if (!st.isFile())
            return;
        const realRel = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(realRootOf(root), real));
        if (links.has(realRel))
            return;
        links.set(realRel, childRel);
        add(childRel, st.size);
    };
    const walkDir = (absDir, rel, layers, rawDir = false, depth = 0) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absDir, { withFileTypes: true, encoding: 'buffer' });
        }
        catch (e) {
            out.notices.push({
                level: 'warning',
                message: `cannot read folder ${rel || '.'}: ${e.message}`,
            });
            return;
        }
        const named = entries.map((e) => ({ entry: e, name: (0,_core_root_files_js__WEBPACK_IMPORTED_MODULE_1__/* .showName */ .$i)(e.name) }));
        let here = layers;
        if (named.some((e) => e.name === '.gitignore' && e.entry.isFile())) {
            try {
                // Listed as a regular file of a folder the walk reached without links: inside the root
                // by construction, so no real-path check (one lstat per level: 1,000 nested .gitignore
                // files took 87 s that way).
                const name = rel ? `${rel}/.gitignore` : '.gitignore';
                const ig = ignore__WEBPACK_IMPORTED_MODULE_3__().add((0,_core_root_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFile */ .XF)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, name), name).toString('utf8'));
                here = [...layers, { dir: rel, ig }];
            }
            catch {
                // An unreadable .gitignore only means nothing extra is ignored.
            }
        }
        named.sort((a, b) => Buffer.compare(a.entry.name, b.entry.name));
        for (const { entry, name } of named) {
            const childRel = rel ? `${rel}/${name}` : name;
            const abs = Buffer.concat([absDir, SLASH, entry.name]);
            const raw = rawDir || name !== entry.name.toString('utf8');
            if (raw) {
                // A name that is not UTF-8 (or inside such a folder): read by its bytes, shown escaped.
                (0,_core_root_files_js__WEBPACK_IMPORTED_MODULE_1__/* .registerRawPath */ .tU)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, childRel), abs);
            }
            if (entry.isSymbolicLink()) {
                followLink(childRel, here);
                continue;
            }
            if (entry.isDirectory()) {
                if (ALWAYS_SKIPPED.has(name) || isIgnored(childRel, true, here))
                    continue;
                if (name === 'vendor' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(Buffer.concat([abs, Buffer.from('/modules.txt')]))) {
                    // Go module vendoring: third-party code, whose findings nobody here can fix.
                    out.notices.push({
                        level: 'note',
                        message: `skipped ${childRel}/: vendored Go modules (third-party code); scan it on its own by naming the path`,
                        range: {
                            file: `${childRel}/modules.txt`,
                            startLine: 1,
                            startColumn: 1,
                            endLine: 1,
                            endColumn: 1,
                        },
                    });
                    continue;
                }
                if (depth >= MAX_FOLDER_DEPTH) {
                    out.notices.push({
                        level: 'warning',
                        message: `skipped ${childRel}/: folders nested deeper than ${MAX_FOLDER_DEPTH} levels are not scanned`,
                    });
                    continue;
                }
                walkDir(abs, childRel, here, raw, depth + 1);
            }
            else if (entry.isFile()) {
                if (isIgnored(childRel, false, here))
                    continue;
                if (!(0,_classify_js__WEBPACK_IMPORTED_MODULE_5__/* .classifyFile */ .T)(childRel))
                    continue;
                add(childRel, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).size);
            }
        }
    };
    const starts = options.paths?.length ? options.paths : [''];
    for (const start of starts) {
        const rel = toPosix(start)
            .replace(/^\.\/?/, '')
            .replace(/\/+$/, '');
        const abs = rel ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, rel) : root;
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
        }
        catch {
            out.notices.push({ level: 'error', message: `path not found: ${start}` });
            continue;
        }
        if (st.isDirectory())
            walkDir(Buffer.from(abs), toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, abs)), rootLayers(root, rel));
        else if (st.isFile())
            add(toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, abs)), st.size);
    }
    // A link to a file that is scanned under its own name is not scanned twice.
    for (const [realRel, linkRel] of links) {
        if (!seen.has(realRel) || realRel === linkRel)
            continue;
        for (const list of [out.manifests, out.dockerfiles, out.workflows, out.compose]) {
            const i = list.indexOf(linkRel);
            if (i >= 0)
                list.splice(i, 1);
        }
    }
    return finish(out);
}
const SLASH = Buffer.from('/');
/**
 * Folders below this depth are left out with a notice. Every .gitignore above a path applies to
 * it, as in git, so a chain of n nested .gitignore files costs n\u00b2 checks of paths n long: 1,000
 * took 87 s. Real repositories nest a few dozen levels (node_modules included).
 */
const MAX_FOLDER_DEPTH = 200;
function realRootOf(root) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch {
        return root;
    }
}
/** .gitignore files of the folders between the root and a start folder. */
function rootLayers(root, rel) {
    const layers = [];
    const parts = rel ? rel.split('/') : [];
    for (let i = 0; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        try {
            const ig = ignore__WEBPACK_IMPORTED_MODULE_3__().add((0,_core_root_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRootText */ .gM)(root, dir ? `${dir}/.gitignore` : '.gitignore'));
            layers.push({ dir, ig });
        }
        catch {
            // no .gitignore at this level
        }
    }
    return layers;
}
/** Files inside a chart belong to the chart; subcharts (in a chart's charts/) are not roots. */
function finish(out) {
    const chartDirs = [...new Set(out.charts)].sort();
    const inside = (file, dir) => dir === '.' || file.startsWith(dir + '/');
    const roots = chartDirs.filter((dir) => !chartDirs.some((other) => other !== dir &&
        inside(dir, other) &&
        dir.slice(other === '.' ? 0 : other.length + 1).startsWith('charts/')));
    out.charts = roots;
    if (chartDirs.length) {
        const inChart = (f) => chartDirs.some((dir) => inside(f, dir));
        out.manifests = out.manifests.filter((f) => !inChart(f));
        out.kustomizations = out.kustomizations.filter((f) => !inChart(f));
    }
    return out;
}


/***/ }),

/***/ 8528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ findFeed),
/* harmony export */   _: () => (/* binding */ keyPathAt)
/* harmony export */ });
/* harmony import */ var _template_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1886);
/* harmony import */ var _goyaml_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7876);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8382);



function deref(n) {
    let cur = n;
    while (cur && cur.t === 'alias')
        cur = cur.target ?? null;
    return cur;
}
function find(root, path) {
    let node = deref(root);
    let keyStart = root?.start ?? 0;
    for (const step of path) {
        if (!node)
            return undefined;
        if (node.t === 'map') {
            let hit = -1;
            for (let k = node.keys.length - 1; k >= 0; k--) {
                const key = node.keys[k];
                if (key.t === 'scalar' && key.value === String(step)) {
                    hit = k;
                    break;
                }
            }
            if (hit < 0)
                return undefined;
            keyStart = node.keys[hit].start;
            node = deref(node.values[hit]);
        }
        else if (node.t === 'seq' && typeof step === 'number') {
            const item = node.items[step];
            if (!item)
                return undefined;
            keyStart = item.start;
            node = deref(item);
        }
        else {
            return undefined;
        }
    }
    return { node, keyStart };
}
function mapKeys(n) {
    const d = deref(n);
    if (!d)
        return [];
    if (d.t !== 'map')
        return d.t === 'scalar' && (d.value === '' || d.value === 'null') ? [] : undefined;
    return d.keys.filter((k) => k.t === 'scalar').map((k) => k.value);
}
/** Lower-case stem a value's name is matched with (`seccompProfile` \u2192 `seccomp`). */
function stem(key) {
    const k = key.toLowerCase();
    if (k.startsWith('seccomp'))
        return 'seccomp';
    if (k.startsWith('capabilit'))
        return 'capabilit';
    if (k === 'allowprivilegeescalation')
        return 'privilegeescalation';
    return k;
}
function isEmptyish(v) {
    if (v === null || v === undefined || v === false || v === '')
        return true;
    if ((0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(v))
        return Object.keys(v).length === 0;
    if (Array.isArray(v))
        return v.length === 0;
    return false;
}
/** The reads made while the template wrote the text in [a, b) (file offsets). */
function readsWindow(trace, a, b) {
    const emits = trace.emits;
    let i0 = -1;
    let i1 = -1;
    for (let i = 0; i < emits.length; i++) {
        const e = emits[i];
        if (e.end <= a || e.start >= b)
            continue;
        if (i0 < 0)
            i0 = i;
        i1 = i;
    }
    if (i0 < 0)
        return undefined;
    const from = i0 > 0 ? emits[i0 - 1].readEnd : 0;
    const inner = emits[i1].readEnd;
    // Actions between the owner's last text and the next text (an `if` closing a container).
    const to = i1 + 1 < emits.length ? emits[i1 + 1].readEnd : trace.reads.length;
    return { from, to, inner };
}
/** Where in the output a read happened: the end of the last write before it. */
function readPosition(trace, readIndex) {
    let lo = 0;
    let hi = trace.emits.length - 1;
    let at = 0;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (trace.emits[mid].readEnd <= readIndex) {
            at = trace.emits[mid].end;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return at;
}
/** Finds the value that feeds `query.block` (or `query.field` in it) of the owner at `query.owner`. */
function findFeed(ctx, query) {
    const owner = find(ctx.root, query.owner);
    if (!owner || !owner.node || owner.node.t !== 'map')
        return undefined;
    const base = ctx.offsetInFile;
    const window = readsWindow(ctx.trace, base + owner.node.start, base + owner.node.end);
    if (!window)
        return undefined;
    const excluded = [];
    for (const p of query.exclude ?? []) {
        const ex = find(ctx.root, [...query.owner, ...p]);
        if (ex?.node)
            excluded.push([base + ex.keyStart, base + ex.node.end]);
    }
    const block = find(ctx.root, [...query.owner, query.block]);
    const blockKeys = block ? mapKeys(block.node) : undefined;
    const fieldPresent = blockKeys?.includes(query.field) ?? false;
    const fieldStem = stem(query.field);
    const reads = ctx.trace.reads;
    const candidates = [];
    for (let i = window.from; i < window.to; i++) {
        const r = reads[i];
        if (typeof r.key !== 'string')
            continue;
        const key = r.key.toLowerCase();
        if (excluded.length) {
            // Inside a container's text, or right after the last container: a value named for the
            // pod (`podSecurityContext`) there is the pod's (a `with` after the containers list).
            const at = readPosition(ctx.trace, i);
            const podNamed = key.includes('pod');
            if (excluded.some(([a, b]) => at > a && (at < b || (at === b && !podNamed))))
                continue;
        }
        const inside = i < window.inner ? 1 : 0;
        const podNamed = key.includes('pod') ? 1 : 0;
        const scopeMatch = query.scope === 'pod' ? podNamed : 1 - podNamed;
        const site = (0,_origins_js__WEBPACK_IMPORTED_MODULE_2__/* .siteOf */ .zU)(r.container, r.key);
        const v = r.value;
        if ((0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(v) && Object.keys(v).length > 0 && blockKeys && blockKeys.length > 0) {
            // A map rendered whole under the block: every key it holds is one of the block's.
            const keys = Object.keys(v);
            if (keys.every((k) => blockKeys.includes(k))) {
                candidates.push({
                    read: r,
                    index: i,
                    site,
                    score: 40 + keys.length + inside,
                    whole: true,
                    disabled: false,
                });
                continue;
            }
        }
        if (!fieldPresent && key.includes(fieldStem) && !(0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(v)) {
            // A value for the field alone (`seccompProfile: ""` deciding whether it is written).
            candidates.push({
                read: r,
                index: i,
                site,
                score: 30 + inside,
                whole: false,
                disabled: false,
            });
            continue;
        }
        if (block &&
            blockKeys?.length &&
            !key.includes('securitycontext') &&
            isEmptyish(v) &&
            ((0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(v) || v === '' || v === null || v === undefined)) {
            // An empty value under a securityContext key that the template tested before writing
            // its own default block (`{{- if .Values.securityContext.container }} \u2026 {{- else }}
            // securityContext: {allowPrivilegeEscalation: false}`): setting it replaces the block.
            const path = site?.kind === 'file' ? keyPathAt(site.text, site.keyStart) : undefined;
            const named = path?.map((k) => k.toLowerCase()) ?? [];
            const under = named.slice(0, -1).some((k) => k.includes('securitycontext'));
            const forPod = named.some((k) => k.includes('pod'));
            if (under && forPod === (query.scope === 'pod')) {
                candidates.push({
                    read: r,
                    index: i,
                    site,
                    score: 10 + inside,
                    whole: true,
                    disabled: false,
                    replaces: true,
                });
                continue;
            }
        }
        if (key.includes('securitycontext') &&
            (blockKeys === undefined || blockKeys.length === 0) &&
            ((0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(v) || isEmptyish(v))) {
            const disabled = (0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(v) && v.enabled === false;
            if (!isEmptyish(v) && !disabled && blockKeys === undefined) {
                // A non-empty map that did not render: only its switch can have kept it out.
                continue;
            }
            candidates.push({
                read: r,
                index: i,
                site,
                score: 20 + 2 * scopeMatch + inside,
                whole: true,
                disabled,
            });
        }
    }
    candidates.sort((a, b) => b.score - a.score || b.index - a.index);
    const best = candidates[0];
    if (best)
        return valueFeed(ctx, best);
    if (!block)
        return { kind: 'template' };
    const at = base + block.keyStart;
    const emit = ctx.trace.emitAt(at);
    return {
        kind: 'template',
        template: emit
            ? emit.kind === 'text'
                ? ctx.textRange(emit, at)
                : ctx.range(emit.at)
            : undefined,
    };
}
function valueFeed(ctx, c) {
    const template = ctx.range(c.read.at);
    const key = String(c.read.key);
    const common = {
        template,
        whole: c.whole,
        ...(c.disabled ? { disabled: true } : {}),
        ...(c.replaces ? { replaces: true } : {}),
    };
    if (c.site?.kind === 'file') {
        const path = keyPathAt(c.site.text, c.site.keyStart);
        return {
            kind: 'value',
            expression: `.Values.${path ? path.join('.') : key}`,
            range: (0,_origins_js__WEBPACK_IMPORTED_MODULE_2__/* .siteRange */ .v6)(c.site, !(0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(c.read.value) && !(c.read.value instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .GoInt */ .ov)),
            ...common,
        };
    }
    if (c.site?.kind === 'set') {
        const arg = /^--[\w-]+[ =](.*?)=/.exec(c.site.argument)?.[1];
        return {
            kind: 'value',
            expression: `.Values.${arg ?? key}`,
            setArgument: c.site.argument,
            ...common,
        };
    }
    return { kind: 'value', expression: expressionIn(ctx, c.read, key), ...common };
}
/** `.Values.x.key` as the reading action spells it, else `\u2026.key`. */
function expressionIn(ctx, read, key) {
    const text = ctx.text(read.at);
    const re = new RegExp(`\\$?\\.Values(?:\\.[A-Za-z0-9_]+)*\\.${key.replace(/\W/g, '')}\\b`);
    const m = text ? re.exec(text) : null;
    return m ? m[0].replace(/^\$/, '') : `.Values.\u2026.${key}`;
}
const parsed = new WeakMap();
/** The key path of the mapping key that starts at `offset` in a YAML text. */
function keyPathAt(text, offset) {
    let root = parsed.get(text);
    if (root === undefined) {
        root = (0,_goyaml_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFirstDocumentIfYaml */ .N3)(text.source);
        parsed.set(text, root);
    }
    const walk = (n, path) => {
        const d = deref(n);
        if (!d || d.t !== 'map')
            return undefined;
        for (let i = 0; i < d.keys.length; i++) {
            const k = d.keys[i];
            if (k.t !== 'scalar')
                continue;
            if (k.start === offset)
                return [...path, k.value];
            const v = d.values[i];
            if (v && offset >= k.start && offset <= v.end) {
                const hit = walk(v, [...path, k.value]);
                if (hit)
                    return hit;
            }
        }
        return undefined;
    };
    return walk(root, []);
}


/***/ }),

/***/ 4649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ hasKey),
/* harmony export */   O4: () => (/* binding */ goTypeName),
/* harmony export */   i7: () => (/* binding */ getKey),
/* harmony export */   qL: () => (/* binding */ setKey),
/* harmony export */   wZ: () => (/* binding */ deepCopyMap)
/* harmony export */ });
/* unused harmony exports deleteKey, deepCopy */
/* harmony import */ var _template_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1886);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);
/**
 * Map helpers for Go-shaped values held in plain objects: own-key reads and writes that
 * are safe for any key a chart may use (`__proto__`, `constructor`), a deep copy that
 * keeps value origins, and Go's type names for messages Helm prints.
 */


function hasKey(m, key) {
    return Object.prototype.hasOwnProperty.call(m, key);
}
function getKey(m, key) {
    return hasKey(m, key) ? m[key] : undefined;
}
function setKey(m, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(m, key, { value, writable: true, enumerable: true, configurable: true });
    }
    else {
        m[key] = value;
    }
}
function deleteKey(m, key) {
    delete m[key];
}
/** copystructure.Copy of maps and slices (other values are shared), origins included. */
function deepCopy(v) {
    if (Array.isArray(v)) {
        const out = v.slice();
        for (let i = 0; i < out.length; i++) {
            const x = out[i];
            if (x !== null && typeof x === 'object')
                out[i] = deepCopy(x);
        }
        (0,_origins_js__WEBPACK_IMPORTED_MODULE_1__/* .shareSites */ .ol)(v, out);
        return out;
    }
    if ((0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(v))
        return deepCopyMap(v);
    return v;
}
function deepCopyMap(m) {
    // Spread copies own properties natively (an own `__proto__` stays an own property).
    const out = { ...m };
    for (const k in out) {
        const x = out[k];
        if (x !== null && typeof x === 'object' && (Array.isArray(x) || (0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(x)))
            out[k] = deepCopy(x);
    }
    (0,_origins_js__WEBPACK_IMPORTED_MODULE_1__/* .shareSites */ .ol)(m, out);
    return out;
}
/** Go's %T name for a value held in an interface{} (values, --set results). */
function goTypeName(v) {
    if (v === null || v === undefined)
        return 'nil';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'number')
        return 'float64';
    if (typeof v === 'bigint')
        return 'int64';
    if (typeof v === 'string')
        return 'string';
    if (Array.isArray(v))
        return '[]interface {}';
    if (v instanceof Uint8Array)
        return '[]uint8';
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .GoInt */ .ov)
        return v.kind;
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .GoStruct */ .On)
        return v.typeName;
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .GoTime */ .yT)
        return 'time.Time';
    if (typeof v === 'function')
        return 'func';
    return 'map[string]interface {}';
}


/***/ }),

/***/ 4331:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ YamlSyntaxError)
/* harmony export */ });
/**
 * The YAML node tree the chart code works on: scalars keep their text and whether they
 * were plain (only plain scalars resolve to null/bool/int/float), collections keep their
 * children, and every node its offsets in the source.
 */
/** A syntax error worded like go-yaml's (`yaml: line N: message`). */
class YamlSyntaxError extends Error {
    goMessage;
    offset;
    constructor(
    /** The go-yaml message without the `yaml: ` prefix, e.g. `line 3: did not find expected key`. */
    goMessage, 
    /** Offset of the problem in the source. */
    offset) {
        super(`yaml: ${goMessage}`);
        this.goMessage = goMessage;
        this.offset = offset;
    }
}


/***/ }),

/***/ 3332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IA: () => (/* binding */ plainStaysString),
/* harmony export */   Kt: () => (/* binding */ checkDecodable),
/* harmony export */   Pp: () => (/* binding */ formatFloat32),
/* harmony export */   ej: () => (/* binding */ YamlDecodeError),
/* harmony export */   z8: () => (/* binding */ toGoValue)
/* harmony export */ });
/* harmony import */ var _template_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1886);
/* harmony import */ var _yaml_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2395);
/* harmony import */ var _template_strconv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1582);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8382);
/* harmony import */ var _gomap_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4649);
/**
 * Node tree to Go values as go-yaml v2 decodes into interface{} and sigs.k8s.io/yaml then
 * turns into JSON: plain scalars resolved with YAML 1.1 rules, tags honoured, merge keys
 * applied in order, duplicate keys overwritten, map keys made strings, numbers float64
 * (or bigint for ints when decoding into typed fields). Optionally records each key's and
 * item's span for the source map.
 */





class YamlDecodeError extends Error {
    goMessage;
    offset;
    constructor(
    /** go-yaml's message without the `yaml: ` prefix. */
    goMessage, offset) {
        super(`yaml: ${goMessage}`);
        this.goMessage = goMessage;
        this.offset = offset;
    }
}
const [nullTag, trueTag, falseTag, intTag, floatTag] = _yaml_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .goYamlTags */ .DJ;
const tagPrefix = 'tag:yaml.org,2002:';
const testOf = (t) => t.test;
/**
 * Whether a plain scalar starts with a letter that no YAML 1.1 null, boolean or number can
 * start with (most strings and keys do): it stays the string it is.
 */
function plainStaysString(s) {
    const c = s.charCodeAt(0);
    return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && !'yYnNtTfFoO'.includes(s[0]);
}
/** The Go value of a plain scalar, or undefined when it stays a string. */
function resolvePlain(s, bigInts) {
    if (s.length === 0)
        return null;
    if (plainStaysString(s))
        return undefined;
    const c = s.charCodeAt(0);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (testOf(nullTag).test(s))
        return null;
    if (testOf(trueTag).test(s))
        return true;
    if (testOf(falseTag).test(s))
        return false;
    if (letter)
        return undefined;
    if (testOf(intTag).test(s)) {
        const n = intTag.resolve(s, () => { }, {});
        if (bigInts)
            return parseGoIntBig(s) ?? n;
        return n;
    }
    if (testOf(floatTag).test(s))
        return floatTag.resolve(s, () => { }, {});
    return undefined;
}
function parseGoIntBig(src) {
    const neg = src.startsWith('-');
    const t = src.replace(/^[-+]/, '').replace(/_/g, '');
    let v;
    try {
        if (/^0[xX]/.test(t))
            v = BigInt('0x' + t.slice(2));
        else if (/^0[oO]/.test(t))
            v = BigInt('0o' + t.slice(2));
        else if (/^0[bB]/.test(t))
            v = BigInt('0b' + t.slice(2));
        else if (/^0[0-7]+$/.test(t))
            v = BigInt('0o' + t.slice(1));
        else
            v = BigInt(t);
    }
    catch {
        return undefined;
    }
    return neg ? -v : v;
}
/** strconv.FormatFloat(v, 'g', -1, 32) */
function formatFloat32(v) {
    const f = Math.fround(v);
    for (let p = 1; p <= 9; p++) {
        const y = Number(f.toPrecision(p));
        if (Math.fround(y) === f)
            return (0,_template_strconv_js__WEBPACK_IMPORTED_MODULE_2__/* .formatFloat */ .kr)(y, 'g', -1);
    }
    return (0,_template_strconv_js__WEBPACK_IMPORTED_MODULE_2__/* .formatFloat */ .kr)(f, 'g', -1);
}
/** go-yaml's allowedAliasRatio: 99% of aliased nodes up to 400,000 nodes, 10% from 4,000,000. */
function allowedAliasRatio(decodeCount) {
    if (decodeCount <= 400_000)
        return 0.99;
    if (decodeCount >= 4_000_000)
        return 0.1;
    return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000);
}
class Converter {
    opts;
    nodes = 0;
    maxNodes;
    active = new Set();
    constructor(opts) {
        this.opts = opts;
        this.maxNodes = opts.maxNodes ?? 5_000_000;
    }
    /** Nodes decoded inside an alias, and how deep in aliases the decoder is (go-yaml's). */
    aliasCount = 0;
    aliasDepth = 0;
    count(n) {
        ++this.nodes;
        if (this.aliasDepth > 0)
            this.aliasCount++;
        // go-yaml's own rule: a document mostly made of alias expansions is refused early (a
        // billion laughs after some 10,000 nodes, not after millions).
        if (this.nodes > this.maxNodes ||
            (this.aliasCount > 100 &&
                this.nodes > 1000 &&
                this.aliasCount / this.nodes > allowedAliasRatio(this.nodes))) {
            throw new YamlDecodeError('document contains excessive aliasing', n.start);
        }
    }
    record(container, key, keyNode, value, at) {
        const s = this.opts.sites;
        if (!s)
            return;
        const k = keyNode ?? value;
        const keyStart = (k ? k.start : at) + s.base;
        const keyEnd = (k ? k.end : at) + s.base;
        (0,_origins_js__WEBPACK_IMPORTED_MODULE_3__/* .setSite */ .Qn)(container, key, {
            kind: 'file',
            text: s.text,
            keyStart,
            keyEnd,
            valueStart: (value ? value.start : k ? k.end : at) + s.base,
            valueEnd: (value ? value.end : k ? k.end : at) + s.base,
        });
    }
    scalar(n) {
        const tag = n.tag;
        if (tag === undefined || tag === '!') {
            if (!n.plain || tag === '!')
                return n.value;
            const r = resolvePlain(n.value, !!this.opts.bigInts);
            if (typeof r === 'number' && !Number.isFinite(r)) {
                throw new YamlDecodeError(`json: unsupported value: ${Number.isNaN(r) ? 'NaN' : r > 0 ? '+Inf' : '-Inf'}`, n.start);
            }
            return r === undefined ? n.value : r;
        }
        if (!tag.startsWith(tagPrefix))
            return n.value;
        const kind = tag.slice(tagPrefix.length);
        const r = resolvePlain(n.value, !!this.opts.bigInts);
        const want = (ok) => {
            if (!ok)
                throw new YamlDecodeError(`cannot decode !!str \`${n.value}\` as a !!${kind}`, n.start);
        };
        switch (kind) {
            case 'str':
                return n.value;
            case 'int':
                want(typeof r === 'number'
                    ? Number.isInteger(r) && testOf(intTag).test(n.value)
                    : typeof r === 'bigint');
                return r;
            case 'float':
                want(typeof r === 'number' || typeof r === 'bigint');
                return typeof r === 'bigint' ? Number(r) : r;
            case 'bool':
                want(typeof r === 'boolean');
                return r;
            case 'null':
                want(r === null);
                return null;
            default:
                return r === undefined ? n.value : r;
        }
    }
    keyString(n, value) {
        let k = n;
        while (k.t === 'alias') {
            if (!k.target)
                throw new YamlDecodeError(`unknown anchor '${k.name}' referenced`, k.start);
            k = k.target;
        }
        if (k.t !== 'scalar') {
            throw new YamlDecodeError('error converting YAML to JSON: unsupported map key', k.start);
        }
        const v = this.scalar(k);
        if (typeof v === 'string')
            return v;
        if (typeof v === 'boolean')
            return v ? 'true' : 'false';
        if (typeof v === 'bigint')
            return v.toString();
        if (typeof v === 'number') {
            if (Number.isInteger(v) && k.plain && testOf(intTag).test(k.value))
                return String(v);
            return formatFloat32(v);
        }
        const shown = value && value.t === 'scalar' ? JSON.stringify(value.value) : '<nil>';
        throw new YamlDecodeError(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${shown}`, k.start);
    }
    node(n) {
        if (n === null)
            return null;
        this.count(n);
        switch (n.t) {
            case 'scalar':
                return this.scalar(n);
            case 'alias': {
                if (!n.target)
                    throw new YamlDecodeError(`unknown anchor '${n.name}' referenced`, n.start);
                if (this.active.has(n.target)) {
                    throw new YamlDecodeError(`anchor '${n.name}' value contains itself`, n.start);
                }
                this.active.add(n.target);
                this.aliasDepth++;
                try {
                    return this.node(n.target);
                }
                finally {
                    this.aliasDepth--;
                    this.active.delete(n.target);
                }
            }
            case 'seq': {
                const out = [];
                const anchored = n.anchor !== undefined;
                if (anchored)
                    this.active.add(n);
                n.items.forEach((it, i) => {
                    out.push(this.node(it));
                    this.record(out, i, null, it, n.start);
                });
                if (anchored)
                    this.active.delete(n);
                return out;
            }
            case 'map':
                return this.map(n);
        }
    }
    map(n) {
        const out = {};
        const anchored = n.anchor !== undefined;
        if (anchored)
            this.active.add(n);
        for (let i = 0; i < n.keys.length; i++) {
            const k = n.keys[i];
            const v = n.values[i];
            if (k.t === 'scalar' && k.plain && k.value === '<<' && k.tag === undefined) {
                this.merge(out, v);
                continue;
            }
            const key = this.keyString(k, v);
            (0,_gomap_js__WEBPACK_IMPORTED_MODULE_4__/* .setKey */ .qL)(out, key, this.node(v));
            this.record(out, key, k, v, k.end);
        }
        if (anchored)
            this.active.delete(n);
        return out;
    }
    merge(out, v) {
        const target = (x) => {
            let t = x;
            while (t && t.t === 'alias') {
                if (!t.target)
                    throw new YamlDecodeError(`unknown anchor '${t.name}' referenced`, t.start);
                t = t.target;
            }
            return t;
        };
        const fail = () => {
            throw new YamlDecodeError('map merge requires map or sequence of maps as the value', v?.start ?? 0);
        };
        const one = (x) => {
            if (target(x)?.t !== 'map')
                fail();
            const src = this.node(x);
            for (const k of Object.keys(src)) {
                (0,_gomap_js__WEBPACK_IMPORTED_MODULE_4__/* .setKey */ .qL)(out, k, src[k]);
                (0,_origins_js__WEBPACK_IMPORTED_MODULE_3__/* .copySite */ .lB)(src, k, out, k);
            }
        };
        const t = target(v);
        if (t?.t === 'seq' && v?.t !== 'alias') {
            for (let i = t.items.length - 1; i >= 0; i--)
                one(t.items[i]);
        }
        else if (t?.t === 'map') {
            one(v);
        }
        else {
            fail();
        }
    }
}
/**
 * Runs the decode checks of toGoValue (unknown anchors, tag conversions, unsupported keys
 * and numbers, merge key shapes) without building the value. Throws YamlDecodeError.
 */
function checkDecodable(root) {
    const c = new Converter({});
    const visit = (n) => {
        if (n === null)
            return;
        switch (n.t) {
            case 'scalar':
                if (n.tag !== undefined ||
                    (n.plain && /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(n.value))) {
                    c.scalar(n);
                }
                return;
            case 'alias':
                if (!n.target)
                    throw new YamlDecodeError(`unknown anchor '${n.name}' referenced`, n.start);
                return;
            case 'seq':
                for (const it of n.items)
                    visit(it);
                return;
            case 'map':
                for (let i = 0; i < n.keys.length; i++) {
                    const k = n.keys[i];
                    if (k.t === 'scalar' && k.plain && k.value === '<<' && k.tag === undefined) {
                        c.node(n);
                        return;
                    }
                    c.keyString(k, n.values[i]);
                    visit(n.values[i]);
                }
        }
    };
    visit(root);
}
/** Converts a parsed document to a Go value. Throws YamlDecodeError. */
function toGoValue(root, opts = {}) {
    return new Converter(opts).node(root);
}



/***/ }),

/***/ 8127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ YAML_SIMPLE_ESCAPES)
/* harmony export */ });
/** The single-character escapes of YAML double-quoted scalars, as libyaml (and go-yaml) reads them. */
const YAML_SIMPLE_ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
};


/***/ }),

/***/ 7876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N3: () => (/* binding */ parseFirstDocumentIfYaml),
/* harmony export */   dK: () => (/* binding */ parseFirstDocumentFast),
/* harmony export */   jE: () => (/* binding */ parseFirstDocument)
/* harmony export */ });
/* unused harmony export UnsupportedYaml */
/* harmony import */ var _core_no_stack_traces_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7765);
/* harmony import */ var _escapes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8127);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4331);
/* harmony import */ var _yaml_depth_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6131);
/* harmony import */ var _core_decode_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9566);
/**
 * A fast YAML reader for the first document of a stream, following libyaml/go-yaml v2
 * (which sigs.k8s.io/yaml and therefore Helm use): block and flow collections, plain,
 * quoted and block scalars with libyaml's folding rules, anchors, aliases and tags, and
 * go-yaml's error wording for the common mistakes.
 *
 * Anything it does not handle (explicit `?` keys, complex keys, unusual line breaks) and
 * any syntax error it reports is re-read with the `yaml` package, which is slower but
 * complete; the tree shape is the same either way.
 */






const SP = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
class Unsupported extends Error {
}
function isBlank(c) {
    return c === SP || c === TAB;
}
function isBreak(c) {
    return c === LF || c === CR;
}
function isFlowIndicator(c) {
    // , [ ] { }
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
class FastParser {
    src;
    pos = 0;
    len;
    flow = 0;
    anchors = new Map();
    constructor(src) {
        this.src = src;
        this.len = src.length;
    }
    code(p = this.pos) {
        return p < this.len ? this.src.charCodeAt(p) : -1;
    }
    atEnd(p = this.pos) {
        return p >= this.len;
    }
    blankOrEnd(p) {
        if (p >= this.len)
            return true;
        const c = this.src.charCodeAt(p);
        return c === SP || c === TAB || c === LF || c === CR;
    }
    col(p = this.pos) {
        return p - this.lineStartOf(p);
    }
    line0(p) {
        let n = 0;
        for (let i = this.src.indexOf('\n'); i >= 0 && i < p; i = this.src.indexOf('\n', i + 1))
            n++;
        return n;
    }
    fail(msg, offset, kind, context) {
        let line = this.line0(offset);
        if (kind === 'scanner') {
            if (line !== 0)
                line++;
        }
        else if (line === 0 && context !== undefined) {
            line = this.line0(context);
        }
        throw new _ast_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlSyntaxError */ .n(line !== 0 ? `line ${line}: ${msg}` : msg, offset);
    }
    /** `---` or `...` at column 0 followed by a blank or the end. */
    atDocMarker(p = this.pos) {
        if (p + 3 > this.len)
            return false;
        if (p > 0 && this.src.charCodeAt(p - 1) !== LF)
            return false;
        const s = this.src.slice(p, p + 3);
        return (s === '---' || s === '...') && this.blankOrEnd(p + 3);
    }
    consumeBreak() {
        const c = this.code();
        if (c === CR) {
            if (this.code(this.pos + 1) !== LF)
                throw new Unsupported('lone CR');
            this.pos += 2;
        }
        else {
            this.pos++;
        }
    }
    /**
     * Skips blanks, line breaks and comments up to the next token. In block context a tab
     * before the first token of a line is an error, as in libyaml.
     */
    skipToToken() {
        let lineStart = this.pos === 0 || this.code(this.pos - 1) === LF;
        for (;;) {
            const c = this.code();
            if (c === SP) {
                this.pos++;
            }
            else if (c === TAB) {
                if (this.flow === 0 && lineStart) {
                    // A tab where indentation is expected: libyaml treats it as a token start.
                    this.fail('found character that cannot start any token', this.pos, 'scanner');
                }
                this.pos++;
            }
            else if (c === 35 /* # */) {
                while (!this.atEnd() && !isBreak(this.code()))
                    this.pos++;
            }
            else if (isBreak(c)) {
                this.consumeBreak();
                lineStart = true;
            }
            else {
                return;
            }
        }
    }
    /** Skips blanks on the current line; tabs are fine between tokens. */
    skipBlanks() {
        while (isBlank(this.code()))
            this.pos++;
    }
    /** After a token on the same line: blanks and an optional comment; true when the line ended. */
    skipLineRest() {
        this.skipBlanks();
        const c = this.code();
        if (c === 35) {
            while (!this.atEnd() && !isBreak(this.code()))
                this.pos++;
            return true;
        }
        return c === -1 || isBreak(c);
    }
    parseDocument() {
        // Directives and the document start marker.
        for (;;) {
            this.skipToToken();
            if (this.code() === 37 /* % */ && this.col() === 0) {
                while (!this.atEnd() && !isBreak(this.code()))
                    this.pos++;
                continue;
            }
            break;
        }
        let explicitStart = false;
        if (this.atDocMarker() && this.src.startsWith('---', this.pos)) {
            this.pos += 3;
            explicitStart = true;
            if (this.skipLineRest())
                this.skipToToken();
            else
                this.skipBlanks();
        }
        if (this.atEnd() || this.atDocMarker())
            return null;
        const root = this.parseNode(-1, explicitStart && this.col() !== 0 ? 'inline' : 'block');
        this.skipToToken();
        if (!this.atEnd() && !this.atDocMarker()) {
            const c = this.code();
            if (root && root.t === 'seq' && this.col() === root.start - this.lineStartOf(root.start)) {
                this.fail("did not find expected '-' indicator", this.pos, 'parser');
            }
            if (c === 58 /* : */)
                this.fail('mapping values are not allowed in this context', this.pos, 'scanner');
            this.fail('did not find expected <document start>', this.pos, 'parser');
        }
        return root;
    }
    // Line starts, built once; lookups start from the last line found (positions mostly move forward).
    lineStarts;
    lastLine = 0;
    lineStartOf(p) {
        let starts = this.lineStarts;
        if (!starts) {
            starts = [0];
            for (let i = this.src.indexOf('\n'); i >= 0; i = this.src.indexOf('\n', i + 1))
                starts.push(i + 1);
            this.lineStarts = starts;
        }
        let i = this.lastLine;
        if (starts[i] > p) {
            let lo = 0;
            let hi = i;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= p)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            i = lo;
        }
        else {
            while (i + 1 < starts.length && starts[i + 1] <= p)
                i++;
        }
        this.lastLine = i;
        return starts[i];
    }
    /**
     * Parses the node at the current position. `indent` is the enclosing block's
     * indentation; `where` tells whether the node starts on the line of its parent's
     * indicator (`key: x`, `- x`) or on a line of its own.
     */
    parseNode(indent, where) {
        let anchor;
        let tag;
        const propsStart = this.pos;
        // Node properties.
        for (;;) {
            const c = this.code();
            if (c === 38 /* & */) {
                if (anchor !== undefined)
                    this.fail('did not find expected node content', this.pos, 'parser');
                anchor = this.readName();
            }
            else if (c === 33 /* ! */) {
                if (tag !== undefined)
                    this.fail('did not find expected node content', this.pos, 'parser');
                tag = this.readTag();
            }
            else {
                break;
            }
            if (this.skipLineRest()) {
                // Properties alone on a line: the content follows on the next lines.
                const save = this.pos;
                this.skipToToken();
                if (this.atEnd() || this.atDocMarker() || this.col() <= indent) {
                    if (!(this.col() === indent && this.code() === 45 && this.blankOrEnd(this.pos + 1))) {
                        this.pos = save;
                        return this.finish(this.emptyScalar(this.pos), anchor, tag);
                    }
                }
                where = 'block';
            }
        }
        const c = this.code();
        const start = this.pos;
        if (c === -1 ||
            isBreak(c) ||
            (where === 'block' && this.col() <= indent && !this.isSeqEntry())) {
            return this.finish(this.emptyScalar(propsStart), anchor, tag);
        }
        if (c === 42 /* * */) {
            if (anchor !== undefined || tag !== undefined) {
                this.fail('did not find expected node content', this.pos, 'parser');
            }
            const name = this.readName();
            const alias = {
                t: 'alias',
                start,
                end: this.pos,
                name,
                target: this.anchors.get(name),
            };
            this.skipBlanks();
            if (this.code() === 58 && this.blankOrEnd(this.pos + 1))
                throw new Unsupported('alias as key');
            return alias;
        }
        if (c === 45 /* - */ && this.blankOrEnd(this.pos + 1)) {
            if (where === 'inline') {
                this.fail('block sequence entries are not allowed in this context', this.pos, 'scanner');
            }
            const col = this.col();
            return this.finish(this.parseBlockSeq(col, col === indent), anchor, tag);
        }
        if (c === 63 /* ? */ && this.blankOrEnd(this.pos + 1))
            throw new Unsupported('explicit key');
        if (c === 91 /* [ */ || c === 123 /* { */) {
            const node = this.parseFlowCollection();
            this.skipBlanks();
            if (this.code() === 58 && this.blankOrEnd(this.pos + 1))
                throw new Unsupported('complex key');
            return this.finish(node, anchor, tag);
        }
        if (c === 124 /* | */ || c === 62 /* > */) {
            return this.finish(this.parseBlockScalar(indent), anchor, tag);
        }
        // A scalar, possibly the first key of a block mapping.
        const keyCol = this.col();
        const scalar = this.parseScalarOrKey(indent);
        if (scalar.isKey) {
            if (where === 'inline') {
                // `a: b: c`: a mapping cannot start inside a mapping value on the same line.
                this.fail('mapping values are not allowed in this context', scalar.colonPos, 'scanner');
            }
            const map = this.parseBlockMap(keyCol, scalar.node);
            return this.finish(map, anchor, tag);
        }
        return this.finish(scalar.node, anchor, tag);
    }
    /** Whether the node at `p` directly follows a `- ` on its line (a compact mapping is fine there). */
    afterSeqIndicator(p) {
        let q = p - 1;
        while (q >= 0 && isBlank(this.src.charCodeAt(q)))
            q--;
        return q >= 0 && this.src.charCodeAt(q) === 45;
    }
    isSeqEntry() {
        return this.code() === 45 && this.blankOrEnd(this.pos + 1);
    }
    finish(node, anchor, tag) {
        if (tag !== undefined && node.t !== 'alias')
            node.tag = tag;
        if (anchor !== undefined) {
            if (node.t !== 'alias')
                node.anchor = anchor;
            this.anchors.set(anchor, node);
        }
        return node;
    }
    emptyScalar(at) {
        return { t: 'scalar', start: at, end: at, value: '', plain: true };
    }
    readName() {
        const start = ++this.pos;
        while (!this.atEnd()) {
            const c = this.code();
            if (isBlank(c) || isBreak(c) || isFlowIndicator(c))
                break;
            this.pos++;
        }
        if (this.pos === start) {
            this.fail('did not find expected alphabetic or numeric character', this.pos, 'scanner');
        }
        return this.src.slice(start, this.pos);
    }
    readTag() {
        const start = this.pos;
        if (this.code(this.pos + 1) === 60 /* < */) {
            const end = this.src.indexOf('>', this.pos);
            if (end < 0)
                throw new Unsupported('verbatim tag');
            this.pos = end + 1;
            return this.src.slice(start + 2, end);
        }
        this.pos++;
        while (!this.atEnd()) {
            const c = this.code();
            if (isBlank(c) || isBreak(c) || (this.flow > 0 && isFlowIndicator(c)))
                break;
            this.pos++;
        }
        const raw = this.src.slice(start, this.pos);
        if (raw.startsWith('!!'))
            return `tag:yaml.org,2002:${raw.slice(2)}`;
        return raw;
    }
    parseBlockSeq(indent, compact = false) {
        const seq = { t: 'seq', start: this.pos, end: this.pos, items: [] };
        for (;;) {
            // At '-'.
            this.pos++;
            let item;
            if (this.skipLineRest()) {
                const save = this.pos;
                this.skipToToken();
                if (this.atEnd() || this.atDocMarker() || this.col() <= indent) {
                    this.pos = save;
                    item = this.emptyScalar(save);
                }
                else {
                    item = this.parseNode(indent, 'block');
                }
            }
            else {
                item = this.parseNode(indent, 'seqitem');
            }
            seq.items.push(item ?? this.emptyScalar(this.pos));
            seq.end = Math.max(seq.end, nodeEnd(item, this.pos));
            const save = this.pos;
            this.skipToToken();
            if (this.atEnd() || this.atDocMarker()) {
                this.pos = save;
                return seq;
            }
            const c = this.col();
            if (c === indent && this.isSeqEntry())
                continue;
            if (c > indent || (c === indent && !compact)) {
                this.fail("did not find expected '-' indicator", this.pos, 'parser', seq.start);
            }
            this.pos = save;
            return seq;
        }
    }
    parseBlockMap(indent, firstKey) {
        const map = { t: 'map', start: firstKey.start, end: firstKey.end, keys: [], values: [] };
        let key = firstKey;
        for (;;) {
            // Positioned just after the ':' of `key`.
            let value;
            if (this.skipLineRest()) {
                const save = this.pos;
                this.skipToToken();
                const c = this.col();
                if (this.atEnd() || this.atDocMarker() || c < indent) {
                    this.pos = save;
                    value = null;
                }
                else if (c === indent) {
                    if (this.isSeqEntry())
                        value = this.parseBlockSeq(indent, true);
                    else {
                        this.pos = save;
                        value = null;
                    }
                }
                else {
                    value = this.parseNode(indent, 'block');
                }
            }
            else {
                value = this.parseNode(indent, 'inline');
            }
            map.keys.push(key);
            map.values.push(value);
            map.end = Math.max(map.end, nodeEnd(value, key.end));
            const save = this.pos;
            this.skipToToken();
            if (this.atEnd() || this.atDocMarker()) {
                this.pos = save;
                return map;
            }
            const c = this.col();
            if (c < indent) {
                this.pos = save;
                return map;
            }
            if (c > indent) {
                if (this.code() === 58 && this.blankOrEnd(this.pos + 1)) {
                    this.fail('mapping values are not allowed in this context', this.pos, 'scanner');
                }
                this.fail('did not find expected key', this.pos, 'parser', map.start);
            }
            if (this.isSeqEntry()) {
                this.fail('did not find expected key', this.pos, 'parser', map.start);
            }
            const k = this.parseKey(indent);
            key = k;
        }
    }
    /** A key at the start of a mapping line, up to and including its ':'. */
    parseKey(indent) {
        const c = this.code();
        if (c === 63 && this.blankOrEnd(this.pos + 1))
            throw new Unsupported('explicit key');
        if (c === 91 || c === 123)
            throw new Unsupported('complex key');
        if (c === 42 || c === 38 || c === 33)
            throw new Unsupported('key with properties');
        const s = this.parseScalarOrKey(indent);
        if (!s.isKey) {
            this.fail("could not find expected ':'", this.pos, 'scanner');
        }
        return s.node;
    }
    /**
     * Reads a scalar. When it is a single-line scalar followed by `:` and a blank, it is a
     * mapping key: the ':' is consumed and `isKey` is set.
     */
    parseScalarOrKey(indent) {
        const c = this.code();
        const startLine = this.lineStartOf(this.pos);
        let node;
        if (c === 34 /* " */ || c === 39 /* ' */) {
            node = c === 34 ? this.parseDoubleQuoted() : this.parseSingleQuoted();
            const save = this.pos;
            this.skipBlanks();
            if (this.code() === 58 && (this.blankOrEnd(this.pos + 1) || this.flow > 0)) {
                if (this.lineStartOf(node.start) !== this.lineStartOf(this.pos)) {
                    this.fail('did not find expected key', this.pos, 'parser');
                }
                const colonPos = this.pos;
                this.pos++;
                return { node, isKey: true, colonPos };
            }
            this.pos = save;
            return { node, isKey: false, colonPos: -1 };
        }
        const first = this.scanPlainLine();
        if (first.colon) {
            const colonPos = this.pos;
            this.pos++;
            const n = {
                t: 'scalar',
                start: first.start,
                end: first.end,
                value: this.src.slice(first.start, first.end),
                plain: true,
            };
            return { node: n, isKey: true, colonPos };
        }
        node = this.continuePlain(first.start, first.end, indent, startLine);
        return { node, isKey: false, colonPos: -1 };
    }
    /**
     * Scans a plain scalar on the current line; stops before ': ', ' #', a line break, or
     * (in flow context) a flow indicator. `colon` tells whether it stopped at a ':' that
     * makes it a key.
     */
    scanPlainLine(continuation = false) {
        const start = this.pos;
        const c0 = this.code();
        if (!continuation &&
            (c0 === 35 ||
                c0 === 44 ||
                c0 === 93 ||
                c0 === 125 ||
                c0 === 37 ||
                c0 === 64 ||
                c0 === 96 ||
                ((c0 === 45 || c0 === 63 || c0 === 58) && this.blankOrEnd(this.pos + 1)))) {
            if (c0 === 58)
                this.fail('mapping values are not allowed in this context', this.pos, 'scanner');
            this.fail('found character that cannot start any token', this.pos, 'scanner');
        }
        let end = this.pos;
        for (;;) {
            const c = this.code();
            if (c === -1 || isBreak(c))
                break;
            if (c === 58 /* : */) {
                const n = this.code(this.pos + 1);
                if (n === -1 || isBlank(n) || isBreak(n) || (this.flow > 0 && isFlowIndicator(n))) {
                    this.pos = end;
                    // Point at the colon for the caller.
                    while (this.code() !== 58)
                        this.pos++;
                    return { start, end, colon: true };
                }
            }
            if (this.flow > 0 && isFlowIndicator(c))
                break;
            if (isBlank(c)) {
                let p = this.pos;
                while (isBlank(this.code(p)))
                    p++;
                const n = this.code(p);
                if (n === 35 || n === -1 || isBreak(n)) {
                    this.pos = p;
                    break;
                }
                this.pos = p;
                continue;
            }
            this.pos++;
            end = this.pos;
        }
        this.pos = end;
        return { start, end, colon: false };
    }
    /** Continues a plain scalar over following lines, folding as libyaml does. */
    continuePlain(start, firstEnd, indent, startLine) {
        let value = this.src.slice(start, firstEnd);
        let end = firstEnd;
        const minCol = indent + 1;
        for (;;) {
            // Look past blanks and line breaks for a continuation line.
            let p = end;
            while (isBlank(this.code(p)))
                p++;
            if (this.code(p) === 35 || this.code(p) === -1 || !isBreak(this.code(p)))
                break;
            let breaks = 0;
            let q = p;
            let lineBegin = q;
            for (;;) {
                const c = this.code(q);
                if (c === CR || c === LF) {
                    q += c === CR && this.code(q + 1) === LF ? 2 : 1;
                    breaks++;
                    lineBegin = q;
                    continue;
                }
                if (c === SP) {
                    q++;
                    continue;
                }
                if (c === TAB) {
                    // libyaml: a tab in the indentation of a continuation line.
                    if (this.flow === 0 &&
                        breaks > 0 &&
                        q - lineBegin < minCol &&
                        this.onlySpacesBefore(q, lineBegin)) {
                        this.fail('found a tab character that violates indentation', q, 'scanner');
                    }
                    q++;
                    continue;
                }
                break;
            }
            const c = this.code(q);
            if (c === -1)
                break;
            const col = q - lineBegin;
            if (this.flow === 0 && col < minCol)
                break;
            if (col === 0 && this.atDocMarker(q))
                break;
            if (c === 35)
                break;
            if (this.flow > 0 && isFlowIndicator(c)) {
                // Folded whitespace before a flow indicator is dropped.
                this.pos = end;
                break;
            }
            this.pos = q;
            const line = this.scanPlainLine(true);
            if (line.colon && this.flow > 0) {
                // In flow context the scalar ends at the ':' (it becomes a key).
                value += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
                value += this.src.slice(line.start, line.end);
                // scanPlainLine left the position at the ':'.
                return { t: 'scalar', start, end: line.end, value, plain: true };
            }
            if (line.colon) {
                this.fail(indent >= 0 || startLine !== this.lineStartOf(start)
                    ? 'mapping values are not allowed in this context'
                    : "could not find expected ':'", this.pos, 'scanner');
            }
            if (line.end === line.start)
                break;
            value += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
            value += this.src.slice(line.start, line.end);
            end = line.end;
        }
        this.pos = end;
        return { t: 'scalar', start, end, value, plain: true };
    }
    onlySpacesBefore(q, lineBegin) {
        for (let i = lineBegin; i < q; i++)
            if (this.src.charCodeAt(i) !== SP)
                return false;
        return true;
    }
    /** Folds the whitespace between two quoted-scalar chunks (libyaml's rules). */
    foldQuotedBreak() {
        // At a line break inside a quoted scalar.
        let breaks = 0;
        for (;;) {
            const c = this.code();
            if (isBreak(c)) {
                this.consumeBreak();
                breaks++;
            }
            else if (isBlank(c)) {
                this.pos++;
            }
            else {
                break;
            }
        }
        if (this.atDocMarker())
            this.fail('found unexpected document indicator', this.pos, 'scanner');
        return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
    }
    parseSingleQuoted() {
        const start = this.pos;
        this.pos++;
        let value = '';
        let chunk = this.pos;
        for (;;) {
            const c = this.code();
            if (c === -1)
                this.fail('found unexpected end of stream', this.pos, 'scanner');
            if (c === 39) {
                if (this.code(this.pos + 1) === 39) {
                    value += this.src.slice(chunk, this.pos + 1);
                    this.pos += 2;
                    chunk = this.pos;
                    continue;
                }
                value += this.src.slice(chunk, this.pos);
                this.pos++;
                return { t: 'scalar', start, end: this.pos, value, plain: false };
            }
            if (isBlank(c) || isBreak(c)) {
                let p = this.pos;
                while (isBlank(this.code(p)))
                    p++;
                if (isBreak(this.code(p))) {
                    value += this.src.slice(chunk, this.pos);
                    this.pos = p;
                    value += this.foldQuotedBreak();
                    chunk = this.pos;
                    continue;
                }
                this.pos = p;
                continue;
            }
            this.pos++;
        }
    }
    parseDoubleQuoted() {
        const start = this.pos;
        this.pos++;
        let value = '';
        let chunk = this.pos;
        for (;;) {
            const c = this.code();
            if (c === -1)
                this.fail('found unexpected end of stream', this.pos, 'scanner');
            if (c === 34) {
                value += this.src.slice(chunk, this.pos);
                this.pos++;
                return { t: 'scalar', start, end: this.pos, value, plain: false };
            }
            if (c === 92 /* \ */) {
                value += this.src.slice(chunk, this.pos);
                const e = this.code(this.pos + 1);
                if (isBreak(e)) {
                    // Escaped line break: joined without a space, leading blanks dropped.
                    this.pos++;
                    this.consumeBreak();
                    let breaks = 0;
                    for (;;) {
                        const d = this.code();
                        if (isBlank(d))
                            this.pos++;
                        else if (isBreak(d)) {
                            this.consumeBreak();
                            breaks++;
                        }
                        else
                            break;
                    }
                    value += '\n'.repeat(breaks);
                    chunk = this.pos;
                    continue;
                }
                value += this.escape();
                chunk = this.pos;
                continue;
            }
            if (isBlank(c) || isBreak(c)) {
                let p = this.pos;
                while (isBlank(this.code(p)))
                    p++;
                if (isBreak(this.code(p))) {
                    value += this.src.slice(chunk, this.pos);
                    this.pos = p;
                    value += this.foldQuotedBreak();
                    chunk = this.pos;
                    continue;
                }
                this.pos = p;
                continue;
            }
            this.pos++;
        }
    }
    escape() {
        // At '\'.
        const at = this.pos;
        const e = this.src[this.pos + 1];
        this.pos += 2;
        if (e !== undefined && Object.hasOwn(_escapes_js__WEBPACK_IMPORTED_MODULE_0__/* .YAML_SIMPLE_ESCAPES */ .W, e))
            return _escapes_js__WEBPACK_IMPORTED_MODULE_0__/* .YAML_SIMPLE_ESCAPES */ .W[e];
        const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        if (width === 0) {
            this.fail('found unknown escape character', at, 'scanner');
        }
        const hex = this.src.slice(this.pos, this.pos + width);
        if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex)) {
            this.fail('did not find expected hexdecimal number', at, 'scanner');
        }
        this.pos += width;
        const cp = parseInt(hex, 16);
        if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
            this.fail('found invalid Unicode character escape code', at, 'scanner');
        }
        return String.fromCodePoint(cp);
    }
    parseBlockScalar(parentIndent) {
        const start = this.pos;
        const folded = this.code() === 62;
        this.pos++;
        let chomp = 0;
        let increment = 0;
        for (let i = 0; i < 2; i++) {
            const c = this.code();
            if ((c === 43 || c === 45) && chomp === 0) {
                chomp = c === 43 ? 1 : -1;
                this.pos++;
            }
            else if (c >= 49 && c <= 57 && increment === 0) {
                increment = c - 48;
                this.pos++;
            }
            else if (c === 48) {
                this.fail('found an indentation indicator equal to 0', this.pos, 'scanner');
            }
        }
        if (!this.skipLineRest()) {
            this.fail('did not find expected comment or line break', this.pos, 'scanner');
        }
        if (!this.atEnd())
            this.consumeBreak();
        const base = parentIndent >= 0 ? parentIndent : 0;
        let indent = increment ? (parentIndent >= 0 ? parentIndent + increment : increment) : 0;
        let value = '';
        let leadingBreak = '';
        let trailingBreaks = '';
        let leadingBlank = false;
        let end = this.pos;
        // Leading empty lines and the indentation.
        const scanBreaks = () => {
            let maxIndent = 0;
            for (;;) {
                const lineBegin = this.pos;
                while ((indent === 0 || this.pos - lineBegin < indent) && this.code() === SP)
                    this.pos++;
                if (this.pos - lineBegin > maxIndent)
                    maxIndent = this.pos - lineBegin;
                if ((indent === 0 || this.pos - lineBegin < indent) && this.code() === TAB) {
                    this.fail('found a tab character where an indentation space is expected', this.pos, 'scanner');
                }
                if (!isBreak(this.code())) {
                    if (indent === 0) {
                        indent = Math.max(maxIndent, base + 1, 1);
                    }
                    return;
                }
                this.consumeBreak();
                trailingBreaks += '\n';
            }
        };
        scanBreaks();
        for (;;) {
            const lineBegin = this.lineStartOf(this.pos);
            if (this.atEnd() || this.pos - lineBegin !== indent)
                break;
            if (this.pos - lineBegin === 0 && this.atDocMarker())
                break;
            const trailingBlank = isBlank(this.code());
            if (folded && leadingBreak === '\n' && !leadingBlank && !trailingBlank) {
                if (trailingBreaks === '')
                    value += ' ';
                leadingBreak = '';
            }
            else {
                value += leadingBreak;
                leadingBreak = '';
            }
            value += trailingBreaks;
            trailingBreaks = '';
            leadingBlank = isBlank(this.code());
            const contentStart = this.pos;
            while (!this.atEnd() && !isBreak(this.code()))
                this.pos++;
            value += this.src.slice(contentStart, this.pos);
            end = this.pos;
            if (this.atEnd())
                break;
            this.consumeBreak();
            leadingBreak = '\n';
            scanBreaks();
        }
        if (chomp !== -1)
            value += leadingBreak;
        if (chomp === 1)
            value += trailingBreaks;
        // Leave the position at the end of the last content line so the caller sees what follows.
        this.pos = end;
        return { t: 'scalar', start, end, value, plain: false };
    }
    parseFlowCollection() {
        const open = this.code();
        const start = this.pos;
        this.pos++;
        this.flow++;
        const close = open === 91 ? 93 : 125;
        const seq = { t: 'seq', start, end: start, items: [] };
        const map = { t: 'map', start, end: start, keys: [], values: [] };
        const closeName = open === 91 ? "',' or ']'" : "',' or '}'";
        for (;;) {
            this.skipToToken();
            if (this.atEnd())
                this.fail(`did not find expected ${closeName}`, this.pos, 'parser', start);
            if (this.code() === close) {
                this.pos++;
                break;
            }
            const entry = this.parseFlowEntry(open === 123);
            if (open === 91) {
                seq.items.push(entry.value ?? this.emptyScalar(this.pos));
            }
            else {
                map.keys.push(entry.key);
                map.values.push(entry.value);
            }
            this.skipToToken();
            const c = this.code();
            if (c === 44) {
                this.pos++;
                continue;
            }
            if (c === close) {
                this.pos++;
                break;
            }
            this.fail(`did not find expected ${closeName}`, this.pos, 'parser', start);
        }
        this.flow--;
        const node = open === 91 ? seq : map;
        node.end = this.pos;
        return node;
    }
    /** One flow entry: `value`, `key: value` or `key:`; in a sequence `a: b` is a one-pair map. */
    parseFlowEntry(inMap) {
        const c = this.code();
        if (c === 63 && this.blankOrEnd(this.pos + 1))
            throw new Unsupported('explicit flow key');
        const node = this.parseFlowNode();
        this.skipToToken();
        if (this.code() === 58) {
            this.pos++;
            this.skipToToken();
            const n = this.code();
            let value = null;
            if (n !== 44 && n !== 93 && n !== 125)
                value = this.parseFlowNode();
            if (!inMap) {
                const m = {
                    t: 'map',
                    start: node.start,
                    end: this.pos,
                    keys: [node],
                    values: [value],
                };
                return { key: m, value: m };
            }
            return { key: node, value };
        }
        if (inMap)
            return { key: node, value: null };
        return { key: node, value: node };
    }
    parseFlowNode() {
        let anchor;
        let tag;
        for (;;) {
            const c = this.code();
            if (c === 38)
                anchor = this.readName();
            else if (c === 33)
                tag = this.readTag();
            else
                break;
            this.skipToToken();
        }
        const c = this.code();
        if (c === 42) {
            const start = this.pos;
            const name = this.readName();
            return { t: 'alias', start, end: this.pos, name, target: this.anchors.get(name) };
        }
        if (c === 91 || c === 123)
            return this.finish(this.parseFlowCollection(), anchor, tag);
        if (c === 34)
            return this.finish(this.parseDoubleQuoted(), anchor, tag);
        if (c === 39)
            return this.finish(this.parseSingleQuoted(), anchor, tag);
        if (c === 44 || c === 93 || c === 125 || c === 58) {
            return this.finish(this.emptyScalar(this.pos), anchor, tag);
        }
        if (c === 124 || c === 62)
            this.fail('did not find expected node content', this.pos, 'parser');
        const startLine = this.lineStartOf(this.pos);
        const first = this.scanPlainLine();
        if (first.colon) {
            return this.finish({
                t: 'scalar',
                start: first.start,
                end: first.end,
                value: this.src.slice(first.start, first.end),
                plain: true,
            }, anchor, tag);
        }
        return this.finish(this.continuePlain(first.start, first.end, -1, startLine), anchor, tag);
    }
}
function nodeEnd(n, fallback) {
    return n ? n.end : fallback;
}
// ---- fallback through the `yaml` package -------------------------------------------------
const fallbackOptions = {
    schema: 'failsafe',
    merge: false,
    uniqueKeys: false,
    version: '1.1',
    prettyErrors: false,
    strict: false,
};
function fromYamlLib(doc, node, anchors) {
    if (node === null || node === undefined)
        return null;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node)) {
        const target = node.resolve(doc);
        return {
            t: 'alias',
            start: node.range?.[0] ?? 0,
            end: node.range?.[1] ?? 0,
            name: node.source,
            target: target ? anchors.get(target) : undefined,
        };
    }
    const [start, end] = node.range ?? [0, 0];
    let out;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node)) {
        const plain = node.type === yaml__WEBPACK_IMPORTED_MODULE_1__/* .Scalar */ .X5.PLAIN;
        const value = typeof node.value === 'string' ? node.value : String(node.value ?? '');
        out = { t: 'scalar', start, end, value: plain ? String(node.source ?? value) : value, plain };
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
        const seq = { t: 'seq', start, end, items: [] };
        out = seq;
        if (node.anchor)
            anchors.set(node, out);
        for (const it of node.items) {
            seq.items.push(fromYamlLib(doc, it, anchors) ?? {
                t: 'scalar',
                start: end,
                end,
                value: '',
                plain: true,
            });
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
        const map = { t: 'map', start, end, keys: [], values: [] };
        out = map;
        if (node.anchor)
            anchors.set(node, out);
        for (const p of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(p))
                continue;
            const k = fromYamlLib(doc, p.key, anchors);
            map.keys.push(k ?? { t: 'scalar', start, end: start, value: '', plain: true });
            map.values.push(fromYamlLib(doc, p.value, anchors));
        }
    }
    else {
        return null;
    }
    const tag = node.tag;
    if (tag)
        out.tag = tag;
    if (node.anchor) {
        out.anchor = node.anchor;
        anchors.set(node, out);
    }
    return out;
}
function parseWithYamlLib(src) {
    const docs = (0,_core_no_stack_traces_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutStackTraces */ .f)(() => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(src, fallbackOptions));
    const list = Array.isArray(docs) ? docs : [];
    const doc = list[0];
    if (!doc)
        return null;
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new _ast_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlSyntaxError */ .n(e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim(), e.pos[0]);
    }
    return fromYamlLib(doc, doc.contents, new Map());
}
/**
 * Parses the first YAML document of `src` into a node tree (null for an empty document).
 * Throws YamlSyntaxError with go-yaml's wording when the text is not valid YAML.
 */
function parseFirstDocument(text) {
    return parseFirst(text, true);
}
/**
 * The first document's tree where `text` reads as YAML, else null; for questions about
 * places in a file (which key starts here) rather than its values. Unlike parseFirstDocument,
 * a syntax error of the fast parser is not confirmed with the complete one: on 4,712 chart
 * templates of public repositories the complete parser never accepted what the fast one
 * refused, and confirming took 50 times as long as the fast parse.
 */
function parseFirstDocumentIfYaml(text) {
    try {
        return parseFirst(text, false);
    }
    catch {
        return null;
    }
}
/** The fast parser, the complete one for what it leaves (and, with `confirm`, for its errors). */
function parseFirst(text, confirm) {
    // go-yaml ends a line at a CR alone too; replaced one for one, so offsets stay.
    const src = (0,_core_decode_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeYamlBreaks */ .F)(text);
    const deep = (0,_yaml_depth_js__WEBPACK_IMPORTED_MODULE_5__/* .nestingPasses */ .my)(src, _yaml_depth_js__WEBPACK_IMPORTED_MODULE_5__/* .GO_YAML_MAX_DEPTH */ .Qn);
    if (deep !== undefined)
        throw new _ast_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlSyntaxError */ .n(_yaml_depth_js__WEBPACK_IMPORTED_MODULE_5__/* .GO_YAML_DEPTH_MESSAGE */ .fn, deep);
    try {
        return new FastParser(src).parseDocument();
    }
    catch (e) {
        if (e instanceof RangeError && /call stack/i.test(e.message)) {
            // Under go-yaml's limit, over what this stack holds.
            throw new _ast_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlSyntaxError */ .n(`nested too deeply for kube-whoami's YAML reader (go-yaml reads up to ${_yaml_depth_js__WEBPACK_IMPORTED_MODULE_5__/* .GO_YAML_MAX_DEPTH */ .Qn} levels)`, 0);
        }
        if (e instanceof Unsupported)
            return parseWithYamlLib(src);
        if (confirm && e instanceof _ast_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlSyntaxError */ .n) {
            // Confirm with the complete parser; where it accepts the text, use its tree.
            try {
                return parseWithYamlLib(src);
            }
            catch {
                throw e;
            }
        }
        throw e;
    }
}
/** For tests: the fast path only, without fallback. */
function parseFirstDocumentFast(src) {
    return new FastParser(src).parseDocument();
}



/***/ }),

/***/ 8382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ setSite),
/* harmony export */   lB: () => (/* binding */ copySite),
/* harmony export */   ol: () => (/* binding */ shareSites),
/* harmony export */   v6: () => (/* binding */ siteRange),
/* harmony export */   zU: () => (/* binding */ siteOf)
/* harmony export */ });
/* unused harmony export hasSites */
const sites = new WeakMap();
// Tables shared by copies (copy-on-write): copying a whole map shares its table.
const shared = new WeakSet();
function siteOf(container, key) {
    return sites.get(container)?.get(typeof key === 'string' ? key : String(key));
}
function ownTable(container) {
    let m = sites.get(container);
    if (!m) {
        m = new Map();
        sites.set(container, m);
    }
    else if (shared.has(m)) {
        m = new Map(m);
        sites.set(container, m);
    }
    return m;
}
function setSite(container, key, site) {
    const k = typeof key === 'string' ? key : String(key);
    if (!site) {
        if (sites.get(container)?.has(k))
            ownTable(container).delete(k);
        return;
    }
    ownTable(container).set(k, site);
}
function copySite(from, fromKey, to, toKey) {
    const site = siteOf(from, fromKey);
    if (site === undefined && !sites.has(to))
        return;
    if (site !== undefined && siteOf(to, toKey) === site)
        return;
    setSite(to, toKey, site);
}
/** Gives `to` the same per-key origins as `from` (for a copy with the same keys). */
function shareSites(from, to) {
    const m = sites.get(from);
    if (!m)
        return;
    shared.add(m);
    sites.set(to, m);
}
function hasSites(container) {
    return sites.has(container);
}
/**
 * The range a person edits for a value: for a scalar, the key through the value
 * (`runAsUser: 1000`); for a table or list, the key alone.
 */
function siteRange(site, scalar) {
    const end = scalar ? Math.max(site.valueEnd, site.keyEnd) : site.keyEnd;
    return site.text.rangeOfSpan({ start: site.keyStart, end });
}


/***/ }),

/***/ 102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   Zm: () => (/* binding */ isDict),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   jd: () => (/* binding */ dict),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   vM: () => (/* binding */ isSet)
/* harmony export */ });
/** Typed reads of decoded Kubernetes YAML, which may hold anything a person typed. */
function isDict(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function dict(v) {
    return isDict(v) ? v : undefined;
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function bool(v) {
    return typeof v === 'boolean' ? v : undefined;
}
/** Integers as the API decodes them: a JSON number without a fraction. */
function int(v) {
    return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}
function get(v, ...path) {
    let cur = v;
    for (const step of path) {
        if (typeof step === 'number') {
            if (!Array.isArray(cur))
                return undefined;
            cur = cur[step];
        }
        else {
            if (!isDict(cur))
                return undefined;
            cur = cur[step];
        }
    }
    return cur;
}
/** Whether a field is present and not null (Go's non-nil pointer after decoding). */
function isSet(v) {
    return v !== undefined && v !== null;
}


/***/ }),

/***/ 8824:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ namedIdentity),
/* harmony export */   SP: () => (/* binding */ locIn),
/* harmony export */   gN: () => (/* binding */ objectIdentity),
/* harmony export */   p3: () => (/* binding */ objectsOfDocument),
/* harmony export */   uk: () => (/* binding */ objectLabel)
/* harmony export */ });
/* unused harmony export isKubernetesObject */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(102);


/** What identifies an object in fingerprints: `Kind/namespace/name`, or for a chart's object its kind in its template. */
function objectIdentity(o) {
    return o.renderedId ?? namedIdentity(o);
}
/** `Kind/namespace/name`: the identity of every object before chart objects had their own. */
function namedIdentity(o) {
    return `${o.kind}/${o.namespace ?? ''}/${o.name ?? ''}`;
}
function objectLabel(o) {
    return o.name ? `${o.kind} "${o.name}"` : o.kind;
}
function locIn(o, path, part) {
    return { source: o.source, path: [...o.basePath, ...path], part };
}
/** Whether a document looks like a Kubernetes object (apiVersion and kind strings). */
function isKubernetesObject(v) {
    return (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(v) && typeof v.apiVersion === 'string' && typeof v.kind === 'string';
}
/**
 * The objects of one document: the document itself, or the items of a `kind: List` (any
 * `*List` kind with an `items` array, as kubectl accepts). Documents without apiVersion and
 * kind are not Kubernetes objects and yield nothing.
 */
function objectsOfDocument(source) {
    const value = source.doc.value;
    if (!isKubernetesObject(value))
        return [];
    if (value.kind.endsWith('List') && Array.isArray(value.items)) {
        const out = [];
        value.items.forEach((item, i) => {
            if (isKubernetesObject(item))
                out.push(makeObject(item, source, ['items', i]));
        });
        return out;
    }
    return [makeObject(value, source, [])];
}
function makeObject(value, source, basePath) {
    const meta = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(value.metadata) ? value.metadata : {};
    return {
        apiVersion: value.apiVersion,
        kind: value.kind,
        name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(meta.name) ?? (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(meta.generateName),
        namespace: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(meta.namespace),
        value,
        source,
        basePath,
    };
}


/***/ }),

/***/ 8150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iv: () => (/* binding */ nearestExisting),
/* harmony export */   LC: () => (/* binding */ resolveLoc),
/* harmony export */   nU: () => (/* binding */ FileManifestSource)
/* harmony export */ });
/** The path of the nearest node that exists, so a missing field points at its parent. */
function nearestExisting(doc, path) {
    for (let n = path.length; n > 0; n--) {
        const prefix = path.slice(0, n);
        if (doc.has(prefix))
            return prefix;
    }
    return [];
}
/** A document of a manifest file in the repository: positions are the file's own. */
class FileManifestSource {
    doc;
    constructor(doc) {
        this.doc = doc;
    }
    get id() {
        return this.doc.file;
    }
    locate(path, part = 'pair') {
        const found = this.doc.rangeOf(path, part) ?? this.doc.rangeOf(nearestExisting(this.doc, path), 'key');
        return { range: found ?? this.doc.contentRange, related: [] };
    }
}
function resolveLoc(loc) {
    return loc.source.locate(loc.path, loc.part);
}


/***/ }),

/***/ 9569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ mentionsKubeWhoami)
/* harmony export */ });
/**
 * Files that cannot hold a suppression directive, told apart by their bytes before anything
 * parses them (chart files as the renderer reads them; see suppressFindings' withoutDirectives).
 */
/**
 * Whether a file's bytes mention kube-whoami (a suppression directive may be in it). A string
 * needle: Buffer's search is several times faster with it than with bytes.
 */
function mentionsKubeWhoami(data) {
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf('kube-whoami') >= 0;
}


/***/ }),

/***/ 1582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ quoteToASCII),
/* harmony export */   Oi: () => (/* binding */ isPrint),
/* harmony export */   Zx: () => (/* binding */ quoteRune),
/* harmony export */   aM: () => (/* binding */ runeCount),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   kr: () => (/* binding */ formatFloat),
/* harmony export */   wI: () => (/* binding */ utf8Length),
/* harmony export */   yR: () => (/* binding */ canBackquote)
/* harmony export */ });
/* unused harmony export isGraphic */
/**
 * The parts of Go's strconv that fmt and the template engine print through:
 * FormatFloat (bitSize 64) with Go's digit selection and rounding, and Quote and friends.
 *
 * Shortest formatting takes its digits from JavaScript, whose Number-to-string conversion
 * yields the same shortest round-trip digits Go does. Fixed precision works on the exact
 * binary value as a decimal (BigInt), rounding half to even on exact ties like Go's
 * decimal rounding, which JavaScript's toFixed/toPrecision do not do.
 */
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
/** Mantissa (with the implicit bit) and the binary exponent so that |x| = mant * 2^exp. */
function decompose(x) {
    f64[0] = x;
    const bits = u64[0];
    const neg = bits >> 63n === 1n;
    const rawExp = Number((bits >> 52n) & 0x7ffn);
    let mant = bits & 0xfffffffffffffn;
    let exp;
    if (rawExp === 0) {
        exp = 1 - 1023 - 52;
    }
    else {
        mant |= 1n << 52n;
        exp = rawExp - 1023 - 52;
    }
    return { mant, exp, neg, rawExp };
}
/** The exact decimal value of |x| with trailing zeros removed. */
function exactDecimal(x) {
    if (x === 0)
        return { d: '', dp: 0 };
    const { mant, exp } = decompose(x);
    let digits;
    let dp;
    if (exp >= 0) {
        digits = (mant << BigInt(exp)).toString();
        dp = digits.length;
    }
    else {
        digits = (mant * 5n ** BigInt(-exp)).toString();
        dp = digits.length + exp;
    }
    return { d: trimZeros(digits), dp };
}
/** The shortest digits that read back as x (what Go's shortest mode selects). */
function shortestDecimal(x) {
    if (x === 0)
        return { d: '', dp: 0 };
    const s = Math.abs(x).toExponential();
    const e = s.indexOf('e');
    const mant = s.slice(0, e).replace('.', '');
    return { d: trimZeros(mant), dp: Number(s.slice(e + 1)) + 1 };
}
function trimZeros(s) {
    let n = s.length;
    while (n > 0 && s.charCodeAt(n - 1) === 48)
        n--;
    return n === s.length ? s : s.slice(0, n);
}
/** Go's decimal.Round to nd digits: half to even on exact ties (never up at nd = 0). */
function roundDecimal(a, nd) {
    if (nd < 0 || nd >= a.d.length) {
        if (nd < 0)
            return { d: '', dp: 0 };
        return a;
    }
    let up;
    const c = a.d.charCodeAt(nd);
    if (c === 53 && nd + 1 === a.d.length) {
        up = nd > 0 && (a.d.charCodeAt(nd - 1) - 48) % 2 === 1;
    }
    else {
        up = c >= 53;
    }
    if (!up) {
        const d = trimZeros(a.d.slice(0, nd));
        return { d, dp: d.length === 0 ? 0 : a.dp };
    }
    let i = nd - 1;
    while (i >= 0 && a.d.charCodeAt(i) === 57)
        i--;
    if (i < 0)
        return { d: '1', dp: a.dp + 1 };
    return { d: a.d.slice(0, i) + String.fromCharCode(a.d.charCodeAt(i) + 1), dp: a.dp };
}
function fmtE(neg, digs, prec, fmt) {
    let s = neg ? '-' : '';
    s += digs.d.length === 0 ? '0' : digs.d[0];
    if (prec > 0) {
        s += '.';
        let frac = digs.d.slice(1, 1 + prec);
        if (frac.length < prec)
            frac += '0'.repeat(prec - frac.length);
        s += frac;
    }
    s += fmt;
    let exp = digs.d.length === 0 ? 0 : digs.dp - 1;
    if (exp < 0) {
        s += '-';
        exp = -exp;
    }
    else {
        s += '+';
    }
    s += exp < 10 ? '0' + exp : String(exp);
    return s;
}
function fmtF(neg, digs, prec) {
    let s = neg ? '-' : '';
    if (digs.dp > 0) {
        let m = Math.min(digs.d.length, digs.dp);
        s += digs.d.slice(0, m);
        for (; m < digs.dp; m++)
            s += '0';
    }
    else {
        s += '0';
    }
    if (prec > 0) {
        s += '.';
        for (let i = 1; i <= prec; i++) {
            const j = digs.dp + i - 1;
            s += j >= 0 && j < digs.d.length ? digs.d[j] : '0';
        }
    }
    return s;
}
function fmtB(neg, x) {
    const { mant, exp, rawExp } = decompose(x);
    const m = rawExp === 0 && mant === 0n ? 0n : mant;
    return (neg ? '-' : '') + m.toString() + 'p' + (exp >= 0 ? '+' : '') + String(exp);
}
function fmtX(neg, x, prec, fmt) {
    const { mant: m0, exp: e0 } = decompose(x);
    let mant = m0;
    // Exponent of the leading bit once the mantissa is normalised at bit 60.
    let exp = mant === 0n ? 0 : e0 + 52;
    mant <<= 8n;
    while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
        mant <<= 1n;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        const shift = BigInt(prec * 4);
        const extra = (mant << shift) & ((1n << 60n) - 1n);
        mant >>= 60n - shift;
        if ((extra | (mant & 1n)) > 1n << 59n)
            mant++;
        mant <<= 60n - shift;
        if ((mant & (1n << 61n)) !== 0n) {
            mant >>= 1n;
            exp++;
        }
    }
    const hex = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
    let s = (neg ? '-' : '') + '0' + fmt + String(Number((mant >> 60n) & 1n));
    mant = (mant << 4n) & ((1n << 64n) - 1n);
    if (prec < 0 && mant !== 0n) {
        s += '.';
        while (mant !== 0n) {
            s += hex[Number((mant >> 60n) & 15n)];
            mant = (mant << 4n) & ((1n << 64n) - 1n);
        }
    }
    else if (prec > 0) {
        s += '.';
        for (let i = 0; i < prec; i++) {
            s += hex[Number((mant >> 60n) & 15n)];
            mant = (mant << 4n) & ((1n << 64n) - 1n);
        }
    }
    s += fmt === 'X' ? 'P' : 'p';
    if (exp < 0) {
        s += '-';
        exp = -exp;
    }
    else {
        s += '+';
    }
    s += exp < 10 ? '0' + exp : String(exp);
    return s;
}
/** strconv.FormatFloat(x, fmt, prec, 64); prec < 0 selects the shortest representation. */
function formatFloat(x, fmt, prec) {
    if (x !== x)
        return 'NaN';
    if (x === Infinity)
        return '+Inf';
    if (x === -Infinity)
        return '-Inf';
    const neg = x < 0 || Object.is(x, -0);
    if (fmt === 'b')
        return fmtB(neg, x);
    if (fmt === 'x' || fmt === 'X')
        return fmtX(neg, x, prec, fmt);
    const shortest = prec < 0;
    let digs;
    if (shortest) {
        digs = shortestDecimal(x);
        switch (fmt) {
            case 'e':
            case 'E':
                prec = Math.max(digs.d.length - 1, 0);
                break;
            case 'f':
                prec = Math.max(digs.d.length - digs.dp, 0);
                break;
            default:
                prec = digs.d.length;
        }
    }
    else {
        const exact = exactDecimal(x);
        switch (fmt) {
            case 'e':
            case 'E':
                digs = roundDecimal(exact, prec + 1);
                break;
            case 'f':
                digs = roundDecimal(exact, exact.dp + prec);
                break;
            default:
                if (prec === 0)
                    prec = 1;
                digs = roundDecimal(exact, prec);
        }
    }
    switch (fmt) {
        case 'e':
        case 'E':
            return fmtE(neg, digs, prec, fmt);
        case 'f':
            return fmtF(neg, digs, prec);
    }
    // %g / %G
    let eprec = prec;
    const nd = digs.d.length;
    if (eprec > nd && nd >= digs.dp)
        eprec = nd;
    if (shortest)
        eprec = 6;
    const exp = digs.dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > nd)
            prec = nd;
        return fmtE(neg, digs, prec - 1, fmt === 'g' ? 'e' : 'E');
    }
    if (prec > digs.dp)
        prec = nd;
    return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
}
// ---- quoting ---------------------------------------------------------------------------
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const graphicExtra = /^[\p{Zs}]$/u;
/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isPrint(r) {
    if (r < 0x7f)
        return r >= 0x20;
    if (r < 0xa1)
        return false;
    return printable.test(String.fromCodePoint(r));
}
/** strconv.IsGraphic: IsPrint plus the Unicode space separators. */
function isGraphic(r) {
    return isPrint(r) || (r >= 0x80 && graphicExtra.test(String.fromCodePoint(r)));
}
const lowerhex = '0123456789abcdef';
function hexPad(r, n) {
    let s = r.toString(16);
    while (s.length < n)
        s = '0' + s;
    return s;
}
function escapeRune(r, quote, asciiOnly) {
    if (r === quote || r === 92)
        return '\\' + String.fromCodePoint(r);
    if (asciiOnly) {
        if (r < 0x80 && isPrint(r))
            return String.fromCharCode(r);
    }
    else if (isPrint(r)) {
        return String.fromCodePoint(r);
    }
    switch (r) {
        case 7:
            return '\\a';
        case 8:
            return '\\b';
        case 12:
            return '\\f';
        case 10:
            return '\\n';
        case 13:
            return '\\r';
        case 9:
            return '\\t';
        case 11:
            return '\\v';
    }
    if (r < 0x20 || r === 0x7f)
        return '\\x' + lowerhex[r >> 4] + lowerhex[r & 15];
    if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000))
        r = 0xfffd;
    if (r < 0x10000)
        return '\\u' + hexPad(r, 4);
    return '\\U' + hexPad(r, 8);
}
function quoteWith(s, quote, asciiOnly) {
    const q = String.fromCharCode(quote);
    // Fast path: printable ASCII without quotes or backslashes needs no escaping.
    let simple = true;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x20 || c >= 0x7f || c === quote || c === 92) {
            simple = false;
            break;
        }
    }
    if (simple)
        return q + s + q;
    let out = q;
    for (let i = 0; i < s.length; i++) {
        const r = s.codePointAt(i);
        if (r > 0xffff)
            i++;
        out += escapeRune(r, quote, asciiOnly);
    }
    return out + q;
}
/** strconv.Quote */
function quote(s) {
    return quoteWith(s, 34, false);
}
/** strconv.QuoteToASCII */
function quoteToASCII(s) {
    return quoteWith(s, 34, true);
}
/** strconv.QuoteRune (asciiOnly: QuoteRuneToASCII). Invalid code points become U+FFFD. */
function quoteRune(r, asciiOnly = false) {
    if (r > 0x10ffff || r < 0 || (r >= 0xd800 && r < 0xe000))
        r = 0xfffd;
    return "'" + escapeRune(r, 39, asciiOnly) + "'";
}
/** strconv.CanBackquote */
function canBackquote(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c < 0x20 && c !== 9) || c === 0x60 || c === 0x7f || c === 0xfeff)
            return false;
        if (c >= 0xd800 && c < 0xdc00) {
            const d = s.charCodeAt(i + 1);
            if (!(d >= 0xdc00 && d < 0xe000))
                return false;
            i++;
        }
        else if (c >= 0xdc00 && c < 0xe000) {
            return false;
        }
    }
    return true;
}
/** Number of Unicode code points (Go's utf8.RuneCountInString for valid text). */
function runeCount(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d < 0xe000) {
                n--;
                i++;
            }
        }
    }
    return n;
}
/** Length of s in UTF-8 bytes (Go's len(s)). */
function utf8Length(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            continue;
        if (c < 0x800)
            n += 1;
        else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d < 0xe000) {
                n += 2;
                i++;
                continue;
            }
            n += 2;
        }
        else
            n += 2;
    }
    return n;
}


/***/ }),

/***/ 1886:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ namedTypeOf),
/* harmony export */   On: () => (/* binding */ GoStruct),
/* harmony export */   Rb: () => (/* binding */ isGoMap),
/* harmony export */   WL: () => (/* binding */ attachMethods),
/* harmony export */   ov: () => (/* binding */ GoInt),
/* harmony export */   yT: () => (/* binding */ GoTime)
/* harmony export */ });
/* unused harmony exports goIntValue, isGoInt, isGoFloat, GO_METHODS */
/**
 * Go values as text/template, Sprig and Helm see them, represented in JavaScript.
 *
 * This file is the contract shared by the template engine (src/template), the
 * Sprig and Helm function libraries and the chart renderer (src/helm). Keep it small.
 *
 *   Go                               JavaScript
 *   nil (interface, map, slice)      null
 *   bool                             boolean
 *   float64 (all numbers decoded     number
 *     from YAML/JSON values)
 *   int                              bigint
 *   int64, int32, uint8 ...          GoInt    (bigint plus its Go kind; Sprig's add/sub/mul/
 *                                              max/int64... return int64, and the kind shows in
 *                                              %T, typeOf/kindIs, DeepEqual and Go's argument
 *                                              checks: `trunc (sub 63 5)` fails in helm)
 *   string                           string   (Go strings are UTF-8 bytes: len("\u00e9") is 2;
 *                                              functions with byte semantics convert with Buffer)
 *   []T                              GoValue[]
 *   map[string]T                     GoMap    (a plain object; Go iterates and prints keys sorted)
 *   []byte                           Uint8Array
 *   struct / pointer to struct       GoStruct (typed fields and methods, e.g. .Release, .Chart, .Files)
 *   func                             GoFunc
 *   time.Time                        GoTime
 *
 * Values from values.yaml are what Go gets after JSON decoding: every number is a
 * float64 (a JS number), so `{{ .Values.n }}` with n: 1000000 prints 1e+06, while an
 * int literal `{{ 1000000 }}` or Sprig's `add` (int64) is a bigint and prints 1000000.
 */
/**
 * A Go struct (or pointer to struct). Field access `.Name` reads `fields`; a missing
 * field is an execution error ("can't evaluate field X in type T"), unlike maps.
 * Methods are called like functions with the receiver bound: `.Files.Get "a.txt"`.
 */
class GoStruct {
    typeName;
    fields;
    methods;
    fieldOrder;
    constructor(
    /** Go type name as Go prints it in errors and %T, e.g. "*chart.Metadata". */
    typeName, fields, methods = {}, 
    /** Field order for %v printing ({a b c}); defaults to the insertion order of `fields`. */
    fieldOrder = Object.keys(fields)) {
        this.typeName = typeName;
        this.fields = fields;
        this.methods = methods;
        this.fieldOrder = fieldOrder;
    }
}
/** time.Time, kept as epoch milliseconds plus an IANA zone name or fixed offset. */
class GoTime {
    epochMillis;
    offsetMinutes;
    zoneName;
    extraNanos;
    constructor(epochMillis, 
    /** Offset from UTC in minutes (east positive); 0 for UTC. */
    offsetMinutes = 0, zoneName = 'UTC', 
    /** Nanoseconds within the millisecond, for formats that print them. */
    extraNanos = 0) {
        this.epochMillis = epochMillis;
        this.offsetMinutes = offsetMinutes;
        this.zoneName = zoneName;
        this.extraNanos = extraNanos;
    }
}
/** A Go integer of any kind but `int` (plain bigint is Go int). `value` is already wrapped to the kind's range. */
class GoInt {
    value;
    kind;
    constructor(value, kind) {
        this.value = value;
        this.kind = kind;
    }
}
/** The integer held by a Go int of any kind (bigint or GoInt), else undefined. */
function goIntValue(v) {
    if (typeof v === 'bigint')
        return v;
    if (v instanceof GoInt)
        return v.value;
    return undefined;
}
function isGoMap(v) {
    return (typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        !(v instanceof Uint8Array) &&
        !(v instanceof GoStruct) &&
        !(v instanceof GoTime) &&
        !(v instanceof GoInt));
}
function isGoInt(v) {
    return typeof v === 'bigint';
}
function isGoFloat(v) {
    return typeof v === 'number';
}
/**
 * Methods of a named map or slice type: Helm's `.Files` is a map[string][]byte with Get,
 * Glob, AsConfig...; `.Capabilities.APIVersions` a []string with Has. They ride on the
 * object as a non-enumerable symbol property, so the value stays a GoMap / array for
 * indexing, range and printing, while `.Files.Get` finds the method first, as Go does.
 */
const GO_METHODS = Symbol.for('kube-whoami.go-methods');
/** Attaches methods to a map or slice value (mutates and returns it). */
function attachMethods(v, typeName, methods) {
    Object.defineProperty(v, GO_METHODS, { value: { typeName, methods }, enumerable: false });
    return v;
}
/** The named type (methods) of a map or slice, if one was attached. */
function namedTypeOf(v) {
    if (typeof v !== 'object' || v === null)
        return undefined;
    return v[GO_METHODS];
}


/***/ }),

/***/ 6131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ GO_YAML_MAX_DEPTH),
/* harmony export */   fn: () => (/* binding */ GO_YAML_DEPTH_MESSAGE),
/* harmony export */   my: () => (/* binding */ nestingPasses)
/* harmony export */ });
/**
 * How deep YAML nests, found before parsing it: the readers recurse per level, and a document
 * nested 100,000 levels deep must be an error at its place, not a stack overflow. go-yaml (what
 * Kubernetes and helm read YAML with) refuses more than 10,000 levels of flow or block nesting.
 */
/** go-yaml's limit and its message (after `yaml: `). */
const GO_YAML_MAX_DEPTH = 10_000;
const GO_YAML_DEPTH_MESSAGE = `exceeded max depth of ${GO_YAML_MAX_DEPTH}`;
/**
 * The offset where flow or block nesting first passes `max`, if it does: a linear look at
 * brackets outside quotes and comments, and at indentation (two spaces a level).
 */
function nestingPasses(source, max) {
    let flow = 0;
    let quote = '';
    let lineStart = true;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (lineStart) {
            let j = i;
            while (source[j] === ' ')
                j++;
            if (j - i > max * 2 && source[j] !== '\n' && source[j] !== '#')
                return j;
            lineStart = false;
        }
        if (c === '\n') {
            lineStart = true;
            if (!quote || quote === '"' || quote === "'")
                continue;
        }
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = '';
            continue;
        }
        if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(source[i - 1]))) {
            while (i < source.length && source[i] !== '\n')
                i++;
            lineStart = true;
        }
        else if (c === '[' || c === '{') {
            if (++flow > max)
                return i;
        }
        else if ((c === ']' || c === '}') && flow > 0)
            flow--;
    }
    return undefined;
}


/***/ }),

/***/ 839:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ FastYamlDocument),
  T: () => (/* binding */ readManifestYaml)
});

// EXTERNAL MODULE: ./build/helm/goyaml/convert.js
var convert = __webpack_require__(3332);
// EXTERNAL MODULE: ./build/helm/goyaml/parse.js
var parse = __webpack_require__(7876);
// EXTERNAL MODULE: ./build/yaml/read.js
var read = __webpack_require__(1908);
// EXTERNAL MODULE: ./build/yaml/schema.js
var schema = __webpack_require__(2395);
;// CONCATENATED MODULE: ./build/yaml/stream.js
function splitKubernetesStream(source) {
    const chunks = [];
    let chunkStart = 0;
    let pos = 0;
    while (pos < source.length) {
        const nl = source.indexOf('\n', pos);
        const lineEnd = nl < 0 ? source.length : nl + 1;
        if (source.startsWith('---', pos)) {
            const rest = source.slice(pos + 3, lineEnd).trim();
            if (rest !== '' && !rest.startsWith('#'))
                return undefined;
            if (pos > chunkStart)
                chunks.push({ start: chunkStart, text: source.slice(chunkStart, pos) });
            chunkStart = lineEnd;
        }
        pos = lineEnd;
    }
    if (source.length > chunkStart)
        chunks.push({ start: chunkStart, text: source.slice(chunkStart) });
    return chunks;
}

;// CONCATENATED MODULE: ./build/yaml/fast-document.js





/** Bounds alias expansion on untrusted input (a "billion laughs" document). */
const MAX_NODES = 1_000_000;
/** The last released document read again: places are asked for a document's findings together. */
const reread = { root: null };
const [nullTag, trueTag, falseTag, intTag, floatTag] = schema/* goYamlTags */.DJ;
/** A mapping key as it appears in the decoded object (YAML 1.1 `on:` becomes "true"). */
function keyString(k) {
    const n = k.t === 'alias' ? k.target : k;
    if (!n || n.t !== 'scalar')
        return undefined;
    if (!n.plain || n.tag !== undefined)
        return n.value;
    const s = n.value;
    if ((0,convert/* plainStaysString */.IA)(s))
        return s;
    if (nullTag.test.test(s))
        return s === '' ? '' : 'null';
    if (trueTag.test.test(s))
        return 'true';
    if (falseTag.test.test(s))
        return 'false';
    if (intTag.test.test(s) || floatTag.test.test(s)) {
        return String((0,convert/* toGoValue */.z8)({ ...n, tag: undefined }));
    }
    return s;
}
function deref(n) {
    if (!n)
        return null;
    return n.t === 'alias' ? (n.target ?? null) : n;
}
function isMergeKey(k) {
    return k.t === 'scalar' && k.plain && k.value === '<<' && k.tag === undefined;
}
function findInMap(m, step) {
    let found;
    for (let i = 0; i < m.keys.length; i++) {
        if (keyString(m.keys[i]) === step)
            found = { key: m.keys[i], node: m.values[i] };
    }
    if (found)
        return found;
    for (let i = 0; i < m.keys.length; i++) {
        if (!isMergeKey(m.keys[i]))
            continue;
        const v = deref(m.values[i]);
        const sources = v?.t === 'seq' ? v.items.map(deref) : [v];
        for (const src of sources) {
            if (src?.t !== 'map')
                continue;
            const hit = findInMap(src, step);
            if (hit)
                return hit;
        }
    }
    return undefined;
}
class FastYamlDocument {
    text;
    base;
    end;
    problems;
    cached;
    built = false;
    /** The tree, until releaseTree; then read again from the text when a place is asked for. */
    tree;
    rootStart;
    constructor(text, 
    /** Offset of this document's text in the file. */
    base, end, root, problems) {
        this.text = text;
        this.base = base;
        this.end = end;
        this.problems = problems;
        this.tree = root;
        this.rootStart = root?.start;
    }
    get file() {
        return this.text.file;
    }
    get value() {
        if (!this.built) {
            this.cached = (0,convert/* toGoValue */.z8)(this.root, { maxNodes: MAX_NODES });
            this.built = true;
        }
        return this.cached;
    }
    get isEmpty() {
        return this.rootStart === undefined;
    }
    get span() {
        return { start: this.base, end: this.end };
    }
    get contentRange() {
        const start = this.base + (this.rootStart ?? 0);
        return this.text.rangeOfSpan({ start, end: start });
    }
    /**
     * Lets the tree go once the value is built. A chart-heavy scan keeps every rendered
     * document until its findings are placed, and the trees were a sixth of its heap; only
     * documents with findings are asked for places, and those are read again (the same parse
     * of the same text, so the same tree), one document at a time.
     */
    releaseTree() {
        void this.value;
        this.tree = undefined;
    }
    get root() {
        if (this.tree !== undefined)
            return this.tree;
        if (reread.doc !== this) {
            reread.root = (0,parse/* parseFirstDocumentFast */.dK)(this.text.source.slice(this.base, this.end));
            reread.doc = this;
        }
        return reread.root;
    }
    hit(path) {
        let cur = { node: this.root };
        for (const step of path) {
            const n = deref(cur.node);
            if (n?.t === 'map') {
                const hit = findInMap(n, String(step));
                if (!hit)
                    return undefined;
                cur = hit;
            }
            else if (n?.t === 'seq' && typeof step === 'number') {
                const item = n.items[step];
                if (item === undefined)
                    return undefined;
                cur = { node: item };
            }
            else {
                return undefined;
            }
        }
        return cur;
    }
    has(path) {
        return this.hit(path) !== undefined;
    }
    spanOf(path, part = 'pair') {
        const hit = this.hit(path);
        if (!hit)
            return undefined;
        const { key, node } = hit;
        if (key && part !== 'value') {
            if (part === 'key')
                return { start: this.base + key.start, end: this.base + key.end };
            const end = node && node.end > node.start ? node.end : key.end;
            return { start: this.base + key.start, end: this.base + Math.max(end, key.end) };
        }
        if (node)
            return { start: this.base + node.start, end: this.base + node.end };
        return key ? { start: this.base + key.end, end: this.base + key.end } : undefined;
    }
    rangeOf(path, part = 'pair') {
        const span = this.spanOf(path, part);
        return span ? this.text.rangeOfSpan(span) : undefined;
    }
}
/** Duplicate mapping keys, which Kubernetes' strict decoding rejects, as problems. */
function duplicateKeys(root, text, base) {
    const out = [];
    const report = (name, prev, k) => {
        const span = { start: base + k.start, end: base + k.end };
        const line = text.position(base + prev.start).line;
        out.push({
            message: `key "${name}" already set in map (first set at line ${line})`,
            span,
            range: text.rangeOfSpan(span),
        });
    };
    // A tree: an alias is a node of its own, never followed, so nothing is visited twice.
    const walk = (n) => {
        if (!n || n.t === 'alias')
            return;
        if (n.t === 'seq')
            n.items.forEach(walk);
        if (n.t !== 'map')
            return;
        const keys = n.keys;
        if (keys.length <= SMALL_MAP) {
            // Most maps are small: comparing with the keys before costs less than a Map.
            const names = [];
            for (let i = 0; i < keys.length; i++) {
                const name = isMergeKey(keys[i]) ? undefined : keyString(keys[i]);
                const at = name === undefined ? -1 : names.indexOf(name);
                if (at >= 0)
                    report(name, keys[at], keys[i]);
                // Each duplicate is reported against the first of its name, as the Map below does.
                names.push(at >= 0 ? undefined : name);
                walk(n.values[i]);
            }
            return;
        }
        const first = new Map();
        keys.forEach((k, i) => {
            const name = isMergeKey(k) ? undefined : keyString(k);
            if (name !== undefined) {
                const prev = first.get(name);
                if (prev)
                    report(name, prev, k);
                else
                    first.set(name, k);
            }
            walk(n.values[i]);
        });
    };
    walk(root);
    return out;
}
const SMALL_MAP = 8;
/**
 * The documents of a manifest file, split as Kubernetes' YAML reader splits a stream (on
 * `---` lines, which may carry a comment). Falls back to readYaml for the whole file when the fast reader declines.
 */
function readManifestYaml(source, file) {
    const chunks = splitKubernetesStream(source);
    if (!chunks)
        return (0,read/* readYaml */.gM)(source, file);
    const text = read/* YamlText */.ZM.withLines(file, source);
    const documents = [];
    try {
        for (const c of chunks) {
            const root = (0,parse/* parseFirstDocumentFast */.dK)(c.text);
            const doc = new FastYamlDocument(text, c.start, c.start + c.text.length, root, duplicateKeys(root, text, c.start));
            void doc.value;
            documents.push(doc);
        }
    }
    catch {
        return (0,read/* readYaml */.gM)(source, file);
    }
    return { documents };
}


/***/ }),

/***/ 1908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ YamlDocument),
/* harmony export */   ZM: () => (/* binding */ YamlText),
/* harmony export */   gM: () => (/* binding */ readYaml)
/* harmony export */ });
/* unused harmony export parseYamlValue */
/* harmony import */ var _core_no_stack_traces_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7765);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2395);
/* harmony import */ var _unique_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44);
/**
 * YAML read the way Kubernetes reads it (sigs.k8s.io/yaml over go-yaml v2): YAML 1.1
 * scalars, merge keys, duplicate keys reported as errors, with exact positions for
 * every node so that findings point at the line a person edits.
 */




const parseOptions = {
    schema: 'failsafe',
    customTags: _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .goYamlTags */ .DJ,
    merge: true,
    // Checked in linear time afterwards (unique-keys.ts): the package's own check is quadratic.
    uniqueKeys: false,
    version: '1.1',
    prettyErrors: false,
    // Bounded alias expansion: untrusted input must not explode memory.
    maxAliasCount: 1000,
};
/** One YAML document of a file, with its JavaScript value and position lookups. */
class YamlDocument {
    text;
    index;
    doc;
    problems;
    cachedValue;
    hasValue = false;
    constructor(text, index, doc, problems) {
        this.text = text;
        this.index = index;
        this.doc = doc;
        this.problems = problems;
    }
    get file() {
        return this.text.file;
    }
    /** The document as plain JavaScript: objects, arrays, strings, numbers, booleans, null. */
    get value() {
        if (!this.hasValue) {
            this.cachedValue = this.doc.contents === null ? null : this.doc.toJS({ maxAliasCount: 1000 });
            this.hasValue = true;
        }
        return this.cachedValue;
    }
    /** True when the document holds nothing but comments or whitespace. */
    get isEmpty() {
        return this.doc.contents === null;
    }
    get span() {
        const [start, , end] = this.doc.range;
        return { start, end };
    }
    has(path) {
        return this.pairOrNodeAt(path) !== undefined;
    }
    /** The node at `path` (map keys or sequence indexes), or undefined. */
    nodeAt(path) {
        return this.pairOrNodeAt(path)?.node;
    }
    /**
     * The offsets of the node at `path`. For a mapping entry, `part` chooses the key, the
     * value, or both (default): `hostPort: 9000`.
     */
    spanOf(path, part = 'pair') {
        const found = this.pairOrNodeAt(path);
        if (!found)
            return undefined;
        const { pair, node } = found;
        if (pair && part !== 'value') {
            const key = pair.key;
            const keyRange = key?.range;
            if (keyRange) {
                if (part === 'key')
                    return { start: keyRange[0], end: keyRange[1] };
                const valueEnd = node?.range ? node.range[1] : keyRange[1];
                return { start: keyRange[0], end: Math.max(valueEnd, keyRange[1]) };
            }
        }
        if (node?.range)
            return { start: node.range[0], end: node.range[1] };
        return undefined;
    }
    rangeOf(path, part = 'pair') {
        const span = this.spanOf(path, part);
        return span ? this.text.rangeOfSpan(span) : undefined;
    }
    /** Range of the first line of the document's content (for whole-object findings). */
    get contentRange() {
        const node = this.doc.contents;
        const start = node?.range ? node.range[0] : this.doc.range[0];
        return this.text.rangeOfSpan({ start, end: start });
    }
    pairOrNodeAt(path) {
        let node = this.doc.contents;
        let pair;
        for (const step of path) {
            pair = undefined;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const hit = findPair(this.doc, node.items, step);
                if (!hit)
                    return undefined;
                pair = hit;
                node = hit.value;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof step === 'number') {
                node = node.items[step];
                if (node === undefined)
                    return undefined;
            }
            else {
                return undefined;
            }
        }
        return { pair, node: (node ?? undefined) };
    }
}
/** Each map's pairs by key name, made on the first lookup: a lookup per key of a big map is linear in all. */
const pairIndex = new WeakMap();
function findPair(doc, items, step) {
    const want = String(step);
    let index = pairIndex.get(items);
    if (!index) {
        index = new Map();
        // The last occurrence wins, as when the value was built; merge keys (<<) are searched after.
        for (const item of items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item))
                continue;
            const key = item.key;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value !== 'symbol')
                index.set(String(key.value), item);
        }
        pairIndex.set(items, index);
    }
    const found = index.get(want);
    if (found)
        return found;
    for (const item of items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) || typeof item.key.value !== 'symbol')
            continue;
        const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(item.value) ? item.value.items : [item.value];
        for (const src of sources) {
            const target = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(src) ? src.resolve(doc) : src;
            if (target && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(target)) {
                const hit = findPair(doc, target.items, step);
                if (hit)
                    return hit;
            }
        }
    }
    return undefined;
}
/** A file's text with offset \u2192 line/column conversion. */
class YamlText {
    file;
    source;
    lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    constructor(file, source) {
        this.file = file;
        this.source = source;
    }
    /** A text whose line table is filled now (for texts not parsed by the yaml package). */
    static withLines(file, source) {
        const text = new YamlText(file, source);
        text.lineCounter.addNewLine(0);
        for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
            text.lineCounter.addNewLine(i + 1);
        }
        return text;
    }
    position(offset) {
        return this.lineCounter.linePos(offset);
    }
    rangeOfSpan(span) {
        const s = this.lineCounter.linePos(span.start);
        const e = this.lineCounter.linePos(Math.max(span.start, span.end));
        return {
            file: this.file,
            startLine: s.line,
            startColumn: s.col,
            endLine: e.line,
            endColumn: e.col,
        };
    }
}
/** Parses every document of a YAML (or JSON) file. Never throws for bad input. */
function readYaml(source, file) {
    const text = new YamlText(file, source);
    const parsed = (0,_core_no_stack_traces_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutStackTraces */ .f)(() => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(source, { ...parseOptions, lineCounter: text.lineCounter }));
    const list = Array.isArray(parsed) ? parsed : [];
    const documents = list.map((doc, index) => {
        (0,_unique_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .addDuplicateKeyErrors */ .B)(doc);
        const problems = doc.errors.map((err) => {
            let span = { start: err.pos[0], end: Math.max(err.pos[0], err.pos[1]) };
            // An unclosed flow collection is noticed lines later; point at the bracket a person must close.
            if (/^Flow (map|sequence)/.test(err.message))
                span = unclosedBracketSpan(source, doc.range[0], span);
            return { message: cleanMessage(err.message), span, range: text.rangeOfSpan(span) };
        });
        return new YamlDocument(text, index, doc, problems);
    });
    return { text, documents, problems: [] };
}
/** Parses a single-document YAML string into plain JavaScript (values files, fromYaml). */
function parseYamlValue(source, file = '<input>') {
    const { documents } = readYaml(source, file);
    const first = documents.find((d) => !d.isEmpty);
    if (!first)
        return { value: null, problems: documents.flatMap((d) => d.problems) };
    return { value: first.problems.length ? null : first.value, problems: first.problems };
}
function unclosedBracketSpan(source, docStart, fallback) {
    const open = [];
    let quote = '';
    for (let i = docStart; i < fallback.start && i < source.length; i++) {
        const ch = source[i];
        if (quote) {
            if (ch === quote && source[i - 1] !== '\\')
                quote = '';
            else if (ch === '\n')
                quote = '';
            continue;
        }
        if (ch === '#' && (i === 0 || /\s/.test(source[i - 1]))) {
            while (i < source.length && source[i] !== '\n')
                i++;
            continue;
        }
        if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === '{' || ch === '[')
            open.push(i);
        else if ((ch === '}' || ch === ']') && open.length)
            open.pop();
    }
    const at = open.pop();
    return at === undefined ? fallback : { start: at, end: at + 1 };
}
function cleanMessage(message) {
    // The yaml package appends " at line N, column M" and a code excerpt; positions are ours.
    return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}


/***/ }),

/***/ 2395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ goYamlTags)
/* harmony export */ });
/* unused harmony exports parseGoInt, parseGoFloat */
const nullTag = {
    tag: 'tag:yaml.org,2002:null',
    default: true,
    test: /^(?:~|null|Null|NULL)?$/,
    resolve: () => null,
};
const trueTag = {
    tag: 'tag:yaml.org,2002:bool',
    default: true,
    test: /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/,
    resolve: () => true,
};
const falseTag = {
    tag: 'tag:yaml.org,2002:bool',
    default: true,
    test: /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/,
    resolve: () => false,
};
// strconv.ParseInt(s, 0, 64) after go-yaml removed the underscores.
const intTag = {
    tag: 'tag:yaml.org,2002:int',
    default: true,
    test: /^[-+]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/,
    resolve: (src) => parseGoInt(src),
};
const floatTag = {
    tag: 'tag:yaml.org,2002:float',
    default: true,
    test: /^(?:[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    resolve: (src) => parseGoFloat(src),
};
function parseGoInt(src) {
    const neg = src.startsWith('-');
    const t = src.replace(/^[-+]/, '').replace(/_/g, '');
    let v;
    if (/^0[xX]/.test(t))
        v = parseInt(t.slice(2), 16);
    else if (/^0[oO]/.test(t))
        v = parseInt(t.slice(2), 8);
    else if (/^0[bB]/.test(t))
        v = parseInt(t.slice(2), 2);
    else if (/^0[0-7]+$/.test(t))
        v = parseInt(t, 8);
    else
        v = Number(t);
    return neg ? -v : v;
}
function parseGoFloat(src) {
    const t = src.replace(/_/g, '');
    if (/\.(?:inf|Inf|INF)$/.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    if (/\.(?:nan|NaN|NAN)$/.test(t))
        return NaN;
    return Number(t);
}
const goYamlTags = [nullTag, trueTag, falseTag, intTag, floatTag];


/***/ }),

/***/ 44:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ addDuplicateKeyErrors)
/* harmony export */ });
/* harmony import */ var _core_arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8170);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Duplicate mapping keys found in linear time. The yaml package's own check (`uniqueKeys:
 * true`) compares each new key with every earlier key of its map: a config with 32,000 rules
 * took 64 s. Parsing with `uniqueKeys: false` and calling this afterwards reports the same
 * errors ("Map keys must be unique", code DUPLICATE_KEY, at the repeated key) with a set per map.
 */


/** Adds the yaml package's DUPLICATE_KEY error for every repeated key of `doc`, in order. */
function addDuplicateKeyErrors(doc) {
    const found = [];
    const stack = [doc.contents];
    while (stack.length) {
        const node = stack.pop();
        if (!node || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            continue;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                stack.push(item);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            // The package's equality: the same node, or scalars whose values are ===.
            const seen = new Set();
            for (const pair of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                    continue;
                const key = pair.key;
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && !Number.isNaN(key.value)) {
                    if (seen.has(key.value)) {
                        const at = key.range?.[0] ?? 0;
                        found.push(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLParseError */ .XT([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
                    }
                    else
                        seen.add(key.value);
                }
                stack.push(pair.key, pair.value);
            }
        }
    }
    if (!found.length)
        return;
    (0,_core_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .pushAll */ .iI)(doc.errors, found);
    doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}


/***/ })

};
