export const id = 767;
export const ids = [767];
export const modules = {

/***/ 5225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ emptyMetadata),
/* harmony export */   t: () => (/* binding */ Chart)
/* harmony export */ });
/* harmony import */ var _core_arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8170);

class Chart {
    metadata;
    origin;
    parent;
    dependencies = [];
    templates = [];
    files = [];
    values = {};
    schema;
    /** values.yaml's origin, for messages. */
    valuesOrigin;
    constructor(metadata, 
    /** The chart directory (or archive) relative to the scanned root. */
    origin) {
        this.metadata = metadata;
        this.origin = origin;
    }
    get name() {
        return this.metadata.name;
    }
    isRoot() {
        return this.parent === undefined;
    }
    /** ChartFullPath: `parent/charts/name` (aliases included). */
    fullPath() {
        return this.parent ? `${this.parent.fullPath()}/charts/${this.name}` : this.name;
    }
    isLibrary() {
        return this.metadata.type.toLowerCase() === 'library';
    }
    setDependencies(charts) {
        this.dependencies = [];
        this.addDependency(...charts);
    }
    addDependency(...charts) {
        for (const c of charts) {
            c.parent = this;
            this.dependencies.push(c);
        }
    }
    /** A shallow copy that can be renamed by an alias without touching the original. */
    cloneForAlias() {
        const out = new Chart({ ...this.metadata }, this.origin);
        out.metadata.dependencies = this.metadata.dependencies
            ? this.metadata.dependencies.map((d) => ({ ...d }))
            : null;
        out.templates = this.templates;
        out.files = this.files;
        out.values = this.values;
        out.schema = this.schema;
        out.valuesOrigin = this.valuesOrigin;
        out.parent = this.parent;
        for (const d of this.dependencies) {
            const cpy = d.shallowCopy();
            out.addDependency(cpy);
        }
        return out;
    }
    /** `cpy := *dependency`: same fields, same metadata pointer, same children. */
    shallowCopy() {
        const out = new Chart(this.metadata, this.origin);
        out.templates = this.templates;
        out.files = this.files;
        out.values = this.values;
        out.schema = this.schema;
        out.valuesOrigin = this.valuesOrigin;
        out.parent = this.parent;
        out.dependencies = this.dependencies;
        return out;
    }
    /** CRD files (crds/*.yaml|yml|json) of this chart and its subcharts, parents first. */
    crdObjects() {
        const out = [];
        for (const f of this.files) {
            if (f.name.startsWith('crds/') && /\.(ya?ml|json)$/.test(f.name)) {
                out.push({ filename: `${this.fullPath()}/${f.name}`, file: f });
            }
        }
        for (const d of this.dependencies)
            (0,_core_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .pushAll */ .iI)(out, d.crdObjects());
        return out;
    }
}
function emptyMetadata() {
    return {
        name: '',
        home: '',
        sources: [],
        version: '',
        description: '',
        keywords: [],
        maintainers: [],
        icon: '',
        apiVersion: '',
        condition: '',
        tags: '',
        appVersion: '',
        deprecated: false,
        annotations: null,
        kubeVersion: '',
        dependencies: null,
        type: '',
    };
}


/***/ }),

/***/ 708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ isSlice),
/* harmony export */   EE: () => (/* binding */ nilSlice),
/* harmony export */   Im: () => (/* binding */ isEmpty),
/* harmony export */   O4: () => (/* reexport safe */ _template_gotypes_js__WEBPACK_IMPORTED_MODULE_0__.O4),
/* harmony export */   Oc: () => (/* binding */ intSlice),
/* harmony export */   PS: () => (/* binding */ sliceItems),
/* harmony export */   SZ: () => (/* binding */ stringSlice),
/* harmony export */   Uu: () => (/* reexport safe */ _template_gotypes_js__WEBPACK_IMPORTED_MODULE_0__.H$),
/* harmony export */   Xo: () => (/* binding */ compareBytes),
/* harmony export */   YE: () => (/* reexport safe */ _template_gotypes_js__WEBPACK_IMPORTED_MODULE_0__.Vk),
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   d4: () => (/* binding */ mapKeys),
/* harmony export */   iX: () => (/* binding */ goKindName),
/* harmony export */   lP: () => (/* binding */ typedMap),
/* harmony export */   tH: () => (/* binding */ typedSlice),
/* harmony export */   uv: () => (/* binding */ isNilSlice)
/* harmony export */ });
/* harmony import */ var _template_gotypes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2792);
/* harmony import */ var _template_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1886);
/**
 * Go type facts the Sprig functions depend on: the static type of slices and maps
 * (Sprig returns []string, []int, map[string]string where it matters for %T,
 * typeOf, DeepEqual and Go's argument checks), reflect kinds, and Sprig's own
 * notion of "empty".
 *
 * A JS array is `[]interface {}` unless tagged with another element type; a plain
 * object is `map[string]interface {}` unless tagged. Tags are non-enumerable symbol
 * properties (Symbol.for keys shared with src/template/gotypes.ts, which reads them).
 */


const SLICE_TYPE = Symbol.for('kube-whoami.goSliceType');
const MAP_TYPE = Symbol.for('kube-whoami.goMapType');
const NIL_SLICE = Symbol.for('kube-whoami.goNilSlice');
/** Tags `arr` as a Go slice of the given type (e.g. "[]string") and returns it. */
function typedSlice(arr, goType) {
    Object.defineProperty(arr, SLICE_TYPE, { value: goType, enumerable: false });
    return arr;
}
function stringSlice(arr) {
    return typedSlice(arr, '[]string');
}
function intSlice(arr) {
    return typedSlice(arr, '[]int');
}
/** A nil slice of a Go slice type: prints as [] but marshals to JSON null. */
function nilSlice(goType = '[]interface {}') {
    const arr = typedSlice([], goType);
    Object.defineProperty(arr, NIL_SLICE, { value: true, enumerable: false });
    return arr;
}
function isNilSlice(v) {
    return Array.isArray(v) && v[NIL_SLICE] === true;
}
function typedMap(m, goType) {
    Object.defineProperty(m, MAP_TYPE, { value: goType, enumerable: false });
    return m;
}
/** Static Go types, as the engine's gotypes.ts reads them from the same tags. */

/** reflect.Value.Kind().String() as Sprig's kindOf prints it. */
function goKindName(v) {
    if (v === null)
        return 'invalid';
    switch (typeof v) {
        case 'boolean':
            return 'bool';
        case 'number':
            return 'float64';
        case 'bigint':
            return 'int';
        case 'string':
            return 'string';
        case 'function':
            return 'func';
    }
    if (Array.isArray(v) || v instanceof Uint8Array)
        return 'slice';
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov)
        return v.kind;
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoStruct */ .On)
        return v.typeName.startsWith('*') ? 'ptr' : 'struct';
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoTime */ .yT)
        return 'struct';
    return 'map';
}
function isSlice(v) {
    return Array.isArray(v) || v instanceof Uint8Array;
}
/** Elements of a Go slice (a []uint8 yields uint8 values). */
function sliceItems(v) {
    if (Array.isArray(v))
        return v;
    return Array.from(v, (b) => new _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov(BigInt(b), 'uint8'));
}
/** Sprig's empty(): the zero value of its dynamic type; structs are never empty. */
function isEmpty(v) {
    if (v === null)
        return true;
    switch (typeof v) {
        case 'boolean':
            return !v;
        case 'number':
            return v === 0;
        case 'bigint':
            return v === 0n;
        case 'string':
            return v.length === 0;
        case 'function':
            return false;
    }
    if (Array.isArray(v))
        return v.length === 0;
    if (v instanceof Uint8Array)
        return v.length === 0;
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov)
        return v.value === 0n;
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoStruct */ .On || v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoTime */ .yT)
        return false;
    return Object.keys(v).length === 0;
}
/** reflect.DeepEqual over GoValues: types must match exactly (int vs int64 vs float64). */
function deepEqual(a, b) {
    if (a === b)
        return typeof a !== 'number' || !Number.isNaN(a);
    if (a === null || b === null)
        return false;
    if (typeof a !== typeof b)
        return false;
    if (typeof a !== 'object')
        return false;
    if ((0,_template_gotypes_js__WEBPACK_IMPORTED_MODULE_0__/* .goTypeName */ .O4)(a) !== (0,_template_gotypes_js__WEBPACK_IMPORTED_MODULE_0__/* .goTypeName */ .O4)(b))
        return false;
    if (a instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov)
        return a.value === b.value;
    if (Array.isArray(a)) {
        const bb = b;
        if (isNilSlice(a) !== isNilSlice(bb) || a.length !== bb.length)
            return false;
        return a.every((x, i) => deepEqual(x, bb[i]));
    }
    if (a instanceof Uint8Array) {
        const bb = b;
        return a.length === bb.length && a.every((x, i) => x === bb[i]);
    }
    if (a instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoTime */ .yT) {
        const bb = b;
        return (a.epochMillis === bb.epochMillis &&
            a.extraNanos === bb.extraNanos &&
            a.offsetMinutes === bb.offsetMinutes &&
            a.zoneName === bb.zoneName);
    }
    if (a instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoStruct */ .On) {
        const bb = b;
        const keys = Object.keys(a.fields);
        return (keys.length === Object.keys(bb.fields).length &&
            keys.every((k) => k in bb.fields && deepEqual(a.fields[k], bb.fields[k])));
    }
    if ((0,_template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoMap */ .Rb)(a)) {
        const bb = b;
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(bb).length)
            return false;
        return ka.every((k) => Object.prototype.hasOwnProperty.call(bb, k) && deepEqual(a[k], bb[k]));
    }
    return false;
}
/** Map keys in the order this library returns them (Go's is random; sorted is a valid order). */
function mapKeys(m) {
    return Object.keys(m).sort(compareBytes);
}
/** Go string comparison: by UTF-8 bytes, which for JS strings is code point order. */
function compareBytes(a, b) {
    if (a === b)
        return 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const ca = a.codePointAt(i);
        const cb = b.codePointAt(i);
        if (ca !== cb)
            return ca < cb ? -1 : 1;
        if (ca > 0xffff)
            i++;
    }
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}


/***/ }),

/***/ 1247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ goMatch),
/* harmony export */   Xr: () => (/* binding */ compileGobwasGlob),
/* harmony export */   hS: () => (/* binding */ compileGoMatch),
/* harmony export */   m: () => (/* binding */ BadPatternError)
/* harmony export */ });
/* unused harmony exports simpleGoMatch, goMatchRegex */
/* harmony import */ var _core_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(235);
/**
 * The two glob dialects Helm uses: Go's path/filepath.Match (.helmignore rules, --show-only)
 * and github.com/gobwas/glob with '/' as separator (.Files.Glob). Both compile to anchored
 * regular expressions over code points, run on a linear-time engine (patterns come from the
 * chart: `*a*a*a*a*b` must not backtrack for ever, as neither Go matcher does).
 */

class BadPatternError extends Error {
    constructor() {
        super('syntax error in pattern');
    }
}
function escapeRegexChar(ch) {
    return /[\\^$.*+?()[\]{}|/]/.test(ch) ? '\\' + ch : ch;
}
function escapeClassChar(ch) {
    return /[\\\]^[-]/.test(ch) ? '\\' + ch : ch;
}
const goMatchCache = new Map();
/** `?` in simpleGoMatch's head and tail: two characters, so never one code point of a name. */
const ANY = '??';
/**
 * The patterns nearly every .helmignore holds (`.DS_Store`, `*.swp`, `.git/`, `*~`, and Helm's
 * own `templates/.?*`): literal characters and `?` around at most one `*`, matched by their
 * fixed head and tail without a regular expression (and without loading the regex engine at all
 * for most charts). Undefined for anything else.
 */
function simpleGoMatch(pattern) {
    // Code points of the head and the tail; ANY stands for `?` (one character other than '/').
    const head = [];
    let tail;
    const chars = Array.from(pattern);
    for (let i = 0; i < chars.length; i++) {
        let c = chars[i];
        if (c === '[')
            return undefined;
        if (c === '*') {
            if (tail !== undefined)
                return undefined;
            tail = [];
            continue;
        }
        if (c === '?')
            c = ANY;
        else if (c === '\\') {
            if (i + 1 >= chars.length)
                return undefined;
            c = chars[++i];
        }
        ;
        (tail ?? head).push(c);
    }
    const fits = (want, got) => (want === ANY ? got !== '/' : want === got);
    const star = tail !== undefined;
    const end = tail ?? [];
    return {
        test(name) {
            const n = Array.from(name);
            if (star ? n.length < head.length + end.length : n.length !== head.length)
                return false;
            for (let i = 0; i < head.length; i++)
                if (!fits(head[i], n[i]))
                    return false;
            const from = n.length - end.length;
            for (let i = 0; i < end.length; i++)
                if (!fits(end[i], n[from + i]))
                    return false;
            for (let i = head.length; i < from; i++)
                if (n[i] === '/')
                    return false;
            return true;
        },
    };
}
/** Compiles a filepath.Match pattern; throws BadPatternError where Go returns ErrBadPattern. */
function compileGoMatch(pattern) {
    const cached = goMatchCache.get(pattern);
    if (cached)
        return cached;
    const out = simpleGoMatch(pattern) ?? goMatchRegex(pattern);
    goMatchCache.set(pattern, out);
    return out;
}
/** compileGoMatch through a regular expression, whatever the pattern (exported for tests). */
function goMatchRegex(pattern) {
    const chars = Array.from(pattern);
    let re = '^';
    let i = 0;
    while (i < chars.length) {
        const c = chars[i];
        if (c === '*') {
            re += '[^/]*';
            i++;
        }
        else if (c === '?') {
            re += '[^/]';
            i++;
        }
        else if (c === '\\') {
            if (i + 1 >= chars.length)
                throw new BadPatternError();
            re += escapeRegexChar(chars[i + 1]);
            i += 2;
        }
        else if (c === '[') {
            i++;
            let negate = false;
            if (chars[i] === '^') {
                negate = true;
                i++;
            }
            let cls = '';
            let first = true;
            for (;;) {
                if (i >= chars.length)
                    throw new BadPatternError();
                if (chars[i] === ']' && !first) {
                    i++;
                    break;
                }
                const readEsc = () => {
                    const ch = chars[i];
                    if (ch === undefined || ch === '-' || ch === ']')
                        throw new BadPatternError();
                    if (ch === '\\') {
                        i++;
                        if (i >= chars.length)
                            throw new BadPatternError();
                    }
                    const out = chars[i];
                    i++;
                    return out;
                };
                const lo = readEsc();
                let hi = lo;
                if (chars[i] === '-') {
                    i++;
                    hi = readEsc();
                    if (hi.codePointAt(0) < lo.codePointAt(0))
                        throw new BadPatternError();
                }
                cls += lo === hi ? escapeClassChar(lo) : `${escapeClassChar(lo)}-${escapeClassChar(hi)}`;
                first = false;
            }
            re += negate ? `[^${cls}]` : `[${cls}]`;
        }
        else {
            re += escapeRegexChar(c);
            i++;
        }
    }
    return (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .linearRegex */ .t$)(re + '$', 's');
}
/** filepath.Match(pattern, name); throws BadPatternError for a malformed pattern. */
function goMatch(pattern, name) {
    return compileGoMatch(pattern).test(name);
}
/**
 * gobwas/glob.Compile(pattern, '/'): `*` within a segment, `**` across segments, `?`,
 * `[abc]`/`[!a-z]`, `{a,b}` alternatives, `\` escapes. Returns undefined when gobwas
 * would fail to compile the pattern.
 */
function compileGobwasGlob(pattern) {
    const chars = Array.from(pattern);
    let i = 0;
    const parse = (inAlt) => {
        let out = '';
        while (i < chars.length) {
            const c = chars[i];
            if (inAlt && (c === ',' || c === '}'))
                return out;
            if (c === '*') {
                if (chars[i + 1] === '*') {
                    out += '.*';
                    i += 2;
                }
                else {
                    out += '[^/]*';
                    i++;
                }
            }
            else if (c === '?') {
                out += '[^/]';
                i++;
            }
            else if (c === '\\') {
                if (i + 1 >= chars.length)
                    return undefined;
                out += escapeRegexChar(chars[i + 1]);
                i += 2;
            }
            else if (c === '[') {
                i++;
                let negate = false;
                if (chars[i] === '!') {
                    negate = true;
                    i++;
                }
                let cls = '';
                let closed = false;
                while (i < chars.length) {
                    const ch = chars[i];
                    if (ch === ']') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (chars[i + 1] === '-' && chars[i + 2] !== undefined && chars[i + 2] !== ']') {
                        const lo = ch;
                        const hi = chars[i + 2];
                        if (hi.codePointAt(0) < lo.codePointAt(0))
                            return undefined;
                        cls += `${escapeClassChar(lo)}-${escapeClassChar(hi)}`;
                        i += 3;
                    }
                    else {
                        cls += escapeClassChar(ch);
                        i++;
                    }
                }
                if (!closed || cls === '')
                    return undefined;
                out += negate ? `[^${cls}]` : `[${cls}]`;
            }
            else if (c === '{') {
                i++;
                const alts = [];
                for (;;) {
                    const alt = parse(true);
                    if (alt === undefined)
                        return undefined;
                    alts.push(alt);
                    if (i >= chars.length)
                        return undefined;
                    if (chars[i] === '}') {
                        i++;
                        break;
                    }
                    i++; // ','
                }
                out += `(?:${alts.join('|')})`;
            }
            else {
                out += escapeRegexChar(c);
                i++;
            }
        }
        return inAlt ? undefined : out;
    };
    const body = parse(false);
    if (body === undefined)
        return undefined;
    return (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .linearRegex */ .t$)(`^${body}$`, 's');
}


/***/ }),

/***/ 5711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ pathExt),
/* harmony export */   Ar: () => (/* binding */ bytesToString),
/* harmony export */   CN: () => (/* binding */ pathJoin),
/* harmony export */   F5: () => (/* binding */ isGoSpace),
/* harmony export */   Hu: () => (/* binding */ pathClean),
/* harmony export */   bT: () => (/* binding */ trimBom),
/* harmony export */   hb: () => (/* binding */ goTrimSpace),
/* harmony export */   xN: () => (/* binding */ pathBase)
/* harmony export */ });
/**
 * Small pieces of Go's string semantics that Helm's behaviour depends on: which runes
 * strings.TrimSpace removes, and how a string is split like regexp.Split.
 */
// unicode.IsSpace: Latin-1 spaces plus the Unicode White_Space property (no U+FEFF,
// unlike String.prototype.trim).
function isSpaceCode(c) {
    if (c <= 0x20)
        return c === 0x20 || (c >= 0x09 && c <= 0x0d);
    if (c < 0x85)
        return false;
    return (c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000);
}
function isGoSpace(ch) {
    return ch.length > 0 && isSpaceCode(ch.charCodeAt(0));
}
/** strings.TrimSpace */
function goTrimSpace(s) {
    let start = 0;
    let end = s.length;
    while (start < end && isSpaceCode(s.charCodeAt(start)))
        start++;
    while (end > start && isSpaceCode(s.charCodeAt(end - 1)))
        end--;
    return start === 0 && end === s.length ? s : s.slice(start, end);
}
/** strings.TrimPrefix of a UTF-8 byte-order mark, on bytes. */
function trimBom(data) {
    if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
        return data.subarray(3);
    }
    return data;
}
const decoder = new TextDecoder('utf-8');
/** string(bytes) as Go does it; invalid sequences become U+FFFD, as Go prints them. */
function bytesToString(data) {
    return decoder.decode(data);
}
/** path.Base */
function pathBase(p) {
    if (p === '')
        return '.';
    let s = p;
    while (s.length > 1 && s.endsWith('/'))
        s = s.slice(0, -1);
    if (s === '/')
        return '/';
    const i = s.lastIndexOf('/');
    return i >= 0 ? s.slice(i + 1) : s;
}
/** path.Ext */
function pathExt(p) {
    for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) {
        if (p[i] === '.')
            return p.slice(i);
    }
    return '';
}
/** path.Clean */
function pathClean(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
            continue;
        }
        out.push(part);
    }
    const joined = out.join('/');
    if (rooted)
        return '/' + joined;
    return joined === '' ? '.' : joined;
}
/** path.Join */
function pathJoin(...parts) {
    const nonEmpty = parts.filter((p) => p !== '');
    if (nonEmpty.length === 0)
        return '';
    return pathClean(nonEmpty.join('/'));
}


/***/ }),

/***/ 2013:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bR: () => (/* binding */ valueTypeMessage),
/* harmony export */   uH: () => (/* binding */ fieldTypeMessage)
/* harmony export */ });
/* unused harmony export jsonKind */
/** The JSON kind Go names in "cannot unmarshal <kind> into ...". */
function jsonKind(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'number' || typeof v === 'bigint')
        return 'number';
    if (typeof v === 'boolean')
        return 'bool';
    if (Array.isArray(v))
        return 'array';
    return 'object';
}
/** The message for a struct field of the wrong type. */
function fieldTypeMessage(v, field, goType) {
    return `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go struct field ${field} of type ${goType}`;
}
/** The message for a whole document of the wrong type. */
function valueTypeMessage(v, goType) {
    return `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go value of type ${goType}`;
}


/***/ }),

/***/ 5392:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ ChartLoadError),
  T: () => (/* binding */ loadChart)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/helm/chart.js
var helm_chart = __webpack_require__(5225);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./build/helm/go-text.js
var go_text = __webpack_require__(5711);
// EXTERNAL MODULE: ./build/core/budget.js
var budget = __webpack_require__(6785);
;// CONCATENATED MODULE: ./build/helm/archive.js
/**
 * Reads a chart archive (.tgz) the way Helm's archive.LoadArchiveFiles does: gzip, then
 * tar (ustar, PAX and GNU long names), the first path segment dropped, directories and
 * links skipped, and the same path safety checks and size limits. Nothing is written to
 * disk.
 */



/** Helm's limits: 100 MiB for a whole decompressed chart, 5 MiB per file. */
const maxDecompressedChartSize = 100 * 1024 * 1024;
const maxDecompressedFileSize = 5 * 1024 * 1024;
class ArchiveError extends Error {
}
function readString(block, start, length) {
    let end = start;
    while (end < start + length && block[end] !== 0)
        end++;
    return Buffer.from(block.subarray(start, end)).toString('utf8');
}
function readNumber(block, start, length) {
    // Base-256 (GNU) when the high bit of the first byte is set.
    if (block[start] & 0x80) {
        let n = block[start] & 0x7f;
        for (let i = start + 1; i < start + length; i++)
            n = n * 256 + block[i];
        return n;
    }
    const text = readString(block, start, length).trim();
    if (text === '')
        return 0;
    const n = parseInt(text, 8);
    if (Number.isNaN(n))
        throw new ArchiveError('archive/tar: invalid tar header');
    return n;
}
/**
 * Go's archive/tar reads a PAX header, a GNU long name or long link into memory only up to
 * 1 MiB (maxSpecialFileSize); past it the archive is refused with this error.
 */
const maxSpecialFileSize = 1024 * 1024;
/** PAX records (`<length> <key>=<value>\n`), read in one pass over the bytes. */
function parsePax(data) {
    const out = new Map();
    let pos = 0;
    while (pos < data.length) {
        let space = pos;
        while (space < data.length && data[space] !== 0x20)
            space++;
        if (space >= data.length)
            break;
        const len = parseInt(Buffer.from(data.subarray(pos, space)).toString('latin1'), 10);
        if (!Number.isFinite(len) || len <= space - pos || pos + len > data.length) {
            throw new ArchiveError('archive/tar: invalid tar header');
        }
        let kv = Buffer.from(data.subarray(space + 1, pos + len)).toString('utf8');
        if (kv.endsWith('\n'))
            kv = kv.slice(0, -1);
        const eq = kv.indexOf('=');
        if (eq > 0)
            out.set(kv.slice(0, eq), kv.slice(eq + 1));
        pos += len;
    }
    return out;
}
function* tarEntries(tar) {
    let pos = 0;
    let longName;
    let pax;
    while (pos + 512 <= tar.length) {
        const block = tar.subarray(pos, pos + 512);
        if (block.every((b) => b === 0))
            return;
        let name = readString(block, 0, 100);
        const size = readNumber(block, 124, 12);
        const type = String.fromCharCode(block[156] || 0x30);
        const magic = readString(block, 257, 6);
        if (magic.startsWith('ustar')) {
            const prefix = readString(block, 345, 155);
            if (prefix && magic === 'ustar')
                name = `${prefix}/${name}`;
        }
        const dataStart = pos + 512;
        if (dataStart + size > tar.length)
            throw new ArchiveError('unexpected EOF');
        const data = tar.subarray(dataStart, dataStart + size);
        pos = dataStart + Math.ceil(size / 512) * 512;
        (0,budget/* work */.oJ)();
        if ('LKxg'.includes(type) && size > maxSpecialFileSize) {
            throw new ArchiveError('archive/tar: header field too long');
        }
        if (type === 'L') {
            longName = readString(data, 0, data.length);
            continue;
        }
        if (type === 'K')
            continue;
        if (type === 'x') {
            pax = parsePax(data);
            continue;
        }
        if (type === 'g')
            continue;
        if (longName !== undefined)
            name = longName;
        const paxPath = pax?.get('path');
        if (paxPath !== undefined)
            name = paxPath;
        longName = undefined;
        pax = undefined;
        yield { name, type, size, data };
    }
}
/** Decompresses and reads a chart archive into files named relative to the chart root. */
function readChartArchive(compressed) {
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(compressed, { maxOutputLength: maxDecompressedChartSize + 1024 * 1024 });
    }
    catch (e) {
        const msg = e.message;
        if (/maxOutputLength|Cannot create a Buffer/.test(msg)) {
            throw new ArchiveError(`decompressed chart is larger than the maximum size ${maxDecompressedChartSize}`);
        }
        throw new ArchiveError('gzip: invalid header');
    }
    const files = [];
    let remaining = maxDecompressedChartSize;
    for (const entry of tarEntries(tar)) {
        if (entry.type === '5' || entry.name.endsWith('/'))
            continue;
        // Links, devices and FIFOs carry no data in Helm either; only their names are kept.
        const delimiter = entry.name.includes('\\') ? '\\' : '/';
        const parts = entry.name.split(delimiter);
        let n = parts.slice(1).join(delimiter).split(delimiter).join('/');
        if (n.startsWith('/'))
            throw new ArchiveError('chart illegally contains absolute paths');
        n = (0,go_text/* pathClean */.Hu)(n);
        if (n === '.') {
            throw new ArchiveError(`chart illegally contains content outside the base directory: ${JSON.stringify(entry.name)}`);
        }
        if (n.startsWith('..'))
            throw new ArchiveError('chart illegally references parent directory');
        if (/^[a-zA-Z]:\//.test(n))
            throw new ArchiveError('chart contains illegally named files');
        if (parts[0] === 'Chart.yaml')
            throw new ArchiveError('chart yaml not in base directory');
        if (entry.size > remaining) {
            throw new ArchiveError(`decompressed chart is larger than the maximum size ${maxDecompressedChartSize}`);
        }
        if (entry.size > maxDecompressedFileSize) {
            throw new ArchiveError(`decompressed chart file ${JSON.stringify(entry.name)} is larger than the maximum file size ${maxDecompressedFileSize}`);
        }
        const isRegular = entry.type === '0' || entry.type === '7' || entry.type === '\0';
        const data = isRegular ? entry.data : new Uint8Array(0);
        remaining -= data.length;
        if (remaining <= 0) {
            throw new ArchiveError(`decompressed chart is larger than the maximum size ${maxDecompressedChartSize}`);
        }
        files.push({ name: n, data: (0,go_text/* trimBom */.bT)(data) });
    }
    if (files.length === 0)
        throw new ArchiveError('no files in chart archive');
    return files;
}

// EXTERNAL MODULE: ./build/helm/glob.js
var glob = __webpack_require__(1247);
;// CONCATENATED MODULE: ./build/helm/helmignore.js
/**
 * .helmignore rules as Helm evaluates them (pkg/ignore), which differ from .gitignore:
 * no `**`, a pattern without a slash matches the base name only, a leading `/` anchors at
 * the chart root, a trailing `/` matches directories only, and rules are tried in order
 * with the first decisive one winning \u2014 a matching negated rule does not re-include, a
 * non-matching negated rule excludes.
 */

const NEVER = { test: () => false };

class HelmIgnoreError extends Error {
}
class HelmIgnore {
    rules = [];
    /** Parses .helmignore text; throws HelmIgnoreError with Helm's message for a bad rule. */
    static parse(text) {
        const out = new HelmIgnore();
        const body = text.startsWith('\ufeff') ? text.slice(1) : text;
        for (const line of body.split(/\r?\n/))
            out.addRule(line);
        return out;
    }
    static empty() {
        return new HelmIgnore();
    }
    /** Helm always ignores dot files inside templates/. */
    addDefaults() {
        this.addRule('templates/.?*');
    }
    addRule(line) {
        let rule = line.trim();
        if (rule === '' || rule.startsWith('#'))
            return;
        if (rule.includes('**'))
            throw new HelmIgnoreError('double-star (**) syntax is not supported');
        try {
            (0,glob/* compileGoMatch */.hS)(rule);
        }
        catch (e) {
            if (e instanceof glob/* BadPatternError */.m)
                throw new HelmIgnoreError(e.message);
            throw e;
        }
        const raw = rule;
        let negate = false;
        if (rule.startsWith('!')) {
            negate = true;
            rule = rule.slice(1);
        }
        let mustDir = false;
        if (rule.endsWith('/')) {
            mustDir = true;
            rule = rule.slice(0, -1);
        }
        let scope;
        if (rule.startsWith('/')) {
            scope = 'root';
            rule = rule.slice(1);
        }
        else if (rule.includes('/')) {
            scope = 'path';
        }
        else {
            scope = 'base';
        }
        let pattern;
        try {
            pattern = (0,glob/* compileGoMatch */.hS)(rule);
        }
        catch {
            // Helm logs and treats the rule as not matching.
            pattern = NEVER;
        }
        this.rules.push({ raw, negate, mustDir, scope, pattern });
    }
    /** Whether a chart-relative path (forward slashes) is ignored. */
    ignores(path, isDir) {
        if (path === '' || path === '.' || path === './')
            return false;
        for (const r of this.rules) {
            const subject = r.scope === 'base' ? (0,go_text/* pathBase */.xN)(path) : path;
            if (r.negate) {
                if (r.mustDir && !isDir)
                    return true;
                if (!r.pattern.test(subject))
                    return true;
                continue;
            }
            if (r.mustDir && !isDir)
                continue;
            if (r.pattern.test(subject))
                return true;
        }
        return false;
    }
}

// EXTERNAL MODULE: ./build/template/sort.js
var sort = __webpack_require__(2359);
// EXTERNAL MODULE: ./build/helm/metadata.js
var metadata = __webpack_require__(9140);
// EXTERNAL MODULE: ./build/helm/values-yaml.js
var values_yaml = __webpack_require__(39);
;// CONCATENATED MODULE: ./build/helm/load.js
/**
 * Loads a chart from a directory or a .tgz the way Helm's loader does (pkg/chart/v2/loader):
 * the directory walk in byte order with .helmignore applied (the root chart's file governs
 * the whole tree, subcharts included), Chart.yaml/requirements.yaml/values.yaml/schema,
 * templates/, charts/ holding subchart folders and archives, everything else in `.Files`.
 *
 * Untrusted input: symbolic links are followed only while they stay inside `boundary`
 * (the scanned root by default); one that leaves it is not followed (reported through
 * `refusedLink`), files are size-limited as in Helm, and nothing outside the boundary is
 * ever read. Links followed are reported through `symlink`, where helm logs them.
 */





/**
 * Paths one chart folder may hold (helm has no limit): the largest chart of the corpus (kube-prometheus-stack) has 449;
 * a folder that links to itself from two places per level holds 2^levels.
 */
const maxChartPaths = 100_000;
/** Paths by which links may lead to one folder (a shared `crds/` linked from a few charts). */
const maxPathsToOneFolder = 16;





/** A loading failure; `message` is what Helm prints after `Error: `. */
class ChartLoadError extends Error {
    file;
    line;
    column;
    constructor(message, 
    /** The file concerned, relative to the scanned root, when known. */
    file, line, column) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
function toSlash(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
function isInside(dir, p) {
    const rel = (0,external_node_path_.relative)(dir, p);
    return rel === '' || (!rel.startsWith('..') && !rel.startsWith(external_node_path_.sep) && !/^[a-zA-Z]:/.test(rel));
}
/** Loads the chart at `chartPath` (a directory or a .tgz file). */
function loadChart(chartPath, opts = {}) {
    const root = (0,external_node_path_.resolve)(opts.root ?? process.cwd());
    const abs = (0,external_node_path_.resolve)(chartPath);
    let st;
    try {
        st = (0,external_node_fs_.statSync)(abs);
    }
    catch {
        throw new ChartLoadError(`path ${JSON.stringify(chartPath)} not found`);
    }
    const boundary = (0,external_node_path_.resolve)(opts.boundary ?? root);
    const rel = toSlash((0,external_node_path_.relative)(root, abs));
    if (st.isDirectory())
        return loadDir(abs, rel, boundary, opts);
    const data = (0,external_node_fs_.readFileSync)(abs);
    if (!(data[0] === 0x1f && data[1] === 0x8b && data[2] === 0x08)) {
        if (chartPath.endsWith('.yml') || chartPath.endsWith('.yaml')) {
            throw new ChartLoadError(`file '${abs}' seems to be a YAML file, but expected a gzipped archive`);
        }
        throw new ChartLoadError(`file '${abs}' does not appear to be a gzipped archive`);
    }
    return loadArchive(data, { path: rel, archive: rel }, opts.warn);
}
function loadArchive(data, origin, warn) {
    let files;
    try {
        files = readChartArchive(data);
    }
    catch (e) {
        throw new ChartLoadError(e.message, origin.archive ?? origin.path);
    }
    const archive = origin.archive ?? origin.path;
    return loadFiles(files.map((f) => ({ name: f.name, data: f.data, origin: { path: archive, archive } })), origin, warn);
}
function loadDir(topdir, relTop, boundary, opts) {
    const warn = opts.warn;
    let rules = HelmIgnore.empty();
    const ignoreFile = (0,external_node_path_.join)(topdir, '.helmignore');
    try {
        if ((0,external_node_fs_.statSync)(ignoreFile).isFile()) {
            rules = HelmIgnore.parse((0,external_node_fs_.readFileSync)(ignoreFile, 'utf8'));
        }
    }
    catch (e) {
        if (e.code !== 'ENOENT') {
            throw new ChartLoadError(e.message, joinRel(relTop, '.helmignore'));
        }
    }
    rules.addDefaults();
    const files = [];
    const visiting = new Set();
    /**
     * Follows a symbolic link at absPath (inside the boundary only); the target's stat, or
     * undefined for a link left out.
     */
    const followLink = (absPath, name) => {
        let target;
        try {
            target = (0,external_node_fs_.realpathSync)(absPath);
        }
        catch {
            // filepath.EvalSymlinks names the path it could not find.
            let missing = absPath;
            try {
                const target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(absPath), (0,external_node_fs_.readlinkSync)(absPath));
                // The first component of the target that does not exist.
                const parts = target.split(external_node_path_.sep);
                for (let i = 2; i <= parts.length; i++) {
                    const prefix = parts.slice(0, i).join(external_node_path_.sep);
                    try {
                        (0,external_node_fs_.lstatSync)(prefix);
                    }
                    catch {
                        missing = prefix;
                        break;
                    }
                }
            }
            catch {
                // keep the link's own path
            }
            throw new ChartLoadError(`error evaluating symlink ${absPath}: lstat ${missing}: no such file or directory`, joinRel(relTop, name));
        }
        if (!isInside(boundary, target)) {
            if (opts.refusedLink) {
                opts.refusedLink(joinRel(relTop, name), target);
                return undefined;
            }
            throw new ChartLoadError(`symbolic link ${name} points outside the scanned directory (${target}); refusing to follow it`, joinRel(relTop, name));
        }
        // .git holds the token actions/checkout persists: never rendered into a chart.
        if ((0,external_node_path_.relative)(boundary, target).split(external_node_path_.sep)[0] === '.git') {
            if (opts.refusedLink) {
                opts.refusedLink(joinRel(relTop, name), target);
                return undefined;
            }
            throw new ChartLoadError(`symbolic link ${name} points into .git; refusing to follow it`, joinRel(relTop, name));
        }
        opts.symlink?.(absPath, target);
        return (0,external_node_fs_.statSync)(target);
    };
    const tooLarge = (name) => {
        const base = name.slice(name.lastIndexOf('/') + 1);
        return new ChartLoadError(`chart file ${JSON.stringify(base)} is larger than the maximum file size ${maxDecompressedFileSize}`, joinRel(relTop, name));
    };
    // Links to one folder from two places in each of n folders make 2^n paths (helm walks them
    // all): the walk stops at a count of paths and of bytes, as an archive's does.
    let paths = 0;
    let bytes = 0;
    /** Times each real folder was walked: more than a few means links multiply the paths. */
    const visits = new Map();
    const count = (name, size) => {
        (0,budget/* work */.oJ)();
        bytes += size;
        if (++paths > maxChartPaths) {
            throw new ChartLoadError(`chart folder has more than ${maxChartPaths} files and folders (counting each path a symbolic link leads to); kube-whoami stops loading it there`, joinRel(relTop, 'Chart.yaml'));
        }
        if (bytes > maxDecompressedChartSize) {
            throw new ChartLoadError(`chart folder holds more than ${maxDecompressedChartSize} bytes (counting each path a symbolic link leads to); kube-whoami stops loading it there`, joinRel(relTop, 'Chart.yaml'));
        }
    };
    const walkDir = (absPath, name, real) => {
        if (visiting.has(real)) {
            throw new ChartLoadError(`symbolic link loop at ${name}`, joinRel(relTop, name));
        }
        count(name, 0);
        const arrivals = (visits.get(real) ?? 0) + 1;
        visits.set(real, arrivals);
        if (arrivals > maxPathsToOneFolder) {
            throw new ChartLoadError(`symbolic links lead to one folder by more than ${maxPathsToOneFolder} paths (at ${name}); kube-whoami stops loading the chart there, where helm walks every path`, joinRel(relTop, 'Chart.yaml'));
        }
        visiting.add(real);
        // Entry types come with the listing: no lstat per file.
        const entries = (0,external_node_fs_.readdirSync)(absPath, { withFileTypes: true }).sort((a, b) => (0,sort/* compareGoStrings */.m)(a.name, b.name));
        for (const d of entries) {
            const childAbs = (0,external_node_path_.join)(absPath, d.name);
            const childName = name === '' ? d.name : `${name}/${d.name}`;
            if (d.isSymbolicLink()) {
                const st = followLink(childAbs, childName);
                if (!st)
                    continue;
                if (st.isDirectory()) {
                    if (rules.ignores(childName, true))
                        continue;
                    let childReal;
                    try {
                        childReal = (0,external_node_fs_.realpathSync)(childAbs);
                    }
                    catch {
                        childReal = childAbs;
                    }
                    walkDir(childAbs, childName, childReal);
                }
                else {
                    readFile(childAbs, childName, st);
                }
            }
            else if (d.isDirectory()) {
                if (rules.ignores(childName, true))
                    continue;
                walkDir(childAbs, childName, (0,external_node_path_.join)(real, d.name));
            }
            else {
                readFile(childAbs, childName, d.isFile() ? undefined : 'irregular');
            }
        }
        visiting.delete(real);
    };
    /** A file to keep (unless ignored); `st` when already known (links), 'irregular' for devices and pipes. */
    const readFile = (absPath, name, st) => {
        if (rules.ignores(name, false))
            return;
        if (st === 'irregular' || (st !== undefined && !st.isFile())) {
            throw new ChartLoadError(`cannot load irregular file ${absPath} as it has file mode type bits set`, joinRel(relTop, name));
        }
        let data;
        if (st !== undefined) {
            if (st.size > maxDecompressedFileSize)
                throw tooLarge(name);
            data = new Uint8Array((0,external_node_fs_.readFileSync)(absPath));
        }
        else {
            data = readLimited(absPath, () => tooLarge(name));
        }
        count(name, data.length);
        const path = joinRel(relTop, name);
        opts.fileRead?.(path, data);
        files.push({ name, data: (0,go_text/* trimBom */.bT)(data), origin: { path } });
    };
    let top;
    try {
        top = (0,external_node_fs_.lstatSync)(topdir);
    }
    catch (e) {
        throw new ChartLoadError(e.message, joinRel(relTop, ''));
    }
    const st = top.isSymbolicLink() ? followLink(topdir, '') : top;
    if (!st)
        return loadFiles(files, { path: relTop }, warn);
    if (st.isDirectory()) {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(topdir);
        }
        catch {
            real = topdir;
        }
        walkDir(topdir, '', real);
    }
    else {
        readFile(topdir, '', st);
    }
    return loadFiles(files, { path: relTop }, warn);
}
/**
 * A regular file's bytes, read through one descriptor (its size checked before reading,
 * as Helm checks it before loading).
 */
function readLimited(absPath, tooLarge) {
    const fd = (0,external_node_fs_.openSync)(absPath, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        if (size > maxDecompressedFileSize)
            throw tooLarge();
        // Sizes of 0 (special files) are read to the end.
        if (size === 0)
            return new Uint8Array((0,external_node_fs_.readFileSync)(fd));
        const out = new Uint8Array(size);
        let got = 0;
        while (got < size) {
            const n = (0,external_node_fs_.readSync)(fd, out, got, size - got, got);
            if (n === 0)
                break;
            got += n;
        }
        return got === size ? out : out.subarray(0, got);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function joinRel(dir, name) {
    if (dir === '' || dir === '.')
        return name;
    return name === '' ? dir : `${dir}/${name}`;
}
function originOf(origin, name) {
    return origin.archive ? origin : { path: joinRel(origin.path, name) };
}
/** loader.LoadFiles: builds a chart (and its subcharts) from chart-relative files. */
function loadFiles(files, origin, warn) {
    const md = (0,helm_chart/* emptyMetadata */.f)();
    let haveMetadata = false;
    const chartYaml = files.find((f) => f.name === 'Chart.yaml');
    const fileErr = (what, f, e) => {
        const ev = e;
        return new ChartLoadError(`cannot load ${what}: ${ev.message}`, f.origin.path, ev.line, ev.column);
    };
    if (chartYaml) {
        haveMetadata = true;
        try {
            (0,metadata/* decodeMetadataInto */.iY)(md, (0,values_yaml/* readYamlFirstDocument */.v7)((0,go_text/* bytesToString */.Ar)(chartYaml.data), chartYaml.origin.path));
        }
        catch (e) {
            throw fileErr('Chart.yaml', chartYaml, e);
        }
        if (md.apiVersion === '')
            md.apiVersion = 'v1';
    }
    const chart = new helm_chart/* Chart */.t(md, origin);
    const subcharts = new Map();
    for (const f of files) {
        const name = f.name;
        if (name === 'Chart.yaml' || name === 'Chart.lock' || name === 'requirements.lock') {
            if (name === 'requirements.lock') {
                if (!haveMetadata)
                    haveMetadata = true;
                if (md.apiVersion !== 'v1') {
                    warn?.('Warning: Dependency locking is handled in Chart.lock since apiVersion "v2". We recommend migrating to Chart.lock.');
                }
                else {
                    chart.files.push(f);
                }
            }
            continue;
        }
        if (name === 'values.yaml') {
            try {
                chart.values = (0,values_yaml/* readValuesYaml */.sR)((0,go_text/* bytesToString */.Ar)(f.data), f.origin.path);
            }
            catch (e) {
                throw fileErr('values.yaml', f, e);
            }
            chart.valuesOrigin = f.origin;
        }
        else if (name === 'values.schema.json') {
            chart.schema = f.data;
        }
        else if (name === 'requirements.yaml') {
            haveMetadata = true;
            if (md.apiVersion !== 'v1') {
                warn?.('Warning: Dependencies are handled in Chart.yaml since apiVersion "v2". We recommend migrating dependencies to Chart.yaml.');
            }
            try {
                (0,metadata/* decodeMetadataInto */.iY)(md, (0,values_yaml/* readYamlFirstDocument */.v7)((0,go_text/* bytesToString */.Ar)(f.data), f.origin.path));
            }
            catch (e) {
                throw fileErr('requirements.yaml', f, e);
            }
            if (md.apiVersion === 'v1')
                chart.files.push(f);
        }
        else if (name.startsWith('templates/')) {
            chart.templates.push(f);
        }
        else if (name.startsWith('charts/')) {
            if ((0,go_text/* pathExt */.$p)(name) === '.prov') {
                chart.files.push(f);
                continue;
            }
            const fname = name.slice('charts/'.length);
            const cname = fname.split('/')[0];
            let list = subcharts.get(cname);
            if (!list)
                subcharts.set(cname, (list = []));
            list.push({ name: fname, data: f.data, origin: f.origin });
        }
        else {
            chart.files.push(f);
        }
    }
    if (!haveMetadata) {
        throw new ChartLoadError('Chart.yaml file is missing', joinRel(origin.path, 'Chart.yaml'));
    }
    try {
        (0,metadata/* validateMetadata */.aR)(md);
    }
    catch (e) {
        throw new ChartLoadError(e.message, chartYaml?.origin.path);
    }
    for (const [n, sub] of subcharts) {
        if (n.startsWith('_') || n.startsWith('.'))
            continue;
        let sc;
        try {
            if ((0,go_text/* pathExt */.$p)(n) === '.tgz') {
                const file = sub[0];
                if (file.name !== n) {
                    throw new ChartLoadError(`error unpacking subchart tar in ${chart.name}: expected ${n}, got ${file.name}`);
                }
                const archivePath = origin.archive ?? joinRel(origin.path, `charts/${n}`);
                sc = loadArchive(file.data, { path: archivePath, archive: archivePath }, warn);
            }
            else {
                const buff = [];
                for (const f of sub) {
                    const slash = f.name.indexOf('/');
                    if (slash < 0)
                        continue;
                    buff.push({ name: f.name.slice(slash + 1), data: f.data, origin: f.origin });
                }
                sc = loadFiles(buff, originOf(origin, `charts/${n}`), warn);
            }
        }
        catch (e) {
            if (e instanceof ChartLoadError && e.message.startsWith('error unpacking subchart tar'))
                throw e;
            const err = e;
            throw new ChartLoadError(`error unpacking subchart ${n} in ${chart.name}: ${err.message}`, err.file, err.line, err.column);
        }
        chart.addDependency(sc);
    }
    return chart;
}


/***/ }),

/***/ 9140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aR: () => (/* binding */ validateMetadata),
/* harmony export */   iY: () => (/* binding */ decodeMetadataInto)
/* harmony export */ });
/* unused harmony exports MetadataError, decodeDependency, sanitizeString */
/* harmony import */ var _template_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1886);
/* harmony import */ var _template_strconv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1582);
/* harmony import */ var _go_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5711);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2037);
/* harmony import */ var _json_unmarshal_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2013);
/**
 * Chart.yaml (and v1 requirements.yaml) decoded as sigs.k8s.io/yaml decodes into Helm's
 * Metadata struct: keys matched case-insensitively to the JSON tags, scalars bound for a
 * string field turned into strings (ints in decimal, floats as float32 `%g`, so
 * `appVersion: 1.10` becomes "1.1"), unknown keys ignored, wrong shapes an error, then
 * Helm's validation and sanitizing.
 */






class MetadataError extends Error {
}
function typeError(v, field, goType) {
    return new MetadataError((0,_json_unmarshal_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldTypeMessage */ .uH)(v, field, goType));
}
function float32String(v) {
    const f = Math.fround(v);
    for (let p = 1; p <= 9; p++) {
        const y = Number(f.toPrecision(p));
        if (Math.fround(y) === f)
            return (0,_template_strconv_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFloat */ .kr)(y, 'g', -1);
    }
    return (0,_template_strconv_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFloat */ .kr)(f, 'g', -1);
}
/** The string a scalar becomes when its target is a Go string; undefined for null. */
function asString(v, field) {
    if (v === null)
        return undefined;
    if (typeof v === 'string')
        return v;
    if (typeof v === 'bigint')
        return v.toString();
    if (typeof v === 'number')
        return float32String(v);
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    throw typeError(v, field, 'string');
}
function asStringList(v, field) {
    if (v === null)
        return undefined;
    if (!Array.isArray(v))
        throw typeError(v, field, '[]string');
    return v.map((x) => asString(x, field) ?? '');
}
function asBool(v, field) {
    if (v === null)
        return undefined;
    if (typeof v !== 'boolean')
        throw typeError(v, field, 'bool');
    return v;
}
/** Numbers stay numbers in interface{} fields, as float64 after the JSON round trip. */
function toInterface(v) {
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(toInterface);
    if ((0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = toInterface(x);
        return out;
    }
    return v;
}
function entries(v) {
    return Object.entries(v).map(([k, x]) => [k.toLowerCase(), x]);
}
function decodeMaintainer(v) {
    if (v === null)
        return null;
    if (!(0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(v))
        throw typeError(v, 'Metadata.maintainers', 'chart.Maintainer');
    const m = { name: '', email: '', url: '' };
    for (const [k, x] of entries(v)) {
        if (k === 'name')
            m.name = asString(x, 'Metadata.maintainers.name') ?? m.name;
        else if (k === 'email')
            m.email = asString(x, 'Metadata.maintainers.email') ?? m.email;
        else if (k === 'url')
            m.url = asString(x, 'Metadata.maintainers.url') ?? m.url;
    }
    return m;
}
function decodeDependency(v) {
    if (v === null)
        return null;
    if (!(0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(v))
        throw typeError(v, 'Metadata.dependencies', 'chart.Dependency');
    const d = {
        name: '',
        version: '',
        repository: '',
        condition: '',
        tags: [],
        enabled: false,
        importValues: [],
        alias: '',
    };
    for (const [k, x] of entries(v)) {
        const f = `Metadata.dependencies.${k}`;
        if (k === 'name')
            d.name = asString(x, f) ?? d.name;
        else if (k === 'version')
            d.version = asString(x, f) ?? d.version;
        else if (k === 'repository')
            d.repository = asString(x, f) ?? d.repository;
        else if (k === 'condition')
            d.condition = asString(x, f) ?? d.condition;
        else if (k === 'tags')
            d.tags = asStringList(x, f) ?? d.tags;
        else if (k === 'enabled')
            d.enabled = asBool(x, f) ?? d.enabled;
        else if (k === 'import-values') {
            if (x !== null && !Array.isArray(x))
                throw typeError(x, f, '[]interface {}');
            d.importValues = x === null ? [] : toInterface(x);
        }
        else if (k === 'alias')
            d.alias = asString(x, f) ?? d.alias;
    }
    return d;
}
/** Decodes a Chart.yaml or requirements.yaml document onto `md` (json.Unmarshal semantics). */
function decodeMetadataInto(md, doc) {
    if (doc === null)
        return;
    if (!(0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(doc)) {
        throw new MetadataError((0,_json_unmarshal_js__WEBPACK_IMPORTED_MODULE_4__/* .valueTypeMessage */ .bR)(doc, 'chart.Metadata'));
    }
    for (const [k, x] of entries(doc)) {
        const f = `Metadata.${k}`;
        switch (k) {
            case 'name':
            case 'home':
            case 'version':
            case 'description':
            case 'icon':
            case 'condition':
            case 'tags':
            case 'type': {
                const s = asString(x, f);
                if (s !== undefined)
                    md[k] = s;
                break;
            }
            case 'apiversion':
                md.apiVersion = asString(x, f) ?? md.apiVersion;
                break;
            case 'appversion':
                md.appVersion = asString(x, f) ?? md.appVersion;
                break;
            case 'kubeversion':
                md.kubeVersion = asString(x, f) ?? md.kubeVersion;
                break;
            case 'sources':
                md.sources = asStringList(x, f) ?? [];
                break;
            case 'keywords':
                md.keywords = asStringList(x, f) ?? [];
                break;
            case 'deprecated':
                md.deprecated = asBool(x, f) ?? md.deprecated;
                break;
            case 'maintainers':
                if (x === null)
                    md.maintainers = [];
                else if (!Array.isArray(x))
                    throw typeError(x, f, '[]*chart.Maintainer');
                else
                    md.maintainers = x.map(decodeMaintainer);
                break;
            case 'annotations':
                if (x === null)
                    md.annotations = null;
                else if (!(0,_template_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoMap */ .Rb)(x))
                    throw typeError(x, f, 'map[string]string');
                else {
                    const out = md.annotations ?? {};
                    for (const [ak, av] of Object.entries(x))
                        out[ak] = asString(av, f) ?? '';
                    md.annotations = out;
                }
                break;
            case 'dependencies':
                if (x === null)
                    md.dependencies = null;
                else if (!Array.isArray(x))
                    throw typeError(x, f, '[]*chart.Dependency');
                else
                    md.dependencies = x.map(decodeDependency);
                break;
        }
    }
}
/** Helm's sanitizeString: whitespace becomes a space, unprintable runes are dropped. */
function sanitizeString(s) {
    let out = '';
    for (const ch of s) {
        if ((0,_go_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isGoSpace */ .F5)(ch))
            out += ' ';
        else if ((0,_template_strconv_js__WEBPACK_IMPORTED_MODULE_1__/* .isPrint */ .Oi)(ch.codePointAt(0)))
            out += ch;
    }
    return out;
}
function validationError(msg) {
    return new MetadataError(`validation: ${msg}`);
}
const aliasNameFormat = /^[a-zA-Z0-9_-]+$/;
/** Metadata.Validate, which also sanitizes the strings in place. */
function validateMetadata(md) {
    md.name = sanitizeString(md.name);
    md.description = sanitizeString(md.description);
    md.home = sanitizeString(md.home);
    md.icon = sanitizeString(md.icon);
    md.condition = sanitizeString(md.condition);
    md.tags = sanitizeString(md.tags);
    md.appVersion = sanitizeString(md.appVersion);
    md.kubeVersion = sanitizeString(md.kubeVersion);
    md.sources = md.sources.map(sanitizeString);
    md.keywords = md.keywords.map(sanitizeString);
    if (md.apiVersion === '')
        throw validationError('chart.metadata.apiVersion is required');
    if (md.name === '')
        throw validationError('chart.metadata.name is required');
    if (md.name === '.' || md.name === '..') {
        throw validationError(`chart.metadata.name ${JSON.stringify(md.name)} is not allowed`);
    }
    if (md.name.includes('/') || md.name.endsWith('/')) {
        throw validationError(`chart.metadata.name ${JSON.stringify(md.name)} is invalid`);
    }
    if (md.version === '')
        throw validationError('chart.metadata.version is required');
    if (!(0,_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .tryParseVersion */ .z0)(md.version)) {
        throw validationError(`chart.metadata.version ${JSON.stringify(md.version)} is invalid`);
    }
    if (!['', 'application', 'library'].includes(md.type)) {
        throw validationError('chart.metadata.type must be application or library');
    }
    for (const m of md.maintainers) {
        if (m === null)
            throw validationError('maintainers must not contain empty or null nodes');
        m.name = sanitizeString(m.name);
        m.email = sanitizeString(m.email);
        m.url = sanitizeString(m.url);
    }
    const seen = new Set();
    for (const d of md.dependencies ?? []) {
        if (d === null)
            throw validationError('dependencies must not contain empty or null nodes');
        d.name = sanitizeString(d.name);
        d.version = sanitizeString(d.version);
        d.repository = sanitizeString(d.repository);
        d.condition = sanitizeString(d.condition);
        d.tags = d.tags.map(sanitizeString);
        if (d.alias !== '' && !aliasNameFormat.test(d.alias)) {
            throw validationError(`dependency ${JSON.stringify(d.name)} has disallowed characters in the alias`);
        }
        const key = d.alias !== '' ? d.alias : d.name;
        if (seen.has(key)) {
            throw validationError(`more than one dependency with name or alias ${JSON.stringify(key)}`);
        }
        seen.add(key);
    }
}


/***/ }),

/***/ 7767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ renderChart)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/core/root-files.js
var root_files = __webpack_require__(2170);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/template/value.js
var template_value = __webpack_require__(1886);
// EXTERNAL MODULE: ./build/helm/load.js + 2 modules
var load = __webpack_require__(5392);
// EXTERNAL MODULE: ./build/helm/origins.js
var origins = __webpack_require__(8382);
// EXTERNAL MODULE: ./build/helm/gomap.js
var gomap = __webpack_require__(4649);
// EXTERNAL MODULE: ./build/template/gotypes.js
var gotypes = __webpack_require__(2792);
// EXTERNAL MODULE: ./build/template/strconv.js
var strconv = __webpack_require__(1582);
;// CONCATENATED MODULE: ./build/template/time.js
function pad(n, width) {
    let s = String(n);
    while (s.length < width)
        s = '0' + s;
    return s;
}
/** The zone offset as Go's -0700 layout element prints it. */
function formatZoneOffset(offsetMinutes) {
    const sign = offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(offsetMinutes);
    return sign + pad(Math.floor(abs / 60), 2) + pad(abs % 60, 2);
}
/** time.Time.String() (without a monotonic clock reading). */
function formatGoTime(t) {
    const local = new Date(t.epochMillis + t.offsetMinutes * 60000);
    const ms = ((t.epochMillis % 1000) + 1000) % 1000;
    const nanos = ms * 1e6 + t.extraNanos;
    let frac = '';
    if (nanos !== 0) {
        frac = '.' + pad(nanos, 9);
        frac = frac.replace(/0+$/, '');
    }
    const year = local.getUTCFullYear();
    const yearStr = year < 0 ? '-' + pad(-year, 4) : pad(year, 4);
    const zone = t.zoneName !== '' ? t.zoneName : formatZoneOffset(t.offsetMinutes);
    return (`${yearStr}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)} ` +
        `${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}${frac} ` +
        `${formatZoneOffset(t.offsetMinutes)} ${zone}`);
}

// EXTERNAL MODULE: ./build/template/sort.js
var sort = __webpack_require__(2359);
;// CONCATENATED MODULE: ./build/template/fmt.js
/**
 * Go's fmt (Sprintf, Sprint, Sprintln) over the Go value contract of value.ts.
 *
 * Type names: a bigint prints as `int` (%T, error forms, %#v) because the contract keeps
 * no narrower integer kind; arrays are `[]interface {}`, maps `map[string]interface {}`,
 * Uint8Array `[]uint8`, GoStruct its `typeName`, GoTime `time.Time`.
 * A GoStruct with a `String` (or `Error`) method formats through it for %v %s %q %x %X,
 * as Go's Stringer does. Pointers and funcs print a fixed placeholder address, since
 * Go's would differ per run anyway.
 */





const ldigits = '0123456789abcdefx';
const udigits = '0123456789ABCDEFX';

const MAX_WIDTH = 1e6;
class Printer {
    buf = '';
    // fmt flags
    wid = 0;
    prec = 0;
    widPresent = false;
    precPresent = false;
    minus = false;
    plus = false;
    sharp = false;
    space = false;
    zero = false;
    plusV = false;
    sharpV = false;
    // The argument being printed, for the %!verb(type=value) error form.
    arg = undefined;
    erroring = false;
    clearFlags() {
        this.wid = 0;
        this.prec = 0;
        this.widPresent = false;
        this.precPresent = false;
        this.minus = false;
        this.plus = false;
        this.sharp = false;
        this.space = false;
        this.zero = false;
        this.plusV = false;
        this.sharpV = false;
    }
    writePadding(n) {
        if (n <= 0)
            return;
        this.buf += (this.zero ? '0' : ' ').repeat(n);
    }
    /** Pads s to the width, counting runes. */
    pad(s) {
        if (!this.widPresent || this.wid === 0) {
            this.buf += s;
            return;
        }
        const width = this.wid - (0,strconv/* runeCount */.aM)(s);
        if (!this.minus) {
            this.writePadding(width);
            this.buf += s;
        }
        else {
            this.buf += s;
            this.writePadding(width);
        }
    }
    truncate(s) {
        if (this.precPresent) {
            let n = this.prec;
            for (let i = 0; i < s.length; i++) {
                n--;
                if (n < 0)
                    return s.slice(0, i);
                const c = s.charCodeAt(i);
                if (c >= 0xd800 && c < 0xdc00)
                    i++;
            }
        }
        return s;
    }
    fmtS(s) {
        this.pad(this.truncate(s));
    }
    fmtBoolean(b) {
        this.pad(b ? 'true' : 'false');
    }
    fmtQ(s) {
        s = this.truncate(s);
        if (this.sharp && (0,strconv/* canBackquote */.yR)(s)) {
            this.pad('`' + s + '`');
            return;
        }
        this.pad(this.plus ? (0,strconv/* quoteToASCII */.Jm)(s) : (0,strconv/* quote */.hD)(s));
    }
    fmtSbx(bytes, digits) {
        let length = bytes.length;
        if (this.precPresent && this.prec < length)
            length = this.prec;
        let width = 2 * length;
        if (width > 0) {
            if (this.space) {
                if (this.sharp)
                    width *= 2;
                width += length - 1;
            }
            else if (this.sharp) {
                width += 2;
            }
        }
        else {
            if (this.widPresent)
                this.writePadding(this.wid);
            return;
        }
        if (this.widPresent && this.wid > width && !this.minus)
            this.writePadding(this.wid - width);
        let out = '';
        if (this.sharp)
            out += '0' + digits[16];
        for (let i = 0; i < length; i++) {
            if (this.space && i > 0) {
                out += ' ';
                if (this.sharp)
                    out += '0' + digits[16];
            }
            const c = bytes[i];
            out += digits[c >> 4] + digits[c & 15];
        }
        this.buf += out;
        if (this.widPresent && this.wid > width && this.minus)
            this.writePadding(this.wid - width);
    }
    /** fmt.fmtInteger on a signed 64-bit (or unsigned when !signed) value. */
    fmtInteger(v, base, signed, verb, digits) {
        let u = signed ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v);
        const negative = u < 0n;
        if (negative)
            u = -u;
        let prec = 0;
        if (this.precPresent) {
            prec = this.prec;
            if (prec === 0 && u === 0n) {
                const oldZero = this.zero;
                this.zero = false;
                this.writePadding(this.wid);
                this.zero = oldZero;
                return;
            }
        }
        else if (this.zero && !this.minus && this.widPresent) {
            prec = this.wid;
            if (negative || this.plus || this.space)
                prec--;
        }
        let s = u.toString(base);
        if (digits === udigits && base === 16)
            s = s.toUpperCase();
        if (s.length < prec)
            s = '0'.repeat(prec - s.length) + s;
        if (this.sharp) {
            if (base === 2)
                s = '0b' + s;
            else if (base === 8) {
                if (s[0] !== '0')
                    s = '0' + s;
            }
            else if (base === 16)
                s = '0' + digits[16] + s;
        }
        if (verb === 'O')
            s = '0o' + s;
        if (negative)
            s = '-' + s;
        else if (this.plus)
            s = '+' + s;
        else if (this.space)
            s = ' ' + s;
        const oldZero = this.zero;
        this.zero = false;
        this.pad(s);
        this.zero = oldZero;
    }
    fmtUnicode(u) {
        const r = BigInt.asUintN(64, u);
        let prec = 4;
        if (this.precPresent && this.prec > 4)
            prec = this.prec;
        let s = r.toString(16).toUpperCase();
        if (s.length < prec)
            s = '0'.repeat(prec - s.length) + s;
        s = 'U+' + s;
        if (this.sharp && r <= 0x10ffffn && (0,strconv/* isPrint */.Oi)(Number(r))) {
            s += " '" + String.fromCodePoint(Number(r)) + "'";
        }
        const oldZero = this.zero;
        this.zero = false;
        this.pad(s);
        this.zero = oldZero;
    }
    fmtC(u) {
        let r = BigInt.asUintN(64, u);
        if (r > 0x10ffffn || (r >= 0xd800n && r < 0xe000n))
            r = 0xfffdn;
        this.pad(String.fromCodePoint(Number(r)));
    }
    fmtQc(u) {
        let r = BigInt.asUintN(64, u);
        if (r > 0x10ffffn)
            r = 0xfffdn;
        this.pad((0,strconv/* quoteRune */.Zx)(Number(r), this.plus));
    }
    fmtFloatRaw(v, verb, prec) {
        if (this.precPresent)
            prec = this.prec;
        let num = (0,strconv/* formatFloat */.kr)(v, verb, prec);
        if (num[0] !== '-' && num[0] !== '+')
            num = '+' + num;
        if (this.space && num[0] === '+' && !this.plus)
            num = ' ' + num.slice(1);
        if (num[1] === 'I' || num[1] === 'N') {
            const oldZero = this.zero;
            this.zero = false;
            if (num[1] === 'N' && !this.space && !this.plus)
                num = num.slice(1);
            this.pad(num);
            this.zero = oldZero;
            return;
        }
        if (this.sharp && verb !== 'b') {
            let digits = 0;
            // Go's fmt counts %x (not %X) here, so %#X adds no zeros.
            if (verb === 'g' || verb === 'G' || verb === 'x') {
                digits = prec;
                if (digits === -1)
                    digits = 6;
            }
            let tail = '';
            let body = num;
            let hasDecimalPoint = false;
            let sawNonzero = false;
            for (let i = 1; i < body.length; i++) {
                const c = body[i];
                if (c === '.') {
                    hasDecimalPoint = true;
                }
                else if (c === 'p' || c === 'P') {
                    tail = body.slice(i);
                    body = body.slice(0, i);
                    break;
                }
                else if ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X') {
                    tail = body.slice(i);
                    body = body.slice(0, i);
                    break;
                }
                else {
                    if (c !== '0')
                        sawNonzero = true;
                    if (sawNonzero)
                        digits--;
                }
            }
            if (!hasDecimalPoint) {
                if (body.length === 2 && body[1] === '0')
                    digits--;
                body += '.';
            }
            if (digits > 0)
                body += '0'.repeat(digits);
            num = body + tail;
        }
        if (this.plus || num[0] !== '+') {
            if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
                this.buf += num[0];
                this.writePadding(this.wid - num.length);
                this.buf += num.slice(1);
                return;
            }
            this.pad(num);
            return;
        }
        this.pad(num.slice(1));
    }
    badVerb(verb) {
        this.erroring = true;
        this.buf += '%!' + verb + '(';
        if (this.arg !== undefined && this.arg !== null) {
            this.buf += (0,gotypes/* goTypeName */.O4)(this.arg) + '=';
            this.printArg(this.arg, 'v');
        }
        else {
            this.buf += '<nil>';
        }
        this.buf += ')';
        this.erroring = false;
    }
    fmtBool(v, verb) {
        if (verb === 't' || verb === 'v')
            this.fmtBoolean(v);
        else
            this.badVerb(verb);
    }
    fmtInt(v, verb, signed = true) {
        switch (verb) {
            case 'v':
                if (this.sharpV && !signed) {
                    // Go's fmt0x64(v, true): %#v of an unsigned integer is 0x-prefixed hex.
                    const sharp = this.sharp;
                    this.sharp = true;
                    this.fmtInteger(v, 16, false, 'v', ldigits);
                    this.sharp = sharp;
                    return;
                }
                this.fmtInteger(v, 10, signed, verb, ldigits);
                return;
            case 'd':
                this.fmtInteger(v, 10, signed, verb, ldigits);
                return;
            case 'b':
                this.fmtInteger(v, 2, signed, verb, ldigits);
                return;
            case 'o':
            case 'O':
                this.fmtInteger(v, 8, signed, verb, ldigits);
                return;
            case 'x':
                this.fmtInteger(v, 16, signed, verb, ldigits);
                return;
            case 'X':
                this.fmtInteger(v, 16, signed, verb, udigits);
                return;
            case 'c':
                this.fmtC(v);
                return;
            case 'q':
                this.fmtQc(v);
                return;
            case 'U':
                this.fmtUnicode(v);
                return;
            default:
                this.badVerb(verb);
        }
    }
    fmtFloat(v, verb) {
        switch (verb) {
            case 'v':
                this.fmtFloatRaw(v, 'g', -1);
                return;
            case 'b':
            case 'g':
            case 'G':
            case 'x':
            case 'X':
                this.fmtFloatRaw(v, verb, -1);
                return;
            case 'f':
            case 'e':
            case 'E':
                this.fmtFloatRaw(v, verb, 6);
                return;
            case 'F':
                this.fmtFloatRaw(v, 'f', 6);
                return;
            default:
                this.badVerb(verb);
        }
    }
    fmtString(v, verb) {
        switch (verb) {
            case 'v':
                if (this.sharpV)
                    this.fmtQ(v);
                else
                    this.fmtS(v);
                return;
            case 's':
                this.fmtS(v);
                return;
            case 'x':
                this.fmtSbx(Buffer.from(v, 'utf8'), ldigits);
                return;
            case 'X':
                this.fmtSbx(Buffer.from(v, 'utf8'), udigits);
                return;
            case 'q':
                this.fmtQ(v);
                return;
            default:
                this.badVerb(verb);
        }
    }
    fmtBytes(v, verb, depth) {
        switch (verb) {
            case 'v':
            case 'd':
                if (this.sharpV) {
                    this.buf += '[]byte{';
                    for (let i = 0; i < v.length; i++) {
                        if (i > 0)
                            this.buf += ', ';
                        this.buf += '0x' + v[i].toString(16);
                    }
                    this.buf += '}';
                }
                else {
                    this.buf += '[';
                    for (let i = 0; i < v.length; i++) {
                        if (i > 0)
                            this.buf += ' ';
                        this.fmtInteger(BigInt(v[i]), 10, false, verb, ldigits);
                    }
                    this.buf += ']';
                }
                return;
            case 's':
                this.fmtS(Buffer.from(v).toString('utf8'));
                return;
            case 'x':
                this.fmtSbx(v, ldigits);
                return;
            case 'X':
                this.fmtSbx(v, udigits);
                return;
            case 'q':
                this.fmtQ(Buffer.from(v).toString('utf8'));
                return;
            default:
                this.buf += '[';
                for (let i = 0; i < v.length; i++) {
                    if (i > 0)
                        this.buf += ' ';
                    this.arg = BigInt(v[i]);
                    this.fmtInt(BigInt(v[i]), verb, false);
                }
                this.buf += ']';
                void depth;
        }
    }
    /** Stringer/error handling; true when the value was printed through a method. */
    handleMethods(v, verb) {
        if (this.erroring)
            return false;
        if (v instanceof template_value/* GoTime */.yT) {
            if (this.sharpV)
                return false;
            if (verb === 'v' || verb === 's' || verb === 'x' || verb === 'X' || verb === 'q') {
                this.fmtString(formatGoTime(v), verb);
                return true;
            }
            return false;
        }
        if (v instanceof template_value/* GoStruct */.On) {
            if (this.sharpV)
                return false;
            const m = v.methods.Error ?? v.methods.String;
            if (m && (verb === 'v' || verb === 's' || verb === 'x' || verb === 'X' || verb === 'q')) {
                let s;
                try {
                    s = m();
                }
                catch (e) {
                    this.buf += `%!${verb}(PANIC=${v.methods.Error ? 'Error' : 'String'} method: ${e.message})`;
                    return true;
                }
                this.fmtString(typeof s === 'string' ? s : formatValue(s), verb);
                return true;
            }
        }
        return false;
    }
    printArg(arg, verb) {
        this.arg = arg;
        if (arg === null) {
            if (verb === 'T' || verb === 'v')
                this.pad('<nil>');
            else
                this.badVerb(verb);
            return;
        }
        if (verb === 'T') {
            this.fmtS((0,gotypes/* goTypeName */.O4)(arg));
            return;
        }
        if (verb === 'p') {
            this.fmtPointer(arg, verb);
            return;
        }
        switch (typeof arg) {
            case 'string':
                this.fmtString(arg, verb);
                return;
            case 'number':
                this.fmtFloat(arg, verb);
                return;
            case 'bigint':
                this.fmtInt(arg, verb);
                return;
            case 'boolean':
                this.fmtBool(arg, verb);
                return;
        }
        if (arg instanceof template_value/* GoInt */.ov) {
            this.fmtInt(arg.value, verb, arg.kind[0] !== 'u');
            return;
        }
        if (arg instanceof Uint8Array) {
            this.fmtBytes(arg, verb, 0);
            return;
        }
        if (!this.handleMethods(arg, verb))
            this.printValue(arg, verb, 0);
    }
    fmtPointer(v, verb) {
        const isRef = typeof v === 'function' ||
            Array.isArray(v) ||
            v instanceof template_value/* GoStruct */.On ||
            (0,template_value/* isGoMap */.Rb)(v) ||
            v instanceof Uint8Array;
        if (!isRef) {
            this.badVerb(verb);
            return;
        }
        switch (verb) {
            case 'v':
                if (this.sharpV)
                    this.buf += '(' + (0,gotypes/* goTypeName */.O4)(v) + ')(0xc000010000)';
                else
                    this.pad('0xc000010000');
                return;
            case 'p':
                this.pad('0xc000010000');
                return;
            case 'b':
            case 'o':
            case 'd':
            case 'x':
            case 'X':
                this.fmtInteger(0xc000010000n, verb === 'b' ? 2 : verb === 'o' ? 8 : verb === 'd' ? 10 : 16, false, verb, verb === 'X' ? udigits : ldigits);
                return;
            default:
                this.badVerb(verb);
        }
    }
    printValue(v, verb, depth) {
        if (depth > 0 && v !== null && this.handleMethods(v, verb))
            return;
        this.arg = v;
        if (v === null) {
            // A nil interface element inside a container.
            if (this.sharpV)
                this.buf += 'interface {}(nil)';
            else
                this.buf += '<nil>';
            return;
        }
        switch (typeof v) {
            case 'string':
                this.fmtString(v, verb);
                return;
            case 'number':
                this.fmtFloat(v, verb);
                return;
            case 'bigint':
                this.fmtInt(v, verb);
                return;
            case 'boolean':
                this.fmtBool(v, verb);
                return;
            case 'function':
                this.fmtPointer(v, verb);
                return;
        }
        if (v instanceof template_value/* GoInt */.ov) {
            this.fmtInt(v.value, verb, v.kind[0] !== 'u');
            return;
        }
        if (v instanceof Uint8Array) {
            this.fmtBytes(v, verb, depth);
            return;
        }
        if (Array.isArray(v)) {
            if (this.sharpV) {
                this.buf += (0,gotypes/* sliceType */.Vk)(v) + '{';
                for (let i = 0; i < v.length; i++) {
                    if (i > 0)
                        this.buf += ', ';
                    this.printValue(v[i], verb, depth + 1);
                }
                this.buf += '}';
            }
            else {
                this.buf += '[';
                for (let i = 0; i < v.length; i++) {
                    if (i > 0)
                        this.buf += ' ';
                    this.printValue(v[i], verb, depth + 1);
                }
                this.buf += ']';
            }
            return;
        }
        if (v instanceof template_value/* GoTime */.yT) {
            // time.Time without its String method (%d and friends): print its fields' shape.
            this.buf += '{';
            this.fmtInt(BigInt(Math.floor(v.epochMillis / 1000)), verb);
            this.buf += '}';
            return;
        }
        if (v instanceof template_value/* GoStruct */.On) {
            const ptr = v.typeName.startsWith('*');
            if (ptr && depth > 0) {
                this.fmtPointer(v, verb);
                return;
            }
            if (ptr)
                this.buf += '&';
            if (this.sharpV)
                this.buf += ptr ? v.typeName.slice(1) : v.typeName;
            this.buf += '{';
            const names = v.fieldOrder;
            for (let i = 0; i < names.length; i++) {
                if (i > 0)
                    this.buf += this.sharpV ? ', ' : ' ';
                if (this.plusV || this.sharpV)
                    this.buf += names[i] + ':';
                const f = v.fields[names[i]];
                this.printValue(f === undefined ? null : f, verb, depth + 1);
            }
            this.buf += '}';
            return;
        }
        const m = v;
        this.buf += this.sharpV ? (0,gotypes/* mapType */.H$)(m) + '{' : 'map[';
        const keys = (0,sort/* sortedMapKeys */.Q)(m);
        for (let i = 0; i < keys.length; i++) {
            if (i > 0)
                this.buf += this.sharpV ? ', ' : ' ';
            this.printValue(keys[i], verb, depth + 1);
            this.buf += ':';
            this.printValue(m[keys[i]], verb, depth + 1);
        }
        this.buf += this.sharpV ? '}' : ']';
    }
    doPrintf(format, a) {
        const end = format.length;
        let argNum = 0;
        let afterIndex;
        let reordered = false;
        let goodArgNum;
        const argNumber = (i) => {
            // Parses an explicit argument index [n] at i; returns the new i and whether found.
            if (i >= end || format[i] !== '[')
                return [i, false];
            reordered = true;
            // parseArgNumber
            let index = 0;
            let wid = 1;
            let ok = false;
            if (end - i >= 3) {
                for (let j = i + 1; j < end; j++) {
                    if (format[j] === ']') {
                        const [num, isnum, newi] = parsenum(format, i + 1, j);
                        if (!isnum || newi !== j) {
                            index = 0;
                            wid = j - i + 1;
                            ok = false;
                        }
                        else {
                            index = num - 1;
                            wid = j - i + 1;
                            ok = true;
                        }
                        break;
                    }
                }
            }
            if (ok && index >= 0 && index < a.length) {
                argNum = index;
                return [i + wid, true];
            }
            goodArgNum = false;
            return [i + wid, ok];
        };
        const intFromArg = () => {
            let num = 0;
            let isInt = false;
            if (argNum < a.length) {
                const a0 = a[argNum];
                const v = a0 instanceof template_value/* GoInt */.ov ? a0.value : a0;
                if (typeof v === 'bigint') {
                    const n = BigInt.asIntN(64, v);
                    if (n >= -0x8000000000000000n && n <= 0x7fffffffffffffffn) {
                        num = Number(n);
                        isInt = true;
                    }
                }
                argNum++;
                if (num > MAX_WIDTH || num < -MAX_WIDTH) {
                    num = 0;
                    isInt = false;
                }
            }
            return [num, isInt];
        };
        for (let i = 0; i < end;) {
            goodArgNum = true;
            const lasti = i;
            while (i < end && format.charCodeAt(i) !== 37)
                i++;
            if (i > lasti)
                this.buf += format.slice(lasti, i);
            if (i >= end)
                break;
            i++;
            this.clearFlags();
            let simpleDone = false;
            flags: for (; i < end; i++) {
                const c = format[i];
                switch (c) {
                    case '#':
                        this.sharp = true;
                        break;
                    case '0':
                        this.zero = !this.minus;
                        break;
                    case '+':
                        this.plus = true;
                        break;
                    case '-':
                        this.minus = true;
                        this.zero = false;
                        break;
                    case ' ':
                        this.space = true;
                        break;
                    default:
                        if (c >= 'a' && c <= 'z' && argNum < a.length) {
                            if (c === 'v') {
                                this.sharpV = this.sharp;
                                this.sharp = false;
                                this.plusV = this.plus;
                                this.plus = false;
                            }
                            this.printArg(a[argNum], c);
                            argNum++;
                            i++;
                            simpleDone = true;
                        }
                        break flags;
                }
            }
            if (simpleDone)
                continue;
            [i, afterIndex] = argNumber(i);
            if (i < end && format[i] === '*') {
                i++;
                [this.wid, this.widPresent] = intFromArg();
                if (!this.widPresent)
                    this.buf += '%!(BADWIDTH)';
                if (this.wid < 0) {
                    this.wid = -this.wid;
                    this.minus = true;
                    this.zero = false;
                }
                afterIndex = false;
            }
            else {
                const [num, isnum, newi] = parsenum(format, i, end);
                this.wid = num;
                this.widPresent = isnum;
                i = newi;
                if (afterIndex && this.widPresent)
                    goodArgNum = false;
            }
            if (i + 1 < end && format[i] === '.') {
                i++;
                if (afterIndex)
                    goodArgNum = false;
                [i, afterIndex] = argNumber(i);
                if (i < end && format[i] === '*') {
                    i++;
                    [this.prec, this.precPresent] = intFromArg();
                    if (this.prec < 0) {
                        this.prec = 0;
                        this.precPresent = false;
                    }
                    if (!this.precPresent)
                        this.buf += '%!(BADPREC)';
                    afterIndex = false;
                }
                else {
                    const [num, isnum, newi] = parsenum(format, i, end);
                    this.prec = num;
                    this.precPresent = isnum;
                    i = newi;
                    if (!this.precPresent) {
                        this.prec = 0;
                        this.precPresent = true;
                    }
                }
            }
            if (!afterIndex)
                i = argNumber(i)[0];
            if (i >= end) {
                this.buf += '%!(NOVERB)';
                break;
            }
            const cp = format.codePointAt(i);
            const verb = String.fromCodePoint(cp);
            i += verb.length;
            if (verb === '%') {
                this.buf += '%';
            }
            else if (!goodArgNum) {
                this.buf += '%!' + verb + '(BADINDEX)';
            }
            else if (argNum >= a.length) {
                this.buf += '%!' + verb + '(MISSING)';
            }
            else {
                if (verb === 'v') {
                    this.sharpV = this.sharp;
                    this.sharp = false;
                    this.plusV = this.plus;
                    this.plus = false;
                }
                if (verb === 'w') {
                    // Sprintf does not wrap errors: %w is a bad verb there.
                    this.arg = a[argNum];
                    this.badVerb(verb);
                }
                else {
                    this.printArg(a[argNum], verb);
                }
                argNum++;
            }
        }
        if (!reordered && argNum < a.length) {
            this.clearFlags();
            this.buf += '%!(EXTRA ';
            for (let k = argNum; k < a.length; k++) {
                if (k > argNum)
                    this.buf += ', ';
                const arg = a[k];
                if (arg === null) {
                    this.buf += '<nil>';
                }
                else {
                    this.buf += (0,gotypes/* goTypeName */.O4)(arg) + '=';
                    this.printArg(arg, 'v');
                }
            }
            this.buf += ')';
        }
    }
}
function parsenum(s, start, end) {
    if (start >= end)
        return [0, false, end];
    let num = 0;
    let isnum = false;
    let i = start;
    for (; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57)
            break;
        if (num > MAX_WIDTH || num < -MAX_WIDTH)
            return [0, false, end];
        num = num * 10 + (c - 48);
        isnum = true;
    }
    return [num, isnum, i];
}
/** fmt.Sprintf */
function sprintf(format, args) {
    const p = new Printer();
    p.doPrintf(format, args);
    return p.buf;
}
/** fmt.Sprint: operands separated by a space when neither side is a string. */
function sprint(args) {
    if (args.length === 1) {
        const v = args[0];
        if (typeof v === 'string')
            return v;
    }
    const p = new Printer();
    let prevString = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const isString = typeof arg === 'string';
        if (i > 0 && !isString && !prevString)
            p.buf += ' ';
        p.clearFlags();
        p.printArg(arg, 'v');
        prevString = isString;
    }
    return p.buf;
}
/** fmt.Sprintln: operands always separated by a space, newline appended. */
function sprintln(args) {
    const p = new Printer();
    for (let i = 0; i < args.length; i++) {
        if (i > 0)
            p.buf += ' ';
        p.clearFlags();
        p.printArg(args[i], 'v');
    }
    return p.buf + '\n';
}
/** %v of one value (fmt.Sprint(v)). */
function formatValue(v) {
    switch (typeof v) {
        case 'string':
            return v;
        case 'number':
            return (0,strconv/* formatFloat */.kr)(v, 'g', -1);
        case 'bigint':
            return BigInt.asIntN(64, v).toString();
        case 'boolean':
            return v ? 'true' : 'false';
    }
    if (v === null)
        return '<nil>';
    if (v instanceof template_value/* GoInt */.ov)
        return v.value.toString();
    const p = new Printer();
    p.printArg(v, 'v');
    return p.buf;
}

;// CONCATENATED MODULE: ./build/helm/funcs/fmtv.js
/**
 * The slice of Go's fmt that Sprig leans on, from the template engine's fmt and
 * strconv: %v (fmt.Sprint of one value) for toString, cat, dict keys, join, squote,
 * toDecimal; %q for quote; strconv float formats for JSON.
 */


/** fmt.Sprint(v) / fmt.Sprintf("%v", v). */
const formatV = (v) => formatValue(v);
/** strconv.Quote: what %q prints for a string. */
const quoteGo = (s) => (0,strconv/* quote */.hD)(s);
/** strconv.FormatFloat(x, 'g' | 'f' | 'e', -1, 64). */
const formatFloatG = (x) => formatFloat(x, 'g', -1);
const formatFloatF = (x) => formatFloat(x, 'f', -1);
const formatFloatE = (x) => formatFloat(x, 'e', -1);
/** Sprig's strval: strings and []byte as text, Stringers through String(), else %v. */
function strval(v) {
    if (typeof v === 'string')
        return v;
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('utf8');
    return formatValue(v);
}

;// CONCATENATED MODULE: ./build/helm/gofmt.js


/** fmt.Sprintf("%v", v) */
function sprintV(v) {
    return formatV(v);
}
/** fmt.Sprintf("%t", v): a bool, else Go's bad-verb form. */
function sprintT(v) {
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (v === null)
        return '%!t(<nil>)';
    return `%!t(${(0,gomap/* goTypeName */.O4)(v)}=${formatV(v)})`;
}

;// CONCATENATED MODULE: ./build/helm/coalesce.js
/**
 * Value coalescing exactly as Helm does it (pkg/chart/common/util/coalesce.go): user values
 * over chart defaults, maps merged and everything else replaced, `null` deleting a key when
 * coalescing (kept when merging), subchart sections coalesced with the subchart's defaults,
 * `global` copied down into every subchart, and the same warnings. Origins of values move
 * with them, so the winning file/line of every key stays known.
 */




const globalKey = 'global';
class CoalesceError extends Error {
}
function concatPrefix(a, b) {
    return a === '' ? b : `${a}.${b}`;
}
function isTable(v) {
    return v !== undefined && v !== null && (0,template_value/* isGoMap */.Rb)(v);
}
/** chartutil.CoalesceValues: a deep copy of `vals` coalesced with the chart's defaults. */
function coalesceValues(chart, vals, printf) {
    return coalesce(printf, chart, vals ? (0,gomap/* deepCopyMap */.wZ)(vals) : {}, '', false);
}
/** chartutil.MergeValues: like CoalesceValues but nulls are kept. */
function mergeValues(chart, vals, printf) {
    return coalesce(printf, chart, vals ? (0,gomap/* deepCopyMap */.wZ)(vals) : {}, '', true);
}
function coalesce(printf, ch, dest, prefix, merge) {
    coalesceChartValues(printf, ch, dest, prefix, merge);
    return coalesceDeps(printf, ch, dest, prefix, merge);
}
function coalesceDeps(printf, ch, dest, prefix, merge) {
    for (const sub of ch.dependencies) {
        const name = sub.name;
        if (!(0,gomap/* hasKey */.CJ)(dest, name)) {
            (0,gomap/* setKey */.qL)(dest, name, {});
        }
        else if (!isTable(dest[name])) {
            throw new CoalesceError(`type mismatch on ${name}: ${sprintT(dest[name])}`);
        }
        const dvmap = dest[name];
        const subPrefix = concatPrefix(prefix, ch.name);
        coalesceGlobals(printf, dvmap, dest, subPrefix);
        (0,gomap/* setKey */.qL)(dest, name, coalesce(printf, sub, dvmap, subPrefix, merge));
    }
    return dest;
}
function coalesceGlobals(printf, dest, src, prefix) {
    let dg;
    let sg;
    if (!(0,gomap/* hasKey */.CJ)(dest, globalKey)) {
        dg = {};
    }
    else if (isTable(dest[globalKey])) {
        dg = dest[globalKey];
    }
    else {
        printf(`warning: skipping globals because destination ${globalKey} is not a table.`);
        return;
    }
    if (!(0,gomap/* hasKey */.CJ)(src, globalKey)) {
        sg = {};
    }
    else if (isTable(src[globalKey])) {
        sg = src[globalKey];
    }
    else {
        printf(`warning: skipping globals because source ${globalKey} is not a table.`);
        return;
    }
    for (const key of Object.keys(sg)) {
        const val = sg[key];
        if (isTable(val)) {
            const vv = copyMap(val);
            if (!(0,gomap/* hasKey */.CJ)(dg, key)) {
                (0,gomap/* setKey */.qL)(dg, key, vv);
                (0,origins/* copySite */.lB)(sg, key, dg, key);
            }
            else {
                const destv = dg[key];
                if (!isTable(destv)) {
                    printf(`Conflict: cannot merge map onto non-map for ${JSON.stringify(key)}. Skipping.`);
                }
                else {
                    coalesceTablesFullKey(printf, vv, destv, concatPrefix(prefix, key), true);
                    (0,gomap/* setKey */.qL)(dg, key, vv);
                    (0,origins/* copySite */.lB)(sg, key, dg, key);
                }
            }
        }
        else if ((0,gomap/* hasKey */.CJ)(dg, key) && isTable(dg[key])) {
            printf(`key ${key} is table. Skipping`);
        }
        else {
            (0,gomap/* setKey */.qL)(dg, key, val);
            (0,origins/* copySite */.lB)(sg, key, dg, key);
        }
    }
    (0,gomap/* setKey */.qL)(dest, globalKey, dg);
}
function copyMap(src) {
    const m = {};
    for (const k of Object.keys(src)) {
        (0,gomap/* setKey */.qL)(m, k, src[k]);
        (0,origins/* copySite */.lB)(src, k, m, k);
    }
    return m;
}
function coalesceChartValues(printf, ch, v, prefix, merge) {
    const subPrefix = concatPrefix(prefix, ch.name);
    const vc = (0,gomap/* deepCopyMap */.wZ)(ch.values);
    for (const key of Object.keys(vc)) {
        const val = vc[key];
        if ((0,gomap/* hasKey */.CJ)(v, key)) {
            const value = v[key];
            if (value === null && !merge) {
                delete v[key];
            }
            else if (isTable(value)) {
                if (!isTable(val)) {
                    if (val !== null)
                        printf(`warning: skipped value for ${subPrefix}.${key}: Not a table.`);
                }
                else {
                    const childMerge = ch.dependencies.some((d) => d.name === key) ? true : merge;
                    coalesceTablesFullKey(printf, value, val, concatPrefix(subPrefix, key), childMerge);
                }
            }
        }
        else {
            (0,gomap/* setKey */.qL)(v, key, val);
            (0,origins/* copySite */.lB)(vc, key, v, key);
        }
    }
}
/** chartutil.CoalesceTables: src merged under dst (dst wins); nulls in dst delete. */
function coalesceTables(dst, src, printf) {
    return coalesceTablesFullKey(printf, dst, src, '', false);
}
/** chartutil.MergeTables: like CoalesceTables but nulls are kept. */
function mergeTables(dst, src, printf) {
    return coalesceTablesFullKey(printf, dst, src, '', true);
}
function coalesceTablesFullKey(printf, dst, src, prefix, merge) {
    if (src === null)
        return dst;
    if (dst === null)
        return src;
    const srcOriginalNonNil = new Set();
    for (const key of Object.keys(src))
        if (src[key] !== null)
            srcOriginalNonNil.add(key);
    for (const key of Object.keys(dst)) {
        if (dst[key] === null)
            (0,gomap/* setKey */.qL)(src, key, null);
    }
    for (const key of Object.keys(src)) {
        const val = src[key];
        const fullkey = concatPrefix(prefix, key);
        const ok = (0,gomap/* hasKey */.CJ)(dst, key);
        const dv = ok ? dst[key] : undefined;
        if (ok && !merge && dv === null && srcOriginalNonNil.has(key)) {
            delete dst[key];
        }
        else if (!ok) {
            (0,gomap/* setKey */.qL)(dst, key, val);
            (0,origins/* copySite */.lB)(src, key, dst, key);
        }
        else if (isTable(val)) {
            if (isTable(dv)) {
                coalesceTablesFullKey(printf, dv, val, fullkey, merge);
            }
            else {
                printf(`warning: cannot overwrite table with non table for ${fullkey} (${sprintV(val)})`);
            }
        }
        else if (isTable(dv) && val !== null) {
            printf(`warning: destination for ${fullkey} is a table. Ignoring non-table value (${sprintV(val)})`);
        }
    }
    return dst;
}

// EXTERNAL MODULE: ./build/helm/semver.js
var semver = __webpack_require__(2037);
;// CONCATENATED MODULE: ./build/helm/dependencies.js
/**
 * Dependency processing before rendering (chartutil.ProcessDependencies): aliases applied
 * to copies of the vendored subcharts whose version satisfies the requested range,
 * `tags` and `condition` deciding which subcharts stay (with Helm's exact precedence and
 * its non-bool warnings), recursion with the parent's coalesced values, then
 * `import-values` (both the `exports.x` string form and the child/parent map form).
 */





class NoValueError extends Error {
}
/** common.Values.Table: the table at a dotted path, or the ErrNoTable message. */
function valuesTable(v, name) {
    let table = v;
    for (const n of name.split('.')) {
        const next = (0,gomap/* hasKey */.CJ)(table, n) ? table[n] : null;
        if (next === null || !(0,template_value/* isGoMap */.Rb)(next))
            return { error: `${JSON.stringify(n)} is not a table` };
        table = next;
    }
    return { table };
}
function tryTable(v, name) {
    const r = valuesTable(v, name);
    return 'table' in r ? r.table : undefined;
}
/** common.Values.PathValue: the non-table value at a dotted path. */
function pathValue(v, path) {
    if (path === '')
        throw new Error('YAML path cannot be empty');
    const parts = path.split('.');
    const key = parts[parts.length - 1];
    let table = v;
    if (parts.length > 1)
        table = tryTable(v, parts.slice(0, -1).join('.'));
    if (table && (0,gomap/* hasKey */.CJ)(table, key)) {
        const val = table[key];
        if (val === null || !(0,template_value/* isGoMap */.Rb)(val))
            return val;
    }
    throw new NoValueError(`no value for ${key}`);
}
function processDependencyConditions(reqs, cvals, cpath, logger) {
    for (const r of reqs) {
        for (const c of r.condition.trim().split(',')) {
            if (c.length === 0)
                continue;
            let vv;
            try {
                vv = pathValue(cvals, cpath + c);
            }
            catch (e) {
                if (!(e instanceof NoValueError)) {
                    logger.log('WARN', 'the method PathValue returned error', [
                        ['error', e.message],
                    ]);
                }
                continue;
            }
            if (typeof vv === 'boolean') {
                r.enabled = vv;
                break;
            }
            logger.log('WARN', 'returned non-bool value', [
                ['path', c],
                ['chart', r.name],
            ]);
        }
    }
}
function processDependencyTags(reqs, cvals, logger) {
    const vt = tryTable(cvals, 'tags');
    if (!vt)
        return;
    for (const r of reqs) {
        let hasTrue = false;
        let hasFalse = false;
        for (const k of r.tags) {
            if (!(0,gomap/* hasKey */.CJ)(vt, k))
                continue;
            const b = vt[k];
            if (typeof b === 'boolean') {
                if (b)
                    hasTrue = true;
                else
                    hasFalse = true;
            }
            else {
                logger.log('WARN', 'returned non-bool value', [
                    ['tag', k],
                    ['chart', r.name],
                ]);
            }
        }
        if (!hasTrue && hasFalse)
            r.enabled = false;
        else if (hasTrue || (!hasTrue && !hasFalse))
            r.enabled = true;
    }
}
function getAliasDependency(charts, dep) {
    for (const c of charts) {
        if (c.name !== dep.name)
            continue;
        if (!(0,semver/* isCompatibleRange */.cb)(dep.version, c.metadata.version))
            continue;
        const out = c.cloneForAlias();
        if (dep.alias !== '')
            out.metadata.name = dep.alias;
        return out;
    }
    return undefined;
}
function processDependencyEnabled(c, v, path, printf, logger) {
    const reqs = c.metadata.dependencies;
    if (reqs === null)
        return;
    const chartDependencies = [];
    for (const existing of c.dependencies) {
        const declared = reqs.some((req) => existing.name === req.name && (0,semver/* isCompatibleRange */.cb)(req.version, existing.metadata.version));
        if (!declared)
            chartDependencies.push(existing);
    }
    for (const req of reqs) {
        const dep = getAliasDependency(c.dependencies, req);
        if (dep)
            chartDependencies.push(dep);
        if (req.alias !== '')
            req.name = req.alias;
    }
    c.setDependencies(chartDependencies);
    for (const lr of reqs)
        lr.enabled = true;
    const cvals = coalesceValues(c, v, printf);
    processDependencyTags(reqs, cvals, logger);
    processDependencyConditions(reqs, cvals, path, logger);
    const rm = new Set();
    for (const r of reqs)
        if (!r.enabled)
            rm.add(r.name);
    const cd = c.dependencies.filter((n) => !rm.has(n.metadata.name));
    const cdMetadata = reqs.filter((n) => !rm.has(n.name));
    for (const t of cd) {
        processDependencyEnabled(t, cvals, `${path}${t.metadata.name}.`, printf, logger);
    }
    c.metadata.dependencies = [...cdMetadata];
    c.setDependencies(cd);
}
function pathToMap(path, data) {
    if (path === '.')
        return data;
    const parts = path.split('.');
    let cur = data;
    for (let i = parts.length - 1; i >= 0; i--) {
        const next = {};
        (0,gomap/* setKey */.qL)(next, parts[i], cur);
        cur = next;
    }
    return cur;
}
function trimNilValues(vals) {
    const out = (0,gomap/* deepCopyMap */.wZ)(vals);
    const trim = (m) => {
        for (const k of Object.keys(m)) {
            const v = m[k];
            if (v === null)
                delete m[k];
            else if ((0,template_value/* isGoMap */.Rb)(v))
                trim(v);
        }
    };
    trim(out);
    return out;
}
function processImportValues(c, merge, printf, logger) {
    const reqs = c.metadata.dependencies;
    if (reqs === null)
        return;
    let cvals = merge ? mergeValues(c, null, printf) : coalesceValues(c, null, printf);
    let b = {};
    const combine = (src) => {
        b = (merge ? mergeTables(b, src, printf) : coalesceTables(b, src, printf)) ?? {};
    };
    for (const r of reqs) {
        const outiv = [];
        for (const riv of r.importValues) {
            if (riv !== null && (0,template_value/* isGoMap */.Rb)(riv)) {
                const child = sprintV((0,gomap/* getKey */.i7)(riv, 'child') ?? null);
                const parent = sprintV((0,gomap/* getKey */.i7)(riv, 'parent') ?? null);
                outiv.push({ child, parent });
                const vv = valuesTable(cvals, `${r.name}.${child}`);
                if ('error' in vv) {
                    logger.log('WARN', 'ImportValues missing table from chart', [
                        ['chart', r.name],
                        ['error', vv.error],
                    ]);
                    continue;
                }
                combine(pathToMap(parent, vv.table));
            }
            else if (typeof riv === 'string') {
                const child = `exports.${riv}`;
                outiv.push({ child, parent: '.' });
                const vm = valuesTable(cvals, `${r.name}.${child}`);
                if ('error' in vm) {
                    logger.log('WARN', 'ImportValues missing table', [['error', vm.error]]);
                    continue;
                }
                combine(vm.table);
            }
        }
        r.importValues = outiv;
    }
    if (merge) {
        cvals = (0,gomap/* deepCopyMap */.wZ)(cvals);
        c.values = mergeTables(cvals, b, printf) ?? {};
    }
    else {
        cvals = trimNilValues(cvals);
        c.values = coalesceTables(cvals, b, printf) ?? {};
    }
}
function processDependencyImportValues(c, merge, printf, logger) {
    for (const d of c.dependencies)
        processDependencyImportValues(d, merge, printf, logger);
    processImportValues(c, merge, printf, logger);
}
/** chartutil.ProcessDependencies: mutates `chart` (its dependencies and values). */
function processDependencies(chart, vals, logger) {
    const printf = (m) => logger.log('INFO', m);
    processDependencyEnabled(chart, vals, '', printf, logger);
    processDependencyImportValues(chart, true, printf, logger);
}

;// CONCATENATED MODULE: ./build/template/lexer.js
/**
 * The text/template lexer: Go's state machine (text, delimiters with trim markers,
 * comments, and the tokens inside actions), pulled one item at a time by the parser.
 * Positions are UTF-16 indices into the source; lines count '\n' as Go does.
 */

var T;
(function (T) {
    T[T["Error"] = 0] = "Error";
    T[T["Bool"] = 1] = "Bool";
    T[T["Char"] = 2] = "Char";
    T[T["CharConstant"] = 3] = "CharConstant";
    T[T["Comment"] = 4] = "Comment";
    T[T["Assign"] = 5] = "Assign";
    T[T["Declare"] = 6] = "Declare";
    T[T["Complex"] = 7] = "Complex";
    T[T["EOF"] = 8] = "EOF";
    T[T["Field"] = 9] = "Field";
    T[T["Identifier"] = 10] = "Identifier";
    T[T["LeftDelim"] = 11] = "LeftDelim";
    T[T["LeftParen"] = 12] = "LeftParen";
    T[T["Number"] = 13] = "Number";
    T[T["Pipe"] = 14] = "Pipe";
    T[T["RawString"] = 15] = "RawString";
    T[T["RightDelim"] = 16] = "RightDelim";
    T[T["RightParen"] = 17] = "RightParen";
    T[T["Space"] = 18] = "Space";
    T[T["String"] = 19] = "String";
    T[T["Text"] = 20] = "Text";
    T[T["Variable"] = 21] = "Variable";
    // Keywords appear after all the rest.
    T[T["Keyword"] = 22] = "Keyword";
    T[T["Block"] = 23] = "Block";
    T[T["Break"] = 24] = "Break";
    T[T["Continue"] = 25] = "Continue";
    T[T["Dot"] = 26] = "Dot";
    T[T["Define"] = 27] = "Define";
    T[T["Else"] = 28] = "Else";
    T[T["End"] = 29] = "End";
    T[T["If"] = 30] = "If";
    T[T["Nil"] = 31] = "Nil";
    T[T["Range"] = 32] = "Range";
    T[T["Template"] = 33] = "Template";
    T[T["With"] = 34] = "With";
})(T || (T = {}));
const keywords = {
    '.': T.Dot,
    block: T.Block,
    break: T.Break,
    continue: T.Continue,
    define: T.Define,
    else: T.Else,
    end: T.End,
    if: T.If,
    range: T.Range,
    nil: T.Nil,
    template: T.Template,
    with: T.With,
};
const EOF = -1;
const hasOwn = Object.prototype.hasOwnProperty;
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    ASCII_ALNUM[c] =
        c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
}
const AT_DELIM = 1;
const TRIM = 2;
const LEFT_COMMENT = '/*';
const RIGHT_COMMENT = '*/';
function isSpace(r) {
    return r === 32 || r === 9 || r === 13 || r === 10;
}
const letterOrDigit = /^[\p{L}\p{Nd}]$/u;
function isAlphaNumeric(r) {
    if (r < 0x80) {
        return r === 95 || (r >= 48 && r <= 57) || (r >= 65 && r <= 90) || (r >= 97 && r <= 122);
    }
    return r >= 0 && letterOrDigit.test(String.fromCodePoint(r));
}
function hasLeftTrimMarker(s, at) {
    return s.length - at >= 2 && s.charCodeAt(at) === 45 && isSpace(s.charCodeAt(at + 1));
}
function hasRightTrimMarker(s, at) {
    return s.length - at >= 2 && isSpace(s.charCodeAt(at)) && s.charCodeAt(at + 1) === 45;
}
function countNewlines(s, from, to) {
    let n = 0;
    if (to - from < 64) {
        for (let i = from; i < to; i++)
            if (s.charCodeAt(i) === 10)
                n++;
        return n;
    }
    // indexOf is vectorised; it may look past `to` once, which a long range amortises.
    for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Go's %#U: U+0021 '!' */
function formatRuneU(r) {
    let hex = r.toString(16).toUpperCase();
    while (hex.length < 4)
        hex = '0' + hex;
    return `U+${hex} '${String.fromCodePoint(r)}'`;
}
class Lexer {
    name;
    input;
    leftDelim;
    rightDelim;
    pos = 0;
    start = 0;
    atEOF = false;
    parenDepth = 0;
    line = 1;
    startLine = 1;
    item = { typ: T.EOF, pos: 0, val: 'EOF', line: 1 };
    insideAction = false;
    breakOK = true;
    continueOK = true;
    emitComment = false;
    constructor(name, input, leftDelim, rightDelim) {
        this.name = name;
        this.input = input;
        this.leftDelim = leftDelim;
        this.rightDelim = rightDelim;
    }
    next() {
        if (this.pos >= this.input.length) {
            this.atEOF = true;
            return EOF;
        }
        const r = this.input.codePointAt(this.pos);
        this.pos += r > 0xffff ? 2 : 1;
        if (r === 10)
            this.line++;
        return r;
    }
    peek() {
        if (this.pos >= this.input.length) {
            this.atEOF = true;
            return EOF;
        }
        return this.input.codePointAt(this.pos);
    }
    backup() {
        if (!this.atEOF && this.pos > 0) {
            const c = this.input.charCodeAt(this.pos - 1);
            this.pos -= c >= 0xdc00 && c < 0xe000 && this.pos > 1 ? 2 : 1;
            if (c === 10)
                this.line--;
        }
    }
    thisItem(typ) {
        const i = {
            typ,
            pos: this.start,
            val: this.input.slice(this.start, this.pos),
            line: this.startLine,
        };
        this.start = this.pos;
        this.startLine = this.line;
        return i;
    }
    emit(typ) {
        this.item = this.thisItem(typ);
        return null;
    }
    emitItem(i) {
        this.item = i;
        return null;
    }
    ignore() {
        this.line += countNewlines(this.input, this.start, this.pos);
        this.start = this.pos;
        this.startLine = this.line;
    }
    /** Consumes the next character when it is one of `valid` (all ASCII). */
    accept(valid) {
        if (this.pos < this.input.length && valid.indexOf(this.input[this.pos]) >= 0) {
            this.pos++;
            return true;
        }
        if (this.pos >= this.input.length)
            this.atEOF = true;
        return false;
    }
    acceptRun(valid) {
        while (this.pos < this.input.length && valid.indexOf(this.input[this.pos]) >= 0)
            this.pos++;
        if (this.pos >= this.input.length)
            this.atEOF = true;
    }
    errorf(msg) {
        this.item = { typ: T.Error, pos: this.start, val: msg, line: this.startLine };
        this.start = 0;
        this.pos = 0;
        this.input = '';
        return null;
    }
    nextItem() {
        if (this.insideAction && this.lexCommon())
            return this.item;
        let state = this.insideAction ? lexInsideAction : lexText;
        while (state !== null)
            state = state(this);
        return this.item;
    }
    /**
     * The tokens that make up most actions, lexed without going through lexInsideAction
     * (same items, same errors): spaces, identifiers, fields, variables, strings, pipes,
     * parentheses, integers and the closing delimiter. False, with nothing consumed, for
     * anything else.
     */
    lexCommon() {
        const s = this.input;
        const p = this.pos;
        if (p >= s.length || this.rightDelim !== '}}')
            return false;
        const c = s.charCodeAt(p);
        if (c === 125) {
            if (this.parenDepth !== 0 || s.charCodeAt(p + 1) !== 125)
                return false;
            lexRightDelim(this);
            return true;
        }
        if (c === 32 || c === 9 || c === 13 || c === 10) {
            // A run of spaces (lexSpace); one followed by `-` (a trim marker?) goes the long way.
            let i = p;
            let lines = 0;
            for (; i < s.length; i++) {
                const d = s.charCodeAt(i);
                if (d === 10)
                    lines++;
                else if (d !== 32 && d !== 9 && d !== 13)
                    break;
            }
            if (i < s.length && s.charCodeAt(i) === 45)
                return false;
            if (i >= s.length)
                this.atEOF = true;
            this.line += lines;
            this.pos = i;
            this.emit(T.Space);
            return true;
        }
        if (c < 0x80 && ASCII_ALNUM[c] === 1) {
            if (c >= 48 && c <= 57) {
                lexNumber(this);
                return true;
            }
            lexIdentifier(this);
            return true;
        }
        switch (c) {
            case 46: {
                // `.` then a non-digit: a field (or dot); `.5` is a number.
                if (p + 1 >= s.length)
                    return false;
                const d = s.charCodeAt(p + 1);
                if (d >= 48 && d <= 57)
                    return false;
                this.pos = p + 1;
                lexField(this);
                return true;
            }
            case 36:
                this.pos = p + 1;
                lexVariable(this);
                return true;
            case 34:
                this.pos = p + 1;
                lexQuote(this);
                return true;
            case 124:
                this.pos = p + 1;
                this.emit(T.Pipe);
                return true;
            case 40:
                this.pos = p + 1;
                this.parenDepth++;
                this.emit(T.LeftParen);
                return true;
            case 41:
                if (this.parenDepth === 0)
                    return false;
                this.pos = p + 1;
                this.parenDepth--;
                this.emit(T.RightParen);
                return true;
        }
        return false;
    }
    /** AT_DELIM when at the right delimiter, plus TRIM when a trim marker precedes it. */
    atRightDelim() {
        const s = this.input;
        if (hasRightTrimMarker(s, this.pos) && s.startsWith(this.rightDelim, this.pos + 2)) {
            return AT_DELIM | TRIM;
        }
        if (s.startsWith(this.rightDelim, this.pos))
            return AT_DELIM;
        return 0;
    }
    atTerminator() {
        const r = this.peek();
        if (isSpace(r))
            return true;
        switch (r) {
            case EOF:
            case 46: // .
            case 44: // ,
            case 124: // |
            case 58: // :
            case 41: // )
            case 40: // (
                return true;
        }
        return this.input.startsWith(this.rightDelim, this.pos);
    }
    scanNumber() {
        this.accept('+-');
        let digits = '0123456789_';
        if (this.accept('0')) {
            if (this.accept('xX'))
                digits = '0123456789abcdefABCDEF_';
            else if (this.accept('oO'))
                digits = '01234567_';
            else if (this.accept('bB'))
                digits = '01_';
        }
        this.acceptRun(digits);
        if (this.accept('.'))
            this.acceptRun(digits);
        if (digits.length === 11 && this.accept('eE')) {
            this.accept('+-');
            this.acceptRun('0123456789_');
        }
        if (digits.length === 23 && this.accept('pP')) {
            this.accept('+-');
            this.acceptRun('0123456789_');
        }
        this.accept('i');
        if (isAlphaNumeric(this.peek())) {
            this.next();
            return false;
        }
        return true;
    }
}
function trimRightLength(s, from, to) {
    let i = to;
    while (i > from && isSpace(s.charCodeAt(i - 1)))
        i--;
    return to - i;
}
function trimLeftLength(s, from) {
    let i = from;
    while (i < s.length && isSpace(s.charCodeAt(i)))
        i++;
    return i - from;
}
function lexText(l) {
    const x = l.input.indexOf(l.leftDelim, l.pos);
    if (x >= 0) {
        if (x > l.pos) {
            l.pos = x;
            let trimLength = 0;
            const delimEnd = l.pos + l.leftDelim.length;
            if (hasLeftTrimMarker(l.input, delimEnd)) {
                trimLength = trimRightLength(l.input, l.start, l.pos);
            }
            l.pos -= trimLength;
            l.line += countNewlines(l.input, l.start, l.pos);
            const i = l.thisItem(T.Text);
            l.pos += trimLength;
            l.ignore();
            if (i.val.length > 0)
                return l.emitItem(i);
        }
        return lexLeftDelim;
    }
    l.pos = l.input.length;
    if (l.pos > l.start) {
        l.line += countNewlines(l.input, l.start, l.pos);
        return l.emit(T.Text);
    }
    return l.emit(T.EOF);
}
function lexLeftDelim(l) {
    l.pos += l.leftDelim.length;
    const trimSpace = hasLeftTrimMarker(l.input, l.pos);
    const afterMarker = trimSpace ? 2 : 0;
    if (l.input.startsWith(LEFT_COMMENT, l.pos + afterMarker)) {
        l.pos += afterMarker;
        l.ignore();
        return lexComment;
    }
    const i = l.thisItem(T.LeftDelim);
    l.insideAction = true;
    l.pos += afterMarker;
    l.ignore();
    l.parenDepth = 0;
    return l.emitItem(i);
}
function lexComment(l) {
    l.pos += LEFT_COMMENT.length;
    const x = l.input.indexOf(RIGHT_COMMENT, l.pos);
    if (x < 0)
        return l.errorf('unclosed comment');
    l.pos = x + RIGHT_COMMENT.length;
    const at = l.atRightDelim();
    const trimSpace = (at & TRIM) !== 0;
    if (at === 0)
        return l.errorf('comment ends before closing delimiter');
    l.line += countNewlines(l.input, l.start, l.pos);
    const i = l.thisItem(T.Comment);
    if (trimSpace)
        l.pos += 2;
    l.pos += l.rightDelim.length;
    if (trimSpace)
        l.pos += trimLeftLength(l.input, l.pos);
    l.ignore();
    if (l.emitComment)
        return l.emitItem(i);
    return lexText;
}
function lexRightDelim(l) {
    const trimSpace = (l.atRightDelim() & TRIM) !== 0;
    if (trimSpace) {
        l.pos += 2;
        l.ignore();
    }
    l.pos += l.rightDelim.length;
    const i = l.thisItem(T.RightDelim);
    if (trimSpace) {
        l.pos += trimLeftLength(l.input, l.pos);
        l.ignore();
    }
    l.insideAction = false;
    return l.emitItem(i);
}
function lexInsideAction(l) {
    if (l.atRightDelim() !== 0) {
        if (l.parenDepth === 0)
            return lexRightDelim;
        return l.errorf('unclosed left paren');
    }
    const r = l.next();
    if (r === EOF)
        return l.errorf('unclosed action');
    if (isSpace(r)) {
        l.backup();
        return lexSpace;
    }
    switch (r) {
        case 61: // =
            return l.emit(T.Assign);
        case 58: // :
            if (l.next() !== 61)
                return l.errorf('expected :=');
            return l.emit(T.Declare);
        case 124:
            return l.emit(T.Pipe);
        case 34:
            return lexQuote;
        case 96:
            return lexRawQuote;
        case 36:
            return lexVariable;
        case 39:
            return lexChar;
        case 46: {
            if (l.pos < l.input.length) {
                const c = l.input.charCodeAt(l.pos);
                if (c < 48 || c > 57)
                    return lexField;
            }
            l.backup();
            return lexNumber;
        }
        case 40:
            l.parenDepth++;
            return l.emit(T.LeftParen);
        case 41:
            l.parenDepth--;
            if (l.parenDepth < 0)
                return l.errorf('unexpected right paren');
            return l.emit(T.RightParen);
    }
    if (r === 43 || r === 45 || (r >= 48 && r <= 57)) {
        l.backup();
        return lexNumber;
    }
    if (isAlphaNumeric(r)) {
        l.backup();
        return lexIdentifier;
    }
    if (r <= 0x7f && r >= 0x20 && r !== 0x7f)
        return l.emit(T.Char);
    return l.errorf(`unrecognized character in action: ${formatRuneU(r)}`);
}
function lexSpace(l) {
    const input = l.input;
    let i = l.pos;
    let numSpaces = 0;
    for (; i < input.length; i++) {
        const c = input.charCodeAt(i);
        if (c === 10)
            l.line++;
        else if (c !== 32 && c !== 9 && c !== 13)
            break;
        numSpaces++;
    }
    l.pos = i;
    if (i >= input.length)
        l.atEOF = true;
    if (hasRightTrimMarker(input, i - 1) && input.startsWith(l.rightDelim, i + 1)) {
        l.backup();
        if (numSpaces === 1)
            return lexRightDelim;
    }
    return l.emit(T.Space);
}
/** End of the run of alphanumerics (Go's isAlphaNumeric) starting at i. */
function scanAlnum(s, i) {
    const n = s.length;
    while (i < n) {
        const c = s.charCodeAt(i);
        if (c < 0x80) {
            if (ASCII_ALNUM[c] === 0)
                return i;
            i++;
            continue;
        }
        const r = s.codePointAt(i);
        if (!isAlphaNumeric(r))
            return i;
        i += r > 0xffff ? 2 : 1;
    }
    return i;
}
function runeAt(s, i) {
    return i < s.length ? s.codePointAt(i) : EOF;
}
function lexIdentifier(l) {
    l.pos = scanAlnum(l.input, l.pos);
    if (!l.atTerminator())
        return l.errorf(`bad character ${formatRuneU(runeAt(l.input, l.pos))}`);
    const word = l.input.slice(l.start, l.pos);
    // Keywords are short lowercase words; most identifiers skip the table lookup.
    const key = word.length <= 8 && word.charCodeAt(0) >= 98 && hasOwn.call(keywords, word)
        ? keywords[word]
        : undefined;
    if (key !== undefined && key > T.Keyword) {
        if ((key === T.Break && !l.breakOK) || (key === T.Continue && !l.continueOK)) {
            return l.emit(T.Identifier);
        }
        return l.emit(key);
    }
    if (word === 'true' || word === 'false')
        return l.emit(T.Bool);
    return l.emit(T.Identifier);
}
function lexField(l) {
    return lexFieldOrVariable(l, T.Field);
}
function lexVariable(l) {
    if (l.atTerminator())
        return l.emit(T.Variable);
    return lexFieldOrVariable(l, T.Variable);
}
function lexFieldOrVariable(l, typ) {
    if (l.atTerminator()) {
        return l.emit(typ === T.Variable ? T.Variable : T.Dot);
    }
    l.pos = scanAlnum(l.input, l.pos);
    if (!l.atTerminator())
        return l.errorf(`bad character ${formatRuneU(runeAt(l.input, l.pos))}`);
    return l.emit(typ);
}
function lexChar(l) {
    for (;;) {
        let r = l.next();
        if (r === 92) {
            r = l.next();
            if (r !== EOF && r !== 10)
                continue;
            return l.errorf('unterminated character constant');
        }
        if (r === EOF || r === 10)
            return l.errorf('unterminated character constant');
        if (r === 39)
            break;
    }
    return l.emit(T.CharConstant);
}
function quoteNumberText(s) {
    return (0,strconv/* quote */.hD)(s);
}
function lexNumber(l) {
    if (!l.scanNumber()) {
        return l.errorf(`bad number syntax: ${quoteNumberText(l.input.slice(l.start, l.pos))}`);
    }
    const sign = l.peek();
    if (sign === 43 || sign === 45) {
        if (!l.scanNumber() || l.input.charCodeAt(l.pos - 1) !== 105) {
            return l.errorf(`bad number syntax: ${quoteNumberText(l.input.slice(l.start, l.pos))}`);
        }
        return l.emit(T.Complex);
    }
    return l.emit(T.Number);
}
function lexQuote(l) {
    for (;;) {
        let r = l.next();
        if (r === 92) {
            r = l.next();
            if (r !== EOF && r !== 10)
                continue;
            return l.errorf('unterminated quoted string');
        }
        if (r === EOF || r === 10)
            return l.errorf('unterminated quoted string');
        if (r === 34)
            break;
    }
    return l.emit(T.String);
}
function lexRawQuote(l) {
    for (;;) {
        const r = l.next();
        if (r === EOF)
            return l.errorf('unterminated raw quoted string');
        if (r === 96)
            break;
    }
    return l.emit(T.RawString);
}

// EXTERNAL MODULE: ./build/template/literals.js
var literals = __webpack_require__(9439);
;// CONCATENATED MODULE: ./build/template/nodes.js
/**
 * Parse tree nodes of text/template, with Go's String() forms (they appear verbatim in
 * execution errors: `executing "x" at <.Values.a>`).
 */

var NT;
(function (NT) {
    NT[NT["Text"] = 0] = "Text";
    NT[NT["Action"] = 1] = "Action";
    NT[NT["Bool"] = 2] = "Bool";
    NT[NT["Chain"] = 3] = "Chain";
    NT[NT["Command"] = 4] = "Command";
    NT[NT["Dot"] = 5] = "Dot";
    NT[NT["Else"] = 6] = "Else";
    NT[NT["End"] = 7] = "End";
    NT[NT["Field"] = 8] = "Field";
    NT[NT["Identifier"] = 9] = "Identifier";
    NT[NT["If"] = 10] = "If";
    NT[NT["List"] = 11] = "List";
    NT[NT["Nil"] = 12] = "Nil";
    NT[NT["Number"] = 13] = "Number";
    NT[NT["Pipe"] = 14] = "Pipe";
    NT[NT["Range"] = 15] = "Range";
    NT[NT["String"] = 16] = "String";
    NT[NT["Template"] = 17] = "Template";
    NT[NT["Variable"] = 18] = "Variable";
    NT[NT["With"] = 19] = "With";
    NT[NT["Comment"] = 20] = "Comment";
    NT[NT["Break"] = 21] = "Break";
    NT[NT["Continue"] = 22] = "Continue";
})(NT || (NT = {}));
/** Go's Node.String(). */
function nodeString(n) {
    const t = n.tree;
    switch (n.type) {
        case NT.List:
            return n.nodes.map(nodeString).join('');
        case NT.Text:
            return n.text;
        case NT.Comment:
            return t.leftDelim + n.text + t.rightDelim;
        case NT.Action:
            return t.leftDelim + nodeString(n.pipe) + t.rightDelim;
        case NT.Pipe: {
            let s = '';
            if (n.decl.length > 0) {
                s = n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ');
            }
            return s + n.cmds.map(nodeString).join(' | ');
        }
        case NT.Command:
            return n.args
                .map((a) => (a.type === NT.Pipe ? '(' + nodeString(a) + ')' : nodeString(a)))
                .join(' ');
        case NT.Identifier:
            return n.ident;
        case NT.Variable:
            return n.ident.join('.');
        case NT.Dot:
            return '.';
        case NT.Nil:
            return 'nil';
        case NT.Field:
            return '.' + n.ident.join('.');
        case NT.Chain: {
            const base = n.node.type === NT.Pipe ? '(' + nodeString(n.node) + ')' : nodeString(n.node);
            return base + '.' + n.field.join('.');
        }
        case NT.Bool:
            return n.value ? 'true' : 'false';
        case NT.Number:
            return n.text;
        case NT.String:
            return n.quoted;
        case NT.If:
        case NT.Range:
        case NT.With: {
            const name = n.type === NT.If ? 'if' : n.type === NT.Range ? 'range' : 'with';
            let s = t.leftDelim + name + ' ' + nodeString(n.pipe) + t.rightDelim + nodeString(n.list);
            if (n.elseList)
                s += t.leftDelim + 'else' + t.rightDelim + nodeString(n.elseList);
            return s + t.leftDelim + 'end' + t.rightDelim;
        }
        case NT.Break:
            return t.leftDelim + 'break' + t.rightDelim;
        case NT.Continue:
            return t.leftDelim + 'continue' + t.rightDelim;
        case NT.Template:
            return (t.leftDelim +
                'template ' +
                (0,strconv/* quote */.hD)(n.name) +
                (n.pipe ? ' ' + nodeString(n.pipe) : '') +
                t.rightDelim);
        case NT.End:
            return t.leftDelim + 'end' + t.rightDelim;
        case NT.Else:
            return t.leftDelim + 'else' + t.rightDelim;
    }
}
// unicode.IsSpace, which bytes.TrimSpace uses (JavaScript's \s also matches U+FEFF).
const goSpaceOnly = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;
/** parse.IsEmptyTree: only whitespace text and comments. */
function isEmptyTree(n) {
    if (n === null)
        return true;
    switch (n.type) {
        case NT.Comment:
            return true;
        case NT.List:
            return n.nodes.every(isEmptyTree);
        case NT.Text:
            return goSpaceOnly.test(n.text);
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./build/template/parser.js
/**
 * The text/template parser, following Go's parse package token by token (its three-token
 * lookahead decides which line a parse error names, so it is kept as is).
 */




/** A parse failure with Go's message text ("template: NAME:LINE: ..."). */
class ParseFailure extends Error {
    parseName;
    line;
    constructor(message, parseName, line) {
        super(message);
        this.parseName = parseName;
        this.line = line;
    }
}
const MAX_STACK_DEPTH = 10000;
/** Shared by the many pipelines without declarations (never mutated). */
const NO_DECLS = [];
const NO_CMDS = [];
const NO_ARGS = [];
const NO_NAMES = [];
/** item.String() */
function itemString(i) {
    if (i.typ === T.EOF)
        return 'EOF';
    if (i.typ === T.Error)
        return i.val;
    if (i.typ > T.Keyword)
        return `<${i.val}>`;
    if ((0,strconv/* runeCount */.aM)(i.val) > 10) {
        // %.10q: the first ten runes, quoted.
        const runes = Array.from(i.val).slice(0, 10).join('');
        return (0,strconv/* quote */.hD)(runes) + '...';
    }
    return (0,strconv/* quote */.hD)(i.val);
}
/** The nodes pushed since `mark`, as an array of their own; the stack drops them. */
function takeNodes(ctx, mark) {
    const stack = ctx.nodes;
    const out = stack.slice(mark);
    stack.length = mark;
    return out;
}
class TreeParser {
    tree;
    ctx;
    token = [null, null, null];
    peekCount = 0;
    vars = ['$'];
    actionLine = 0;
    rangeDepth = 0;
    stackDepth = 0;
    /** UTF-16 offset of the left delimiter of the action being parsed. */
    actionStart = 0;
    constructor(tree, ctx) {
        this.tree = tree;
        this.ctx = ctx;
    }
    get lex() {
        return this.ctx.lex;
    }
    next() {
        if (this.peekCount > 0)
            this.peekCount--;
        else
            this.token[0] = this.lex.nextItem();
        return this.token[this.peekCount];
    }
    backup() {
        this.peekCount++;
    }
    backup2(t1) {
        this.token[1] = t1;
        this.peekCount = 2;
    }
    backup3(t2, t1) {
        this.token[1] = t1;
        this.token[2] = t2;
        this.peekCount = 3;
    }
    peek() {
        if (this.peekCount > 0)
            return this.token[this.peekCount - 1];
        this.peekCount = 1;
        this.token[0] = this.lex.nextItem();
        return this.token[0];
    }
    nextNonSpace() {
        let token;
        for (;;) {
            token = this.next();
            if (token.typ !== T.Space)
                break;
        }
        return token;
    }
    peekNonSpace() {
        const token = this.nextNonSpace();
        this.backup();
        return token;
    }
    errorf(msg) {
        const line = this.token[0] ? this.token[0].line : 1;
        throw new ParseFailure(`template: ${this.tree.parseName}:${line}: ${msg}`, this.tree.parseName, line);
    }
    expect(expected, context) {
        const token = this.nextNonSpace();
        if (token.typ !== expected)
            this.unexpected(token, context);
        return token;
    }
    expectOneOf(e1, e2, context) {
        const token = this.nextNonSpace();
        if (token.typ !== e1 && token.typ !== e2)
            this.unexpected(token, context);
        return token;
    }
    unexpected(token, context) {
        if (token.typ === T.Error) {
            let extra = '';
            if (this.actionLine !== 0 && this.actionLine !== token.line) {
                extra = ` in action started at ${this.tree.parseName}:${this.actionLine}`;
                if (token.val.endsWith(' action'))
                    extra = extra.slice(' in action'.length);
            }
            this.errorf(`${itemString(token)}${extra}`);
        }
        this.errorf(`unexpected ${itemString(token)} in ${context}`);
    }
    hasFunction(name) {
        return this.ctx.opts.hasFunction(name);
    }
    /** Tree.add: registers this tree in the parse's set, with Go's redefinition rule. */
    add() {
        const existing = this.ctx.treeSet.get(this.tree.name);
        if (existing === undefined || isEmptyTree(existing.root)) {
            this.ctx.treeSet.set(this.tree.name, this.tree);
            return;
        }
        if (!isEmptyTree(this.tree.root)) {
            this.errorf(`template: multiple definition of template ${(0,strconv/* quote */.hD)(this.tree.name)}`);
        }
    }
    newList(pos) {
        return { type: NT.List, pos, tree: this.tree, nodes: [] };
    }
    parse() {
        this.tree.root = this.newList(this.peek().pos);
        const mark = this.ctx.nodes.length;
        while (this.peek().typ !== T.EOF) {
            if (this.peek().typ === T.LeftDelim) {
                const delim = this.next();
                if (this.nextNonSpace().typ === T.Define) {
                    const newT = {
                        name: 'definition',
                        parseName: this.tree.parseName,
                        root: this.newList(0),
                        text: this.tree.text,
                        source: this.tree.source,
                        leftDelim: this.tree.leftDelim,
                        rightDelim: this.tree.rightDelim,
                    };
                    const p = new TreeParser(newT, this.ctx);
                    p.parseDefinition();
                    continue;
                }
                this.backup2(delim);
            }
            const n = this.textOrAction();
            if (n.type === NT.End || n.type === NT.Else)
                this.errorf(`unexpected ${nodeString(n)}`);
            this.ctx.nodes.push(n);
        }
        this.tree.root.nodes = takeNodes(this.ctx, mark);
    }
    parseDefinition() {
        const context = 'define clause';
        const name = this.expectOneOf(T.String, T.RawString, context);
        try {
            this.tree.name = (0,literals/* unquote */._n)(name.val);
        }
        catch (e) {
            this.errorf(e.message);
        }
        this.expect(T.RightDelim, context);
        const [list, end] = this.itemList();
        this.tree.root = list;
        if (end.type !== NT.End)
            this.errorf(`unexpected ${nodeString(end)} in ${context}`);
        this.add();
    }
    itemList() {
        const list = this.newList(this.peekNonSpace().pos);
        const mark = this.ctx.nodes.length;
        while (this.peekNonSpace().typ !== T.EOF) {
            const n = this.textOrAction();
            if (n.type === NT.End || n.type === NT.Else) {
                list.nodes = takeNodes(this.ctx, mark);
                return [list, n];
            }
            this.ctx.nodes.push(n);
        }
        this.errorf('unexpected EOF');
    }
    textOrAction() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case T.Text:
                return { type: NT.Text, pos: token.pos, tree: this.tree, text: token.val, npos: undefined };
            case T.LeftDelim: {
                this.actionLine = token.line;
                this.actionStart = token.pos;
                try {
                    return this.action();
                }
                finally {
                    this.actionLine = 0;
                }
            }
            case T.Comment:
                return { type: NT.Comment, pos: token.pos, tree: this.tree, text: token.val };
            default:
                this.unexpected(token, 'input');
        }
    }
    action() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case T.Block:
                return this.blockControl();
            case T.Break:
                return this.breakControl(token.pos, token.line);
            case T.Continue:
                return this.continueControl(token.pos, token.line);
            case T.Else:
                return this.elseControl();
            case T.End:
                return this.endControl();
            case T.If:
                return this.branchControl('if', NT.If);
            case T.Range:
                return this.branchControl('range', NT.Range);
            case T.Template:
                return this.templateControl();
            case T.With:
                return this.branchControl('with', NT.With);
        }
        this.backup();
        const tok = this.peek();
        const start = this.actionStart;
        const pipe = this.pipeline('command', T.RightDelim);
        const node = {
            type: NT.Action,
            pos: tok.pos,
            tree: this.tree,
            line: tok.line,
            pipe,
            start,
            end: this.lastDelimEnd,
            npos: undefined,
        };
        return node;
    }
    /** End offset of the last right delimiter consumed by pipeline(). */
    lastDelimEnd = 0;
    breakControl(pos, line) {
        const token = this.nextNonSpace();
        if (token.typ !== T.RightDelim)
            this.unexpected(token, '{{break}}');
        if (this.rangeDepth === 0)
            this.errorf('{{break}} outside {{range}}');
        return { type: NT.Break, pos, tree: this.tree, line };
    }
    continueControl(pos, line) {
        const token = this.nextNonSpace();
        if (token.typ !== T.RightDelim)
            this.unexpected(token, '{{continue}}');
        if (this.rangeDepth === 0)
            this.errorf('{{continue}} outside {{range}}');
        return { type: NT.Continue, pos, tree: this.tree, line };
    }
    pipeline(context, end) {
        const token = this.peekNonSpace();
        const pipe = {
            type: NT.Pipe,
            pos: token.pos,
            tree: this.tree,
            line: token.line,
            isAssign: false,
            decl: NO_DECLS,
            cmds: NO_CMDS,
        };
        const mark = this.ctx.nodes.length;
        decls: for (;;) {
            const v = this.peekNonSpace();
            if (v.typ === T.Variable) {
                this.next();
                const tokenAfterVariable = this.peek();
                const next = this.peekNonSpace();
                if (next.typ === T.Assign || next.typ === T.Declare) {
                    pipe.isAssign = next.typ === T.Assign;
                    this.nextNonSpace();
                    pipe.decl = [...pipe.decl, this.newVariable(v.pos, v.val)];
                    this.vars.push(v.val);
                }
                else if (next.typ === T.Char && next.val === ',') {
                    this.nextNonSpace();
                    pipe.decl = [...pipe.decl, this.newVariable(v.pos, v.val)];
                    this.vars.push(v.val);
                    if (context === 'range' && pipe.decl.length < 2) {
                        const t = this.peekNonSpace().typ;
                        if (t === T.Variable || t === T.RightDelim || t === T.RightParen)
                            continue decls;
                        this.errorf('range can only initialize variables');
                    }
                    this.errorf(`too many declarations in ${context}`);
                }
                else if (tokenAfterVariable.typ === T.Space) {
                    this.backup3(v, tokenAfterVariable);
                }
                else {
                    this.backup2(v);
                }
            }
            break;
        }
        for (;;) {
            const token = this.nextNonSpace();
            switch (token.typ) {
                case end:
                    pipe.cmds = takeNodes(this.ctx, mark);
                    this.checkPipeline(pipe, context);
                    if (end === T.RightDelim)
                        this.lastDelimEnd = token.pos + token.val.length;
                    return pipe;
                case T.Bool:
                case T.CharConstant:
                case T.Complex:
                case T.Dot:
                case T.Field:
                case T.Identifier:
                case T.Number:
                case T.Nil:
                case T.RawString:
                case T.String:
                case T.Variable:
                case T.LeftParen:
                    this.backup();
                    this.ctx.nodes.push(this.command());
                    break;
                default:
                    this.unexpected(token, context);
            }
        }
    }
    checkPipeline(pipe, context) {
        if (pipe.cmds.length === 0)
            this.errorf(`missing value for ${context}`);
        for (let i = 1; i < pipe.cmds.length; i++) {
            switch (pipe.cmds[i].args[0].type) {
                case NT.Bool:
                case NT.Dot:
                case NT.Nil:
                case NT.Number:
                case NT.String:
                    this.errorf(`non executable command in pipeline stage ${i + 1}`);
            }
        }
    }
    branchControl(context, type, start = this.actionStart) {
        const mark = this.vars.length;
        try {
            const pipe = this.pipeline(context, T.RightDelim);
            const end = this.lastDelimEnd;
            if (context === 'range')
                this.rangeDepth++;
            const [list, first] = this.itemList();
            let next = first;
            if (context === 'range')
                this.rangeDepth--;
            let elseList = null;
            if (next.type === NT.Else) {
                if (context === 'if' && this.peek().typ === T.If) {
                    this.next();
                    elseList = this.newList(next.pos);
                    elseList.nodes = [this.branchControl('if', NT.If, next.start)];
                }
                else if (context === 'with' && this.peek().typ === T.With) {
                    this.next();
                    elseList = this.newList(next.pos);
                    elseList.nodes = [this.branchControl('with', NT.With, next.start)];
                }
                else {
                    ;
                    [elseList, next] = this.itemList();
                    if (next.type !== NT.End)
                        this.errorf(`expected end; found ${nodeString(next)}`);
                }
            }
            const node = {
                type,
                pos: pipe.pos,
                tree: this.tree,
                line: pipe.line,
                pipe,
                list,
                elseList,
                start,
                end,
                npos: undefined,
            };
            return node;
        }
        finally {
            this.vars.length = mark;
        }
    }
    endControl() {
        return { type: NT.End, pos: this.expect(T.RightDelim, 'end').pos, tree: this.tree };
    }
    elseControl() {
        const peek = this.peekNonSpace();
        const start = this.actionStart;
        if (peek.typ === T.If || peek.typ === T.With) {
            return { type: NT.Else, pos: peek.pos, tree: this.tree, line: peek.line, start };
        }
        const token = this.expect(T.RightDelim, 'else');
        return { type: NT.Else, pos: token.pos, tree: this.tree, line: token.line, start };
    }
    blockControl() {
        const context = 'block clause';
        const start = this.actionStart;
        const token = this.nextNonSpace();
        const name = this.parseTemplateName(token, context);
        const pipe = this.pipeline(context, T.RightDelim);
        const end = this.lastDelimEnd;
        const block = {
            name,
            parseName: this.tree.parseName,
            root: this.newList(0),
            text: this.tree.text,
            source: this.tree.source,
            leftDelim: this.tree.leftDelim,
            rightDelim: this.tree.rightDelim,
        };
        const p = new TreeParser(block, this.ctx);
        const [list, endNode] = p.itemList();
        block.root = list;
        if (endNode.type !== NT.End)
            this.errorf(`unexpected ${nodeString(endNode)} in ${context}`);
        p.add();
        return {
            type: NT.Template,
            pos: token.pos,
            tree: this.tree,
            line: token.line,
            name,
            pipe,
            start,
            end,
            npos: undefined,
        };
    }
    templateControl() {
        const context = 'template clause';
        const start = this.actionStart;
        const token = this.nextNonSpace();
        const name = this.parseTemplateName(token, context);
        let pipe = null;
        const next = this.nextNonSpace();
        if (next.typ !== T.RightDelim) {
            this.backup();
            pipe = this.pipeline(context, T.RightDelim);
        }
        else {
            this.lastDelimEnd = next.pos + next.val.length;
        }
        const end = this.lastDelimEnd;
        return {
            type: NT.Template,
            pos: token.pos,
            tree: this.tree,
            line: token.line,
            name,
            pipe,
            start,
            end,
            npos: undefined,
        };
    }
    parseTemplateName(token, context) {
        if (token.typ === T.String || token.typ === T.RawString) {
            try {
                return (0,literals/* unquote */._n)(token.val);
            }
            catch (e) {
                this.errorf(e.message);
            }
        }
        this.unexpected(token, context);
    }
    command() {
        const cmd = {
            type: NT.Command,
            pos: this.peekNonSpace().pos,
            tree: this.tree,
            args: NO_ARGS,
        };
        const mark = this.ctx.nodes.length;
        for (;;) {
            this.peekNonSpace();
            const operand = this.operand();
            if (operand !== null)
                this.ctx.nodes.push(operand);
            const token = this.next();
            switch (token.typ) {
                case T.Space:
                    continue;
                case T.RightDelim:
                case T.RightParen:
                    this.backup();
                    break;
                case T.Pipe:
                    break;
                default:
                    this.unexpected(token, 'operand');
            }
            break;
        }
        cmd.args = takeNodes(this.ctx, mark);
        if (cmd.args.length === 0)
            this.errorf('empty command');
        return cmd;
    }
    operand() {
        let node = this.term();
        if (node === null)
            return null;
        if (this.peek().typ === T.Field) {
            const pos = this.peek().pos;
            if (node.type === NT.Field || node.type === NT.Variable) {
                // Extend the field or variable in place (Go builds a chain and converts it back).
                node.ident = this.fieldNames(node.ident);
                node.pos = pos;
                return node;
            }
            const chain = {
                type: NT.Chain,
                pos,
                tree: this.tree,
                node,
                field: this.fieldNames(NO_NAMES),
            };
            switch (node.type) {
                case NT.Bool:
                case NT.String:
                case NT.Number:
                case NT.Nil:
                case NT.Dot:
                    this.errorf(`unexpected . after term ${(0,strconv/* quote */.hD)(nodeString(node))}`);
                    break;
                default:
                    node = chain;
            }
        }
        return node;
    }
    /** `head` followed by the names of the field tokens that come next. */
    fieldNames(head) {
        const names = this.ctx.names;
        names.length = 0;
        for (const n of head)
            names.push(n);
        while (this.peek().typ === T.Field)
            names.push(this.next().val.slice(1));
        return names.slice();
    }
    term() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case T.Identifier:
                if (!this.hasFunction(token.val))
                    this.errorf(`function ${(0,strconv/* quote */.hD)(token.val)} not defined`);
                return { type: NT.Identifier, pos: token.pos, tree: this.tree, ident: token.val };
            case T.Dot:
                return { type: NT.Dot, pos: token.pos, tree: this.tree };
            case T.Nil:
                return { type: NT.Nil, pos: token.pos, tree: this.tree };
            case T.Variable:
                return this.useVar(token.pos, token.val);
            case T.Field:
                return {
                    type: NT.Field,
                    pos: token.pos,
                    tree: this.tree,
                    ident: [token.val.slice(1)],
                };
            case T.Bool:
                return { type: NT.Bool, pos: token.pos, tree: this.tree, value: token.val === 'true' };
            case T.CharConstant:
            case T.Complex:
            case T.Number:
                return this.newNumber(token.pos, token.val, token.typ);
            case T.LeftParen: {
                if (this.stackDepth >= MAX_STACK_DEPTH)
                    this.errorf('max expression depth exceeded');
                this.stackDepth++;
                try {
                    return this.pipeline('parenthesized pipeline', T.RightParen);
                }
                finally {
                    this.stackDepth--;
                }
            }
            case T.String:
            case T.RawString: {
                let s;
                try {
                    s = (0,literals/* unquote */._n)(token.val);
                }
                catch (e) {
                    this.errorf(e.message);
                }
                return { type: NT.String, pos: token.pos, tree: this.tree, quoted: token.val, text: s };
            }
        }
        this.backup();
        return null;
    }
    newVariable(pos, ident) {
        return {
            type: NT.Variable,
            pos,
            tree: this.tree,
            ident: ident.indexOf('.') < 0 ? [ident] : ident.split('.'),
        };
    }
    useVar(pos, name) {
        const v = this.newVariable(pos, name);
        if (this.vars.includes(v.ident[0]))
            return v;
        this.errorf(`undefined variable ${(0,strconv/* quote */.hD)(v.ident[0])}`);
    }
    newNumber(pos, text, typ) {
        const n = {
            type: NT.Number,
            pos,
            tree: this.tree,
            isInt: false,
            isUint: false,
            isFloat: false,
            isComplex: false,
            int: 0n,
            uint: 0n,
            float: 0,
            text,
        };
        try {
            return fillNumber(n, text, typ);
        }
        catch (e) {
            if (e instanceof literals/* LiteralError */.cw)
                this.errorf(e.message);
            throw e;
        }
    }
}
function setFromFloat(n, f) {
    n.isFloat = true;
    n.float = f;
    if (Number.isInteger(f) && f >= -(2 ** 63) && f < 2 ** 63) {
        n.isInt = true;
        n.int = BigInt(f);
    }
    if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) {
        n.isUint = true;
        n.uint = BigInt(f);
    }
}
function fillNumber(n, text, typ) {
    if (typ === T.CharConstant) {
        const [r, , next] = (0,literals/* unquoteChar */.yj)(text, 1, 39);
        if (text.slice(next) !== "'")
            throw new literals/* LiteralError */.cw(`malformed character constant: ${text}`);
        n.isInt = n.isUint = n.isFloat = true;
        n.int = n.uint = BigInt(r);
        n.float = r;
        return n;
    }
    if (typ === T.Complex) {
        // "1+2i": Go reads it with fmt.Sscan; real and imaginary parts are plain floats.
        const m = /^([+-]?[^+-]+(?:[eEpP][+-][0-9_]+)?)([+-].*)i$/.exec(text);
        const re = m ? (0,literals/* parseFloat64 */.yE)(m[1]) : undefined;
        const im = m ? (0,literals/* parseFloat64 */.yE)(m[2]) : undefined;
        if (re === undefined || im === undefined)
            throw new literals/* LiteralError */.cw(`expected integer`);
        return simplifyComplex(n, re, im);
    }
    if (text.length > 0 && text[text.length - 1] === 'i') {
        const f = (0,literals/* parseFloat64 */.yE)(text.slice(0, -1));
        if (f !== undefined)
            return simplifyComplex(n, 0, f);
    }
    if (text.length <= 15 && /^-?[1-9][0-9]*$|^0$/.test(text)) {
        // Plain decimal integers (the common case) need no general parsing.
        const v = Number(text);
        n.isInt = n.isFloat = true;
        n.int = BigInt(v);
        n.float = v;
        if (v >= 0) {
            n.isUint = true;
            n.uint = n.int;
        }
        return n;
    }
    const u = (0,literals/* parseUint */.aI)(text);
    if (u !== undefined) {
        n.isUint = true;
        n.uint = u;
    }
    const i = (0,literals/* parseInt64 */.pX)(text);
    if (i !== undefined) {
        n.isInt = true;
        n.int = i;
        if (i === 0n) {
            n.isUint = true;
            n.uint = u ?? 0n;
        }
    }
    if (n.isInt) {
        n.isFloat = true;
        n.float = Number(n.int);
    }
    else if (n.isUint) {
        n.isFloat = true;
        n.float = Number(n.uint);
    }
    else {
        const f = (0,literals/* parseFloat64 */.yE)(text);
        if (f !== undefined) {
            if (!/[.eEpP]/.test(text))
                throw new literals/* LiteralError */.cw(`integer overflow: ${(0,strconv/* quote */.hD)(text)}`);
            n.isFloat = true;
            n.float = f;
            if (Number.isInteger(f) && f >= -(2 ** 63) && f < 2 ** 63) {
                n.isInt = true;
                n.int = BigInt(f);
            }
            if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) {
                n.isUint = true;
                n.uint = BigInt(f);
            }
        }
    }
    if (!n.isInt && !n.isUint && !n.isFloat) {
        throw new literals/* LiteralError */.cw(`illegal number syntax: ${(0,strconv/* quote */.hD)(text)}`);
    }
    return n;
}
function simplifyComplex(n, re, im) {
    n.isComplex = true;
    n.complex = [re, im];
    if (im === 0)
        setFromFloat(n, re);
    return n;
}
/**
 * parse.Parse: parses one source text into the templates it defines. The main template is
 * named `name`; every `define` and `block` adds another.
 */
function parseTemplates(name, text, opts) {
    const leftDelim = opts.leftDelim || '{{';
    const rightDelim = opts.rightDelim || '}}';
    const lex = new Lexer(name, text, leftDelim, rightDelim);
    lex.breakOK = !opts.hasFunction('break');
    lex.continueOK = !opts.hasFunction('continue');
    lex.emitComment = opts.parseComments === true;
    const ctx = { lex, treeSet: new Map(), opts, nodes: [], names: [] };
    const tree = {
        name,
        parseName: name,
        root: { type: NT.List, pos: 0, tree: null, nodes: [] },
        text,
        source: {},
        leftDelim,
        rightDelim,
        main: true,
    };
    tree.root.tree = tree;
    const p = new TreeParser(tree, ctx);
    try {
        p.parse();
    }
    catch (e) {
        if (!(e instanceof RangeError) || !/call stack/i.test(e.message))
            throw e;
        // Go's stack grows to a gigabyte; this one ends after a few thousand levels.
        throw new ParseFailure(`template: ${name}:${lex.line}: nested too deeply for kube-whoami's parser (helm reads up to ${MAX_STACK_DEPTH} levels of parentheses, and if/range/with blocks as deep as its memory allows)`, name, lex.line);
    }
    p.add();
    return ctx.treeSet;
}

;// CONCATENATED MODULE: ./build/template/errors.js
class TemplateError extends Error {
    kind;
    template;
    source;
    line;
    col;
    name = 'TemplateError';
    constructor(message, kind, 
    /** The template being parsed (its parse name) or executed (its own name). */
    template, 
    /** The source (file) name the failing node was parsed under, when known. */
    source, 
    /** 1-based line, 0 when unknown. */
    line, 
    /** Go's column: the 0-based byte offset within the line (exec errors only; 0 otherwise). */
    col) {
        super(message);
        this.kind = kind;
        this.template = template;
        this.source = source;
        this.line = line;
        this.col = col;
    }
}

// EXTERNAL MODULE: ./build/core/budget.js
var budget = __webpack_require__(6785);
;// CONCATENATED MODULE: ./build/template/builtins.js
/**
 * Go's predefined template functions (text/template funcs.go): comparisons with their
 * basic-kind rules, index/slice/len with Go's error messages, not, the print family and
 * the html/js/urlquery escapers. `and`, `or` and `call` need the executor (lazy arguments,
 * function values) and live there.
 *
 * Arguments arrive as the executor holds them: `undefined` is Go's invalid reflect.Value
 * (no value at all), `null` a nil interface.
 */





const builtins_hasOwn = Object.prototype.hasOwnProperty;
/** Go's concrete type name; a pointer is shown dereferenced where Go indirects first. */
function derefTypeName(v) {
    const t = (0,gotypes/* goTypeName */.O4)(v);
    return v instanceof template_value/* GoStruct */.On && t.startsWith('*') ? t.slice(1) : t;
}
/** Whether a value is Go-true (text/template's isTrue; nil and invalid are false). */
function truth(v) {
    if (v === undefined || v === null)
        return false;
    switch (typeof v) {
        case 'boolean':
            return v;
        case 'string':
            return v.length > 0;
        case 'number':
            return v !== 0;
        case 'bigint':
            return v !== 0n;
        case 'function':
            return true;
    }
    if (Array.isArray(v) || v instanceof Uint8Array)
        return v.length > 0;
    if (v instanceof template_value/* GoInt */.ov)
        return v.value !== 0n;
    if (v instanceof template_value/* GoStruct */.On || v instanceof template_value/* GoTime */.yT)
        return true;
    for (const k in v)
        if (builtins_hasOwn.call(v, k))
            return true;
    return false;
}
function indexArg(index, cap) {
    if (index instanceof template_value/* GoInt */.ov)
        index = index.value;
    if (typeof index === 'bigint') {
        if (index < 0n || index > BigInt(cap))
            throw new Error(`index out of range: ${index}`);
        return Number(index);
    }
    if (index === undefined || index === null)
        throw new Error('cannot index slice/array with nil');
    throw new Error(`cannot index slice/array with type ${(0,gotypes/* goTypeName */.O4)(index)}`);
}
function index(args, onRead) {
    let item = args[0];
    if (item === undefined || item === null)
        throw new Error('index of untyped nil');
    for (let i = 1; i < args.length; i++) {
        let idx = args[i];
        if (idx === null)
            idx = undefined;
        if (item === null || item === undefined)
            throw new Error('index of nil pointer');
        if (typeof item === 'string') {
            const bytes = (0,strconv/* utf8Length */.wI)(item) === item.length ? null : Buffer.from(item, 'utf8');
            const len = bytes ? bytes.length : item.length;
            const x = indexArg(idx, len);
            if (x === len)
                throw new Error('reflect: string index out of range');
            item = new template_value/* GoInt */.ov(BigInt(bytes ? bytes[x] : item.charCodeAt(x)), 'uint8');
        }
        else if (Array.isArray(item) || item instanceof Uint8Array) {
            const x = indexArg(idx, item.length);
            if (x === item.length)
                throw new Error('reflect: slice index out of range');
            const container = item;
            item = Array.isArray(item) ? item[x] : new template_value/* GoInt */.ov(BigInt(item[x]), 'uint8');
            if (onRead)
                onRead(container, x, item);
        }
        else if ((0,template_value/* isGoMap */.Rb)(item)) {
            if (idx === undefined)
                throw new Error('value is nil; should be of type string');
            if (typeof idx !== 'string') {
                throw new Error(`value has type ${(0,gotypes/* goTypeName */.O4)(idx)}; should be string`);
            }
            const container = item;
            item = builtins_hasOwn.call(item, idx) ? (item[idx] ?? null) : mapZero(item);
            if (onRead)
                onRead(container, idx, item);
        }
        else {
            throw new Error(`can't index item of type ${derefTypeName(item)}`);
        }
    }
    return item;
}
/** The zero value of a map's element type (nil for map[string]interface {}). */
function mapZero(m) {
    if ((0,template_value/* namedTypeOf */.FX)(m) !== undefined)
        return null;
    const t = (0,gotypes/* mapType */.H$)(m);
    return t === 'map[string]interface {}' ? null : (0,gotypes/* zeroOf */.c)((0,gotypes/* elemType */.mB)(t));
}
function slice(args) {
    const item = args[0];
    if (item === undefined || item === null)
        throw new Error('slice of untyped nil');
    const indexes = args.slice(1);
    if (indexes.length > 3)
        throw new Error(`too many slice indexes: ${indexes.length}`);
    let cap;
    let bytes = null;
    if (typeof item === 'string') {
        if (indexes.length === 3)
            throw new Error('cannot 3-index slice a string');
        bytes = Buffer.from(item, 'utf8');
        cap = bytes.length;
    }
    else if (Array.isArray(item) || item instanceof Uint8Array) {
        cap = item.length;
    }
    else {
        throw new Error(`can't slice item of type ${derefTypeName(item)}`);
    }
    const idx = [0, cap, 0];
    for (let i = 0; i < indexes.length; i++) {
        const v = indexes[i];
        idx[i] = indexArg(v === null ? undefined : v, cap);
    }
    if (idx[0] > idx[1])
        throw new Error(`invalid slice index: ${idx[0]} > ${idx[1]}`);
    if (indexes.length === 3 && idx[1] > idx[2]) {
        throw new Error(`invalid slice index: ${idx[1]} > ${idx[2]}`);
    }
    if (bytes)
        return bytes.subarray(idx[0], idx[1]).toString('utf8');
    return item.slice(idx[0], idx[1]);
}
function builtins_length(args) {
    const item = args[0];
    if (item === undefined)
        throw new Error('reflect: call of reflect.Value.Type on zero Value');
    if (item === null)
        throw new Error('len of nil pointer');
    if (typeof item === 'string')
        return BigInt((0,strconv/* utf8Length */.wI)(item));
    if (Array.isArray(item) || item instanceof Uint8Array)
        return BigInt(item.length);
    if ((0,template_value/* isGoMap */.Rb)(item))
        return BigInt(Object.keys(item).length);
    throw new Error(`len of type ${derefTypeName(item)}`);
}
// ---- comparison ------------------------------------------------------------------------
var Kind;
(function (Kind) {
    Kind[Kind["Invalid"] = 0] = "Invalid";
    Kind[Kind["Bool"] = 1] = "Bool";
    Kind[Kind["Complex"] = 2] = "Complex";
    Kind[Kind["Int"] = 3] = "Int";
    Kind[Kind["Float"] = 4] = "Float";
    Kind[Kind["String"] = 5] = "String";
    Kind[Kind["Uint"] = 6] = "Uint";
})(Kind || (Kind = {}));
function basicKind(v) {
    if (v instanceof template_value/* GoInt */.ov)
        return v.kind[0] === 'u' ? Kind.Uint : Kind.Int;
    switch (typeof v) {
        case 'boolean':
            return Kind.Bool;
        case 'bigint':
            return Kind.Int;
        case 'number':
            return Kind.Float;
        case 'string':
            return Kind.String;
    }
    return Kind.Invalid;
}
/** reflect.Kind-like classification for the non-basic comparison rules. */
function reflectKind(v) {
    if (v === undefined || v === null)
        return 'invalid';
    if (v instanceof template_value/* GoInt */.ov)
        return v.kind;
    if (Array.isArray(v) || v instanceof Uint8Array)
        return 'slice';
    if (v instanceof template_value/* GoStruct */.On)
        return v.typeName.startsWith('*') ? 'ptr' : 'struct';
    if (v instanceof template_value/* GoTime */.yT)
        return 'struct';
    if (typeof v === 'function')
        return 'func';
    if (typeof v === 'object')
        return 'map';
    return typeof v;
}
function isNilValue(v) {
    return v === undefined || v === null;
}
function comparable(v) {
    const k = reflectKind(v);
    return k !== 'slice' && k !== 'map' && k !== 'func';
}
function intOf(v) {
    return v instanceof template_value/* GoInt */.ov ? v.value : v;
}
function errType(v) {
    return v === undefined || v === null ? '<nil>' : (0,gotypes/* goTypeName */.O4)(v);
}
function eq(args) {
    let arg1 = args[0];
    if (arg1 === null)
        arg1 = undefined;
    if (args.length < 2)
        throw new Error('missing argument for comparison');
    const k1 = basicKind(arg1);
    for (let i = 1; i < args.length; i++) {
        let arg = args[i];
        if (arg === null)
            arg = undefined;
        const k2 = basicKind(arg);
        let t = false;
        if (k1 !== k2) {
            if ((k1 === Kind.Int && k2 === Kind.Uint) || (k1 === Kind.Uint && k2 === Kind.Int)) {
                const a = intOf(arg1);
                const b = intOf(arg);
                t = a >= 0n && b >= 0n && a === b;
            }
            else if (arg1 !== undefined && arg !== undefined) {
                throw new Error(`incompatible types for comparison: ${errType(arg1)} and ${errType(arg)}`);
            }
        }
        else {
            switch (k1) {
                case Kind.Bool:
                case Kind.String:
                    t = arg1 === arg;
                    break;
                case Kind.Int:
                case Kind.Uint:
                    t = intOf(arg1) === intOf(arg);
                    break;
                case Kind.Float:
                    t = arg1 === arg;
                    break;
                default: {
                    const ka = reflectKind(arg1);
                    const kb = reflectKind(arg);
                    if (!(ka === kb || ka === 'invalid' || kb === 'invalid')) {
                        throw new Error(`non-comparable types ${sprintf('%s', [arg1])}: ${errType(arg1)}, ${errType(arg)}: ${sprintf('%v', [arg])}`);
                    }
                    if (isNilValue(arg1) || isNilValue(arg)) {
                        t = isNilValue(arg) === isNilValue(arg1);
                    }
                    else {
                        if (!comparable(arg)) {
                            throw new Error(`non-comparable type ${sprintf('%s', [arg])}: ${errType(arg)}`);
                        }
                        if (arg1 instanceof template_value/* GoTime */.yT && arg instanceof template_value/* GoTime */.yT) {
                            t =
                                arg1.epochMillis === arg.epochMillis &&
                                    arg1.extraNanos === arg.extraNanos &&
                                    arg1.offsetMinutes === arg.offsetMinutes &&
                                    arg1.zoneName === arg.zoneName;
                        }
                        else {
                            t = arg1 === arg;
                        }
                    }
                }
            }
        }
        if (t)
            return true;
    }
    return false;
}
function lt(a, b) {
    if (a === null)
        a = undefined;
    if (b === null)
        b = undefined;
    const k1 = basicKind(a);
    if (k1 === Kind.Invalid)
        throw new Error('invalid type for comparison');
    const k2 = basicKind(b);
    if (k2 === Kind.Invalid)
        throw new Error('invalid type for comparison');
    if (k1 !== k2) {
        if (k1 === Kind.Int && k2 === Kind.Uint)
            return intOf(a) < 0n || intOf(a) < intOf(b);
        if (k1 === Kind.Uint && k2 === Kind.Int)
            return intOf(b) >= 0n && intOf(a) < intOf(b);
        throw new Error(`incompatible types for comparison: ${errType(a)} and ${errType(b)}`);
    }
    switch (k1) {
        case Kind.Bool:
            throw new Error('invalid type for comparison');
        case Kind.Float:
            return a < b;
        case Kind.Int:
        case Kind.Uint:
            return intOf(a) < intOf(b);
        case Kind.String:
            return (0,sort/* compareGoStrings */.m)(a, b) < 0;
    }
    return false;
}
function le(a, b) {
    if (lt(a, b))
        return true;
    return eq([a, b]);
}
// ---- escapers --------------------------------------------------------------------------
function evalArgs(args) {
    if (args.length === 1 && typeof args[0] === 'string')
        return args[0];
    return sprint(args.map((a) => (a === undefined || a === null ? '<no value>' : a)));
}
/** template.HTMLEscapeString */
function htmlEscapeString(s) {
    if (!/['"&<>\0]/.test(s))
        return s;
    return s.replace(/['"&<>\0]/g, (c) => {
        switch (c) {
            case '\0':
                return '\uFFFD';
            case '"':
                return '&#34;';
            case "'":
                return '&#39;';
            case '&':
                return '&amp;';
            case '<':
                return '&lt;';
            default:
                return '&gt;';
        }
    });
}
/** template.JSEscapeString */
function jsEscapeString(s) {
    let out = '';
    for (const ch of s) {
        const r = ch.codePointAt(0);
        switch (ch) {
            case '\\':
                out += '\\\\';
                continue;
            case "'":
                out += "\\'";
                continue;
            case '"':
                out += '\\"';
                continue;
            case '<':
                out += '\\u003C';
                continue;
            case '>':
                out += '\\u003E';
                continue;
            case '&':
                out += '\\u0026';
                continue;
            case '=':
                out += '\\u003D';
                continue;
        }
        if (r < 0x20) {
            out += '\\u00' + r.toString(16).toUpperCase().padStart(2, '0');
        }
        else if (r < 0x80 || (0,strconv/* isPrint */.Oi)(r)) {
            out += ch;
        }
        else {
            out += '\\u' + r.toString(16).toUpperCase().padStart(4, '0');
        }
    }
    return out;
}
/** url.QueryEscape */
function urlQueryEscape(s) {
    let out = '';
    for (const b of Buffer.from(s, 'utf8')) {
        if ((b >= 0x30 && b <= 0x39) ||
            (b >= 0x41 && b <= 0x5a) ||
            (b >= 0x61 && b <= 0x7a) ||
            b === 0x2d ||
            b === 0x2e ||
            b === 0x5f ||
            b === 0x7e) {
            out += String.fromCharCode(b);
        }
        else if (b === 0x20) {
            out += '+';
        }
        else {
            out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
        }
    }
    return out;
}
const RV = 'reflect.Value';
const ANY = 'interface {}';
function nullToNil(args) {
    return args.map((a) => (a === undefined ? null : a));
}
/** The builtins other than and/or/call, keyed by name. */
const builtins = {
    index: { sig: { params: [RV, RV], variadic: true }, fn: index },
    slice: { sig: { params: [RV, RV], variadic: true }, fn: slice },
    len: { sig: { params: [RV] }, fn: builtins_length },
    not: { sig: { params: [RV] }, fn: (a) => !truth(a[0]) },
    eq: { sig: { params: [RV, RV], variadic: true }, fn: eq },
    ne: { sig: { params: [RV, RV] }, fn: (a) => !eq(a) },
    lt: { sig: { params: [RV, RV] }, fn: (a) => lt(a[0], a[1]) },
    le: { sig: { params: [RV, RV] }, fn: (a) => le(a[0], a[1]) },
    gt: { sig: { params: [RV, RV] }, fn: (a) => !le(a[0], a[1]) },
    ge: { sig: { params: [RV, RV] }, fn: (a) => !lt(a[0], a[1]) },
    print: { sig: { params: [ANY], variadic: true }, fn: (a) => sprint(nullToNil(a)) },
    printf: {
        sig: { params: ['string', ANY], variadic: true },
        fn: (a) => sprintf(a[0], nullToNil(a.slice(1))),
    },
    println: { sig: { params: [ANY], variadic: true }, fn: (a) => sprintln(nullToNil(a)) },
    html: { sig: { params: [ANY], variadic: true }, fn: (a) => htmlEscapeString(evalArgs(a)) },
    js: { sig: { params: [ANY], variadic: true }, fn: (a) => jsEscapeString(evalArgs(a)) },
    urlquery: { sig: { params: [ANY], variadic: true }, fn: (a) => urlQueryEscape(evalArgs(a)) },
};
/** Names Go predefines (and, call and or are handled by the executor). */
const builtinNames = new Set([...Object.keys(builtins), 'and', 'or', 'call']);

;// CONCATENATED MODULE: ./build/template/functions.js
/** Attaches a Go signature to a function (mutates and returns it). */
function functions_withSignature(fn, signature) {
    const f = fn;
    f.goSignature = signature;
    return f;
}
const ANY_VARIADIC = { params: ['interface {}'], variadic: true };
function signatureOf(fn) {
    return fn.goSignature ?? ANY_VARIADIC;
}
const objectProto = Object.prototype;
/** The function `name` of a FuncMap (which may inherit entries from overlay layers). */
function funcOf(funcs, name) {
    const f = funcs[name];
    return typeof f === 'function' && f !== objectProto[name] ? f : undefined;
}

;// CONCATENATED MODULE: ./build/template/exec.js
/**
 * The text/template executor: walks parse trees over Go values with Go's semantics
 * (exec.go), including where errors point (`s.at(node)` is mirrored call for call, since
 * Go names the last node it visited, e.g. `at <2>` for a bad argument two levels down).
 *
 * Values inside the executor are GoValue | undefined: `undefined` is Go's invalid
 * reflect.Value ("no value": a missing key under missingkey=default, a nil pipeline
 * result), `null` a nil interface (a map entry holding nil, missingkey=zero). The
 * difference shows in output (`<no value>`) and in error messages, as in Go.
 */










const MISSING = Symbol('missing');
var Flow;
(function (Flow) {
    Flow[Flow["Normal"] = 0] = "Normal";
    Flow[Flow["Break"] = 1] = "Break";
    Flow[Flow["Continue"] = 2] = "Continue";
})(Flow || (Flow = {}));
const exec_hasOwn = Object.prototype.hasOwnProperty;
const exec_NO_ARGS = [];
const INTERFACE = 'interface {}';
const RVALUE = 'reflect.Value';
function lineStarts(tree) {
    const cached = tree.source.lineStarts;
    if (cached)
        return cached;
    const starts = [0];
    const text = tree.text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    tree.source.lineStarts = starts;
    return starts;
}
function lineOf(starts, pos) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * The NodePos of an action (its delimiters) or a text node (its text) in the source parsed
 * as `template`, cached per node (a node's tree can be shared by sources of the same text).
 */
function nodePos(node, template) {
    const cached = node.npos;
    if (cached !== undefined && cached.template === template)
        return cached;
    const tree = node.tree;
    let start;
    let end;
    if (node.type === NT.Text) {
        start = node.pos;
        end = node.pos + node.text.length;
    }
    else if ('start' in node) {
        start = node.start;
        end = node.end;
    }
    else {
        start = end = node.pos;
    }
    const starts = lineStarts(tree);
    const l1 = lineOf(starts, start);
    const l2 = lineOf(starts, end);
    const p = {
        template,
        line: l1 + 1,
        col: start - starts[l1] + 1,
        endLine: l2 + 1,
        endCol: end - starts[l2] + 1,
    };
    if ('npos' in node)
        node.npos = p;
    return p;
}
/** Go's ErrorContext: "NAME:LINE:COL" with COL the byte offset in the line. */
function errorLocation(n, source) {
    const tree = n.tree;
    const text = tree.text;
    const pos = n.pos;
    const nl = pos === 0 ? -1 : text.lastIndexOf('\n', pos - 1);
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1))
        line++;
    const lineStart = nl < 0 ? 0 : nl + 1;
    const col = (0,strconv/* utf8Length */.wI)(text.slice(lineStart, pos));
    return { source, line, col };
}
function isNilable(typ) {
    return (typ === INTERFACE ||
        typ === RVALUE ||
        typ.startsWith('[]') ||
        typ.startsWith('map[') ||
        typ.startsWith('*') ||
        typ.startsWith('func') ||
        typ.startsWith('chan '));
}
function isIntType(typ) {
    return typ === 'int' || typ === 'int64' || typ === 'int32' || typ === 'int16' || typ === 'int8';
}
function isUintType(typ) {
    return (typ === 'uint' ||
        typ === 'uint64' ||
        typ === 'uint32' ||
        typ === 'uint16' ||
        typ === 'uint8' ||
        typ === 'uintptr' ||
        typ === 'byte');
}
/** Go's kind name for an integer type name (byte is uint8). */
function intKind(typ) {
    return (typ === 'byte' ? 'uint8' : typ);
}
/** Whether a non-nil value can be passed where Go type `typ` is expected (AssignableTo). */
function assignable(v, typ) {
    switch (typ) {
        case INTERFACE:
        case RVALUE:
            return true;
        case 'string':
            return typeof v === 'string';
        case 'bool':
            return typeof v === 'boolean';
        case 'int':
            return typeof v === 'bigint';
        case 'float64':
        case 'float32':
            return typeof v === 'number';
        case '[]uint8':
        case '[]byte':
            return v instanceof Uint8Array;
        case 'time.Time':
            return v instanceof template_value/* GoTime */.yT;
    }
    if (isIntType(typ) || isUintType(typ))
        return v instanceof template_value/* GoInt */.ov && v.kind === intKind(typ);
    if (typ.startsWith('[]'))
        return Array.isArray(v) && (0,gotypes/* sliceType */.Vk)(v) === typ;
    if (typ.startsWith('map['))
        return (0,template_value/* isGoMap */.Rb)(v) && (0,gotypes/* mapType */.H$)(v) === typ;
    if (typ.startsWith('func'))
        return typeof v === 'function';
    if (v instanceof template_value/* GoStruct */.On)
        return v.typeName === typ;
    const named = typeof v === 'object' && v !== null ? (0,template_value/* namedTypeOf */.FX)(v) : undefined;
    return named !== undefined && named.typeName === typ;
}
function intBits(typ) {
    const m = /\d+$/.exec(typ);
    return m ? Number(m[0]) : typ === 'byte' ? 8 : 64;
}
function isHexInt(s) {
    return s.length > 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X') && !/[pP]/.test(s);
}
/** Thrown to unwind an execution; converted to TemplateError by the caller. */
class ExecFailure {
    error;
    constructor(error) {
        this.error = error;
    }
}
class Executor {
    env;
    hooks;
    out = [];
    outLen = 0;
    vars = [];
    node = null;
    tmplName;
    /** Name the running tree was parsed under (its file): errors and positions use it. */
    parseName = '';
    depth = 0;
    dotWrapped = false;
    /** The action, branch or template node being executed (for hook positions). */
    action = null;
    constructor(env, name, hooks) {
        this.env = env;
        this.hooks = hooks;
        this.tmplName = name;
    }
    // ---- errors -----------------------------------------------------------------------
    errorf(msg) {
        const name = this.tmplName;
        const n = this.node;
        if (n === null) {
            throw new ExecFailure(new TemplateError(`template: ${name}: ${msg}`, 'exec', name, undefined, 0, 0));
        }
        const loc = errorLocation(n, this.parseName);
        const message = `template: ${loc.source}:${loc.line}:${loc.col}: executing ${(0,strconv/* quote */.hD)(name)} at <${nodeString(n)}>: ${msg}`;
        throw new ExecFailure(new TemplateError(message, 'exec', name, loc.source, loc.line, loc.col));
    }
    // ---- output -----------------------------------------------------------------------
    write(s, kind, node) {
        if (s.length === 0)
            return;
        this.out.push(s);
        const start = this.outLen;
        this.outLen += s.length;
        const h = this.hooks;
        if (h !== undefined) {
            if (h.onWrite !== undefined)
                h.onWrite(s.length);
            if (h.onEmit !== undefined)
                h.onEmit(start, this.outLen, nodePos(node, this.parseName), kind);
        }
    }
    boundRead;
    /** The read hook for builtins (index), bound once per execution. */
    readHook() {
        if (this.hooks === undefined || this.hooks.onRead === undefined)
            return undefined;
        this.boundRead ??= (c, k, v) => this.read(c, k, v);
        return this.boundRead;
    }
    read(container, key, value) {
        const h = this.hooks;
        if (h === undefined || h.onRead === undefined)
            return;
        const a = this.action;
        if (a === null)
            return;
        h.onRead(container, key, value, nodePos(a, this.parseName));
    }
    // ---- variables --------------------------------------------------------------------
    push(name, value, wrapped = false) {
        this.vars.push({ name, value, wrapped });
    }
    setVar(name, value) {
        for (let i = this.vars.length - 1; i >= 0; i--) {
            if (this.vars[i].name === name) {
                this.vars[i].value = value;
                this.vars[i].wrapped = false;
                return;
            }
        }
        this.errorf(`undefined variable: ${name}`);
    }
    setTopVar(n, value, wrapped) {
        const v = this.vars[this.vars.length - n];
        v.value = value;
        v.wrapped = wrapped;
    }
    findVar(name) {
        for (let i = this.vars.length - 1; i >= 0; i--) {
            if (this.vars[i].name === name)
                return this.vars[i];
        }
        this.errorf(`undefined variable: ${name}`);
    }
    // ---- walking ----------------------------------------------------------------------
    run(tree, data) {
        this.vars = [{ name: '$', value: data, wrapped: false }];
        this.parseName = tree.parseName;
        try {
            this.walk(data, tree.root);
        }
        catch (e) {
            if (e instanceof ExecFailure)
                throw e.error;
            throw e;
        }
        return this.out.join('');
    }
    walk(dot, node) {
        this.node = node;
        (0,budget/* work */.oJ)();
        switch (node.type) {
            case NT.Action: {
                const saved = this.action;
                this.action = node;
                const val = this.evalPipeline(dot, node.pipe);
                if (node.pipe.decl.length === 0)
                    this.printValue(node, val);
                this.action = saved;
                return Flow.Normal;
            }
            case NT.Text:
                this.write(node.text, 'text', node);
                return Flow.Normal;
            case NT.List: {
                const nodes = node.nodes;
                for (let i = 0; i < nodes.length; i++) {
                    const f = this.walk(dot, nodes[i]);
                    if (f !== Flow.Normal)
                        return f;
                }
                return Flow.Normal;
            }
            case NT.If:
            case NT.With:
                return this.walkIfOrWith(dot, node);
            case NT.Range:
                return this.walkRange(dot, node);
            case NT.Template:
                this.walkTemplate(dot, node);
                return Flow.Normal;
            case NT.Break:
                return Flow.Break;
            case NT.Continue:
                return Flow.Continue;
            case NT.Comment:
                return Flow.Normal;
            default:
                this.errorf(`unknown node: ${nodeString(node)}`);
        }
    }
    walkIfOrWith(dot, node) {
        const mark = this.vars.length;
        const saved = this.action;
        this.action = node;
        const val = this.evalPipeline(dot, node.pipe);
        this.action = saved;
        let flow = Flow.Normal;
        if (truth(val)) {
            if (node.type === NT.With) {
                const savedWrapped = this.dotWrapped;
                this.dotWrapped = false;
                flow = this.walk(val, node.list);
                this.dotWrapped = savedWrapped;
            }
            else {
                flow = this.walk(dot, node.list);
            }
        }
        else if (node.elseList !== null) {
            flow = this.walk(dot, node.elseList);
        }
        this.vars.length = mark;
        return flow;
    }
    walkRange(dot, r) {
        this.node = r;
        const mark0 = this.vars.length;
        const savedAction = this.action;
        this.action = r;
        const val = this.evalPipeline(dot, r.pipe);
        this.action = savedAction;
        const mark = this.vars.length;
        const decl = r.pipe.decl;
        const savedWrapped = this.dotWrapped;
        let ran = false;
        const one = (index, elem, elemWrapped) => {
            if (decl.length > 0) {
                if (r.pipe.isAssign) {
                    if (decl.length > 1)
                        this.setVar(decl[0].ident[0], index);
                    else
                        this.setVar(decl[0].ident[0], elem);
                }
                else {
                    this.setTopVar(1, elem, elemWrapped);
                }
            }
            if (decl.length > 1) {
                if (r.pipe.isAssign)
                    this.setVar(decl[1].ident[0], elem);
                else
                    this.setTopVar(2, index, false);
            }
            this.dotWrapped = elemWrapped;
            const f = this.walk(elem, r.list);
            this.vars.length = mark;
            return f;
        };
        try {
            if (typeof val === 'bigint' || val instanceof template_value/* GoInt */.ov) {
                if (decl.length > 1) {
                    this.errorf(`can't use ${formatValue(val)} to iterate over more than one variable`);
                }
                const n = typeof val === 'bigint' ? val : val.value;
                const kind = typeof val === 'bigint' ? null : val.kind;
                for (let i = 0n; i < n; i++) {
                    ran = true;
                    if (one(undefined, kind === null ? i : new template_value/* GoInt */.ov(i, kind), false) === Flow.Break)
                        break;
                }
            }
            else if (Array.isArray(val)) {
                const elemWrapped = (0,gotypes/* elemType */.mB)((0,gotypes/* sliceType */.Vk)(val)) === INTERFACE;
                for (let i = 0; i < val.length; i++) {
                    ran = true;
                    const elem = val[i];
                    if (this.hooks)
                        this.readAt(r, val, i, elem);
                    if (one(BigInt(i), elem, elemWrapped) === Flow.Break)
                        break;
                }
            }
            else if (val instanceof Uint8Array) {
                for (let i = 0; i < val.length; i++) {
                    ran = true;
                    if (one(BigInt(i), new template_value/* GoInt */.ov(BigInt(val[i]), 'uint8'), false) === Flow.Break)
                        break;
                }
            }
            else if (val === undefined || val === null) {
                // An invalid value acts like an empty map.
            }
            else if ((0,template_value/* isGoMap */.Rb)(val)) {
                const keys = (0,sort/* sortedMapKeys */.Q)(val);
                const elemWrapped = (0,gotypes/* elemType */.mB)((0,gotypes/* mapType */.H$)(val)) === INTERFACE;
                for (let i = 0; i < keys.length; i++) {
                    ran = true;
                    const k = keys[i];
                    const elem = val[k];
                    if (this.hooks)
                        this.readAt(r, val, k, elem);
                    if (one(k, elem, elemWrapped) === Flow.Break)
                        break;
                }
            }
            else {
                this.errorf(`range can't iterate over ${formatValue(val)}`);
            }
        }
        finally {
            this.dotWrapped = savedWrapped;
        }
        let flow = Flow.Normal;
        if (!ran && r.elseList !== null)
            flow = this.walk(dot, r.elseList);
        this.vars.length = mark0;
        return flow;
    }
    readAt(node, container, key, value) {
        const h = this.hooks;
        if (h === undefined || h.onRead === undefined)
            return;
        h.onRead(container, key, value, nodePos(node, this.parseName));
    }
    walkTemplate(dot, t) {
        this.node = t;
        const tree = this.env.lookup(t.name);
        if (tree === undefined)
            this.errorf(`template ${(0,strconv/* quote */.hD)(t.name)} not defined`);
        if (this.depth >= this.env.maxDepth) {
            this.errorf(`exceeded maximum template depth (${this.env.maxDepth})`);
        }
        const saved = this.action;
        this.action = t;
        const newDot = this.evalPipeline(dot, t.pipe);
        this.action = saved;
        const savedVars = this.vars;
        const savedName = this.tmplName;
        const savedParseName = this.parseName;
        const savedWrapped = this.dotWrapped;
        this.vars = [{ name: '$', value: newDot, wrapped: false }];
        this.tmplName = t.name;
        this.parseName = tree.parseName;
        this.dotWrapped = false;
        this.depth++;
        try {
            this.walk(newDot, tree.root);
        }
        catch (e) {
            if (isStackOverflow(e)) {
                // The JavaScript stack ran out before Go's depth limit would have: report Go's error.
                this.vars = savedVars;
                this.tmplName = savedName;
                this.parseName = savedParseName;
                this.depth--;
                this.node = t;
                this.errorf(`exceeded maximum template depth (${this.env.maxDepth})`);
            }
            throw e;
        }
        this.depth--;
        this.vars = savedVars;
        this.tmplName = savedName;
        this.parseName = savedParseName;
        this.dotWrapped = savedWrapped;
    }
    // ---- pipelines and commands -------------------------------------------------------
    evalPipeline(dot, pipe) {
        if (pipe === null)
            return undefined;
        this.node = pipe;
        let value = MISSING;
        const cmds = pipe.cmds;
        for (let i = 0; i < cmds.length; i++) {
            value = this.evalCommand(dot, cmds[i], value);
            // A nil interface result becomes "no value", as reflect's Elem of a nil interface.
            if (value === null)
                value = undefined;
        }
        const v = value;
        const decl = pipe.decl;
        for (let i = 0; i < decl.length; i++) {
            if (pipe.isAssign)
                this.setVar(decl[i].ident[0], v);
            else
                this.push(decl[i].ident[0], v);
        }
        return v;
    }
    notAFunction(args, final) {
        if ((args !== null && args.length > 1) || final !== MISSING) {
            this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
        }
    }
    evalCommand(dot, cmd, final) {
        const first = cmd.args[0];
        switch (first.type) {
            case NT.Field:
                return this.evalFieldNode(dot, first, cmd.args, final);
            case NT.Chain:
                return this.evalChainNode(dot, first, cmd.args, final);
            case NT.Identifier:
                return this.evalFunction(dot, first, cmd, cmd.args, final);
            case NT.Pipe:
                this.notAFunction(cmd.args, final);
                return this.evalPipeline(dot, first);
            case NT.Variable:
                return this.evalVariableNode(dot, first, cmd.args, final);
        }
        this.node = first;
        this.notAFunction(cmd.args, final);
        switch (first.type) {
            case NT.Bool:
                return first.value;
            case NT.Dot:
                return dot;
            case NT.Nil:
                this.errorf('nil is not a command');
                break;
            case NT.Number:
                return this.idealConstant(first);
            case NT.String:
                return first.text;
        }
        this.errorf(`can't evaluate command ${(0,strconv/* quote */.hD)(nodeString(first))}`);
    }
    idealConstant(c) {
        this.node = c;
        if (c.isComplex) {
            this.errorf(`complex constant ${c.text} is not supported`);
        }
        if (c.isFloat && !isHexInt(c.text) && c.text[0] !== "'" && /[.eEpP]/.test(c.text)) {
            return c.float;
        }
        if (c.isInt)
            return c.int;
        if (c.isUint)
            this.errorf(`${c.text} overflows int`);
        return undefined;
    }
    evalFieldNode(dot, field, args, final) {
        this.node = field;
        return this.evalFieldChain(dot, dot, this.dotWrapped, field, field.ident, args, final);
    }
    evalChainNode(dot, chain, args, final) {
        this.node = chain;
        if (chain.field.length === 0)
            this.errorf('internal error: no fields in evalChainNode');
        if (chain.node.type === NT.Nil) {
            this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
        }
        const pipe = this.evalArg(dot, null, chain.node);
        return this.evalFieldChain(dot, pipe, false, chain, chain.field, args, final);
    }
    evalVariableNode(dot, v, args, final) {
        this.node = v;
        const variable = this.findVar(v.ident[0]);
        if (v.ident.length === 1) {
            this.notAFunction(args, final);
            return variable.value;
        }
        return this.evalFieldChain(dot, variable.value, variable.wrapped, v, v.ident.slice(1), args, final);
    }
    /** Set by evalField: whether its result came out of an interface{} container. */
    lastWrapped = false;
    evalFieldChain(dot, receiver, wrapped, node, ident, args, final) {
        const n = ident.length;
        for (let i = 0; i < n - 1; i++) {
            receiver = this.evalField(dot, ident[i], node, null, MISSING, receiver, wrapped);
            wrapped = this.lastWrapped;
        }
        return this.evalField(dot, ident[n - 1], node, args, final, receiver, wrapped);
    }
    evalField(dot, fieldName, node, args, final, receiver, wrapped) {
        this.lastWrapped = false;
        if (receiver === undefined) {
            if (this.env.missingKey === 'error') {
                this.errorf(`nil data; no entry for key ${(0,strconv/* quote */.hD)(fieldName)}`);
            }
            return undefined;
        }
        if (receiver === null)
            this.errorf(`nil pointer evaluating interface {}.${fieldName}`);
        if (receiver instanceof template_value/* GoStruct */.On) {
            const method = receiver.methods[fieldName];
            if (method !== undefined && exec_hasOwn.call(receiver.methods, fieldName)) {
                return this.evalCall(dot, method, null, node, fieldName, args, final);
            }
        }
        else if (typeof receiver === 'object') {
            const named = (0,template_value/* namedTypeOf */.FX)(receiver);
            if (named !== undefined && exec_hasOwn.call(named.methods, fieldName)) {
                return this.evalCall(dot, named.methods[fieldName], null, node, fieldName, args, final);
            }
        }
        const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
        if ((0,template_value/* isGoMap */.Rb)(receiver)) {
            if (hasArgs)
                this.errorf(`${fieldName} is not a method but has arguments`);
            if (exec_hasOwn.call(receiver, fieldName)) {
                const v = receiver[fieldName];
                const result = v === undefined ? null : v;
                this.lastWrapped = (0,gotypes/* elemType */.mB)((0,gotypes/* mapType */.H$)(receiver)) === INTERFACE;
                if (this.hooks)
                    this.read(receiver, fieldName, result);
                return result;
            }
            switch (this.env.missingKey) {
                case 'zero':
                    return mapZero(receiver);
                case 'error':
                    this.errorf(`map has no entry for key ${(0,strconv/* quote */.hD)(fieldName)}`);
                    break;
                default:
                    return undefined;
            }
        }
        if (receiver instanceof template_value/* GoStruct */.On) {
            if (exec_hasOwn.call(receiver.fields, fieldName)) {
                if (hasArgs)
                    this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
                const v = receiver.fields[fieldName];
                const result = v === undefined ? null : v;
                if (this.hooks)
                    this.read(receiver, fieldName, result);
                return result;
            }
        }
        this.errorf(`can't evaluate field ${fieldName} in type ${wrapped ? INTERFACE : (0,gotypes/* goTypeName */.O4)(receiver)}`);
    }
    evalFunction(dot, node, cmd, args, final) {
        this.node = node;
        const name = node.ident;
        const fn = funcOf(this.env.funcs, name);
        if (fn !== undefined) {
            return this.evalCall(dot, fn, null, cmd, name, args, final);
        }
        if (exec_hasOwn.call(builtins, name) || name === 'and' || name === 'or' || name === 'call') {
            return this.evalCall(dot, null, name, cmd, name, args, final);
        }
        this.errorf(`${(0,strconv/* quote */.hD)(name)} is not a defined function`);
    }
    /**
     * Calls a function (fn) or a builtin (builtinName) with Go's argument rules: arity
     * checks, typed evaluation of each argument and the pipeline's final value last.
     */
    evalCall(dot, fn, builtinName, node, name, allArgs, final) {
        const args = allArgs === null || allArgs.length <= 1 ? exec_NO_ARGS : allArgs.slice(1);
        let sig;
        if (builtinName !== null) {
            const b = builtins[builtinName];
            sig = b ? b.sig : { params: [RVALUE, RVALUE], variadic: true };
        }
        else {
            sig = signatureOf(fn);
        }
        const params = sig.params;
        const variadic = sig.variadic === true;
        let numIn = args.length;
        if (final !== MISSING)
            numIn++;
        let numFixed = args.length;
        if (variadic) {
            numFixed = params.length - 1;
            if (numIn < numFixed) {
                this.errorf(`wrong number of args for ${name}: want at least ${params.length - 1} got ${args.length}`);
            }
        }
        else if (numIn !== params.length) {
            this.errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`);
        }
        if (builtinName === 'and' || builtinName === 'or') {
            const isOr = builtinName === 'or';
            let v = undefined;
            for (let i = 0; i < args.length; i++) {
                v = this.evalArg(dot, RVALUE, args[i]);
                if (truth(v) === isOr)
                    return v;
            }
            if (final !== MISSING)
                v = this.validateType(final, RVALUE);
            return v;
        }
        const argv = new Array(numIn);
        let i = 0;
        for (; i < numFixed && i < args.length; i++)
            argv[i] = this.evalArg(dot, params[i], args[i]);
        if (variadic) {
            const elem = params[params.length - 1];
            for (; i < args.length; i++)
                argv[i] = this.evalArg(dot, elem, args[i]);
        }
        if (final !== MISSING) {
            let t = params[params.length - 1];
            if (variadic && numIn - 1 < numFixed)
                t = params[numIn - 1];
            argv[i] = this.validateType(final, t);
        }
        let result;
        (0,budget/* work */.oJ)();
        try {
            if (builtinName !== null) {
                if (builtinName === 'call') {
                    const calleeName = args.length === 0 ? formatValue(final) : nodeString(args[0]);
                    result = this.callFunc(calleeName, argv[0], argv.slice(1));
                }
                else {
                    result = builtins[builtinName].fn(argv, this.readHook());
                }
            }
            else {
                result = fn(...argv);
            }
            // A chart's function calls are untrusted: one call may not make an unbounded value, and
            // a call over a big value costs the budget in proportion (1 unit a KiB), so its clock
            // is looked at often enough when each call takes milliseconds.
            if (typeof result === 'string') {
                if (result.length > 1024) {
                    if (result.length > 65536)
                        (0,budget/* checkSize */.C1)(name, result.length, 'chars');
                    (0,budget/* work */.oJ)(result.length >>> 10);
                }
            }
            else if (Array.isArray(result) && result.length > 64) {
                if (result.length > 65536)
                    (0,budget/* checkSize */.C1)(name, result.length, 'items');
                (0,budget/* work */.oJ)(result.length >>> 6);
            }
            for (let a = 0; a < argv.length; a++) {
                const arg = argv[a];
                if (typeof arg === 'string' && arg.length > 1024)
                    (0,budget/* work */.oJ)(arg.length >>> 10);
            }
        }
        catch (e) {
            if (e instanceof ExecFailure || e instanceof budget/* BudgetExceeded */.L$ || isStackOverflow(e))
                throw e;
            this.node = node;
            this.errorf(`error calling ${name}: ${errorText(e)}`);
        }
        return result === undefined && builtinName === null ? null : result;
    }
    /** The `call` builtin: invokes a function value with Go's argument checks. */
    callFunc(name, fnVal, args) {
        if (fnVal === undefined || fnVal === null)
            throw new Error('call of nil');
        if (typeof fnVal !== 'function') {
            throw new Error(`non-function ${name} of type ${(0,gotypes/* goTypeName */.O4)(fnVal)}`);
        }
        const fn = fnVal;
        const sig = signatureOf(fn);
        const numIn = sig.params.length;
        if (sig.variadic) {
            if (args.length < numIn - 1) {
                throw new Error(`wrong number of args for ${name}: got ${args.length} want at least ${numIn - 1}`);
            }
        }
        else if (args.length !== numIn) {
            throw new Error(`wrong number of args for ${name}: got ${args.length} want ${numIn}`);
        }
        const argv = new Array(args.length);
        for (let i = 0; i < args.length; i++) {
            let arg = args[i];
            if (arg === null)
                arg = undefined;
            const t = !sig.variadic || i < numIn - 1 ? sig.params[i] : sig.params[numIn - 1];
            if (arg === undefined) {
                if (!isNilable(t))
                    throw new Error(`arg ${i}: value is nil; should be of type ${t}`);
                argv[i] = null;
            }
            else if (!assignable(arg, t)) {
                throw new Error(`arg ${i}: value has type ${(0,gotypes/* goTypeName */.O4)(arg)}; should be ${t}`);
            }
            else {
                argv[i] = arg;
            }
        }
        const r = fn(...argv);
        return r === undefined ? null : r;
    }
    validateType(value, typ) {
        if (value === undefined) {
            if (typ === null)
                return undefined;
            if (typ === RVALUE)
                return undefined;
            if (isNilable(typ))
                return null;
            this.errorf(`invalid value; expected ${typ}`);
        }
        if (typ === null || typ === RVALUE || typ === INTERFACE)
            return value;
        if (value === null) {
            this.errorf(`wrong type for value; expected ${typ}; got interface {}`);
        }
        if (!assignable(value, typ)) {
            this.errorf(`wrong type for value; expected ${typ}; got ${(0,gotypes/* goTypeName */.O4)(value)}`);
        }
        return value;
    }
    evalArg(dot, typ, n) {
        this.node = n;
        switch (n.type) {
            case NT.Dot:
                return this.validateType(dot, typ);
            case NT.Nil:
                if (typ !== null && isNilable(typ))
                    return typ === RVALUE ? undefined : null;
                this.errorf(`cannot assign nil to ${typ}`);
                break;
            case NT.Field:
                return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
            case NT.Variable:
                return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
            case NT.Pipe:
                return this.validateType(this.evalPipeline(dot, n), typ);
            case NT.Identifier:
                return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
            case NT.Chain:
                return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
        }
        const t = typ ?? INTERFACE;
        if (t === 'bool') {
            this.node = n;
            if (n.type === NT.Bool)
                return n.value;
            this.errorf(`expected bool; found ${nodeString(n)}`);
        }
        if (t === 'float64' || t === 'float32') {
            this.node = n;
            if (n.type === NT.Number && n.isFloat)
                return n.float;
            this.errorf(`expected float; found ${nodeString(n)}`);
        }
        if (isIntType(t)) {
            this.node = n;
            if (n.type === NT.Number && n.isInt) {
                return t === 'int' ? n.int : new template_value/* GoInt */.ov(BigInt.asIntN(intBits(t), n.int), intKind(t));
            }
            this.errorf(`expected integer; found ${nodeString(n)}`);
        }
        if (isUintType(t)) {
            this.node = n;
            if (n.type === NT.Number && n.isUint) {
                return new template_value/* GoInt */.ov(BigInt.asUintN(intBits(t), n.uint), intKind(t));
            }
            this.errorf(`expected unsigned integer; found ${nodeString(n)}`);
        }
        if (t === INTERFACE || t === RVALUE)
            return this.evalEmptyInterface(dot, n);
        if (t === 'string') {
            this.node = n;
            if (n.type === NT.String)
                return n.text;
            this.errorf(`expected string; found ${nodeString(n)}`);
        }
        this.errorf(`can't handle ${nodeString(n)} for arg of type ${t}`);
    }
    evalEmptyInterface(dot, n) {
        this.node = n;
        switch (n.type) {
            case NT.Bool:
                return n.value;
            case NT.Dot:
                return dot;
            case NT.Field:
                return this.evalFieldNode(dot, n, null, MISSING);
            case NT.Identifier:
                return this.evalFunction(dot, n, n, null, MISSING);
            case NT.Nil:
                this.errorf("evalEmptyInterface: nil (can't happen)");
                break;
            case NT.Number:
                return this.idealConstant(n);
            case NT.String:
                return n.text;
            case NT.Variable:
                return this.evalVariableNode(dot, n, null, MISSING);
            case NT.Pipe:
                return this.evalPipeline(dot, n);
        }
        this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
    }
    printValue(n, v) {
        this.node = n;
        let s;
        if (v === undefined) {
            s = '<no value>';
        }
        else if (typeof v === 'string') {
            s = v;
        }
        else if (typeof v === 'function') {
            this.errorf(`can't print ${nodeString(n)} of type ${(0,gotypes/* goTypeName */.O4)(v)}`);
        }
        else {
            s = formatValue(v);
        }
        this.write(s, 'action', n);
    }
}
/** A JavaScript stack overflow (checked without allocating: there may be no stack left). */
function isStackOverflow(e) {
    return e instanceof RangeError && e.message.indexOf('call stack') >= 0;
}
function errorText(e) {
    if (e instanceof Error)
        return e.message;
    return String(e);
}


// EXTERNAL MODULE: ./build/template/parse-cache.js
var parse_cache = __webpack_require__(7807);
;// CONCATENATED MODULE: ./build/template/template.js








class TemplateSet {
    /** Functions; an overlay object whose prototype chain holds earlier layers. */
    funcs;
    missingKey;
    maxDepth;
    name;
    /** Templates added to this set since it was created or last cloned. */
    own = new Map();
    /** Frozen maps shared with clones, nearest first. */
    layers = [];
    ownShared = false;
    constructor(options = {}) {
        this.funcs = options.funcs ?? {};
        this.missingKey = options.missingKey ?? 'default';
        this.maxDepth = options.maxDepth ?? 100000;
        this.name = options.name ?? '';
    }
    /**
     * Adds (or replaces) functions; they must be present before parsing calls them.
     * The caller's function objects are never mutated: the set gets an overlay.
     */
    addFuncs(funcs) {
        const overlay = Object.create(this.funcs);
        for (const name of Object.keys(funcs))
            overlay[name] = funcs[name];
        this.funcs = overlay;
        return this;
    }
    hasFunction(name) {
        return funcOf(this.funcs, name) !== undefined || builtinNames.has(name);
    }
    /**
     * Parses `text` as template `name`, adding it and the templates it defines.
     * Throws TemplateError (kind 'parse') with Go's message; nothing is added on error.
     * Identical texts parse once per process (parse-cache.ts): charts share library charts,
     * a scan renders a chart once per values variant, Helm's tpl re-parses values.
     */
    parse(name, text, options = {}) {
        const leftDelim = options.leftDelim ?? '';
        const rightDelim = options.rightDelim ?? '';
        let trees = (0,parse_cache/* cachedParse */.WR)(name, text, leftDelim, rightDelim, this);
        if (trees === undefined) {
            const idents = new Set();
            try {
                trees = parseTemplates(name, text, {
                    leftDelim,
                    rightDelim,
                    hasFunction: (n) => {
                        const ok = this.hasFunction(n);
                        if (ok)
                            idents.add(n);
                        return ok;
                    },
                });
            }
            catch (e) {
                if (e instanceof ParseFailure) {
                    throw new TemplateError(e.message, 'parse', e.parseName, e.parseName, e.line, 0);
                }
                throw e;
            }
            (0,parse_cache/* rememberParse */.vN)(name, text, leftDelim, rightDelim, trees, idents, this);
        }
        if (this.ownShared) {
            // A clone reads our current map: keep it as a frozen layer and start a new one.
            this.layers = [this.own, ...this.layers];
            this.own = new Map();
            this.ownShared = false;
        }
        for (const [tname, tree] of trees) {
            const old = this.lookup(tname);
            if (old !== undefined && isEmptyTree(tree.root))
                continue;
            this.own.set(tname, tree);
        }
    }
    has(name) {
        return this.lookup(name) !== undefined;
    }
    /** Names of all templates in the set (unordered, like Go's Templates()). */
    names() {
        const all = new Set(this.own.keys());
        for (const layer of this.layers)
            for (const k of layer.keys())
                all.add(k);
        return [...all];
    }
    lookup(name) {
        const t = this.own.get(name);
        if (t !== undefined || this.layers.length === 0)
            return t;
        for (const layer of this.layers) {
            const u = layer.get(name);
            if (u !== undefined)
                return u;
        }
        return undefined;
    }
    /** Executes template `name` with `data` as dot and $. Throws TemplateError (kind 'exec'). */
    execute(name, data, options = {}) {
        const tree = this.lookup(name);
        if (tree === undefined) {
            throw new TemplateError(`template: no template ${(0,strconv/* quote */.hD)(name)} associated with template ${(0,strconv/* quote */.hD)(this.name)}`, 'exec', name, undefined, 0, 0);
        }
        const ex = new Executor(this, name, options.hooks);
        return ex.run(tree, data);
    }
    /**
     * A copy sharing the parsed trees (in constant time); parsing into either leaves the
     * other unchanged, as with Go's Clone.
     */
    clone(options = {}) {
        const c = new TemplateSet({
            funcs: options.funcs ?? this.funcs,
            missingKey: options.missingKey ?? this.missingKey,
            maxDepth: options.maxDepth ?? this.maxDepth,
            name: options.name ?? this.name,
        });
        c.layers = this.own.size > 0 ? [this.own, ...this.layers] : this.layers;
        this.ownShared = this.own.size > 0;
        return c;
    }
}

;// CONCATENATED MODULE: ./build/helm/funcs/cast.js
/**
 * spf13/cast conversions as Sprig v3.3.0 uses them (ToInt64, ToInt, ToFloat64:
 * errors swallowed to 0), and Go's strconv number parsing they rest on.
 */



/**
 * Whether results keep Go's integer kind (int64 from add/sub/..., uint64 from
 * semver's Major) as GoInt. Until the template engine formats and compares GoInt,
 * they are plain bigint (Go int): printing and comparisons stay right, only %T,
 * typeOf/kindIs and DeepEqual lose the kind. Detected from the engine's %T.
 */
let keepIntKinds = (0,gotypes/* goTypeName */.O4)(new template_value/* GoInt */.ov(1n, 'int64')) === 'int64';
function setGoIntKinds(on) {
    keepIntKinds = on;
}
function goIntKindsEnabled() {
    return keepIntKinds;
}
/** A Go integer of the given kind (plain bigint when kinds are off). */
function intOfKind(v, kind) {
    return keepIntKinds ? new template_value/* GoInt */.ov(v, kind) : v;
}
const MIN_INT64 = -(1n << 63n);
/** Go's int64(f) on amd64: truncation; NaN and out-of-range give MinInt64. */
function floatToInt64(f) {
    if (!Number.isFinite(f) || f >= 2 ** 63 || f < -(2 ** 63))
        return MIN_INT64;
    return BigInt(Math.trunc(f));
}
function int64(v) {
    return intOfKind(BigInt.asIntN(64, v), 'int64');
}
/** Go int (64-bit) as a plain bigint. */
function goInt(v) {
    return BigInt.asIntN(64, v);
}
const DIGITS = /^[0-9a-zA-Z]$/;
/** strconv.ParseInt(s, 0, 64); undefined on any error (range included). */
function parseIntBase0(s) {
    let t = s;
    let neg = false;
    if (t[0] === '+' || t[0] === '-') {
        neg = t[0] === '-';
        t = t.slice(1);
    }
    if (t === '')
        return undefined;
    let base = 10;
    let prefixed = false;
    if (t[0] === '0' && t.length > 1) {
        const p = t[1].toLowerCase();
        if (p === 'x' || p === 'b' || p === 'o') {
            base = p === 'x' ? 16 : p === 'b' ? 2 : 8;
            t = t.slice(2);
            prefixed = true;
        }
        else {
            base = 8;
            t = t.slice(1);
            prefixed = true;
        }
    }
    // Underscores are allowed only with base 0 between digits (Go literal syntax).
    if (t.includes('_')) {
        if (!(0,literals/* underscoreOK */.xT)((neg ? '-' : '') + s.replace(/^[+-]/, '')))
            return undefined;
        t = t.replace(/_/g, '');
    }
    if (t === '')
        return prefixed && base === 8 ? 0n : undefined;
    let n = 0n;
    const b = BigInt(base);
    for (const ch of t) {
        if (!DIGITS.test(ch))
            return undefined;
        const d = parseInt(ch, 36);
        if (d >= base)
            return undefined;
        n = n * b + BigInt(d);
    }
    if (neg)
        n = -n;
    if (n > (1n << 63n) - 1n || n < MIN_INT64)
        return undefined;
    return n;
}
/** strconv.ParseFloat(s, 64); undefined on syntax error. Out of range gives \u00b1Inf (Go errs there too). */
function parseGoFloat(s) {
    const lower = s.toLowerCase();
    const m = /^([+-]?)(inf|infinity|nan)$/.exec(lower);
    if (m) {
        if (m[2] === 'nan')
            return m[1] === '' ? NaN : undefined;
        return m[1] === '-' ? -Infinity : Infinity;
    }
    let t = s;
    if (t.includes('_')) {
        if (!(0,literals/* underscoreOK */.xT)(t))
            return undefined;
        t = t.replace(/_/g, '');
    }
    const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(t);
    if (hex) {
        const [, sign, ip, fp = '', exp] = hex;
        if (ip === '' && fp === '')
            return undefined;
        const mant = BigInt('0x' + (ip + fp || '0'));
        const e = Number(exp) - 4 * fp.length;
        const v = Number(mant) * 2 ** e;
        return sign === '-' ? -v : v;
    }
    if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(t))
        return undefined;
    const v = Number(t);
    if (Number.isNaN(v))
        return undefined;
    return v;
}
/** cast's trimZeroDecimal: "8.00" -> "8" so that ParseInt accepts it. */
function trimZeroDecimal(s) {
    let foundZero = false;
    for (let i = s.length; i > 0; i--) {
        const c = s[i - 1];
        if (c === '.') {
            if (foundZero)
                return s.slice(0, i - 1);
        }
        else if (c === '0')
            foundZero = true;
        else
            return s;
    }
    return s;
}
/** cast.ToInt64E; undefined where cast returns an error. */
function castInt64(v) {
    if (v === null)
        return 0n;
    switch (typeof v) {
        case 'bigint':
            return v;
        case 'number':
            return floatToInt64(v);
        case 'boolean':
            return v ? 1n : 0n;
        case 'string':
            return parseIntBase0(trimZeroDecimal(v));
    }
    if (v instanceof template_value/* GoInt */.ov)
        return BigInt.asIntN(64, v.value);
    return undefined;
}
/** cast.ToInt64 (errors give 0). */
function toInt64(v) {
    return castInt64(v) ?? 0n;
}
/** cast.ToInt (errors give 0); Go int is 64-bit. */
function toInt(v) {
    return castInt64(v) ?? 0n;
}
/** cast.ToFloat64E; undefined where cast returns an error. */
function castFloat64(v) {
    if (v === null)
        return 0;
    switch (typeof v) {
        case 'number':
            return v;
        case 'bigint':
            return Number(v);
        case 'boolean':
            return v ? 1 : 0;
        case 'string': {
            const f = parseGoFloat(v);
            if (f === undefined || (!Number.isFinite(f) && !/inf|nan/i.test(v)))
                return undefined;
            return f;
        }
    }
    if (v instanceof template_value/* GoInt */.ov)
        return Number(v.value);
    if (v instanceof template_value/* GoStruct */.On || v instanceof template_value/* GoTime */.yT)
        return undefined;
    return undefined;
}
function toFloat64(v) {
    return castFloat64(v) ?? 0;
}
/** A Go integer value of any kind as bigint (int params receive these). */
function intArg(v) {
    if (typeof v === 'bigint')
        return v;
    if (v instanceof template_value/* GoInt */.ov)
        return v.value;
    if (typeof v === 'number')
        return floatToInt64(v);
    return 0n;
}
/** An int argument as a JS number, for lengths and counts. */
function intNum(v) {
    return Number(intArg(v));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/bcryptjs/index.js
var bcryptjs = __webpack_require__(6242);
// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
;// CONCATENATED MODULE: ./build/helm/funcs/encoding.js
/** Sprig's base64/base32 and checksum functions, with Go's strict decoders and error texts. */



const str = (v) => (typeof v === 'string' ? v : strval(v));
const utf8 = (s) => Buffer.from(s, 'utf8');
const b64enc = (v) => utf8(str(v)).toString('base64');
const b32enc = (v) => base32Encode(utf8(str(v)));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_MAP = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++)
    B64_MAP[B64.charCodeAt(i)] = i;
class CorruptInputError extends Error {
    offset;
    constructor(offset) {
        super(`illegal base64 data at input byte ${offset}`);
        this.offset = offset;
    }
}
const isNL = (b) => b === 10 || b === 13;
/** encoding/base64 StdEncoding.DecodeString (padding required, CR/LF ignored). */
function base64DecodeStrict(src) {
    const out = [];
    let si = 0;
    while (si < src.length) {
        const dbuf = [0, 0, 0, 0];
        let dlen = 4;
        let j = 0;
        let trailing;
        for (; j < 4; j++) {
            if (si === src.length) {
                if (j === 0)
                    return Buffer.from(out);
                throw new CorruptInputError(si - j);
            }
            const c = src[si++];
            const d = B64_MAP[c];
            if (d >= 0) {
                dbuf[j] = d;
                continue;
            }
            if (isNL(c)) {
                j--;
                continue;
            }
            if (c !== 61)
                throw new CorruptInputError(si - 1);
            if (j === 0 || j === 1)
                throw new CorruptInputError(si - 1);
            if (j === 2) {
                while (si < src.length && isNL(src[si]))
                    si++;
                if (si === src.length)
                    throw new CorruptInputError(src.length);
                if (src[si] !== 61)
                    throw new CorruptInputError(si - 1);
                si++;
            }
            while (si < src.length && isNL(src[si]))
                si++;
            if (si < src.length)
                trailing = si;
            dlen = j;
            break;
        }
        const val = (dbuf[0] << 18) | (dbuf[1] << 12) | (dbuf[2] << 6) | dbuf[3];
        const b0 = (val >> 16) & 0xff;
        const b1 = (val >> 8) & 0xff;
        const b2 = val & 0xff;
        if (dlen === 4)
            out.push(b0, b1, b2);
        else if (dlen === 3)
            out.push(b0, b1);
        else if (dlen === 2)
            out.push(b0);
        if (trailing !== undefined)
            throw new CorruptInputError(trailing);
        if (dlen < 4)
            break;
    }
    return Buffer.from(out);
}
function b64dec(v) {
    try {
        return base64DecodeStrict(utf8(str(v))).toString('utf8');
    }
    catch (e) {
        return e.message;
    }
}
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B32_MAP = new Int16Array(256).fill(-1);
for (let i = 0; i < 32; i++)
    B32_MAP[B32.charCodeAt(i)] = i;
function base32Encode(b) {
    let out = '';
    for (let i = 0; i < b.length; i += 5) {
        const chunk = b.subarray(i, i + 5);
        let bits = 0n;
        for (let k = 0; k < 5; k++)
            bits = (bits << 8n) | BigInt(chunk[k] ?? 0);
        const nChars = Math.ceil((chunk.length * 8) / 5);
        for (let k = 0; k < 8; k++) {
            out += k < nChars ? B32[Number((bits >> BigInt(35 - 5 * k)) & 31n)] : '=';
        }
    }
    return out;
}
/** encoding/base32 StdEncoding.DecodeString. */
function base32DecodeStrict(input) {
    const src = Array.from(input).filter((b) => !isNL(b));
    const olen = src.length;
    const err = (off) => new Error(`illegal base32 data at input byte ${off}`);
    const out = [];
    let p = 0;
    let end = false;
    while (p < src.length && !end) {
        const dbuf = [0, 0, 0, 0, 0, 0, 0, 0];
        let dlen = 8;
        for (let j = 0; j < 8;) {
            const remaining = src.length - p;
            if (remaining === 0)
                throw err(olen - remaining - j);
            const c = src[p++];
            const left = src.length - p;
            if (c === 61 && j >= 2 && left < 8) {
                if (left + j < 7)
                    throw err(olen);
                for (let k = 0; k < 7 - j; k++) {
                    if (left > k && src[p + k] !== 61)
                        throw err(olen - left + k - 1);
                }
                dlen = j;
                end = true;
                if (dlen === 1 || dlen === 3 || dlen === 6)
                    throw err(olen - left - 1);
                break;
            }
            const d = B32_MAP[c];
            if (d < 0)
                throw err(olen - left - 1);
            dbuf[j++] = d;
        }
        let bits = 0n;
        for (const d of dbuf)
            bits = (bits << 5n) | BigInt(d);
        const bytes = [32, 24, 16, 8, 0].map((s) => Number((bits >> BigInt(s)) & 255n));
        const n = { 8: 5, 7: 4, 5: 3, 4: 2, 2: 1 }[dlen] ?? 0;
        (0,arrays/* pushAll */.iI)(out, bytes.slice(0, n));
    }
    return Buffer.from(out);
}
function b32dec(v) {
    try {
        return base32DecodeStrict(utf8(str(v))).toString('utf8');
    }
    catch (e) {
        return e.message;
    }
}
const hash = (alg) => (v) => (0,external_node_crypto_.createHash)(alg)
    .update(utf8(str(v)))
    .digest('hex');
const sha1sum = hash('sha1');
const sha256sum = hash('sha256');
const sha512sum = hash('sha512');
function adler32(b) {
    let a = 1;
    let s = 0;
    for (let i = 0; i < b.length; i++) {
        a = (a + b[i]) % 65521;
        s = (s + a) % 65521;
    }
    return ((s << 16) | a) >>> 0;
}
const adler32sum = (v) => String(adler32(utf8(str(v))));

;// CONCATENATED MODULE: ./build/helm/funcs/gopanic.js
/**
 * Errors the Sprig functions raise. Go text/template reports a function's error
 * result and a recovered panic alike as "error calling NAME: <text>"; the engine adds
 * that prefix, these carry the <text> exactly as Go prints it.
 */
class gopanic_GoFuncError extends Error {
    panic;
    constructor(message, 
    /** True when Go panics here rather than returning an error (same text to the user). */
    panic = false) {
        super(message);
        this.panic = panic;
        this.name = 'GoFuncError';
    }
}
function goPanic(message) {
    throw new gopanic_GoFuncError(message, true);
}
function goError(message) {
    throw new gopanic_GoFuncError(message, false);
}

// EXTERNAL MODULE: ./build/helm/funcs/types.js
var types = __webpack_require__(708);
;// CONCATENATED MODULE: ./build/helm/funcs/crypto/der.js
/**
 * A minimal DER writer and reader: enough to build X.509 certificates the way Go's
 * crypto/x509 lays them out and to read PKCS#8 DSA keys. Own code because node:crypto
 * signs and generates keys but cannot build certificates, and the layout must follow
 * Go's field and extension order rather than a library's.
 */

function lengthBytes(n) {
    if (n < 0x80)
        return Buffer.from([n]);
    const bytes = [];
    while (n > 0) {
        bytes.unshift(n & 0xff);
        n = Math.floor(n / 256);
    }
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
function tlv(tag, content) {
    return Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content]);
}
const seq = (...items) => tlv(0x30, Buffer.concat(items));
const set = (...items) => tlv(0x31, Buffer.concat(items));
const explicit = (n, content) => tlv(0xa0 | n, content);
const nullDer = () => Buffer.from([0x05, 0x00]);
const bool = (v) => tlv(0x01, Buffer.from([v ? 0xff : 0x00]));
const octets = (b) => tlv(0x04, b);
/** BIT STRING of whole bytes (no unused bits). */
const bitString = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
/** INTEGER from a non-negative bigint, minimal two's complement. */
function integer(v) {
    let hex = v.toString(16);
    if (hex.length % 2)
        hex = '0' + hex;
    let b = Buffer.from(hex, 'hex');
    if (b[0] & 0x80)
        b = Buffer.concat([Buffer.from([0]), b]);
    return tlv(0x02, b);
}
function oid(dotted) {
    const parts = dotted.split('.').map(Number);
    const bytes = [parts[0] * 40 + parts[1]];
    for (const p of parts.slice(2)) {
        const enc = [p & 0x7f];
        let x = Math.floor(p / 128);
        while (x > 0) {
            enc.unshift(0x80 | (x & 0x7f));
            x = Math.floor(x / 128);
        }
        (0,arrays/* pushAll */.iI)(bytes, enc);
    }
    return tlv(0x06, Buffer.from(bytes));
}
/** Go's asn1 default for strings: PrintableString when every byte allows it, else UTF8String. */
function goString(s) {
    const printable = /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(s);
    return tlv(printable ? 0x13 : 0x0c, Buffer.from(s, 'utf8'));
}
const ia5 = (s) => tlv(0x16, Buffer.from(s, 'latin1'));
const two = (n) => String(n).padStart(2, '0');
/** Go's asn1 time: UTCTime for 1950 <= year < 2050, GeneralizedTime otherwise, whole seconds, Z. */
function goTime(ms) {
    const d = new Date(ms - (((ms % 1000) + 1000) % 1000));
    const y = d.getUTCFullYear();
    const rest = two(d.getUTCMonth() + 1) +
        two(d.getUTCDate()) +
        two(d.getUTCHours()) +
        two(d.getUTCMinutes()) +
        two(d.getUTCSeconds()) +
        'Z';
    if (y >= 1950 && y < 2050)
        return tlv(0x17, Buffer.from(two(y % 100) + rest, 'latin1'));
    return tlv(0x18, Buffer.from(String(y).padStart(4, '0') + rest, 'latin1'));
}
/** Reads one element at `pos`; throws on truncated input. */
function readDer(buf, pos = 0) {
    if (pos + 2 > buf.length)
        throw new Error('asn1: truncated');
    const tag = buf[pos];
    let len = buf[pos + 1];
    let p = pos + 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4 || p + n > buf.length)
            throw new Error('asn1: bad length');
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + buf[p + i];
        p += n;
    }
    if (p + len > buf.length)
        throw new Error('asn1: truncated');
    return { tag, start: pos, contentStart: p, end: p + len, content: buf.subarray(p, p + len) };
}
/** Children of a constructed element. */
function children(node, buf) {
    const out = [];
    let p = node.contentStart;
    while (p < node.end) {
        const c = readDer(buf, p);
        out.push(c);
        p = c.end;
    }
    return out;
}
const intValue = (n) => n.content.length === 0 ? 0n : BigInt('0x' + n.content.toString('hex'));

;// CONCATENATED MODULE: ./build/helm/funcs/crypto/keys.js
/** Private keys as Sprig makes and reads them: PEM block types and encodings of Go's crypto/x509. */


/** pem.EncodeToMemory. */
function pemEncode(type, bytes) {
    const b64 = Buffer.from(bytes).toString('base64');
    const lines = b64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${type}-----\n${lines.map((l) => l + '\n').join('')}-----END ${type}-----\n`;
}
/** pem.Decode: the first PEM block in the text, or undefined. */
function pemDecode(text) {
    const re = /(?:^|\n)-----BEGIN ([^\n]*?)-----[ \t]*\r?\n([\s\S]*?)\n?-----END \1-----/g;
    let m;
    while ((m = re.exec(text))) {
        let body = m[2];
        // Optional RFC 1421 headers end at the first blank line.
        if (/^[^\n]*:/.test(body)) {
            const blank = body.search(/\r?\n\r?\n/);
            if (blank >= 0)
                body = body.slice(blank).trimStart();
        }
        const clean = body.replace(/[\r\n \t]/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0)
            continue;
        return { type: m[1], bytes: Buffer.from(clean, 'base64') };
    }
    return undefined;
}
const kindOf = (k) => {
    switch (k.asymmetricKeyType) {
        case 'rsa':
        case 'rsa-pss':
            return 'rsa';
        case 'ec':
            return 'ec';
        case 'ed25519':
            return 'ed25519';
        case 'dsa':
            return 'dsa';
        default:
            throw new Error(`unsupported key type ${k.asymmetricKeyType}`);
    }
};
/** Go's DSAKeyFormat from a node DSA key (node exports DSA only as PKCS#8). */
function dsaTraditional(key) {
    const der = key.export({ type: 'pkcs8', format: 'der' });
    const top = readDer(der);
    const [, alg, priv] = children(top, der);
    const [, params] = children(alg, der);
    const [p, q, g] = children(params, der).map(intValue);
    const x = intValue(readDer(priv.content));
    let y = 1n;
    let base = g % p;
    let e = x;
    while (e > 0n) {
        if (e & 1n)
            y = (y * base) % p;
        base = (base * base) % p;
        e >>= 1n;
    }
    return seq(integer(0n), integer(p), integer(q), integer(g), integer(y), integer(x));
}
/** pemBlockForKey: PKCS#1 for RSA, SEC 1 for ECDSA, Go's DSA format, PKCS#8 otherwise. */
function keyToPem(k) {
    switch (k.kind) {
        case 'rsa':
            return pemEncode('RSA PRIVATE KEY', k.key.export({ type: 'pkcs1', format: 'der' }));
        case 'ec':
            return pemEncode('EC PRIVATE KEY', k.key.export({ type: 'sec1', format: 'der' }));
        case 'dsa':
            return pemEncode('DSA PRIVATE KEY', dsaTraditional(k.key));
        default:
            return pemEncode('PRIVATE KEY', k.key.export({ type: 'pkcs8', format: 'der' }));
    }
}
function modInverse(a, m) {
    let [r0, r1] = [a % m, m];
    let [s0, s1] = [1n, 0n];
    while (r1 !== 0n) {
        const q = r0 / r1;
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
    }
    return ((s0 % m) + m) % m;
}
const gcd = (a, b) => {
    while (b !== 0n)
        [a, b] = [b, a % b];
    return a;
};
/**
 * An RSA key from two OpenSSL primes. OpenSSL 3's RSA key generation takes several
 * times longer than generating the two primes, and charts call genCA and
 * genSignedCert on every render; the result is an ordinary PKCS#1 key (e = 65537,
 * primes with their top two bits set, so the modulus has exactly `bits` bits).
 */
function generateRsa(bits) {
    const e = 65537n;
    for (;;) {
        const p = (0,external_node_crypto_.generatePrimeSync)(bits / 2, { bigint: true });
        const q = (0,external_node_crypto_.generatePrimeSync)(bits / 2, { bigint: true });
        if (p === q || gcd(e, p - 1n) !== 1n || gcd(e, q - 1n) !== 1n)
            continue;
        const n = p * q;
        if (n.toString(2).length !== bits)
            continue;
        const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
        const d = modInverse(e, lambda);
        const der = seq(integer(0n), integer(n), integer(e), integer(d), integer(p), integer(q), integer(d % (p - 1n)), integer(d % (q - 1n)), integer(modInverse(q, p)));
        return { kind: 'rsa', key: (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs1' }) };
    }
}
/** Sprig's genPrivateKey (RSA keys of 4096 bits, as sprig's; `rsaBits` for scans). */
function generatePrivateKey(typ, rsaBits = 4096) {
    let k;
    switch (typ) {
        case '':
        case 'rsa':
            k = generateRsa(rsaBits);
            break;
        case 'dsa':
            k = {
                kind: 'dsa',
                key: (0,external_node_crypto_.generateKeyPairSync)('dsa', { modulusLength: 2048, divisorLength: 256 }).privateKey,
            };
            break;
        case 'ecdsa':
            k = { kind: 'ec', key: (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' }).privateKey };
            break;
        case 'ed25519':
            k = { kind: 'ed25519', key: (0,external_node_crypto_.generateKeyPairSync)('ed25519').privateKey };
            break;
        default:
            return 'Unknown type ' + typ;
    }
    return keyToPem(k);
}
/** Sprig's parsePrivateKeyPEM; throws with Go's error texts. */
function parsePrivateKeyPem(pem) {
    const block = pemDecode(pem);
    if (!block)
        throw new Error('no PEM data in input');
    const load = (format, what) => {
        try {
            const key = (0,external_node_crypto_.createPrivateKey)({ key: block.bytes, format: 'der', type: format });
            return { kind: kindOf(key), key };
        }
        catch (e) {
            throw new Error(`${what}: ${e.message}`, { cause: e });
        }
    };
    if (block.type === 'PRIVATE KEY')
        return load('pkcs8', 'decoding PEM as PKCS#8');
    if (!block.type.endsWith(' PRIVATE KEY')) {
        throw new Error(`no private key data in PEM block of type ${block.type}`);
    }
    switch (block.type.slice(0, -12)) {
        case 'RSA':
            return load('pkcs1', 'parsing RSA private key from PEM');
        case 'EC':
            return load('sec1', 'parsing EC private key from PEM');
        case 'DSA':
            try {
                const key = (0,external_node_crypto_.createPrivateKey)({
                    key: pemEncode('DSA PRIVATE KEY', block.bytes),
                    format: 'pem',
                });
                return { kind: 'dsa', key };
            }
            catch (e) {
                throw new Error(`parsing DSA private key from PEM: ${e.message}`, {
                    cause: e,
                });
            }
        default:
            throw new Error(`invalid private key type ${block.type}`);
    }
}
/** DER SubjectPublicKeyInfo of a private key's public half. */
function spkiOf(k) {
    return (0,external_node_crypto_.createPublicKey)(k.key).export({ type: 'spki', format: 'der' });
}

;// CONCATENATED MODULE: ./build/helm/funcs/crypto/ip.js
/** net.ParseIP: IPv4 dotted decimal (no leading zeros) or IPv6; 4 or 16 bytes, undefined if invalid. */
function parseIP(s) {
    if (s.includes(':'))
        return parseIPv6(s);
    return parseIPv4(s);
}
function parseIPv4(s) {
    const parts = s.split('.');
    if (parts.length !== 4)
        return undefined;
    const out = new Uint8Array(4);
    for (let i = 0; i < 4; i++) {
        const p = parts[i];
        if (!/^[0-9]{1,3}$/.test(p) || (p.length > 1 && p[0] === '0'))
            return undefined;
        const n = Number(p);
        if (n > 255)
            return undefined;
        out[i] = n;
    }
    return out;
}
function parseIPv6(s) {
    const out = new Uint8Array(16);
    let ellipsis = -1;
    let i = 0;
    let rest = s;
    if (rest.startsWith('::')) {
        ellipsis = 0;
        rest = rest.slice(2);
        if (rest === '')
            return out;
    }
    while (i < 16) {
        const m = /^[0-9a-fA-F]{1,4}/.exec(rest);
        if (!m)
            return undefined;
        // An embedded IPv4 address ends the address.
        if (rest.length > m[0].length && rest[m[0].length] === '.') {
            if (ellipsis < 0 && i !== 12)
                return undefined;
            if (i + 4 > 16)
                return undefined;
            const v4 = parseIPv4(rest);
            if (!v4)
                return undefined;
            out.set(v4, i);
            i += 4;
            rest = '';
            break;
        }
        const n = parseInt(m[0], 16);
        out[i] = n >> 8;
        out[i + 1] = n & 0xff;
        i += 2;
        rest = rest.slice(m[0].length);
        if (rest === '')
            break;
        if (rest[0] !== ':' || rest.length === 1)
            return undefined;
        rest = rest.slice(1);
        if (rest[0] === ':') {
            if (ellipsis >= 0)
                return undefined;
            ellipsis = i;
            rest = rest.slice(1);
            if (rest === '')
                break;
        }
    }
    if (rest !== '')
        return undefined;
    if (i < 16) {
        if (ellipsis < 0)
            return undefined;
        const n = 16 - i;
        for (let j = i - 1; j >= ellipsis; j--)
            out[j + n] = out[j];
        for (let j = ellipsis + n - 1; j >= ellipsis; j--)
            out[j] = 0;
    }
    else if (ellipsis >= 0)
        return undefined;
    return out;
}
/** IP.To4(): the 4-byte form of an IPv4 or IPv4-mapped address. */
function to4(ip) {
    if (ip.length === 4)
        return ip;
    if (ip.length === 16 &&
        ip.subarray(0, 10).every((b) => b === 0) &&
        ip[10] === 0xff &&
        ip[11] === 0xff) {
        return ip.subarray(12);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/helm/funcs/random.js
/**
 * Where the template functions get their randomness (randAlphaNum, randInt, uuidv4, shuffle,
 * bcrypt salts, AES IVs, certificate serials). Helm draws from crypto/rand, and
 * `kube-whoami render` does too. A scan renders from a fixed seed instead: the same commit
 * then renders the same names (`{{ randAlphaNum 5 }}` in a helm-test pod's name), so two scans
 * print the same report.
 */

const system = { bytes: (n) => (0,external_node_crypto_.randomBytes)(n) };
/** SHA-256 in counter mode over the seed: a stream that depends only on the seed. */
class SeededSource {
    seed;
    counter = 0;
    pool = Buffer.alloc(0);
    constructor(seed) {
        this.seed = seed;
    }
    bytes(n) {
        while (this.pool.length < n) {
            const block = (0,external_node_crypto_.createHash)('sha256').update(`${this.seed}\u0000${this.counter++}`).digest();
            this.pool = Buffer.concat([this.pool, block]);
        }
        const out = this.pool.subarray(0, n);
        this.pool = this.pool.subarray(n);
        return Buffer.from(out);
    }
}
let current = system;
/** Runs `fn` with randomness drawn from `seed` (undefined: the system's randomness). */
function withRandomSeed(seed, fn) {
    if (seed === undefined)
        return fn();
    const saved = current;
    current = new SeededSource(seed);
    try {
        return fn();
    }
    finally {
        current = saved;
    }
}
function randomBytes(n) {
    return current.bytes(n);
}
/** A uniform integer in [0, max), max \u2264 2^48 (rejection sampling, no modulo bias). */
function randomInt(max) {
    if (!(max > 0) || max > 2 ** 48)
        throw new RangeError(`randomInt: bad range ${max}`);
    const limit = Math.floor(2 ** 48 / max) * max;
    for (;;) {
        const v = current.bytes(6).readUIntBE(0, 6);
        if (v < limit)
            return v % max;
    }
}
/** A uniform float in [0, 1) with 53 random bits. */
function randomFloat() {
    const b = current.bytes(7);
    const hi = b.readUIntBE(0, 7) / 8; // 53 bits of the 56 read
    return Math.floor(hi) / 2 ** 53;
}
/** A version 4 UUID (RFC 4122), as Go's google/uuid writes it. */
function randomUUID() {
    const b = current.bytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

;// CONCATENATED MODULE: ./build/helm/funcs/crypto/x509.js
/**
 * X.509 certificates laid out as Go's x509.CreateCertificate writes them for Sprig's
 * templates: v3, random 128-bit serial, CN-only subject, KeyUsage (critical),
 * ExtKeyUsage serverAuth+clientAuth, BasicConstraints (critical), SubjectKeyId for
 * CAs, AuthorityKeyId from the signer, then SANs (DNS names, then IPs).
 */





/** KeyUsage bit string: Go trims trailing zero bits. */
function keyUsage(bits) {
    let v = 0;
    for (const b of bits)
        v |= 1 << (7 - b);
    let unused = 0;
    while (unused < 8 && !(v & (1 << unused)))
        unused++;
    return tlv(0x03, Buffer.from([unused, v]));
}
const ext = (id, critical, value) => critical ? seq(oid(id), bool(true), octets(value)) : seq(oid(id), octets(value));
function sigAlgorithm(k) {
    switch (k.kind) {
        case 'rsa':
            return { alg: seq(oid('1.2.840.113549.1.1.11'), nullDer()), hash: 'sha256' };
        case 'ec': {
            const curve = k.key.asymmetricKeyDetails?.namedCurve;
            if (curve === 'secp384r1')
                return { alg: seq(oid('1.2.840.10045.4.3.3')), hash: 'sha384' };
            if (curve === 'secp521r1')
                return { alg: seq(oid('1.2.840.10045.4.3.4')), hash: 'sha512' };
            return { alg: seq(oid('1.2.840.10045.4.3.2')), hash: 'sha256' };
        }
        case 'ed25519':
            return { alg: seq(oid('1.3.101.112')), hash: null };
        default:
            throw new Error('x509: certificate private key does not implement crypto.Signer');
    }
}
function subjectName(cn) {
    if (cn === '')
        return seq();
    return seq(set(seq(oid('2.5.4.3'), goString(cn))));
}
/** Builds and signs a certificate; returns its DER. */
function createCertificate(t, signee, parent, signer) {
    if (signee.kind === 'dsa')
        throw new Error('x509: unsupported public key type: *dsa.PublicKey');
    const spki = spkiOf(signee);
    const { alg, hash } = sigAlgorithm(signer);
    const subject = subjectName(t.commonName);
    const issuer = parent === 'self' ? subject : parent.subject;
    const serial = BigInt('0x' + randomBytes(16).toString('hex'));
    const now = Date.now();
    const notAfter = now + t.daysValid * 86_400_000;
    const exts = [
        ext('2.5.29.15', true, t.isCA ? keyUsage([0, 2, 5]) : keyUsage([0, 2])),
        ext('2.5.29.37', false, seq(oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2'))),
        ext('2.5.29.19', true, t.isCA ? seq(bool(true)) : seq()),
    ];
    // Go derives a CA's SubjectKeyId from the SHA-1 of its public key bits.
    let ski;
    if (t.isCA) {
        const keyBits = children(readDer(spki), spki)[1].content.subarray(1);
        ski = (0,external_node_crypto_.createHash)('sha1').update(keyBits).digest();
        exts.push(ext('2.5.29.14', false, octets(ski)));
    }
    const parentSki = parent === 'self' ? ski : parent.subjectKeyId;
    if (parentSki && parentSki.length > 0 && (parent === 'self' ? false : !issuer.equals(subject))) {
        exts.push(ext('2.5.29.35', false, seq(tlv(0x80, parentSki))));
    }
    if (t.dnsNames.length > 0 || t.ips.length > 0) {
        const names = [
            ...t.dnsNames.map((d) => tlv(0x82, Buffer.from(d, 'latin1'))),
            ...t.ips.map((ip) => tlv(0x87, to4(ip) ?? ip)),
        ];
        exts.push(ext('2.5.29.17', t.commonName === '', seq(...names)));
    }
    const tbs = seq(explicit(0, integer(2n)), integer(serial), alg, issuer, seq(goTime(now), goTime(notAfter)), subject, spki, explicit(3, seq(...exts)));
    const sig = signer.kind === 'ec'
        ? (0,external_node_crypto_.sign)(hash, tbs, { key: signer.key, dsaEncoding: 'der' })
        : (0,external_node_crypto_.sign)(hash, tbs, signer.key);
    return seq(tbs, alg, bitString(sig));
}
const certPem = (der) => pemEncode('CERTIFICATE', der);
/** Subject and SubjectKeyId of a PEM certificate (Go's x509.ParseCertificate on the first block). */
function parseCertificatePem(pem) {
    const block = pemDecode(pem);
    if (!block)
        throw new Error('unable to decode certificate');
    try {
        new external_node_crypto_.X509Certificate(block.bytes);
    }
    catch (e) {
        throw new Error(`error parsing certificate: decodedSignerCert.Bytes: x509: ${e.message}`, { cause: e });
    }
    const der = block.bytes;
    const tbs = children(readDer(der), der)[0];
    const fields = children(tbs, der);
    const off = fields[0].tag === 0xa0 ? 1 : 0;
    const subjectNode = fields[off + 4];
    const subject = der.subarray(subjectNode.start, subjectNode.end);
    let subjectKeyId;
    const extsNode = fields.find((f) => f.tag === 0xa3);
    if (extsNode) {
        const list = children(extsNode, der)[0];
        for (const e of children(list, der)) {
            const parts = children(e, der);
            if (parts[0].content.equals(Buffer.from([0x55, 0x1d, 0x0e]))) {
                const inner = readDer(parts[parts.length - 1].content);
                subjectKeyId = Buffer.from(inner.content);
            }
        }
    }
    return { subject: Buffer.from(subject), subjectKeyId };
}
/** True when the DER is a certificate node:crypto can parse. */
function isParsableCertificate(der) {
    try {
        new X509Certificate(der);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./build/helm/funcs/crypto/sprig-crypto.js
/** Sprig's crypto functions (crypto.go): certificates, keys, bcrypt, AES, derivePassword, random. */













const sprig_crypto_str = (v) => (typeof v === 'string' ? v : strval(v));
const CERTIFICATE_TYPE = 'sprig.certificate';
/** Sprig's certificate struct: {Cert, Key}. */
function certificate(cert, key) {
    return new template_value/* GoStruct */.On(CERTIFICATE_TYPE, { Cert: cert, Key: key });
}
function certArg(v) {
    if (v instanceof template_value/* GoStruct */.On && v.typeName === CERTIFICATE_TYPE) {
        return { Cert: String(v.fields.Cert), Key: String(v.fields.Key) };
    }
    return goError(`wrong type for value; expected sprig.certificate; got ${(0,types/* goTypeName */.O4)(v)}`);
}
function listArg(v) {
    if (v === null)
        return [];
    if ((0,types/* isSlice */.Dz)(v))
        return (0,types/* sliceItems */.PS)(v);
    return goError(`wrong type for value; expected []interface {}; got ${(0,types/* goTypeName */.O4)(v)}`);
}
function netIPs(ips) {
    return listArg(ips).map((ip) => {
        if (typeof ip !== 'string')
            goError(`error parsing ip: ${formatV(ip)} is not a string`);
        const parsed = parseIP(ip);
        if (!parsed)
            goError(`error parsing ip: ${ip}`);
        return parsed;
    });
}
function dnsNames(names) {
    return listArg(names).map((n) => {
        if (typeof n !== 'string') {
            goError(`error processing alternate dns name: ${formatV(n)} is not a string`);
        }
        return n;
    });
}
function keyArg(pem) {
    try {
        return parsePrivateKeyPem(sprig_crypto_str(pem));
    }
    catch (e) {
        return goError(`parsing private key: ${e.message}`);
    }
}
function makeCert(cn, ips, dns, days, isCA, signee, ca) {
    const template = {
        commonName: sprig_crypto_str(cn),
        ips: netIPs(ips),
        dnsNames: dnsNames(dns),
        daysValid: intNum(days),
        isCA,
    };
    let der;
    if (ca) {
        let parent;
        try {
            parent = parseCertificatePem(ca.Cert);
        }
        catch (e) {
            return goError(e.message);
        }
        let signer;
        try {
            signer = parsePrivateKeyPem(ca.Key);
        }
        catch (e) {
            return goError(`error parsing private key: ${e.message}`);
        }
        try {
            der = createCertificate(template, signee, parent, signer);
        }
        catch (e) {
            return goError(`error creating certificate: ${e.message}`);
        }
    }
    else {
        try {
            der = createCertificate(template, signee, 'self', signee);
        }
        catch (e) {
            return goError(`error creating certificate: ${e.message}`);
        }
    }
    return certificate(certPem(der), keyToPem(signee));
}
let reuseKeys = false;
let sharedKey;
const SCAN_RSA_BITS = 1024;
/**
 * Speed knob for scanning: reuse one RSA key per process for genCA, genSelfSignedCert
 * and genSignedCert, and one key per type for genPrivateKey, instead of a fresh one per
 * call (a few hundred ms each; 300 calls took 142 s), and make those RSA keys 1024 bits
 * (15 ms to generate, where 2048 bits took 50 to 90 ms and genPrivateKey's 4096 bits 430 ms,
 * paid again by every thread of a scan). Output keeps its shape (parseable PEM, verifying
 * chains); only the keys repeat, and are shorter, which nothing a scan reports can see.
 * Off by default: `render` makes keys as helm does.
 */
function setCertificateKeyReuse(on) {
    reuseKeys = on;
}
function rsa2048() {
    if (!reuseKeys) {
        (0,budget/* keyGeneration */.Oz)();
        return generateRsa(2048);
    }
    sharedKey ??= generateRsa(SCAN_RSA_BITS);
    return sharedKey;
}
const genCA = (cn, days) => makeCert(cn, null, null, days, true, rsa2048());
const genCAWithKey = (cn, days, key) => makeCert(cn, null, null, days, true, keyArg(key));
const genSelfSignedCert = (cn, ips, dns, days) => makeCert(cn, ips, dns, days, false, rsa2048());
const genSelfSignedCertWithKey = (cn, ips, dns, days, key) => makeCert(cn, ips, dns, days, false, keyArg(key));
const genSignedCert = (cn, ips, dns, days, ca) => {
    const c = certArg(ca);
    return makeCert(cn, ips, dns, days, false, rsa2048(), c);
};
const genSignedCertWithKey = (cn, ips, dns, days, ca, key) => {
    const c = certArg(ca);
    return makeCert(cn, ips, dns, days, false, keyArg(key), c);
};
function buildCustomCert(b64cert, b64key) {
    let cert;
    let key;
    try {
        cert = base64DecodeStrict(Buffer.from(sprig_crypto_str(b64cert), 'utf8'));
    }
    catch {
        return goError('unable to decode base64 certificate');
    }
    try {
        key = base64DecodeStrict(Buffer.from(sprig_crypto_str(b64key), 'utf8'));
    }
    catch {
        return goError('unable to decode base64 private key');
    }
    const block = pemDecode(cert.toString('latin1'));
    if (!block)
        return goError('unable to decode certificate');
    try {
        new external_node_crypto_.X509Certificate(block.bytes);
    }
    catch (e) {
        return goError(`error parsing certificate: decodedCert.Bytes: x509: ${e.message}`);
    }
    try {
        parsePrivateKeyPem(key.toString('latin1'));
    }
    catch (e) {
        return goError(`error parsing private key: ${e.message}`);
    }
    return certificate(cert.toString('utf8'), key.toString('utf8'));
}
const sharedPrivateKeys = new Map();
/** Sprig's genPrivateKey; with key reuse (scans), one key per type per process. */
function genPrivateKey(typ) {
    if (!reuseKeys) {
        (0,budget/* keyGeneration */.Oz)();
        return generatePrivateKey(typ);
    }
    let pem = sharedPrivateKeys.get(typ);
    if (pem === undefined) {
        pem = generatePrivateKey(typ, SCAN_RSA_BITS);
        sharedPrivateKeys.set(typ, pem);
    }
    return pem;
}
/** bcrypt.GenerateFromPassword(DefaultCost=10): "$2a$10$" + 22 salt + 31 hash characters. */
function bcrypt(input) {
    const pw = Buffer.from(sprig_crypto_str(input), 'utf8');
    if (pw.length > 72) {
        return 'failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes';
    }
    (0,budget/* costlyCall */.RZ)();
    const salt = '$2a$10$' + bcryptjs/* default.encodeBase64 */.Ay.encodeBase64(randomBytes(16), 16);
    // bcryptjs takes a JS string and encodes it as UTF-8 itself, as Go hashes the bytes.
    return bcryptjs/* default.hashSync */.Ay.hashSync(sprig_crypto_str(input), salt);
}
function htpasswd(username, password) {
    const u = sprig_crypto_str(username);
    if (u.includes(':'))
        return `invalid username: ${u}`;
    return `${u}:${bcrypt(password)}`;
}
function randBytes(count) {
    const n = intNum(count);
    if (n < 0)
        goPanic('runtime error: makeslice: len out of range');
    (0,budget/* checkSize */.C1)('randBytes', Math.ceil(n / 3) * 4, 'chars');
    return randomBytes(n).toString('base64');
}
const uuidv4 = () => randomUUID();
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomFrom(name, count, alphabet) {
    const n = intNum(count);
    if (n <= 0)
        return '';
    (0,budget/* checkSize */.C1)(name, n, 'chars');
    let out = '';
    for (let i = 0; i < n; i++)
        out += alphabet[randomInt(alphabet.length)];
    return out;
}
const randAlphaNum = (c) => randomFrom('randAlphaNum', c, ALNUM);
const randAlpha = (c) => randomFrom('randAlpha', c, ALNUM.slice(0, 52));
const randNumeric = (c) => randomFrom('randNumeric', c, '0123456789');
const randAscii = (c) => {
    let printable = '';
    for (let c2 = 32; c2 < 127; c2++)
        printable += String.fromCharCode(c2);
    return randomFrom('randAscii', c, printable);
};
const TEMPLATES = {
    maximum: ['anoxxxxxxxxxxxxxxxxx', 'axxxxxxxxxxxxxxxxxno'],
    long: [
        'CvcvnoCvcvCvcv',
        'CvcvCvcvnoCvcv',
        'CvcvCvcvCvcvno',
        'CvccnoCvcvCvcv',
        'CvccCvcvnoCvcv',
        'CvccCvcvCvcvno',
        'CvcvnoCvccCvcv',
        'CvcvCvccnoCvcv',
        'CvcvCvccCvcvno',
        'CvcvnoCvcvCvcc',
        'CvcvCvcvnoCvcc',
        'CvcvCvcvCvccno',
        'CvccnoCvccCvcv',
        'CvccCvccnoCvcv',
        'CvccCvccCvcvno',
        'CvcvnoCvccCvcc',
        'CvcvCvccnoCvcc',
        'CvcvCvccCvccno',
        'CvccnoCvcvCvcc',
        'CvccCvcvnoCvcc',
        'CvccCvcvCvccno',
    ],
    medium: ['CvcnoCvc', 'CvcCvcno'],
    short: ['Cvcn'],
    basic: ['aaanaaan', 'aannaaan', 'aaannaaa'],
    pin: ['nnnn'],
};
const CHARS = {
    V: 'AEIOU',
    C: 'BCDFGHJKLMNPQRSTVWXYZ',
    v: 'aeiou',
    c: 'bcdfghjklmnpqrstvwxyz',
    A: 'AEIOUBCDFGHJKLMNPQRSTVWXYZ',
    a: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz',
    n: '0123456789',
    o: "@&%?,=[]_:-+*$#!'^~;()/.",
    x: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()',
};
const u32 = (n) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n >>> 0);
    return b;
};
/** Master Password (lyndir) derivation: scrypt(N=32768, r=8, p=2) then HMAC-SHA256. */
function derivePassword(counter, passwordType, password, user, site) {
    const templates = TEMPLATES[sprig_crypto_str(passwordType)];
    if (!templates)
        return `cannot find password template ${sprig_crypto_str(passwordType)}`;
    const seed = Buffer.from('com.lyndir.masterpassword', 'utf8');
    const u = Buffer.from(sprig_crypto_str(user), 'utf8');
    const s = Buffer.from(sprig_crypto_str(site), 'utf8');
    const salt = Buffer.concat([seed, u32(u.length), u]);
    (0,budget/* costlyCall */.RZ)();
    const key = (0,external_node_crypto_.scryptSync)(Buffer.from(sprig_crypto_str(password), 'utf8'), salt, 64, {
        N: 32768,
        r: 8,
        p: 2,
        maxmem: 256 * 1024 * 1024,
    });
    const msg = Buffer.concat([seed, u32(s.length), s, u32(intNum(counter))]);
    const hmac = (0,external_node_crypto_.createHmac)('sha256', key).update(msg).digest();
    const temp = templates[hmac[0] % templates.length];
    let out = '';
    for (let i = 0; i < temp.length; i++) {
        const chars = CHARS[temp[i]];
        out += chars[hmac[i + 1] % chars.length];
    }
    return out;
}
function aesKey(password) {
    const key = Buffer.alloc(32);
    Buffer.from(password, 'utf8').copy(key, 0, 0, 32);
    return key;
}
/** AES-256-CBC, PKCS#7 padding, random IV prepended, base64. */
function encryptAES(password, plaintext) {
    const text = sprig_crypto_str(plaintext);
    if (text === '')
        return '';
    const iv = randomBytes(16);
    const c = (0,external_node_crypto_.createCipheriv)('aes-256-cbc', aesKey(sprig_crypto_str(password)), iv);
    return Buffer.concat([iv, c.update(Buffer.from(text, 'utf8')), c.final()]).toString('base64');
}
function decryptAES(password, crypt64) {
    const text = sprig_crypto_str(crypt64);
    if (text === '')
        return '';
    let crypt;
    try {
        crypt = base64DecodeStrict(Buffer.from(text, 'utf8'));
    }
    catch (e) {
        return goError(e.message);
    }
    if (crypt.length < 16)
        goPanic(`runtime error: slice bounds out of range [:16] with capacity ${crypt.length}`);
    const body = crypt.subarray(16);
    if (body.length % 16 !== 0)
        goPanic('crypto/cipher: input not full blocks');
    const d = (0,external_node_crypto_.createDecipheriv)('aes-256-cbc', aesKey(sprig_crypto_str(password)), crypt.subarray(0, 16));
    d.setAutoPadding(false);
    const dec = Buffer.concat([d.update(body), d.final()]);
    if (dec.length === 0)
        goPanic('runtime error: index out of range [-1]');
    const pad = dec[dec.length - 1];
    if (pad > dec.length)
        goPanic(`runtime error: slice bounds out of range [:${dec.length - pad}]`);
    return dec.subarray(0, dec.length - pad).toString('utf8');
}

;// CONCATENATED MODULE: ./build/helm/funcs/tzdata.js
/**
 * Time zones the way Go's time.LoadLocation reads them: TZif files from the system
 * zoneinfo directory (what helm uses too), with the POSIX TZ footer for instants
 * after the last transition. Gives Go's abbreviations ("CET", "IST"), which Intl
 * does not.
 */


const DIRS = [
    '/usr/share/zoneinfo/',
    '/usr/share/lib/zoneinfo/',
    '/usr/lib/locale/TZ/',
    '/etc/zoneinfo/',
];
const cache = new Map();
/** Loads a zone by IANA name; null when the name is invalid or no file is found. */
function loadZone(name) {
    if (cache.has(name))
        return cache.get(name);
    let zone = null;
    if (name !== '' && !name.includes('..') && name[0] !== '/' && name[0] !== '\\') {
        const dirs = process.env.ZONEINFO ? [process.env.ZONEINFO, ...DIRS] : DIRS;
        for (const dir of dirs) {
            try {
                zone = parseTzif((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name)));
                if (zone)
                    break;
            }
            catch {
                // Try the next directory.
            }
        }
    }
    cache.set(name, zone);
    return zone;
}
function parseTzif(b) {
    if (b.length < 44 || b.toString('latin1', 0, 4) !== 'TZif')
        return null;
    const version = b[4];
    const counts = (off) => ({
        isut: b.readUInt32BE(off + 20),
        isstd: b.readUInt32BE(off + 24),
        leap: b.readUInt32BE(off + 28),
        time: b.readUInt32BE(off + 32),
        type: b.readUInt32BE(off + 36),
        char: b.readUInt32BE(off + 40),
    });
    let c = counts(0);
    let p = 44;
    let timeSize = 4;
    if (version >= 0x32) {
        // Skip the v1 block; the v2+ block has 64-bit times.
        p += c.time * 4 + c.time + c.type * 6 + c.char + c.leap * 8 + c.isstd + c.isut;
        c = counts(p);
        p += 44;
        timeSize = 8;
    }
    const transitions = [];
    for (let i = 0; i < c.time; i++) {
        transitions.push(timeSize === 8 ? Number(b.readBigInt64BE(p)) : b.readInt32BE(p));
        p += timeSize;
    }
    const typeIdx = Array.from(b.subarray(p, p + c.time));
    p += c.time;
    const raw = [];
    for (let i = 0; i < c.type; i++) {
        raw.push({ offset: b.readInt32BE(p), isDst: b[p + 4] === 1, abbr: b[p + 5] });
        p += 6;
    }
    const chars = b.subarray(p, p + c.char);
    p += c.char + c.leap * (timeSize + 4) + c.isstd + c.isut;
    const types = raw.map((t) => {
        const end = chars.indexOf(0, t.abbr);
        return {
            offset: t.offset,
            isDst: t.isDst,
            name: chars.toString('latin1', t.abbr, end < 0 ? undefined : end),
        };
    });
    let rule;
    if (timeSize === 8 && b[p] === 0x0a) {
        const end = b.indexOf(0x0a, p + 1);
        if (end > p)
            rule = parsePosix(b.toString('latin1', p + 1, end));
    }
    return { transitions, typeIdx, types, rule };
}
function parsePosix(s) {
    let i = 0;
    const name = () => {
        if (s[i] === '<') {
            const e = s.indexOf('>', i);
            if (e < 0)
                return undefined;
            const n = s.slice(i + 1, e);
            i = e + 1;
            return n;
        }
        const m = /^[A-Za-z]{3,}/.exec(s.slice(i));
        if (!m)
            return undefined;
        i += m[0].length;
        return m[0];
    };
    const offset = () => {
        const m = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/.exec(s.slice(i));
        if (!m)
            return undefined;
        i += m[0].length;
        const v = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
        return m[1] === '-' ? -v : v;
    };
    const stdName = name();
    if (stdName === undefined)
        return undefined;
    const stdOff = offset();
    if (stdOff === undefined)
        return undefined;
    // POSIX offsets are west-positive; Go's are east-positive.
    const std = { name: stdName, offset: -stdOff, isDst: false };
    if (i >= s.length)
        return { std };
    const dstName = name();
    if (dstName === undefined)
        return { std };
    let dstOffset = std.offset + 3600;
    if (s[i] !== ',' && i < s.length) {
        const o = offset();
        if (o !== undefined)
            dstOffset = -o;
    }
    const dst = { name: dstName, offset: dstOffset, isDst: true };
    const ruleDate = () => {
        if (s[i] !== ',')
            return undefined;
        i++;
        let d;
        const m1 = /^M(\d{1,2})\.(\d)\.(\d)/.exec(s.slice(i));
        const m2 = /^J(\d{1,3})/.exec(s.slice(i));
        const m3 = /^(\d{1,3})/.exec(s.slice(i));
        if (m1) {
            d = { kind: 'M', month: Number(m1[1]), week: Number(m1[2]), day: Number(m1[3]), time: 7200 };
            i += m1[0].length;
        }
        else if (m2) {
            d = { kind: 'J', day: Number(m2[1]), time: 7200 };
            i += m2[0].length;
        }
        else if (m3) {
            d = { kind: 'N', day: Number(m3[1]), time: 7200 };
            i += m3[0].length;
        }
        else
            return undefined;
        if (s[i] === '/') {
            i++;
            const t = offset();
            if (t !== undefined)
                d.time = t;
        }
        return d;
    };
    const start = ruleDate();
    const end = ruleDate();
    return { std, dst, start, end };
}
const isLeap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
/** Seconds from the start of the year (local wall time) to a rule's transition. */
function ruleSeconds(year, r) {
    let day;
    if (r.kind === 'J') {
        day = r.day - 1;
        if (isLeap(year) && r.day >= 60)
            day++;
    }
    else if (r.kind === 'N')
        day = r.day;
    else {
        const first = Date.UTC(year, r.month - 1, 1);
        const dow = new Date(first).getUTCDay();
        let d = (r.day - dow + 7) % 7;
        d += (r.week - 1) * 7;
        const monthDays = new Date(Date.UTC(year, r.month, 0)).getUTCDate();
        while (d >= monthDays)
            d -= 7;
        day = Math.round((first - Date.UTC(year, 0, 1)) / 86_400_000) + d;
    }
    return day * 86400 + r.time;
}
function fromRule(rule, sec) {
    if (!rule.dst || !rule.start || !rule.end)
        return rule.std;
    const year = new Date((sec + rule.std.offset) * 1000).getUTCFullYear();
    const yearStart = Date.UTC(year, 0, 1) / 1000;
    // Transition instants in UTC: start is in standard time, end in daylight time.
    const start = yearStart + ruleSeconds(year, rule.start) - rule.std.offset;
    const end = yearStart + ruleSeconds(year, rule.end) - rule.dst.offset;
    const inDst = start < end ? sec >= start && sec < end : !(sec >= end && sec < start);
    return inDst ? rule.dst : rule.std;
}
/** The zone type (offset seconds east, abbreviation) in effect at a Unix time. */
function lookupZone(z, sec) {
    if (z.transitions.length === 0 || sec < z.transitions[0]) {
        if (z.transitions.length === 0 && z.rule)
            return fromRule(z.rule, sec);
        return z.types.find((t) => !t.isDst) ?? z.types[0];
    }
    let lo = 0;
    let hi = z.transitions.length;
    while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (z.transitions[mid] <= sec)
            lo = mid;
        else
            hi = mid;
    }
    if (lo === z.transitions.length - 1 && z.rule)
        return fromRule(z.rule, sec);
    return z.types[z.typeIdx[lo]];
}

;// CONCATENATED MODULE: ./build/helm/funcs/gotime.js
/**
 * Go's time package as Sprig's date functions use it: layout-based Format and
 * ParseInLocation, Duration.String and ParseDuration, zones by IANA name.
 *
 * "Local" is UTC here: the scanner renders the same output on every machine, and
 * helm in CI containers and the corpus goldens run with TZ unset (UTC).
 */


const LONG_MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const chunkCache = new Map();
/** Splits a Go layout into literal text and std chunks (Go's nextStdChunk rules). */
function layoutChunks(layout) {
    const cached = chunkCache.get(layout);
    if (cached)
        return cached;
    const out = [];
    let lit = '';
    const std = (code, len, extra = {}) => {
        if (lit)
            out.push({ kind: 'lit', text: lit });
        lit = '';
        out.push({ kind: 'std', code, ...extra });
        return len;
    };
    let i = 0;
    while (i < layout.length) {
        const rest = layout.slice(i);
        const c = layout[i];
        let n = 0;
        switch (c) {
            case 'J':
                if (rest.startsWith('January'))
                    n = std('January', 7);
                else if (rest.startsWith('Jan'))
                    n = std('Jan', 3);
                break;
            case 'M':
                if (rest.startsWith('Monday'))
                    n = std('Monday', 6);
                else if (rest.startsWith('Mon'))
                    n = std('Mon', 3);
                else if (rest.startsWith('MST'))
                    n = std('MST', 3);
                break;
            case '0':
                if (/^0[1-6]/.test(rest))
                    n = std(rest.slice(0, 2), 2);
                else if (rest.startsWith('002'))
                    n = std('002', 3);
                break;
            case '1':
                if (rest.startsWith('15'))
                    n = std('15', 2);
                else
                    n = std('1', 1);
                break;
            case '2':
                if (rest.startsWith('2006'))
                    n = std('2006', 4);
                else
                    n = std('2', 1);
                break;
            case '_':
                if (rest.startsWith('_2')) {
                    if (rest.startsWith('_2006')) {
                        lit += '_';
                        n = 1 + std('2006', 4);
                    }
                    else
                        n = std('_2', 2);
                }
                else if (rest.startsWith('__2'))
                    n = std('__2', 3);
                break;
            case '3':
            case '4':
            case '5':
                n = std(c, 1);
                break;
            case 'P':
                if (rest.startsWith('PM'))
                    n = std('PM', 2);
                break;
            case 'p':
                if (rest.startsWith('pm'))
                    n = std('pm', 2);
                break;
            case '-':
                for (const z of ['-070000', '-07:00:00', '-0700', '-07:00', '-07']) {
                    if (rest.startsWith(z)) {
                        n = std(z, z.length);
                        break;
                    }
                }
                break;
            case 'Z':
                for (const z of ['Z070000', 'Z07:00:00', 'Z0700', 'Z07:00', 'Z07']) {
                    if (rest.startsWith(z)) {
                        n = std(z, z.length);
                        break;
                    }
                }
                break;
            case '.':
            case ',':
                if (rest[1] === '0' || rest[1] === '9') {
                    const ch = rest[1];
                    let j = 1;
                    while (j < rest.length && rest[j] === ch)
                        j++;
                    if (!/[0-9]/.test(rest[j] ?? ''))
                        n = std(ch === '0' ? 'frac0' : 'frac9', j, { digits: j - 1, sep: c });
                }
                break;
        }
        if (n === 0) {
            lit += c;
            i++;
        }
        else
            i += n;
    }
    if (lit)
        out.push({ kind: 'lit', text: lit });
    chunkCache.set(layout, out);
    return out;
}
function civil(t) {
    const local = t.epochMillis + t.offsetMinutes * 60_000;
    const msInSec = ((local % 1000) + 1000) % 1000;
    const d = new Date(local - msInSec);
    const year = d.getUTCFullYear();
    // Not Date.UTC: it maps years 0..99 to 1900..1999.
    const start = new Date(0).setUTCFullYear(year, 0, 1);
    const dayStart = new Date(0).setUTCFullYear(year, d.getUTCMonth(), d.getUTCDate());
    return {
        year,
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        nanos: msInSec * 1_000_000 + t.extraNanos,
        weekday: d.getUTCDay(),
        yday: Math.round((dayStart - start) / 86_400_000) + 1,
        offsetSeconds: t.offsetMinutes * 60,
        zone: t.zoneName,
    };
}
function gotime_pad(n, width) {
    const s = String(Math.abs(n)).padStart(width, '0');
    return n < 0 ? '-' + s : s;
}
function formatOffset(code, off) {
    if (code.startsWith('Z') && off === 0)
        return 'Z';
    const sign = off < 0 ? '-' : '+';
    const a = Math.abs(off);
    const h = gotime_pad(Math.floor(a / 3600), 2);
    const m = gotime_pad(Math.floor(a / 60) % 60, 2);
    const s = gotime_pad(a % 60, 2);
    const base = code.slice(1);
    switch (base) {
        case '070000':
            return sign + h + m + s;
        case '07:00:00':
            return sign + h + ':' + m + ':' + s;
        case '0700':
            return sign + h + m;
        case '07:00':
            return sign + h + ':' + m;
        default:
            return sign + h;
    }
}
/** time.Time.Format(layout). */
function gotime_formatGoTime(t, layout) {
    const c = civil(t);
    let out = '';
    for (const ch of layoutChunks(layout)) {
        if (ch.kind === 'lit') {
            out += ch.text;
            continue;
        }
        switch (ch.code) {
            case '06':
                out += gotime_pad(((c.year % 100) + 100) % 100, 2);
                break;
            case '2006':
                out += gotime_pad(c.year, 4);
                break;
            case 'Jan':
                out += LONG_MONTHS[c.month - 1].slice(0, 3);
                break;
            case 'January':
                out += LONG_MONTHS[c.month - 1];
                break;
            case '1':
                out += String(c.month);
                break;
            case '01':
                out += gotime_pad(c.month, 2);
                break;
            case 'Mon':
                out += LONG_DAYS[c.weekday].slice(0, 3);
                break;
            case 'Monday':
                out += LONG_DAYS[c.weekday];
                break;
            case '2':
                out += String(c.day);
                break;
            case '_2':
                out += String(c.day).padStart(2, ' ');
                break;
            case '02':
                out += gotime_pad(c.day, 2);
                break;
            case '__2':
                out += String(c.yday).padStart(3, ' ');
                break;
            case '002':
                out += gotime_pad(c.yday, 3);
                break;
            case '15':
                out += gotime_pad(c.hour, 2);
                break;
            case '3':
                out += String(c.hour % 12 === 0 ? 12 : c.hour % 12);
                break;
            case '03':
                out += gotime_pad(c.hour % 12 === 0 ? 12 : c.hour % 12, 2);
                break;
            case '4':
                out += String(c.minute);
                break;
            case '04':
                out += gotime_pad(c.minute, 2);
                break;
            case '5':
                out += String(c.second);
                break;
            case '05':
                out += gotime_pad(c.second, 2);
                break;
            case 'PM':
                out += c.hour >= 12 ? 'PM' : 'AM';
                break;
            case 'pm':
                out += c.hour >= 12 ? 'pm' : 'am';
                break;
            case 'MST':
                if (c.zone)
                    out += c.zone;
                else {
                    const z = Math.trunc(c.offsetSeconds / 60);
                    out +=
                        (z < 0 ? '-' : '+') + gotime_pad(Math.floor(Math.abs(z) / 60), 2) + gotime_pad(Math.abs(z) % 60, 2);
                }
                break;
            case 'frac0':
            case 'frac9': {
                const digits = ch.digits;
                let frac = String(c.nanos).padStart(9, '0').slice(0, digits);
                if (ch.code === 'frac9') {
                    frac = frac.replace(/0+$/, '');
                    if (frac)
                        out += ch.sep + frac;
                }
                else
                    out += ch.sep + frac;
                break;
            }
            default:
                out += formatOffset(ch.code, c.offsetSeconds);
        }
    }
    return out;
}
/** The zero time.Time (January 1, year 1, 00:00:00 UTC). */
const ZERO_TIME_MILLIS = -62135596800000;
function zeroTime() {
    return new template_value/* GoTime */.yT(ZERO_TIME_MILLIS, 0, 'UTC', 0);
}
/** time.Now() in UTC (see "Local" above). */
function nowTime() {
    const ns = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
    return new template_value/* GoTime */.yT(Number(ns / 1000000n), 0, 'UTC', Number(ns % 1000000n));
}
const zoneFormatters = new Map();
function zoneFormatter(zone) {
    let f = zoneFormatters.get(zone);
    if (f !== undefined)
        return f;
    try {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            timeZoneName: 'short',
        });
    }
    catch {
        f = null;
    }
    zoneFormatters.set(zone, f);
    return f;
}
/** t.In(LoadLocation(zone)); unknown zones are UTC (Sprig's fallback). */
function inZone(t, zone) {
    if (zone === '' || zone === 'UTC' || zone === 'Local') {
        return new template_value/* GoTime */.yT(t.epochMillis, 0, 'UTC', t.extraNanos);
    }
    const z = loadZone(zone);
    if (z) {
        const zt = lookupZone(z, Math.floor(t.epochMillis / 1000));
        return new template_value/* GoTime */.yT(t.epochMillis, zt.offset / 60, zt.name, t.extraNanos);
    }
    // No zoneinfo files on this machine: Intl knows the offsets, not always Go's names.
    if (zone.includes('..') || zone[0] === '/' || zone[0] === '\\') {
        return new template_value/* GoTime */.yT(t.epochMillis, 0, 'UTC', t.extraNanos);
    }
    const f = zoneFormatter(zone);
    if (!f)
        return new template_value/* GoTime */.yT(t.epochMillis, 0, 'UTC', t.extraNanos);
    const parts = {};
    const whole = t.epochMillis - (((t.epochMillis % 1000) + 1000) % 1000);
    for (const p of f.formatToParts(new Date(whole)))
        parts[p.type] = p.value;
    const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
    const offsetMinutes = Math.round((asUtc - whole) / 60_000);
    let name = parts.timeZoneName ?? '';
    const gmt = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
    if (name === 'GMT' && offsetMinutes === 0 && zone !== 'GMT' && zone !== 'Etc/GMT')
        name = 'GMT';
    if (gmt) {
        // tzdata names zones without a letter abbreviation by their offset: "+03", "-0330".
        name = gmt[1] + gmt[2].padStart(2, '0') + (gmt[3] && gmt[3] !== '00' ? gmt[3] : '');
    }
    return new template_value/* GoTime */.yT(t.epochMillis, offsetMinutes, name, t.extraNanos);
}
// ---- durations (nanoseconds as bigint, Go's int64 time.Duration) ----
const NS = 1n;
const US = 1000n;
const MS = 1000000n;
const SEC = 1000000000n;
const MIN = 60n * SEC;
const HOUR = 60n * MIN;
function fmtFrac(v, prec) {
    let frac = '';
    let print = false;
    for (let i = 0; i < prec; i++) {
        const digit = v % 10n;
        print = print || digit !== 0n;
        if (print)
            frac = digit.toString() + frac;
        v /= 10n;
    }
    return { frac: print ? '.' + frac : '', rest: v };
}
/** time.Duration.String(). */
function formatDuration(d) {
    d = BigInt.asIntN(64, d);
    const neg = d < 0n;
    let u = BigInt.asUintN(64, neg ? -d : d);
    let out;
    if (u < SEC) {
        if (u === 0n)
            return '0s';
        let prec;
        let unit;
        if (u < US) {
            prec = 0;
            unit = 'ns';
        }
        else if (u < MS) {
            prec = 3;
            unit = '\u00b5s';
        }
        else {
            prec = 6;
            unit = 'ms';
        }
        const { frac, rest } = fmtFrac(u, prec);
        out = rest.toString() + frac + unit;
    }
    else {
        const { frac, rest } = fmtFrac(u, 9);
        u = rest;
        out = (u % 60n).toString() + frac + 's';
        u /= 60n;
        if (u > 0n) {
            out = (u % 60n).toString() + 'm' + out;
            u /= 60n;
            if (u > 0n)
                out = u.toString() + 'h' + out;
        }
    }
    return neg ? '-' + out : out;
}
const UNITS = {
    ns: NS,
    us: US,
    \u00b5s: US,
    \u03bcs: US,
    ms: MS,
    s: SEC,
    m: MIN,
    h: HOUR,
};
/** time.ParseDuration; throws Go's error text. */
function parseDuration(s) {
    const orig = s;
    const quoted = JSON.stringify(orig);
    let neg = false;
    if (s[0] === '-' || s[0] === '+') {
        neg = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return 0n;
    if (s === '')
        throw new Error(`time: invalid duration ${quoted}`);
    let total = 0n;
    const max = 1n << 63n;
    while (s !== '') {
        const m = /^([0-9]*)(?:\.([0-9]*))?/.exec(s);
        const intPart = m[1];
        const fracPart = m[2];
        if (intPart === '' && (fracPart === undefined || fracPart === '')) {
            throw new Error(`time: invalid duration ${quoted}`);
        }
        s = s.slice(m[0].length);
        const um = /^[^0-9.]*/.exec(s);
        const unitName = um[0];
        if (unitName === '')
            throw new Error(`time: missing unit in duration ${quoted}`);
        const unit = UNITS[unitName];
        if (unit === undefined) {
            throw new Error(`time: unknown unit ${JSON.stringify(unitName)} in duration ${quoted}`);
        }
        s = s.slice(unitName.length);
        let v = BigInt(intPart || '0');
        if (v > max / unit)
            throw new Error(`time: invalid duration ${quoted}`);
        v *= unit;
        if (fracPart) {
            // Go scales the fraction in floating point; exact decimal math agrees for sane inputs.
            let scale = 1n;
            let f = 0n;
            for (const d of fracPart) {
                if (scale > max / 10n)
                    break;
                f = f * 10n + BigInt(d);
                scale *= 10n;
            }
            v += (f * unit) / scale;
        }
        total += v;
        if (total > max)
            throw new Error(`time: invalid duration ${quoted}`);
    }
    if (!neg && total === max)
        throw new Error(`time: invalid duration ${quoted}`);
    return neg ? -total : total;
}
/** t.Add(d). */
function addDuration(t, d) {
    const ns = BigInt(t.epochMillis) * MS + BigInt(t.extraNanos) + d;
    const ms = ns / MS - (ns % MS < 0n ? 1n : 0n);
    const extra = ns - ms * MS;
    return new template_value/* GoTime */.yT(Number(ms), t.offsetMinutes, t.zoneName, Number(extra));
}
/** Nanoseconds since the Unix epoch. */
function unixNanos(t) {
    return BigInt(t.epochMillis) * MS + BigInt(t.extraNanos);
}
// ---- parsing ----
const MONTH_SHORT = LONG_MONTHS.map((m) => m.slice(0, 3));
const DAY_SHORT = LONG_DAYS.map((d) => d.slice(0, 3));
/** time.ParseInLocation(layout, value, UTC); throws Go's error text. */
function parseGoTime(layout, value) {
    const orig = value;
    const fail = (chunk, rest, extra = '') => {
        throw new Error(`parsing time ${JSON.stringify(orig)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(rest)} as ${JSON.stringify(chunk)}${extra}`);
    };
    // Go: elements missing from the layout are zero, or one where zero is impossible.
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let nanos = 0;
    let pm;
    let offset;
    let zoneName = '';
    const rangeErr = (what) => {
        throw new Error(`parsing time ${JSON.stringify(orig)}: ${what} out of range`);
    };
    const num = (min, max, chunk) => {
        const m = new RegExp(`^[0-9]{${min},${max}}`).exec(value);
        if (!m)
            return fail(chunk, value);
        value = value.slice(m[0].length);
        return Number(m[0]);
    };
    for (const ch of layoutChunks(layout)) {
        if (ch.kind === 'lit') {
            const text = ch.text;
            if (!value.startsWith(text))
                fail(text, value);
            value = value.slice(text.length);
            continue;
        }
        const code = ch.code;
        switch (code) {
            case '2006':
                year = num(4, 4, code);
                break;
            case '06': {
                const y = num(2, 2, code);
                year = y >= 69 ? 1900 + y : 2000 + y;
                break;
            }
            case 'Jan':
            case 'January': {
                const names = code === 'Jan' ? MONTH_SHORT : LONG_MONTHS;
                const i = names.findIndex((n) => value.toLowerCase().startsWith(n.toLowerCase()));
                if (i < 0)
                    fail(code, value);
                month = i + 1;
                value = value.slice(names[i].length);
                break;
            }
            case 'Mon':
            case 'Monday': {
                const names = code === 'Mon' ? DAY_SHORT : LONG_DAYS;
                const i = names.findIndex((n) => value.toLowerCase().startsWith(n.toLowerCase()));
                if (i < 0)
                    fail(code, value);
                value = value.slice(names[i].length);
                break;
            }
            case '1':
            case '01':
                month = num(code === '01' ? 2 : 1, 2, code);
                if (month < 1 || month > 12)
                    rangeErr('month');
                break;
            case '2':
            case '02':
                day = num(code === '02' ? 2 : 1, 2, code);
                break;
            case '_2':
                if (value[0] === ' ')
                    value = value.slice(1);
                day = num(1, 2, code);
                break;
            case '__2':
            case '002':
                num(1, 3, code);
                break;
            case '15':
                hour = num(1, 2, code);
                if (hour > 23)
                    rangeErr('hour');
                break;
            case '3':
            case '03':
                hour = num(code === '03' ? 2 : 1, 2, code);
                if (hour > 12)
                    rangeErr('hour');
                break;
            case '4':
            case '04':
                minute = num(code === '04' ? 2 : 1, 2, code);
                if (minute > 59)
                    rangeErr('minute');
                break;
            case '5':
            case '05': {
                second = num(code === '05' ? 2 : 1, 2, code);
                if (second > 59)
                    rangeErr('second');
                const frac = /^[.,]([0-9]+)/.exec(value);
                if (frac &&
                    !layoutChunks(layout).some((c) => c.kind === 'std' && c.code.startsWith('frac'))) {
                    nanos = Number(frac[1].slice(0, 9).padEnd(9, '0'));
                    value = value.slice(frac[0].length);
                }
                break;
            }
            case 'PM':
            case 'pm': {
                const ap = value.slice(0, 2).toUpperCase();
                if (ap !== 'AM' && ap !== 'PM')
                    fail(code, value);
                pm = ap === 'PM';
                value = value.slice(2);
                break;
            }
            case 'MST': {
                const m = /^(UTC|GMT|[A-Z]{3,5})/.exec(value);
                if (!m)
                    fail(code, value);
                zoneName = m[0];
                value = value.slice(zoneName.length);
                break;
            }
            case 'frac0':
            case 'frac9': {
                const m = /^[.,]([0-9]+)/.exec(value);
                if (!m) {
                    if (code === 'frac9')
                        break;
                    fail(code, value);
                }
                nanos = Number(m[1].slice(0, 9).padEnd(9, '0'));
                value = value.slice(m[0].length);
                break;
            }
            default: {
                if (code.startsWith('Z') && value[0] === 'Z') {
                    offset = 0;
                    zoneName = 'UTC';
                    value = value.slice(1);
                    break;
                }
                const m = /^([+-])([0-9]{2})(?::?([0-9]{2}))?(?::?([0-9]{2}))?/.exec(value);
                if (!m)
                    fail(code, value);
                const mm = m;
                const sec = Number(mm[2]) * 3600 + Number(mm[3] ?? 0) * 60 + Number(mm[4] ?? 0);
                offset = mm[1] === '-' ? -sec : sec;
                value = value.slice(mm[0].length);
            }
        }
    }
    if (value !== '') {
        throw new Error(`parsing time ${JSON.stringify(orig)}: extra text: ${JSON.stringify(value)}`);
    }
    if (pm !== undefined) {
        if (pm && hour < 12)
            hour += 12;
        else if (!pm && hour === 12)
            hour = 0;
    }
    const daysIn = new Date(Date.UTC(2000, month, 0)).getUTCDate();
    const leapOk = month !== 2 || day <= 28 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
    if (day < 1 || day > daysIn || !leapOk) {
        throw new Error(`parsing time ${JSON.stringify(orig)}: day out of range`);
    }
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    d.setUTCHours(hour, minute, second, 0);
    const off = offset ?? 0;
    const epoch = d.getTime() - off * 1000 + Math.floor(nanos / 1_000_000);
    const name = offset === undefined ? 'UTC' : offset === 0 && zoneName === 'UTC' ? 'UTC' : zoneName;
    return new template_value/* GoTime */.yT(epoch, Math.round(off / 60), offset === 0 && !zoneName ? '' : name, nanos % 1_000_000);
}

;// CONCATENATED MODULE: ./build/helm/funcs/gotime-int.js
/** strconv.ParseInt(s, 10, 64); undefined on error. */
function parseIntBase10(s) {
    if (!/^[+-]?[0-9]+$/.test(s))
        return undefined;
    const v = BigInt(s);
    if (v > (1n << 63n) - 1n || v < -(1n << 63n))
        return undefined;
    return v;
}

;// CONCATENATED MODULE: ./build/helm/funcs/dates.js
/** Sprig's date functions (date.go) over Go's time semantics in gotime.ts. */





const dates_str = (v) => (typeof v === 'string' ? v : strval(v));
/** The time a date argument denotes: time.Time, int, int32, int64 seconds; anything else is now. */
function dateArg(date, allowInt32) {
    if (date instanceof template_value/* GoTime */.yT)
        return date;
    if (typeof date === 'bigint')
        return new template_value/* GoTime */.yT(Number(date) * 1000, 0, 'UTC', 0);
    if (date instanceof template_value/* GoInt */.ov && (date.kind === 'int64' || (allowInt32 && date.kind === 'int32'))) {
        return new template_value/* GoTime */.yT(Number(date.value) * 1000, 0, 'UTC', 0);
    }
    return nowTime();
}
const dateInZone = (fmt, date, zone) => gotime_formatGoTime(inZone(dateArg(date, true), dates_str(zone)), dates_str(fmt));
const date = (fmt, d) => dateInZone(fmt, d, 'Local');
const htmlDate = (d) => dateInZone('2006-01-02', d, 'Local');
const htmlDateInZone = (d, zone) => dateInZone('2006-01-02', d, zone);
function timeArg(v) {
    if (v instanceof template_value/* GoTime */.yT)
        return v;
    return goError(`wrong type for value; expected time.Time`);
}
function dateModify(fmt, d) {
    const t = timeArg(d);
    try {
        return addDuration(t, parseDuration(dates_str(fmt)));
    }
    catch {
        return t;
    }
}
function mustDateModify(fmt, d) {
    const t = timeArg(d);
    try {
        return addDuration(t, parseDuration(dates_str(fmt)));
    }
    catch (e) {
        return goError(e.message);
    }
}
/** time.Since(t).Round(time.Second).String(). */
function ago(d) {
    let t;
    if (d instanceof template_value/* GoTime */.yT)
        t = d;
    else if (typeof d === 'bigint' || (d instanceof template_value/* GoInt */.ov && d.kind === 'int64')) {
        t = new template_value/* GoTime */.yT(Number(typeof d === 'bigint' ? d : d.value) * 1000, 0, 'UTC', 0);
    }
    else
        t = nowTime();
    const since = unixNanos(nowTime()) - unixNanos(t);
    return formatDuration(roundDuration(since, SEC));
}
/** time.Duration.Round(m): halfway values round away from zero. */
function roundDuration(d, m) {
    let r = d % m;
    if (d < 0n) {
        r = -r;
        return r + r < m ? d + r : d - m + r;
    }
    return r + r < m ? d - r : d + m - r;
}
function duration(sec) {
    let n = 0n;
    if (typeof sec === 'string')
        n = parseIntBase10(sec) ?? 0n;
    else if (sec instanceof template_value/* GoInt */.ov && sec.kind === 'int64')
        n = sec.value;
    return formatDuration(BigInt.asIntN(64, n * SEC));
}
function durationRound(d) {
    let dur = 0n;
    if (typeof d === 'string') {
        try {
            dur = parseDuration(d);
        }
        catch {
            dur = 0n;
        }
    }
    else if (d instanceof template_value/* GoInt */.ov && d.kind === 'int64')
        dur = d.value;
    else if (d instanceof template_value/* GoTime */.yT)
        dur = unixNanos(nowTime()) - unixNanos(d);
    let u = BigInt.asUintN(64, dur);
    if (dur < 0n)
        u = BigInt.asUintN(64, -u);
    const day = 24n * HOUR;
    const units = [
        [365n * day, 'y'],
        [30n * day, 'mo'],
        [day, 'd'],
        [HOUR, 'h'],
        [MIN, 'm'],
        [SEC, 's'],
    ];
    for (const [size, suffix] of units)
        if (u > size)
            return (u / size).toString() + suffix;
    return '0s';
}
function toDate(fmt, s) {
    try {
        return parseGoTime(dates_str(fmt), dates_str(s));
    }
    catch {
        return zeroTime();
    }
}
function mustToDate(fmt, s) {
    try {
        return parseGoTime(dates_str(fmt), dates_str(s));
    }
    catch (e) {
        return goError(e.message);
    }
}
function unixEpoch(d) {
    const t = timeArg(d);
    return Math.floor(t.epochMillis / 1000).toString();
}
const now = () => nowTime();

;// CONCATENATED MODULE: ./build/helm/funcs/dicts.js
/** Sprig's dict functions (dict.go) with mergo v1.0.1's map-merge rules. */





const dicts_hasOwn = (m, k) => Object.prototype.hasOwnProperty.call(m, k);
function asMap(v) {
    return v !== null && (0,template_value/* isGoMap */.Rb)(v) ? v : null;
}
function get(d, key) {
    const m = asMap(d);
    const k = String(key);
    return m && dicts_hasOwn(m, k) ? m[k] : '';
}
function dicts_set(d, key, value) {
    const m = asMap(d);
    if (!m)
        goPanic('assignment to entry in nil map');
    m[String(key)] = value;
    return m;
}
function unset(d, key) {
    const m = asMap(d);
    if (m)
        delete m[String(key)];
    return d;
}
function hasKey(d, key) {
    const m = asMap(d);
    return m !== null && dicts_hasOwn(m, String(key));
}
function pluck(key, ...dicts) {
    const k = String(key);
    const out = [];
    for (const d of dicts) {
        const m = asMap(d);
        if (m && dicts_hasOwn(m, k))
            out.push(m[k]);
    }
    return out;
}
/** Go returns keys in random map order; this returns them sorted (a valid Go order). */
function keys(...dicts) {
    const out = [];
    for (const d of dicts) {
        const m = asMap(d);
        if (m)
            (0,arrays/* pushAll */.iI)(out, (0,types/* mapKeys */.d4)(m));
    }
    return (0,types/* stringSlice */.SZ)(out);
}
function values(d) {
    const m = asMap(d);
    return m ? (0,types/* mapKeys */.d4)(m).map((k) => m[k]) : [];
}
function pick(d, ...ks) {
    const m = asMap(d);
    const out = {};
    if (!m)
        return out;
    for (const k of ks) {
        const key = String(k);
        if (dicts_hasOwn(m, key))
            out[key] = m[key];
    }
    return out;
}
function omit(d, ...ks) {
    const m = asMap(d);
    const out = {};
    if (!m)
        return out;
    const skip = new Set(ks.map(String));
    for (const k of Object.keys(m))
        if (!skip.has(k))
            out[k] = m[k];
    return out;
}
function dict(...v) {
    const out = {};
    for (let i = 0; i < v.length; i += 2) {
        const key = strval(v[i]);
        out[key] = i + 1 >= v.length ? '' : v[i + 1];
    }
    return out;
}
/** mergo's isEmptyValue on an interface element (nil, or the zero of its dynamic value). */
const emptyElem = (v) => (0,types/* isEmpty */.Im)(v);
/**
 * mergo.Merge / MergeWithOverwrite for map[string]interface{}: nested maps merge in
 * place, slices and scalars replace only empty destinations (or always, with
 * overwrite), a nil source value only lands with overwrite. Values are shared, not
 * copied, exactly as Go shares map and slice references.
 */
function mergeInto(dst, src, overwrite) {
    for (const key of Object.keys(src)) {
        const sv = src[key];
        const present = dicts_hasOwn(dst, key);
        const dv = present ? dst[key] : undefined;
        if (sv === null) {
            if (overwrite)
                dst[key] = null;
            continue;
        }
        if ((0,template_value/* isGoMap */.Rb)(sv) || sv instanceof template_value/* GoStruct */.On || sv instanceof template_value/* GoTime */.yT) {
            if ((0,template_value/* isGoMap */.Rb)(sv) && dv !== undefined && dv !== null && (0,template_value/* isGoMap */.Rb)(dv))
                mergeInto(dv, sv, overwrite);
        }
        else if ((0,types/* isSlice */.Dz)(sv)) {
            // mergo tests emptiness of the whole destination map here, not of the element.
            if (overwrite || Object.keys(dst).length === 0)
                dst[key] = sv;
            else if (dv === undefined || dv === null)
                dst[key] = (0,types/* nilSlice */.EE)((0,types/* goTypeName */.O4)(sv));
        }
        const cur = present ? dv : undefined;
        if (cur !== undefined && !emptyElem(cur)) {
            if ((0,types/* isSlice */.Dz)(sv))
                continue;
            if ((0,template_value/* isGoMap */.Rb)(sv) && (0,template_value/* isGoMap */.Rb)(cur))
                continue;
        }
        if (overwrite || !present || emptyElem(cur))
            dst[key] = sv;
    }
}
function mergeImpl(overwrite) {
    return (dst, ...srcs) => {
        let d = asMap(dst);
        for (const s of srcs) {
            const src = asMap(s);
            if (!src)
                continue;
            if (!d)
                d = {};
            mergeInto(d, src, overwrite);
        }
        return d ?? {};
    };
}
const merge = mergeImpl(false);
const mustMerge = mergeImpl(false);
const mergeOverwrite = mergeImpl(true);
const mustMergeOverwrite = mergeImpl(true);
/** copystructure.Copy: maps, slices and byte slices are copied deeply; the rest is shared. */
function deepCopy(v) {
    if (v === null)
        goPanic('reflect: call of reflect.Value.Type on zero Value');
    return copyValue(v);
}
function copyValue(v) {
    if (v === null || typeof v !== 'object')
        return v;
    // The copy keeps its Go type: slice/map tags and a named type's methods.
    const named = (0,template_value/* namedTypeOf */.FX)(v);
    if (Array.isArray(v)) {
        const out = v.map(copyValue);
        const t = (0,types/* sliceTypeName */.YE)(v);
        if (t !== '[]interface {}')
            (0,types/* typedSlice */.tH)(out, t);
        return named ? (0,template_value/* attachMethods */.WL)(out, named.typeName, named.methods) : out;
    }
    if (v instanceof Uint8Array)
        return v.slice();
    if ((0,template_value/* isGoMap */.Rb)(v)) {
        const out = {};
        for (const k of Object.keys(v))
            out[k] = copyValue(v[k]);
        const t = (0,types/* mapTypeName */.Uu)(v);
        if (t !== 'map[string]interface {}')
            (0,types/* typedMap */.lP)(out, t);
        return named ? (0,template_value/* attachMethods */.WL)(out, named.typeName, named.methods) : out;
    }
    return v;
}
function dig(...ps) {
    if (ps.length < 3)
        goPanic('dig needs at least three arguments');
    const last = ps[ps.length - 1];
    const def = ps[ps.length - 2];
    const m = asMap(last);
    if (!m)
        goPanic(`interface conversion: interface {} is ${(0,types/* goTypeName */.O4)(last)}, not map[string]interface {}`);
    const ks = ps.slice(0, -2).map((k) => {
        if (typeof k !== 'string') {
            goPanic(`interface conversion: interface {} is ${(0,types/* goTypeName */.O4)(k)}, not string`);
        }
        return k;
    });
    let cur = m;
    for (let i = 0; i < ks.length; i++) {
        if (!dicts_hasOwn(cur, ks[i]))
            return def;
        const step = cur[ks[i]];
        if (i === ks.length - 1)
            return step;
        const next = asMap(step);
        if (!next) {
            goPanic(`interface conversion: interface {} is ${(0,types/* goTypeName */.O4)(step)}, not map[string]interface {}`);
        }
        cur = next;
    }
    return def;
}

;// CONCATENATED MODULE: ./build/helm/funcs/flow.js



const dfault = (d, ...given) => given.length === 0 || (0,types/* isEmpty */.Im)(given[0]) ? d : given[0];
const empty = (v) => (0,types/* isEmpty */.Im)(v);
const flow_coalesce = (...v) => v.find((x) => !(0,types/* isEmpty */.Im)(x)) ?? null;
const flow_all = (...v) => v.every((x) => !(0,types/* isEmpty */.Im)(x));
const any = (...v) => v.some((x) => !(0,types/* isEmpty */.Im)(x));
const ternary = (vt, vf, v) => (v === true ? vt : vf);
const typeOf = (v) => (0,types/* goTypeName */.O4)(v);
const typeIs = (target, v) => strval(target) === (0,types/* goTypeName */.O4)(v);
const typeIsLike = (target, v) => {
    const t = (0,types/* goTypeName */.O4)(v);
    const want = strval(target);
    return want === t || '*' + want === t;
};
const flow_kindOf = (v) => (0,types/* goKindName */.iX)(v);
const kindIs = (target, v) => strval(target) === (0,types/* goKindName */.iX)(v);
const deepEqualF = (a, b) => (0,types/* deepEqual */.bD)(a, b);
/** Helm wraps fail/required messages so its error reformatting can find them. */
const WARN_START = 'HELM_ERR_START';
const WARN_END = 'HELM_ERR_END';
const warnWrap = (msg) => WARN_START + msg + WARN_END;
/** Helm's fail (it overrides Sprig's): always an error, message wrapped for reformatting. */
function fail(msg) {
    return goError(warnWrap(strval(msg)));
}
/** Helm's required outside lint mode: nil or "" is an error. */
function required(warn, val) {
    if (val === null || val === '')
        goError(warnWrap(strval(warn)));
    return val;
}

// EXTERNAL MODULE: ./build/helm/yaml/go-json.js
var go_json = __webpack_require__(982);
// EXTERNAL MODULE: ./build/helm/yaml/go-json-decode.js
var go_json_decode = __webpack_require__(2562);
;// CONCATENATED MODULE: ./build/helm/yaml/helm-types.js
/**
 * JSON names of the Go structs Helm exposes to templates (helm v4.1.4), for toJson and
 * toYaml of `.Capabilities`. Untagged structs (common.Capabilities, common.KubeVersion)
 * need nothing: encoding/json then uses the Go field names, as GoStruct does by default.
 */

// internal/version.BuildInfo, `.Capabilities.HelmVersion`.
(0,go_json/* registerJsonFields */.HA)('version.BuildInfo', [
    { field: 'Version', key: 'version', omitEmpty: true },
    { field: 'GitCommit', key: 'git_commit', omitEmpty: true },
    { field: 'GitTreeState', key: 'git_tree_state', omitEmpty: true },
    { field: 'GoVersion', key: 'go_version', omitEmpty: true },
    { field: 'KubeClientVersion', key: 'kube_client_version' },
]);

;// CONCATENATED MODULE: ./build/helm/funcs/json.js


// Helm's structs (.Capabilities.HelmVersion) carry JSON tags whichever function prints them.


const PRETTY = { prefix: '', indent: '  ' };
const RAW = { escapeHTML: false };
function tryMarshal(v, format) {
    try {
        return (0,go_json/* marshalJson */.l5)(v, format);
    }
    catch (e) {
        if (e instanceof go_json/* GoJsonError */.tU)
            return e;
        throw e;
    }
}
const toPrettyJson = (v) => {
    const r = tryMarshal(v, PRETTY);
    return r instanceof go_json/* GoJsonError */.tU ? '' : r;
};
const mustToPrettyJson = (v) => {
    const r = tryMarshal(v, PRETTY);
    return r instanceof go_json/* GoJsonError */.tU ? goError(r.message) : r;
};
const toRawJson = (v) => {
    const r = tryMarshal(v, RAW);
    return r instanceof go_json/* GoJsonError */.tU ? goPanic(r.message) : r;
};
const mustToRawJson = (v) => {
    const r = tryMarshal(v, RAW);
    return r instanceof go_json/* GoJsonError */.tU ? goError(r.message) : r;
};
/** Sprig's mustFromJson: json.Unmarshal into interface{}. */
const mustFromJson = (v) => {
    const r = (0,go_json_decode/* unmarshalAny */.e1)(String(v));
    if (r.error)
        goError(r.error.message);
    return r.value;
};

;// CONCATENATED MODULE: ./build/helm/funcs/lists.js





/** Go's reflect kind name for the "Cannot X on type K" errors (nil has no type: Go panics). */
function requireList(v, what, must) {
    if (v === null) {
        goPanic('runtime error: invalid memory address or nil pointer dereference');
    }
    if ((0,types/* isSlice */.Dz)(v))
        return (0,types/* sliceItems */.PS)(v);
    const msg = `Cannot ${what} type ${(0,types/* goKindName */.iX)(v)}`;
    return must ? goError(msg) : goPanic(msg);
}
const list = (...v) => v;
function pushImpl(must) {
    return (l, v) => [...requireList(l, 'push on', must), v];
}
const push = pushImpl(false);
const mustPush = pushImpl(true);
function prependImpl(must) {
    return (l, v) => [v, ...requireList(l, 'prepend on', must)];
}
const prepend = prependImpl(false);
const mustPrepend = prependImpl(true);
function chunkImpl(must) {
    return (sizeV, l) => {
        const items = requireList(l, 'chunk', must);
        const size = intNum(sizeV);
        const n = items.length;
        const cs = Math.floor((n - 1) / size) + 1;
        if (!Number.isFinite(cs) || cs < 0) {
            goPanic(`runtime error: makeslice: len out of range`);
        }
        const out = [];
        for (let i = 0; i < cs; i++) {
            let clen = size;
            if (i === cs - 1) {
                clen = Math.floor(n % size);
                if (clen === 0)
                    clen = size;
            }
            if (clen < 0)
                goPanic('runtime error: makeslice: len out of range');
            const chunk = [];
            for (let j = 0; j < clen; j++) {
                const ix = i * size + j;
                if (ix >= n)
                    goPanic(`runtime error: index out of range [${ix}] with length ${n}`);
                chunk.push(items[ix]);
            }
            out.push(chunk);
        }
        return (0,types/* typedSlice */.tH)(out, '[][]interface {}');
    };
}
const chunk = chunkImpl(false);
const mustChunk = chunkImpl(true);
function endImpl(which, must) {
    return (l) => {
        const items = requireList(l, `find ${which} on`, must);
        if (items.length === 0)
            return null;
        return which === 'first' ? items[0] : items[items.length - 1];
    };
}
const first = endImpl('first', false);
const mustFirst = endImpl('first', true);
const last = endImpl('last', false);
const mustLast = endImpl('last', true);
function restImpl(which, must) {
    return (l) => {
        const items = requireList(l, `find ${which} on`, must);
        if (items.length === 0)
            return (0,types/* nilSlice */.EE)();
        return which === 'rest' ? items.slice(1) : items.slice(0, -1);
    };
}
const rest = restImpl('rest', false);
const mustRest = restImpl('rest', true);
const initial = restImpl('initial', false);
const mustInitial = restImpl('initial', true);
function reverseImpl(must) {
    return (l) => [...requireList(l, 'find reverse on', must)].reverse();
}
const reverse = reverseImpl(false);
const mustReverse = reverseImpl(true);
function compactImpl(must) {
    return (l) => requireList(l, 'compact on', must).filter((x) => !(0,types/* isEmpty */.Im)(x));
}
const compact = compactImpl(false);
const mustCompact = compactImpl(true);
function inList(haystack, needle) {
    return haystack.some((h) => (0,types/* deepEqual */.bD)(needle, h));
}
function uniqImpl(must) {
    return (l) => {
        const dest = [];
        for (const item of requireList(l, 'find uniq on', must)) {
            if (!inList(dest, item))
                dest.push(item);
        }
        return dest;
    };
}
const uniq = uniqImpl(false);
const mustUniq = uniqImpl(true);
function withoutImpl(must) {
    return (l, ...omit) => requireList(l, 'find without on', must).filter((x) => !inList(omit, x));
}
const without = withoutImpl(false);
const mustWithout = withoutImpl(true);
function hasImpl(must) {
    return (needle, haystack) => {
        if (haystack === null)
            return false;
        return inList(requireList(haystack, 'find has on', must), needle);
    };
}
const has = hasImpl(false);
const mustHas = hasImpl(true);
function sliceImpl(must) {
    return (l, ...indices) => {
        if (l === null)
            goPanic('runtime error: invalid memory address or nil pointer dereference');
        if (!(0,types/* isSlice */.Dz)(l)) {
            const msg = `list should be type of slice or array but ${(0,types/* goKindName */.iX)(l)}`;
            return must ? goError(msg) : goPanic(msg);
        }
        const items = (0,types/* sliceItems */.PS)(l);
        const n = items.length;
        if (n === 0)
            return null;
        const start = indices.length > 0 ? Number(toInt(indices[0])) : 0;
        const end = indices.length < 2 ? n : Number(toInt(indices[1]));
        if (start < 0 || end < start || end > n) {
            goPanic('reflect.Value.Slice: slice index out of bounds');
        }
        if (l instanceof Uint8Array)
            return l.slice(start, end);
        return (0,types/* typedSlice */.tH)(items.slice(start, end), (0,types/* sliceTypeName */.YE)(l));
    };
}
const lists_slice = sliceImpl(false);
const mustSlice = sliceImpl(true);
function concat(...lists) {
    const out = [];
    for (const l of lists) {
        if (l === null)
            goPanic('runtime error: invalid memory address or nil pointer dereference');
        if (!(0,types/* isSlice */.Dz)(l))
            goPanic(`Cannot concat type ${(0,types/* goKindName */.iX)(l)} as list`);
        (0,arrays/* pushAll */.iI)(out, (0,types/* sliceItems */.PS)(l));
    }
    return out.length === 0 ? (0,types/* nilSlice */.EE)() : out;
}
/** Sprig's until/untilStep: []int. */
function untilStep(start, stop, step, what = 'untilStep') {
    const v = [];
    if (step !== 0 && (stop - start) / step > 0)
        (0,budget/* checkSize */.C1)(what, Math.ceil((stop - start) / step), 'items');
    if (stop < start) {
        if (step >= 0)
            return v;
        for (let i = start; i > stop; i += step)
            v.push(BigInt(i));
        return v;
    }
    if (step <= 0)
        return v;
    for (let i = start; i < stop; i += step)
        v.push(BigInt(i));
    return v;
}

;// CONCATENATED MODULE: ./build/helm/funcs/decimal.js
/**
 * The part of shopspring/decimal Sprig's addf/subf/mulf/divf use: exact decimal
 * arithmetic on the shortest decimal form of each float64, division rounded half
 * away from zero at 16 places, then the nearest float64.
 */


function decFromFloat(f) {
    if (!Number.isFinite(f))
        goPanic(`Cannot create a Decimal from ${formatV(f)}`);
    if (f === 0)
        return { coef: 0n, exp: 0 };
    const s = Math.abs(f).toExponential();
    const e = s.indexOf('e');
    const digits = s.slice(0, e).replace('.', '');
    const exp = Number(s.slice(e + 1)) - (digits.length - 1);
    const coef = BigInt(digits);
    return { coef: f < 0 ? -coef : coef, exp };
}
const pow10 = (n) => 10n ** BigInt(n);
function align(a, b) {
    const exp = Math.min(a.exp, b.exp);
    return [a.coef * pow10(a.exp - exp), b.coef * pow10(b.exp - exp), exp];
}
const decAdd = (a, b) => {
    const [x, y, exp] = align(a, b);
    return { coef: x + y, exp };
};
const decSub = (a, b) => {
    const [x, y, exp] = align(a, b);
    return { coef: x - y, exp };
};
const decMul = (a, b) => ({ coef: a.coef * b.coef, exp: a.exp + b.exp });
const DIVISION_PRECISION = 16;
function decDiv(a, b) {
    if (b.coef === 0n)
        goPanic('decimal division by 0');
    // a/b = (a.coef/b.coef) * 10^(a.exp-b.exp); scale so the quotient has 16 decimals.
    const shift = DIVISION_PRECISION + a.exp - b.exp;
    let num = a.coef;
    let den = b.coef;
    if (shift >= 0)
        num *= pow10(shift);
    else
        den *= pow10(-shift);
    let q = num / den;
    const r = num % den;
    const absR2 = (r < 0n ? -r : r) * 2n;
    const absDen = den < 0n ? -den : den;
    if (absR2 >= absDen)
        q += num < 0n !== den < 0n ? -1n : 1n;
    return { coef: q, exp: -DIVISION_PRECISION };
}
function decToFloat(d) {
    if (d.coef === 0n)
        return 0;
    return Number(`${d.coef}e${d.exp}`);
}

;// CONCATENATED MODULE: ./build/helm/funcs/math.js







const wrap = (v) => int64(v);
const add1 = (i) => wrap(toInt64(i) + 1n);
const add = (...i) => wrap(i.reduce((a, b) => BigInt.asIntN(64, a + toInt64(b)), 0n));
const sub = (a, b) => wrap(toInt64(a) - toInt64(b));
const mul = (a, ...v) => wrap(v.reduce((acc, b) => BigInt.asIntN(64, acc * toInt64(b)), toInt64(a)));
function divide(a, b, rem) {
    const x = toInt64(a);
    const y = toInt64(b);
    if (y === 0n)
        goPanic('runtime error: integer divide by zero');
    if (x === -(1n << 63n) && y === -1n)
        return wrap(rem ? 0n : x);
    return wrap(rem ? x % y : x / y);
}
const div = (a, b) => divide(a, b, false);
const mod = (a, b) => divide(a, b, true);
function max(a, ...i) {
    let m = toInt64(a);
    for (const b of i) {
        const x = toInt64(b);
        if (x > m)
            m = x;
    }
    return wrap(m);
}
function min(a, ...i) {
    let m = toInt64(a);
    for (const b of i) {
        const x = toInt64(b);
        if (x < m)
            m = x;
    }
    return wrap(m);
}
/** math.Max / math.Min (NaN wins, -0 vs +0 ordered). */
function goMax(x, y) {
    if (x === Infinity || y === Infinity)
        return Infinity;
    if (Number.isNaN(x) || Number.isNaN(y))
        return NaN;
    if (x === 0 && x === y)
        return Object.is(x, -0) ? y : x;
    return x > y ? x : y;
}
function goMin(x, y) {
    if (x === -Infinity || y === -Infinity)
        return -Infinity;
    if (Number.isNaN(x) || Number.isNaN(y))
        return NaN;
    if (x === 0 && x === y)
        return Object.is(x, -0) ? x : y;
    return x < y ? x : y;
}
const maxf = (a, ...i) => i.reduce((m, b) => goMax(m, toFloat64(b)), toFloat64(a));
const minf = (a, ...i) => i.reduce((m, b) => goMin(m, toFloat64(b)), toFloat64(a));
function decimalOp(a, rest, op) {
    let acc = decFromFloat(toFloat64(a));
    for (const x of rest)
        acc = op(acc, decFromFloat(toFloat64(x)));
    return decToFloat(acc);
}
const add1f = (i) => decimalOp(i, [1n], decAdd);
const addf = (...i) => decimalOp(0, i, decAdd);
const subf = (a, ...v) => decimalOp(a, v, decSub);
const mulf = (a, ...v) => decimalOp(a, v, decMul);
const divf = (a, ...v) => decimalOp(a, v, decDiv);
const floor = (a) => Math.floor(toFloat64(a));
const ceil = (a) => Math.ceil(toFloat64(a));
function round(a, p, ...rOpt) {
    const roundOn = rOpt.length > 0 ? toFloat64(rOpt[0]) : 0.5;
    const val = toFloat64(a);
    const pow = Math.pow(10, Number(intArg(p)));
    const digit = pow * val;
    const frac = digit - Math.trunc(digit);
    const r = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit);
    return r / pow;
}
function randInt(minV, maxV) {
    const lo = intArg(minV);
    const n = intArg(maxV) - lo;
    if (n <= 0n)
        goPanic('invalid argument to Intn');
    return lo + BigInt(Math.floor(randomFloat() * Number(n)));
}
/** strconv.ParseInt(fmt.Sprint(v), 8, 64), 0 on error. */
function toDecimal(v) {
    const s = formatV(v);
    const m = /^([+-]?)([0-7]+)$/.exec(s);
    if (!m)
        return wrap(0n);
    const n = BigInt('0o' + m[2]) * (m[1] === '-' ? -1n : 1n);
    if (n > (1n << 63n) - 1n || n < -(1n << 63n))
        return wrap(0n);
    return wrap(n);
}
const until = (count) => {
    const n = intNum(count);
    return (0,types/* intSlice */.Oc)(untilStep(0, n, n < 0 ? -1 : 1, 'until'));
};
const untilStepF = (start, stop, step) => (0,types/* intSlice */.Oc)(untilStep(intNum(start), intNum(stop), intNum(step)));
function math_seq(...params) {
    const p = params.map(intNum);
    const join = (xs) => xs.join(' ');
    switch (p.length) {
        case 0:
            return '';
        case 1: {
            const start = 1;
            const end = p[0];
            const inc = end < start ? -1 : 1;
            return join(untilStep(start, end + inc, inc, 'seq'));
        }
        case 2: {
            const [start, end] = p;
            const step = end < start ? -1 : 1;
            return join(untilStep(start, end + step, step, 'seq'));
        }
        case 3: {
            const [start, step, end] = p;
            let inc = 1;
            if (end < start) {
                inc = -1;
                if (step > 0)
                    return '';
            }
            return join(untilStep(start, end + inc, step, 'seq'));
        }
        default:
            return '';
    }
}

;// CONCATENATED MODULE: ./build/helm/funcs/paths.js

const paths_str = (v) => (typeof v === 'string' ? v : strval(v));
/** path.Clean. */
function cleanPath(p) {
    if (p === '')
        return '.';
    const rooted = p[0] === '/';
    const parts = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.length > 0 && parts[parts.length - 1] !== '..')
                parts.pop();
            else if (!rooted)
                parts.push('..');
            continue;
        }
        parts.push(seg);
    }
    const out = (rooted ? '/' : '') + parts.join('/');
    return out === '' ? '.' : out;
}
/** path.Base. */
function basePath(p) {
    if (p === '')
        return '.';
    p = p.replace(/\/+$/, '');
    if (p === '')
        return '/';
    const i = p.lastIndexOf('/');
    return i >= 0 ? p.slice(i + 1) : p;
}
/** path.Dir. */
function dirPath(p) {
    const i = p.lastIndexOf('/');
    return cleanPath(p.slice(0, i + 1));
}
/** path.Ext. */
function extPath(p) {
    for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) {
        if (p[i] === '.')
            return p.slice(i);
    }
    return '';
}
const base = (v) => basePath(paths_str(v));
const dir = (v) => dirPath(paths_str(v));
const clean = (v) => cleanPath(paths_str(v));
const paths_ext = (v) => extPath(paths_str(v));
const isAbs = (v) => paths_str(v).startsWith('/');

// EXTERNAL MODULE: ./build/core/linear-regex.js
var linear_regex = __webpack_require__(235);
;// CONCATENATED MODULE: ./build/helm/funcs/re2.js
/**
 * RE2 syntax (Go's regexp/syntax, Perl flags) checked as Go checks it \u2014 invalid patterns raise
 * Go's exact parse error text \u2014 and the capture group names. Matching itself runs on re2js
 * (regex.ts), linear in time as Go's engine. The pattern is also translated to an equivalent
 * JavaScript RegExp with the `u` flag, which the property tests use as a second, independent
 * implementation: Go's leftmost-first matching is what a backtracking engine does for RE2's
 * constructs, so translating the syntax is enough; what differs is spelled out per construct:
 * Go's \s has no \v, `.` never matches \n without (?s), ^ and $ anchor the text unless (?m),
 * \A and \z exist, (?i:...) and (?U) can be scoped, \Q...\E quotes, [[:alpha:]] classes, \pN
 * and \p{Greek}.
 */
class RegexSyntaxError extends Error {
    code;
    expr;
    constructor(code, expr) {
        super(`error parsing regexp: ${code}: \`${expr}\``);
        this.code = code;
        this.expr = expr;
    }
}
const ERR = {
    escape: 'invalid escape sequence',
    charClass: 'invalid character class',
    charRange: 'invalid character class range',
    namedCapture: 'invalid named capture',
    perlOp: 'invalid or unsupported Perl syntax',
    repeatOp: 'invalid nested repetition operator',
    repeatSize: 'invalid repeat count',
    missingBracket: 'missing closing ]',
    missingParen: 'missing closing )',
    missingRepeat: 'missing argument to repetition operator',
    trailingBackslash: 'trailing backslash at end of expression',
    unexpectedParen: 'unexpected )',
};
/** Code point as an always-valid JS escape for the current form. */
function cp(c) {
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        return String.fromCodePoint(c);
    }
    return '\\u{' + c.toString(16) + '}';
}
/** Any code point. */
const re2_any = () => '[\\u{0}-\\u{10ffff}]';
const POSIX = {
    alnum: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x61, 0x7a],
    ],
    alpha: [
        [0x41, 0x5a],
        [0x61, 0x7a],
    ],
    ascii: [[0, 0x7f]],
    blank: [
        [9, 9],
        [32, 32],
    ],
    cntrl: [
        [0, 0x1f],
        [0x7f, 0x7f],
    ],
    digit: [[0x30, 0x39]],
    graph: [[0x21, 0x7e]],
    lower: [[0x61, 0x7a]],
    print: [[0x20, 0x7e]],
    punct: [
        [0x21, 0x2f],
        [0x3a, 0x40],
        [0x5b, 0x60],
        [0x7b, 0x7e],
    ],
    space: [
        [9, 13],
        [32, 32],
    ],
    upper: [[0x41, 0x5a]],
    word: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x5f, 0x5f],
        [0x61, 0x7a],
    ],
    xdigit: [
        [0x30, 0x39],
        [0x41, 0x46],
        [0x61, 0x66],
    ],
};
const PERL = {
    d: POSIX.digit,
    s: [
        [9, 10],
        [12, 13],
        [32, 32],
    ],
    w: POSIX.word,
};
function negate(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    let next = 0;
    for (const [lo, hi] of sorted) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = Math.max(next, hi + 1);
    }
    if (next <= 0x10ffff)
        out.push([next, 0x10ffff]);
    return out;
}
const rangesToClassBody = (ranges) => ranges.map(([lo, hi]) => (lo === hi ? cp(lo) : cp(lo) + '-' + cp(hi))).join('');
/** Unicode general categories Go accepts in \p{..}; other names are scripts. */
const CATEGORIES = new Set('C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '));
function unicodeClass(name, negated, src) {
    if (name === 'Any')
        return negated ? '[^' + re2_any().slice(1) : re2_any();
    let body;
    if (CATEGORIES.has(name))
        body = name;
    else {
        body = 'Script=' + name;
        try {
            new RegExp(`\\p{${body}}`, 'u');
        }
        catch {
            throw new RegexSyntaxError(ERR.charRange, src);
        }
    }
    return (negated ? '\\P{' : '\\p{') + body + '}';
}
/** Case variants of one code point (Go's simple folding orbit, as far as JS case mapping shows it). */
function foldVariants(c) {
    const s = String.fromCodePoint(c);
    const out = new Set([c]);
    for (const v of [s.toLowerCase(), s.toUpperCase()]) {
        if ([...v].length === 1)
            out.add(v.codePointAt(0));
    }
    for (const v of [...out]) {
        const t = String.fromCodePoint(v);
        for (const w of [t.toLowerCase(), t.toUpperCase()]) {
            if ([...w].length === 1)
                out.add(w.codePointAt(0));
        }
    }
    if (out.has(0x6b) || out.has(0x4b))
        out.add(0x212a);
    if (out.has(0x73) || out.has(0x53))
        out.add(0x17f);
    if (c === 0x212a)
        [0x6b, 0x4b].forEach((x) => out.add(x));
    if (c === 0x17f)
        [0x73, 0x53].forEach((x) => out.add(x));
    return [...out];
}
function foldRanges(ranges) {
    const out = [...ranges];
    for (const [lo, hi] of ranges) {
        if (hi - lo > 4000)
            continue;
        for (let c = lo; c <= hi; c++) {
            for (const v of foldVariants(c))
                if (v < lo || v > hi)
                    out.push([v, v]);
        }
    }
    return out;
}
/** Go's isValidCaptureName. */
const CAPTURE_NAME = /^[A-Za-z0-9_]+$/;
function translateRE2Body(expr) {
    const chars = [...expr];
    const n = chars.length;
    let pos = 0;
    let flags = { i: false, m: false, s: false, U: false };
    const stack = [];
    const names = [''];
    let out = '';
    /** Output start of the last atom that can take a repetition, or -1. */
    let atomStart = -1;
    /** Source position where the last repetition operator began, or -1 when the last item is not a repeat. */
    let lastRepeat = -1;
    const srcFrom = (a, b = n) => chars.slice(a, b).join('');
    const peek = (k = 0) => chars[pos + k];
    const emitAtom = (s) => {
        atomStart = out.length;
        out += s;
        lastRepeat = -1;
    };
    const litClass = (c) => {
        if (!flags.i)
            return cp(c);
        const vs = foldVariants(c);
        if (vs.length === 1)
            return cp(c);
        return '[' + vs.map(cp).join('') + ']';
    };
    /** Parses an escape after '\\' at pos (pointing past the backslash); returns ranges or a literal. */
    const parseEscape = (inClass, escStart) => {
        if (pos >= n)
            throw new RegexSyntaxError(ERR.trailingBackslash, '');
        const c = chars[pos++];
        switch (c) {
            case '0':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7': {
                // A single non-zero digit would be a backreference, which RE2 lacks.
                if (c !== '0' && (pos >= n || chars[pos] < '0' || chars[pos] > '7')) {
                    throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, pos));
                }
                let v = Number(c);
                for (let k = 0; k < 2 && pos < n && chars[pos] >= '0' && chars[pos] <= '7'; k++) {
                    v = v * 8 + Number(chars[pos++]);
                }
                return { lit: v };
            }
            case 'x': {
                if (pos >= n)
                    throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, pos));
                if (chars[pos] === '{') {
                    let j = pos + 1;
                    let v = 0;
                    let digits = 0;
                    while (j < n && /[0-9a-fA-F]/.test(chars[j])) {
                        v = v * 16 + parseInt(chars[j], 16);
                        digits++;
                        j++;
                        if (v > 0x10ffff)
                            throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, j));
                    }
                    if (j >= n || chars[j] !== '}' || digits === 0) {
                        throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, Math.min(j + 1, n)));
                    }
                    pos = j + 1;
                    return { lit: v };
                }
                const h = chars.slice(pos, pos + 2);
                if (h.length < 2 || !/^[0-9a-fA-F]{2}$/.test(h.join(''))) {
                    throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, Math.min(pos + 2, n)));
                }
                pos += 2;
                return { lit: parseInt(h.join(''), 16) };
            }
            case 'a':
                return { lit: 7 };
            case 'f':
                return { lit: 12 };
            case 'n':
                return { lit: 10 };
            case 'r':
                return { lit: 13 };
            case 't':
                return { lit: 9 };
            case 'v':
                return { lit: 11 };
            case 'd':
            case 's':
            case 'w':
                return { ranges: PERL[c] };
            case 'D':
            case 'S':
            case 'W':
                return { ranges: negate(PERL[c.toLowerCase()]) };
            case 'p':
            case 'P': {
                if (pos >= n)
                    throw new RegexSyntaxError(ERR.charRange, srcFrom(escStart));
                let name;
                if (chars[pos] === '{') {
                    const close = chars.indexOf('}', pos);
                    if (close < 0)
                        throw new RegexSyntaxError(ERR.charRange, srcFrom(escStart));
                    name = srcFrom(pos + 1, close);
                    pos = close + 1;
                }
                else
                    name = chars[pos++];
                let negated = c === 'P';
                if (name.startsWith('^')) {
                    negated = !negated;
                    name = name.slice(1);
                }
                return { js: unicodeClass(name, negated, srcFrom(escStart, pos)) };
            }
            default: {
                const code = c.codePointAt(0);
                if (code < 0x80 && !/[0-9A-Za-z]/.test(c))
                    return { lit: code };
                if (!inClass && (c === 'A' || c === 'z' || c === 'b' || c === 'B' || c === 'Q')) {
                    return { js: '\\' + c };
                }
                throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, pos));
            }
        }
    };
    const parseClass = () => {
        const start = pos;
        pos++; // '['
        let negated = false;
        if (peek() === '^') {
            negated = true;
            pos++;
        }
        const ranges = [];
        const extras = [];
        let first = true;
        while (pos < n && (chars[pos] !== ']' || first)) {
            // POSIX class [:name:]
            if (chars[pos] === '[' && chars[pos + 1] === ':') {
                const close = srcFrom(pos + 2).indexOf(':]');
                if (close >= 0) {
                    const nameRaw = srcFrom(pos + 2, pos + 2 + close);
                    const neg = nameRaw.startsWith('^');
                    const name = neg ? nameRaw.slice(1) : nameRaw;
                    const set = POSIX[name];
                    const end = pos + 2 + [...nameRaw].length + 2;
                    if (!set)
                        throw new RegexSyntaxError(ERR.charRange, srcFrom(pos, end));
                    ranges.push(...(neg ? negate(set) : set));
                    pos = end;
                    first = false;
                    continue;
                }
            }
            const itemStart = pos;
            let lo;
            if (chars[pos] === '\\') {
                pos++;
                const e = parseEscape(true, itemStart);
                if (e.lit === undefined) {
                    if (e.ranges)
                        ranges.push(...e.ranges);
                    if (e.js)
                        extras.push(e.js);
                    first = false;
                    continue;
                }
                lo = e.lit;
            }
            else {
                lo = chars[pos++].codePointAt(0);
            }
            first = false;
            if (chars[pos] === '-' && pos + 1 < n && chars[pos + 1] !== ']') {
                pos++;
                let hi;
                if (chars[pos] === '\\') {
                    const hs = pos;
                    pos++;
                    const e = parseEscape(true, hs);
                    if (e.lit === undefined)
                        throw new RegexSyntaxError(ERR.charRange, srcFrom(itemStart, pos));
                    hi = e.lit;
                }
                else
                    hi = chars[pos++].codePointAt(0);
                if (hi < lo)
                    throw new RegexSyntaxError(ERR.charRange, srcFrom(itemStart, pos));
                ranges.push([lo, hi]);
            }
            else
                ranges.push([lo, lo]);
        }
        if (pos >= n)
            throw new RegexSyntaxError(ERR.missingBracket, srcFrom(start));
        pos++; // ']'
        let rs = ranges;
        if (flags.i) {
            rs = foldRanges(ranges);
        }
        const body = rangesToClassBody(rs) + extras.join('');
        if (body === '')
            emitAtom(negated ? re2_any() : '[^' + re2_any().slice(1));
        else
            emitAtom('[' + (negated ? '^' : '') + body + ']');
    };
    const applyRepeat = (op, opStart) => {
        let lazy = false;
        if (peek() === '?') {
            lazy = true;
            pos++;
        }
        if (lastRepeat >= 0)
            throw new RegexSyntaxError(ERR.repeatOp, srcFrom(lastRepeat, pos));
        if (atomStart < 0)
            throw new RegexSyntaxError(ERR.missingRepeat, srcFrom(opStart, pos));
        if (flags.U)
            lazy = !lazy;
        const atom = out.slice(atomStart);
        out = out.slice(0, atomStart) + '(?:' + atom + ')' + op + (lazy ? '?' : '');
        lastRepeat = opStart;
    };
    while (pos < n) {
        const c = chars[pos];
        switch (c) {
            case '(': {
                if (peek(1) === '?') {
                    // (?P<name>, (?<name>, (?flags), (?flags:
                    const rest = srcFrom(pos);
                    if (rest.startsWith('(?P<') || rest.startsWith('(?<')) {
                        const close = rest.indexOf('>');
                        if (close < 0)
                            throw new RegexSyntaxError(ERR.namedCapture, rest);
                        const capture = rest.slice(0, close + 1);
                        const name = capture.slice(rest.startsWith('(?P<') ? 4 : 3, -1);
                        if (!CAPTURE_NAME.test(name))
                            throw new RegexSyntaxError(ERR.namedCapture, capture);
                        names.push(name);
                        stack.push({ flags, start: out.length });
                        out += '(';
                        pos += [...capture].length;
                        atomStart = -1;
                        lastRepeat = -1;
                        break;
                    }
                    // Go's parsePerlFlags: flags up to ':' or ')', '-' negates once.
                    const f = { ...flags };
                    let neg = false;
                    let sawFlag = false;
                    let k = pos + 2;
                    let term = '';
                    while (k < n) {
                        const ch = chars[k++];
                        if (ch === 'i' || ch === 'm' || ch === 's' || ch === 'U') {
                            f[ch] = !neg;
                            sawFlag = true;
                            continue;
                        }
                        if (ch === '-' && !neg) {
                            neg = true;
                            sawFlag = false;
                            continue;
                        }
                        if ((ch === ':' || ch === ')') && (!neg || sawFlag))
                            term = ch;
                        break;
                    }
                    if (term === '')
                        throw new RegexSyntaxError(ERR.perlOp, srcFrom(pos, k));
                    pos = k;
                    if (term === ')') {
                        flags = f;
                        // A flag group is not an operand: "(?i)*" lacks an argument.
                        atomStart = -1;
                        lastRepeat = -1;
                    }
                    else {
                        stack.push({ flags, start: out.length });
                        flags = f;
                        out += '(?:';
                        atomStart = -1;
                        lastRepeat = -1;
                    }
                    break;
                }
                names.push('');
                stack.push({ flags, start: out.length });
                out += '(';
                pos++;
                atomStart = -1;
                lastRepeat = -1;
                break;
            }
            case ')': {
                const top = stack.pop();
                if (!top)
                    throw new RegexSyntaxError(ERR.unexpectedParen, expr);
                flags = top.flags;
                out += ')';
                pos++;
                atomStart = top.start;
                lastRepeat = -1;
                break;
            }
            case '|':
                out += '|';
                pos++;
                atomStart = -1;
                lastRepeat = -1;
                break;
            case '*':
            case '+':
            case '?': {
                const opStart = pos;
                pos++;
                applyRepeat(c, opStart);
                break;
            }
            case '{': {
                const m = /^\{(\d+)(,(\d*))?\}/.exec(srcFrom(pos));
                if (!m) {
                    emitAtom(litClass(0x7b));
                    pos++;
                    break;
                }
                const lo = Number(m[1]);
                const hi = m[2] === undefined ? lo : m[3] === '' ? -1 : Number(m[3]);
                const opStart = pos;
                pos += m[0].length;
                if (lo > 1000 || hi > 1000 || (hi >= 0 && hi < lo)) {
                    throw new RegexSyntaxError(ERR.repeatSize, m[0]);
                }
                applyRepeat(hi < 0 ? `{${lo},}` : hi === lo ? `{${lo}}` : `{${lo},${hi}}`, opStart);
                break;
            }
            case '[':
                parseClass();
                break;
            case '.':
                emitAtom(flags.s ? re2_any() : '[^\\n]');
                pos++;
                break;
            // Without the m flag JS's ^ and $ are Go's: start and end of the text.
            case '^':
                emitAtom(flags.m ? '(?:(?<![^\\n]))' : '(?:^)');
                pos++;
                break;
            case '$':
                emitAtom(flags.m ? '(?:(?![^\\n]))' : '(?:$)');
                pos++;
                break;
            case '\\': {
                const escStart = pos;
                pos++;
                if (peek() === 'Q') {
                    pos++;
                    const endQ = srcFrom(pos).indexOf('\\E');
                    const text = endQ < 0 ? srcFrom(pos) : srcFrom(pos, pos + [...srcFrom(pos).slice(0, endQ)].length);
                    pos += [...text].length + (endQ < 0 ? 0 : 2);
                    for (const ch of text)
                        emitAtom(litClass(ch.codePointAt(0)));
                    break;
                }
                const e = parseEscape(false, escStart);
                if (e.lit !== undefined)
                    emitAtom(litClass(e.lit));
                else if (e.ranges) {
                    const rs = flags.i && e.ranges !== PERL.d ? foldRanges(e.ranges) : e.ranges;
                    emitAtom('[' + rangesToClassBody(rs) + ']');
                }
                else if (e.js === '\\A')
                    emitAtom('(?:^)');
                else if (e.js === '\\z')
                    emitAtom('(?:$)');
                else if (e.js === '\\b' || e.js === '\\B')
                    emitAtom('(?:' + e.js + ')');
                else
                    emitAtom(e.js);
                break;
            }
            default:
                emitAtom(litClass(c.codePointAt(0)));
                pos++;
        }
    }
    if (stack.length > 0)
        throw new RegexSyntaxError(ERR.missingParen, expr);
    return { source: out, flags: 'gu', names };
}
function translateRE2(expr) {
    return translateRE2Body(expr);
}

;// CONCATENATED MODULE: ./build/helm/funcs/unicode.js
/** Go's unicode predicates and per-rune case mapping (simple case folding, no special casing). */
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const TITLE = /^\p{Lt}$/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const NUMBER = /^\p{N}$/u;
const PUNCT = /^\p{P}$/u;
const isUpper = (r) => UPPER.test(r);
const isLower = (r) => LOWER.test(r);
const isTitle = (r) => TITLE.test(r);
const isLetter = (r) => LETTER.test(r);
const isDigit = (r) => DIGIT.test(r);
const isNumber = (r) => NUMBER.test(r);
const isPunct = (r) => PUNCT.test(r);
/** unicode.IsSpace. */
function isSpaceCode(c) {
    if (c <= 0xff)
        return (c >= 9 && c <= 13) || c === 32 || c === 0x85 || c === 0xa0;
    return (c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000);
}
const unicode_isSpace = (r) => isSpaceCode(r.codePointAt(0));
/** unicode.ToUpper for one rune. */
function toUpperRune(r) {
    const u = r.toUpperCase();
    return [...u].length === 1 ? u : r;
}
/** unicode.ToLower for one rune. */
function toLowerRune(r) {
    if (r === '\u0130')
        return 'i';
    const l = r.toLowerCase();
    return [...l].length === 1 ? l : r;
}
const TITLE_MAP = {
    \u01c4: '\u01c5',
    \u01c5: '\u01c5',
    \u01c6: '\u01c5',
    \u01c7: '\u01c8',
    \u01c8: '\u01c8',
    \u01c9: '\u01c8',
    \u01ca: '\u01cb',
    \u01cb: '\u01cb',
    \u01cc: '\u01cb',
    \u01f1: '\u01f2',
    \u01f2: '\u01f2',
    \u01f3: '\u01f2',
};
/** unicode.ToTitle for one rune. */
function toTitleRune(r) {
    return TITLE_MAP[r] ?? toUpperRune(r);
}
function mapRunes(s, f) {
    let out = '';
    for (const r of s)
        out += f(r);
    return out;
}
function isAscii(s) {
    // eslint-disable-next-line no-control-regex
    return /^[\x00-\x7f]*$/.test(s);
}
/** UTF-8 byte length of a JS string. */
function byteLength(s) {
    return isAscii(s) ? s.length : Buffer.byteLength(s, 'utf8');
}
/** s[start:end] over UTF-8 bytes (Go string slicing). */
function byteSlice(s, start, end) {
    if (isAscii(s))
        return s.slice(start, end);
    return Buffer.from(s, 'utf8').subarray(start, end).toString('utf8');
}

;// CONCATENATED MODULE: ./build/helm/funcs/regex.js







const regex_cache = new Map();
/** regexp.Compile: the compiled pattern or Go's parse error. */
function compileGo(expr) {
    let c = regex_cache.get(expr);
    if (!c) {
        try {
            const t = translateRE2(expr);
            c = { re: compileRe2js(expr), names: t.names };
        }
        catch (e) {
            if (e instanceof RegexSyntaxError)
                c = e;
            else {
                const m = /^error parsing regexp: ([^:]+): `([\s\S]*)`$/.exec(e.message);
                c = new RegexSyntaxError(m ? m[1] : e.message, m ? m[2] : expr);
            }
        }
        if (regex_cache.size > 1000)
            regex_cache.clear();
        regex_cache.set(expr, c);
    }
    if (c instanceof Error)
        throw c;
    return c;
}
/**
 * Go accepts a capture name used twice (`(?P<n>a)(?P<n>b)`; `$n` is the first); re2js does
 * not, so later uses become plain groups, which keeps the group numbers.
 */
function compileRe2js(expr) {
    try {
        return (0,linear_regex/* re2 */.wI)().compile(expr);
    }
    catch (e) {
        if (!/duplicate capture group name/.test(e.message))
            throw e;
        return (0,linear_regex/* re2 */.wI)().compile(renameDuplicateGroups(expr));
    }
}
function renameDuplicateGroups(expr) {
    const seen = new Set();
    let out = '';
    let inClass = false;
    for (let i = 0; i < expr.length; i++) {
        const c = expr[i];
        if (c === '\\') {
            if (expr[i + 1] === 'Q') {
                const end = expr.indexOf('\\E', i + 2);
                const stop = end < 0 ? expr.length : end + 2;
                out += expr.slice(i, stop);
                i = stop - 1;
            }
            else {
                out += expr.slice(i, i + 2);
                i++;
            }
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
            continue;
        }
        if (c === '[') {
            inClass = true;
            out += c;
            if (expr[i + 1] === '^')
                out += expr[++i];
            if (expr[i + 1] === ']')
                out += expr[++i];
            continue;
        }
        const named = c === '(' ? /^\(\?P?<([A-Za-z0-9_]+)>/.exec(expr.slice(i, i + 200)) : null;
        if (named) {
            if (seen.has(named[1]))
                out += '(';
            else
                out += named[0];
            seen.add(named[1]);
            i += named[0].length - 1;
            continue;
        }
        out += c;
    }
    return out;
}
/** Whether `s` contains a match (an unanchored search, as Go's MatchString). */
function goRegexTest(c, s) {
    return c.re.test(s);
}
/** strconv.CanBackquote: no control characters but tab, no backquote, no BOM. */
function canBackquote(s) {
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if ((c < 0x20 && c !== 9) || c === 0x7f || ch === '`' || c === 0xfeff)
            return false;
    }
    return true;
}
/** regexp.MustCompile's panic text. */
function mustCompile(expr) {
    try {
        return compileGo(expr);
    }
    catch (e) {
        const q = canBackquote(expr) ? '`' + expr + '`' : quoteGo(expr);
        return goPanic(`regexp: Compile(${q}): ${e.message}`);
    }
}
function compileOrError(expr) {
    try {
        return compileGo(expr);
    }
    catch (e) {
        return goError(e.message);
    }
}
function search(c, s) {
    return { c, m: c.re.matcher(s) };
}
/** The leftmost-first match starting at or after pos, the text before pos still seen by ^ and \b. */
function execAt(x, pos) {
    if (!x.m.find(pos))
        return null;
    const n = x.m.groupCount();
    const out = { 0: x.m.group(0) ?? '', length: n + 1, index: x.m.start() };
    for (let g = 1; g <= n; g++)
        out[g] = x.m.group(g) ?? undefined;
    return out;
}
const runeWidth = (s, pos) => {
    const code = s.charCodeAt(pos);
    return code >= 0xd800 && code <= 0xdbff && pos + 1 < s.length ? 2 : 1;
};
/** Go's allMatches: no empty match right after a previous match; advance one rune on empty. */
function allMatches(c, s, n) {
    const out = [];
    let pos = 0;
    let prevEnd = -1;
    while ((n < 0 || out.length < n) && pos <= s.length) {
        const m = execAt(c, pos);
        if (!m)
            break;
        const a = m.index;
        const b = a + m[0].length;
        let accept = true;
        if (b === pos) {
            if (a === prevEnd)
                accept = false;
            pos += pos < s.length ? runeWidth(s, pos) : 1;
        }
        else
            pos = b;
        prevEnd = b;
        if (accept)
            out.push(m);
    }
    return out;
}
/** Regexp.Expand with $1, ${1}, $name, ${name}, $$. */
function expand(template, m, names) {
    let out = '';
    let t = template;
    for (;;) {
        const i = t.indexOf('$');
        if (i < 0)
            break;
        out += t.slice(0, i);
        t = t.slice(i + 1);
        if (t[0] === '$') {
            out += '$';
            t = t.slice(1);
            continue;
        }
        let brace = false;
        let r = t;
        if (r[0] === '{') {
            brace = true;
            r = r.slice(1);
        }
        let k = 0;
        const runes = [...r];
        let nameLen = 0;
        while (k < runes.length && (isLetter(runes[k]) || isDigit(runes[k]) || runes[k] === '_')) {
            nameLen += runes[k].length;
            k++;
        }
        if (nameLen === 0 || (brace && r[nameLen] !== '}')) {
            out += '$';
            continue;
        }
        const name = r.slice(0, nameLen);
        t = r.slice(nameLen + (brace ? 1 : 0));
        let num = -1;
        if (/^[0-9]+$/.test(name) && !(name[0] === '0' && name.length > 1) && name.length <= 9) {
            num = Number(name);
        }
        if (num >= 0) {
            if (num < m.length && m[num] !== undefined)
                out += m[num];
        }
        else {
            const idx = names.indexOf(name);
            if (idx > 0 && m[idx] !== undefined)
                out += m[idx];
        }
    }
    return out + t;
}
/** Go's replaceAll loop. */
function replaceAllGo(c, src, repl) {
    let out = '';
    let lastMatchEnd = 0;
    let searchPos = 0;
    while (searchPos <= src.length) {
        const m = execAt(c, searchPos);
        if (!m)
            break;
        const a0 = m.index;
        const a1 = a0 + m[0].length;
        out += src.slice(lastMatchEnd, a0);
        if (a1 > lastMatchEnd || a0 === 0)
            out += repl(m);
        lastMatchEnd = a1;
        const width = searchPos < src.length ? runeWidth(src, searchPos) : 0;
        if (searchPos + width > a1)
            searchPos += width;
        else if (searchPos + 1 > a1)
            searchPos++;
        else
            searchPos = a1;
    }
    return out + src.slice(lastMatchEnd);
}
function splitGo(c, exprLen, s, n) {
    if (n === 0)
        return null;
    if (exprLen > 0 && s.length === 0)
        return [''];
    const matches = allMatches(c, s, n);
    const out = [];
    let beg = 0;
    let end = 0;
    for (const m of matches) {
        if (n > 0 && out.length === n - 1)
            break;
        end = m.index;
        if (m.index + m[0].length !== 0)
            out.push(s.slice(beg, end));
        beg = m.index + m[0].length;
    }
    if (end !== s.length)
        out.push(s.slice(beg));
    return out;
}
const regex_str = (v) => (typeof v === 'string' ? v : strval(v));
const matchImpl = (compile) => (regex, s) => {
    const input = regex_str(s);
    return execAt(search(compile(regex_str(regex)), input), 0) !== null;
};
const regexMatch = (regex, s) => {
    try {
        return matchImpl(compileGo)(regex, s);
    }
    catch {
        return false;
    }
};
const mustRegexMatch = matchImpl(compileOrError);
const findAllImpl = (compile) => (regex, s, n) => {
    const input = regex_str(s);
    const ms = allMatches(search(compile(regex_str(regex)), input), input, intNum(n));
    return ms.length === 0 ? (0,types/* nilSlice */.EE)('[]string') : (0,types/* stringSlice */.SZ)(ms.map((m) => m[0]));
};
const regexFindAll = findAllImpl(mustCompile);
const mustRegexFindAll = findAllImpl(compileOrError);
const findImpl = (compile) => (regex, s) => {
    const input = regex_str(s);
    return execAt(search(compile(regex_str(regex)), input), 0)?.[0] ?? '';
};
const regexFind = findImpl(mustCompile);
const mustRegexFind = findImpl(compileOrError);
const replaceImpl = (compile, literal) => (regex, s, repl) => {
    const input = regex_str(s);
    const c = compile(regex_str(regex));
    const r = regex_str(repl);
    return replaceAllGo(search(c, input), input, literal ? () => r : (m) => expand(r, m, c.names));
};
const regexReplaceAll = replaceImpl(mustCompile, false);
const mustRegexReplaceAll = replaceImpl(compileOrError, false);
const regexReplaceAllLiteral = replaceImpl(mustCompile, true);
const mustRegexReplaceAllLiteral = replaceImpl(compileOrError, true);
const splitImpl = (compile) => (regex, s, n) => {
    const expr = regex_str(regex);
    const input = regex_str(s);
    const parts = splitGo(search(compile(expr), input), expr.length, input, intNum(n));
    return parts === null ? (0,types/* nilSlice */.EE)('[]string') : (0,types/* stringSlice */.SZ)(parts);
};
const regexSplit = splitImpl(mustCompile);
const mustRegexSplit = splitImpl(compileOrError);
/** regexp.QuoteMeta. */
const regexQuoteMeta = (s) => regex_str(s).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');

;// CONCATENATED MODULE: ./build/helm/funcs/semver.js
/**
 * Sprig's semver and semverCompare over Masterminds/semver v3 semantics (shared with
 * chart loading in ../semver.ts): NewVersion coerces, and a pre-release version
 * satisfies a constraint only if that constraint group names a pre-release, which is
 * why charts write ">=1.21-0". Versions reach templates as *semver.Version values
 * with Go's methods (Major, Prerelease, Compare, IncMinor...).
 */





const NUM = /^[0-9]*$/;
const ALLOWED = /^[0-9A-Za-z-]*$/;
function validatePrerelease(p) {
    for (const part of p.split('.')) {
        if (part === '')
            throw new semver/* SemverError */.VY('invalid prerelease string');
        if (NUM.test(part)) {
            if (part.length > 1 && part[0] === '0')
                throw new semver/* SemverError */.VY('version segment starts with 0');
        }
        else if (!ALLOWED.test(part))
            throw new semver/* SemverError */.VY('invalid prerelease string');
    }
}
function validateMetadata(m) {
    for (const part of m.split('.')) {
        if (part === '' || !ALLOWED.test(part))
            throw new semver/* SemverError */.VY('invalid metadata string');
    }
}
const semver_str = (v) => (typeof v === 'string' ? v : strval(v));
function wrapErr(f) {
    try {
        return f();
    }
    catch (e) {
        if (e instanceof semver/* SemverError */.VY)
            goError(e.message);
        throw e;
    }
}
function semverCompare(constraint, version) {
    return wrapErr(() => {
        const cs = (0,semver/* parseConstraints */.cP)(semver_str(constraint));
        const v = (0,semver/* parseVersion */.ot)(semver_str(version));
        return (0,semver/* satisfies */.ib)(v, cs);
    });
}
const u64 = (v) => intOfKind(v, 'uint64');
/** A *semver.Version (semver.Version for the Inc and Set results) as a template value. */
function versionValue(v, pointer = true) {
    const other = (o) => o instanceof template_value/* GoStruct */.On ? versionOf(o) : goError('wrong type for value; expected *semver.Version');
    const vPrefix = v.original.startsWith('v') ? 'v' : '';
    const next = (n) => {
        n.original = vPrefix + (0,semver/* versionString */.A6)(n);
        return versionValue(n, false);
    };
    const s = new template_value/* GoStruct */.On(pointer ? '*semver.Version' : 'semver.Version', {}, {
        String: () => (0,semver/* versionString */.A6)(v),
        Original: () => v.original,
        Major: () => u64(v.major),
        Minor: () => u64(v.minor),
        Patch: () => u64(v.patch),
        Prerelease: () => v.pre,
        Metadata: () => v.metadata,
        IncPatch: () => next(v.pre
            ? { ...v, pre: '', metadata: '' }
            : { ...v, pre: '', metadata: '', patch: v.patch + 1n }),
        IncMinor: () => next({ ...v, pre: '', metadata: '', patch: 0n, minor: v.minor + 1n }),
        IncMajor: () => next({ ...v, pre: '', metadata: '', patch: 0n, minor: 0n, major: v.major + 1n }),
        SetPrerelease: (p) => wrapErr(() => {
            const pre = semver_str(p);
            if (pre)
                validatePrerelease(pre);
            return next({ ...v, pre });
        }),
        SetMetadata: (m) => wrapErr(() => {
            const metadata = semver_str(m);
            if (metadata)
                validateMetadata(metadata);
            return next({ ...v, metadata });
        }),
        Compare: (o) => BigInt((0,semver/* compareVersions */.Zy)(v, other(o))),
        LessThan: (o) => (0,semver/* compareVersions */.Zy)(v, other(o)) < 0,
        LessThanEqual: (o) => (0,semver/* compareVersions */.Zy)(v, other(o)) <= 0,
        GreaterThan: (o) => (0,semver/* compareVersions */.Zy)(v, other(o)) > 0,
        GreaterThanEqual: (o) => (0,semver/* compareVersions */.Zy)(v, other(o)) >= 0,
        Equal: (o) => (0,semver/* compareVersions */.Zy)(v, other(o)) === 0,
        MarshalJSON: () => JSON.stringify((0,semver/* versionString */.A6)(v)),
        MarshalText: () => (0,semver/* versionString */.A6)(v),
    }, []);
    VERSIONS.set(s, v);
    return s;
}
const VERSIONS = new WeakMap();
function versionOf(o) {
    const v = VERSIONS.get(o);
    if (!v)
        return goError('wrong type for value; expected *semver.Version');
    return v;
}
function semver_semver(version) {
    return wrapErr(() => versionValue((0,semver/* parseVersion */.ot)(semver_str(version))));
}

;// CONCATENATED MODULE: ./build/helm/funcs/strings.js







const strings_str = (v) => (typeof v === 'string' ? v : strval(v));
/** Bytes of s as Go sees them, plus a decoder that maps each byte to one rune (Go's rune(b)). */
function latin1Runes(bytes) {
    let out = '';
    for (const b of bytes)
        out += String.fromCharCode(b);
    return out;
}
function trunc(c, s) {
    const n = intNum(c);
    const t = strings_str(s);
    const len = byteLength(t);
    if (n < 0 && len + n > 0)
        return byteSlice(t, len + n);
    if (n >= 0 && len > n)
        return byteSlice(t, 0, n);
    return t;
}
function substr(startV, endV, s) {
    const start = intNum(startV);
    const end = intNum(endV);
    const t = strings_str(s);
    const len = byteLength(t);
    if (start < 0) {
        if (end < 0)
            goPanic(`runtime error: slice bounds out of range [:${end}]`);
        if (end > len)
            goPanic(`runtime error: slice bounds out of range [:${end}] with length ${len}`);
        return byteSlice(t, 0, end);
    }
    if (end < 0 || end > len) {
        if (start > len)
            goPanic(`runtime error: slice bounds out of range [${start}:${len}]`);
        return byteSlice(t, start);
    }
    if (start > end)
        goPanic(`runtime error: slice bounds out of range [${start}:${end}]`);
    return byteSlice(t, start, end);
}
/** goutils.AbbreviateFull over bytes (it slices Go strings by byte index). */
function abbreviateFull(b, offset, maxWidth) {
    const dots = Buffer.from('...');
    if (b.length === 0)
        return b;
    if (maxWidth < 4)
        return Buffer.alloc(0);
    const len = b.length;
    if (len <= maxWidth)
        return b;
    if (offset > len)
        offset = len;
    if (len - offset < maxWidth - 3)
        offset = len - (maxWidth - 3);
    if (offset <= 4)
        return Buffer.concat([b.subarray(0, maxWidth - 3), dots]);
    if (maxWidth < 7)
        return Buffer.alloc(0);
    if (offset + maxWidth - 3 < len) {
        return Buffer.concat([dots, abbreviateFull(b.subarray(offset), 0, maxWidth - 3)]);
    }
    return Buffer.concat([dots, b.subarray(len - (maxWidth - 3))]);
}
function abbrev(width, s) {
    const w = intNum(width);
    if (w < 4)
        return strings_str(s);
    return abbreviateFull(Buffer.from(strings_str(s), 'utf8'), 0, w).toString('utf8');
}
function abbrevboth(left, right, s) {
    const l = intNum(left);
    const r = intNum(right);
    if (r < 4 || (l > 0 && r < 7))
        return strings_str(s);
    return abbreviateFull(Buffer.from(strings_str(s), 'utf8'), l, r).toString('utf8');
}
/** strings.TrimSpace (Go's unicode.IsSpace, which excludes U+FEFF unlike String.trim). */
function trimSpace(s) {
    let a = 0;
    let b = s.length;
    while (a < b && isSpaceCode(s.charCodeAt(a)))
        a++;
    while (b > a && isSpaceCode(s.charCodeAt(b - 1)))
        b--;
    return s.slice(a, b);
}
const upper = (s) => mapRunes(strings_str(s), toUpperRune);
const lower = (s) => mapRunes(strings_str(s), toLowerRune);
/** strings.Title's word separator test. */
function isSeparator(r) {
    const c = r.codePointAt(0);
    if (c <= 0x7f)
        return !/[0-9A-Za-z_]/.test(r);
    if (isLetter(r) || isDigit(r))
        return false;
    return isSpaceCode(c);
}
function title(s) {
    let prev = ' ';
    return mapRunes(strings_str(s), (r) => {
        const out = isSeparator(prev) ? toTitleRune(r) : r;
        prev = r;
        return out;
    });
}
/** goutils.Uncapitalize: lower-cases the first rune of each whitespace-separated word. */
function untitle(s) {
    let next = true;
    return mapRunes(strings_str(s), (r) => {
        if (unicode_isSpace(r)) {
            next = true;
            return r;
        }
        if (next) {
            next = false;
            return toLowerRune(r);
        }
        return r;
    });
}
function repeat(count, s) {
    const n = intNum(count);
    if (n < 0)
        goPanic('strings: negative Repeat count');
    const text = strings_str(s);
    (0,budget/* checkSize */.C1)('repeat', n * text.length, 'chars');
    return text.repeat(n);
}
/** strings.Trim(s, cutset): cutset is a set of runes. */
function trimCutset(s, cutset) {
    if (s === '' || cutset === '')
        return s;
    const set = new Set(cutset);
    const runes = [...s];
    let a = 0;
    let b = runes.length;
    while (a < b && set.has(runes[a]))
        a++;
    while (b > a && set.has(runes[b - 1]))
        b--;
    return runes.slice(a, b).join('');
}
const trimAll = (cut, s) => trimCutset(strings_str(s), strings_str(cut));
function trimSuffix(suffix, s) {
    const t = strings_str(s);
    const x = strings_str(suffix);
    return x !== '' && t.endsWith(x) ? t.slice(0, t.length - x.length) : t;
}
function trimPrefix(prefix, s) {
    const t = strings_str(s);
    const x = strings_str(prefix);
    return t.startsWith(x) ? t.slice(x.length) : t;
}
/** goutils.DeleteWhiteSpace: works on bytes, re-encoding each kept byte as a rune. */
function nospace(s) {
    const t = strings_str(s);
    if (t === '')
        return t;
    if (isAscii(t)) {
        return t.replace(/[\t\n\v\f\r ]/g, '');
    }
    const bytes = Buffer.from(t, 'utf8');
    const kept = bytes.filter((b) => !isSpaceCode(b));
    if (kept.length === bytes.length)
        return t;
    return latin1Runes(kept);
}
/** goutils.Initials: first byte of each whitespace-separated word, byte taken as a rune. */
function initials(s) {
    const t = strings_str(s);
    if (t === '')
        return t;
    let out = '';
    let gap = true;
    for (const b of Buffer.from(t, 'utf8')) {
        if (isSpaceCode(b))
            gap = true;
        else if (gap) {
            out += String.fromCharCode(b);
            gap = false;
        }
    }
    return out;
}
/** goutils.SwapCase (word based: a lower-case letter after whitespace becomes title case). */
function swapcase(s) {
    let ws = true;
    return mapRunes(strings_str(s), (r) => {
        if (isUpper(r) || isTitle(r)) {
            ws = false;
            return toLowerRune(r);
        }
        if (isLower(r)) {
            if (ws) {
                ws = false;
                return toTitleRune(r);
            }
            return toUpperRune(r);
        }
        ws = unicode_isSpace(r);
        return r;
    });
}
/** xstrings.Shuffle. */
function shuffle(s) {
    const runes = [...strings_str(s)];
    for (let i = runes.length - 1; i > 0; i--) {
        const j = randomInt(i + 1);
        [runes[i], runes[j]] = [runes[j], runes[i]];
    }
    return runes.join('');
}
const isConnector = (r) => r === '-' || r === '_' || unicode_isSpace(r);
/** xstrings' isAlphabet: a letter that is not CJK. */
function isAlphabet(r) {
    if (!isLetter(r))
        return false;
    const c = r.codePointAt(0);
    if (c < 0x3400)
        return true;
    if (c >= 0x4e00 && c <= 0x9fcc)
        return false;
    if (c >= 0x3400 && c <= 0x4d85)
        return false;
    if (c >= 0x20000 && c <= 0x2b81d)
        return false;
    return true;
}
/**
 * xstrings v1.5 ToPascalCase (Sprig's camelcase): connectors are dropped and the next
 * rune upper-cased; a word that starts upper-case has its following capitals
 * lower-cased until its first non-capital ("HTTPServer" -> "Httpserver").
 */
function camelcase(s) {
    const runes = [...strings_str(s)];
    if (runes.length === 0)
        return '';
    let out = '';
    let i = 0;
    while (i < runes.length && isConnector(runes[i]))
        out += runes[i++];
    if (i === runes.length)
        return out;
    let firstUpper = isUpper(runes[i]);
    let r0 = toUpperRune(runes[i++]);
    for (; i < runes.length; i++) {
        const r1 = r0;
        r0 = runes[i];
        if (isConnector(r0) && isConnector(r1)) {
            out += r1;
            continue;
        }
        if (isConnector(r1)) {
            firstUpper = isUpper(r0);
            r0 = toUpperRune(r0);
        }
        else {
            if (firstUpper) {
                if (isUpper(r0))
                    r0 = toLowerRune(r0);
                else
                    firstUpper = false;
            }
            out += r1;
        }
    }
    return out + r0;
}
/** xstrings' word scanner behind ToSnakeCase/ToKebabCase. */
function nextWord(runes, pos) {
    if (pos >= runes.length)
        return { wt: 'invalid', end: pos };
    let i = pos;
    const r = runes[i++];
    const run = (pred) => {
        while (i < runes.length && pred(runes[i]))
            i++;
    };
    if (isConnector(r)) {
        run(isConnector);
        return { wt: 'connector', end: i };
    }
    if (isPunct(r)) {
        run(isPunct);
        return { wt: 'punct', end: i };
    }
    if (isUpper(r)) {
        if (i >= runes.length)
            return { wt: 'upper', end: i };
        const n = runes[i];
        if (isUpper(n)) {
            i++;
            run(isUpper);
            // "HTTPStatus": the last capital starts the next word.
            if (i < runes.length && isAlphabet(runes[i]))
                i--;
        }
        else if (isAlphabet(n)) {
            i++;
            run((x) => isAlphabet(x) && !isUpper(x));
        }
        return { wt: 'upper', end: i };
    }
    if (isAlphabet(r)) {
        run((x) => isAlphabet(x) && !isUpper(x));
        return { wt: 'alpha', end: i };
    }
    if (isNumber(r)) {
        run(isNumber);
        return { wt: 'number', end: i };
    }
    run((x) => !(isConnector(x) || isAlphabet(x) || isNumber(x) || isPunct(x)));
    return { wt: 'other', end: i };
}
function caseToLower(s, connector) {
    const runes = [...strings_str(s)];
    if (runes.length === 0)
        return '';
    let out = '';
    const lowerWord = (wt, a, b) => {
        if (wt !== 'upper' && wt !== 'connector') {
            for (let k = a; k < b; k++)
                out += runes[k];
            return;
        }
        for (let k = a; k < b; k++) {
            const r = runes[k];
            out += isConnector(r) ? connector : isUpper(r) ? toLowerRune(r) : r;
        }
    };
    let start = 0;
    let { wt, end } = nextWord(runes, 0);
    const advance = () => {
        start = end;
        const n = nextWord(runes, end);
        wt = n.wt;
        end = n.end;
    };
    // Read through a function: `advance` reassigns wt, which TypeScript's narrowing cannot see.
    const cur = () => wt;
    while (end < runes.length) {
        if (cur() !== 'connector')
            lowerWord(wt, start, end);
        const prev = wt;
        const lastStart = start;
        const lastEnd = end;
        advance();
        switch (prev) {
            case 'number':
                while (cur() === 'alpha' || cur() === 'number') {
                    lowerWord(wt, start, end);
                    advance();
                }
                if (cur() !== 'invalid' && cur() !== 'punct' && cur() !== 'connector')
                    out += connector;
                break;
            case 'connector':
                lowerWord(prev, lastStart, lastEnd);
                break;
            case 'punct':
                break;
            default: {
                if (cur() !== 'number') {
                    if (cur() !== 'connector' && cur() !== 'punct')
                        out += connector;
                    break;
                }
                if (end >= runes.length)
                    break;
                const numStart = start;
                const numEnd = end;
                advance();
                if (cur() !== 'alpha') {
                    lowerWord('number', numStart, numEnd);
                    if (cur() !== 'connector' && cur() !== 'punct')
                        out += connector;
                    break;
                }
                out += connector;
                lowerWord('number', numStart, numEnd);
                while (cur() === 'alpha' || cur() === 'number') {
                    lowerWord(wt, start, end);
                    advance();
                }
                if (cur() !== 'invalid' && cur() !== 'connector' && cur() !== 'punct')
                    out += connector;
            }
        }
    }
    lowerWord(wt, start, end);
    return out;
}
const snakecase = (s) => caseToLower(s, '_');
const kebabcase = (s) => caseToLower(s, '-');
/** goutils.WrapCustom over bytes (lines break at ' ' only). */
function wrapCustom(s, width, nl, wrapLong) {
    if (s === '')
        return '';
    if (nl === '')
        nl = '\n';
    if (width < 1)
        width = 1;
    const ascii = isAscii(s);
    const b = ascii ? null : Buffer.from(s, 'utf8');
    const len = ascii ? s.length : b.length;
    const at = (i) => (ascii ? s.charCodeAt(i) : b[i]);
    const sub = (x, y) => ascii ? s.slice(x, y) : b.subarray(x, y).toString('utf8');
    const lastSpace = (x, y) => {
        for (let k = y - 1; k >= x; k--)
            if (at(k) === 32)
                return k;
        return -1;
    };
    let out = '';
    let offset = 0;
    while (len - offset > width) {
        if (at(offset) === 32) {
            offset++;
            continue;
        }
        const end = width + offset + 1;
        const sp = lastSpace(offset, end);
        if (sp >= offset) {
            out += sub(offset, sp) + nl;
            offset = sp + 1;
        }
        else if (wrapLong) {
            out += sub(offset, width + offset) + nl;
            offset += width;
        }
        else {
            const e = width + offset;
            let idx = -1;
            for (let k = e; k < len; k++)
                if (at(k) === 32) {
                    idx = k;
                    break;
                }
            if (idx === -1) {
                out += sub(offset);
                offset = len;
            }
            else {
                out += sub(offset, idx) + nl;
                offset = idx + 1;
            }
        }
    }
    return out + sub(offset);
}
const strings_wrap = (l, s) => wrapCustom(strings_str(s), intNum(l), '', false);
const wrapWith = (l, sep, s) => wrapCustom(strings_str(s), intNum(l), strings_str(sep), true);
const contains = (sub, s) => strings_str(s).includes(strings_str(sub));
const hasPrefix = (p, s) => strings_str(s).startsWith(strings_str(p));
const hasSuffix = (p, s) => strings_str(s).endsWith(strings_str(p));
function quote(...args) {
    return args
        .filter((a) => a !== null)
        .map((a) => quoteGo(strval(a)))
        .join(' ');
}
function squote(...args) {
    return args
        .filter((a) => a !== null)
        .map((a) => "'" + formatV(a) + "'")
        .join(' ');
}
function cat(...args) {
    return args
        .filter((a) => a !== null)
        .map((a) => formatV(a))
        .join(' ');
}
function indent(spaces, v) {
    const n = intNum(spaces);
    if (n < 0)
        goPanic('strings: negative Repeat count');
    const text = strings_str(v);
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lines++;
    (0,budget/* checkSize */.C1)('indent', text.length + lines * n, 'chars');
    const pad = ' '.repeat(n);
    return pad + text.replaceAll('\n', '\n' + pad);
}
const nindent = (spaces, v) => '\n' + indent(spaces, v);
/** strings.Replace(src, old, new, -1); an empty old inserts around every rune. */
function replaceAll(src, old, rep) {
    if (old === '')
        return rep + [...src].map((r) => r + rep).join('');
    return src.split(old).join(rep);
}
const replace = (old, rep, src) => replaceAll(strings_str(src), strings_str(old), strings_str(rep));
const plural = (one, many, count) => intArg(count) === 1n ? strings_str(one) : strings_str(many);
/** strconv.Atoi with Sprig's ignored error: syntax errors give 0, range errors clamp. */
function atoi(a) {
    const s = strings_str(a);
    const m = /^([+-]?)([0-9]+)$/.exec(s);
    if (!m)
        return 0n;
    const v = BigInt(s);
    const max = (1n << 63n) - 1n;
    if (v > max)
        return max;
    if (v < -max - 1n)
        return -max - 1n;
    return v;
}
/** strings.Split(s, sep); an empty sep splits into runes. */
function goSplit(s, sep, n = -1) {
    if (n === 0)
        return [];
    if (sep === '') {
        const runes = [...s];
        if (n > 0 && runes.length > n)
            return [...runes.slice(0, n - 1), runes.slice(n - 1).join('')];
        return runes;
    }
    const parts = s.split(sep);
    if (n > 0 && parts.length > n)
        return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
    return parts;
}
function indexedMap(parts) {
    const m = {};
    parts.forEach((p, i) => (m['_' + i] = p));
    return (0,types/* typedMap */.lP)(m, 'map[string]string');
}
const split = (sep, orig) => indexedMap(goSplit(strings_str(orig), strings_str(sep)));
const splitn = (sep, n, orig) => indexedMap(goSplit(strings_str(orig), strings_str(sep), intNum(n)));
const splitList = (sep, orig) => (0,types/* stringSlice */.SZ)(goSplit(strings_str(orig), strings_str(sep)));
/** Sprig's strslice: any slice to []string (nils dropped), a scalar to a one-element list. */
function strslice(v) {
    if ((0,types/* isSlice */.Dz)(v))
        return (0,types/* sliceItems */.PS)(v)
            .filter((x) => x !== null)
            .map(strval);
    if (v === null)
        return [];
    return [strval(v)];
}
const toStrings = (v) => (0,types/* stringSlice */.SZ)(strslice(v));
const join = (sep, v) => strslice(v).join(strings_str(sep));
function sortAlpha(v) {
    if ((0,types/* isSlice */.Dz)(v))
        return (0,types/* stringSlice */.SZ)(strslice(v).sort(types/* compareBytes */.Xo));
    return (0,types/* stringSlice */.SZ)([strval(v)]);
}
const strings_toString = (v) => strval(v);

;// CONCATENATED MODULE: ./build/helm/funcs/url.js



/** net/url shouldEscape. */
function shouldEscape(c, mode) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))
        return false;
    const ch = String.fromCharCode(c);
    if (mode === 'host' || mode === 'zone') {
        if ('!$&\'()*+,;=:[]<>"'.includes(ch))
            return false;
    }
    if ('-_.~'.includes(ch))
        return false;
    if ('$&+,/:;=?@'.includes(ch)) {
        switch (mode) {
            case 'path':
                return ch === '?';
            case 'userPassword':
                return ch === '@' || ch === '/' || ch === '?' || ch === ':';
            case 'queryComponent':
                return true;
            case 'fragment':
                return false;
            default:
                return false;
        }
    }
    if (mode === 'fragment' && '!()*'.includes(ch))
        return false;
    return true;
}
function url_escape(s, mode) {
    let out = '';
    for (const b of Buffer.from(s, 'utf8')) {
        if (shouldEscape(b, mode))
            out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
        else
            out += String.fromCharCode(b);
    }
    return out;
}
class UrlError extends Error {
}
function url_unescape(s, mode) {
    const bytes = [];
    const src = Buffer.from(s, 'utf8');
    for (let i = 0; i < src.length; i++) {
        const b = src[i];
        if (b === 0x25) {
            const hex = src.subarray(i + 1, i + 3).toString('latin1');
            if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
                const bad = src.subarray(i, Math.min(i + 3, src.length)).toString('utf8');
                throw new UrlError(`invalid URL escape ${JSON.stringify(bad)}`);
            }
            bytes.push(parseInt(hex, 16));
            i += 2;
        }
        else if (b === 0x2b && mode === 'queryComponent')
            bytes.push(0x20);
        else {
            if ((mode === 'host' || mode === 'zone') && b < 0x80 && shouldEscape(b, mode)) {
                throw new UrlError(`invalid character ${JSON.stringify(String.fromCharCode(b))} in host name`);
            }
            bytes.push(b);
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function getScheme(raw) {
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (/[a-zA-Z]/.test(c))
            continue;
        if (/[0-9+.-]/.test(c)) {
            if (i === 0)
                return ['', raw];
            continue;
        }
        if (c === ':') {
            if (i === 0)
                throw new UrlError('missing protocol scheme');
            return [raw.slice(0, i), raw.slice(i + 1)];
        }
        return ['', raw];
    }
    return ['', raw];
}
function parseHost(host) {
    if (host.startsWith('[')) {
        const i = host.lastIndexOf(']');
        if (i < 0)
            throw new UrlError("missing ']' in host");
        const colonPort = host.slice(i + 1);
        if (colonPort !== '' && !/^:[0-9]*$/.test(colonPort)) {
            throw new UrlError(`invalid port ${JSON.stringify(colonPort)} after host`);
        }
        return url_unescape(host, 'host');
    }
    const i = host.lastIndexOf(':');
    if (i >= 0) {
        const colonPort = host.slice(i);
        if (!/^:[0-9]*$/.test(colonPort)) {
            throw new UrlError(`invalid port ${JSON.stringify(colonPort)} after host`);
        }
    }
    return url_unescape(host, 'host');
}
/** url.Parse. */
function parseUrl(rawURL) {
    const hash = rawURL.indexOf('#');
    const u = hash >= 0 ? rawURL.slice(0, hash) : rawURL;
    const frag = hash >= 0 ? rawURL.slice(hash + 1) : '';
    const wrap = (msg) => {
        throw new UrlError(`parse ${JSON.stringify(rawURL)}: ${msg}`);
    };
    try {
        // eslint-disable-next-line no-control-regex
        if (/[\x00-\x1f\x7f]/.test(u))
            throw new UrlError('net/url: invalid control character in URL');
        const url = {
            scheme: '',
            opaque: '',
            user: null,
            host: '',
            path: '',
            rawQuery: '',
            fragment: '',
        };
        if (u === '' || u === '*') {
            url.path = u;
        }
        else {
            let rest;
            [url.scheme, rest] = getScheme(u);
            url.scheme = url.scheme.toLowerCase();
            const q = rest.indexOf('?');
            if (q >= 0) {
                url.rawQuery = rest.slice(q + 1);
                rest = rest.slice(0, q);
            }
            if (!rest.startsWith('/')) {
                if (url.scheme !== '') {
                    url.opaque = rest;
                    url.fragment = url_unescape(frag, 'fragment');
                    return url;
                }
                const colon = rest.indexOf(':');
                const slash = rest.indexOf('/');
                if (colon >= 0 && (slash < 0 || colon < slash)) {
                    throw new UrlError('first path segment in URL cannot contain colon');
                }
            }
            if ((url.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
                const auth0 = rest.slice(2);
                const slash = auth0.indexOf('/');
                const authority = slash >= 0 ? auth0.slice(0, slash) : auth0;
                rest = slash >= 0 ? auth0.slice(slash) : '';
                const at = authority.lastIndexOf('@');
                if (at >= 0) {
                    const userinfo = authority.slice(0, at);
                    const colon = userinfo.indexOf(':');
                    if (colon < 0)
                        url.user = { username: url_unescape(userinfo, 'userPassword') };
                    else {
                        url.user = {
                            username: url_unescape(userinfo.slice(0, colon), 'userPassword'),
                            password: url_unescape(userinfo.slice(colon + 1), 'userPassword'),
                        };
                    }
                }
                url.host = parseHost(at >= 0 ? authority.slice(at + 1) : authority);
            }
            url.path = url_unescape(rest, 'path');
        }
        url.fragment = url_unescape(frag, 'fragment');
        return url;
    }
    catch (e) {
        return wrap(e.message);
    }
}
function userString(user) {
    let s = url_escape(user.username, 'userPassword');
    if (user.password !== undefined)
        s += ':' + url_escape(user.password, 'userPassword');
    return s;
}
function hostname(host) {
    if (host.startsWith('[')) {
        const i = host.indexOf(']');
        return i >= 0 ? host.slice(1, i) : host.slice(1);
    }
    const i = host.lastIndexOf(':');
    return i >= 0 && /^:[0-9]*$/.test(host.slice(i)) ? host.slice(0, i) : host;
}
function urlParse(v) {
    const s = typeof v === 'string' ? v : strval(v);
    let u;
    try {
        u = parseUrl(s);
    }
    catch (e) {
        return goPanic(`unable to parse url: ${e.message}`);
    }
    return {
        scheme: u.scheme,
        host: u.host,
        hostname: hostname(u.host),
        path: u.path,
        query: u.rawQuery,
        opaque: u.opaque,
        fragment: u.fragment,
        userinfo: u.user ? userString(u.user) : '',
    };
}
function dictGetOrEmpty(d, key) {
    if (!Object.prototype.hasOwnProperty.call(d, key))
        return '';
    const v = d[key];
    if (typeof v !== 'string') {
        goPanic(`unable to parse ${key} key, must be of type string, but ${v === null ? 'invalid' : (0,types/* goKindName */.iX)(v)} found`);
    }
    return v;
}
function urlJoin(d) {
    const m = (d ?? {});
    const scheme = dictGetOrEmpty(m, 'scheme');
    const host = dictGetOrEmpty(m, 'host');
    const path = dictGetOrEmpty(m, 'path');
    const rawQuery = dictGetOrEmpty(m, 'query');
    const opaque = dictGetOrEmpty(m, 'opaque');
    const fragment = dictGetOrEmpty(m, 'fragment');
    const userinfo = dictGetOrEmpty(m, 'userinfo');
    let user = null;
    if (userinfo !== '') {
        try {
            user = parseUrl(`proto://${userinfo}@host`).user;
        }
        catch (e) {
            goPanic(`unable to parse userinfo in dict: ${e.message}`);
        }
    }
    let out = '';
    if (scheme !== '')
        out += scheme + ':';
    if (opaque !== '')
        out += opaque;
    else {
        if (scheme !== '' || host !== '' || user !== null) {
            if (host !== '' || path !== '' || user !== null)
                out += '//';
            if (user)
                out += userString(user) + '@';
            if (host !== '')
                out += url_escape(host, 'host');
        }
        const p = path === '*' ? '*' : url_escape(path, 'path');
        if (p !== '' && p[0] !== '/' && host !== '')
            out += '/';
        if (out === '' && p.split('/')[0].includes(':'))
            out += './';
        out += p;
    }
    if (rawQuery !== '')
        out += '?' + rawQuery;
    if (fragment !== '')
        out += '#' + url_escape(fragment, 'fragment');
    return out;
}

;// CONCATENATED MODULE: ./build/helm/funcs/spec.js
/**
 * How a Sprig/Helm function looks to Go's text/template: its parameter types (which
 * drive Go's argument conversion and its "wrong type for value" errors), its result
 * type and whether it has an error result.
 */



/**
 * Go's validateType for a non-constant argument: returns the value to pass or throws
 * GoFuncError with text/template's message. Untyped constants (number literals,
 * nil) are the engine's to convert before calling this.
 */
function checkArg(v, t) {
    if (t === 'interface {}')
        return v;
    if (v === null) {
        if (t === 'map[string]interface {}' || t === '[]interface {}')
            return null;
        throw new GoFuncError(`invalid value; expected ${t}`);
    }
    const got = goTypeName(v);
    let ok;
    switch (t) {
        case 'string':
            ok = typeof v === 'string';
            break;
        case 'int':
            ok = typeof v === 'bigint';
            break;
        case 'uint32':
            ok = v instanceof GoInt && v.kind === 'uint32';
            break;
        case 'float64':
            ok = typeof v === 'number';
            break;
        case 'bool':
            ok = typeof v === 'boolean';
            break;
        case 'map[string]interface {}':
            ok = isGoMap(v) && mapTypeName(v) === t;
            break;
        case '[]interface {}':
            ok = Array.isArray(v) && sliceTypeName(v) === t;
            break;
        case 'time.Time':
            ok = v instanceof GoTime;
            break;
        case 'sprig.certificate':
            ok = v instanceof GoStruct && v.typeName === t;
            break;
    }
    if (!ok)
        throw new GoFuncError(`wrong type for value; expected ${t}; got ${got}`);
    return v;
}
/** Checks arity and every argument, then calls: what text/template's evalCall does for a non-constant call. */
function callChecked(spec, args) {
    const fixed = spec.params.length;
    if (spec.variadic ? args.length < fixed : args.length !== fixed) {
        throw new GoFuncError(`wrong number of args for ${spec.name}: want ${spec.variadic ? 'at least ' : ''}${fixed} got ${args.length}`);
    }
    const checked = args.map((a, i) => checkArg(a, i < fixed ? spec.params[i] : spec.variadic));
    return spec.fn(...checked);
}

;// CONCATENATED MODULE: ./build/helm/funcs/index.js
/**
 * Every function helm v4.1.4 registers for templates, except those that need the
 * renderer or the YAML/JSON/TOML encoders (see DELEGATED_FUNCTIONS): Sprig v3.3.0's
 * GenericFuncMap minus env/expandenv, with Helm's overrides of fail, required and
 * getHostByName (helm template runs without --enable-dns, so it returns "").
 */






















/** Functions helm registers that other modules implement (renderer and encoders). */
const DELEGATED_FUNCTIONS = (/* unused pure expression or super */ null && ([
    'include',
    'tpl',
    'lookup',
    'toYaml',
    'mustToYaml',
    'toYamlPretty',
    'fromYaml',
    'fromYamlArray',
    'toJson',
    'mustToJson',
    'fromJson',
    'fromJsonArray',
    'toToml',
    'fromToml',
]));
const S = 'string';
const I = 'int';
const A = 'interface {}';
const M = 'map[string]interface {}';
const L = '[]interface {}';
const funcs_T = 'time.Time';
const F = 'float64';
const B = 'bool';
const CERT = 'sprig.certificate';
function table() {
    const out = [];
    const f = (name, fn, params, result, opt = {}) => out.push({ name, fn, params, result, variadic: opt.variadic, returnsError: opt.err ?? false });
    const alias = (name, of) => {
        const spec = out.find((x) => x.name === of);
        out.push({ ...spec, name });
    };
    const strFn = (name, fn, result = 'string') => f(name, fn, [S], result);
    f('hello', () => 'Hello!', [], 'string');
    // Dates
    f('ago', ago, [A], 'string');
    f('date', date, [S, A], 'string');
    f('dateInZone', dateInZone, [S, A, S], 'string');
    alias('date_in_zone', 'dateInZone');
    f('dateModify', dateModify, [S, funcs_T], 'time.Time');
    alias('date_modify', 'dateModify');
    f('duration', duration, [A], 'string');
    f('durationRound', durationRound, [A], 'string');
    f('htmlDate', htmlDate, [A], 'string');
    f('htmlDateInZone', htmlDateInZone, [A, S], 'string');
    f('mustDateModify', mustDateModify, [S, funcs_T], 'time.Time', { err: true });
    alias('must_date_modify', 'mustDateModify');
    f('mustToDate', mustToDate, [S, S], 'time.Time', { err: true });
    f('now', now, [], 'time.Time');
    f('toDate', toDate, [S, S], 'time.Time');
    f('unixEpoch', unixEpoch, [funcs_T], 'string');
    // Strings
    f('abbrev', abbrev, [I, S], 'string');
    f('abbrevboth', abbrevboth, [I, I, S], 'string');
    f('trunc', trunc, [I, S], 'string');
    strFn('trim', (x) => trimSpace(x));
    strFn('upper', upper);
    strFn('lower', lower);
    strFn('title', title);
    strFn('untitle', untitle);
    f('substr', substr, [I, I, S], 'string');
    f('repeat', repeat, [I, S], 'string');
    f('trimall', trimAll, [S, S], 'string');
    f('trimAll', trimAll, [S, S], 'string');
    f('trimSuffix', trimSuffix, [S, S], 'string');
    f('trimPrefix', trimPrefix, [S, S], 'string');
    strFn('nospace', nospace);
    strFn('initials', initials);
    f('randAlphaNum', randAlphaNum, [I], 'string');
    f('randAlpha', randAlpha, [I], 'string');
    f('randAscii', randAscii, [I], 'string');
    f('randNumeric', randNumeric, [I], 'string');
    strFn('swapcase', swapcase);
    strFn('shuffle', shuffle);
    strFn('snakecase', snakecase);
    strFn('camelcase', camelcase);
    strFn('kebabcase', kebabcase);
    f('wrap', strings_wrap, [I, S], 'string');
    f('wrapWith', wrapWith, [I, S, S], 'string');
    f('contains', contains, [S, S], 'bool');
    f('hasPrefix', hasPrefix, [S, S], 'bool');
    f('hasSuffix', hasSuffix, [S, S], 'bool');
    f('quote', quote, [], 'string', { variadic: A });
    f('squote', squote, [], 'string', { variadic: A });
    f('cat', cat, [], 'string', { variadic: A });
    f('indent', indent, [I, S], 'string');
    f('nindent', nindent, [I, S], 'string');
    f('replace', replace, [S, S, S], 'string');
    f('plural', plural, [S, S, I], 'string');
    strFn('sha1sum', sha1sum);
    strFn('sha256sum', sha256sum);
    strFn('sha512sum', sha512sum);
    strFn('adler32sum', adler32sum);
    f('toString', strings_toString, [A], 'string');
    strFn('atoi', atoi, 'int');
    f('int64', (v) => int64(toInt(v)), [A], 'int64');
    f('int', (v) => toInt(v), [A], 'int');
    f('float64', (v) => castFloat64(v) ?? 0, [A], 'float64');
    f('seq', math_seq, [], 'string', { variadic: I });
    f('toDecimal', toDecimal, [A], 'int64');
    f('split', split, [S, S], 'map[string]string');
    f('splitList', splitList, [S, S], '[]string');
    f('splitn', splitn, [S, I, S], 'map[string]string');
    f('toStrings', toStrings, [A], '[]string');
    f('until', until, [I], '[]int');
    f('untilStep', untilStepF, [I, I, I], '[]int');
    // Arithmetic
    f('add1', add1, [A], 'int64');
    f('add', add, [], 'int64', { variadic: A });
    f('sub', sub, [A, A], 'int64');
    f('div', div, [A, A], 'int64');
    f('mod', mod, [A, A], 'int64');
    f('mul', mul, [A], 'int64', { variadic: A });
    f('randInt', randInt, [I, I], 'int');
    f('add1f', add1f, [A], 'float64');
    f('addf', addf, [], 'float64', { variadic: A });
    f('subf', subf, [A], 'float64', { variadic: A });
    f('divf', divf, [A], 'float64', { variadic: A });
    f('mulf', mulf, [A], 'float64', { variadic: A });
    f('biggest', max, [A], 'int64', { variadic: A });
    f('max', max, [A], 'int64', { variadic: A });
    f('min', min, [A], 'int64', { variadic: A });
    f('maxf', maxf, [A], 'float64', { variadic: A });
    f('minf', minf, [A], 'float64', { variadic: A });
    f('ceil', ceil, [A], 'float64');
    f('floor', floor, [A], 'float64');
    f('round', round, [A, I], 'float64', { variadic: F });
    f('join', join, [S, A], 'string');
    f('sortAlpha', sortAlpha, [A], '[]string');
    // Defaults and JSON
    f('default', dfault, [A], 'interface {}', { variadic: A });
    f('empty', empty, [A], 'bool');
    f('coalesce', flow_coalesce, [], 'interface {}', { variadic: A });
    f('all', flow_all, [], 'bool', { variadic: A });
    f('any', any, [], 'bool', { variadic: A });
    f('compact', compact, [A], '[]interface {}');
    f('mustCompact', mustCompact, [A], '[]interface {}', { err: true });
    f('toPrettyJson', toPrettyJson, [A], 'string');
    f('toRawJson', toRawJson, [A], 'string');
    f('mustFromJson', mustFromJson, [S], 'interface {}', { err: true });
    f('mustToPrettyJson', mustToPrettyJson, [A], 'string', { err: true });
    f('mustToRawJson', mustToRawJson, [A], 'string', { err: true });
    f('ternary', ternary, [A, A, B], 'interface {}');
    f('deepCopy', deepCopy, [A], 'interface {}');
    f('mustDeepCopy', deepCopy, [A], 'interface {}', { err: true });
    // Reflection
    f('typeOf', typeOf, [A], 'string');
    f('typeIs', typeIs, [S, A], 'bool');
    f('typeIsLike', typeIsLike, [S, A], 'bool');
    f('kindOf', flow_kindOf, [A], 'string');
    f('kindIs', kindIs, [S, A], 'bool');
    f('deepEqual', deepEqualF, [A, A], 'bool');
    // Network: helm replaces getHostByName unless --enable-dns.
    f('getHostByName', () => '', [S], 'string');
    // Paths
    strFn('base', base);
    strFn('dir', dir);
    strFn('clean', clean);
    strFn('ext', paths_ext);
    strFn('isAbs', isAbs, 'bool');
    strFn('osBase', base);
    strFn('osClean', clean);
    strFn('osDir', dir);
    strFn('osExt', paths_ext);
    strFn('osIsAbs', isAbs, 'bool');
    // Encoding
    strFn('b64enc', b64enc);
    strFn('b64dec', b64dec);
    strFn('b32enc', b32enc);
    strFn('b32dec', b32dec);
    // Data structures
    f('tuple', list, [], '[]interface {}', { variadic: A });
    f('list', list, [], '[]interface {}', { variadic: A });
    f('dict', dict, [], 'map[string]interface {}', { variadic: A });
    f('get', get, [M, S], 'interface {}');
    f('set', dicts_set, [M, S, A], 'map[string]interface {}');
    f('unset', unset, [M, S], 'map[string]interface {}');
    f('hasKey', hasKey, [M, S], 'bool');
    f('pluck', pluck, [S], '[]interface {}', { variadic: M });
    f('keys', keys, [], '[]string', { variadic: M });
    f('pick', pick, [M], 'map[string]interface {}', { variadic: S });
    f('omit', omit, [M], 'map[string]interface {}', { variadic: S });
    f('merge', merge, [M], 'interface {}', { variadic: M });
    f('mergeOverwrite', mergeOverwrite, [M], 'interface {}', { variadic: M });
    f('mustMerge', mustMerge, [M], 'interface {}', { variadic: M, err: true });
    f('mustMergeOverwrite', mustMergeOverwrite, [M], 'interface {}', { variadic: M, err: true });
    f('values', values, [M], '[]interface {}');
    f('append', push, [A, A], '[]interface {}');
    f('push', push, [A, A], '[]interface {}');
    f('mustAppend', mustPush, [A, A], '[]interface {}', { err: true });
    f('mustPush', mustPush, [A, A], '[]interface {}', { err: true });
    f('prepend', prepend, [A, A], '[]interface {}');
    f('mustPrepend', mustPrepend, [A, A], '[]interface {}', { err: true });
    f('first', first, [A], 'interface {}');
    f('mustFirst', mustFirst, [A], 'interface {}', { err: true });
    f('rest', rest, [A], '[]interface {}');
    f('mustRest', mustRest, [A], '[]interface {}', { err: true });
    f('last', last, [A], 'interface {}');
    f('mustLast', mustLast, [A], 'interface {}', { err: true });
    f('initial', initial, [A], '[]interface {}');
    f('mustInitial', mustInitial, [A], '[]interface {}', { err: true });
    f('reverse', reverse, [A], '[]interface {}');
    f('mustReverse', mustReverse, [A], '[]interface {}', { err: true });
    f('uniq', uniq, [A], '[]interface {}');
    f('mustUniq', mustUniq, [A], '[]interface {}', { err: true });
    f('without', without, [A], '[]interface {}', { variadic: A });
    f('mustWithout', mustWithout, [A], '[]interface {}', { variadic: A, err: true });
    f('has', has, [A, A], 'bool');
    f('mustHas', mustHas, [A, A], 'bool', { err: true });
    f('slice', lists_slice, [A], 'interface {}', { variadic: A });
    f('mustSlice', mustSlice, [A], 'interface {}', { variadic: A, err: true });
    f('concat', concat, [], 'interface {}', { variadic: A });
    f('dig', dig, [], 'interface {}', { variadic: A, err: true });
    f('chunk', chunk, [I, A], '[][]interface {}');
    f('mustChunk', mustChunk, [I, A], '[][]interface {}', { err: true });
    // Crypto
    strFn('bcrypt', bcrypt);
    f('htpasswd', htpasswd, [S, S], 'string');
    strFn('genPrivateKey', (x) => genPrivateKey(String(x)));
    f('derivePassword', derivePassword, ['uint32', S, S, S, S], 'string');
    f('buildCustomCert', buildCustomCert, [S, S], 'sprig.certificate', { err: true });
    f('genCA', genCA, [S, I], 'sprig.certificate', { err: true });
    f('genCAWithKey', genCAWithKey, [S, I, S], 'sprig.certificate', { err: true });
    f('genSelfSignedCert', genSelfSignedCert, [S, L, L, I], 'sprig.certificate', { err: true });
    f('genSelfSignedCertWithKey', genSelfSignedCertWithKey, [S, L, L, I, S], 'sprig.certificate', {
        err: true,
    });
    f('genSignedCert', genSignedCert, [S, L, L, I, CERT], 'sprig.certificate', { err: true });
    f('genSignedCertWithKey', genSignedCertWithKey, [S, L, L, I, CERT, S], 'sprig.certificate', {
        err: true,
    });
    f('encryptAES', encryptAES, [S, S], 'string', { err: true });
    f('decryptAES', decryptAES, [S, S], 'string', { err: true });
    f('randBytes', randBytes, [I], 'string', { err: true });
    f('uuidv4', uuidv4, [], 'string');
    // SemVer
    f('semver', semver_semver, [S], '*semver.Version', { err: true });
    f('semverCompare', semverCompare, [S, S], 'bool', { err: true });
    // Flow control (Helm's fail and required wrap the message for its error reformatting)
    f('fail', fail, [S], 'string', { err: true });
    f('required', required, [S, A], 'interface {}', { err: true });
    // Regex
    f('regexMatch', regexMatch, [S, S], 'bool');
    f('mustRegexMatch', mustRegexMatch, [S, S], 'bool', { err: true });
    f('regexFindAll', regexFindAll, [S, S, I], '[]string');
    f('mustRegexFindAll', mustRegexFindAll, [S, S, I], '[]string', { err: true });
    f('regexFind', regexFind, [S, S], 'string');
    f('mustRegexFind', mustRegexFind, [S, S], 'string', { err: true });
    f('regexReplaceAll', regexReplaceAll, [S, S, S], 'string');
    f('mustRegexReplaceAll', mustRegexReplaceAll, [S, S, S], 'string', { err: true });
    f('regexReplaceAllLiteral', regexReplaceAllLiteral, [S, S, S], 'string');
    f('mustRegexReplaceAllLiteral', mustRegexReplaceAllLiteral, [S, S, S], 'string', {
        err: true,
    });
    f('regexSplit', regexSplit, [S, S, I], '[]string');
    f('mustRegexSplit', mustRegexSplit, [S, S, I], '[]string', { err: true });
    strFn('regexQuoteMeta', regexQuoteMeta);
    // URLs
    strFn('urlParse', urlParse, 'map[string]interface {}');
    f('urlJoin', urlJoin, [M], 'string');
    return out;
}
let cached;
/** The function library, by template name. Specs are shared and must not be mutated. */
function sprigFuncs() {
    if (!cached) {
        cached = {};
        for (const spec of table())
            cached[spec.name] = spec;
    }
    return cached;
}
/**
 * The library as a template FuncMap: each function carries its Go signature, so the
 * engine converts constants and reports Go's argument errors. Built once per call;
 * callers add the renderer's closures (include, tpl, lookup) and the encoders.
 */
function sprigFuncMap() {
    const out = {};
    for (const spec of Object.values(sprigFuncs())) {
        const fn = spec.fn;
        out[spec.name] = withSignature((...args) => fn(...args), {
            params: spec.variadic ? [...spec.params, spec.variadic] : [...spec.params],
            variadic: spec.variadic !== undefined,
            result: spec.result,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./build/helm/yaml/resolve.js
var resolve = __webpack_require__(7205);
// EXTERNAL MODULE: ./build/helm/yaml/yaml-tree.js + 2 modules
var yaml_tree = __webpack_require__(0);
;// CONCATENATED MODULE: ./build/helm/yaml/from-yaml.js
/**
 * sigs.k8s.io/yaml.Unmarshal into a map or slice, as Helm's fromYaml and fromYamlArray
 * call it: go-yaml v2 decodes the first document into interface{} (YAML 1.1 scalars,
 * merge keys applied in order, later duplicate keys winning, timestamps kept as strings),
 * map keys are turned into strings (floats through 32-bit formatting), and the result
 * goes through JSON, so every number arrives as a float64.
 *
 * The text is read by yaml-tree.ts (libyaml's syntax); this module applies go-yaml's
 * decoding and sigs.k8s.io/yaml's JSON conversion on top.
 */



const TAG = 'tag:yaml.org,2002:';
class DecodedMap {
    keys = [];
    values = [];
    set(k, v) {
        for (let i = 0; i < this.keys.length; i++) {
            if (sameKey(this.keys[i], k)) {
                this.values[i] = v;
                return;
            }
        }
        this.keys.push(k);
        this.values.push(v);
    }
}
function sameKey(a, b) {
    if (typeof a !== typeof b)
        return false;
    if (typeof a === 'number' && typeof b === 'number')
        return a === b || (Number.isNaN(a) && Number.isNaN(b));
    return a === b;
}
/** A go-yaml decoding failure ("yaml: ..."), or with `conversion` one of sigs.k8s.io/yaml's own. */
class Failure extends Error {
    conversion;
    constructor(message, conversion = false) {
        super(message);
        this.conversion = conversion;
    }
}
const from_yaml_fail = (msg) => {
    throw new Failure(msg);
};
const failConversion = (msg) => {
    throw new Failure(msg, true);
};
// ---- Go byte semantics for !!binary ---------------------------------------------------
/** string(bytes) as json.Marshal then sees it: each invalid UTF-8 byte becomes U+FFFD. */
function goBytesToString(b) {
    let out = '';
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        let need = 0;
        let cp = 0;
        let min = 0;
        if (c < 0x80) {
            out += String.fromCharCode(c);
            i++;
            continue;
        }
        else if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
            cp = c & 0x1f;
            min = 0x80;
        }
        else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            cp = c & 0x0f;
            min = 0x800;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            cp = c & 0x07;
            min = 0x10000;
        }
        let ok = need > 0 && i + need < b.length;
        if (ok) {
            for (let k = 1; k <= need; k++) {
                const d = b[i + k];
                if (d === undefined || (d & 0xc0) !== 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (d & 0x3f);
            }
        }
        if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)))
            ok = false;
        if (ok) {
            out += String.fromCodePoint(cp);
            i += need + 1;
        }
        else {
            out += '\ufffd';
            i++;
        }
    }
    return out;
}
function allowedAliasRatio(decodeCount) {
    if (decodeCount <= 400000)
        return 0.99;
    if (decodeCount >= 4000000)
        return 0.1;
    return 0.99 - 0.89 * ((decodeCount - 400000) / 3600000);
}
function shortTag(tag) {
    return tag.startsWith(TAG) ? '!!' + tag.slice(TAG.length) : tag;
}
/** go-yaml's resolve(tag, in) for an explicitly tagged scalar. */
function resolveTagged(tag, value) {
    const short = shortTag(tag);
    if (short === '!!binary') {
        // base64.StdEncoding ignores line breaks, nothing else.
        const clean = value.replace(/[\r\n]/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
            from_yaml_fail('!!binary value contains invalid base64 data');
        }
        return goBytesToString(new Uint8Array(Buffer.from(clean, 'base64')));
    }
    const resolvable = ['!!str', '!!bool', '!!int', '!!float', '!!null', '!!timestamp'];
    if (!resolvable.includes(short))
        return value;
    if (short === '!!str')
        return value;
    const r = (0,resolve/* resolvePlain */.Rg)(value);
    const rtag = '!!' + r.tag;
    if (rtag === short)
        return plainValue(r);
    if (short === '!!float' && r.tag === 'int')
        return Number(r.value);
    return from_yaml_fail(`cannot decode ${rtag} \`${value}\` as a ${short}`);
}
function plainValue(r) {
    // Into interface{}, a timestamp stays the string it was written as.
    if (r.tag === 'timestamp' || r.tag === 'merge')
        return r.value;
    return r.value;
}
function scalarValue(node) {
    const tag = node.tag;
    if (tag !== undefined && tag !== '!')
        return resolveTagged(tag, node.value);
    if (tag === '!')
        return node.value;
    if (node.plain)
        return plainValue((0,resolve/* resolvePlain */.Rg)(node.value));
    return node.value;
}
function isMergeKey(node) {
    if (!node || node.t !== 'scalar' || node.value !== '<<')
        return false;
    if (node.tag !== undefined)
        return shortTag(node.tag) === '!!merge';
    return node.plain;
}
function decode(ctx, node) {
    ctx.decodeCount++;
    if (ctx.aliasDepth > 0)
        ctx.aliasCount++;
    if (ctx.aliasCount > 100 &&
        ctx.decodeCount > 1000 &&
        ctx.aliasCount / ctx.decodeCount > allowedAliasRatio(ctx.decodeCount)) {
        from_yaml_fail('document contains excessive aliasing');
    }
    if (node === null || node === undefined)
        return null;
    switch (node.t) {
        case 'alias': {
            const target = node.target;
            if (!target)
                return from_yaml_fail(`unknown anchor '${node.name}' referenced`);
            if (ctx.active.has(node))
                from_yaml_fail(`anchor '${node.name}' value contains itself`);
            ctx.active.add(node);
            ctx.aliasDepth++;
            const v = decode(ctx, target);
            ctx.aliasDepth--;
            ctx.active.delete(node);
            return v;
        }
        case 'scalar':
            return scalarValue(node);
        case 'seq':
            return node.items.map((item) => decode(ctx, item));
        case 'map': {
            const out = new DecodedMap();
            decodeMapInto(ctx, node, out);
            return out;
        }
    }
}
function decodeMapInto(ctx, node, out) {
    if (node.t !== 'map')
        return;
    for (let i = 0; i < node.keys.length; i++) {
        const keyNode = node.keys[i];
        const valueNode = node.values[i];
        if (isMergeKey(keyNode)) {
            from_yaml_merge(ctx, valueNode, out);
            continue;
        }
        const k = decode(ctx, keyNode);
        if (Array.isArray(k) || k instanceof DecodedMap)
            from_yaml_fail(`invalid map key: ${goSyntax(k)}`);
        out.set(k, decode(ctx, valueNode));
    }
}
function wantMap() {
    return from_yaml_fail('map merge requires map or sequence of maps as the value');
}
function from_yaml_merge(ctx, node, out) {
    if (!node)
        return wantMap();
    const into = (n) => {
        ctx.decodeCount++;
        if (n.t === 'alias') {
            if (!n.target)
                from_yaml_fail(`unknown anchor '${n.name}' referenced`);
            ctx.aliasDepth++;
            decodeMapInto(ctx, n.target, out);
            ctx.aliasDepth--;
        }
        else
            decodeMapInto(ctx, n, out);
    };
    if (node.t === 'map')
        return into(node);
    if (node.t === 'alias') {
        if (node.target && node.target.t !== 'map')
            wantMap();
        return into(node);
    }
    if (node.t === 'seq') {
        for (let i = node.items.length - 1; i >= 0; i--) {
            const item = node.items[i];
            if (item.t === 'alias') {
                if (item.target && item.target.t !== 'map')
                    wantMap();
            }
            else if (item.t !== 'map')
                wantMap();
            into(item);
        }
        return;
    }
    wantMap();
}
/** Go's %#v for the values go-yaml puts in its messages (enough for keys). */
function goSyntax(v) {
    if (v === null)
        return '<nil>';
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v))
        return `[]interface {}{${v.map(goSyntax).join(', ')}}`;
    return `map[interface {}]interface {}{${v.keys.map((k, i) => `${goSyntax(k)}:${goSyntax(v.values[i])}`).join(', ')}}`;
}
// ---- YAML-to-JSON conversion ------------------------------------------------------------
const MAX_INT64 = (1n << 63n) - 1n;
/** sigs.k8s.io/yaml's convertToJSONableObject key rule, then json.Marshal/Unmarshal. */
function keyString(k, v) {
    if (typeof k === 'string')
        return k;
    if (typeof k === 'boolean')
        return k ? 'true' : 'false';
    if (typeof k === 'bigint') {
        if (k > MAX_INT64) {
            failConversion(`unsupported map key of type: uint64, key: 0x${k.toString(16)}, value: ${goSyntax(v)}`);
        }
        return k.toString();
    }
    if (typeof k === 'number') {
        if (Number.isNaN(k))
            return '.nan';
        if (k === Infinity)
            return '.inf';
        if (k === -Infinity)
            return '-.inf';
        return formatFloat32(k);
    }
    return failConversion(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSyntax(v)}`);
}
/** strconv.FormatFloat(f, 'g', -1, 32): the shortest digits that identify float32(f). */
function formatFloat32(f) {
    const f32 = Math.fround(f);
    if (!Number.isFinite(f32))
        return f32 > 0 ? '+Inf' : '-Inf';
    if (f32 === 0)
        return Object.is(f32, -0) ? '-0' : '0';
    for (let p = 1; p <= 9; p++) {
        const candidates = [Number(f32.toPrecision(p))];
        // The nearest p-digit decimal can miss float32's asymmetric interval at a power of
        // two while its neighbour on the other side hits it; Go would choose that one.
        const e = Math.floor(Math.log10(Math.abs(f32)));
        const ulp = 10 ** (e - p + 1);
        candidates.push(candidates[0] + ulp, candidates[0] - ulp);
        let best;
        for (const c of candidates) {
            if (Math.fround(c) !== f32)
                continue;
            if (best === undefined || Math.abs(c - f32) < Math.abs(best - f32))
                best = c;
        }
        if (best !== undefined)
            return (0,strconv/* formatFloat */.kr)(Number(best.toPrecision(p)), 'g', -1);
    }
    return (0,strconv/* formatFloat */.kr)(f32, 'g', -1);
}
function toGo(v) {
    if (v === null || typeof v === 'boolean' || typeof v === 'string')
        return v;
    if (typeof v === 'bigint')
        return Number(v.toString());
    if (typeof v === 'number') {
        if (!Number.isFinite(v)) {
            failConversion(`json: unsupported value: ${Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf'}`);
        }
        return v;
    }
    if (Array.isArray(v))
        return v.map(toGo);
    const m = {};
    for (let i = 0; i < v.keys.length; i++) {
        const k = keyString(v.keys[i], v.values[i]);
        const value = toGo(v.values[i]);
        if (k === '__proto__')
            Object.defineProperty(m, k, { value, enumerable: true, writable: true, configurable: true });
        else
            m[k] = value;
    }
    return m;
}
// ---- entry points -----------------------------------------------------------------------
/** The first document decoded and made JSON-like, or Go's error message. */
function yamlToJson(source) {
    const tree = (0,yaml_tree/* readYamlTree */._)(source);
    if ('error' in tree)
        return { error: `error converting YAML to JSON: yaml: ${tree.error}` };
    const ctx = { decodeCount: 0, aliasCount: 0, aliasDepth: 0, active: new Set() };
    try {
        return { value: toGo(decode(ctx, tree.root)) };
    }
    catch (e) {
        if (e instanceof Failure) {
            return { error: `error converting YAML to JSON: ${e.conversion ? '' : 'yaml: '}${e.message}` };
        }
        throw e;
    }
}
function jsonKind(v) {
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'number')
        return 'number';
    if (typeof v === 'boolean')
        return 'bool';
    return 'object';
}
const decodePrefix = 'error unmarshaling JSON: while decoding JSON: ';
/** yaml.Unmarshal(s, &map[string]interface{}); `error` is Go's err.Error(). */
function unmarshalYamlObject(source) {
    const r = yamlToJson(source);
    if ('error' in r)
        return { value: {}, error: r.error };
    if (r.value === null)
        return { value: {} };
    if (typeof r.value !== 'object' || Array.isArray(r.value)) {
        return {
            value: {},
            error: `${decodePrefix}json: cannot unmarshal ${jsonKind(r.value)} into Go value of type map[string]interface {}`,
        };
    }
    return { value: r.value };
}
/** yaml.Unmarshal(s, &[]interface{}). */
function unmarshalYamlArray(source) {
    const r = yamlToJson(source);
    if ('error' in r)
        return { value: [], error: r.error };
    if (r.value === null)
        return { value: [] };
    if (!Array.isArray(r.value)) {
        return {
            value: [],
            error: `${decodePrefix}json: cannot unmarshal ${jsonKind(r.value)} into Go value of type []interface {}`,
        };
    }
    return { value: r.value };
}

;// CONCATENATED MODULE: ./build/helm/yaml/toml-encode.js
/**
 * Helm's toToml: github.com/BurntSushi/toml v1.6.0's Encoder on the Go value. Plain
 * values of a table come first, then sub-tables and arrays of tables, each group sorted by
 * key bytes; nested tables are indented two spaces per level; keys outside [A-Za-z0-9_-]
 * are quoted; floats print with strconv 'g' plus ".0" when they would read as ints. The
 * encoder's errors are returned as the output text, as Helm does.
 */





/** An error the TOML encoder returns (its Error() text is the message). */
class TomlEncodeError extends Error {
}
const errArrayNilElement = 'toml: cannot encode array with nil element';
const errNoKey = 'toml: top-level values must be Go maps or structs';
/** Nesting beyond this is a value that contains itself: Go would recurse until it crashes. */
const maxDepth = 1000;
function tooDeep() {
    return new Error('toToml: the value contains itself (the encoder would recurse until the process crashes)');
}
function toml_encode_typeOf(v, depth = 0) {
    if (depth > maxDepth)
        throw tooDeep();
    if (v === null || v === undefined)
        return null;
    switch (typeof v) {
        case 'boolean':
            return 'Bool';
        case 'bigint':
            return 'Integer';
        case 'number':
            return 'Float';
        case 'string':
            return 'String';
        case 'function':
            throw new TomlEncodeError('unsupported type: func');
    }
    if (v instanceof template_value/* GoInt */.ov)
        return 'Integer';
    if (v instanceof template_value/* GoTime */.yT)
        return 'Datetime';
    // The encoder writes a TextMarshaler (a semver) as a quoted string.
    if ((0,go_json/* marshalTextOf */.x9)(v) !== undefined)
        return 'String';
    if (v instanceof template_value/* GoStruct */.On)
        return 'Hash';
    if (Array.isArray(v) || v instanceof Uint8Array)
        return isTableArray(v, depth) ? 'ArrayHash' : 'Array';
    return 'Hash';
}
function isTableArray(arr, depth = 0) {
    if (arr instanceof Uint8Array)
        return false;
    if (arr.length === 0)
        return false;
    let ret = true;
    for (const e of arr) {
        const t = toml_encode_typeOf(e, depth + 1);
        if (t === null)
            throw new TomlEncodeError(errArrayNilElement);
        if (ret && t !== 'Hash')
            ret = false;
    }
    return ret;
}
function toml_encode_isTable(t) {
    return t === 'Hash' || t === 'ArrayHash';
}
function bare(k) {
    return /^[A-Za-z0-9_-]+$/.test(k);
}
/** The encoder's double-quoted string escaping (a byte-wise replacer). */
function escapeString(s) {
    let out = '';
    for (const ch of s) {
        const c = ch.charCodeAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (c === 0x08)
            out += '\\b';
        else if (c === 0x09)
            out += '\\t';
        else if (c === 0x0a)
            out += '\\n';
        else if (c === 0x0c)
            out += '\\f';
        else if (c === 0x0d)
            out += '\\r';
        else if (c < 0x20 || c === 0x7f)
            out += '\\u' + c.toString(16).padStart(4, '0');
        else
            out += ch;
    }
    return out;
}
function quoted(s) {
    return '"' + escapeString(s) + '"';
}
function keyPiece(k) {
    if (k === '')
        return '""';
    return bare(k) ? k : quoted(k);
}
function toml_encode_keyString(key) {
    return key.map(keyPiece).join('.');
}
function floatText(f) {
    if (Number.isNaN(f))
        return 'nan';
    if (f === Infinity)
        return 'inf';
    if (f === -Infinity)
        return '-inf';
    const s = (0,strconv/* formatFloat */.kr)(f, 'g', -1);
    return s.includes('e') || s.includes('.') ? s : s + '.0';
}
function entriesOf(v) {
    if (v instanceof template_value/* GoStruct */.On)
        return v.fieldOrder.filter((f) => f in v.fields).map((f) => [f, v.fields[f]]);
    return Object.keys(v).map((k) => [k, v[k]]);
}
class TomlEncoder {
    out = [];
    hasWritten = false;
    depth = 0;
    indentUnit = '  ';
    result() {
        return this.out.join('');
    }
    write(s) {
        (0,budget/* work */.oJ)();
        this.out.push(s);
        this.hasWritten = true;
    }
    newline() {
        if (this.hasWritten)
            this.write('\n');
    }
    indentStr(key) {
        return this.indentUnit.repeat(Math.max(key.length - 1, 0));
    }
    encode(key, v) {
        if (key.length > maxDepth)
            throw tooDeep();
        if (v === null || v === undefined)
            return;
        if (typeof v === 'function')
            throw new TomlEncodeError(`unsupported type for key '${toml_encode_keyString(key)}': func`);
        if (v instanceof template_value/* GoTime */.yT ||
            typeof v !== 'object' ||
            v instanceof template_value/* GoInt */.ov ||
            (0,go_json/* marshalTextOf */.x9)(v) !== undefined) {
            this.writeKeyValue(key, v, false);
            return;
        }
        if (Array.isArray(v) || v instanceof Uint8Array) {
            if (toml_encode_typeOf(v) === 'ArrayHash')
                this.arrayOfTables(key, v);
            else
                this.writeKeyValue(key, v, false);
            return;
        }
        this.table(key, v);
    }
    element(v) {
        if (++this.depth > maxDepth)
            throw tooDeep();
        try {
            this.elementAt(v);
        }
        finally {
            this.depth--;
        }
    }
    elementAt(v) {
        if (v instanceof template_value/* GoTime */.yT) {
            this.write((0,go_json/* rfc3339Nano */.uN)(v, false));
            return;
        }
        switch (typeof v) {
            case 'string':
                this.write(quoted(v));
                return;
            case 'boolean':
                this.write(v ? 'true' : 'false');
                return;
            case 'bigint':
                this.write(v.toString());
                return;
            case 'number':
                this.write(floatText(v));
                return;
        }
        if (v instanceof template_value/* GoInt */.ov) {
            this.write(v.value.toString());
            return;
        }
        const text = (0,go_json/* marshalTextOf */.x9)(v);
        if (text !== undefined) {
            this.write(quoted(text));
            return;
        }
        if (Array.isArray(v) || v instanceof Uint8Array) {
            const items = v instanceof Uint8Array ? Array.from(v, (b) => BigInt(b)) : v;
            this.write('[');
            items.forEach((e, i) => {
                this.element(e);
                if (i !== items.length - 1)
                    this.write(', ');
            });
            this.write(']');
            return;
        }
        if (v instanceof template_value/* GoStruct */.On || (0,template_value/* isGoMap */.Rb)(v)) {
            this.mapOrStruct([], v, true);
            return;
        }
        throw new TomlEncodeError('reflect: call of reflect.Value.Interface on zero Value');
    }
    arrayOfTables(key, arr) {
        if (key.length === 0)
            throw new TomlEncodeError(errNoKey);
        for (const t of arr) {
            if (t === null)
                continue;
            this.newline();
            this.write(`${this.indentStr(key)}[[${toml_encode_keyString(key)}]]`);
            this.newline();
            this.mapOrStruct(key, t, false);
        }
    }
    table(key, v) {
        if (key.length === 1)
            this.newline();
        if (key.length > 0) {
            this.write(`${this.indentStr(key)}[${toml_encode_keyString(key)}]`);
            this.newline();
        }
        this.mapOrStruct(key, v, false);
    }
    mapOrStruct(key, v, inline) {
        const direct = [];
        const sub = [];
        for (const e of entriesOf(v))
            (toml_encode_isTable(toml_encode_typeOf(e[1])) ? sub : direct).push(e);
        if (!(v instanceof template_value/* GoStruct */.On)) {
            direct.sort((a, b) => (0,sort/* compareGoStrings */.m)(a[0], b[0]));
            sub.sort((a, b) => (0,sort/* compareGoStrings */.m)(a[0], b[0]));
        }
        const writeKeys = (list, trailComma) => {
            list.forEach(([k, val], i) => {
                if (val === null || val === undefined)
                    return;
                if (inline) {
                    this.writeKeyValue([k], val, true);
                    if (trailComma || i !== list.length - 1)
                        this.write(', ');
                }
                else {
                    this.encode([...key, k], val);
                }
            });
        };
        if (inline)
            this.write('{');
        writeKeys(direct, sub.length > 0);
        writeKeys(sub, false);
        if (inline)
            this.write('}');
    }
    writeKeyValue(key, v, inline) {
        if (key.length === 0) {
            this.element(v);
            return;
        }
        this.write(`${this.indentStr(key)}${keyPiece(key[key.length - 1])} = `);
        this.element(v);
        if (!inline)
            this.newline();
    }
}
/** toml.NewEncoder(w).Encode(v); throws TomlEncodeError with the encoder's message. */
function encodeToml(v) {
    if (v === null || v === undefined) {
        // reflect.ValueOf(nil) is the zero Value; the encoder's first look at it panics.
        throw new TomlEncodeError('reflect: call of reflect.Value.Type on zero Value');
    }
    const enc = new TomlEncoder();
    enc.encode([], v);
    return enc.result();
}

;// CONCATENATED MODULE: ./build/helm/yaml/toml-decode.js
/**
 * Helm's fromToml: github.com/BurntSushi/toml v1.6.0 (TOML 1.1: newlines and trailing
 * commas in inline tables, \e and \xHH escapes, optional seconds) decoding into
 * map[string]interface{}. Integers are int64, floats float64, date-times time.Time (local
 * ones in the library's "datetime-local", "date-local" and "time-local" zones, at offset 0
 * as on a UTC machine). Errors read "toml: line N (last key "k"): message" like the
 * library's; the common messages are the library's own, rarer ones may be worded
 * differently.
 */

class TomlError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const bareKey = /[A-Za-z0-9_-]/;
class Parser {
    s;
    i = 0;
    line = 1;
    lastKey = '';
    /** The key of the current [table] header, for error messages. */
    context = [];
    root = {};
    tables = new WeakMap();
    arraysOfTables = new WeakSet();
    inlineValues = new WeakSet();
    constructor(s) {
        this.s = s;
        this.tables.set(this.root, { map: this.root, kind: 'header', defined: new Set() });
    }
    fail(msg, line = this.line) {
        throw new TomlError(msg, line);
    }
    get lastKeyName() {
        return this.lastKey;
    }
    peek(o = 0) {
        return this.s[this.i + o] ?? '';
    }
    eof() {
        return this.i >= this.s.length;
    }
    advance(n = 1) {
        for (let k = 0; k < n; k++) {
            if (this.s[this.i] === '\n')
                this.line++;
            this.i++;
        }
    }
    skipWs() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.i++;
    }
    skipComment() {
        if (this.peek() !== '#')
            return;
        while (!this.eof() && this.peek() !== '\n') {
            const c = this.s.charCodeAt(this.i);
            if ((c < 0x20 && c !== 0x09 && c !== 0x0d) || c === 0x7f)
                this.controlChar(c);
            this.i++;
        }
    }
    /** Whitespace, comments and newlines (inside arrays and TOML 1.1 inline tables). */
    skipAll() {
        for (;;) {
            this.skipWs();
            this.skipComment();
            if (this.peek() === '\n')
                this.advance();
            else if (this.peek() === '\r' && this.peek(1) === '\n')
                this.advance(2);
            else
                return;
        }
    }
    endOfLine() {
        this.skipWs();
        this.skipComment();
        if (this.eof())
            return;
        if (this.peek() === '\n')
            return this.advance();
        if (this.peek() === '\r' && this.peek(1) === '\n')
            return this.advance(2);
        this.fail(`expected a top-level item to end with a newline, comment, or EOF, but got ${goQuoteRune(this.peek())} instead`);
    }
    parse() {
        let current = this.root;
        for (;;) {
            this.skipAll();
            if (this.eof())
                return this.root;
            if (this.peek() === '[') {
                let key;
                if (this.peek(1) === '[') {
                    this.advance(2);
                    key = this.parseKey(']');
                    this.skipWs();
                    if (this.peek() !== ']' || this.peek(1) !== ']') {
                        this.fail(`expected end of table array name delimiter ']', but got ${goQuoteRune(this.peek())} instead`);
                    }
                    this.advance(2);
                    this.lastKey = contextString(key.slice(0, -1));
                    current = this.arrayTable(key);
                }
                else {
                    this.advance();
                    key = this.parseKey(']');
                    this.skipWs();
                    if (this.peek() !== ']')
                        this.fail(`expected '.' or ']' to end table name, but got ${goQuoteRune(this.peek())} instead`);
                    this.advance();
                    this.lastKey = contextString(key.slice(0, -1));
                    current = this.headerTable(key);
                }
                this.context = key;
                this.lastKey = contextString(key);
                this.endOfLine();
                continue;
            }
            this.keyValue(current);
            this.endOfLine();
        }
    }
    parseKey(end) {
        const parts = [];
        for (;;) {
            this.skipWs();
            const c = this.peek();
            if (c === '"')
                parts.push(this.basicString());
            else if (c === "'")
                parts.push(this.literalString());
            else if (bareKey.test(c)) {
                let k = '';
                while (bareKey.test(this.peek()))
                    k += this.s[this.i++];
                parts.push(k);
            }
            else if (this.eof())
                this.fail(end === '=' ? "unexpected EOF; expected key separator '='" : 'unexpected EOF');
            else if (c === end && parts.length === 0) {
                this.fail(end === '='
                    ? "unexpected '=': key name appears blank"
                    : 'unexpected end of table name (table names cannot be empty)');
            }
            else if (c === '.')
                this.fail(end === '='
                    ? "unexpected '.': keys cannot start with a '.'"
                    : 'unexpected table separator (table names cannot be empty)');
            else
                this.fail(`expected key but found ${goQuoteRune(c)} instead`);
            this.skipWs();
            if (this.peek() === '.') {
                this.advance();
                continue;
            }
            return parts;
        }
    }
    tableOf(m) {
        return this.tables.get(m);
    }
    newTable(kind) {
        const m = {};
        this.tables.set(m, { map: m, kind, defined: new Set() });
        return m;
    }
    /** Walks (creating) the tables of a header's parent path. */
    descend(path) {
        let m = this.root;
        for (const k of path) {
            const v = m[k];
            if (v === undefined) {
                const t = this.newTable('implicit');
                setOwn(m, k, t);
                m = t;
            }
            else if (Array.isArray(v) && this.arraysOfTables.has(v)) {
                m = v[v.length - 1];
            }
            else if (isTableValue(v) && !this.inlineValues.has(v)) {
                m = v;
            }
            else {
                this.fail(`Key '${path.join('.')}' was already created and cannot be used as a table.`);
            }
        }
        return m;
    }
    headerTable(key) {
        const parent = this.descend(key.slice(0, -1));
        const last = key[key.length - 1];
        const v = parent[last];
        if (v === undefined) {
            const t = this.newTable('header');
            setOwn(parent, last, t);
            return t;
        }
        const t = isTableValue(v) ? this.tableOf(v) : undefined;
        if (!t || t.kind === 'header' || t.kind === 'inline' || this.inlineValues.has(v)) {
            this.fail(`Key '${key.join('.')}' has already been defined.`);
        }
        t.kind = 'header';
        return v;
    }
    arrayTable(key) {
        const parent = this.descend(key.slice(0, -1));
        const last = key[key.length - 1];
        const v = parent[last];
        const t = this.newTable('array-item');
        if (v === undefined) {
            const arr = [t];
            this.arraysOfTables.add(arr);
            setOwn(parent, last, arr);
        }
        else if (Array.isArray(v) && this.arraysOfTables.has(v)) {
            v.push(t);
        }
        else {
            this.fail(`Key '${key.join('.')}' was already created and cannot be used as an array.`);
        }
        return t;
    }
    keyValue(table) {
        const key = this.parseKey('=');
        this.skipWs();
        if (this.peek() !== '=') {
            if (this.eof())
                this.fail("unexpected EOF; expected key separator '='");
            this.fail(`expected '.' or '=', but got ${goQuoteRune(this.peek())} instead`);
        }
        this.advance();
        this.skipWs();
        const outer = this.lastKey;
        this.lastKey = contextString([...this.context, ...key.slice(0, -1)]);
        this.lastKey = this.lastKey ? `${this.lastKey}.${key[key.length - 1]}` : key[key.length - 1];
        const value = this.value();
        let m = table;
        for (let k = 0; k < key.length - 1; k++) {
            const v = m[key[k]];
            if (v === undefined) {
                const t = this.newTable('dotted');
                setOwn(m, key[k], t);
                m = t;
            }
            else if (isTableValue(v) &&
                !this.inlineValues.has(v) &&
                this.tableOf(v)?.kind !== 'header') {
                m = v;
            }
            else {
                this.fail(`Key '${key.slice(0, k + 1).join('.')}' has already been defined.`);
            }
        }
        const last = key[key.length - 1];
        if (Object.prototype.hasOwnProperty.call(m, last))
            this.fail(`Key '${key.join('.')}' has already been defined.`);
        setOwn(m, last, value);
        this.lastKey = outer;
    }
    value() {
        const c = this.peek();
        if (this.eof())
            this.fail('unexpected EOF; expected value');
        if (c === '"') {
            if (this.s.startsWith('"""', this.i))
                return this.multilineBasic();
            return this.basicString();
        }
        if (c === "'") {
            if (this.s.startsWith("'''", this.i))
                return this.multilineLiteral();
            return this.literalString();
        }
        if (c === '[')
            return this.array();
        if (c === '{')
            return this.inlineTable();
        if (this.s.startsWith('true', this.i) && !bareKey.test(this.peek(4))) {
            this.i += 4;
            return true;
        }
        if (this.s.startsWith('false', this.i) && !bareKey.test(this.peek(5))) {
            this.i += 5;
            return false;
        }
        return this.scalarToken();
    }
    scalarToken() {
        const m = /^[0-9A-Za-z_.:+-]+(?: [0-9][0-9:.+Zz-]*)?/.exec(this.s.slice(this.i, this.i + 80));
        if (!m)
            this.fail(`expected value but found ${goQuoteRune(this.peek())} instead`);
        let tok = m[0];
        // A space only belongs to a date-time ("1979-05-27 07:32:00").
        if (tok.includes(' ') && !/^\d{4}-\d{2}-\d{2} \d/.test(tok))
            tok = tok.slice(0, tok.indexOf(' '));
        const v = parseScalar(tok, (msg) => this.fail(msg));
        this.i += tok.length;
        return v;
    }
    array() {
        this.advance();
        const out = [];
        for (;;) {
            this.skipAll();
            if (this.peek() === ']') {
                this.advance();
                return out;
            }
            if (this.peek() === ',')
                this.fail('unexpected comma');
            out.push(this.value());
            this.skipAll();
            if (this.peek() === ',') {
                this.advance();
                continue;
            }
            if (this.peek() === ']') {
                this.advance();
                return out;
            }
            this.fail(`expected a comma (',') or array terminator (']'), but got ${this.eof() ? 'EOF' : goQuoteRune(this.peek())}`);
        }
    }
    inlineTable() {
        this.advance();
        const t = this.newTable('inline');
        this.inlineValues.add(t);
        for (;;) {
            this.skipAll();
            if (this.peek() === '}') {
                this.advance();
                this.freeze(t);
                return t;
            }
            if (this.peek() === ',')
                this.fail('unexpected comma');
            this.keyValue(t);
            this.skipAll();
            if (this.peek() === ',') {
                this.advance();
                continue;
            }
            if (this.peek() === '}') {
                this.advance();
                this.freeze(t);
                return t;
            }
            this.fail(`expected a comma or an inline table terminator '}', but got ${this.eof() ? 'EOF' : goQuoteRune(this.peek())} instead`);
        }
    }
    /** Inline tables (and tables inside them) are complete: later keys cannot extend them. */
    freeze(m) {
        this.inlineValues.add(m);
        for (const v of Object.values(m))
            if (isTableValue(v))
                this.freeze(v);
    }
    basicString() {
        this.advance();
        let out = '';
        for (;;) {
            if (this.eof())
                this.fail(`unexpected EOF; expected '"'`);
            const c = this.s[this.i];
            if (c === '\n')
                this.fail('strings cannot contain newlines');
            if (c === '"') {
                this.i++;
                return out;
            }
            if (c === '\\') {
                out += this.escape();
                continue;
            }
            this.checkControl(c);
            out += c;
            this.i++;
        }
    }
    checkControl(c) {
        const code = c.charCodeAt(0);
        if ((code < 0x20 && code !== 0x09) || code === 0x7f)
            this.controlChar(code);
    }
    controlChar(code) {
        return this.fail(`TOML files cannot contain control characters: '0x${code.toString(16).padStart(2, '0')}'`);
    }
    escape() {
        const e = this.s[this.i + 1] ?? '';
        if (e === ' ' || e === '\t')
            this.fail(`invalid escape: '\\${e}'`);
        const simple = {
            b: '\b',
            t: '\t',
            n: '\n',
            f: '\f',
            r: '\r',
            e: '\x1b',
            '"': '"',
            '\\': '\\',
        };
        if (simple[e] !== undefined) {
            this.i += 2;
            return simple[e];
        }
        const widths = { x: 2, u: 4, U: 8 };
        const w = widths[e];
        if (w === undefined)
            this.fail(`invalid escape in string '\\${e}'`, this.line + (e === '\n' ? 1 : 0));
        const hex = this.s.slice(this.i + 2, this.i + 2 + w);
        if (!new RegExp(`^[0-9A-Fa-f]{${w}}$`).test(hex)) {
            const names = { 2: 'two', 4: 'four', 8: 'eight' };
            this.fail(`expected ${names[w]} hexadecimal digits after '\\${e}', but got ${goQuote(hex)} instead`);
        }
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
            this.fail(`invalid escaped Unicode character: ${goQuote('\\' + e + hex)}`);
        this.i += 2 + w;
        return String.fromCodePoint(cp);
    }
    literalString() {
        this.advance();
        const start = this.i;
        for (;;) {
            if (this.eof())
                this.fail(`unexpected EOF; expected "'"`);
            const c = this.s[this.i];
            if (c === '\n')
                this.fail('strings cannot contain newlines');
            if (c === "'") {
                this.i++;
                return this.s.slice(start, this.i - 1);
            }
            this.checkControl(c);
            this.i++;
        }
    }
    skipFirstNewline() {
        if (this.peek() === '\n')
            this.advance();
        else if (this.peek() === '\r' && this.peek(1) === '\n')
            this.advance(2);
    }
    multilineBasic() {
        this.i += 3;
        this.skipFirstNewline();
        let out = '';
        for (;;) {
            if (this.eof())
                this.fail(`unexpected EOF; expected '"""'`);
            if (this.s.startsWith('"""', this.i)) {
                // Up to two quotes may end the content right before the delimiter.
                let n = 3;
                while (this.s[this.i + n] === '"' && n < 5)
                    n++;
                out += '"'.repeat(n - 3);
                this.i += n;
                return out;
            }
            const c = this.s[this.i];
            if (c === '\\') {
                const rest = /^\\[ \t]*\r?\n/.exec(this.s.slice(this.i));
                if (rest) {
                    // Line-ending backslash: drop the break and the whitespace that follows.
                    this.advance(rest[0].length);
                    while (/[ \t\n\r]/.test(this.peek()))
                        this.advance();
                    continue;
                }
                out += this.escape();
                continue;
            }
            if (c === '\r' && this.peek(1) === '\n') {
                out += '\r\n';
                this.advance(2);
                continue;
            }
            if (c !== '\n')
                this.checkControl(c);
            out += c;
            this.advance();
        }
    }
    multilineLiteral() {
        this.i += 3;
        this.skipFirstNewline();
        let out = '';
        for (;;) {
            if (this.eof())
                this.fail(`unexpected EOF; expected "'''"`);
            if (this.s.startsWith("'''", this.i)) {
                let n = 3;
                while (this.s[this.i + n] === "'" && n < 5)
                    n++;
                out += "'".repeat(n - 3);
                this.i += n;
                return out;
            }
            const c = this.s[this.i];
            if (c !== '\n' && c !== '\r')
                this.checkControl(c);
            out += c;
            this.advance();
        }
    }
}
function contextString(key) {
    return key
        .map((k) => (k === '' ? '""' : /^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k)))
        .join('.');
}
function isTableValue(v) {
    return (typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        !(v instanceof template_value/* GoInt */.ov) &&
        !(v instanceof template_value/* GoTime */.yT) &&
        !(v instanceof Uint8Array));
}
function setOwn(m, k, v) {
    if (k === '__proto__')
        Object.defineProperty(m, k, { value: v, enumerable: true, writable: true, configurable: true });
    else
        m[k] = v;
}
/** Go's %q for a string. */
function goQuote(s) {
    return JSON.stringify(s);
}
function goQuoteRune(c) {
    if (c === "'")
        return `'\\''`;
    return `'${c === '\\' ? '\\\\' : c}'`;
}
const toml_decode_MAX_INT64 = (1n << 63n) - 1n;
/** The library's numHasLeadingZero. */
function hasLeadingZero(s) {
    if (s.length > 1 && s[0] === '0' && !'box'.includes(s[1]))
        return true;
    return s.length > 2 && (s[0] === '-' || s[0] === '+') && s[1] === '0';
}
/** The library's numUnderscoresOK: every underscore between two (hex) digits. */
function underscoresOk(s) {
    if (['nan', '+nan', '-nan', 'inf', '-inf', '+inf'].includes(s))
        return true;
    let accept = false;
    for (const c of s) {
        if (c === '_' && !accept)
            return false;
        accept = /[0-9A-Fa-f]/.test(c);
    }
    return accept;
}
/** Integers, floats and date-times (the unquoted scalars), with the library's messages. */
function parseScalar(tok, fail) {
    const signed = /^([+-])(0[xob])/.exec(tok);
    if (signed)
        fail(`cannot use sign with non-decimal numbers: '${signed[1]}${signed[2]}'`);
    const based = /^0([xob])(.*)$/.exec(tok);
    if (based) {
        const digit = based[1] === 'x' ? '[0-9A-Fa-f_]' : based[1] === 'o' ? '[0-7_]' : '[01_]';
        if (!new RegExp(`^${digit}+$`).test(based[2])) {
            const kind = based[1] === 'x' ? 'hexadecimal' : based[1] === 'o' ? 'octal' : 'binary';
            fail(`not a ${kind} number: '0${based[1]}${based[2][0] ?? ''}'`);
        }
        if (!underscoresOk(tok))
            fail(`Invalid integer ${goQuote(tok)}: underscores must be surrounded by digits`);
        const v = BigInt('0' + based[1] + based[2].replace(/_/g, ''));
        if (v > toml_decode_MAX_INT64)
            fail(`${tok} is out of range for int64`);
        return new template_value/* GoInt */.ov(v, 'int64');
    }
    if (/^[+-]?[0-9_]+$/.test(tok)) {
        if (!underscoresOk(tok.replace(/^[+-]/, '')))
            fail(`Invalid integer ${goQuote(tok)}: underscores must be surrounded by digits`);
        if (hasLeadingZero(tok))
            fail(`Invalid integer ${goQuote(tok)}: cannot have leading zeroes`);
        const v = BigInt(tok.replace(/_/g, ''));
        if (v > toml_decode_MAX_INT64 || v < -toml_decode_MAX_INT64 - 1n)
            fail(`${tok} is out of range for int64`);
        return new template_value/* GoInt */.ov(v, 'int64');
    }
    if (/^[+-]?(inf|nan)$/.test(tok)) {
        if (tok.endsWith('nan'))
            return NaN;
        return tok.startsWith('-') ? -Infinity : Infinity;
    }
    if (/^[+-]?[0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9_]*)?$/.test(tok) && /[0-9]/.test(tok)) {
        if (/^[+-]?\./.test(tok))
            fail("floats must start with a digit, not '.'");
        const parts = tok.split(/[.eE]/).filter((p) => p !== '');
        for (const part of parts) {
            if (!underscoresOk(part.replace(/^[+-]/, '')))
                fail(`Invalid float ${goQuote(tok)}: underscores must be surrounded by digits`);
        }
        if (parts.length > 0 && hasLeadingZero(parts[0]))
            fail(`Invalid float ${goQuote(tok)}: cannot have leading zeroes`);
        if (/\.(?![0-9])/.test(tok))
            fail(`Invalid float ${goQuote(tok)}: '.' must be followed by one or more digits`);
        const f = Number(tok.replace(/_/g, ''));
        if (Number.isNaN(f))
            fail(`Invalid float value: ${goQuote(tok)}`);
        if (!Number.isFinite(f))
            fail(`${tok} is out of range for float64`);
        return f;
    }
    if (/^\d{4}-|^\d{2}:/.test(tok)) {
        const t = parseDatetime(tok);
        if (t === undefined)
            fail(`invalid datetime: ${goQuote(tok.replace(/[zt ]/g, (c) => (c === 'z' ? 'Z' : 'T')))}`);
        return t;
    }
    return fail(`expected value but found ${goQuote(tok)} instead`);
}
function parseDatetime(tok) {
    const pad2 = (s) => Number(s ?? '0');
    const frac = (s) => s ? Number((s.slice(1) + '000000000').slice(0, 9)) : 0;
    let m = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?$/.exec(tok);
    if (m) {
        const [, y, mo, d, h, mi, s, f, z] = m;
        const year = Number(y);
        const month = Number(mo);
        const day = Number(d);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year))
            return undefined;
        if (h !== undefined && (pad2(h) > 23 || pad2(mi) > 59 || pad2(s) > 59))
            return undefined;
        const nanos = frac(f);
        const ms = Date.UTC(year, month - 1, day, pad2(h), pad2(mi), pad2(s)) + Math.floor(nanos / 1e6);
        const extra = nanos % 1e6;
        if (h === undefined)
            return new template_value/* GoTime */.yT(ms, 0, 'date-local', 0);
        if (z === undefined)
            return new template_value/* GoTime */.yT(ms, 0, 'datetime-local', extra);
        if (z === 'Z' || z === 'z')
            return new template_value/* GoTime */.yT(ms, 0, 'UTC', extra);
        const off = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(4, 6)));
        return new template_value/* GoTime */.yT(ms - off * 60000, off, '', extra);
    }
    m = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/.exec(tok);
    if (m) {
        const [, h, mi, s, f] = m;
        if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59)
            return undefined;
        const nanos = frac(f);
        // time.Parse of a bare time yields January 1 of year 0.
        const d = new Date(0);
        d.setUTCFullYear(0, 0, 1);
        d.setUTCHours(Number(h), Number(mi), Number(s ?? '0'), Math.floor(nanos / 1e6));
        return new template_value/* GoTime */.yT(d.getTime(), 0, 'time-local', nanos % 1e6);
    }
    return undefined;
}
function daysIn(month, year) {
    if (month === 2)
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
/** toml.Unmarshal(s, &map[string]interface{}); `error` is the ParseError text. */
function decodeToml(s) {
    const p = new Parser(s);
    try {
        return { value: p.parse() };
    }
    catch (e) {
        if (e instanceof TomlError) {
            const where = p.lastKeyName
                ? `toml: line ${e.line} (last key ${JSON.stringify(p.lastKeyName)})`
                : `toml: line ${e.line}`;
            return { value: {}, error: `${where}: ${e.message}` };
        }
        throw e;
    }
}

// EXTERNAL MODULE: ./build/helm/yaml/to-yaml.js + 2 modules
var to_yaml = __webpack_require__(9972);
;// CONCATENATED MODULE: ./build/helm/yaml/index.js








function trimOneNewline(s) {
    return s.endsWith('\n') ? s.slice(0, -1) : s;
}
/** `toYaml`: YAML of v without its final newline, or "" when v cannot be marshaled. */
function toYaml(v) {
    try {
        return trimOneNewline((0,to_yaml/* marshalYaml */._D)(v));
    }
    catch (e) {
        if (e instanceof to_yaml/* YamlMarshalError */.c8)
            return '';
        throw e;
    }
}
/** `mustToYaml`: like toYaml, but throws Error(Go's message) when v cannot be marshaled. */
function mustToYaml(v) {
    return trimOneNewline((0,to_yaml/* marshalYaml */._D)(v));
}
/** `toYamlPretty`: go-yaml v3 with indent 2 (lists indented under keys, floats as floats). */
function toYamlPretty(v) {
    return trimOneNewline((0,to_yaml/* encodeYamlPretty */.WK)(v));
}
/** `fromYaml`: the first YAML document as a map; errors land under "Error". */
function fromYaml(s) {
    const r = unmarshalYamlObject(s);
    if (r.error !== undefined)
        r.value.Error = r.error;
    return r.value;
}
/** `fromYamlArray`: the first YAML document as a list; an error is the only element. */
function fromYamlArray(s) {
    const r = unmarshalYamlArray(s);
    return r.error !== undefined ? [r.error] : r.value;
}
/** `toJson`: compact JSON as encoding/json writes it, or "" when v cannot be marshaled. */
function toJson(v) {
    try {
        return (0,go_json/* marshalJson */.l5)(v);
    }
    catch (e) {
        if (e instanceof go_json/* GoJsonError */.tU)
            return '';
        throw e;
    }
}
/** `mustToJson`: like toJson, but throws Error(Go's message). */
function mustToJson(v) {
    return (0,go_json/* marshalJson */.l5)(v);
}
/** `fromJson`: a JSON object as a map; errors land under "Error" (with what was decoded). */
function fromJson(s) {
    const r = (0,go_json_decode/* unmarshalObject */.jK)(s);
    if (r.error)
        r.value.Error = r.error.message;
    return r.value;
}
/** `fromJsonArray`: a JSON array as a list; an error is the only element. */
function fromJsonArray(s) {
    const r = (0,go_json_decode/* unmarshalArray */.Ns)(s);
    return r.error ? [r.error.message] : r.value;
}
/** `toToml`: TOML of a map or struct; the encoder's error text when it fails. */
function toToml(v) {
    try {
        return encodeToml(v);
    }
    catch (e) {
        if (e instanceof TomlEncodeError && !e.message.startsWith('reflect:'))
            return e.message;
        throw e;
    }
}
/** `fromToml`: a TOML document as a map; errors land under "Error". */
function fromToml(s) {
    const r = decodeToml(s);
    if (r.error !== undefined)
        r.value.Error = r.error;
    return r.value;
}

// EXTERNAL MODULE: ./build/helm/glob.js
var glob = __webpack_require__(1247);
// EXTERNAL MODULE: ./build/helm/go-text.js
var go_text = __webpack_require__(5711);
;// CONCATENATED MODULE: ./build/helm/objects.js
/**
 * The built-in objects templates see, shaped as Helm v4.1.4 builds them: `.Release` and
 * `.Chart` are maps (`.Chart` has the Metadata fields under their Go names plus IsRoot),
 * `.Capabilities` a pointer to a struct whose KubeVersion prints through String() and
 * whose APIVersions is a list with a Has method, `.Files` a map of file bytes with
 * Get/GetBytes/Glob/Lines/AsConfig/AsSecrets.
 */








/** What helm v4.1.4 reports with no cluster (shared/corpus/helm/helm-defaults.json). */
const helmDefaults = {
    kubeVersion: 'v1.35.0',
    kubeMajor: '1',
    kubeMinor: '35',
    helmVersion: 'v4.1.4',
    helmGitCommit: '05fa37973dc9e42b76e1d2883494c87174b6074f',
    helmGitTreeState: 'clean',
    helmGoVersion: 'go1.25.9',
    kubeClientVersion: 'v1.35',
    apiVersions: [
        'v1',
        'admissionregistration.k8s.io/v1',
        'admissionregistration.k8s.io/v1alpha1',
        'admissionregistration.k8s.io/v1beta1',
        'internal.apiserver.k8s.io/v1alpha1',
        'apps/v1',
        'apps/v1beta1',
        'apps/v1beta2',
        'authentication.k8s.io/v1',
        'authentication.k8s.io/v1alpha1',
        'authentication.k8s.io/v1beta1',
        'authorization.k8s.io/v1',
        'authorization.k8s.io/v1beta1',
        'autoscaling/v1',
        'autoscaling/v2',
        'autoscaling/v2beta1',
        'autoscaling/v2beta2',
        'batch/v1',
        'batch/v1beta1',
        'certificates.k8s.io/v1',
        'certificates.k8s.io/v1beta1',
        'certificates.k8s.io/v1alpha1',
        'coordination.k8s.io/v1alpha2',
        'coordination.k8s.io/v1beta1',
        'coordination.k8s.io/v1',
        'discovery.k8s.io/v1',
        'discovery.k8s.io/v1beta1',
        'events.k8s.io/v1',
        'events.k8s.io/v1beta1',
        'extensions/v1beta1',
        'flowcontrol.apiserver.k8s.io/v1',
        'flowcontrol.apiserver.k8s.io/v1beta1',
        'flowcontrol.apiserver.k8s.io/v1beta2',
        'flowcontrol.apiserver.k8s.io/v1beta3',
        'networking.k8s.io/v1',
        'networking.k8s.io/v1beta1',
        'node.k8s.io/v1',
        'node.k8s.io/v1alpha1',
        'node.k8s.io/v1beta1',
        'policy/v1',
        'policy/v1beta1',
        'rbac.authorization.k8s.io/v1',
        'rbac.authorization.k8s.io/v1beta1',
        'rbac.authorization.k8s.io/v1alpha1',
        'resource.k8s.io/v1',
        'resource.k8s.io/v1beta2',
        'resource.k8s.io/v1beta1',
        'resource.k8s.io/v1alpha3',
        'scheduling.k8s.io/v1alpha1',
        'scheduling.k8s.io/v1beta1',
        'scheduling.k8s.io/v1',
        'storage.k8s.io/v1beta1',
        'storage.k8s.io/v1',
        'storage.k8s.io/v1alpha1',
        'storagemigration.k8s.io/v1beta1',
        'apiextensions.k8s.io/v1beta1',
        'apiextensions.k8s.io/v1',
    ],
};
class KubeVersionError extends Error {
}
/** common.ParseKubeVersion (k8s.io/apimachinery version.ParseGeneric). */
function parseKubeVersion(v) {
    const m = /^\s*v?([0-9]+(?:\.[0-9]+)*)(.*)$/.exec(v);
    if (!m)
        throw new KubeVersionError(`could not parse ${JSON.stringify(v)} as version`);
    const parts = m[1].split('.');
    const extra = m[2];
    if (parts.length < 2)
        throw new KubeVersionError(`illegal version string ${JSON.stringify(v)}`);
    for (const p of parts) {
        if (p.length > 1 && p[0] === '0') {
            throw new KubeVersionError(`illegal zero-prefixed version component ${JSON.stringify(p)} in ${JSON.stringify(v)}`);
        }
    }
    if (extra !== '' && !/^[-+]/.test(extra)) {
        throw new KubeVersionError(`illegal version string ${JSON.stringify(v)}`);
    }
    const nums = parts.map((p) => BigInt(p));
    while (nums.length < 3)
        nums.push(0n);
    return {
        version: v.startsWith('v') ? v : `v${v}`,
        normalized: `v${nums.join('.')}`,
        major: nums[0].toString(),
        minor: nums[1].toString(),
    };
}
const defaultKubeVersion = {
    version: helmDefaults.kubeVersion,
    normalized: helmDefaults.kubeVersion,
    major: helmDefaults.kubeMajor,
    minor: helmDefaults.kubeMinor,
};
/** `.Capabilities`: a *chartutil.Capabilities. */
function capabilitiesObject(kube, apiVersions) {
    const kv = new template_value/* GoStruct */.On('common.KubeVersion', { Version: kube.version, Major: kube.major, Minor: kube.minor }, {
        String: () => kube.normalized,
        GitVersion: () => kube.version,
    });
    const set = (0,template_value/* attachMethods */.WL)([...apiVersions], 'common.VersionSet', {
        Has: functions_withSignature((v) => apiVersions.includes(v), {
            params: ['string'],
            result: 'bool',
        }),
    });
    const helm = new template_value/* GoStruct */.On('version.BuildInfo', {
        Version: helmDefaults.helmVersion,
        GitCommit: helmDefaults.helmGitCommit,
        GitTreeState: helmDefaults.helmGitTreeState,
        GoVersion: helmDefaults.helmGoVersion,
        KubeClientVersion: helmDefaults.kubeClientVersion,
    });
    return new template_value/* GoStruct */.On('*common.Capabilities', {
        KubeVersion: kv,
        APIVersions: set,
        HelmVersion: helm,
    });
}
/** `.Release` */
function releaseObject(o) {
    return {
        Name: o.name,
        Namespace: o.namespace,
        IsUpgrade: o.isUpgrade,
        IsInstall: o.isInstall,
        Revision: BigInt(o.revision),
        Service: 'Helm',
    };
}
/** `.Chart`: structToMap(Metadata) plus IsRoot. */
function chartObject(md, isRoot) {
    const strings = (l) => l.map((x) => x);
    const annotations = {};
    for (const [k, v] of Object.entries(md.annotations ?? {}))
        (0,gomap/* setKey */.qL)(annotations, k, v);
    return {
        Name: md.name,
        Home: md.home,
        Sources: strings(md.sources),
        Version: md.version,
        Description: md.description,
        Keywords: strings(md.keywords),
        Maintainers: md.maintainers.map((m) => ({ Name: m.name, Email: m.email, URL: m.url })),
        Icon: md.icon,
        APIVersion: md.apiVersion,
        Condition: md.condition,
        Tags: md.tags,
        AppVersion: md.appVersion,
        Deprecated: md.deprecated,
        Annotations: annotations,
        KubeVersion: md.kubeVersion,
        Dependencies: (md.dependencies ?? []).map((d) => ({
            Name: d.name,
            Version: d.version,
            Repository: d.repository,
            Condition: d.condition,
            Tags: strings(d.tags),
            Enabled: d.enabled,
            ImportValues: d.importValues,
            Alias: d.alias,
        })),
        Type: md.type,
        IsRoot: isRoot,
    };
}
const filesMethods = (files) => ({
    GetBytes: functions_withSignature((name) => {
        const v = Object.hasOwn(files, name) ? files[name] : undefined;
        return v instanceof Uint8Array ? v : new Uint8Array(0);
    }, { params: ['string'], result: '[]uint8' }),
    Get: functions_withSignature((name) => {
        const v = Object.hasOwn(files, name) ? files[name] : undefined;
        return v instanceof Uint8Array ? (0,go_text/* bytesToString */.Ar)(v) : '';
    }, { params: ['string'], result: 'string' }),
    Glob: functions_withSignature((pattern) => {
        const re = (0,glob/* compileGobwasGlob */.Xr)(pattern) ?? (0,linear_regex/* linearRegex */.t$)('^[\\s\\S]*$', 's');
        const out = {};
        for (const k of Object.keys(files))
            if (re.test(k))
                (0,gomap/* setKey */.qL)(out, k, files[k]);
        return filesValue(out);
    }, { params: ['string'], result: 'engine.files' }),
    AsConfig: functions_withSignature(() => {
        const m = {};
        for (const k of Object.keys(files).sort()) {
            (0,gomap/* setKey */.qL)(m, (0,go_text/* pathBase */.xN)(k), (0,go_text/* bytesToString */.Ar)(files[k]));
        }
        return toYaml(m);
    }, { params: [], result: 'string' }),
    AsSecrets: functions_withSignature(() => {
        const m = {};
        for (const k of Object.keys(files).sort()) {
            (0,gomap/* setKey */.qL)(m, (0,go_text/* pathBase */.xN)(k), Buffer.from(files[k]).toString('base64'));
        }
        return toYaml(m);
    }, { params: [], result: 'string' }),
    Lines: functions_withSignature((path) => {
        const v = Object.hasOwn(files, path) ? files[path] : undefined;
        if (!(v instanceof Uint8Array))
            return [];
        let s = (0,go_text/* bytesToString */.Ar)(v);
        if (s.length === 0) {
            throw new gopanic_GoFuncError('runtime error: index out of range [-1]', true);
        }
        if (s.endsWith('\n'))
            s = s.slice(0, -1);
        return s.split('\n');
    }, { params: ['string'], result: '[]string' }),
});
function filesValue(files) {
    return (0,template_value/* attachMethods */.WL)(files, 'engine.files', filesMethods(files));
}
/** `.Files`: every chart file outside templates/ (and not .helmignore'd), by name. */
function filesObject(files) {
    const m = {};
    for (const f of files)
        (0,gomap/* setKey */.qL)(m, f.name, f.data);
    return filesValue(m);
}

;// CONCATENATED MODULE: ./build/helm/template-errors.js

const warnRe = /HELM_ERR_START([\s\S]*)HELM_ERR_END/;
/** cleanupParseError */
function cleanupParseError(filename, err) {
    const tokens = err.message.split(': ');
    if (tokens.length === 1)
        return `parse error in (${filename}): ${err.message}`;
    return `parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`;
}
function traceString(t) {
    let s = '';
    if (t.location !== '')
        s += `${t.location}\n  `;
    if (t.executedFunction !== '')
        s += `${t.executedFunction}\n    `;
    if (t.message !== '')
        s += `${t.message}\n`;
    return s;
}
function cutAtTemplate(msg) {
    const cut = msg.indexOf(' template:');
    return cut >= 0 ? msg.slice(0, cut) : msg;
}
/** parseTemplateExecErrorString: one link of the chain, or undefined when it is not a template error. */
function parseLink(s) {
    const prefix = 'template: ';
    if (!s.startsWith(prefix))
        return undefined;
    const rest = s.slice(prefix.length);
    if (rest.startsWith('no template '))
        return { location: '', message: s, executedFunction: '' };
    const idx = rest.indexOf(': executing ');
    if (idx >= 0) {
        const templateName = rest.slice(0, idx);
        const after = rest.slice(idx + ': executing '.length);
        if (after.length > 0 && after[0] === '"') {
            const endQuote = after.indexOf('"', 1);
            if (endQuote >= 0) {
                const functionName = after.slice(1, endQuote);
                const afterFunc = after.slice(endQuote + 1);
                if (afterFunc.startsWith(' at <')) {
                    const afterAt = afterFunc.slice(' at <'.length);
                    const endLoc = afterAt.indexOf('>: ');
                    if (endLoc >= 0) {
                        return {
                            location: templateName,
                            message: cutAtTemplate(afterAt.slice(endLoc + 3)),
                            executedFunction: `executing "${functionName}" at <${afterAt.slice(0, endLoc)}>:`,
                        };
                    }
                }
            }
        }
    }
    const sep = rest.lastIndexOf(': ');
    if (sep >= 0) {
        return {
            location: rest.slice(0, sep),
            message: cutAtTemplate(rest.slice(sep + 2)),
            executedFunction: '',
        };
    }
    return undefined;
}
/**
 * The chain of error texts Go's errors.Unwrap would visit: a function's error is wrapped
 * as `... at <...>: error calling NAME: <inner>`, so each inner text is a suffix.
 */
function errorChain(message) {
    const chain = [message];
    let s = message;
    for (;;) {
        if (!s.startsWith('template: '))
            break;
        const at = s.indexOf(' at <');
        if (at < 0)
            break;
        const endLoc = s.indexOf('>: ', at);
        if (endLoc < 0)
            break;
        const msg = s.slice(endLoc + 3);
        const m = /^error calling [^:]*: /.exec(msg);
        if (!m)
            break;
        s = msg.slice(m[0].length);
        chain.push(s);
    }
    return chain;
}
/** reformatExecErrorMsg */
function reformatExecError(filename, err) {
    const message = err.message;
    const first = message.indexOf(': ');
    const second = first >= 0 ? message.indexOf(': ', first + 2) : -1;
    if (first < 0 || second < 0)
        return `execution error in (${filename}): ${message}`;
    const location = message.slice(first + 2, second);
    const parts = warnRe.exec(message.slice(second + 2));
    if (parts)
        return `execution error at (${location}): ${parts[1]}`;
    const links = [];
    for (const s of errorChain(message)) {
        const t = parseLink(s);
        if (!t)
            return message;
        const last = links[links.length - 1];
        if (!last ||
            last.location !== t.location ||
            last.message !== t.message ||
            last.executedFunction !== t.executedFunction) {
            links.push(t);
        }
    }
    return (0,go_text/* goTrimSpace */.hb)(links.map(traceString).join(''));
}

;// CONCATENATED MODULE: ./build/helm/trace.js
class FileTrace {
    reads = [];
    emits = [];
    nested = [];
    beginNested() {
        const n = { readStart: this.reads.length, readEnd: -1, output: '', emits: [] };
        this.nested.push(n);
        return n;
    }
    endNested(n, output) {
        n.readEnd = this.reads.length;
        n.output = output;
    }
    onRead(container, key, value, at) {
        this.reads.push({ container, key, value, at });
    }
    onEmit(start, end, at, kind) {
        this.emits.push({ start, end, at, kind, readEnd: this.reads.length });
    }
    /** Shifts output offsets after Helm removed every `<no value>` from the text. */
    removeNoValue(raw) {
        const marker = '<no value>';
        const hits = [];
        for (let i = raw.indexOf(marker); i >= 0; i = raw.indexOf(marker, i + marker.length))
            hits.push(i);
        if (hits.length === 0)
            return raw;
        const map = (p) => {
            let shift = 0;
            for (const h of hits) {
                if (h + marker.length <= p)
                    shift += marker.length;
                else if (h < p)
                    shift += p - h;
                else
                    break;
            }
            return p - shift;
        };
        for (const e of this.emits) {
            e.start = map(e.start);
            e.end = map(e.end);
        }
        return raw.split(marker).join('');
    }
    /** The write covering output offset `offset` (the last one when several end there). */
    emitAt(offset) {
        let lo = 0;
        let hi = this.emits.length - 1;
        let idx = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (this.emits[mid].start <= offset) {
                idx = mid;
                lo = mid + 1;
            }
            else {
                hi = mid - 1;
            }
        }
        if (idx < 0)
            return undefined;
        const e = this.emits[idx];
        return offset < e.end ? e : undefined;
    }
}

;// CONCATENATED MODULE: ./build/helm/engine.js
/**
 * The template engine as Helm's pkg/engine runs it: every template of the chart and its
 * subcharts parsed into one set (deepest files first, so a parent's `define` wins), each
 * non-partial template executed with its chart's scoped values and `.Template`, Helm's
 * `include`/`tpl`/`required`/`fail`/`lookup` closures, `<no value>` removed, and errors
 * reworded as Helm does. Rendering is bounded in time and output size.
 */















/** A render failure worded as Helm prints it (after `Error: `). */
class RenderError extends Error {
    template;
    line;
    column;
    constructor(message, 
    /** The template name (`chart/templates/x.yaml`) the error points at, when known. */
    template, line, 
    /** Go's column (byte offset within the line, 0-based), when known. */
    column) {
        super(message);
        this.template = template;
        this.line = line;
        this.column = column;
    }
}
const defaultLimits = { maxOutput: 64 * 1024 * 1024 };
const recursionMaxNums = 1000;
/** Helm's sortTemplates: deeper paths first; equal depth in reverse lexical order. */
function sortTemplates(names) {
    const depth = (s) => s.split('/').length - 1;
    return [...names].sort((a, b) => {
        const da = depth(a);
        const db = depth(b);
        if (da !== db)
            return db - da;
        return (0,sort/* compareGoStrings */.m)(b, a);
    });
}
function allTemplates(c, templates, values, filesMaps) {
    const subCharts = {};
    const files = filesObject(c.files);
    filesMaps.push(files);
    const next = {
        Chart: chartObject(c.metadata, c.isRoot()),
        Files: files,
        Release: values.Release ?? null,
        Capabilities: values.Capabilities ?? null,
        Values: {},
        Subcharts: subCharts,
    };
    if (c.isRoot()) {
        next.Values = values.Values ?? {};
    }
    else {
        const t = valuesTable(values, `Values.${c.name}`);
        if ('table' in t)
            next.Values = t.table;
    }
    for (const child of c.dependencies)
        (0,gomap/* setKey */.qL)(subCharts, child.name, allTemplates(child, templates, next, filesMaps));
    const parentId = c.fullPath();
    for (const t of c.templates) {
        if (c.isLibrary() && !(0,go_text/* pathBase */.xN)(t.name).startsWith('_'))
            continue;
        templates.set((0,go_text/* pathJoin */.CN)(parentId, t.name), {
            text: (0,go_text/* bytesToString */.Ar)(t.data),
            vals: next,
            basePath: (0,go_text/* pathJoin */.CN)(parentId, 'templates'),
            file: t,
        });
    }
    return next;
}
/**
 * The output limit. Time and memory are the open budget's (core/budget.ts: render.ts opens
 * one per chart; every template node and function call charges it).
 */
class Limits {
    l;
    output = 0;
    /** The limit error, kept so it is reported even when a template wraps it. */
    tripped;
    constructor(l) {
        this.l = l;
    }
    trip(message) {
        this.tripped ??= new RenderError(message);
        throw this.tripped;
    }
    emitted(n) {
        this.output += n;
        if (this.output > this.l.maxOutput) {
            this.trip(`rendered output exceeds the limit of ${this.l.maxOutput} characters; stopped`);
        }
    }
    tick() {
        if (this.tripped)
            throw this.tripped;
        (0,budget/* work */.oJ)();
    }
}
function engine_sprigFuncMap() {
    const out = {};
    for (const spec of Object.values(sprigFuncs())) {
        const params = spec.variadic ? [...spec.params, spec.variadic] : [...spec.params];
        const signature = { params, variadic: !!spec.variadic, result: spec.result };
        // Signatures live on the function object: share it unless another name gave it a different one.
        let fn = spec.fn;
        const existing = fn.goSignature;
        if (existing && JSON.stringify(existing) !== JSON.stringify(signature)) {
            const inner = spec.fn;
            fn = (...args) => inner(...args);
        }
        out[spec.name] = functions_withSignature(fn, signature);
    }
    const sig = (fn, params, result) => functions_withSignature(fn, { params, result });
    out.toYaml = sig((v) => toYaml(v), ['interface {}'], 'string');
    out.mustToYaml = sig((v) => mustToYaml(v), ['interface {}'], 'string');
    out.toYamlPretty = sig((v) => toYamlPretty(v), ['interface {}'], 'string');
    out.fromYaml = sig((s) => fromYaml(s), ['string'], 'map[string]interface {}');
    out.fromYamlArray = sig((s) => fromYamlArray(s), ['string'], '[]interface {}');
    out.toJson = sig((v) => toJson(v), ['interface {}'], 'string');
    out.mustToJson = sig((v) => mustToJson(v), ['interface {}'], 'string');
    out.fromJson = sig((s) => fromJson(s), ['string'], 'map[string]interface {}');
    out.fromJsonArray = sig((s) => fromJsonArray(s), ['string'], '[]interface {}');
    out.toToml = sig((v) => toToml(v), ['interface {}'], 'string');
    out.fromToml = sig((s) => fromToml(s), ['string'], 'map[string]interface {}');
    out.lookup = sig(() => ({}), ['string', 'string', 'string', 'string'], 'map[string]interface {}');
    return out;
}
let baseFuncs;
/** Renders every template; returns the outputs keyed by template name (NOTES.txt included). */
function renderTemplates(chart, top, options = {}) {
    const limits = new Limits({ ...defaultLimits, ...options.limits });
    const tpls = new Map();
    const filesMaps = [];
    allTemplates(chart, tpls, top, filesMaps);
    baseFuncs ??= engine_sprigFuncMap();
    const set = new TemplateSet({ name: 'gotpl', missingKey: 'zero', funcs: baseFuncs });
    const includedNames = new Map();
    let current;
    /** Runs a nested execution (include, tpl), recording its writes when tracing. */
    const traced = (run) => {
        const file = current;
        if (!options.trace || !file)
            return run(undefined);
        const nested = file.beginNested();
        const out = run({
            onRead: (c, k, v, at) => file.onRead(c, k, v, at),
            onEmit: (start, end, at, kind) => nested.emits.push({ start, end, at, kind }),
        });
        file.endNested(nested, out);
        return out;
    };
    const makeInclude = (t) => functions_withSignature((name, data) => {
        const n = name;
        const count = includedNames.get(n);
        if (count !== undefined) {
            if (count > recursionMaxNums) {
                throw new Error(`rendering template has a nested reference name: ${n}: unable to execute template`);
            }
            includedNames.set(n, count + 1);
        }
        else {
            includedNames.set(n, 1);
        }
        limits.tick();
        try {
            return traced((hooks) => t.execute(n, data, { hooks }));
        }
        catch (e) {
            if (e instanceof RangeError && /call stack/i.test(e.message)) {
                throw new Error(`rendering template has a nested reference name: ${n}: unable to execute template`, { cause: e });
            }
            throw e;
        }
        finally {
            includedNames.set(n, (includedNames.get(n) ?? 1) - 1);
        }
    }, { params: ['string', 'interface {}'], result: 'string' });
    const makeTpl = (parent) => functions_withSignature((text, vals) => {
        const s = text;
        limits.tick();
        const t = parent.clone();
        t.addFuncs({ include: makeInclude(t), tpl: makeTpl(t) });
        const previous = t.lookup('gotpl');
        try {
            t.parse('gotpl', s);
        }
        catch (e) {
            throw new Error(`cannot parse template ${(0,strconv/* quote */.hD)(s)}: ${e.message}`, {
                cause: e,
            });
        }
        // Go executes the tree it just parsed; a body of only defines keeps an earlier
        // `gotpl` in the set (nested tpl), but the new, empty tree is what runs.
        if (previous !== undefined && t.lookup('gotpl') === previous)
            return '';
        let out;
        try {
            out = traced((hooks) => t.execute('gotpl', vals, { hooks }));
        }
        catch (e) {
            if (e instanceof RenderError)
                throw e;
            throw new Error(`error during tpl function execution for ${(0,strconv/* quote */.hD)(s)}: ${e.message}`, { cause: e });
        }
        return out.split('<no value>').join('');
    }, { params: ['string', 'interface {}'], result: 'string' });
    set.addFuncs({ include: makeInclude(set), tpl: makeTpl(set) });
    const keys = sortTemplates([...tpls.keys()]);
    const leftOut = new Set();
    for (const name of keys) {
        try {
            set.parse(name, tpls.get(name).text);
        }
        catch (e) {
            if (e instanceof TemplateError) {
                const error = new RenderError(cleanupParseError(name, e), name, e.line);
                if (!options.onTemplateFailure)
                    throw error;
                // Parsing adds nothing on error: the file and its defines are simply absent.
                options.onTemplateFailure({ error });
                leftOut.add(name);
                continue;
            }
            throw e;
        }
    }
    const rendered = new Map();
    for (const name of keys) {
        if ((0,go_text/* pathBase */.xN)(name).startsWith('_') || leftOut.has(name))
            continue;
        const r = tpls.get(name);
        (0,gomap/* setKey */.qL)(r.vals, 'Template', { Name: name, BasePath: r.basePath });
        const trace = options.trace ? new FileTrace() : undefined;
        current = trace;
        const hooks = { onWrite: (n) => limits.emitted(n) };
        if (trace) {
            hooks.onEmit = (start, end, at, kind) => trace.onEmit(start, end, at, kind);
            hooks.onRead = (c, k, v, at) => trace.onRead(c, k, v, at);
        }
        let raw;
        try {
            limits.tick();
            raw = set.execute(name, r.vals, { hooks });
        }
        catch (e) {
            if (limits.tripped)
                throw new RenderError(limits.tripped.message, name);
            const spent = (0,budget/* activeBudget */.A6)()?.exceeded;
            if (spent)
                throw new RenderError(budgetMessage(spent.message), name);
            const error = toRenderError(name, e);
            if (!options.onTemplateFailure || !(error instanceof RenderError))
                throw error;
            options.onTemplateFailure({ error, valueSite: lastValueRead(trace, error) });
            continue;
        }
        finally {
            current = undefined;
        }
        const text = trace ? trace.removeNoValue(raw) : raw.split('<no value>').join('');
        rendered.set(name, { name, text, file: r.file, trace });
    }
    // A trace keeps the objects a template read (`.` among them), and through `.Files` every
    // file of the chart; a scan keeps the traces until its findings are placed. No value of
    // a values file is in there, so the files go.
    for (const files of filesMaps)
        for (const k of Object.keys(files))
            delete files[k];
    return rendered;
}
/** A render stopped by its budget, as the finding says it. */
function budgetMessage(reason) {
    return `kube-whoami stopped rendering: ${reason} (a limit of kube-whoami for untrusted charts; helm has none)`;
}
/**
 * The values-file site of what fed the action that failed: below a nil it read (a missing
 * subchart default, `.Values.db.auth` absent under `db:`), the key that was there; else the
 * last value with a site it read.
 */
function lastValueRead(trace, error) {
    if (!trace)
        return undefined;
    // The failing action's reads are the last ones; a few thousand back is far enough.
    const stop = Math.max(0, trace.reads.length - 5000);
    // Innermost place first: an include's failure names the helper line after the caller's.
    for (const place of failurePlaces(error).reverse()) {
        let last;
        for (let i = trace.reads.length - 1; i >= stop; i--) {
            const r = trace.reads[i];
            if (r.at.template !== place.template || r.at.line !== place.line)
                continue;
            if (r.value === null || r.value === undefined) {
                const parent = trace.reads.slice(stop, i).findLast((p) => p.value === r.container);
                const site = parent && (0,origins/* siteOf */.zU)(parent.container, parent.key);
                if (site)
                    return site;
            }
            last ??= (0,origins/* siteOf */.zU)(r.container, r.key);
        }
        if (last)
            return last;
    }
    return undefined;
}
/** The template places an error names, outermost first (`chart/templates/x.yaml:12:4`). */
function failurePlaces(error) {
    const out = [];
    if (error.template !== undefined && error.line !== undefined) {
        out.push({ template: error.template, line: error.line, col: error.column });
    }
    for (const m of error.message.matchAll(/([\w.@+-]+(?:\/[\w.@+-]+)+):(\d+):(\d+)/g)) {
        const place = { template: m[1], line: Number(m[2]), col: Number(m[3]) };
        const last = out[out.length - 1];
        if (last && last.template === place.template && last.line === place.line)
            continue;
        out.push(place);
    }
    return out;
}
function toRenderError(name, e) {
    if (e instanceof RenderError)
        return e;
    if (e instanceof TemplateError) {
        return new RenderError(reformatExecError(name, e), e.source ?? name, e.line || undefined, e.line ? e.col : undefined);
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
        return new RenderError(`rendering template failed: ${e.message}`, name);
    }
    return e;
}

;// CONCATENATED MODULE: ./build/helm/log.js
/**
 * Helm's stderr log lines: log/slog's text handler without timestamps, as helm v4 prints
 * them (`level=WARN msg="returned non-bool value" path=a.b chart=c`). log.Printf output
 * goes through the same handler at INFO.
 */

function needsQuoting(s) {
    if (s.length === 0)
        return true;
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (c < 0x80) {
            if (ch === '\\')
                continue;
            if (ch === ' ' || ch === '=' || ch === '"' || c < 0x21 || c > 0x7e)
                return true;
        }
        else if (c === 0xfffd || /\s/u.test(ch) || !(0,strconv/* isPrint */.Oi)(c)) {
            return true;
        }
    }
    return false;
}
function value(s) {
    return needsQuoting(s) ? (0,strconv/* quote */.hD)(s) : s;
}
function formatLogLine(level, msg, attrs = []) {
    let out = `level=${level} msg=${value(msg)}`;
    for (const [k, v] of attrs)
        out += ` ${value(k)}=${value(v)}`;
    return out + '\n';
}
/** A logger collecting formatted lines (what helm writes to stderr). */
class LineLogger {
    lines = [];
    log(level, msg, attrs = []) {
        // Helm's default level is INFO; DEBUG lines only appear with --debug.
        if (level === 'DEBUG')
            return;
        this.lines.push(formatLogLine(level, msg, attrs));
    }
    text() {
        return this.lines.join('');
    }
}

// EXTERNAL MODULE: ./build/helm/goyaml/parse.js
var parse = __webpack_require__(7876);
// EXTERNAL MODULE: ./build/helm/goyaml/convert.js
var convert = __webpack_require__(3332);
;// CONCATENATED MODULE: ./build/helm/head-scan.js
/**
 * A fast path for decodeHead: Helm decodes every rendered document in full (go-yaml reads
 * all of it, so a syntax error anywhere fails the render) to read four fields. Most
 * documents are plain block YAML, whose validity a line scanner can establish without
 * building anything; for those, only the top-level `apiVersion`, `kind` and `metadata`
 * entries need decoding.
 *
 * The scanner accepts a conservative subset: a root block mapping at column 0; block
 * mappings and sequences indented with spaces; plain scalars (also over several lines),
 * quoted scalars on one line, block scalars with `|`/`>` and optional chomping, `{}` and
 * `[]`; comments. Anything else (tabs in indentation, anchors, aliases, tags, flow
 * collections with content, explicit keys, quoted scalars over lines, unusual characters,
 * keys that do not decode to JSON, `.inf`/`.nan`, merge keys) answers `undefined`, and
 * the caller decodes the whole document as before. Inside the subset every document the
 * scanner accepts is one the full decoder accepts, and top-level block entries decode
 * independently, so the head of the extracted entries is the head of the document.
 */
const SP = 32;
const TAB = 9;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQUOTE = 34;
const SQUOTE = 39;
var head_scan_Kind;
(function (Kind) {
    Kind[Kind["Map"] = 0] = "Map";
    Kind[Kind["Seq"] = 1] = "Seq";
})(head_scan_Kind || (head_scan_Kind = {}));
var Pending;
(function (Pending) {
    Pending[Pending["None"] = 0] = "None";
    /** A `key:` with nothing after it: its value may start on a more indented line. */
    Pending[Pending["MapValue"] = 1] = "MapValue";
    /** A `-` with nothing after it. */
    Pending[Pending["SeqItem"] = 2] = "SeqItem";
})(Pending || (Pending = {}));
class Reject extends Error {
}
const reject = new Reject();
/**
 * Characters whose handling in YAML is unusual (controls, lone CR, NEL and the Unicode line
 * separators, BOM, non-characters, surrogates): documents holding any are not scanned.
 */
// eslint-disable-next-line no-control-regex
const unusualChar = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
/** The same, except CR before LF; only asked when the quick test above (CR included) hits. */
const unusualWithCrlf = 
// eslint-disable-next-line no-control-regex
/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|\r(?!\n)/;
/** The run of spaces at lastIndex. */
const spaces = / */y;
/** A character that cannot start a plain scalar (or that this scanner leaves to the parser). */
function isIndicator(c) {
    switch (c) {
        case DASH:
        case 63: // ?
        case COLON:
        case 44: // ,
        case 91: // [
        case 93: // ]
        case 123: // {
        case 125: // }
        case HASH:
        case 38: // &
        case 42: // *
        case 33: // !
        case 124: // |
        case 62: // >
        case SQUOTE:
        case DQUOTE:
        case 37: // %
        case 64: // @
        case 96: // `
            return true;
    }
    return false;
}
function isWordChar(c) {
    return ((c >= 97 && c <= 122) ||
        (c >= 65 && c <= 90) ||
        (c >= 48 && c <= 57) ||
        c === 95 ||
        c === 46 ||
        c === 47 ||
        c === DASH);
}
const simpleEscapes = new Set('0abt\tnvfre "/\\N_LP'.split('').map((c) => c.charCodeAt(0)));
function isHex(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
/** Whether a plain scalar at q may be `.inf` or `.nan` (which do not convert to JSON). */
function isInfOrNan(s, q) {
    let r = q;
    const c = s.charCodeAt(r);
    if (c === DASH || c === 43)
        r++;
    if (s.charCodeAt(r) !== 46)
        return false;
    const l = s.charCodeAt(r + 1) | 0x20;
    return l === 105 || l === 110;
}
const wantedKeys = new Set(['apiversion', 'kind', 'metadata']);
class Scanner {
    s;
    indents = [];
    kinds = [];
    /** A sequence at the same column as the mapping key that holds it. */
    compact = [];
    pending = Pending.None;
    /** When the last value was a plain scalar: continuation lines must be indented more. */
    plainParent = -1;
    /** In a block scalar: the indentation of the enclosing collection, else -1. */
    blockParent = -1;
    blockIndent = 0;
    blockLeadingSpaces = 0;
    /** In a quoted scalar that continues on the next line: its quote, else 0. */
    quote = 0;
    quoteParent = 0;
    /** The next ':', '#' and tab at or after the scan position (-1: none left), found lazily. */
    nextColon = -2;
    nextHash = -2;
    nextTab = -2;
    /** Line starts of top-level entries, and whether each is a head field. */
    rootStarts = [];
    rootWanted = [];
    constructor(s) {
        this.s = s;
    }
    scan() {
        const s = this.s;
        const n = s.length;
        let p = 0;
        let first = true;
        while (p <= n) {
            let e = s.indexOf('\n', p);
            if (e < 0)
                e = n;
            const next = e + 1;
            if (e > p && s.charCodeAt(e - 1) === 13)
                e--;
            this.line(p, e, first);
            if (first && this.indents.length > 0)
                first = false;
            p = next;
        }
        if (this.indents.length === 0 || this.quote !== 0)
            throw reject;
    }
    line(p, e, first) {
        const s = this.s;
        spaces.lastIndex = p;
        spaces.test(s);
        const q = spaces.lastIndex;
        const indent = q - p;
        if (q === e) {
            // A line of spaces only.
            if (this.blockParent >= 0 && this.blockIndent === 0 && indent > this.blockLeadingSpaces) {
                this.blockLeadingSpaces = indent;
            }
            return;
        }
        const c = s.charCodeAt(q);
        if (this.quote !== 0) {
            // Lines of a quoted scalar: indented past its collection, then the scalar's text.
            if (c === TAB || indent <= this.quoteParent)
                throw reject;
            const close = this.quote === DQUOTE ? this.doubleQuoted(q - 1, e) : this.singleQuoted(q - 1, e);
            if (close >= 0) {
                this.quote = 0;
                this.lineEnd(close, e);
            }
            return;
        }
        if (this.blockParent >= 0) {
            if (this.blockIndent === 0) {
                if (c === TAB)
                    throw reject;
                if (this.blockLeadingSpaces > indent)
                    throw reject;
                if (indent > this.blockParent) {
                    this.blockIndent = indent;
                    return;
                }
            }
            else if (indent >= this.blockIndent) {
                return;
            }
            else if (c === TAB) {
                throw reject;
            }
            this.blockParent = -1;
        }
        if (c === TAB)
            throw reject;
        if (c === HASH) {
            // A comment line ends a plain scalar.
            this.plainParent = -1;
            return;
        }
        if (this.plainParent >= 0) {
            if (indent > this.plainParent) {
                this.plainContinuation(q, e);
                return;
            }
            this.plainParent = -1;
        }
        if (indent === 0 && (c === 37 || s.startsWith('...', q) || s.startsWith('---', q))) {
            // Directives and document markers.
            throw reject;
        }
        if (first) {
            if (indent !== 0 || this.isDash(q, e))
                throw reject;
            this.push(head_scan_Kind.Map, 0, false);
            this.mapEntry(q, e, p);
            return;
        }
        const top = this.indents.length - 1;
        if (this.pending === Pending.MapValue) {
            this.pending = Pending.None;
            const m = this.indents[top];
            if (indent > m) {
                this.nested(q, e, indent, m);
                return;
            }
            if (indent === m && this.isDash(q, e)) {
                this.push(head_scan_Kind.Seq, indent, true);
                this.seqEntry(q, e, indent);
                return;
            }
        }
        else if (this.pending === Pending.SeqItem) {
            this.pending = Pending.None;
            const sIndent = this.indents[top];
            if (indent > sIndent) {
                this.nested(q, e, indent, sIndent);
                return;
            }
        }
        this.sibling(q, e, indent, p);
    }
    push(kind, indent, compact) {
        this.kinds.push(kind);
        this.indents.push(indent);
        this.compact.push(compact);
    }
    pop() {
        this.kinds.pop();
        this.indents.pop();
        this.compact.pop();
    }
    isDash(q, e) {
        return this.s.charCodeAt(q) === DASH && (q + 1 === e || this.s.charCodeAt(q + 1) === SP);
    }
    /** A line at the indentation of an open collection: the next entry of it. */
    sibling(q, e, indent, lineStart) {
        while (this.indents.length > 0 && this.indents[this.indents.length - 1] > indent)
            this.pop();
        let top = this.indents.length - 1;
        if (top < 0 || this.indents[top] !== indent)
            throw reject;
        if (this.kinds[top] === head_scan_Kind.Seq) {
            if (this.isDash(q, e)) {
                this.seqEntry(q, e, indent);
                return;
            }
            if (!this.compact[top])
                throw reject;
            this.pop();
            top--;
            if (top < 0 || this.indents[top] !== indent)
                throw reject;
        }
        if (this.isDash(q, e))
            throw reject;
        this.mapEntry(q, e, lineStart);
    }
    /** The first line of a collection's value, indented more than the collection (`parent`). */
    nested(q, e, indent, parent) {
        if (this.isDash(q, e)) {
            this.push(head_scan_Kind.Seq, indent, false);
            this.seqEntry(q, e, indent);
            return;
        }
        const colon = this.keyEnd(q, e);
        if (colon >= 0) {
            this.push(head_scan_Kind.Map, indent, false);
            this.mapEntry(q, e, -1);
            return;
        }
        const c = this.s.charCodeAt(q);
        if (c === 124 || c === 62)
            throw reject; // a block scalar header on a line of its own
        this.value(q, e, parent);
    }
    /** `- ...` at q, in the sequence at `indent`. */
    seqEntry(q, e, indent) {
        const s = this.s;
        let r = q + 1;
        while (r < e && s.charCodeAt(r) === SP)
            r++;
        if (r === e || s.charCodeAt(r) === HASH) {
            if (r < e && r === q + 1)
                throw reject;
            this.pending = Pending.SeqItem;
            return;
        }
        if (r < e && s.charCodeAt(r) === TAB)
            throw reject;
        if (this.isDash(r, e))
            throw reject;
        if (this.keyEnd(r, e) >= 0) {
            this.push(head_scan_Kind.Map, r - (q - indent), false);
            this.mapEntry(r, e, -1);
            return;
        }
        this.value(r, e, indent);
    }
    /**
     * Where the key starting at q ends (the offset of its ':'), or -1 when the line is not
     * a `key: ...` line this scanner handles. Throws for keys it leaves to the parser.
     */
    keyEnd(q, e) {
        const s = this.s;
        const c = s.charCodeAt(q);
        if (c === DQUOTE || c === SQUOTE) {
            const close = c === DQUOTE ? this.doubleQuoted(q, e) : this.singleQuoted(q, e);
            if (close < 0)
                return -1;
            let r = close;
            while (r < e && s.charCodeAt(r) === SP)
                r++;
            if (r < e && s.charCodeAt(r) === COLON && (r + 1 === e || s.charCodeAt(r + 1) === SP)) {
                return r;
            }
            return -1;
        }
        if (isIndicator(c))
            return -1;
        let colon = this.colonFrom(q + 1);
        for (;;) {
            if (colon < 0 || colon >= e)
                return -1;
            const n = colon + 1 === e ? SP : s.charCodeAt(colon + 1);
            if (n === SP)
                break;
            if (n === TAB)
                throw reject;
            colon = this.colonFrom(colon + 1);
        }
        // A comment before the ':' makes the line a scalar.
        for (let h = this.hashFrom(q + 1); h >= 0 && h < colon; h = this.hashFrom(h + 1)) {
            const b = s.charCodeAt(h - 1);
            if (b === SP || b === TAB)
                return -1;
        }
        return colon;
    }
    colonFrom(from) {
        let c = this.nextColon;
        if (c !== -1 && c < from)
            c = this.nextColon = this.s.indexOf(':', from);
        return c;
    }
    hashFrom(from) {
        let c = this.nextHash;
        if (c !== -1 && c < from)
            c = this.nextHash = this.s.indexOf('#', from);
        return c;
    }
    tabFrom(from) {
        let c = this.nextTab;
        if (c !== -1 && c < from)
            c = this.nextTab = this.s.indexOf('\t', from);
        return c;
    }
    /** `key: value` at q in the mapping at the top of the stack. */
    mapEntry(q, e, lineStart) {
        const s = this.s;
        const colon = this.keyEnd(q, e);
        if (colon < 0)
            throw reject;
        const c = s.charCodeAt(q);
        const root = this.indents.length === 1;
        if (c === DQUOTE || c === SQUOTE) {
            // Quoted keys decode to strings; at the top level their text would need unquoting.
            if (root)
                throw reject;
        }
        else {
            let end = colon;
            while (s.charCodeAt(end - 1) === SP)
                end--;
            if (end - q > 1024)
                throw reject;
            const t = this.tabFrom(q);
            if (t >= 0 && t < end)
                throw reject;
            if (end - q <= 4) {
                // Keys that decode to null are not JSON keys; `<<` merges.
                const key = s.slice(q, end);
                if (key === '~' || key === 'null' || key === 'Null' || key === 'NULL' || key === '<<') {
                    throw reject;
                }
            }
            if (isInfOrNan(s, q))
                throw reject;
            if (root) {
                this.rootStarts.push(lineStart);
                this.rootWanted.push(wantedKeys.has(s.slice(q, end).toLowerCase()));
            }
        }
        let r = colon + 1;
        while (r < e && s.charCodeAt(r) === SP)
            r++;
        if (r === e || s.charCodeAt(r) === HASH) {
            if (r < e && r === colon + 1)
                throw reject;
            this.pending = Pending.MapValue;
            return;
        }
        if (s.charCodeAt(r) === TAB)
            throw reject;
        this.value(r, e, this.indents[this.indents.length - 1]);
    }
    /** A value starting at q on its line; `parent` is the indentation of its collection. */
    value(q, e, parent) {
        const s = this.s;
        const c = s.charCodeAt(q);
        if (c === DQUOTE || c === SQUOTE) {
            const close = c === DQUOTE ? this.doubleQuoted(q, e) : this.singleQuoted(q, e);
            if (close < 0) {
                this.quote = c;
                this.quoteParent = parent;
                return;
            }
            this.lineEnd(close, e);
            return;
        }
        if (c === 124 || c === 62) {
            let r = q + 1;
            const d = s.charCodeAt(r);
            if (r < e && (d === 43 || d === DASH))
                r++;
            this.lineEnd(r, e);
            this.blockParent = parent;
            this.blockIndent = 0;
            this.blockLeadingSpaces = 0;
            return;
        }
        if (c === 123) {
            if (s.charCodeAt(q + 1) !== 125)
                throw reject;
            this.lineEnd(q + 2, e);
            return;
        }
        if (c === 91) {
            this.lineEnd(this.flowSequence(q, e), e);
            return;
        }
        if (isIndicator(c)) {
            // `-`, `?` and `:` start a plain scalar when a non-blank follows.
            if (c !== DASH && c !== 63 && c !== COLON)
                throw reject;
            const n = q + 1 < e ? s.charCodeAt(q + 1) : SP;
            if (n === SP || n === TAB)
                throw reject;
        }
        if (isInfOrNan(s, q))
            throw reject;
        // A comment ends the scalar: no line can continue it.
        this.plainParent = this.plainRest(q + 1, e) ? -1 : parent;
    }
    /**
     * The rest of a plain scalar's line: no `: ` (a mapping where none may start). True when
     * a comment ends the line.
     */
    plainRest(r, e) {
        const s = this.s;
        // Most lines hold neither character: indexOf finds them, and remembers the next
        // occurrence (the scan only moves forward), so that the text is searched once.
        let end = e;
        for (let h = this.hashFrom(r); h >= 0 && h < e; h = this.hashFrom(h + 1)) {
            const b = s.charCodeAt(h - 1);
            if (b === SP || b === TAB) {
                end = h;
                break;
            }
        }
        for (let c = this.colonFrom(r); c >= 0 && c < end; c = this.colonFrom(c + 1)) {
            if (c + 1 === e)
                throw reject;
            const n = s.charCodeAt(c + 1);
            if (n === SP || n === TAB)
                throw reject;
        }
        return end !== e;
    }
    /**
     * A more indented line continuing a plain scalar: text, whatever its first character
     * (a line starting with `#` is a comment and never gets here), except that `- `, `? `
     * and `: ` are left to the parser.
     */
    plainContinuation(q, e) {
        const s = this.s;
        const c = s.charCodeAt(q);
        if ((c === DASH || c === 63 || c === COLON) && (q + 1 === e || s.charCodeAt(q + 1) === SP)) {
            throw reject;
        }
        if (this.plainRest(q + 1, e))
            this.plainParent = -1;
    }
    /** After a complete token: blanks, then a comment or the end of the line. */
    lineEnd(r, e) {
        const s = this.s;
        const start = r;
        while (r < e && s.charCodeAt(r) === SP)
            r++;
        if (r === e)
            return;
        if (s.charCodeAt(r) === HASH && r > start)
            return;
        throw reject;
    }
    /**
     * `[a, "b", 'c']` on one line, with plain items of letters, digits and `_./-` only (no
     * nested collections, no pairs). The offset after the `]`.
     */
    flowSequence(q, e) {
        const s = this.s;
        let r = q + 1;
        for (let item = 0;; item++) {
            while (r < e && s.charCodeAt(r) === SP)
                r++;
            if (r >= e)
                throw reject;
            const c = s.charCodeAt(r);
            if (c === 93 && item === 0)
                return r + 1;
            if (c === DQUOTE || c === SQUOTE) {
                r = c === DQUOTE ? this.doubleQuoted(r, e) : this.singleQuoted(r, e);
                if (r < 0)
                    throw reject;
            }
            else if (isWordChar(c) && c !== DASH && c !== 46) {
                while (r < e && isWordChar(s.charCodeAt(r)))
                    r++;
            }
            else {
                throw reject;
            }
            while (r < e && s.charCodeAt(r) === SP)
                r++;
            const d = s.charCodeAt(r);
            if (d === 93 && r < e)
                return r + 1;
            if (d !== 44 || r >= e)
                throw reject;
            r++;
        }
    }
    /**
     * The offset after the closing quote of a double-quoted scalar starting at q (or, for
     * a continuation line, at q + 1), or -1 when it goes on past this line.
     */
    doubleQuoted(q, e) {
        const s = this.s;
        for (let r = q + 1; r < e; r++) {
            const c = s.charCodeAt(r);
            if (c === DQUOTE)
                return r + 1;
            if (c === 92) {
                const x = s.charCodeAt(r + 1);
                // An escaped line break.
                if (r + 1 >= e)
                    return -1;
                if (simpleEscapes.has(x)) {
                    r++;
                    continue;
                }
                const width = x === 120 ? 2 : x === 117 ? 4 : x === 85 ? 8 : 0;
                if (width === 0 || r + 2 + width > e)
                    throw reject;
                let cp = 0;
                for (let i = 0; i < width; i++) {
                    const h = s.charCodeAt(r + 2 + i);
                    if (!isHex(h))
                        throw reject;
                    cp = cp * 16 + parseInt(s[r + 2 + i], 16);
                }
                if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
                    throw reject;
                r += 1 + width;
            }
        }
        return -1;
    }
    /** As doubleQuoted, for single quotes (`''` is a quote). */
    singleQuoted(q, e) {
        const s = this.s;
        for (let r = q + 1; r < e; r++) {
            if (s.charCodeAt(r) === SQUOTE) {
                if (s.charCodeAt(r + 1) === SQUOTE && r + 1 < e) {
                    r++;
                    continue;
                }
                return r + 1;
            }
        }
        return -1;
    }
}
/**
 * The top-level `apiVersion`, `kind` and `metadata` entries of `doc` (its other top-level
 * entries removed), when the scanner can tell that the whole document decodes; undefined
 * when it cannot, and the document must be decoded in full.
 */
function headEntries(doc) {
    if (unusualChar.test(doc) && unusualWithCrlf.test(doc))
        return undefined;
    const sc = new Scanner(doc);
    try {
        sc.scan();
    }
    catch (e) {
        if (e === reject)
            return undefined;
        throw e;
    }
    let out = '';
    const starts = sc.rootStarts;
    for (let i = 0; i < starts.length; i++) {
        if (!sc.rootWanted[i])
            continue;
        const end = i + 1 < starts.length ? starts[i + 1] : doc.length;
        out += doc.slice(starts[i], end);
        if (out.charCodeAt(out.length - 1) !== 10)
            out += '\n';
    }
    return out;
}

// EXTERNAL MODULE: ./build/helm/json-unmarshal.js
var json_unmarshal = __webpack_require__(2013);
;// CONCATENATED MODULE: ./build/helm/head.js
/**
 * Decodes the head of a rendered document into Helm's SimpleHead (apiVersion, kind,
 * metadata.name, metadata.annotations) with sigs.k8s.io/yaml's rules: scalars bound for
 * string fields become strings, other shapes are errors worded like encoding/json's.
 */





const metadataType = 'struct { Name string "json:\\"name\\""; Annotations map[string]string "json:\\"annotations\\"" }';
function unmarshalError(v, field, type) {
    return new Error((0,json_unmarshal/* fieldTypeMessage */.uH)(v, field, type));
}
/** sigs.k8s.io/yaml turns a scalar bound for a string field into a string. */
function asString(v, field) {
    if (v === null)
        return undefined;
    if (typeof v === 'string')
        return v;
    if (typeof v === 'bigint')
        return v.toString();
    if (typeof v === 'number')
        return (0,convert/* formatFloat32 */.Pp)(v);
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    throw unmarshalError(v, field, 'string');
}
function fieldOf(m, name) {
    // encoding/json matches keys case-insensitively; the last match wins.
    let out;
    for (const k of Object.keys(m))
        if (k.toLowerCase() === name)
            out = m[k];
    return out;
}
/**
 * The document's value restricted to the head fields: the whole document is checked for
 * decode errors (as go-yaml decodes all of it) but only apiVersion, kind and metadata are
 * built.
 */
function headValue(root) {
    if (root === null || root.t !== 'map')
        return (0,convert/* toGoValue */.z8)(root, { bigInts: true });
    (0,convert/* checkDecodable */.Kt)(root);
    const keys = root.keys.map((k) => (k.t === 'scalar' ? k.value.toLowerCase() : ''));
    const wanted = new Set(['apiversion', 'kind', 'metadata']);
    const head = { ...root, keys: [], values: [] };
    for (let i = 0; i < keys.length; i++) {
        if (!wanted.has(keys[i]))
            continue;
        head.keys.push(root.keys[i]);
        head.values.push(root.values[i]);
    }
    return (0,convert/* toGoValue */.z8)(head, { bigInts: true });
}
/** Decodes one document (the text between `---` lines). Throws with Helm's wording. */
function decodeHead(doc) {
    // Where the scanner vouches for the rest of the document, only the head entries are read.
    return decodeWholeDocument(headEntries(doc) ?? doc);
}
/** decodeHead without the scanner: the whole document is parsed and checked. */
function decodeWholeDocument(doc) {
    let value;
    try {
        value = headValue((0,parse/* parseFirstDocument */.jE)(doc));
    }
    catch (e) {
        throw new Error(`error converting YAML to JSON: ${e.message}`, { cause: e });
    }
    const head = { apiVersion: '', kind: '', metadata: null };
    if (value === null)
        return head;
    if (!(0,template_value/* isGoMap */.Rb)(value)) {
        throw new Error((0,json_unmarshal/* valueTypeMessage */.bR)(value, 'util.SimpleHead'));
    }
    const apiVersion = fieldOf(value, 'apiversion');
    if (apiVersion !== undefined) {
        head.apiVersion = asString(apiVersion, 'SimpleHead.apiVersion') ?? '';
    }
    const kind = fieldOf(value, 'kind');
    if (kind !== undefined)
        head.kind = asString(kind, 'SimpleHead.kind') ?? '';
    const md = fieldOf(value, 'metadata');
    if (md !== undefined && md !== null) {
        if (!(0,template_value/* isGoMap */.Rb)(md))
            throw unmarshalError(md, 'SimpleHead.metadata', metadataType);
        const meta = { name: '', annotations: null };
        const name = fieldOf(md, 'name');
        if (name !== undefined)
            meta.name = asString(name, '.metadata.name') ?? '';
        const ann = fieldOf(md, 'annotations');
        if (ann !== undefined && ann !== null) {
            if (!(0,template_value/* isGoMap */.Rb)(ann))
                throw unmarshalError(ann, '.metadata.annotations', 'map[string]string');
            const out = {};
            for (const [k, v] of Object.entries(ann)) {
                out[k] = asString(v, '.metadata.annotations') ?? '';
            }
            meta.annotations = out;
        }
        head.metadata = meta;
    }
    return head;
}

;// CONCATENATED MODULE: ./build/helm/manifests.js
/**
 * What Helm does with rendered files before printing them (releaseutil.SortManifests and
 * the `helm template` printer): files sorted by name, each split into documents on `---`
 * lines, each document's head (apiVersion, kind, metadata.name, annotations) decoded \u2014
 * a document that does not decode fails the whole render \u2014 hooks separated by their
 * `helm.sh/hook` annotation, and both lists ordered by Helm's install order of kinds.
 */



const installOrder = [
    'PriorityClass',
    'Namespace',
    'NetworkPolicy',
    'ResourceQuota',
    'LimitRange',
    'PodSecurityPolicy',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'SecretList',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'CustomResourceDefinition',
    'ClusterRole',
    'ClusterRoleList',
    'ClusterRoleBinding',
    'ClusterRoleBindingList',
    'Role',
    'RoleList',
    'RoleBinding',
    'RoleBindingList',
    'Service',
    'DaemonSet',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'HorizontalPodAutoscaler',
    'StatefulSet',
    'Job',
    'CronJob',
    'IngressClass',
    'Ingress',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
];
const orderIndex = new Map(installOrder.map((k, i) => [k, i]));
const hookEvents = new Set([
    'pre-install',
    'post-install',
    'pre-delete',
    'post-delete',
    'pre-upgrade',
    'post-upgrade',
    'pre-rollback',
    'post-rollback',
    'test',
    'test-success',
]);
class ManifestParseError extends Error {
    file;
    documentIndex;
    offset;
    constructor(message, file, documentIndex, offset) {
        super(message);
        this.file = file;
        this.documentIndex = documentIndex;
        this.offset = offset;
    }
}
function isSepSpace(c) {
    // Go's \s: [\t\n\f\r ]
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}
/**
 * The matches of releaseutil's separator `(?:^|\s*\n)---\s*`, found without a regular
 * expression (V8 backtracks quadratically on long whitespace runs).
 */
function separators(s) {
    const out = [];
    let from = 0;
    const endAfter = (i) => {
        let e = i;
        while (e < s.length && isSepSpace(s.charCodeAt(e)))
            e++;
        return e;
    };
    if (s.startsWith('---')) {
        from = endAfter(3);
        out.push({ start: 0, end: from });
    }
    for (;;) {
        const q = s.indexOf('\n---', from);
        if (q < 0)
            break;
        let p = q;
        while (p > from && isSepSpace(s.charCodeAt(p - 1)))
            p--;
        const e = endAfter(q + 4);
        out.push({ start: p, end: e });
        from = e;
    }
    return out;
}
/** SplitManifests: documents in order, each trimmed, with its offset in `text`. */
function splitManifests(text) {
    const trimmed = (0,go_text/* goTrimSpace */.hb)(text);
    let lead = 0;
    if (trimmed.length > 0)
        while (text.charCodeAt(lead) !== trimmed.charCodeAt(0))
            lead++;
    const out = [];
    let last = 0;
    const push = (start, end) => {
        const d = trimmed.slice(start, end);
        if (d === '')
            return;
        const content = (0,go_text/* goTrimSpace */.hb)(d);
        let skip = 0;
        while (skip < d.length && d.charCodeAt(skip) !== content.charCodeAt(0))
            skip++;
        out.push({ content, offset: lead + start + skip });
    };
    for (const m of separators(trimmed)) {
        push(last, m.start);
        last = m.end;
    }
    push(last, trimmed.length);
    return out;
}
function kindLess(a, b) {
    const first = orderIndex.get(a);
    const second = orderIndex.get(b);
    if (first === undefined && second === undefined)
        return a !== b ? a < b : false;
    if (first === undefined)
        return false;
    if (second === undefined)
        return true;
    return first < second;
}
function stableSortByKind(list) {
    // sort.SliceStable with lessByKind; Array.prototype.sort is stable.
    return list.sort((x, y) => {
        if (kindLess(x.head.kind, y.head.kind))
            return -1;
        if (kindLess(y.head.kind, x.head.kind))
            return 1;
        return 0;
    });
}
/** SortManifests over a map of rendered files (partials and empty files skipped). */
function sortManifests(files) {
    const names = [...files.keys()].sort(sort/* compareGoStrings */.m);
    const hooks = [];
    const manifests = [];
    const logs = [];
    for (const name of names) {
        const content = files.get(name);
        if ((0,go_text/* pathBase */.xN)(name).startsWith('_'))
            continue;
        if ((0,go_text/* goTrimSpace */.hb)(content) === '')
            continue;
        splitManifests(content).forEach((doc, index) => {
            let head;
            try {
                head = decodeHead(doc.content);
            }
            catch (e) {
                throw new ManifestParseError(`YAML parse error on ${name}: ${e.message}`, name, index, doc.offset);
            }
            const m = { name, content: doc.content, head, index, offset: doc.offset };
            const ann = head.metadata?.annotations;
            if (!ann || Object.keys(ann).length === 0 || !Object.hasOwn(ann, 'helm.sh/hook')) {
                manifests.push(m);
                return;
            }
            const hookTypes = ann['helm.sh/hook'];
            const events = [];
            for (const t of hookTypes.split(',')) {
                const e = (0,go_text/* goTrimSpace */.hb)(t).toLowerCase();
                if (!hookEvents.has(e)) {
                    logs.push({ msg: 'skipping unknown hooks', attrs: [['hookTypes', hookTypes]] });
                    return;
                }
                events.push(e === 'test-success' ? 'test' : e);
            }
            const w = ann['helm.sh/hook-weight'];
            const weight = w !== undefined && /^[+-]?[0-9]+$/.test(w) ? Number(w) : 0;
            hooks.push({ ...m, events, weight });
        });
    }
    return { hooks: stableSortByKind(hooks), manifests: stableSortByKind(manifests), logs };
}

// EXTERNAL MODULE: ./build/helm/values-yaml.js
var values_yaml = __webpack_require__(39);
;// CONCATENATED MODULE: ./build/helm/strvals.js
/**
 * Helm's --set grammar (pkg/strvals): `a.b=v,c[0]=w`, `{x,y}` lists, backslash escapes,
 * typed scalars (true/false/null/int64) unless forced to strings, --set-file values read
 * from files, --set-json values decoded as JSON, and --set-literal. Errors carry Helm's
 * wording, including the quirks (an unterminated `[` is silently ignored, as io.EOF is).
 */





/** Go's io.EOF; errors wrapping it end a parse silently, as errors.Is(err, io.EOF) does in Helm. */
class EofError extends Error {
    constructor() {
        super('EOF');
    }
}
class StrvalsError extends Error {
    cause;
    constructor(message, cause) {
        super(message);
        this.cause = cause;
    }
}
/** A recovered Go panic inside the parser. */
class ParserPanic extends Error {
}
const errNotList = new StrvalsError('not a list');
function isEof(e) {
    for (let cur = e; cur; cur = cur.cause) {
        if (cur instanceof EofError)
            return true;
    }
    return false;
}
const maxIndex = 65536;
const maxNestedNameLevel = 30;
class RuneScanner {
    runes;
    pos = 0;
    constructor(runes) {
        this.runes = runes;
    }
    read() {
        return this.pos < this.runes.length ? this.runes[this.pos++] : undefined;
    }
    unread() {
        if (this.pos > 0)
            this.pos--;
    }
    rest() {
        return this.runes.slice(this.pos).join('');
    }
    skipCodeUnits(n) {
        let units = 0;
        while (units < n && this.pos < this.runes.length)
            units += this.runes[this.pos++].length;
    }
}
function runesUntil(sc, stop, escapes = true) {
    const v = [];
    for (;;) {
        const r = sc.read();
        if (r === undefined)
            return { v, last: undefined, eof: true };
        if (stop.includes(r))
            return { v, last: r, eof: false };
        if (escapes && r === '\\') {
            const next = sc.read();
            if (next === undefined)
                return { v, last: undefined, eof: true };
            v.push(next);
            continue;
        }
        v.push(r);
    }
}
function assertList(v) {
    if (Array.isArray(v))
        return v;
    throw new ParserPanic(`interface conversion: interface {} is ${(0,gomap/* goTypeName */.O4)(v ?? null)}, not []interface {}`);
}
function assertMap(v) {
    if ((0,template_value/* isGoMap */.Rb)(v ?? null))
        return v;
    throw new ParserPanic(`interface conversion: interface {} is ${(0,gomap/* goTypeName */.O4)(v ?? null)}, not map[string]interface {}`);
}
function strvals_atoi(s) {
    if (!/^[+-]?[0-9]+$/.test(s)) {
        throw new StrvalsError(`strconv.Atoi: parsing ${(0,strconv/* quote */.hD)(s)}: invalid syntax`);
    }
    const n = Number(s);
    if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 63) {
        throw new StrvalsError(`strconv.Atoi: parsing ${(0,strconv/* quote */.hD)(s)}: value out of range`);
    }
    return n;
}
/** Finds the end of the first JSON value in s (what json.Decoder consumes), or throws. */
function jsonValueEnd(s) {
    let i = 0;
    const ws = () => {
        while (i < s.length && ' \t\r\n'.includes(s[i]))
            i++;
    };
    const value = () => {
        ws();
        const c = s[i];
        if (c === '{' || c === '[') {
            const close = c === '{' ? '}' : ']';
            i++;
            ws();
            if (s[i] === close) {
                i++;
                return;
            }
            for (;;) {
                if (c === '{') {
                    ws();
                    if (s[i] !== '"')
                        throw new Error('json');
                    value();
                    ws();
                    if (s[i] !== ':')
                        throw new Error('json');
                    i++;
                }
                value();
                ws();
                if (s[i] === ',') {
                    i++;
                    continue;
                }
                if (s[i] === close) {
                    i++;
                    return;
                }
                throw new Error('json');
            }
        }
        if (c === '"') {
            i++;
            while (i < s.length && s[i] !== '"')
                i += s[i] === '\\' ? 2 : 1;
            if (i >= s.length)
                throw new Error('json');
            i++;
            return;
        }
        const m = /^(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null)/.exec(s.slice(i));
        if (!m)
            throw new Error('json');
        i += m[0].length;
    };
    value();
    return i;
}
class strvals_Parser {
    sc;
    data;
    reader;
    site;
    jsonValues;
    constructor(sc, data, reader, site, jsonValues = false) {
        this.sc = sc;
        this.data = data;
        this.reader = reader;
        this.site = site;
        this.jsonValues = jsonValues;
    }
    parse() {
        for (;;) {
            try {
                this.key(this.data, 0);
            }
            catch (e) {
                if (isEof(e))
                    return;
                throw e;
            }
        }
    }
    set(data, key, val) {
        if (key.length === 0)
            return;
        (0,gomap/* setKey */.qL)(data, key, val);
        (0,origins/* setSite */.Qn)(data, key, this.site);
    }
    setIndex(list, index, val) {
        if (index < 0)
            throw new StrvalsError(`negative ${index} index not allowed`);
        if (index > maxIndex) {
            throw new StrvalsError(`index of ${index} is greater than maximum supported index of ${maxIndex}`);
        }
        while (list.length <= index)
            list.push(null);
        list[index] = val;
        (0,origins/* setSite */.Qn)(list, index, this.site);
        return list;
    }
    decodeJson() {
        const rest = this.sc.rest();
        let end;
        try {
            end = jsonValueEnd(rest);
        }
        catch {
            throw new StrvalsError('invalid JSON');
        }
        const value = JSON.parse(rest.slice(0, end));
        this.sc.skipCodeUnits(end);
        return value;
    }
    emptyVal() {
        for (;;) {
            const r = this.sc.read();
            if (r === undefined || r === ',')
                return true;
            if (!(0,go_text/* isGoSpace */.F5)(r)) {
                this.sc.unread();
                return false;
            }
        }
    }
    readValue(rs) {
        if (!this.reader)
            return rs.join('');
        return this.reader(rs);
    }
    key(data, nested) {
        try {
            this.keyInner(data, nested);
        }
        catch (e) {
            if (e instanceof ParserPanic)
                throw new StrvalsError(`unable to parse key: ${e.message}`);
            throw e;
        }
    }
    keyInner(data, nestedNameLevel) {
        const { v: kr, last, eof } = runesUntil(this.sc, '=[,.');
        const k = kr.join('');
        if (eof) {
            if (kr.length === 0)
                throw new EofError();
            throw new StrvalsError(`key ${(0,strconv/* quote */.hD)(k)} has no value`);
        }
        if (last === '[') {
            let i;
            try {
                i = this.keyIndex();
            }
            catch (e) {
                throw new StrvalsError(`error parsing index: ${e.message}`, e);
            }
            let list = [];
            if ((0,gomap/* hasKey */.CJ)(data, k))
                list = assertList(data[k]);
            let err;
            try {
                list = this.listItem(list, i, nestedNameLevel);
            }
            catch (e) {
                err = e;
            }
            this.set(data, k, list);
            if (err)
                throw err;
            return;
        }
        if (last === '=') {
            if (this.jsonValues) {
                if (this.emptyVal()) {
                    this.set(data, k, null);
                    return;
                }
                this.set(data, k, this.decodeJson());
                this.emptyVal();
                return;
            }
            const vl = this.valList();
            if (vl === 'eof') {
                this.set(data, k, '');
                throw new EofError();
            }
            if (vl === errNotList) {
                const rs = runesUntil(this.sc, ',').v;
                this.set(data, k, this.readValue(rs));
                return;
            }
            this.set(data, k, vl);
            return;
        }
        if (last === ',') {
            this.set(data, k, '');
            throw new StrvalsError(`key ${(0,strconv/* quote */.hD)(k)} has no value (cannot end with ,)`);
        }
        // last === '.'
        nestedNameLevel++;
        if (nestedNameLevel > maxNestedNameLevel) {
            throw new StrvalsError(`value name nested level is greater than maximum supported nested level of ${maxNestedNameLevel}`);
        }
        let inner = {};
        if ((0,gomap/* hasKey */.CJ)(data, k))
            inner = assertMap(data[k]);
        let err;
        try {
            this.key(inner, nestedNameLevel);
        }
        catch (e) {
            err = e;
        }
        const size = Object.keys(inner).length;
        if (!err && size === 0)
            throw new StrvalsError(`key map ${(0,strconv/* quote */.hD)(k)} has no value`);
        if (size !== 0)
            this.set(data, k, inner);
        if (err)
            throw err;
    }
    keyIndex() {
        const { v, eof } = runesUntil(this.sc, ']');
        if (eof)
            throw new EofError();
        return strvals_atoi(v.join(''));
    }
    listItem(list, i, nestedNameLevel) {
        if (i < 0)
            throw new StrvalsError(`negative ${i} index not allowed`);
        const { v: kr, last, eof } = runesUntil(this.sc, '[.=');
        if (kr.length > 0) {
            const shown = kr.map((r) => (0,strconv/* quoteRune */.Zx)(r.codePointAt(0))).join(' ');
            throw new StrvalsError(`unexpected data at end of array index: [${shown}]`);
        }
        if (eof)
            throw new EofError();
        if (last === '=') {
            if (this.jsonValues) {
                if (this.emptyVal())
                    return this.setIndex(list, i, null);
                list = this.setIndex(list, i, this.decodeJson());
                this.emptyVal();
                return list;
            }
            const vl = this.valList();
            if (vl === 'eof')
                return this.setIndex(list, i, '');
            if (vl === errNotList) {
                const rs = runesUntil(this.sc, ',').v;
                return this.setIndex(list, i, this.readValue(rs));
            }
            return this.setIndex(list, i, vl);
        }
        if (last === '[') {
            let nextI;
            try {
                nextI = this.keyIndex();
            }
            catch (e) {
                throw new StrvalsError(`error parsing index: ${e.message}`, e);
            }
            let crt = [];
            if (list.length > i && list[i] !== null)
                crt = assertList(list[i]);
            const list2 = this.listItem(crt, nextI, nestedNameLevel);
            return this.setIndex(list, i, list2);
        }
        // last === '.'
        let inner = {};
        if (list.length > i) {
            const cur = list[i];
            if ((0,template_value/* isGoMap */.Rb)(cur))
                inner = cur;
            else {
                inner = {};
                list[i] = inner;
            }
        }
        this.key(inner, nestedNameLevel);
        return this.setIndex(list, i, inner);
    }
    valList() {
        const r = this.sc.read();
        if (r === undefined)
            return 'eof';
        if (r !== '{') {
            this.sc.unread();
            return errNotList;
        }
        const list = [];
        for (;;) {
            const { v, last, eof } = runesUntil(this.sc, ',}');
            if (eof)
                throw new StrvalsError("list must terminate with '}'");
            if (last === '}') {
                const next = this.sc.read();
                if (next !== undefined && next !== ',')
                    this.sc.unread();
                list.push(this.readValue(v));
                (0,origins/* setSite */.Qn)(list, list.length - 1, this.site);
                return list;
            }
            list.push(this.readValue(v));
            (0,origins/* setSite */.Qn)(list, list.length - 1, this.site);
        }
    }
}
/** strvals.typedVal */
function typedVal(val, forceString) {
    if (forceString)
        return val;
    const lower = val.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    if (lower === 'null')
        return null;
    if (val === '0')
        return new template_value/* GoInt */.ov(0n, 'int64');
    if (val.length !== 0 && val[0] !== '0' && /^[+-]?[0-9]+$/.test(val)) {
        const n = BigInt(val);
        if (n >= -(2n ** 63n) && n < 2n ** 63n)
            return new template_value/* GoInt */.ov(n, 'int64');
    }
    return val;
}
function run(s, dest, reader, json, opts) {
    new strvals_Parser(new RuneScanner(Array.from(s)), dest, reader, opts.site, json).parse();
}
/** strvals.ParseInto (--set) */
function parseSetInto(s, dest, opts = {}) {
    run(s, dest, (rs) => typedVal(rs.join(''), false), false, opts);
}
/** strvals.ParseIntoString (--set-string) */
function parseSetStringInto(s, dest, opts = {}) {
    run(s, dest, (rs) => rs.join(''), false, opts);
}
/** strvals.ParseIntoFile (--set-file); `readFile` returns the file's text or throws. */
function parseSetFileInto(s, dest, readFile, opts = {}) {
    run(s, dest, (rs) => readFile(rs.join('')), false, opts);
}
/** strvals.ParseJSON (--set-json key=value form) */
function parseSetJsonInto(s, dest, opts = {}) {
    run(s, dest, undefined, true, opts);
}
/** strvals.Parse: a fresh map. */
function parseSet(s) {
    const out = {};
    parseSetInto(s, out);
    return out;
}
/** strvals.ParseLiteralInto (--set-literal): the value is the rest of the argument, verbatim. */
function parseSetLiteralInto(s, dest, opts = {}) {
    const sc = new RuneScanner(Array.from(s));
    const site = opts.site;
    const set = (data, key, val) => {
        if (key.length === 0)
            return;
        (0,gomap/* setKey */.qL)(data, key, val);
        (0,origins/* setSite */.Qn)(data, key, site);
    };
    const setIndex = (list, index, val) => {
        if (index > maxIndex) {
            throw new StrvalsError(`index of ${index} is greater than maximum supported index of ${maxIndex}`);
        }
        while (list.length <= index)
            list.push(null);
        list[index] = val;
        (0,origins/* setSite */.Qn)(list, index, site);
        return list;
    };
    const keyIndex = () => {
        const { v, eof } = runesUntil(sc, ']', false);
        if (eof)
            throw new EofError();
        return strvals_atoi(v.join(''));
    };
    const listItem = (list, i, nested) => {
        if (i < 0)
            throw new StrvalsError(`negative ${i} index not allowed`);
        const { v: kr, last, eof } = runesUntil(sc, '[.=', false);
        if (kr.length > 0) {
            const shown = kr.map((r) => (0,strconv/* quoteRune */.Zx)(r.codePointAt(0))).join(' ');
            throw new StrvalsError(`unexpected data at end of array index: [${shown}]`);
        }
        if (eof)
            throw new EofError();
        if (last === '=')
            return setIndex(list, i, runesUntil(sc, '', false).v.join(''));
        if (last === '.') {
            let inner = {};
            if (list.length > i) {
                const cur = list[i];
                if ((0,template_value/* isGoMap */.Rb)(cur))
                    inner = cur;
                else {
                    inner = {};
                    list[i] = inner;
                }
            }
            key(inner, nested);
            return setIndex(list, i, inner);
        }
        let nextI;
        try {
            nextI = keyIndex();
        }
        catch (e) {
            throw new StrvalsError(`error parsing index: ${e.message}`, e);
        }
        let crt = [];
        if (list.length > i && list[i] !== null)
            crt = assertList(list[i]);
        return setIndex(list, i, listItem(crt, nextI, nested));
    };
    const keyInner = (data, nested) => {
        const { v: kr, last, eof } = runesUntil(sc, '=[.', false);
        const k = kr.join('');
        if (eof) {
            if (kr.length === 0)
                throw new EofError();
            throw new StrvalsError(`key ${(0,strconv/* quote */.hD)(k)} has no value`);
        }
        if (last === '=') {
            set(data, k, runesUntil(sc, '', false).v.join(''));
            return;
        }
        if (last === '.') {
            nested++;
            if (nested > maxNestedNameLevel) {
                throw new StrvalsError(`value name nested level is greater than maximum supported nested level of ${maxNestedNameLevel}`);
            }
            let inner = {};
            if ((0,gomap/* hasKey */.CJ)(data, k))
                inner = assertMap(data[k]);
            let err;
            try {
                key(inner, nested);
            }
            catch (e) {
                err = e;
            }
            const size = Object.keys(inner).length;
            if (!err && size === 0)
                throw new StrvalsError(`key map ${(0,strconv/* quote */.hD)(k)} has no value`);
            if (size !== 0)
                set(data, k, inner);
            if (err)
                throw err;
            return;
        }
        let i;
        try {
            i = keyIndex();
        }
        catch (e) {
            throw new StrvalsError(`error parsing index: ${e.message}`, e);
        }
        let list = [];
        if ((0,gomap/* hasKey */.CJ)(data, k))
            list = assertList(data[k]);
        let err;
        try {
            list = listItem(list, i, nested);
        }
        catch (e) {
            err = e;
        }
        set(data, k, list);
        if (err)
            throw err;
    };
    const key = (data, nested) => {
        try {
            keyInner(data, nested);
        }
        catch (e) {
            if (e instanceof ParserPanic)
                throw new StrvalsError(`unable to parse key: ${e.message}`);
            throw e;
        }
    };
    for (;;) {
        try {
            key(dest, 0);
        }
        catch (e) {
            if (isEof(e))
                return;
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./build/helm/schema/formats.js

function ipv4(s) {
    const groups = s.split('.');
    if (groups.length !== 4)
        return 'expected four decimals';
    for (const g of groups) {
        if (g.length > 1 && g[0] === '0')
            return 'leading zeros';
        if (!/^[+-]?[0-9]+$/.test(g))
            return `strconv.Atoi: parsing "${g}": invalid syntax`;
        const n = Number(g);
        if (n < 0 || n > 255)
            return 'decimal must be between 0 and 255';
    }
    return undefined;
}
function ipv6(s) {
    if (!s.includes(':'))
        return 'missing colon';
    if (s.includes('%'))
        return 'zone id is not a part of ipv6 address';
    const parts = s.split('::');
    if (parts.length > 2)
        return `ParseAddr("${s}"): multiple :: in address`;
    const groups = parts.flatMap((p) => (p === '' ? [] : p.split(':')));
    let count = 0;
    for (let i = 0; i < groups.length; i++) {
        const g = groups[i];
        if (i === groups.length - 1 && g.includes('.')) {
            if (ipv4(g))
                return `ParseAddr("${s}"): invalid IPv4 field`;
            count += 2;
            continue;
        }
        if (!/^[0-9a-fA-F]{1,4}$/.test(g))
            return `ParseAddr("${s}"): invalid IPv6 address`;
        count++;
    }
    if (parts.length === 1 ? count !== 8 : count > 7)
        return `ParseAddr("${s}"): invalid IPv6 address`;
    return undefined;
}
function formats_hostname(input) {
    const s = input.endsWith('.') ? input.slice(0, -1) : input;
    if (Buffer.byteLength(s) > 253)
        return 'more than 253 characters long';
    for (const label of s.split('.')) {
        const len = Buffer.byteLength(label);
        if (len < 1 || len > 63)
            return 'label must be 1 to 63 characters long';
        if (label.startsWith('-'))
            return 'label starts with hyphen';
        if (label.endsWith('-'))
            return 'label ends with hyphen';
        for (const ch of label) {
            if (!/[a-zA-Z0-9-]/.test(ch))
                return `invalid character ${(0,strconv/* quoteRune */.Zx)(ch.codePointAt(0))}`;
        }
    }
    return undefined;
}
function email(s) {
    if (Buffer.byteLength(s) > 254)
        return 'more than 255 characters long';
    const at = s.lastIndexOf('@');
    if (at < 0)
        return 'missing @';
    const local = s.slice(0, at);
    let domain = s.slice(at + 1);
    if (Buffer.byteLength(local) > 64)
        return 'local part more than 64 characters long';
    if (local.length > 1 && local.startsWith('"')) {
        const inner = local.slice(1, -1);
        if (inner.includes('\\') || inner.includes('"')) {
            return 'backslash and quote are not allowed within quoted local part';
        }
    }
    else {
        if (local.startsWith('.'))
            return 'starts with dot';
        if (local.endsWith('.'))
            return 'ends with dot';
        if (local.includes('..'))
            return 'consecutive dots';
        for (const ch of local) {
            if (!/[a-zA-Z0-9]/.test(ch) && !".!#$%&'*+-/=?^_`{|}~".includes(ch)) {
                return `invalid character ${(0,strconv/* quoteRune */.Zx)(ch.codePointAt(0))}`;
            }
        }
    }
    if (domain.startsWith('[') && domain.endsWith(']')) {
        domain = domain.slice(1, -1);
        if (domain.startsWith('IPv6:')) {
            const e = ipv6(domain.slice(5));
            return e ? `invalid ipv6 address: ${e}` : undefined;
        }
        const e = ipv4(domain);
        return e ? `invalid ipv4 address: ${e}` : undefined;
    }
    const e = formats_hostname(domain);
    return e ? `invalid domain: ${e}` : undefined;
}
function uuid(s) {
    const sizes = [8, 4, 4, 4, 12];
    const groups = s.split('-');
    if (groups.length !== sizes.length)
        return `must have ${sizes.length} elements`;
    for (let i = 0; i < groups.length; i++) {
        if (groups[i].length !== sizes[i])
            return `element ${i + 1} must be ${sizes[i]} characters long`;
        for (const ch of groups[i]) {
            if (!/[0-9a-fA-F]/.test(ch))
                return `non-hex character ${(0,strconv/* quoteRune */.Zx)(ch.codePointAt(0))}`;
        }
    }
    return undefined;
}
function formats_date(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m)
        return `parsing time "${s}" as "2006-01-02": cannot parse "${s}" as "2006"`;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12)
        return `parsing time "${s}": month out of range`;
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > days)
        return `parsing time "${s}": day out of range`;
    return undefined;
}
function dateTime(s) {
    const m = /^(\d{4}-\d{2}-\d{2})[tT](\d{2}):(\d{2}):(\d{2})(\.\d+)?([zZ]|[+-]\d{2}:\d{2})$/.exec(s);
    if (!m)
        return 'not a valid date-time';
    const d = formats_date(m[1]);
    if (d)
        return d;
    if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 60)
        return 'not a valid time';
    return undefined;
}
function uri(s, absolute) {
    if (!absolute && s.includes('\\'))
        return 'contains \\';
    if ([...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
        return `parse "${s}": net/url: invalid control character in URL`;
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(s);
    if (absolute && !scheme)
        return 'relative url';
    return undefined;
}
const checks = {
    ipv4,
    ipv6,
    hostname: formats_hostname,
    email,
    uuid,
    date: formats_date,
    'date-time': dateTime,
    uri: (s) => uri(s, true),
    iri: (s) => uri(s, true),
    'uri-reference': (s) => uri(s, false),
    'iri-reference': (s) => uri(s, false),
};
/** The problem with `v` for `format`, or undefined when it conforms (or is not checked). */
function checkFormat(format, v) {
    if (typeof v !== 'string')
        return undefined;
    const check = Object.hasOwn(checks, format) ? checks[format] : undefined;
    return check ? check(v) : undefined;
}

;// CONCATENATED MODULE: ./build/helm/schema/jsonschema.js
/**
 * JSON Schema validation with the semantics and error texts of
 * github.com/santhosh-tekuri/jsonschema/v6, the validator helm v4 uses for
 * values.schema.json: drafts 4, 6, 7, 2019-09 and 2020-12 (2020-12 when `$schema` is
 * absent), local `$ref`s (JSON pointers, `$id` resources, anchors), formats asserted for
 * drafts before 2019, and its error tree (`- at '/path': message`, nested causes for
 * allOf/anyOf/oneOf, single-cause `$ref` levels folded away).
 *
 * Go iterates maps in random order, so where several properties fail at once helm's
 * order is not stable; this validator reports them in sorted order.
 */




class SchemaCompileError extends Error {
}
/** kind.quote: Go %q with single quotes. */
function sq(s) {
    const q = (0,strconv/* quote */.hD)(s);
    const inner = q.slice(1, -1).split('\\"').join('"').split("'").join("\\'");
    return `'${inner}'`;
}
function escapeTok(tok) {
    return tok.split('~').join('~0').split('/').join('~1');
}
function jsonPtr(tokens) {
    return tokens.map((t) => '/' + escapeTok(t)).join('');
}
function groupDigits(intPart) {
    const neg = intPart.startsWith('-');
    const digits = neg ? intPart.slice(1) : intPart;
    let out = '';
    for (let i = 0; i < digits.length; i++) {
        if (i > 0 && (digits.length - i) % 3 === 0)
            out += ',';
        out += digits[i];
    }
    return (neg ? '-' : '') + out;
}
/** golang.org/x/text/message's English rendering of a number (%d / %v). */
function localeNumber(n) {
    if (!Number.isFinite(n))
        return (0,strconv/* formatFloat */.kr)(n, 'g', -1);
    const s = Number.isInteger(n) && Math.abs(n) < 1e21 ? BigInt(n).toString() : (0,strconv/* formatFloat */.kr)(n, 'f', -1);
    const dot = s.indexOf('.');
    return dot < 0 ? groupDigits(s) : groupDigits(s.slice(0, dot)) + s.slice(dot);
}
function fmtV(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (typeof v === 'number')
        return (0,strconv/* formatFloat */.kr)(v, 'g', -1);
    if (typeof v === 'bigint')
        return v.toString();
    if (v instanceof template_value/* GoInt */.ov)
        return v.value.toString();
    return String(v);
}
/** kind.display: strings quoted, collections as `value`, the rest with %v. */
function display(v) {
    if (typeof v === 'string')
        return sq(v);
    if (Array.isArray(v) || (typeof v === 'object' && v !== null && !(v instanceof template_value/* GoInt */.ov))) {
        return 'value';
    }
    return fmtV(v);
}
function joinQuoted(arr) {
    return arr.map(sq).join(', ');
}
// ---- schema model ------------------------------------------------------------------
const ROOT_URL = 'file:///values.schema.json';
const drafts = {
    'json-schema.org/schema': { version: 2020, id: '$id' },
    'json-schema.org/draft/2020-12/schema': { version: 2020, id: '$id' },
    'json-schema.org/draft/2019-09/schema': { version: 2019, id: '$id' },
    'json-schema.org/draft-07/schema': { version: 7, id: '$id' },
    'json-schema.org/draft-06/schema': { version: 6, id: '$id' },
    'json-schema.org/draft-04/schema': { version: 4, id: 'id' },
};
function draftFromUrl(url) {
    const hash = url.indexOf('#');
    if (hash >= 0 && url.slice(hash + 1) !== '')
        return undefined;
    let u = hash >= 0 ? url.slice(0, hash) : url;
    if (u.startsWith('http://'))
        u = u.slice(7);
    else if (u.startsWith('https://'))
        u = u.slice(8);
    return drafts[u];
}
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function resolveUrl(ref, base) {
    try {
        return new URL(ref, base).toString();
    }
    catch {
        return ref;
    }
}
function splitFrag(url) {
    const i = url.indexOf('#');
    return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i + 1)];
}
function decodePointerToken(tok) {
    return decodeURIComponent(tok).split('~1').join('/').split('~0').join('~');
}
class Compiler {
    root;
    cache = new Map();
    /** $id resources: url (no fragment) -> node and its pointer from the root. */
    resources = new Map();
    /** Anchors: `url#name` -> pointer. */
    anchors = new Map();
    draft;
    warnings = [];
    /** `$ref`s (absolute) that point at no resource of this document: never fetched. */
    unresolvedRefs = [];
    constructor(root) {
        this.root = root;
        let draft = drafts['json-schema.org/draft/2020-12/schema'];
        if (isObj(root) && typeof root.$schema === 'string') {
            const d = draftFromUrl(root.$schema);
            if (!d)
                throw new SchemaCompileError(`jsonschema: invalid $schema ${JSON.stringify(root.$schema)}`);
            draft = d;
        }
        this.draft = draft;
        this.resources.set(ROOT_URL, { url: ROOT_URL, node: root, ptr: '' });
        this.index(root, ROOT_URL, '');
    }
    index(node, base, ptr) {
        if (Array.isArray(node)) {
            node.forEach((n, i) => this.index(n, base, `${ptr}/${i}`));
            return;
        }
        if (!isObj(node))
            return;
        let b = base;
        const idKey = this.draft.id;
        const hasRef = this.draft.version < 2019 && typeof node.$ref === 'string';
        if (!hasRef && typeof node[idKey] === 'string') {
            const id = node[idKey];
            const [u, frag] = splitFrag(resolveUrl(id, base));
            if (u !== '' && !id.startsWith('#')) {
                b = u;
                if (!this.resources.has(u))
                    this.resources.set(u, { url: u, node, ptr });
            }
            if (frag !== '' && this.draft.version < 2019)
                this.anchors.set(`${b}#${frag}`, ptr);
        }
        if (this.draft.version >= 2019 && typeof node.$anchor === 'string') {
            this.anchors.set(`${b}#${node.$anchor}`, ptr);
        }
        if (this.draft.version >= 2020 && typeof node.$dynamicAnchor === 'string') {
            this.anchors.set(`${b}#${node.$dynamicAnchor}`, ptr);
        }
        for (const [k, v] of Object.entries(node)) {
            if (k === 'enum' || k === 'const' || k === 'default' || k === 'examples')
                continue;
            this.index(v, b, `${ptr}/${escapeTok(k)}`);
        }
    }
    /** The resource base URL in effect at `ptr`. */
    baseAt(ptr) {
        let best = ROOT_URL;
        let bestLen = -1;
        for (const r of this.resources.values()) {
            if ((ptr === r.ptr || ptr.startsWith(r.ptr + '/')) && r.ptr.length > bestLen) {
                best = r.url;
                bestLen = r.ptr.length;
            }
        }
        return best;
    }
    nodeAt(ptr) {
        let node = this.root;
        if (ptr === '')
            return node;
        for (const raw of ptr.slice(1).split('/')) {
            const tok = decodePointerToken(raw);
            if (Array.isArray(node))
                node = node[Number(tok)];
            else if (isObj(node))
                node = Object.hasOwn(node, tok) ? node[tok] : undefined;
            else
                return undefined;
        }
        return node;
    }
    byNode = new WeakMap();
    /** The schema at a pointer from the document root. */
    at(ptr) {
        const node = this.nodeAt(ptr);
        if (node === undefined)
            throw new SchemaCompileError(`jsonschema: no schema at ${ROOT_URL}#${ptr}`);
        return this.schemaAt(node, ptr);
    }
    /** The schema for a node reached at `ptr` (compiled once per node). */
    schemaAt(node, ptr) {
        const cacheable = typeof node === 'object' && node !== null;
        if (cacheable) {
            const hit = this.byNode.get(node);
            if (hit)
                return hit;
        }
        const s = { location: `${ROOT_URL}#${ptr}`, draft: this.draft.version };
        if (cacheable)
            this.byNode.set(node, s);
        // Compiled when first used: values rarely touch most of a large schema.
        s.pending = () => this.fill(s, node, ptr);
        return s;
    }
    resolveRef(ref, ptr) {
        const base = this.baseAt(ptr);
        const abs = resolveUrl(ref, base);
        let target;
        return () => {
            if (target)
                return target;
            const [u, frag] = splitFrag(abs);
            const res = this.resources.get(u === '' ? ROOT_URL : u);
            if (!res) {
                this.warnings.push(`unresolved $ref ${JSON.stringify(ref)} ignored (remote schemas are not fetched)`);
                if (!this.unresolvedRefs.includes(u))
                    this.unresolvedRefs.push(u);
                target = { location: abs, draft: this.draft.version, bool: true };
                return target;
            }
            let p;
            if (frag === '' || frag.startsWith('/'))
                p = res.ptr + frag;
            else {
                const a = this.anchors.get(`${res.url}#${frag}`);
                if (a === undefined)
                    throw new SchemaCompileError(`jsonschema: anchor ${JSON.stringify(frag)} not found in ${res.url}`);
                p = a;
            }
            target = this.at(p);
            return target;
        };
    }
    fill(s, node, ptr) {
        if (typeof node === 'boolean') {
            s.bool = node;
            return;
        }
        if (!isObj(node))
            return;
        const v = this.draft.version;
        const sub = (key) => Object.hasOwn(node, key) ? this.schemaAt(node[key], `${ptr}/${escapeTok(key)}`) : undefined;
        const subArr = (key) => {
            const a = node[key];
            if (!Array.isArray(a))
                return undefined;
            return a.map((x, i) => this.schemaAt(x, `${ptr}/${escapeTok(key)}/${i}`));
        };
        const subMap = (key) => {
            const m = node[key];
            if (!isObj(m))
                return undefined;
            const out = new Map();
            for (const k of Object.keys(m)) {
                out.set(k, this.schemaAt(m[k], `${ptr}/${escapeTok(key)}/${escapeTok(k)}`));
            }
            return out;
        };
        const num = (key) => typeof node[key] === 'number' ? node[key] : undefined;
        const bool = (key) => node[key] === true;
        const regex = (src) => {
            try {
                const c = compileGo(src);
                return { test: (s) => goRegexTest(c, s) };
            }
            catch (e) {
                throw new SchemaCompileError(`jsonschema: invalid regex ${JSON.stringify(src)}: ${e.message}`);
            }
        };
        if (typeof node.$ref === 'string') {
            s.ref = this.resolveRef(node.$ref, ptr);
            if (v < 2019)
                return;
        }
        s.allOf = subArr('allOf');
        s.anyOf = subArr('anyOf');
        s.oneOf = subArr('oneOf');
        s.not = sub('not');
        if (v < 2020) {
            if (Array.isArray(node.items)) {
                s.items = subArr('items');
                const ai = node.additionalItems;
                if (typeof ai === 'boolean')
                    s.additionalItems = ai;
                else if (ai !== undefined)
                    s.additionalItems = sub('additionalItems');
            }
            else {
                s.items = sub('items');
            }
        }
        s.properties = subMap('properties');
        const pp = node.patternProperties;
        if (isObj(pp)) {
            s.patternProperties = Object.keys(pp).map((k) => ({
                re: regex(k),
                source: k,
                schema: this.schemaAt(pp[k], `${ptr}/patternProperties/${escapeTok(k)}`),
            }));
        }
        const ap = node.additionalProperties;
        if (typeof ap === 'boolean')
            s.additionalProperties = ap;
        else if (ap !== undefined)
            s.additionalProperties = sub('additionalProperties');
        const deps = node.dependencies;
        if (isObj(deps)) {
            s.dependencies = new Map();
            for (const k of Object.keys(deps)) {
                const d = deps[k];
                if (Array.isArray(d))
                    s.dependencies.set(k, d.filter((x) => typeof x === 'string'));
                else
                    s.dependencies.set(k, this.schemaAt(d, `${ptr}/dependencies/${escapeTok(k)}`));
            }
        }
        const t = node.type;
        if (typeof t === 'string')
            s.types = [t];
        else if (Array.isArray(t))
            s.types = t.filter((x) => typeof x === 'string');
        if (Array.isArray(node.enum))
            s.enumValues = node.enum;
        s.multipleOf = num('multipleOf');
        if (v === 4 && bool('exclusiveMaximum'))
            s.exclusiveMaximum = num('maximum');
        else {
            s.maximum = num('maximum');
            s.exclusiveMaximum = num('exclusiveMaximum');
        }
        if (v === 4 && bool('exclusiveMinimum'))
            s.exclusiveMinimum = num('minimum');
        else {
            s.minimum = num('minimum');
            s.exclusiveMinimum = num('exclusiveMinimum');
        }
        s.minLength = num('minLength');
        s.maxLength = num('maxLength');
        if (typeof node.pattern === 'string')
            s.pattern = { re: regex(node.pattern), source: node.pattern };
        s.minItems = num('minItems');
        s.maxItems = num('maxItems');
        s.uniqueItems = bool('uniqueItems');
        s.minProperties = num('minProperties');
        s.maxProperties = num('maxProperties');
        if (Array.isArray(node.required))
            s.required = node.required.filter((x) => typeof x === 'string');
        if (v < 2019 && typeof node.format === 'string')
            s.format = node.format;
        if (v >= 6) {
            s.contains = sub('contains');
            s.propertyNames = sub('propertyNames');
            if (Object.hasOwn(node, 'const'))
                s.constValue = { v: node.const };
        }
        if (v >= 7 && Object.hasOwn(node, 'if')) {
            s.ifS = sub('if');
            const b = node.if;
            if (typeof b !== 'boolean' || b)
                s.thenS = sub('then');
            if (typeof b !== 'boolean' || !b)
                s.elseS = sub('else');
        }
        if (v >= 2019) {
            if (s.contains) {
                s.minContains = num('minContains');
                s.maxContains = num('maxContains');
            }
            const dr = node.dependentRequired;
            if (isObj(dr)) {
                s.dependentRequired = new Map();
                for (const k of Object.keys(dr)) {
                    const a = dr[k];
                    if (Array.isArray(a))
                        s.dependentRequired.set(k, a.filter((x) => typeof x === 'string'));
                }
            }
            s.dependentSchemas = subMap('dependentSchemas');
            s.unevaluatedItems = sub('unevaluatedItems');
            s.unevaluatedProperties = sub('unevaluatedProperties');
            if (typeof node.$recursiveRef === 'string') {
                // $recursiveRef without dynamic scope: resolved statically.
                const r = this.resolveRef(node.$recursiveRef, ptr);
                s.allOf = [
                    ...(s.allOf ?? []),
                    { location: s.location, draft: v, ref: r, refKeyword: '$recursiveRef' },
                ];
            }
        }
        if (v >= 2020) {
            s.prefixItems = subArr('prefixItems');
            s.items2020 = sub('items');
            if (typeof node.$dynamicRef === 'string') {
                const r = this.resolveRef(node.$dynamicRef, ptr);
                s.allOf = [
                    ...(s.allOf ?? []),
                    { location: s.location, draft: v, ref: r, refKeyword: '$dynamicRef' },
                ];
            }
        }
    }
}
// ---- validation --------------------------------------------------------------------
function jsonschema_typeOf(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return 'boolean';
    if (typeof v === 'number' || typeof v === 'bigint' || v instanceof template_value/* GoInt */.ov)
        return 'number';
    if (typeof v === 'string')
        return 'string';
    if (Array.isArray(v))
        return 'array';
    if ((0,template_value/* isGoMap */.Rb)(v))
        return 'object';
    return undefined;
}
function numOf(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        return Number(v);
    if (v instanceof template_value/* GoInt */.ov)
        return Number(v.value);
    return NaN;
}
function isInteger(v) {
    if (typeof v === 'bigint' || v instanceof template_value/* GoInt */.ov)
        return true;
    return typeof v === 'number' && Number.isInteger(v);
}
const typeOrder = ['null', 'boolean', 'number', 'integer', 'string', 'array', 'object'];
function equals(a, b) {
    const ta = jsonschema_typeOf(a);
    const tb = jsonschema_typeOf(b);
    if (ta !== tb)
        return false;
    if (ta === 'number')
        return numOf(a) === numOf(b);
    if (ta === 'array') {
        const x = a;
        const y = b;
        return x.length === y.length && x.every((e, i) => equals(e, y[i]));
    }
    if (ta === 'object') {
        const x = a;
        const y = b;
        const kx = Object.keys(x);
        if (kx.length !== Object.keys(y).length)
            return false;
        return kx.every((k) => Object.hasOwn(y, k) && equals(x[k], y[k]));
    }
    return a === b;
}
class Validator {
    boolMode;
    active = [];
    constructor(boolMode) {
        this.boolMode = boolMode;
    }
    err(loc, kind, text, causes = []) {
        return { instanceLocation: loc, kind: { kind, text }, causes };
    }
    /** Validates v against s; returns the error (a Group when several) or undefined. */
    validate(s, v, loc, boolMode = this.boolMode) {
        if (s.pending) {
            const fill = s.pending;
            s.pending = undefined;
            fill();
        }
        if (s.bool !== undefined) {
            return s.bool ? undefined : this.err(loc, 'false', 'false schema');
        }
        for (const a of this.active) {
            if (a.schema === s && a.value === v)
                return undefined;
        }
        this.active.push({ schema: s, value: v });
        try {
            return this.validateInner(s, v, loc, boolMode);
        }
        finally {
            this.active.pop();
        }
    }
    validateInner(s, v, loc, boolMode) {
        const errors = [];
        const t = jsonschema_typeOf(v);
        if (t === undefined)
            return this.err(loc, 'invalid', `invalid jsonType ${typeof v}`);
        if (s.types && s.types.length > 0) {
            const ok = s.types.includes(t) || (s.types.includes('integer') && t === 'number' && isInteger(v));
            if (!ok) {
                const want = typeOrder.filter((x) => s.types.includes(x)).join(' or ');
                return this.err(loc, 'type', `got ${t}, want ${want}`);
            }
        }
        if (s.constValue && !equals(v, s.constValue.v)) {
            const w = s.constValue.v;
            const text = Array.isArray(w) || isObj(w) ? "'const' failed" : `value must be ${display(w)}`;
            return this.err(loc, 'const', text);
        }
        if (s.enumValues) {
            const matched = s.enumValues.some((e) => equals(v, e));
            if (!matched) {
                const allPrimitive = s.enumValues.every((e) => !Array.isArray(e) && !isObj(e));
                let text = "'enum' failed";
                if (allPrimitive) {
                    text =
                        s.enumValues.length === 1
                            ? `value must be ${display(s.enumValues[0])}`
                            : `value must be one of ${s.enumValues.map(display).join(', ')}`;
                }
                return this.err(loc, 'enum', text);
            }
        }
        if (s.format !== undefined) {
            const problem = checkFormat(s.format, v);
            if (problem !== undefined) {
                return this.err(loc, 'format', `${display(v)} is not valid ${s.format}: ${problem}`);
            }
        }
        if (s.ref) {
            const e = this.validateRef(s.ref(), v, loc, boolMode, s.refKeyword ?? '$ref');
            if (s.draft < 2019)
                return e;
            if (e)
                errors.push(e);
        }
        if (t === 'object')
            this.objValidate(s, v, loc, errors, boolMode);
        else if (t === 'array')
            this.arrValidate(s, v, loc, errors, boolMode);
        else if (t === 'string')
            this.strValidate(s, v, loc, errors);
        else if (t === 'number')
            this.numValidate(s, v, loc, errors);
        if (errors.length === 0 || !boolMode)
            this.condValidate(s, v, loc, errors, boolMode);
        if (s.unevaluatedProperties || s.unevaluatedItems)
            this.unevalValidate(s, v, loc, errors, boolMode);
        if (errors.length === 0)
            return undefined;
        if (errors.length === 1)
            return errors[0];
        return this.err(loc, 'group', 'validation failed', errors);
    }
    validateRef(target, v, loc, boolMode, keyword) {
        const e = this.validate(target, v, loc, boolMode);
        if (!e)
            return undefined;
        const causes = e.kind.kind === 'group' ? e.causes : [e];
        return this.err(loc, 'reference', 'validation failed', causes);
        void keyword;
    }
    objValidate(s, obj, loc, errors, boolMode) {
        const keys = Object.keys(obj).sort();
        if (s.minProperties !== undefined && keys.length < s.minProperties) {
            errors.push(this.err(loc, 'minProperties', `minProperties: got ${localeNumber(keys.length)}, want ${localeNumber(s.minProperties)}`));
        }
        if (s.maxProperties !== undefined && keys.length > s.maxProperties) {
            errors.push(this.err(loc, 'maxProperties', `maxProperties: got ${localeNumber(keys.length)}, want ${localeNumber(s.maxProperties)}`));
        }
        if (s.required) {
            const missing = s.required.filter((p) => !Object.hasOwn(obj, p));
            if (missing.length > 0) {
                const text = missing.length === 1
                    ? `missing property ${sq(missing[0])}`
                    : `missing properties ${joinQuoted(missing)}`;
                errors.push(this.err(loc, 'required', text));
            }
        }
        if (boolMode && errors.length > 0)
            return;
        if (s.dependencies) {
            for (const [pname, dep] of [...s.dependencies].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
                if (!Object.hasOwn(obj, pname))
                    continue;
                if (Array.isArray(dep)) {
                    const missing = dep.filter((p) => !Object.hasOwn(obj, p));
                    if (missing.length > 0) {
                        errors.push(this.err(loc, 'dependency', `properties ${joinQuoted(missing)} required, if ${sq(pname)} exists`));
                    }
                }
                else {
                    const e = this.validate(dep, obj, loc, boolMode);
                    if (e)
                        errors.push(e);
                }
            }
        }
        const additional = [];
        for (const pname of keys) {
            if (boolMode && errors.length > 0)
                return;
            const pvalue = obj[pname];
            let evaluated = false;
            const ps = s.properties?.get(pname);
            if (ps) {
                evaluated = true;
                const e = this.validate(ps, pvalue, [...loc, pname], boolMode);
                if (e)
                    errors.push(e);
            }
            for (const p of s.patternProperties ?? []) {
                if (p.re.test(pname)) {
                    evaluated = true;
                    const e = this.validate(p.schema, pvalue, [...loc, pname], boolMode);
                    if (e)
                        errors.push(e);
                }
            }
            if (!evaluated && s.additionalProperties !== undefined) {
                if (typeof s.additionalProperties === 'boolean') {
                    if (!s.additionalProperties)
                        additional.push(pname);
                }
                else {
                    const e = this.validate(s.additionalProperties, pvalue, [...loc, pname], boolMode);
                    if (e)
                        errors.push(e);
                }
            }
        }
        if (additional.length > 0) {
            errors.push(this.err(loc, 'additionalProperties', `additional properties ${joinQuoted(additional)} not allowed`));
        }
        if (s.draft === 4)
            return;
        if (s.propertyNames) {
            for (const pname of keys) {
                if (this.validate(s.propertyNames, pname, loc, boolMode)) {
                    errors.push(this.err(loc, 'propertyNames', `invalid propertyName ${sq(pname)}`));
                }
            }
        }
        if (s.draft === 6)
            return;
        for (const [pname, sch] of s.dependentSchemas ?? []) {
            if (Object.hasOwn(obj, pname)) {
                const e = this.validate(sch, obj, loc, boolMode);
                if (e)
                    errors.push(e);
            }
        }
        for (const [pname, reqd] of s.dependentRequired ?? []) {
            if (!Object.hasOwn(obj, pname))
                continue;
            const missing = reqd.filter((p) => !Object.hasOwn(obj, p));
            if (missing.length > 0) {
                errors.push(this.err(loc, 'dependentRequired', `properties ${joinQuoted(missing)} required, if ${sq(pname)} exists`));
            }
        }
    }
    arrValidate(s, arr, loc, errors, boolMode) {
        if (s.minItems !== undefined && arr.length < s.minItems) {
            errors.push(this.err(loc, 'minItems', `minItems: got ${localeNumber(arr.length)}, want ${localeNumber(s.minItems)}`));
        }
        if (s.maxItems !== undefined && arr.length > s.maxItems) {
            errors.push(this.err(loc, 'maxItems', `maxItems: got ${localeNumber(arr.length)}, want ${localeNumber(s.maxItems)}`));
        }
        if (s.uniqueItems && arr.length > 1) {
            outer: for (let i = 1; i < arr.length; i++) {
                for (let j = 0; j < i; j++) {
                    if (equals(arr[i], arr[j])) {
                        errors.push(this.err(loc, 'uniqueItems', `items at ${localeNumber(j)} and ${localeNumber(i)} are equal`));
                        break outer;
                    }
                }
            }
        }
        const item = (sch, i, value, tok = i) => {
            const e = this.validate(sch, value, [...loc, String(tok)], boolMode);
            if (e)
                errors.push(e);
            void i;
        };
        if (s.draft < 2020) {
            let evaluated = 0;
            if (Array.isArray(s.items)) {
                const n = Math.min(arr.length, s.items.length);
                for (let i = 0; i < n; i++)
                    item(s.items[i], i, arr[i]);
                evaluated = n;
            }
            else if (s.items) {
                arr.forEach((x, i) => item(s.items, i, x));
                evaluated = arr.length;
            }
            if (s.additionalItems !== undefined) {
                if (typeof s.additionalItems === 'boolean') {
                    if (!s.additionalItems && evaluated !== arr.length) {
                        errors.push(this.err(loc, 'additionalItems', `last ${localeNumber(arr.length - evaluated)} additionalItem(s) not allowed`));
                    }
                }
                else {
                    // santhosh-tekuri reports these at indexes counted from the first additional item.
                    for (let i = evaluated; i < arr.length; i++)
                        item(s.additionalItems, i, arr[i], i - evaluated);
                }
            }
        }
        else {
            const n = Math.min(s.prefixItems?.length ?? 0, arr.length);
            for (let i = 0; i < n; i++)
                item(s.prefixItems[i], i, arr[i]);
            if (s.items2020)
                for (let i = n; i < arr.length; i++)
                    item(s.items2020, i, arr[i], i - n);
        }
        if (s.contains) {
            const causes = [];
            const matched = [];
            arr.forEach((x, i) => {
                const e = this.validate(s.contains, x, [...loc, String(i)], boolMode);
                if (e)
                    causes.push(e);
                else
                    matched.push(i);
            });
            if (s.minContains !== undefined) {
                if (matched.length < s.minContains) {
                    const text = matched.length === 0
                        ? `min ${localeNumber(s.minContains)} items required to match contains schema, but none matched`
                        : `min ${localeNumber(s.minContains)} items required to match contains schema, but matched ${localeNumber(matched.length)} items at ${matched.join(' ')}`;
                    errors.push(this.err(loc, 'minContains', text, causes));
                }
            }
            else if (matched.length === 0) {
                errors.push(this.err(loc, 'contains', 'no items match contains schema', causes));
            }
            if (s.maxContains !== undefined && matched.length > s.maxContains) {
                errors.push(this.err(loc, 'maxContains', `max ${localeNumber(s.maxContains)} items required to match contains schema, but matched ${localeNumber(matched.length)} items at ${matched.join(' ')}`));
            }
        }
    }
    strValidate(s, str, loc, errors) {
        if (s.minLength !== undefined || s.maxLength !== undefined) {
            const n = (0,strconv/* runeCount */.aM)(str);
            if (s.minLength !== undefined && n < s.minLength) {
                errors.push(this.err(loc, 'minLength', `minLength: got ${localeNumber(n)}, want ${localeNumber(s.minLength)}`));
            }
            if (s.maxLength !== undefined && n > s.maxLength) {
                errors.push(this.err(loc, 'maxLength', `maxLength: got ${localeNumber(n)}, want ${localeNumber(s.maxLength)}`));
            }
        }
        if (s.pattern && !s.pattern.re.test(str)) {
            errors.push(this.err(loc, 'pattern', `${sq(str)} does not match pattern ${sq(s.pattern.source)}`));
        }
    }
    numValidate(s, v, loc, errors) {
        const n = numOf(v);
        const add = (k, want) => {
            errors.push(this.err(loc, k, `${k}: got ${localeNumber(n)}, want ${localeNumber(want)}`));
        };
        if (s.minimum !== undefined && n < s.minimum)
            add('minimum', s.minimum);
        if (s.maximum !== undefined && n > s.maximum)
            add('maximum', s.maximum);
        if (s.exclusiveMinimum !== undefined && n <= s.exclusiveMinimum)
            add('exclusiveMinimum', s.exclusiveMinimum);
        if (s.exclusiveMaximum !== undefined && n >= s.exclusiveMaximum)
            add('exclusiveMaximum', s.exclusiveMaximum);
        if (s.multipleOf !== undefined) {
            const q = n / s.multipleOf;
            if (!Number.isInteger(q) && Math.abs(q - Math.round(q)) > 1e-9)
                add('multipleOf', s.multipleOf);
        }
    }
    condValidate(s, v, loc, errors, boolMode) {
        if (s.not && !this.validate(s.not, v, loc, true))
            errors.push(this.err(loc, 'not', "'not' failed"));
        if (s.allOf && s.allOf.length > 0) {
            const causes = [];
            for (const sch of s.allOf) {
                if (sch.refKeyword) {
                    const e = this.validateRef(sch.ref(), v, loc, boolMode, sch.refKeyword);
                    if (e)
                        errors.push(e);
                    continue;
                }
                const e = this.validate(sch, v, loc, boolMode);
                if (e) {
                    causes.push(e);
                    if (boolMode)
                        break;
                }
            }
            if (causes.length > 0)
                errors.push(this.err(loc, 'allOf', "'allOf' failed", causes));
        }
        if (s.anyOf && s.anyOf.length > 0) {
            const causes = [];
            let matched = false;
            for (const sch of s.anyOf) {
                const e = this.validate(sch, v, loc, boolMode);
                if (e)
                    causes.push(e);
                else {
                    matched = true;
                    break;
                }
            }
            if (!matched)
                errors.push(this.err(loc, 'anyOf', "'anyOf' failed", causes));
        }
        if (s.oneOf && s.oneOf.length > 0) {
            const causes = [];
            let matched = -1;
            for (let i = 0; i < s.oneOf.length; i++) {
                const e = this.validate(s.oneOf[i], v, loc, boolMode || matched !== -1);
                if (e) {
                    if (matched === -1)
                        causes.push(e);
                }
                else if (matched === -1) {
                    matched = i;
                }
                else {
                    errors.push(this.err(loc, 'oneOf', `'oneOf' failed, subschemas ${matched}, ${i} matched`));
                    break;
                }
            }
            if (matched === -1)
                errors.push(this.err(loc, 'oneOf', "'oneOf' failed, none matched", causes));
        }
        if (s.ifS) {
            if (!this.validate(s.ifS, v, loc, true)) {
                if (s.thenS) {
                    const e = this.validate(s.thenS, v, loc, boolMode);
                    if (e)
                        errors.push(e);
                }
            }
            else if (s.elseS) {
                const e = this.validate(s.elseS, v, loc, boolMode);
                if (e)
                    errors.push(e);
            }
        }
    }
    unevalValidate(s, v, loc, errors, boolMode) {
        // Evaluated-property tracking is approximated: properties matched by this schema's
        // own properties/patternProperties/additionalProperties count as evaluated.
        if ((0,template_value/* isGoMap */.Rb)(v) && s.unevaluatedProperties) {
            for (const k of Object.keys(v).sort()) {
                const known = s.properties?.has(k) ||
                    s.patternProperties?.some((p) => p.re.test(k)) ||
                    s.additionalProperties !== undefined;
                if (known)
                    continue;
                const e = this.validate(s.unevaluatedProperties, v[k], [...loc, k], boolMode);
                if (e)
                    errors.push(e);
            }
        }
        if (Array.isArray(v) && s.unevaluatedItems) {
            const from = Array.isArray(s.items)
                ? s.items.length
                : s.items || s.items2020
                    ? v.length
                    : (s.prefixItems?.length ?? 0);
            for (let i = from; i < v.length; i++) {
                const e = this.validate(s.unevaluatedItems, v[i], [...loc, String(i)], boolMode);
                if (e)
                    errors.push(e);
            }
        }
    }
}
/** The text of an error tree as ValidationError.Error() prints it (without the root line). */
function display2(e, indent, out) {
    const skip = e.kind.kind === 'reference' && e.causes.length === 1;
    if (!skip) {
        if (indent > 0)
            out.push('\n' + '  '.repeat(indent - 1) + '- ');
        indent++;
        out.push(`at ${sq(jsonPtr(e.instanceLocation))}: ${e.kind.text}`);
    }
    for (const c of e.causes)
        display2(c, indent, out);
}
/** ValidateAgainstSingleSchema: the error text helm prints under the chart's name. */
function validateSchemaText(schemaText, values) {
    let doc;
    try {
        doc = JSON.parse(schemaText);
    }
    catch (e) {
        return { error: `${e.message}`, failures: [], warnings: [] };
    }
    let compiler;
    let root;
    try {
        compiler = new Compiler(doc);
        root = compiler.at('');
    }
    catch (e) {
        return { error: e.message, failures: [], warnings: [] };
    }
    let err;
    try {
        err = new Validator(false).validate(root, values, []);
    }
    catch (e) {
        if (e instanceof SchemaCompileError)
            return {
                error: e.message,
                failures: [],
                warnings: compiler.warnings,
                unresolvedRefs: compiler.unresolvedRefs,
            };
        throw e;
    }
    if (!err)
        return { failures: [], warnings: compiler.warnings, unresolvedRefs: compiler.unresolvedRefs };
    const causes = err.kind.kind === 'group' ? err.causes : [err];
    const out = [];
    for (const c of causes)
        display2(c, 1, out);
    const failures = [];
    const collect = (e) => {
        if (e.causes.length === 0)
            failures.push(e.instanceLocation);
        for (const c of e.causes)
            collect(c);
    };
    causes.forEach(collect);
    // JSONSchemaValidationError strips the root line and the newline after it, and adds one.
    return {
        error: out.join('').replace(/^\n/, '') + '\n',
        failures,
        warnings: compiler.warnings,
        unresolvedRefs: compiler.unresolvedRefs,
    };
}

;// CONCATENATED MODULE: ./build/helm/schema/validate.js
/**
 * chartutil.ValidateAgainstSchema: the chart's values.schema.json checked against its
 * coalesced values, then each subchart's schema against its section, with helm's layout
 * of the combined error (`<chart>:\n- at '/x': ...`).
 */




function validateAgainstSchema(chart, values, onUnresolved) {
    const out = { message: '', failures: [], warnings: [] };
    const schemaFile = (c) => c.origin.archive ??
        (c.origin.path === '' ? 'values.schema.json' : `${c.origin.path}/values.schema.json`);
    const walk = (c, vals) => {
        let sb = '';
        if (c.schema) {
            const r = validateSchemaText(Buffer.from(c.schema).toString('utf8'), vals);
            (0,arrays/* pushAll */.iI)(out.warnings, r.warnings);
            for (const ref of r.unresolvedRefs ?? [])
                onUnresolved?.(ref, c, schemaFile(c));
            if (r.error !== undefined) {
                sb += `${c.name}:\n${r.error}`;
                if (!out.chart) {
                    out.chart = c;
                    out.values = vals;
                    out.failures = r.failures;
                    out.file = schemaFile(c);
                }
            }
        }
        for (const sub of c.dependencies) {
            const raw = Object.hasOwn(vals, sub.name) ? vals[sub.name] : undefined;
            if (raw === undefined || raw === null)
                continue;
            if (!(0,template_value/* isGoMap */.Rb)(raw)) {
                sb += `${sub.name}:\ninvalid type for values: expected object (map), got ${(0,gomap/* goTypeName */.O4)(raw)}\n`;
                continue;
            }
            sb += walk(sub, raw);
        }
        return sb;
    };
    const text = walk(chart, values);
    if (text === '')
        return undefined;
    out.message = text;
    return out;
}

// EXTERNAL MODULE: ./build/helm/unvendored.js
var helm_unvendored = __webpack_require__(7937);
;// CONCATENATED MODULE: ./build/helm/render.js
/**
 * `helm template` as a library: values merged from -f/--set*, the chart loaded and its
 * dependencies processed, values coalesced and checked against values.schema.json, the
 * templates rendered, documents split and ordered by kind with hooks last, and the text
 * helm prints \u2014 plus, per document, where its text came from (see source-map.ts).
 *
 * Failures carry Helm's exact wording and, where one is known, the file and line to fix.
 */






















const validReleaseName = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
class render_Failure extends Error {
    file;
    line;
    column;
    afterRelease;
    constructor(message, file, line, column, 
    /** Helm adds "Use --debug flag to render out invalid YAML" for failures after rendering began. */
    afterRelease = false) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.afterRelease = afterRelease;
    }
}
function toSlash(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
/** values.Options.MergeValues */
function mergeUserValues(o, cwd, root) {
    let base = {};
    const read = o.readUserFile ?? ((p) => (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, p), 'utf8'));
    for (const f of o.valuesFiles ?? []) {
        const abs = (0,external_node_path_.resolve)(cwd, f);
        let text;
        try {
            text = read(f);
        }
        catch (e) {
            const code = e.code;
            const why = code === 'ENOENT'
                ? 'no such file or directory'
                : code === 'EISDIR'
                    ? 'is a directory'
                    : e instanceof root_files/* FileRefused */.rV
                        ? e.reason
                        : e.message;
            throw new render_Failure(`open ${f}: ${why}`);
        }
        if (text.startsWith('\ufeff'))
            text = text.slice(1);
        const rel = toSlash((0,external_node_path_.relative)(root, abs));
        let current;
        try {
            current = (0,values_yaml/* readValuesYaml */.sR)(text, rel);
        }
        catch (e) {
            const err = e;
            throw new render_Failure(`failed to parse ${f}: ${err.message}`, rel, err.line, err.column);
        }
        base = (0,values_yaml/* mergeMaps */.MT)(base, current);
    }
    for (const value of o.setJson ?? []) {
        const site = { kind: 'set', argument: `--set-json ${value}` };
        const trimmed = (0,go_text/* goTrimSpace */.hb)(value);
        if (trimmed.startsWith('{')) {
            let parsed;
            try {
                parsed = JSON.parse(trimmed);
            }
            catch {
                throw new render_Failure(`failed parsing --set-json data JSON: ${value}`);
            }
            if (!(0,template_value/* isGoMap */.Rb)(parsed))
                throw new render_Failure(`failed parsing --set-json data JSON: ${value}`);
            for (const k of Object.keys(parsed))
                (0,origins/* setSite */.Qn)(parsed, k, site);
            base = (0,values_yaml/* mergeMaps */.MT)(base, parsed);
        }
        else {
            try {
                parseSetJsonInto(value, base, { site });
            }
            catch {
                throw new render_Failure(`failed parsing --set-json data ${value}`);
            }
        }
    }
    const apply = (list, flag, fn) => {
        for (const value of list ?? []) {
            try {
                fn(value, base, { kind: 'set', argument: `${flag} ${value}` });
            }
            catch (e) {
                throw new render_Failure(`failed parsing ${flag} data: ${e.message}`);
            }
        }
    };
    apply(o.set, '--set', (s, d, site) => parseSetInto(s, d, { site }));
    apply(o.setString, '--set-string', (s, d, site) => parseSetStringInto(s, d, { site }));
    apply(o.setFile, '--set-file', (s, d, site) => parseSetFileInto(s, d, (p) => {
        try {
            return read(p);
        }
        catch (e) {
            const why = e instanceof root_files/* FileRefused */.rV ? e.reason : 'no such file or directory';
            throw new Error(`open ${p}: ${why}`, { cause: e });
        }
    }, { site }));
    apply(o.setLiteral, '--set-literal', (s, d, site) => parseSetLiteralInto(s, d, { site }));
    return base;
}
/** What `helm template` prints for --show-only: the matching documents, in file order. */
function showOnly(manifests, patterns) {
    const docs = splitManifests(manifests).map((d) => d.content);
    const out = [];
    for (const f of patterns) {
        let missing = true;
        for (const m of docs) {
            const match = /# Source: [^/]+\/(.+)/.exec(m);
            if (!match)
                continue;
            let ok;
            try {
                ok = (0,glob/* goMatch */.Eb)(f, match[1]);
            }
            catch {
                ok = false;
            }
            if (!ok)
                continue;
            out.push(m);
            missing = false;
        }
        if (missing)
            throw new render_Failure(`could not find template ${f} in chart`);
    }
    return out.map((m) => `---\n${m}\n`).join('');
}
/** Renders a chart like `helm template`. Never throws for bad input: failures are in `error`. */
function renderChart(chartPath, options = {}) {
    return withRandomSeed(options.randomSeed, () => {
        if (options.reuseCertificateKeys !== true)
            return render(chartPath, options);
        setCertificateKeyReuse(true);
        try {
            return render(chartPath, options);
        }
        finally {
            setCertificateKeyReuse(false);
        }
    });
}
function render(chartPath, options) {
    return (0,budget/* withBudget */.Y$)(options.limits, () => renderInBudget(chartPath, options));
}
function renderInBudget(chartPath, options) {
    const logger = new LineLogger();
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const root = (0,external_node_path_.resolve)(options.root ?? cwd);
    let chart;
    let templates;
    let unvendored;
    const lenient = options.lenient === true;
    const failures = [];
    const refusedLinks = [];
    const unfetchedSchemaRefs = [];
    const links = {
        fileRead: options.fileRead,
        symlink: (path, resolved) => logger.log('INFO', 'found symbolic link in path. Contents of linked file included and used', [
            ['path', path],
            ['resolved', resolved],
        ]),
        refusedLink: (path, target) => {
            refusedLinks.push({ path, target });
            logger.log('WARN', 'symbolic link leaves the scanned directory; not followed', [
                ['path', path],
                ['resolved', target],
            ]);
        },
    };
    /** What every return adds, whether the render succeeded or not. */
    const extras = () => ({
        ...(refusedLinks.length ? { refusedLinks } : {}),
        ...(unfetchedSchemaRefs.length ? { unfetchedSchemaRefs } : {}),
    });
    try {
        const releaseName = options.releaseName ?? 'release-name';
        const vals = mergeUserValues(options, cwd, root);
        const absChart = (0,external_node_path_.isAbsolute)(chartPath) ? chartPath : (0,external_node_path_.resolve)(cwd, chartPath);
        try {
            chart = (0,load/* loadChart */.T)(absChart, {
                root,
                warn: (m) => logger.log('INFO', m),
                ...links,
            });
        }
        catch (e) {
            if (e instanceof load/* ChartLoadError */.L) {
                if (/^path ".*" not found$/.test(e.message))
                    throw new render_Failure(`path "${chartPath}" not found`);
                throw new render_Failure(e.message, e.file, e.line, e.column);
            }
            throw e;
        }
        const type = chart.metadata.type;
        if (type !== '' && type !== 'application') {
            throw new render_Failure(`${type} charts are not installable`);
        }
        if (chart.metadata.deprecated)
            logger.log('WARN', 'this chart is deprecated');
        const reqs = chart.metadata.dependencies ?? [];
        if (reqs.length > 0) {
            const names = new Set(chart.dependencies.map((d) => d.name));
            const missing = reqs.filter((r) => !names.has(r.name)).map((r) => r.name);
            if (missing.length > 0 && lenient) {
                unvendored = (0,helm_unvendored/* resolveUnvendored */.r)(chart, absChart, {
                    root,
                    warn: (m) => logger.log('INFO', m),
                    repositoryCharts: options.repositoryCharts,
                    links,
                });
            }
            else if (missing.length > 0) {
                throw new render_Failure(`an error occurred while checking for chart dependencies. You may need to run \`helm dependency build\` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}`);
            }
        }
        if (releaseName.length > 53 || !validReleaseName.test(releaseName)) {
            const why = releaseName === ''
                ? 'no name provided'
                : `invalid release name, must match regex ${validReleaseName.source} and the length must not be longer than 53`;
            const inner = `release name ${JSON.stringify(releaseName)}: ${why}`;
            logger.log('ERROR', 'release name check failed', [['error', inner]]);
            throw new render_Failure(`release name check failed: ${inner}`);
        }
        try {
            processDependencies(chart, vals, logger);
        }
        catch (e) {
            if (e instanceof CoalesceError) {
                logger.log('ERROR', 'chart dependencies processing failed', [['error', e.message]]);
                throw new render_Failure(`chart dependencies processing failed: ${e.message}`);
            }
            throw e;
        }
        let kube = defaultKubeVersion;
        if (options.kubeVersion) {
            try {
                kube = parseKubeVersion(options.kubeVersion);
            }
            catch (e) {
                throw new render_Failure(`invalid kube version '${options.kubeVersion}': ${e.message}`);
            }
        }
        const apiVersions = [...helmDefaults.apiVersions, ...splitApiVersions(options.apiVersions)];
        const capabilities = capabilitiesObject(kube, apiVersions);
        const isUpgrade = !!options.isUpgrade;
        const top = {
            Capabilities: capabilities,
            Release: releaseObject({
                name: releaseName,
                namespace: options.namespace ?? 'default',
                revision: 1,
                isInstall: !isUpgrade,
                isUpgrade,
            }),
        };
        let coalesced;
        try {
            coalesced = coalesceValues(chart, vals, (m) => logger.log('INFO', m));
        }
        catch (e) {
            if (e instanceof CoalesceError)
                throw new render_Failure(e.message);
            throw e;
        }
        if (!options.skipSchemaValidation) {
            const err = validateAgainstSchema(chart, coalesced, (ref, c, file) => {
                if (ref.startsWith('urn:')) {
                    // helm's own permissive fallback for URNs, with its warning.
                    logger.log('WARN', 'unresolved URN reference ignored; using permissive schema', [
                        ['urn', ref],
                    ]);
                    return;
                }
                unfetchedSchemaRefs.push({ ref, chart: c.name, file });
                logger.log('WARN', 'values.schema.json $ref not fetched (kube-whoami reads no remote schema and no file outside the chart); the values are not checked against it', [
                    ['chart', c.name],
                    ['ref', ref],
                ]);
            });
            if (err) {
                // The line to edit is the offending value's, when a values file set it.
                const site = err.values && err.failures[0] && fileSiteOfPath(err.values, err.failures[0]);
                const at = site ? (0,origins/* siteRange */.v6)(site, true) : undefined;
                const failure = new render_Failure(`values don't meet the specifications of the schema(s) in the following chart(s):\n${err.message}`, at?.file ?? err.file, at?.startLine ?? err.line, at?.startColumn);
                if (!lenient)
                    throw failure;
                failures.push({ kind: 'schema', ...failureFields(failure) });
            }
        }
        top.Values = coalesced;
        const md = chart.metadata;
        if (md.kubeVersion !== '' && !(0,semver/* isCompatibleRange */.cb)(md.kubeVersion, kube.normalized)) {
            const failure = new render_Failure(`chart requires kubeVersion: ${md.kubeVersion} which is incompatible with Kubernetes ${kube.version}`, chart.origin.archive ?? joinPath(chart.origin.path, 'Chart.yaml'), undefined, undefined, true);
            if (!lenient)
                throw failure;
            failures.push({ kind: 'kubeVersion', ...failureFields(failure) });
        }
        const loaded = chart;
        const onTemplateFailure = lenient
            ? ({ error, valueSite }) => {
                const related = [];
                const places = failurePlaces(error);
                const inner = places[places.length - 1];
                const innerFile = inner && places.length > 1 && fileOfTemplate(loaded, inner.template);
                if (innerFile) {
                    const col = (inner.col ?? 0) + 1;
                    related.push({
                        range: {
                            file: innerFile,
                            startLine: inner.line,
                            startColumn: col,
                            endLine: inner.line,
                            endColumn: col + 1,
                        },
                        message: 'the action that failed',
                    });
                }
                if (valueSite?.kind === 'file') {
                    related.push({ range: (0,origins/* siteRange */.v6)(valueSite, false), message: 'the value it read' });
                }
                failures.push({
                    kind: 'template',
                    template: error.template,
                    message: error.message,
                    file: error.template ? fileOfTemplate(loaded, error.template) : undefined,
                    line: error.line,
                    column: error.column !== undefined ? error.column + 1 : undefined,
                    related,
                });
            }
            : undefined;
        try {
            templates = renderTemplates(chart, top, {
                trace: options.trace,
                limits: options.limits,
                onTemplateFailure,
            });
        }
        catch (e) {
            if (e instanceof RenderError) {
                const file = e.template ? fileOfTemplate(chart, e.template) : undefined;
                throw new render_Failure(e.message, file, e.line, e.column !== undefined ? e.column + 1 : undefined, 
                // helm's hint about --debug is about its errors, not about kube-whoami's budget.
                !(0,budget/* activeBudget */.A6)()?.exceeded);
            }
            throw e;
        }
        const result = assemble(chart, templates, options, logger, lenient ? failures : undefined);
        if (unvendored)
            result.unvendored = unvendored;
        if (lenient)
            result.failures = failures;
        return { ...result, ...extras() };
    }
    catch (e) {
        if (e instanceof budget/* BudgetExceeded */.L$) {
            return {
                ok: false,
                output: '',
                warnings: logger.text(),
                error: { message: budgetMessage(e.message) },
                documents: [],
                chart,
                templates,
                unvendored,
                failures: lenient ? failures : undefined,
                ...extras(),
            };
        }
        if (!(e instanceof render_Failure)) {
            // A bug here must not stop a scan of other charts: report it as this chart's failure.
            const deep = e instanceof RangeError && /call stack/i.test(e.message);
            return {
                ok: false,
                output: '',
                warnings: logger.text(),
                error: {
                    message: deep
                        ? 'kube-whoami stopped rendering: the chart nests deeper than its stack allows (Maximum call stack size exceeded); helm, whose stack grows, may go further'
                        : `internal error while rendering: ${e?.stack ?? String(e)}`,
                },
                documents: [],
                chart,
                templates,
                unvendored,
                failures: lenient ? failures : undefined,
                ...extras(),
            };
        }
        const message = e.afterRelease
            ? `${e.message}\n\nUse --debug flag to render out invalid YAML`
            : e.message;
        return {
            ok: false,
            output: '',
            warnings: logger.text(),
            error: { message, file: e.file, line: e.line, column: e.column },
            documents: [],
            chart,
            templates,
            unvendored,
            failures: lenient ? failures : undefined,
            ...extras(),
        };
    }
}
function failureFields(f) {
    return { message: f.message, file: f.file, line: f.line, column: f.column };
}
/**
 * The values-file entry for an instance path of a schema failure: the deepest key on the
 * path that a values file set (a missing required key leaves the path at its parent).
 */
function fileSiteOfPath(values, path) {
    let container = values;
    let found;
    for (const seg of path) {
        if (container === null || typeof container !== 'object')
            break;
        const key = Array.isArray(container) ? Number(seg) : seg;
        const site = (0,origins/* siteOf */.zU)(container, key);
        if (site)
            found = site;
        container = Array.isArray(container) ? container[key] : container[seg];
    }
    return found?.kind === 'file' ? found : undefined;
}
function joinPath(dir, name) {
    return dir === '' || dir === '.' ? name : `${dir}/${name}`;
}
function splitApiVersions(list) {
    // pflag StringSlice: comma-separated, CSV quoting aside.
    const out = [];
    for (const v of list ?? [])
        for (const p of v.split(','))
            out.push(p);
    return out;
}
/** The disk file (relative to the scanned root) of a template name like `chart/charts/sub/templates/x.yaml`. */
function fileOfTemplate(chart, name) {
    const find = (c) => {
        const prefix = `${c.fullPath()}/`;
        if (!name.startsWith(prefix))
            return undefined;
        const rest = name.slice(prefix.length);
        for (const t of c.templates)
            if (t.name === rest)
                return t.origin.path;
        for (const d of c.dependencies) {
            const r = find(d);
            if (r)
                return r;
        }
        return undefined;
    };
    return find(chart);
}
function assemble(chart, templates, options, logger, 
/** Lenient: a file whose output helm cannot decode is left out and reported here. */
failures) {
    // NOTES.txt files are rendered (and can fail) but never printed.
    const files = new Map();
    for (const [name, t] of templates)
        if (!name.endsWith('NOTES.txt'))
            files.set(name, t.text);
    let sorted;
    for (;;) {
        try {
            sorted = sortManifests(files);
            break;
        }
        catch (e) {
            if (!(e instanceof ManifestParseError))
                throw e;
            const t = templates.get(e.file);
            const file = t ? t.file.origin.path : undefined;
            if (!failures)
                throw new render_Failure(e.message, file, undefined, undefined, true);
            failures.push({ kind: 'manifest', template: e.file, message: e.message, file });
            files.delete(e.file);
        }
    }
    for (const l of sorted.logs)
        logger.log('INFO', l.msg, l.attrs);
    const docs = [];
    let manifest = '';
    const pushDoc = (m, hook) => {
        const t = templates.get(m.name);
        docs.push({
            source: m.name,
            text: m.content,
            offsetInFile: m.offset,
            offsetInOutput: -1,
            kind: m.head.kind,
            apiVersion: m.head.apiVersion,
            name: m.head.metadata?.name ?? '',
            hook,
            file: t.file,
            trace: t.trace,
        });
    };
    if (options.includeCrds) {
        for (const crd of chart.crdObjects()) {
            const text = Buffer.from(crd.file.data).toString('utf8');
            manifest += `---\n# Source: ${crd.filename}\n${text}\n`;
        }
    }
    for (const m of sorted.manifests) {
        const header = `---\n# Source: ${m.name}\n`;
        pushDoc(m);
        docs[docs.length - 1].offsetInOutput = manifest.length + header.length;
        manifest += `${header}${m.content}\n`;
    }
    // Only trailing whitespace can be trimmed here (the text starts with `---`).
    let out = `${(0,go_text/* goTrimSpace */.hb)(manifest)}\n`;
    if (!options.noHooks) {
        for (const h of sorted.hooks) {
            if (options.skipTests && h.events.includes('test'))
                continue;
            const header = `---\n# Source: ${h.name}\n`;
            pushDoc(h, h.events);
            docs[docs.length - 1].offsetInOutput = out.length + header.length;
            out += `${header}${h.content}\n`;
        }
    }
    if (options.showOnly && options.showOnly.length > 0) {
        out = showOnly(out, options.showOnly);
        const kept = new Set(splitManifests(out).map((d) => d.content));
        for (let i = docs.length - 1; i >= 0; i--) {
            if (!kept.has(`# Source: ${docs[i].source}\n${docs[i].text}`))
                docs.splice(i, 1);
        }
        locateDocuments(out, docs);
    }
    return {
        ok: true,
        output: out,
        warnings: logger.text(),
        documents: docs,
        chart,
        templates,
    };
}
/** Fills offsetInOutput by walking the output in order. */
function locateDocuments(out, docs) {
    let from = 0;
    for (const d of docs) {
        const header = `# Source: ${d.source}\n`;
        const at = out.indexOf(header + d.text, from);
        if (at < 0)
            continue;
        d.offsetInOutput = at + header.length;
        from = d.offsetInOutput + d.text.length;
    }
}


/***/ }),

/***/ 2037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ versionString),
/* harmony export */   VY: () => (/* binding */ SemverError),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   cP: () => (/* binding */ parseConstraints),
/* harmony export */   cb: () => (/* binding */ isCompatibleRange),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   z0: () => (/* binding */ tryParseVersion)
/* harmony export */ });
/* harmony import */ var _core_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(235);
/**
 * Semantic versions and constraints with the semantics of github.com/Masterminds/semver
 * v3.4 (which Helm uses for chart versions, dependency ranges and kubeVersion): loose
 * parsing (`v1`, `1.2`), prerelease handling (a prerelease only satisfies a constraint
 * that names one), `x`/`*` wildcards, `~`/`^`, hyphen ranges, `,`/space AND and `||` OR.
 */

class SemverError extends Error {
}
const looseVersion = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const maxUint64 = (1n << 64n) - 1n;
const num = /^[0-9]*$/;
const allowed = /^[0-9A-Za-z-]*$/;
function parseUint(s) {
    const n = BigInt(s);
    if (n > maxUint64) {
        throw new SemverError(`error parsing version segment: strconv.ParseUint: parsing "${s}": value out of range`);
    }
    return n;
}
function validatePrerelease(p) {
    for (const part of p.split('.')) {
        if (part === '')
            throw new SemverError('invalid prerelease string');
        if (num.test(part)) {
            if (part.length > 1 && part[0] === '0')
                throw new SemverError('version segment starts with 0');
        }
        else if (!allowed.test(part)) {
            throw new SemverError('invalid prerelease string');
        }
    }
}
function validateMetadata(m) {
    for (const part of m.split('.')) {
        if (part === '' || !allowed.test(part))
            throw new SemverError('invalid metadata string');
    }
}
/** semver.NewVersion (coercing mode, the v3.4 default). Throws SemverError. */
function parseVersion(v) {
    const m = looseVersion.exec(v);
    if (!m)
        throw new SemverError('invalid semantic version');
    const out = {
        major: parseUint(m[1]),
        minor: m[2] ? parseUint(m[2].slice(1)) : 0n,
        patch: m[3] ? parseUint(m[3].slice(1)) : 0n,
        pre: m[5] ?? '',
        metadata: m[8] ?? '',
        original: v,
    };
    if (out.pre)
        validatePrerelease(out.pre);
    if (out.metadata)
        validateMetadata(out.metadata);
    return out;
}
function tryParseVersion(v) {
    try {
        return parseVersion(v);
    }
    catch {
        return undefined;
    }
}
function versionString(v) {
    let s = `${v.major}.${v.minor}.${v.patch}`;
    if (v.pre)
        s += `-${v.pre}`;
    if (v.metadata)
        s += `+${v.metadata}`;
    return s;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function comparePrePart(s, o) {
    if (s === o)
        return 0;
    if (s === '')
        return o !== '' ? -1 : 1;
    if (o === '')
        return s !== '' ? 1 : -1;
    const sNum = /^[0-9]+$/.test(s) && BigInt(s) <= maxUint64;
    const oNum = /^[0-9]+$/.test(o) && BigInt(o) <= maxUint64;
    if (!sNum && !oNum)
        return s > o ? 1 : -1;
    if (!oNum)
        return -1;
    if (!sNum)
        return 1;
    return BigInt(s) > BigInt(o) ? 1 : -1;
}
function comparePrerelease(v, o) {
    const sp = v.split('.');
    const op = o.split('.');
    const l = Math.max(sp.length, op.length);
    for (let i = 0; i < l; i++) {
        const d = comparePrePart(sp[i] ?? '', op[i] ?? '');
        if (d !== 0)
            return d;
    }
    return 0;
}
function compareVersions(v, o) {
    const d = cmp(v.major, o.major) || cmp(v.minor, o.minor) || cmp(v.patch, o.patch);
    if (d !== 0)
        return d;
    if (v.pre === '' && o.pre === '')
        return 0;
    if (v.pre === '')
        return 1;
    if (o.pre === '')
        return -1;
    return comparePrerelease(v.pre, o.pre);
}
const cv = 'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const ops = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const ws = '[\\t\\n\\f\\r ]';
// Go's regexp is linear; V8's backtracks on these (a kubeVersion of 100,000 blanks: 59 s).
const constraintRe = (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyLinearRegex */ .p0)(`^${ws}*(${ops})${ws}*(${cv})${ws}*$`);
const rangeRe = (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyLinearRegex */ .p0)(`${ws}*(${cv})${ws}+-${ws}+(${cv})${ws}*`);
const findRe = (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyLinearRegex */ .p0)(`(${ops})${ws}*(${cv})`);
const validRe = (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyLinearRegex */ .p0)(`^(${ws}*(${ops})${ws}*(${cv})${ws}*)((?:${ws}+|,${ws}*)(${ops})${ws}*(${cv})${ws}*)*$`);
function isX(x) {
    return x === 'x' || x === '*' || x === 'X';
}
function parseConstraint(c) {
    if (c.length === 0) {
        return {
            con: parseVersion('0.0.0'),
            orig: c,
            op: '',
            minorDirty: false,
            patchDirty: false,
            dirty: true,
        };
    }
    const m = constraintRe.exec(c);
    if (!m)
        throw new SemverError(`improper constraint: ${c}`);
    const major = m[3] ?? '';
    const minor = m[4] ?? '';
    const patch = m[5] ?? '';
    const pre = m[6] ?? '';
    let ver = m[2] ?? '';
    let minorDirty = false;
    let patchDirty = false;
    let dirty = false;
    if (isX(major) || major === '') {
        ver = `0.0.0${pre}`;
        dirty = true;
    }
    else if (isX(minor.replace(/^\./, '')) || minor === '') {
        minorDirty = true;
        dirty = true;
        ver = `${major}.0.0${pre}`;
    }
    else if (isX(patch.replace(/^\./, '')) || patch === '') {
        dirty = true;
        patchDirty = true;
        ver = `${major}${minor}.0${pre}`;
    }
    let con;
    try {
        con = parseVersion(ver);
    }
    catch {
        throw new SemverError('constraint parser error');
    }
    return { con, orig: m[2] ?? '', op: m[1] ?? '', minorDirty, patchDirty, dirty };
}
function rewriteRange(i) {
    let o = i;
    for (const m of rangeRe.matchAll(i)) {
        o = o.replace(m[0], `>= ${m[1]}, <= ${m[11]} `);
    }
    return o;
}
/** semver.NewConstraint. Throws SemverError. */
function parseConstraints(c) {
    const ors = rewriteRange(c).split('||');
    const groups = [];
    const containsPre = [];
    for (const v of ors) {
        if (!validRe.test(v))
            throw new SemverError(`improper constraint: ${v}`);
        let cs = findRe.matchAll(v).map((m) => m[0]);
        if (cs.length === 0)
            cs = [v];
        const group = cs.map(parseConstraint);
        containsPre.push(group.some((g) => g.con.pre !== ''));
        groups.push(group);
    }
    return { groups, containsPre };
}
function checkOne(v, c, includePre) {
    if (v.pre !== '' && !includePre)
        return false;
    const con = c.con;
    switch (c.op) {
        case '':
        case '=':
            if (c.dirty)
                return tilde(v, c);
            return compareVersions(v, con) === 0;
        case '!=':
            if (c.dirty) {
                if (con.major !== v.major)
                    return true;
                if (con.minor !== v.minor && !c.minorDirty)
                    return true;
                if (c.minorDirty)
                    return false;
                if (con.patch !== v.patch && !c.patchDirty)
                    return true;
                if (c.patchDirty) {
                    if (v.pre !== '' || con.pre !== '')
                        return comparePrerelease(v.pre, con.pre) !== 0;
                    return false;
                }
            }
            return compareVersions(v, con) !== 0;
        case '>':
            if (!c.dirty)
                return compareVersions(v, con) === 1;
            if (v.major > con.major)
                return true;
            if (v.major < con.major)
                return false;
            if (c.minorDirty)
                return false;
            if (c.patchDirty)
                return v.minor > con.minor;
            return compareVersions(v, con) === 1;
        case '<':
            return compareVersions(v, con) < 0;
        case '>=':
        case '=>':
            return compareVersions(v, con) >= 0;
        case '<=':
        case '=<':
            if (!c.dirty)
                return compareVersions(v, con) <= 0;
            if (v.major > con.major)
                return false;
            if (v.major === con.major && v.minor > con.minor && !c.minorDirty)
                return false;
            return true;
        case '~':
        case '~>':
            return tilde(v, c);
        case '^':
            return caret(v, c);
    }
    return false;
}
function tilde(v, c) {
    const con = c.con;
    if (compareVersions(v, con) < 0)
        return false;
    if (con.major === 0n && con.minor === 0n && con.patch === 0n && !c.minorDirty && !c.patchDirty) {
        return true;
    }
    if (v.major !== con.major)
        return false;
    if (v.minor !== con.minor && !c.minorDirty)
        return false;
    return true;
}
function caret(v, c) {
    const con = c.con;
    if (compareVersions(v, con) < 0)
        return false;
    if (con.major > 0n || c.minorDirty)
        return v.major === con.major;
    if (con.major === 0n && v.major > 0n)
        return false;
    if (con.minor > 0n || c.patchDirty)
        return v.minor === con.minor;
    if (con.minor === 0n && v.minor > 0n)
        return false;
    return con.patch === v.patch;
}
/** Constraints.Check */
function satisfies(v, cs) {
    return cs.groups.some((group, i) => group.every((c) => checkOne(v, c, cs.containsPre[i])));
}
/** chartutil.IsCompatibleRange: false when either side fails to parse. */
function isCompatibleRange(constraint, version) {
    const v = tryParseVersion(version);
    if (!v)
        return false;
    let cs;
    try {
        cs = parseConstraints(constraint);
    }
    catch {
        return false;
    }
    return satisfies(v, cs);
}


/***/ }),

/***/ 7937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readChartIdentity),
/* harmony export */   r: () => (/* binding */ resolveUnvendored)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5225);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5392);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9140);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2037);
/* harmony import */ var _values_yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39);
/**
 * Dependencies listed in Chart.yaml but not vendored in charts/ (no `helm dependency build`
 * before the scan). helm template refuses such a chart; a scan resolves each one, in order:
 * its `file://` folder (what `helm dependency build` would vendor), else a chart of the same
 * name elsewhere in the scanned repository whose version satisfies the constraint (bitnami's
 * charts depend on `common` by OCI reference while bitnami/common sits beside them), else it
 * is left out and the parent's templates that need it fail on their own.
 *
 * Charts added this way are resolved in turn, as their published packages would carry their
 * own dependencies.
 */







const maxDepth = 10;
function toSlash(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
function isInside(dir, p) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, p);
    return rel === '' || (!rel.startsWith('..') && !rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && !/^[a-zA-Z]:/.test(rel));
}
/** Name and version of the chart in `dir`, or undefined when its Chart.yaml cannot be read. */
function readChartIdentity(dir) {
    try {
        const md = (0,_chart_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyMetadata */ .f)();
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Chart.yaml');
        (0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeMetadataInto */ .iY)(md, (0,_values_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .readYamlFirstDocument */ .v7)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), file));
        if (md.name === '')
            return undefined;
        return { dir, name: md.name, version: md.version };
    }
    catch {
        return undefined;
    }
}
/**
 * Adds what can be found for each dependency of `chart` (loaded from `absChart`) that is not
 * vendored, and of the charts so added; returns how each was resolved.
 */
function resolveUnvendored(chart, absChart, options) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.root);
    const out = [];
    const visit = (c, dir, chain) => {
        if (chain.length > maxDepth)
            return;
        const vendored = new Set(c.dependencies.map((d) => d.name));
        const parent = toSlash((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, dir)) || '.';
        for (const req of c.metadata.dependencies ?? []) {
            // One chart serves every alias of its name, as one folder in charts/ would.
            if (vendored.has(req.name))
                continue;
            vendored.add(req.name);
            const entry = {
                name: req.name,
                version: req.version,
                repository: req.repository,
                parent,
                how: 'missing',
                request: req,
            };
            out.push(entry);
            const found = findDependency(req, dir, root, options, entry);
            if (!found || chain.includes(found.dir))
                continue;
            let sub;
            try {
                sub = (0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadChart */ .T)(found.dir, { root, warn: options.warn, ...options.links });
            }
            catch (e) {
                if (!(e instanceof _load_js__WEBPACK_IMPORTED_MODULE_2__/* .ChartLoadError */ .L))
                    throw e;
                continue;
            }
            // helm dependency build packs the chart under its own name; the request names it.
            if (sub.name !== req.name)
                continue;
            entry.how = found.how;
            entry.folder = toSlash((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, found.dir)) || '.';
            entry.folderVersion = sub.metadata.version;
            c.addDependency(sub);
            visit(sub, found.dir, [...chain, found.dir]);
        }
    };
    visit(chart, absChart, [absChart]);
    return out;
}
function findDependency(req, dir, root, options, entry) {
    if (req.repository.startsWith('file://')) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, req.repository.slice('file://'.length));
        // Never outside the scanned root (a chart from a pull request is untrusted input).
        return isInside(root, target) ? { dir: target, how: 'file' } : undefined;
    }
    const candidates = (options.repositoryCharts?.() ?? []).filter((c) => c.name === req.name && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(c.dir) !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir));
    const fits = candidates.filter((c) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_4__/* .isCompatibleRange */ .cb)(req.version, c.version));
    if (fits.length === 0) {
        if (candidates.length) {
            entry.rejected = candidates.map((c) => ({
                folder: toSlash((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, c.dir)) || '.',
                version: c.version,
            }));
        }
        return undefined;
    }
    // The newest that fits, as a repository would serve it.
    fits.sort((a, b) => {
        const va = (0,_semver_js__WEBPACK_IMPORTED_MODULE_4__/* .tryParseVersion */ .z0)(a.version);
        const vb = (0,_semver_js__WEBPACK_IMPORTED_MODULE_4__/* .tryParseVersion */ .z0)(b.version);
        return va && vb ? (0,_semver_js__WEBPACK_IMPORTED_MODULE_4__/* .compareVersions */ .Zy)(vb, va) : 0;
    });
    return { dir: fits[0].dir, how: 'repository' };
}


/***/ }),

/***/ 39:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ mergeMaps),
/* harmony export */   sR: () => (/* binding */ readValuesYaml),
/* harmony export */   v7: () => (/* binding */ readYamlFirstDocument)
/* harmony export */ });
/* unused harmony exports ValuesParseError, splitYamlStream, textOf */
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1908);
/* harmony import */ var _template_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1886);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8382);
/* harmony import */ var _go_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5711);
/* harmony import */ var _gomap_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4649);
/* harmony import */ var _goyaml_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7876);
/* harmony import */ var _goyaml_convert_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3332);
/* harmony import */ var _goyaml_ast_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4331);
/**
 * Values files read as Helm reads them (loader.LoadValues over sigs.k8s.io/yaml and
 * go-yaml v2): documents split on `---` lines and deep-merged, YAML 1.1 scalars, merge
 * keys applied in order, duplicate keys allowed (the last wins), map keys turned into
 * strings, and every number a float64 as after the JSON round trip. Each key and list
 * item records its span, for the source map.
 */








class ValuesParseError extends Error {
    file;
    line;
    column;
    constructor(message, file, line, column) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
/** Splits a stream like k8s.io/apimachinery's YAMLReader: on lines that are exactly `---`. */
function splitYamlStream(source) {
    const chunks = [];
    let chunkStart = 0;
    let pos = 0;
    while (pos < source.length) {
        const nl = source.indexOf('\n', pos);
        const lineEnd = nl < 0 ? source.length : nl + 1;
        if (source.startsWith('---', pos)) {
            let blank = true;
            for (let i = pos + 3; i < lineEnd; i++) {
                if (!(0,_go_text_js__WEBPACK_IMPORTED_MODULE_3__/* .isGoSpace */ .F5)(source[i])) {
                    blank = false;
                    break;
                }
            }
            if (blank) {
                if (pos > chunkStart)
                    chunks.push({ start: chunkStart, text: source.slice(chunkStart, pos) });
                chunkStart = lineEnd;
            }
        }
        pos = lineEnd;
    }
    if (source.length > chunkStart)
        chunks.push({ start: chunkStart, text: source.slice(chunkStart) });
    // The reader hands every line to the decoder with a trailing newline.
    const last = chunks[chunks.length - 1];
    if (last && !last.text.endsWith('\n'))
        last.text += '\n';
    return chunks;
}
function textOf(file, source) {
    const text = new _yaml_read_js__WEBPACK_IMPORTED_MODULE_0__/* .YamlText */ .ZM(file, source);
    text.lineCounter.addNewLine(0);
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
        text.lineCounter.addNewLine(i + 1);
    }
    return text;
}
function jsonKind(v) {
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'number' || typeof v === 'bigint')
        return 'number';
    if (typeof v === 'boolean')
        return 'bool';
    return 'string';
}
function decodeError(e, text, base, prefix) {
    if (e instanceof _goyaml_ast_js__WEBPACK_IMPORTED_MODULE_7__/* .YamlSyntaxError */ .n || e instanceof _goyaml_convert_js__WEBPACK_IMPORTED_MODULE_6__/* .YamlDecodeError */ .ej) {
        const pos = text.position(base + e.offset);
        return new ValuesParseError(`${prefix}error converting YAML to JSON: yaml: ${e.goMessage}`, text.file, pos.line, pos.col);
    }
    return e;
}
/**
 * Reads a values file (chart values.yaml or a -f file). `file` is the path reported in
 * source ranges (relative to the scanned root). Throws ValuesParseError with Helm's
 * wording (without Helm's `cannot load values.yaml: ` / `failed to parse X: ` prefix).
 */
function readValuesYaml(source, file) {
    const text = textOf(file, source);
    let values = {};
    for (const chunk of splitYamlStream(source)) {
        let current;
        try {
            current = (0,_goyaml_convert_js__WEBPACK_IMPORTED_MODULE_6__/* .toGoValue */ .z8)((0,_goyaml_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFirstDocument */ .jE)(chunk.text), { sites: { text, base: chunk.start } });
        }
        catch (e) {
            throw decodeError(e, text, chunk.start, 'cannot unmarshal yaml document: ');
        }
        if (current === null)
            continue;
        if (!(0,_template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoMap */ .Rb)(current)) {
            const pos = text.position(chunk.start);
            throw new ValuesParseError(`cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(current)} into Go value of type map[string]interface {}`, file, pos.line, pos.col);
        }
        values = mergeMaps(values, current);
    }
    return values;
}
/**
 * The first document of a YAML file (what go-yaml v2's Unmarshal reads), with ints kept as
 * bigint. For Chart.yaml and requirements.yaml, which Helm decodes into typed structs.
 */
function readYamlFirstDocument(source, file) {
    const text = textOf(file, source);
    try {
        return (0,_goyaml_convert_js__WEBPACK_IMPORTED_MODULE_6__/* .toGoValue */ .z8)((0,_goyaml_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFirstDocument */ .jE)(source), { bigInts: true });
    }
    catch (e) {
        throw decodeError(e, text, 0, '');
    }
}
/** loader.MergeMaps: b over a, recursing where both sides hold maps; origins follow. */
function mergeMaps(a, b) {
    const out = {};
    for (const k of Object.keys(a)) {
        (0,_gomap_js__WEBPACK_IMPORTED_MODULE_4__/* .setKey */ .qL)(out, k, a[k]);
        (0,_origins_js__WEBPACK_IMPORTED_MODULE_2__/* .copySite */ .lB)(a, k, out, k);
    }
    for (const k of Object.keys(b)) {
        const v = b[k];
        const prev = (0,_gomap_js__WEBPACK_IMPORTED_MODULE_4__/* .hasKey */ .CJ)(out, k) ? out[k] : undefined;
        (0,_gomap_js__WEBPACK_IMPORTED_MODULE_4__/* .setKey */ .qL)(out, k, (0,_template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoMap */ .Rb)(v) && prev !== undefined && (0,_template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoMap */ .Rb)(prev) ? mergeMaps(prev, v) : v);
        (0,_origins_js__WEBPACK_IMPORTED_MODULE_2__/* .copySite */ .lB)(b, k, out, k);
    }
    return out;
}


/***/ }),

/***/ 2562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ns: () => (/* binding */ unmarshalArray),
/* harmony export */   U0: () => (/* binding */ parseJsonTree),
/* harmony export */   e1: () => (/* binding */ unmarshalAny),
/* harmony export */   jK: () => (/* binding */ unmarshalObject)
/* harmony export */ });
/* unused harmony export checkValid */
/* harmony import */ var _json_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1876);

/** Go's quoteChar for scanner errors: it quotes the offending byte as a rune. */
function quoteChar(ch) {
    if (ch === "'")
        return `'\\''`;
    if (ch === '"')
        return `'"'`;
    const cp = ch.codePointAt(0);
    // The scanner sees bytes: a multi-byte character is reported by its first byte, which
    // string(byte) turns into the Latin-1 rune of that value.
    const b = cp < 0x80
        ? cp
        : cp < 0x800
            ? 0xc0 | (cp >> 6)
            : cp < 0x10000
                ? 0xe0 | (cp >> 12)
                : 0xf0 | (cp >> 18);
    const named = {
        7: 'a',
        8: 'b',
        9: 't',
        10: 'n',
        11: 'v',
        12: 'f',
        13: 'r',
        0x5c: '\\',
    };
    if (named[b] !== undefined)
        return `'\\${named[b]}'`;
    if (b < 0x20 || b === 0x7f)
        return `'\\x${b.toString(16).padStart(2, '0')}'`;
    if ((b >= 0x80 && b <= 0xa0) || b === 0xad)
        return `'\\u${b.toString(16).padStart(4, '0')}'`;
    return `'${String.fromCharCode(b)}'`;
}
const endOfInput = 'unexpected end of JSON input';
/**
 * Go's JSON syntax check (scanner.go's checkValid), throwing Go's message. At the end of
 * the input Go's scanner is fed one space, so a number, literal or escape cut short is
 * reported as an invalid ' ' rather than as the end of input.
 */
function checkValid(s) {
    let i = 0;
    const n = s.length;
    const ch = () => (i < n ? String.fromCodePoint(s.codePointAt(i)) : ' ');
    const fail = (context) => {
        throw new _json_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .GoJsonError */ .tU(`invalid character ${quoteChar(ch())} ${context}`);
    };
    const ws = () => {
        while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r'))
            i++;
    };
    const need = () => {
        if (i >= n)
            throw new _json_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .GoJsonError */ .tU(endOfInput);
    };
    const isDigit = () => i < n && s[i] >= '0' && s[i] <= '9';
    const literal = (word) => {
        for (let k = 1; k < word.length; k++) {
            if (i >= n || s[i] !== word[k])
                fail(`in literal ${word} (expecting ${quoteChar(word[k])})`);
            i++;
        }
    };
    const number = () => {
        if (s[i] === '-') {
            i++;
            if (!isDigit())
                fail('in numeric literal');
        }
        if (s[i] === '0')
            i++;
        else
            while (isDigit())
                i++;
        if (i < n && s[i] === '.') {
            i++;
            if (!isDigit())
                fail('after decimal point in numeric literal');
            while (isDigit())
                i++;
        }
        if (i < n && (s[i] === 'e' || s[i] === 'E')) {
            i++;
            if (i < n && (s[i] === '+' || s[i] === '-'))
                i++;
            if (!isDigit())
                fail('in exponent of numeric literal');
            while (isDigit())
                i++;
        }
    };
    const string = () => {
        i++;
        for (;;) {
            need();
            const c = s.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return;
            }
            if (c === 0x5c) {
                i++;
                if (i < n && '"\\/bfnrt'.includes(s[i])) {
                    i++;
                    continue;
                }
                if (i >= n || s[i] !== 'u')
                    fail('in string escape code');
                i++;
                for (let k = 0; k < 4; k++) {
                    if (i >= n || !/[0-9a-fA-F]/.test(s[i]))
                        fail('in \\u hexadecimal character escape');
                    i++;
                }
                continue;
            }
            if (c < 0x20)
                fail('in string literal');
            i++;
        }
    };
    const value = () => {
        ws();
        need();
        const c = s[i];
        if (c === '{') {
            i++;
            ws();
            need();
            if (s[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                need();
                if (s[i] !== '"')
                    fail('looking for beginning of object key string');
                string();
                ws();
                need();
                if (s[i] !== ':')
                    fail('after object key');
                i++;
                value();
                ws();
                need();
                if (s[i] === ',') {
                    i++;
                    continue;
                }
                if (s[i] === '}') {
                    i++;
                    return;
                }
                fail('after object key:value pair');
            }
        }
        if (c === '[') {
            i++;
            ws();
            need();
            if (s[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value();
                ws();
                need();
                if (s[i] === ',') {
                    i++;
                    continue;
                }
                if (s[i] === ']') {
                    i++;
                    return;
                }
                fail('after array element');
            }
        }
        if (c === '"')
            return string();
        if (c === '-' || (c >= '0' && c <= '9'))
            return number();
        i++;
        if (c === 't')
            return literal('true');
        if (c === 'f')
            return literal('false');
        if (c === 'n')
            return literal('null');
        i--;
        fail('looking for beginning of value');
    };
    value();
    ws();
    if (i < n)
        fail('after top-level value');
}
const numberPattern = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
function unquote(raw) {
    // The scanner already validated the escapes; JSON.parse decodes them. Lone surrogate
    // escapes become U+FFFD as Go decodes them.
    const v = JSON.parse(raw);
    return v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
function skipWs(d) {
    while (d.i < d.s.length && ' \t\n\r'.includes(d.s[d.i]))
        d.i++;
}
function scanString(d) {
    const start = d.i;
    d.i++;
    while (d.s[d.i] !== '"')
        d.i += d.s[d.i] === '\\' ? 2 : 1;
    d.i++;
    return unquote(d.s.slice(start, d.i));
}
/** Builds one value of a document checkValid accepted. */
function decodeValue(d, b) {
    skipWs(d);
    const c = d.s[d.i];
    if (c === '{') {
        d.i++;
        const entries = [];
        skipWs(d);
        if (d.s[d.i] === '}') {
            d.i++;
            return b.object(entries);
        }
        for (;;) {
            skipWs(d);
            const k = scanString(d);
            skipWs(d);
            d.i++; // ':'
            entries.push([k, decodeValue(d, b)]);
            skipWs(d);
            if (d.s[d.i++] === '}')
                return b.object(entries);
        }
    }
    if (c === '[') {
        d.i++;
        const items = [];
        skipWs(d);
        if (d.s[d.i] === ']') {
            d.i++;
            return b.array(items);
        }
        for (;;) {
            items.push(decodeValue(d, b));
            skipWs(d);
            if (d.s[d.i++] === ']')
                return b.array(items);
        }
    }
    if (c === '"')
        return b.scalar(scanString(d));
    if (c === 't') {
        d.i += 4;
        return b.scalar(true);
    }
    if (c === 'f') {
        d.i += 5;
        return b.scalar(false);
    }
    if (c === 'n') {
        d.i += 4;
        return b.scalar(null);
    }
    numberPattern.lastIndex = d.i;
    const text = numberPattern.exec(d.s)[0];
    d.i += text.length;
    return b.number(text, d);
}
/** Sets a key on a decoded map without tripping over Object.prototype names. */
function setOwn(m, k, v) {
    if (k === '__proto__')
        Object.defineProperty(m, k, { value: v, enumerable: true, writable: true, configurable: true });
    else
        m[k] = v;
}
/** Go values as json.Unmarshal into interface{} makes them. */
const goValues = {
    object(entries) {
        const m = {};
        for (const [k, v] of entries)
            setOwn(m, k, v);
        return m;
    },
    array: (items) => items,
    number(text, d) {
        const f = Number(text);
        if (Number.isFinite(f))
            return f;
        d.saved ??= new _json_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .GoJsonError */ .tU(`json: cannot unmarshal number ${text} into Go value of type float64`);
        return null;
    },
    scalar: (v) => v,
};
/** The encoder's tree: numbers as written, object entries in document order. */
const jsonTrees = {
    object: (entries) => new _json_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonObject */ .Y5(entries),
    array: (items) => items,
    number: (text) => new _json_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP(text),
    scalar: (v) => v,
};
/**
 * A marshaler's output as a tree (what Go's compact step keeps of it); throws GoJsonError
 * with the scanner's message when it is not valid JSON.
 */
function parseJsonTree(s) {
    checkValid(s);
    return decodeValue({ s, i: 0 }, jsonTrees);
}
function kindOf(s) {
    let i = 0;
    while (i < s.length && ' \t\n\r'.includes(s[i]))
        i++;
    const c = s[i];
    if (c === '{')
        return 'object';
    if (c === '[')
        return 'array';
    if (c === '"')
        return 'string';
    if (c === 't' || c === 'f')
        return 'bool';
    if (c === 'n')
        return 'null';
    return 'number';
}
/** json.Unmarshal into a value of `goType`, whose empty value is `empty()`. */
function unmarshalInto(s, kind, goType, empty) {
    try {
        checkValid(s);
    }
    catch (e) {
        return { value: empty(), error: e };
    }
    const found = kindOf(s);
    // A `null` document leaves a map or slice nil (here empty).
    if (found === 'null')
        return { value: empty() };
    if (found !== kind) {
        return {
            value: empty(),
            error: new _json_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .GoJsonError */ .tU(`json: cannot unmarshal ${found} into Go value of type ${goType}`),
        };
    }
    const d = { s, i: 0 };
    const value = decodeValue(d, goValues);
    return { value, error: d.saved };
}
/** json.Unmarshal into a map[string]interface{}; a type error leaves it empty. */
function unmarshalObject(s) {
    return unmarshalInto(s, 'object', 'map[string]interface {}', () => ({}));
}
/** json.Unmarshal into a []interface{}. */
function unmarshalArray(s) {
    return unmarshalInto(s, 'array', '[]interface {}', () => []);
}
/** json.Unmarshal into an interface{}. */
function unmarshalAny(s) {
    try {
        checkValid(s);
    }
    catch (e) {
        return { value: null, error: e };
    }
    const d = { s, i: 0 };
    const value = decodeValue(d, goValues);
    return { value, error: d.saved };
}


/***/ }),

/***/ 982:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ marshalTree),
/* harmony export */   HA: () => (/* binding */ registerJsonFields),
/* harmony export */   WP: () => (/* reexport safe */ _json_tree_js__WEBPACK_IMPORTED_MODULE_5__.WP),
/* harmony export */   l5: () => (/* binding */ marshalJson),
/* harmony export */   tU: () => (/* reexport safe */ _json_tree_js__WEBPACK_IMPORTED_MODULE_5__.tU),
/* harmony export */   uN: () => (/* binding */ rfc3339Nano),
/* harmony export */   x9: () => (/* binding */ marshalTextOf)
/* harmony export */ });
/* unused harmony exports formatJsonFloat, quoteJsonString, jsonText */
/* harmony import */ var _template_gotypes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2792);
/* harmony import */ var _template_sort_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2359);
/* harmony import */ var _template_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1886);
/* harmony import */ var _funcs_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(708);
/* harmony import */ var _go_json_decode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2562);
/* harmony import */ var _json_tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1876);
/* harmony import */ var _core_budget_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6785);
/**
 * Go's encoding/json encoder, the one every template JSON function uses: Helm's
 * toJson/mustToJson, Sprig's toPrettyJson/toRawJson (and their must* forms), and
 * sigs.k8s.io/yaml under toYaml.
 *
 * Map keys sorted by bytes; `<`, `>`, `&` escaped unless escapeHTML is off
 * (json.Encoder.SetEscapeHTML), U+2028 and U+2029 always; floats in Go's JSON form (1e+21,
 * 1e-7, -0); []byte as base64; nil slices as null; time.Time as RFC 3339; a value with a
 * MarshalJSON or MarshalText method (Sprig's semver) by that method; structs by their
 * JSON field names; Go's error texts for values JSON cannot hold. Output is compact as
 * json.Marshal writes it, or indented as json.MarshalIndent does.
 */








const structFields = new Map();
/**
 * Declares the JSON tags of a Go struct type (by GoStruct.typeName, e.g.
 * "*chart.Metadata"). Without a declaration, a struct marshals as Go does an untagged
 * struct: every exported field under its Go name, in field order.
 */
function registerJsonFields(typeName, fields) {
    structFields.set(typeName, fields);
}
// ---- marshal ---------------------------------------------------------------------------
/** json.Marshal(v) as a tree; throws GoJsonError with Go's message. */
function marshalTree(v) {
    return marshalValue(v, new Set());
}
/**
 * `path` holds the maps and lists being marshaled: a value that contains itself (Sprig's
 * `set` can build one) is the cycle encoding/json reports instead of recursing forever.
 */
function marshalValue(v, path) {
    // A chart can share one subtree many times over (2^40 nodes in 40 lines of `dict`).
    (0,_core_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .work */ .oJ)();
    if (v === null || v === undefined)
        return null;
    switch (typeof v) {
        case 'boolean':
            return v;
        case 'string':
            return v;
        case 'number':
            return new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonNumber */ .WP(formatJsonFloat(v));
        case 'bigint':
            return new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonNumber */ .WP(v.toString());
        case 'function':
            throw new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .GoJsonError */ .tU(`json: unsupported type: ${(0,_template_gotypes_js__WEBPACK_IMPORTED_MODULE_0__/* .goTypeName */ .O4)(v)}`);
    }
    if (v instanceof Uint8Array)
        return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov)
        return new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonNumber */ .WP(v.value.toString());
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoTime */ .yT)
        return rfc3339Nano(v, true);
    const methods = v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoStruct */ .On ? v.methods : (0,_template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .namedTypeOf */ .FX)(v)?.methods;
    if (methods?.MarshalJSON)
        return callMarshalJSON(v, methods.MarshalJSON);
    if (methods?.MarshalText)
        return callMarshalText(v, methods.MarshalText);
    if (Array.isArray(v)) {
        if ((0,_funcs_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isNilSlice */ .uv)(v))
            return null;
        enter(v, path, '[]interface {}');
        const out = v.map((e) => marshalValue(e, path));
        path.delete(v);
        return out;
    }
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoStruct */ .On) {
        enter(v, path, v.typeName);
        const out = marshalStruct(v, path);
        path.delete(v);
        return out;
    }
    if ((0,_template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoMap */ .Rb)(v)) {
        enter(v, path, 'map[string]interface {}');
        const keys = Object.keys(v).sort(_template_sort_js__WEBPACK_IMPORTED_MODULE_6__/* .compareGoStrings */ .m);
        const out = new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonObject */ .Y5(keys.map((k) => [k, marshalValue(v[k], path)]));
        path.delete(v);
        return out;
    }
    throw new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .GoJsonError */ .tU(`json: unsupported type: ${(0,_template_gotypes_js__WEBPACK_IMPORTED_MODULE_0__/* .goTypeName */ .O4)(v)}`);
}
function enter(v, path, goType) {
    if (path.has(v))
        throw new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .GoJsonError */ .tU(`json: unsupported value: encountered a cycle via ${goType}`);
    path.add(v);
}
/** What a marshaler method returned ([]byte or string), or Go's wrapped error. */
function callMarshaler(v, name, method) {
    let out;
    try {
        out = method();
    }
    catch (e) {
        throw new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .GoJsonError */ .tU(`json: error calling ${name} for type ${(0,_template_gotypes_js__WEBPACK_IMPORTED_MODULE_0__/* .goTypeName */ .O4)(v)}: ${e.message}`);
    }
    return out instanceof Uint8Array ? Buffer.from(out).toString('utf8') : String(out ?? '');
}
/** Go compacts a MarshalJSON result into the output after checking that it is JSON. */
function callMarshalJSON(v, method) {
    const text = callMarshaler(v, 'MarshalJSON', method);
    try {
        return (0,_go_json_decode_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonTree */ .U0)(text);
    }
    catch (e) {
        throw new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .GoJsonError */ .tU(`json: error calling MarshalJSON for type ${(0,_template_gotypes_js__WEBPACK_IMPORTED_MODULE_0__/* .goTypeName */ .O4)(v)}: ${e.message}`);
    }
}
/**
 * The text of a value whose Go type implements encoding.TextMarshaler (Sprig's semver),
 * which go-yaml v3 and the TOML encoder write as a string; undefined for other values.
 */
function marshalTextOf(v) {
    if (typeof v !== 'object' || v === null)
        return undefined;
    const methods = v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoStruct */ .On ? v.methods : (0,_template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .namedTypeOf */ .FX)(v)?.methods;
    if (!methods?.MarshalText)
        return undefined;
    const out = methods.MarshalText();
    return out instanceof Uint8Array ? Buffer.from(out).toString('utf8') : String(out ?? '');
}
/** A TextMarshaler (without MarshalJSON) is written as the JSON string of its text. */
function callMarshalText(v, method) {
    return callMarshaler(v, 'MarshalText', method);
}
function marshalStruct(s, path) {
    const spec = structFields.get(s.typeName) ?? s.fieldOrder.filter(isExported).map((field) => ({ field }));
    const entries = [];
    for (const f of spec) {
        if (f.key === '-')
            continue;
        if (!(f.field in s.fields))
            continue;
        const value = s.fields[f.field];
        if (f.omitEmpty && isEmptyValue(value))
            continue;
        entries.push([f.key ?? f.field, marshalValue(value, path)]);
    }
    return new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonObject */ .Y5(entries);
}
/** Go marshals only exported fields: those whose name starts with an upper-case letter. */
function isExported(field) {
    const first = String.fromCodePoint(field.codePointAt(0) ?? 0);
    return first !== first.toLowerCase() && first === first.toUpperCase();
}
/** encoding/json's isEmptyValue (omitempty): false, 0, "", nil, and empty collections. */
function isEmptyValue(v) {
    if (v === null || v === false || v === '' || v === 0 || v === 0n)
        return true;
    if (v instanceof _template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov)
        return v.value === 0n;
    if (Array.isArray(v))
        return v.length === 0;
    if (v instanceof Uint8Array)
        return v.length === 0;
    if ((0,_template_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoMap */ .Rb)(v))
        return Object.keys(v).length === 0;
    return false;
}
/** encoding/json's float64 form: %f between 1e-6 and 1e21, else %e with a short exponent. */
function formatJsonFloat(f) {
    if (!Number.isFinite(f)) {
        throw new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .GoJsonError */ .tU(`json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
    }
    if (f === 0)
        return Object.is(f, -0) ? '-0' : '0';
    // JavaScript switches to exponent form at the same bounds and prints the same shortest
    // digits; only its exponent lacks Go's leading zero, which JSON strips again anyway.
    return String(f);
}
function pad(n, w) {
    return String(n).padStart(w, '0');
}
/** time.Time in RFC 3339 with nanoseconds, as MarshalJSON and YAML encoders print it. */
function rfc3339Nano(t, forJson) {
    const local = new Date(t.epochMillis + t.offsetMinutes * 60000);
    const year = local.getUTCFullYear();
    if (forJson && (year < 0 || year > 9999)) {
        throw new _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .GoJsonError */ .tU('json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: year outside of range [0,9999]');
    }
    const ms = ((t.epochMillis % 1000) + 1000) % 1000;
    const nanos = ms * 1e6 + t.extraNanos;
    const frac = nanos === 0 ? '' : ('.' + pad(nanos, 9)).replace(/0+$/, '');
    let zone = 'Z';
    if (t.offsetMinutes !== 0) {
        const abs = Math.abs(t.offsetMinutes);
        zone = (t.offsetMinutes < 0 ? '-' : '+') + pad(Math.floor(abs / 60), 2) + ':' + pad(abs % 60, 2);
    }
    const y = year < 0 ? '-' + pad(-year, 4) : pad(year, 4);
    return (`${y}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}T` +
        `${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}${frac}${zone}`);
}
const hexDigits = '0123456789abcdef';
/** A Go string as encoding/json writes it (HTML-safe unless escapeHTML is false). */
function quoteJsonString(s, escapeHTML = true) {
    let out = '"';
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        let esc;
        if (c < 0x20) {
            switch (c) {
                case 0x08:
                    esc = '\\b';
                    break;
                case 0x0c:
                    esc = '\\f';
                    break;
                case 0x0a:
                    esc = '\\n';
                    break;
                case 0x0d:
                    esc = '\\r';
                    break;
                case 0x09:
                    esc = '\\t';
                    break;
                default:
                    esc = '\\u00' + hexDigits[c >> 4] + hexDigits[c & 15];
            }
        }
        else if (c === 0x22)
            esc = '\\"';
        else if (c === 0x5c)
            esc = '\\\\';
        else if (escapeHTML && c === 0x3c)
            esc = '\\u003c';
        else if (escapeHTML && c === 0x3e)
            esc = '\\u003e';
        else if (escapeHTML && c === 0x26)
            esc = '\\u0026';
        else if (c === 0x2028)
            esc = '\\u2028';
        else if (c === 0x2029)
            esc = '\\u2029';
        else if (c >= 0xd800 && c < 0xe000) {
            const next = s.charCodeAt(i + 1);
            if (c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
                i++;
                continue;
            }
            // A lone surrogate stands for text that was not UTF-8 where it came from (a YAML
            // or JSON file), which Go reads as the replacement character.
            esc = '\ufffd';
        }
        if (esc !== undefined) {
            out += s.slice(start, i) + esc;
            start = i + 1;
        }
    }
    return out + s.slice(start) + '"';
}
/** The JSON text of a marshaled tree, compact (json.Marshal) or indented (MarshalIndent). */
function jsonText(t, format = {}) {
    const parts = [];
    const escapeHTML = format.escapeHTML ?? true;
    if (format.indent !== undefined || format.prefix !== undefined) {
        writeIndented(t, parts, escapeHTML, '\n' + (format.prefix ?? ''), format.indent ?? '');
    }
    else
        writeCompact(t, parts, escapeHTML);
    return parts.join('');
}
function writeScalar(t, out, html) {
    if (t === null)
        out.push('null');
    else if (typeof t === 'boolean')
        out.push(t ? 'true' : 'false');
    else if (typeof t === 'string')
        out.push(quoteJsonString(t, html));
    else
        out.push(t.text);
}
function writeCompact(t, out, html) {
    if (Array.isArray(t)) {
        out.push('[');
        t.forEach((e, i) => {
            if (i > 0)
                out.push(',');
            writeCompact(e, out, html);
        });
        out.push(']');
    }
    else if (t instanceof _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonObject */ .Y5) {
        out.push('{');
        t.entries.forEach(([k, e], i) => {
            if (i > 0)
                out.push(',');
            out.push(quoteJsonString(k, html), ':');
            writeCompact(e, out, html);
        });
        out.push('}');
    }
    else
        writeScalar(t, out, html);
}
/** `nl` is a newline and the prefix; empty collections stay `[]` and `{}` as in Go. */
function writeIndented(t, out, html, nl, indent) {
    const inner = nl + indent;
    if (Array.isArray(t)) {
        if (t.length === 0)
            return void out.push('[]');
        out.push('[');
        t.forEach((e, i) => {
            out.push(i > 0 ? ',' + inner : inner);
            writeIndented(e, out, html, inner, indent);
        });
        out.push(nl, ']');
    }
    else if (t instanceof _json_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonObject */ .Y5) {
        if (t.entries.length === 0)
            return void out.push('{}');
        out.push('{');
        t.entries.forEach(([k, e], i) => {
            out.push(i > 0 ? ',' + inner : inner, quoteJsonString(k, html), ': ');
            writeIndented(e, out, html, inner, indent);
        });
        out.push(nl, '}');
    }
    else
        writeScalar(t, out, html);
}
/** json.Marshal(v) as text, or MarshalIndent / an Encoder's output by `format`; throws GoJsonError. */
function marshalJson(v, format) {
    return jsonText(marshalTree(v), format);
}


/***/ }),

/***/ 1876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WP: () => (/* binding */ JsonNumber),
/* harmony export */   Y5: () => (/* binding */ JsonObject),
/* harmony export */   tU: () => (/* binding */ GoJsonError)
/* harmony export */ });
/**
 * The JSON document Go's encoding/json writes, as a tree: what the encoder (./go-json.ts)
 * builds and prints, what sigs.k8s.io/yaml reads back for toYaml (./to-yaml.ts), and what
 * the decoder (./go-json-decode.ts) makes of a MarshalJSON method's output.
 */
/** A marshaled JSON number, kept as Go printed it. */
class JsonNumber {
    text;
    constructor(text) {
        this.text = text;
    }
}
class JsonObject {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
}
/** An error json.Marshal or json.Unmarshal returns; the message is Go's. */
class GoJsonError extends Error {
}


/***/ }),

/***/ 7205:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ isOldBool),
/* harmony export */   Al: () => (/* binding */ isBase60Float),
/* harmony export */   Rg: () => (/* binding */ resolvePlain),
/* harmony export */   _L: () => (/* binding */ parseGoUint),
/* harmony export */   bm: () => (/* binding */ parseGoInt)
/* harmony export */ });
/* unused harmony exports parseGoFloatSyntax, isGoTimestamp */
/* harmony import */ var _template_literals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9439);
/**
 * Plain-scalar resolution as go-yaml does it (go.yaml.in/yaml v2.4 for toYaml and
 * fromYaml, v3.0 for toYamlPretty). The encoders ask it whether a string would read back
 * as something else when written plain (then they quote it); the decoder asks it what a
 * plain scalar means. Go's strconv syntax (base prefixes, underscores, range errors) and
 * time.Parse's field rules decide, so the edges are Go's, not YAML 1.1's regexes.
 */

const nulls = new Set(['', '~', 'null', 'Null', 'NULL']);
const v2True = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const v2False = new Set([
    'n',
    'N',
    'no',
    'No',
    'NO',
    'false',
    'False',
    'FALSE',
    'off',
    'Off',
    'OFF',
]);
const v3True = new Set(['true', 'True', 'TRUE']);
const v3False = new Set(['false', 'False', 'FALSE']);
const oldBools = new Set([
    'y',
    'Y',
    'yes',
    'Yes',
    'YES',
    'on',
    'On',
    'ON',
    'n',
    'N',
    'no',
    'No',
    'NO',
    'off',
    'Off',
    'OFF',
]);
const nans = new Set(['.nan', '.NaN', '.NAN']);
const posInfs = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']);
const negInfs = new Set(['-.inf', '-.Inf', '-.INF']);
const MAX_INT64 = (1n << 63n) - 1n;
const MAX_UINT64 = (1n << 64n) - 1n;
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const base60float = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
/** What a plain scalar resolves to with no explicit tag; `v3` selects go-yaml v3's table. */
function resolvePlain(s, v3 = false) {
    if (s === '')
        return { tag: 'null', value: null };
    const c = s.charCodeAt(0);
    // The first byte decides which rules apply at all (go-yaml's resolveTable hint).
    const isDigit = c >= 0x30 && c <= 0x39;
    const isSign = c === 0x2b || c === 0x2d;
    const inMap = 'yYnNtTfFoO~'.includes(s[0]);
    const isDot = c === 0x2e;
    if (!isDigit && !isSign && !inMap && !isDot)
        return { tag: 'str', value: s };
    if (nulls.has(s))
        return { tag: 'null', value: null };
    if (v3 ? v3True.has(s) : v2True.has(s))
        return { tag: 'bool', value: true };
    if (v3 ? v3False.has(s) : v2False.has(s))
        return { tag: 'bool', value: false };
    if (nans.has(s))
        return { tag: 'float', value: NaN };
    if (posInfs.has(s))
        return { tag: 'float', value: Infinity };
    if (negInfs.has(s))
        return { tag: 'float', value: -Infinity };
    if (s === '<<')
        return { tag: 'merge', value: s };
    if (isDot) {
        const f = parseGoFloatSyntax(s);
        if (f !== undefined)
            return { tag: 'float', value: f };
        return { tag: 'str', value: s };
    }
    if (!isDigit && !isSign)
        return { tag: 'str', value: s };
    if (isGoTimestamp(s))
        return { tag: 'timestamp', value: s };
    const plain = s.replace(/_/g, '');
    const i = parseGoInt(plain);
    if (typeof i === 'bigint')
        return { tag: 'int', value: i };
    const u = parseGoUint(plain);
    if (typeof u === 'bigint')
        return { tag: 'int', value: u };
    if (yamlStyleFloat.test(plain)) {
        const f = Number(plain);
        if (Number.isFinite(f))
            return { tag: 'float', value: f };
    }
    const bin = binaryInt(plain, v3);
    if (bin !== undefined)
        return { tag: 'int', value: bin };
    return { tag: 'str', value: s };
}
/** go-yaml's `0b`/`-0b` (and in v3 `0o`/`-0o`) fallbacks after the base-0 parse failed. */
function binaryInt(plain, v3) {
    const prefixes = v3
        ? [
            ['0b', 2],
            ['0o', 8],
        ]
        : [['0b', 2]];
    for (const [p, base] of prefixes) {
        if (plain.startsWith(p)) {
            const v = parseDigits(plain.slice(2), base);
            if (v !== undefined && v <= MAX_UINT64)
                return v;
            return undefined;
        }
        if (plain.startsWith('-' + p)) {
            const v = parseDigits(plain.slice(3), base);
            if (v !== undefined && v <= MAX_INT64 + 1n)
                return -v;
            return undefined;
        }
    }
    return undefined;
}
function parseDigits(s, base) {
    if (s === '')
        return undefined;
    let v = 0n;
    const b = BigInt(base);
    for (let i = 0; i < s.length; i++) {
        const d = digitValue(s.charCodeAt(i));
        if (d >= base)
            return undefined;
        v = v * b + BigInt(d);
    }
    return v;
}
function digitValue(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    const l = c | 0x20;
    if (l >= 0x61 && l <= 0x7a)
        return l - 0x61 + 10;
    return 99;
}
/** strconv.ParseUint(s, 0, 64) without underscores: the value, or why it failed. */
function parseGoUint(s) {
    if (s === '')
        return 'syntax';
    let base = 10;
    let body = s;
    if (s[0] === '0') {
        const p = s.length >= 3 ? s[1].toLowerCase() : '';
        if (p === 'b')
            base = 2;
        else if (p === 'o')
            base = 8;
        else if (p === 'x')
            base = 16;
        else
            base = 8;
        body = base === 8 && p !== 'o' ? s.slice(1) : s.slice(2);
    }
    let v = 0n;
    const b = BigInt(base);
    let overflow = false;
    for (let i = 0; i < body.length; i++) {
        const d = digitValue(body.charCodeAt(i));
        if (d >= base)
            return 'syntax';
        if (!overflow) {
            v = v * b + BigInt(d);
            if (v > MAX_UINT64)
                overflow = true;
        }
    }
    return overflow ? 'range' : v;
}
/** strconv.ParseInt(s, 0, 64) without underscores. */
function parseGoInt(s) {
    if (s === '')
        return 'syntax';
    let neg = false;
    let body = s;
    if (s[0] === '+')
        body = s.slice(1);
    else if (s[0] === '-') {
        neg = true;
        body = s.slice(1);
    }
    const u = parseGoUint(body);
    if (u === 'syntax')
        return u;
    if (u === 'range')
        return 'range';
    if (!neg && u > MAX_INT64)
        return 'range';
    if (neg && u > MAX_INT64 + 1n)
        return 'range';
    return neg ? -u : u;
}
/**
 * strconv.ParseFloat(s, 64) for the inputs go-yaml hands it unfiltered (those starting
 * with '.'): Go's decimal float syntax with digit-separating underscores. Undefined when
 * Go reports an error (syntax, or overflow to infinity).
 */
function parseGoFloatSyntax(s) {
    const m = /^([-+]?)([0-9_]*(?:\.[0-9_]*)?)(?:([eE])([-+]?)([0-9][0-9_]*))?$/.exec(s);
    if (!m)
        return undefined;
    if (!/[0-9]/.test(m[2]))
        return undefined;
    if (s.includes('_') && !(0,_template_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .underscoreOK */ .xT)(s))
        return undefined;
    const f = Number(s.replace(/_/g, ''));
    if (!Number.isFinite(f))
        return undefined;
    return f;
}
/** YAML 1.1 sexagesimal numbers, which go-yaml quotes on output for older readers. */
function isBase60Float(s) {
    if (s === '')
        return false;
    const c = s[0];
    if (!(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':'))
        return false;
    return base60float.test(s);
}
/** YAML 1.1 booleans that go-yaml v3 no longer reads as bools but still quotes. */
function isOldBool(s) {
    return oldBools.has(s);
}
// ---- timestamps -------------------------------------------------------------------------
/**
 * go-yaml's parseTimestamp: a value time.Parse accepts with one of the layouts
 * "2006-1-2T15:4:5.999999999Z07:00", the same with 't', "2006-1-2 15:4:5.999999999"
 * and "2006-1-2". Go validates month, day-of-month, hour, minute and second ranges.
 */
function isGoTimestamp(s) {
    let i = 0;
    while (i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39)
        i++;
    if (i !== 4 || i === s.length || s[i] !== '-')
        return false;
    return (parseLayout(s, 'T', true) ||
        parseLayout(s, 't', true) ||
        parseLayout(s, ' ', false) ||
        parseDate(s) !== undefined);
}
class Cursor {
    s;
    i;
    constructor(s, i = 0) {
        this.s = s;
        this.i = i;
    }
    get rest() {
        return this.s.slice(this.i);
    }
}
function isDigitAt(s, i) {
    return i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39;
}
/** time's getnum with fixed=false: one or two digits. */
function getnum(c) {
    if (!isDigitAt(c.s, c.i))
        return undefined;
    if (!isDigitAt(c.s, c.i + 1)) {
        return c.s.charCodeAt(c.i++) - 0x30;
    }
    const v = (c.s.charCodeAt(c.i) - 0x30) * 10 + (c.s.charCodeAt(c.i + 1) - 0x30);
    c.i += 2;
    return v;
}
function daysIn(month, year) {
    if (month === 2) {
        const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
        return leap ? 29 : 28;
    }
    return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
/** "2006-1-2" prefix; returns the cursor after the day, or undefined. */
function parseDatePart(c) {
    const year = Number(c.s.slice(0, 4));
    c.i = 4;
    if (c.s[c.i] !== '-')
        return undefined;
    c.i++;
    const month = getnum(c);
    if (month === undefined || month < 1 || month > 12)
        return undefined;
    if (c.s[c.i] !== '-')
        return undefined;
    c.i++;
    const day = getnum(c);
    if (day === undefined)
        return undefined;
    return { year, month, day };
}
function validDay(d) {
    return d.day >= 1 && d.day <= daysIn(d.month, d.year);
}
function parseDate(s) {
    const c = new Cursor(s);
    const d = parseDatePart(c);
    if (!d || c.i !== s.length || !validDay(d))
        return undefined;
    return c;
}
function parseLayout(s, sep, zone) {
    const c = new Cursor(s);
    const d = parseDatePart(c);
    if (!d)
        return false;
    if (sep === ' ') {
        // A space in a layout matches one or more spaces (or the end of the value).
        if (c.i < s.length && s[c.i] !== ' ')
            return false;
        while (s[c.i] === ' ')
            c.i++;
    }
    else {
        if (s[c.i] !== sep)
            return false;
        c.i++;
    }
    const hour = getnum(c);
    if (hour === undefined || hour >= 24)
        return false;
    if (s[c.i] !== ':')
        return false;
    c.i++;
    const min = getnum(c);
    if (min === undefined || min >= 60)
        return false;
    if (s[c.i] !== ':')
        return false;
    c.i++;
    const sec = getnum(c);
    if (sec === undefined || sec >= 60)
        return false;
    // Optional fraction (".999999999" in the layout): a period or comma and digits.
    if ((s[c.i] === '.' || s[c.i] === ',') && isDigitAt(s, c.i + 1)) {
        c.i++;
        while (isDigitAt(s, c.i))
            c.i++;
    }
    if (zone) {
        if (s[c.i] === 'Z') {
            c.i++;
        }
        else {
            const z = s.slice(c.i);
            if (z.length < 6 || z[3] !== ':')
                return false;
            if (z[0] !== '+' && z[0] !== '-')
                return false;
            if (!/^[0-9]{2}$/.test(z.slice(1, 3)) || !/^[0-9]{2}$/.test(z.slice(4, 6)))
                return false;
            if (Number(z.slice(1, 3)) > 24 || Number(z.slice(4, 6)) > 60)
                return false;
            c.i += 6;
        }
    }
    if (c.i !== s.length)
        return false;
    return validDay(d);
}


/***/ }),

/***/ 9972:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c8: () => (/* binding */ YamlMarshalError),
  WK: () => (/* binding */ encodeYamlPretty),
  _D: () => (/* binding */ marshalYaml)
});

// EXTERNAL MODULE: ./build/template/strconv.js
var strconv = __webpack_require__(1582);
// EXTERNAL MODULE: ./build/template/value.js
var value = __webpack_require__(1886);
;// CONCATENATED MODULE: ./build/helm/yaml/emitter.js
/**
 * The libyaml emitter as go-yaml carries it, reduced to what Helm's encoders produce: one
 * implicit document of block mappings, block sequences, empty flow collections and
 * untagged scalars. Every layout decision (scalar style selection, line folding at the
 * best width, indentation, where breaks and spaces go) follows the C state machine, so the
 * output is byte-identical. Two dialects: go-yaml v2 (toYaml: width 80, sequences not
 * indented under keys) and v3 (toYamlPretty: no folding, indented sequences, tabs allowed
 * in quoted and block styles).
 */
function isBreak(c) {
    return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}
function isBlank(c) {
    return c === 0x20 || c === 0x09;
}
function isBlankz(c) {
    return c === undefined || c === 0x20 || c === 0x09 || c === 0 || isBreak(c);
}
/** libyaml's is_printable, which works on UTF-8 lead bytes: no tabs, no astral planes. */
function isPrintable(c) {
    return (c === 0x0a ||
        (c >= 0x20 && c <= 0x7e) ||
        (c >= 0xa0 && c <= 0xd7ff) ||
        (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff));
}
function utf8Len(c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}
function codePoints(s) {
    const out = [];
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d < 0xe000) {
                out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
                i++;
                continue;
            }
        }
        // A lone surrogate cannot be in a Go string; Go would hold U+FFFD there.
        out.push(c >= 0xd800 && c < 0xe000 ? 0xfffd : c);
    }
    return out;
}
function hex(v, width) {
    return v.toString(16).toUpperCase().padStart(width, '0');
}
var State;
(function (State) {
    State[State["BlockSequenceItem"] = 0] = "BlockSequenceItem";
    State[State["BlockMappingKey"] = 1] = "BlockMappingKey";
    State[State["BlockMappingValue"] = 2] = "BlockMappingValue";
    State[State["Other"] = 3] = "Other";
})(State || (State = {}));
class Emitter {
    out = [];
    column = 0;
    whitespace = true;
    indention = true;
    indent = -1;
    indents = [];
    flowLevel = 0;
    rootContext = false;
    mappingContext = false;
    simpleKeyContext = false;
    v3;
    bestIndent;
    bestWidth;
    constructor(opts) {
        this.v3 = opts.dialect === 'v3';
        this.bestIndent = opts.indent < 2 || opts.indent > 9 ? 2 : opts.indent;
        // v2 leaves best_width 0, which stream start turns into 80; v3 starts at -1 (unlimited).
        this.bestWidth = this.v3 ? 2 ** 31 - 1 : 80;
    }
    /** Emits one implicit document holding `root`, as Marshal/Encode print it. */
    document(root) {
        this.node(root, true, false, false, State.Other);
        // DOCUMENT-END (implicit): only a line break, when the last line is not already empty.
        this.writeIndent();
        return this.out.join('');
    }
    // ---- low-level output ----
    put(s) {
        this.out.push(s);
        this.column++;
    }
    putBreak() {
        this.out.push('\n');
        this.column = 0;
        if (this.v3)
            this.indention = true;
    }
    writeChar(c) {
        this.out.push(String.fromCodePoint(c));
        this.column++;
    }
    /** write_break: a '\n' is a line break; other break characters are copied. */
    writeBreak(c) {
        if (c === 0x0a) {
            this.putBreak();
        }
        else {
            this.writeChar(c);
            this.column = 0;
            if (this.v3)
                this.indention = true;
        }
    }
    writeIndent() {
        const indent = this.indent < 0 ? 0 : this.indent;
        if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
            this.putBreak();
        }
        while (this.column < indent)
            this.put(' ');
        this.whitespace = true;
        if (!this.v3)
            this.indention = true;
    }
    writeIndicator(ind, needWhitespace, isWhitespace, isIndention) {
        if (needWhitespace && !this.whitespace)
            this.put(' ');
        this.out.push(ind);
        this.column += ind.length;
        this.whitespace = isWhitespace;
        this.indention = this.indention && isIndention;
    }
    increaseIndent(flow, indentless, parent) {
        this.indents.push(this.indent);
        if (this.indent < 0) {
            this.indent = flow ? this.bestIndent : 0;
        }
        else if (!indentless) {
            if (!this.v3) {
                this.indent += this.bestIndent;
            }
            else if (parent === State.BlockSequenceItem) {
                this.indent += 2;
            }
            else {
                this.indent =
                    this.bestIndent * Math.trunc((this.indent + this.bestIndent) / this.bestIndent);
            }
        }
    }
    popIndent() {
        this.indent = this.indents.pop();
    }
    // ---- nodes ----
    /** emit_node: `parent` is the state the parent pushed (v3 indents by it). */
    node(n, root, sequence, mapping, parent, simpleKey = false) {
        this.rootContext = root;
        this.mappingContext = mapping;
        this.simpleKeyContext = simpleKey;
        void sequence;
        switch (n.kind) {
            case 'scalar':
                this.scalar(n.value, n.style, parent);
                return;
            case 'seq':
                if (this.flowLevel > 0 || n.items.length === 0)
                    this.emptyFlow('[', ']');
                else
                    this.blockSequence(n.items, parent);
                return;
            case 'map':
                if (this.flowLevel > 0 || n.pairs.length === 0)
                    this.emptyFlow('{', '}');
                else
                    this.blockMapping(n.pairs, parent);
                return;
        }
    }
    /** Flow collections only ever appear empty here: "[]" and "{}". */
    emptyFlow(open, close) {
        this.writeIndicator(open, true, true, false);
        this.writeIndicator(close, false, false, false);
    }
    blockSequence(items, parent) {
        const indentless = this.v3 ? false : this.mappingContext && !this.indention;
        this.increaseIndent(false, indentless, parent);
        for (const item of items) {
            this.writeIndent();
            this.writeIndicator('-', true, false, true);
            this.node(item, false, true, false, State.BlockSequenceItem);
        }
        this.popIndent();
    }
    blockMapping(pairs, parent) {
        this.increaseIndent(false, false, parent);
        for (const [k, v] of pairs) {
            this.writeIndent();
            if (this.checkSimpleKey(k)) {
                this.node(k, false, false, true, State.BlockMappingValue, true);
                this.writeIndicator(':', false, false, false);
            }
            else {
                this.writeIndicator('?', true, false, true);
                this.node(k, false, false, true, State.BlockMappingValue);
                this.writeIndent();
                this.writeIndicator(':', true, false, true);
            }
            this.node(v, false, false, true, State.BlockMappingKey);
        }
        this.popIndent();
    }
    checkSimpleKey(k) {
        if (k.kind === 'scalar') {
            const a = this.analyze(k.value);
            return !a.multiline && a.byteLength <= 128;
        }
        if (k.kind === 'seq')
            return k.items.length === 0;
        return k.pairs.length === 0;
    }
    // ---- scalars ----
    analyze(value) {
        const chars = codePoints(value);
        let byteLength = 0;
        for (const c of chars)
            byteLength += utf8Len(c);
        const a = {
            chars,
            byteLength,
            multiline: false,
            flowPlainAllowed: false,
            blockPlainAllowed: true,
            singleQuotedAllowed: true,
            blockAllowed: false,
        };
        if (chars.length === 0)
            return a;
        let blockIndicators = false;
        let flowIndicators = false;
        let lineBreaks = false;
        let specialCharacters = false;
        let tabCharacters = false;
        let leadingSpace = false;
        let leadingBreak = false;
        let trailingSpace = false;
        let trailingBreak = false;
        let breakSpace = false;
        let spaceBreak = false;
        let previousSpace = false;
        let previousBreak = false;
        if (chars.length >= 3 &&
            ((chars[0] === 0x2d && chars[1] === 0x2d && chars[2] === 0x2d) ||
                (chars[0] === 0x2e && chars[1] === 0x2e && chars[2] === 0x2e))) {
            blockIndicators = true;
            flowIndicators = true;
        }
        let precededByWhitespace = true;
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            const followedByWhitespace = i + 1 >= chars.length || isBlank(chars[i + 1]);
            if (i === 0) {
                switch (c) {
                    case 0x23: // #
                    case 0x2c: // ,
                    case 0x5b: // [
                    case 0x5d: // ]
                    case 0x7b: // {
                    case 0x7d: // }
                    case 0x26: // &
                    case 0x2a: // *
                    case 0x21: // !
                    case 0x7c: // |
                    case 0x3e: // >
                    case 0x27: // '
                    case 0x22: // "
                    case 0x25: // %
                    case 0x40: // @
                    case 0x60: // `
                        flowIndicators = true;
                        blockIndicators = true;
                        break;
                    case 0x3f: // ?
                    case 0x3a: // :
                        flowIndicators = true;
                        if (followedByWhitespace)
                            blockIndicators = true;
                        break;
                    case 0x2d: // -
                        if (followedByWhitespace) {
                            flowIndicators = true;
                            blockIndicators = true;
                        }
                        break;
                }
            }
            else {
                switch (c) {
                    case 0x2c:
                    case 0x3f:
                    case 0x5b:
                    case 0x5d:
                    case 0x7b:
                    case 0x7d:
                        flowIndicators = true;
                        break;
                    case 0x3a:
                        flowIndicators = true;
                        if (followedByWhitespace)
                            blockIndicators = true;
                        break;
                    case 0x23:
                        if (precededByWhitespace) {
                            flowIndicators = true;
                            blockIndicators = true;
                        }
                        break;
                }
            }
            if (this.v3 && c === 0x09)
                tabCharacters = true;
            else if (!isPrintable(c))
                specialCharacters = true;
            if (c === 0x20) {
                if (i === 0)
                    leadingSpace = true;
                if (i === chars.length - 1)
                    trailingSpace = true;
                if (previousBreak)
                    breakSpace = true;
                previousSpace = true;
                previousBreak = false;
            }
            else if (isBreak(c)) {
                lineBreaks = true;
                if (i === 0)
                    leadingBreak = true;
                if (i === chars.length - 1)
                    trailingBreak = true;
                if (previousSpace)
                    spaceBreak = true;
                previousSpace = false;
                previousBreak = true;
            }
            else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlankz(c);
        }
        a.multiline = lineBreaks;
        a.flowPlainAllowed = true;
        a.blockPlainAllowed = true;
        a.singleQuotedAllowed = true;
        a.blockAllowed = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
            a.flowPlainAllowed = false;
            a.blockPlainAllowed = false;
        }
        if (trailingSpace)
            a.blockAllowed = false;
        if (breakSpace) {
            a.flowPlainAllowed = false;
            a.blockPlainAllowed = false;
            a.singleQuotedAllowed = false;
        }
        if (spaceBreak || tabCharacters || specialCharacters) {
            a.flowPlainAllowed = false;
            a.blockPlainAllowed = false;
            a.singleQuotedAllowed = false;
        }
        if (spaceBreak || specialCharacters)
            a.blockAllowed = false;
        if (lineBreaks) {
            a.flowPlainAllowed = false;
            a.blockPlainAllowed = false;
        }
        if (flowIndicators)
            a.flowPlainAllowed = false;
        if (blockIndicators)
            a.blockPlainAllowed = false;
        return a;
    }
    scalar(value, requested, parent) {
        const a = this.analyze(value);
        let style = requested;
        if (this.simpleKeyContext && a.multiline)
            style = 'double';
        if (style === 'plain') {
            if ((this.flowLevel > 0 && !a.flowPlainAllowed) ||
                (this.flowLevel === 0 && !a.blockPlainAllowed)) {
                style = 'single';
            }
            if (a.chars.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext))
                style = 'single';
        }
        if (style === 'single' && !a.singleQuotedAllowed)
            style = 'double';
        if (style === 'literal' && (!a.blockAllowed || this.flowLevel > 0 || this.simpleKeyContext)) {
            style = 'double';
        }
        this.increaseIndent(true, false, parent);
        const allowBreaks = !this.simpleKeyContext;
        switch (style) {
            case 'plain':
                this.writePlain(a.chars, allowBreaks);
                break;
            case 'single':
                this.writeSingleQuoted(a.chars, allowBreaks);
                break;
            case 'double':
                this.writeDoubleQuoted(a.chars, allowBreaks);
                break;
            case 'literal':
                this.writeLiteral(a.chars);
                break;
        }
        this.popIndent();
    }
    writePlain(v, allowBreaks) {
        if (!this.whitespace && (!this.v3 || v.length > 0))
            this.put(' ');
        let spaces = false;
        let breaks = false;
        for (let i = 0; i < v.length; i++) {
            const c = v[i];
            if (c === 0x20) {
                if (allowBreaks && !spaces && this.column > this.bestWidth && v[i + 1] !== 0x20) {
                    this.writeIndent();
                }
                else {
                    this.writeChar(c);
                }
                spaces = true;
            }
            else if (isBreak(c)) {
                if (!breaks && c === 0x0a)
                    this.putBreak();
                this.writeBreak(c);
                this.indention = true;
                breaks = true;
            }
            else {
                if (breaks)
                    this.writeIndent();
                this.writeChar(c);
                this.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        if (!this.v3 || v.length > 0)
            this.whitespace = false;
        this.indention = false;
    }
    writeSingleQuoted(v, allowBreaks) {
        this.writeIndicator("'", true, false, false);
        let spaces = false;
        let breaks = false;
        for (let i = 0; i < v.length; i++) {
            const c = v[i];
            if (c === 0x20) {
                if (allowBreaks &&
                    !spaces &&
                    this.column > this.bestWidth &&
                    i > 0 &&
                    i < v.length - 1 &&
                    v[i + 1] !== 0x20) {
                    this.writeIndent();
                }
                else {
                    this.writeChar(c);
                }
                spaces = true;
            }
            else if (isBreak(c)) {
                if (!breaks && c === 0x0a)
                    this.putBreak();
                this.writeBreak(c);
                this.indention = true;
                breaks = true;
            }
            else {
                if (breaks)
                    this.writeIndent();
                if (c === 0x27)
                    this.put("'");
                this.writeChar(c);
                this.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        this.writeIndicator("'", false, false, false);
        this.whitespace = false;
        this.indention = false;
    }
    writeDoubleQuoted(v, allowBreaks) {
        let spaces = false;
        this.writeIndicator('"', true, false, false);
        // libyaml's is_bom looks at the start of the value, not at the current character.
        const bom = v[0] === 0xfeff;
        for (let i = 0; i < v.length; i++) {
            const c = v[i];
            if (!isPrintable(c) || bom || isBreak(c) || c === 0x22 || c === 0x5c) {
                this.put('\\');
                switch (c) {
                    case 0x00:
                        this.put('0');
                        break;
                    case 0x07:
                        this.put('a');
                        break;
                    case 0x08:
                        this.put('b');
                        break;
                    case 0x09:
                        this.put('t');
                        break;
                    case 0x0a:
                        this.put('n');
                        break;
                    case 0x0b:
                        this.put('v');
                        break;
                    case 0x0c:
                        this.put('f');
                        break;
                    case 0x0d:
                        this.put('r');
                        break;
                    case 0x1b:
                        this.put('e');
                        break;
                    case 0x22:
                        this.put('"');
                        break;
                    case 0x5c:
                        this.put('\\');
                        break;
                    case 0x85:
                        this.put('N');
                        break;
                    case 0xa0:
                        this.put('_');
                        break;
                    case 0x2028:
                        this.put('L');
                        break;
                    case 0x2029:
                        this.put('P');
                        break;
                    default: {
                        const [p, w] = c <= 0xff ? ['x', 2] : c <= 0xffff ? ['u', 4] : ['U', 8];
                        const digits = p + hex(c, w);
                        this.out.push(digits);
                        this.column += digits.length;
                    }
                }
                spaces = false;
            }
            else if (c === 0x20) {
                if (allowBreaks && !spaces && this.column > this.bestWidth && i > 0 && i < v.length - 1) {
                    this.writeIndent();
                    if (v[i + 1] === 0x20)
                        this.put('\\');
                }
                else {
                    this.writeChar(c);
                }
                spaces = true;
            }
            else {
                this.writeChar(c);
                spaces = false;
            }
        }
        this.writeIndicator('"', false, false, false);
        this.whitespace = false;
        this.indention = false;
    }
    writeBlockScalarHints(v) {
        if (v[0] === 0x20 || isBreak(v[0])) {
            this.writeIndicator(String(this.bestIndent), false, false, false);
        }
        let chomp = '';
        const last = v.length - 1;
        if (!isBreak(v[last]))
            chomp = '-';
        else if (last === 0)
            chomp = '+';
        else if (isBreak(v[last - 1]))
            chomp = '+';
        if (chomp)
            this.writeIndicator(chomp, false, false, false);
    }
    writeLiteral(v) {
        this.writeIndicator('|', true, false, false);
        this.writeBlockScalarHints(v);
        this.putBreak();
        this.indention = true;
        this.whitespace = true;
        let breaks = true;
        for (const c of v) {
            if (isBreak(c)) {
                this.writeBreak(c);
                this.indention = true;
                breaks = true;
            }
            else {
                if (breaks)
                    this.writeIndent();
                this.writeChar(c);
                this.indention = false;
                breaks = false;
            }
        }
    }
}

// EXTERNAL MODULE: ./build/helm/yaml/go-json.js
var go_json = __webpack_require__(982);
// EXTERNAL MODULE: ./build/template/sort.js
var sort = __webpack_require__(2359);
;// CONCATENATED MODULE: ./build/helm/yaml/key-order.js
/**
 * The order go-yaml writes map keys in: its own "natural" comparison (letters after
 * other characters, digit runs compared by value, v3 tweaking the letter/digit case).
 *
 * go-yaml v2's comparison is not a strict weak order for some key sets ("10" < "1a" <
 * "9" < "10"); Go then sorts keys taken in random map order, so helm itself prints such
 * maps in a different order from run to run. For those sets any order is as right as
 * helm's; ours is deterministic (keys pre-sorted by bytes, then a stable sort).
 */

const letter = /\p{L}/u;
const digit = /\p{Nd}/u;
function isLetter(r) {
    if (r < 0x80)
        return (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a);
    return letter.test(String.fromCodePoint(r));
}
function isDigit(r) {
    if (r < 0x80)
        return r >= 0x30 && r <= 0x39;
    return digit.test(String.fromCodePoint(r));
}
function toRunes(s) {
    const out = [];
    for (const ch of s)
        out.push(ch.codePointAt(0));
    return out;
}
/**
 * The value of the digit run starting at i, as go-yaml accumulates it in an int64
 * (wrapping on overflow; non-ASCII digits count as rune - '0').
 */
function digitRun(r, i, start) {
    let end = i;
    let ascii = true;
    while (end < r.length && isDigit(r[end])) {
        if (r[end] > 0x39)
            ascii = false;
        end++;
    }
    if (ascii && end - i <= 15) {
        let v = start;
        for (let k = i; k < end; k++)
            v = v * 10 + (r[k] - 0x30);
        return { end, value: v };
    }
    let v = BigInt(start);
    for (let k = i; k < end; k++)
        v = BigInt.asIntN(64, v * 10n + BigInt(r[k] - 0x30));
    return { end, value: v };
}
/** go-yaml's keyList.Less for two string keys (v3 differs when a letter meets a non-letter). */
function keyLess(ar, br, v3) {
    let digits = false;
    const n = Math.min(ar.length, br.length);
    for (let i = 0; i < n; i++) {
        if (ar[i] === br[i]) {
            if (v3)
                digits = isDigit(ar[i]);
            continue;
        }
        const al = isLetter(ar[i]);
        const bl = isLetter(br[i]);
        if (al && bl)
            return ar[i] < br[i];
        if (al || bl)
            return v3 && digits ? al : bl;
        let start = 0;
        if (ar[i] === 0x30 || br[i] === 0x30) {
            for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
                if (ar[j] !== 0x30) {
                    start = 1;
                    break;
                }
            }
        }
        const a = digitRun(ar, i, start);
        const b = digitRun(br, i, start);
        if (typeof a.value === 'number' && typeof b.value === 'number') {
            if (a.value !== b.value)
                return a.value < b.value;
        }
        else {
            const av = BigInt(a.value);
            const bv = BigInt(b.value);
            if (av !== bv)
                return av < bv;
        }
        if (a.end !== b.end)
            return a.end < b.end;
        return ar[i] < br[i];
    }
    return ar.length < br.length;
}
/** Sorts map keys the way go-yaml's encoder does. */
function sortYamlKeys(keys, v3) {
    if (keys.length < 2)
        return keys;
    const items = keys.sort(sort/* compareGoStrings */.m).map((k) => ({ key: k, runes: toRunes(k) }));
    items.sort((a, b) => (keyLess(a.runes, b.runes, v3) ? -1 : keyLess(b.runes, a.runes, v3) ? 1 : 0));
    return items.map((i) => i.key);
}
/** Whether go-yaml's comparison orders these keys consistently (then helm's order is fixed). */
function isConsistentKeyOrder(keys, v3) {
    const sorted = sortYamlKeys([...keys], v3).map(toRunes);
    for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
            if (keyLess(sorted[j], sorted[i], v3) || !keyLess(sorted[i], sorted[j], v3))
                return false;
        }
    }
    return true;
}

// EXTERNAL MODULE: ./build/helm/yaml/resolve.js
var resolve = __webpack_require__(7205);
// EXTERNAL MODULE: ./build/core/budget.js
var budget = __webpack_require__(6785);
;// CONCATENATED MODULE: ./build/helm/yaml/to-yaml.js
/**
 * Helm's toYaml and toYamlPretty.
 *
 * toYaml is sigs.k8s.io/yaml.Marshal: json.Marshal, then go-yaml v2 reads that JSON back
 * (numbers re-typed: integral floats become ints, so 1e6 prints 1000000) and writes it
 * again. The JSON reading step has consequences of its own that are reproduced here:
 * characters go-yaml's reader refuses make the whole call fail, a raw NEL inside a string
 * folds like a line break, and a key longer than 1022 JSON characters cannot be a simple
 * key, which also fails.
 *
 * toYamlPretty is go-yaml v3's Encoder with indent 2 straight on the Go value: floats keep
 * their float form (1e+06), []byte is a list of numbers, sequences are indented under keys
 * and long lines are not folded.
 */







/** A failure of yaml.Marshal / Encoder.Encode, with the message Go's error carries. */
class YamlMarshalError extends Error {
}
function plain(value) {
    return { kind: 'scalar', value, style: 'plain' };
}
/** go-yaml's stringv: the style a Go string is requested in (the emitter may still refine it). */
function stringNode(s, v3) {
    if (s.includes('\n'))
        return { kind: 'scalar', value: s, style: 'literal' };
    const r = (0,resolve/* resolvePlain */.Rg)(s, v3);
    const canUsePlain = r.tag === 'str' && !(0,resolve/* isBase60Float */.Al)(s) && !(v3 && (0,resolve/* isOldBool */.AU)(s));
    return { kind: 'scalar', value: s, style: canUsePlain ? 'plain' : 'double' };
}
/** go-yaml's floatv: strconv 'g' shortest, with YAML's names for the non-finite values. */
function floatText(f) {
    if (Number.isNaN(f))
        return '.nan';
    if (f === Infinity)
        return '.inf';
    if (f === -Infinity)
        return '-.inf';
    return (0,strconv/* formatFloat */.kr)(f, 'g', -1);
}
// ---- toYaml (v2 over JSON) ---------------------------------------------------------------
/** Characters go-yaml's reader rejects ("control characters are not allowed"). */
function readerRejects(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x7f)
            continue;
        if (c === 0x7f || (c >= 0x80 && c <= 0x9f && c !== 0x85) || c === 0xfffe || c === 0xffff)
            return true;
    }
    return false;
}
const yamlReadError = () => new YamlMarshalError('yaml: control characters are not allowed');
/** The length of a string inside Go's JSON output, counted in characters as go-yaml's scanner does. */
function jsonQuotedLength(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x20)
            n += c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09 ? 2 : 6;
        else if (c === 0x22 || c === 0x5c)
            n += 2;
        else if (c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029)
            n += 6;
        else if (c >= 0xd800 &&
            c < 0xdc00 &&
            i + 1 < s.length &&
            s.charCodeAt(i + 1) >= 0xdc00 &&
            s.charCodeAt(i + 1) < 0xe000) {
            n += 1;
            i++;
        }
        else
            n += 1;
    }
    return n;
}
/**
 * A raw NEL (U+0085) in a double-quoted JSON string is a line break to go-yaml's scanner:
 * blanks around it are dropped and a single break folds to a space, n breaks to n-1 LFs.
 */
function foldNel(s) {
    if (!s.includes('\u0085'))
        return s;
    return s.replace(/ *\u0085[ \u0085]*/g, (run) => {
        const breaks = run.split('\u0085').length - 1;
        return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
    });
}
function jsonToYamlNode(t) {
    if (t === null)
        return plain('null');
    if (typeof t === 'boolean')
        return plain(t ? 'true' : 'false');
    if (typeof t === 'string') {
        if (readerRejects(t))
            throw yamlReadError();
        // After a raw NEL the scanner is at column 0, where "--- " or "... " ends the document.
        if (/\u0085(?:---|\.\.\.)[ \u0085]/.test(t)) {
            throw new YamlMarshalError('yaml: line 2: found unexpected document indicator');
        }
        return stringNode(foldNel(t), false);
    }
    if (t instanceof go_json/* JsonNumber */.WP) {
        const r = (0,resolve/* resolvePlain */.Rg)(t.text);
        if (r.tag === 'int')
            return plain(r.value.toString());
        return plain(floatText(r.value));
    }
    if (Array.isArray(t))
        return { kind: 'seq', items: t.map(jsonToYamlNode) };
    return objectToYamlNode(t);
}
function objectToYamlNode(o) {
    const values = new Map();
    for (const [k, v] of o.entries) {
        if (readerRejects(k))
            throw yamlReadError();
        if (k.includes('\u0085') || jsonQuotedLength(k) > 1022) {
            throw new YamlMarshalError("yaml: line 1: did not find expected ',' or '}'");
        }
        values.set(k, v);
    }
    const keys = sortYamlKeys([...values.keys()], false);
    return {
        kind: 'map',
        pairs: keys.map((k) => [stringNode(k, false), jsonToYamlNode(values.get(k))]),
    };
}
/**
 * sigs.k8s.io/yaml.Marshal(v) with its trailing newline (Helm strips one); throws
 * YamlMarshalError with the message of the error Go returns.
 */
function marshalYaml(v) {
    let tree;
    try {
        tree = (0,go_json/* marshalTree */.Fu)(v);
    }
    catch (e) {
        if (e instanceof go_json/* GoJsonError */.tU)
            throw new YamlMarshalError(`error marshaling into JSON: ${e.message}`);
        throw e;
    }
    return new Emitter({ dialect: 'v2', indent: 2 }).document(jsonToYamlNode(tree));
}
// ---- toYamlPretty (v3 on Go values) --------------------------------------------------------
/** Go recurses into a value that contains itself until its stack overflows and the process dies. */
function cycle() {
    return new Error('toYamlPretty: the value contains itself (go-yaml would recurse until the process crashes)');
}
function prettyNode(v, path = new Set()) {
    (0,budget/* work */.oJ)();
    if (v === null || v === undefined)
        return plain('null');
    switch (typeof v) {
        case 'boolean':
            return plain(v ? 'true' : 'false');
        case 'number':
            return plain(floatText(v));
        case 'bigint':
            return plain(v.toString());
        case 'string':
            return stringNode(v, true);
        case 'function':
            throw new YamlMarshalError('cannot marshal type: func()');
    }
    if (v instanceof Uint8Array)
        return { kind: 'seq', items: Array.from(v, (b) => plain(String(b))) };
    if (v instanceof value/* GoInt */.ov)
        return plain(v.value.toString());
    if (v instanceof value/* GoTime */.yT)
        return plain((0,go_json/* rfc3339Nano */.uN)(v, false));
    const text = (0,go_json/* marshalTextOf */.x9)(v);
    if (text !== undefined)
        return stringNode(text, true);
    if (path.has(v))
        throw cycle();
    path.add(v);
    const node = prettyCollection(v, path);
    path.delete(v);
    return node;
}
function prettyCollection(v, path) {
    if (Array.isArray(v))
        return { kind: 'seq', items: v.map((e) => prettyNode(e, path)) };
    if (v instanceof value/* GoStruct */.On) {
        // v3 names untagged fields by their lower-cased Go name, in declaration order.
        return {
            kind: 'map',
            pairs: v.fieldOrder
                .filter((f) => f in v.fields)
                .map((f) => [stringNode(f.toLowerCase(), true), prettyNode(v.fields[f], path)]),
        };
    }
    const keys = sortYamlKeys(Object.keys(v), true);
    return { kind: 'map', pairs: keys.map((k) => [stringNode(k, true), prettyNode(v[k], path)]) };
}
/** go-yaml v3 Encoder with SetIndent(2): Encode(v), with its trailing newline. */
function encodeYamlPretty(v) {
    return new Emitter({ dialect: 'v3', indent: 2 }).document(prettyNode(v));
}


/***/ }),

/***/ 0:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ readYamlTree)
});

// EXTERNAL MODULE: ./build/core/no-stack-traces.js
var no_stack_traces = __webpack_require__(7765);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/helm/goyaml/parse.js
var parse = __webpack_require__(7876);
;// CONCATENATED MODULE: ./build/helm/yaml/yaml-errors.js
/**
 * libyaml's wording and line numbers for the syntax errors the `yaml` package reports.
 */
/**
 * go-yaml's message for a syntax error the `yaml` package found. libyaml words and places
 * its errors differently from the `yaml` package, so this maps the common cases: the
 * problem text libyaml uses for that situation, and the line it reports. go-yaml prints
 * a scanner error's 0-based line plus one and a parser error's 0-based line as is, and
 * omits "line N: " when that line is 0.
 */
function goYamlError(source, code, message, pos) {
    const lineStarts = [0];
    for (let i = 0; i < source.length; i++)
        if (source.charCodeAt(i) === 10)
            lineStarts.push(i + 1);
    const lineAt = (off) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= off)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    // The scanner moves the end of the stream to a new line when the last one is not empty.
    const eofLine = lineStarts.length - 1 + (source.length > 0 && !source.endsWith('\n') ? 1 : 0);
    const atEnd = source.slice(pos).trim() === '';
    const scanner = (l0, problem) => (l0 === 0 ? '' : `line ${l0 + 1}: `) + problem;
    const parser = (l0, problem) => (l0 === 0 ? '' : `line ${l0}: `) + problem;
    const lineText = (l0) => source.slice(lineStarts[l0], lineStarts[l0 + 1] ?? source.length);
    const indentOf = (t) => t.length - t.replace(/^ +/, '').length;
    // A block collection ended by a line that is neither an item nor a key.
    const structure = () => {
        const l0 = lineAt(pos);
        const text = lineText(l0);
        let problem = 'did not find expected key';
        if (!/^\s*-(\s|$)/.test(text)) {
            for (let l = l0 - 1; l >= 0; l--) {
                const prev = lineText(l);
                if (/^\s*(#.*)?$/.test(prev))
                    continue;
                if (indentOf(prev) <= indentOf(text)) {
                    if (/^\s*-(\s|$)/.test(prev))
                        problem = "did not find expected '-' indicator";
                    break;
                }
            }
        }
        return parser(l0, problem);
    };
    const flow = (close) => parser(atEnd ? eofLine : lineAt(pos), `did not find expected ',' or '${close}'`);
    switch (code) {
        case 'BLOCK_AS_IMPLICIT_KEY':
        case 'MULTILINE_IMPLICIT_KEY': {
            const colon = /:(?=[ \t\r\n]|$)/g;
            colon.lastIndex = pos;
            const m = colon.exec(source);
            return m
                ? scanner(lineAt(m.index), 'mapping values are not allowed in this context')
                : structure();
        }
        case 'TAB_AS_INDENT': {
            const l0 = lineAt(pos);
            const prev = l0 > 0 ? lineText(l0 - 1).trimEnd() : '';
            const afterPlain = prev !== '' && !/[:|>-]$/.test(prev) && !/^\s*#/.test(prev);
            return scanner(l0, afterPlain
                ? 'found a tab character that violates indentation'
                : 'found character that cannot start any token');
        }
        case 'BAD_SCALAR_START':
            return scanner(lineAt(pos), 'found character that cannot start any token');
        case 'MISSING_CHAR':
        case 'BAD_INDENT':
            if (/quote/i.test(message))
                return scanner(eofLine, 'found unexpected end of stream');
            if (/flow seq/i.test(message))
                return flow(']');
            if (/flow map/i.test(message))
                return flow('}');
            if (/implicit map keys/i.test(message)) {
                const next = /\S/g;
                next.lastIndex = lineStarts[lineAt(pos) + 1] ?? source.length;
                const m = next.exec(source);
                return scanner(m ? lineAt(m.index) : eofLine, "could not find expected ':'");
            }
            return structure();
        case 'UNEXPECTED_TOKEN':
            return structure();
        default:
            return scanner(lineAt(pos), message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim());
    }
}

// EXTERNAL MODULE: ./build/helm/goyaml/escapes.js
var escapes = __webpack_require__(8127);
;// CONCATENATED MODULE: ./build/helm/yaml/yaml11-breaks.js
/**
 * YAML 1.1 line breaks for the `yaml` package. libyaml (go-yaml) treats NEL (U+0085), LS
 * (U+2028) and PS (U+2029) as line breaks everywhere; the `yaml` package, following YAML
 * 1.2, treats them as content. toYaml itself writes raw LS/PS into single-quoted and
 * literal scalars, so reading its output back needs libyaml's view.
 *
 * The document is parsed with those characters replaced by LF (same length, so offsets
 * hold) to get libyaml's structure, and every scalar whose source holds one is decoded
 * again from the original text the way libyaml does: NEL becomes LF, LS and PS are kept
 * and, unlike LF, never fold into a space.
 */


const specialBreak = /[\u0085\u2028\u2029]/;
function hasYaml11Breaks(source) {
    return specialBreak.test(source);
}
/**
 * The source with NEL, LS and PS as LF, for the structural parse. Inside quoted scalars
 * they stay: those scalars are decoded again from the original, and an LF there could
 * leave a closing quote at a column the `yaml` package rejects but libyaml accepts.
 */
function normalizeYaml11Breaks(source) {
    const quoted = [];
    let offset = 0;
    for (const tok of new dist/* Lexer */.JG().lex(source)) {
        // Structure markers the lexer inserts are not source text.
        if (tok === '\x02' || tok === '\x18' || tok === '\x1f')
            continue;
        if (tok[0] === '"' || tok[0] === "'")
            quoted.push([offset, offset + tok.length]);
        offset += tok.length;
    }
    let q = 0;
    return source.replace(/[\u0085\u2028\u2029]/g, (c, at) => {
        while (q < quoted.length && quoted[q][1] <= at)
            q++;
        return q < quoted.length && quoted[q][0] <= at ? c : '\n';
    });
}
function isBreakChar(c) {
    return c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
}
function isBlankChar(c) {
    return c === ' ' || c === '\t';
}
/** libyaml's read_line: the break at i as it enters a value, and its length in the source. */
function readLine(s, i) {
    if (s[i] === '\r' && s[i + 1] === '\n')
        return ['\n', 2];
    if (s[i] === '\r' || s[i] === '\n' || s[i] === '\u0085')
        return ['\n', 1];
    return [s[i], 1];
}
/** Joins line breaks (and the blanks around them) as libyaml folds them in flow and plain scalars. */
class Folder {
    out = '';
    whitespaces = '';
    leadingBreak = '';
    trailingBreaks = '';
    leadingBlanks = false;
    blank(c) {
        if (!this.leadingBlanks)
            this.whitespaces += c;
    }
    lineBreak(b) {
        if (!this.leadingBlanks) {
            this.whitespaces = '';
            this.leadingBreak = b;
            this.leadingBlanks = true;
        }
        else {
            this.trailingBreaks += b;
        }
    }
    /** Emits the pending whitespace or folded breaks before more content. */
    join() {
        if (this.leadingBlanks) {
            if (this.leadingBreak.startsWith('\n')) {
                this.out += this.trailingBreaks === '' ? ' ' : this.trailingBreaks;
            }
            else {
                this.out += this.leadingBreak + this.trailingBreaks;
            }
            this.leadingBreak = '';
            this.trailingBreaks = '';
            this.leadingBlanks = false;
        }
        else {
            this.out += this.whitespaces;
            this.whitespaces = '';
        }
    }
}
/** A single- or double-quoted scalar (quotes included) decoded as libyaml does. */
function decodeQuoted(raw) {
    const single = raw[0] === "'";
    const quote = raw[0];
    const f = new Folder();
    let i = 1;
    const n = raw.length;
    for (;;) {
        if (i >= n)
            return f.out;
        f.leadingBlanks = false;
        while (i < n && !isBlankChar(raw[i]) && !isBreakChar(raw[i])) {
            const c = raw[i];
            if (single && c === "'" && raw[i + 1] === "'") {
                f.out += "'";
                i += 2;
            }
            else if (c === quote) {
                return f.out;
            }
            else if (!single && c === '\\' && i + 1 < n && isBreakChar(raw[i + 1])) {
                i += 1 + readLine(raw, i + 1)[1];
                f.leadingBlanks = true;
                break;
            }
            else if (!single && c === '\\') {
                const e = raw[i + 1];
                const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
                if (width > 0) {
                    f.out += String.fromCodePoint(parseInt(raw.slice(i + 2, i + 2 + width), 16));
                    i += 2 + width;
                }
                else {
                    f.out += escapes/* YAML_SIMPLE_ESCAPES */.W[e] ?? e;
                    i += 2;
                }
            }
            else {
                f.out += c;
                i++;
            }
        }
        if (i < n && raw[i] === quote && !(single && raw[i + 1] === "'"))
            return f.out;
        while (i < n && (isBlankChar(raw[i]) || isBreakChar(raw[i]))) {
            if (isBlankChar(raw[i])) {
                f.blank(raw[i]);
                i++;
            }
            else {
                const [b, len] = readLine(raw, i);
                f.lineBreak(b);
                i += len;
            }
        }
        f.join();
    }
}
/** A (possibly multi-line) plain scalar's source folded as libyaml does. */
function decodePlain(raw) {
    const f = new Folder();
    let i = 0;
    const n = raw.length;
    while (i < n) {
        if (!isBlankChar(raw[i]) && !isBreakChar(raw[i])) {
            if (f.leadingBlanks || f.out !== '' || i > 0)
                f.join();
            while (i < n && !isBlankChar(raw[i]) && !isBreakChar(raw[i]))
                f.out += raw[i++];
            continue;
        }
        while (i < n && (isBlankChar(raw[i]) || isBreakChar(raw[i]))) {
            if (isBlankChar(raw[i])) {
                f.blank(raw[i]);
                i++;
            }
            else {
                const [b, len] = readLine(raw, i);
                f.lineBreak(b);
                i += len;
            }
        }
    }
    return f.out;
}
/**
 * A literal block scalar: the value the `yaml` package computed from the normalized
 * source, with each of its line feeds put back as the source break it stands for (a
 * literal scalar keeps its breaks one for one, in order).
 */
function restoreLiteralBreaks(normalizedValue, raw) {
    const breaks = [];
    let header = true;
    for (let i = 0; i < raw.length; i++) {
        if (!isBreakChar(raw[i]))
            continue;
        const [b, len] = readLine(raw, i);
        i += len - 1;
        if (header)
            header = false;
        else
            breaks.push(b);
    }
    let k = 0;
    return normalizedValue.replace(/\n/g, () => breaks[k++] ?? '\n');
}
/** The libyaml value of a scalar whose source holds NEL, LS or PS; undefined to keep the parser's. */
function yaml11ScalarValue(node, original) {
    const range = node.range;
    if (!range)
        return undefined;
    const raw = original.slice(range[0], range[1]);
    if (!specialBreak.test(raw))
        return undefined;
    switch (node.type) {
        case 'QUOTE_DOUBLE':
        case 'QUOTE_SINGLE':
            return decodeQuoted(raw);
        case 'PLAIN':
            return decodePlain(raw);
        case 'BLOCK_LITERAL':
            return typeof node.value === 'string' ? restoreLiteralBreaks(node.value, raw) : undefined;
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./build/helm/yaml/yaml-tree.js
/**
 * The first document of a YAML text as go-yaml v2 (libyaml) reads it, as a node tree
 * (the chart reader's src/helm/goyaml AST): scalars carry their final text and whether
 * they were plain, so that go-yaml's resolution can run on top.
 *
 * The chart reader's fast libyaml-style parser is tried first. Texts it does not take,
 * texts with aliases (go-yaml binds an anchor before its content, which the fast parser
 * does not) and syntax errors go to the `yaml` package, corrected where it reads YAML 1.2
 * and libyaml reads YAML 1.1 (NEL/LS/PS line breaks; a block scalar ending the input
 * without a line break), with libyaml's error wording.
 */





const parseOptions = {
    schema: 'failsafe',
    merge: false,
    uniqueKeys: false,
    version: '1.1',
    prettyErrors: false,
};
function hasAlias(n) {
    if (n === null)
        return false;
    switch (n.t) {
        case 'alias':
            return true;
        case 'scalar':
            return false;
        case 'seq':
            return n.items.some(hasAlias);
        case 'map':
            return n.keys.some(hasAlias) || n.values.some(hasAlias);
    }
}
/** The first document's tree, or go-yaml's syntax error message (without "yaml: "). */
function readYamlTree(source) {
    if (!hasYaml11Breaks(source)) {
        try {
            const root = (0,parse/* parseFirstDocumentFast */.dK)(source);
            if (!hasAlias(root))
                return { root };
        }
        catch {
            // Unsupported or a syntax error: the complete parser decides.
        }
    }
    return readWithYamlLib(source);
}
function readWithYamlLib(source) {
    const special = hasYaml11Breaks(source);
    let docs;
    try {
        docs = (0,no_stack_traces/* withoutStackTraces */.f)(() => (0,dist/* parseAllDocuments */.hR)(special ? normalizeYaml11Breaks(source) : source, parseOptions));
    }
    catch (e) {
        return { error: e.message };
    }
    if (!Array.isArray(docs) || docs.length === 0)
        return { root: null };
    const doc = docs[0];
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        return { error: goYamlError(source, err.code, err.message, err.pos[0]) };
    }
    const conv = new LibConverter(doc, source, special);
    return { root: conv.node(doc.contents) };
}
class LibConverter {
    doc;
    source;
    special;
    anchors = new Map();
    contentEnd = -1;
    constructor(doc, source, special) {
        this.doc = doc;
        this.source = source;
        this.special = special;
    }
    node(node) {
        if (node === null || node === undefined)
            return null;
        const start = node.range?.[0] ?? 0;
        const end = node.range?.[1] ?? start;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(this.doc);
            const alias = { t: 'alias', start, end, name: node.source, target: undefined };
            // Resolved lazily: an alias may sit inside the node its anchor names.
            if (target) {
                Object.defineProperty(alias, 'target', {
                    get: () => this.anchors.get(target),
                    enumerable: true,
                });
            }
            return alias;
        }
        const tag = node.tag;
        if ((0,dist/* isScalar */.jn)(node)) {
            const out = {
                t: 'scalar',
                start,
                end,
                value: this.scalarText(node),
                plain: node.type === 'PLAIN',
            };
            if (tag)
                out.tag = tag;
            if (node.anchor)
                this.anchors.set(node, out);
            return out;
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const out = { t: 'seq', start, end, items: [] };
            if (tag)
                out.tag = tag;
            if (node.anchor)
                this.anchors.set(node, out);
            for (const it of node.items)
                out.items.push(this.node(it) ?? emptyScalar(end));
            return out;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const out = { t: 'map', start, end, keys: [], values: [] };
            if (tag)
                out.tag = tag;
            if (node.anchor)
                this.anchors.set(node, out);
            for (const p of node.items) {
                if (!(0,dist/* isPair */.tO)(p))
                    continue;
                out.keys.push(this.node(p.key) ?? emptyScalar(end));
                out.values.push(this.node(p.value));
            }
            return out;
        }
        return null;
    }
    scalarText(node) {
        if (!(0,dist/* isScalar */.jn)(node))
            return '';
        const parsed = typeof node.value === 'string' ? node.value : node.value === null ? '' : String(node.value);
        let text = (this.special ? yaml11ScalarValue(node, this.source) : undefined) ?? parsed;
        if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') &&
            this.endsAtUnterminatedEof(node)) {
            // libyaml adds a kept or clipped final break only when the source has one; at the
            // end of input without a line break (as after Helm's toYaml) it adds none.
            if (text.endsWith('\n'))
                text = text.slice(0, -1);
        }
        return text;
    }
    endsAtUnterminatedEof(node) {
        const src = this.source;
        const end = node.range?.[1];
        if (end === undefined)
            return false;
        if (this.contentEnd < 0)
            this.contentEnd = src.trimEnd().length;
        if (end < this.contentEnd || /[\n\r\u0085\u2028\u2029]$/.test(src))
            return false;
        const header = /^[|>]([0-9]?[+-]?|[+-]?[0-9]?)/.exec(src.slice(node.range[0]));
        return header !== null && !header[1].includes('-');
    }
}
function emptyScalar(at) {
    return { t: 'scalar', start: at, end: at, value: '', plain: true };
}


/***/ }),

/***/ 2792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H$: () => (/* binding */ mapType),
/* harmony export */   O4: () => (/* binding */ goTypeName),
/* harmony export */   Vk: () => (/* binding */ sliceType),
/* harmony export */   c: () => (/* binding */ zeroOf),
/* harmony export */   mB: () => (/* binding */ elemType)
/* harmony export */ });
/* unused harmony export isInterfaceType */
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1886);
/**
 * Static Go types of values beyond what their JavaScript form says: typed slices and maps
 * (Sprig returns []string, map[string]string...), tagged with non-enumerable symbol
 * properties under the registered keys the Sprig layer uses (Symbol.for, so neither side
 * imports the other), named types with methods (GO_METHODS), and GoInt kinds.
 * The engine needs them for %T and %#v, Go's argument checks and zero values.
 */

const SLICE_TYPE = Symbol.for('kube-whoami.goSliceType');
const MAP_TYPE = Symbol.for('kube-whoami.goMapType');
/** The Go slice type of an array: `[]interface {}` unless tagged otherwise. */
function sliceType(arr) {
    return arr[SLICE_TYPE] ?? '[]interface {}';
}
/** The Go map type of a map: `map[string]interface {}` unless tagged otherwise. */
function mapType(m) {
    return m[MAP_TYPE] ?? 'map[string]interface {}';
}
/** Element type of a slice or map type name ("[]string" -> "string"). */
function elemType(typeName) {
    if (typeName.startsWith('[]'))
        return typeName.slice(2);
    if (typeName.startsWith('map[')) {
        // map[K]V with a simple key type, as the values in templates have.
        let depth = 0;
        for (let i = 3; i < typeName.length; i++) {
            const c = typeName[i];
            if (c === '[')
                depth++;
            else if (c === ']') {
                depth--;
                if (depth === 0)
                    return typeName.slice(i + 1);
            }
        }
    }
    return 'interface {}';
}
const INT_KINDS = new Set([
    'int8',
    'int16',
    'int32',
    'int64',
    'uint',
    'uint8',
    'uint16',
    'uint32',
    'uint64',
    'uintptr',
]);
/** Go's zero value of a type, in the value contract (null for nilable types). */
function zeroOf(typeName) {
    switch (typeName) {
        case 'string':
            return '';
        case 'bool':
            return false;
        case 'int':
            return 0n;
        case 'float64':
        case 'float32':
            return 0;
    }
    if (typeName === 'byte')
        return new _value_js__WEBPACK_IMPORTED_MODULE_0__/* .GoInt */ .ov(0n, 'uint8');
    if (INT_KINDS.has(typeName))
        return new _value_js__WEBPACK_IMPORTED_MODULE_0__/* .GoInt */ .ov(0n, typeName);
    return null;
}
/** Whether values of this static type are interfaces (Go unwraps them when used). */
function isInterfaceType(typeName) {
    return typeName === 'interface {}';
}
/** Go's %T for a value of the contract. */
function goTypeName(v) {
    if (v === null)
        return '<nil>';
    switch (typeof v) {
        case 'string':
            return 'string';
        case 'number':
            return 'float64';
        case 'bigint':
            return 'int';
        case 'boolean':
            return 'bool';
        case 'function':
            return 'func(...interface {}) (interface {}, error)';
    }
    if (v instanceof _value_js__WEBPACK_IMPORTED_MODULE_0__/* .GoInt */ .ov)
        return v.kind;
    if (v instanceof Uint8Array)
        return '[]uint8';
    if (v instanceof _value_js__WEBPACK_IMPORTED_MODULE_0__/* .GoStruct */ .On)
        return v.typeName;
    if (v instanceof _value_js__WEBPACK_IMPORTED_MODULE_0__/* .GoTime */ .yT)
        return 'time.Time';
    const named = (0,_value_js__WEBPACK_IMPORTED_MODULE_0__/* .namedTypeOf */ .FX)(v);
    if (named !== undefined)
        return named.typeName;
    if (Array.isArray(v))
        return sliceType(v);
    return mapType(v);
}


/***/ }),

/***/ 9439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ unquote),
/* harmony export */   aI: () => (/* binding */ parseUint),
/* harmony export */   cw: () => (/* binding */ LiteralError),
/* harmony export */   pX: () => (/* binding */ parseInt64),
/* harmony export */   xT: () => (/* binding */ underscoreOK),
/* harmony export */   yE: () => (/* binding */ parseFloat64),
/* harmony export */   yj: () => (/* binding */ unquoteChar)
/* harmony export */ });
/**
 * Go literal syntax as text/template's parser reads it through strconv: Unquote,
 * UnquoteChar, and ParseInt/ParseUint/ParseFloat with base 0 (prefixes, underscores).
 * Errors are thrown as LiteralError carrying Go's message ("invalid syntax").
 */
class LiteralError extends Error {
}
const SYNTAX = 'invalid syntax';
function hexVal(c) {
    if (c >= 48 && c <= 57)
        return c - 48;
    if (c >= 97 && c <= 102)
        return c - 87;
    if (c >= 65 && c <= 70)
        return c - 55;
    return -1;
}
/**
 * strconv.UnquoteChar: decodes one character or escape of s at i.
 * Returns the code point, whether it is a single byte (\x, octal) and the next index.
 */
function unquoteChar(s, i, quote) {
    const c = s.codePointAt(i);
    if (c === undefined)
        throw new LiteralError(SYNTAX);
    if (c === quote && (quote === 39 || quote === 34))
        throw new LiteralError(SYNTAX);
    if (c !== 92)
        return [c, false, i + (c > 0xffff ? 2 : 1)];
    if (i + 1 >= s.length)
        throw new LiteralError(SYNTAX);
    const e = s.charCodeAt(i + 1);
    i += 2;
    switch (e) {
        case 97:
            return [7, false, i];
        case 98:
            return [8, false, i];
        case 102:
            return [12, false, i];
        case 110:
            return [10, false, i];
        case 114:
            return [13, false, i];
        case 116:
            return [9, false, i];
        case 118:
            return [11, false, i];
        case 120: // x
        case 117: // u
        case 85: {
            // U
            const n = e === 120 ? 2 : e === 117 ? 4 : 8;
            if (s.length - i < n)
                throw new LiteralError(SYNTAX);
            let v = 0;
            for (let j = 0; j < n; j++) {
                const x = hexVal(s.charCodeAt(i + j));
                if (x < 0)
                    throw new LiteralError(SYNTAX);
                v = v * 16 + x;
            }
            i += n;
            if (e === 120)
                return [v, true, i];
            if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
                throw new LiteralError(SYNTAX);
            return [v, false, i];
        }
        case 48:
        case 49:
        case 50:
        case 51:
        case 52:
        case 53:
        case 54:
        case 55: {
            let v = e - 48;
            if (s.length - i < 2)
                throw new LiteralError(SYNTAX);
            for (let j = 0; j < 2; j++) {
                const x = s.charCodeAt(i + j) - 48;
                if (x < 0 || x > 7)
                    throw new LiteralError(SYNTAX);
                v = v * 8 + x;
            }
            i += 2;
            if (v > 255)
                throw new LiteralError(SYNTAX);
            return [v, true, i];
        }
        case 92:
            return [92, false, i];
        case 39:
        case 34:
            if (e !== quote)
                throw new LiteralError(SYNTAX);
            return [e, false, i];
        default:
            throw new LiteralError(SYNTAX);
    }
}
/** strconv.Unquote for "..." and `...` literals. Raw bytes from \x or octal escapes are decoded as UTF-8. */
function unquote(q) {
    const n = q.length;
    if (n < 2)
        throw new LiteralError(SYNTAX);
    const quote = q.charCodeAt(0);
    if (quote !== q.charCodeAt(n - 1))
        throw new LiteralError(SYNTAX);
    const body = q.slice(1, n - 1);
    if (quote === 96) {
        if (body.includes('`'))
            throw new LiteralError(SYNTAX);
        return body.includes('\r') ? body.replace(/\r/g, '') : body;
    }
    if (quote !== 34 && quote !== 39)
        throw new LiteralError(SYNTAX);
    if (body.includes('\n'))
        throw new LiteralError(SYNTAX);
    if (!body.includes('\\') && !body.includes(String.fromCharCode(quote))) {
        if (quote === 34)
            return body;
    }
    const bytes = [];
    let sawByte = false;
    let out = '';
    let i = 0;
    while (i < body.length) {
        const [r, isByte, next] = unquoteChar(body, i, quote);
        i = next;
        if (isByte) {
            bytes.push(r);
            sawByte = true;
            continue;
        }
        if (bytes.length > 0) {
            out += Buffer.from(bytes).toString('utf8');
            bytes.length = 0;
        }
        out += String.fromCodePoint(r);
        if (quote === 39 && i < body.length)
            throw new LiteralError(SYNTAX);
    }
    if (bytes.length > 0)
        out += Buffer.from(bytes).toString('utf8');
    void sawByte;
    return out;
}
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;
function lower(c) {
    return c | 0x20;
}
/** strconv's underscoreOK: underscores only between digits (or after a base prefix). */
function underscoreOK(s) {
    let saw = '^';
    let i = 0;
    if (s.length >= 1 && (s[0] === '-' || s[0] === '+'))
        s = s.slice(1);
    let hex = false;
    if (s.length >= 2 &&
        s[0] === '0' &&
        (lower(s.charCodeAt(1)) === 98 ||
            lower(s.charCodeAt(1)) === 111 ||
            lower(s.charCodeAt(1)) === 120)) {
        i = 2;
        saw = '0';
        hex = lower(s.charCodeAt(1)) === 120;
    }
    for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c >= 48 && c <= 57) || (hex && lower(c) >= 97 && lower(c) <= 102)) {
            saw = '0';
            continue;
        }
        if (c === 95) {
            if (saw !== '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw === '_')
            return false;
        saw = '!';
    }
    return saw !== '_';
}
/** strconv.ParseUint(s, 0, 64); undefined on any error. */
function parseUint(s0) {
    if (s0.length === 0)
        return undefined;
    let s = s0;
    let base = 10;
    if (s[0] === '0') {
        if (s.length >= 3 && lower(s.charCodeAt(1)) === 98) {
            base = 2;
            s = s.slice(2);
        }
        else if (s.length >= 3 && lower(s.charCodeAt(1)) === 111) {
            base = 8;
            s = s.slice(2);
        }
        else if (s.length >= 3 && lower(s.charCodeAt(1)) === 120) {
            base = 16;
            s = s.slice(2);
        }
        else {
            base = 8;
            s = s.slice(1);
        }
    }
    let n = 0n;
    let underscores = false;
    const b = BigInt(base);
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 95) {
            underscores = true;
            continue;
        }
        let d;
        if (c >= 48 && c <= 57)
            d = c - 48;
        else if (lower(c) >= 97 && lower(c) <= 122)
            d = lower(c) - 87;
        else
            return undefined;
        if (d >= base)
            return undefined;
        n = n * b + BigInt(d);
        if (n > UINT64_MAX)
            return undefined;
    }
    if (underscores && !underscoreOK(s0))
        return undefined;
    return n;
}
/** strconv.ParseInt(s, 0, 64); undefined on any error. */
function parseInt64(s) {
    if (s.length === 0)
        return undefined;
    let neg = false;
    let body = s;
    if (s[0] === '+' || s[0] === '-') {
        neg = s[0] === '-';
        body = s.slice(1);
    }
    const u = parseUint(body);
    if (u === undefined)
        return undefined;
    const v = neg ? -u : u;
    if (v < INT64_MIN || v > INT64_MAX)
        return undefined;
    return v;
}
const decimalFloat = /^[0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9_]+)?$/;
const hexFloat = /^0[xX]([0-9a-fA-F_]*)(\.([0-9a-fA-F_]*))?[pP]([+-]?[0-9_]+)$/;
/** strconv.ParseFloat(s, 64) for the literal forms the lexer produces; undefined on error. */
function parseFloat64(s0) {
    let s = s0;
    let neg = false;
    if (s[0] === '+' || s[0] === '-') {
        neg = s[0] === '-';
        s = s.slice(1);
    }
    if (s.includes('_') && !underscoreOK(s))
        return undefined;
    let v;
    const hm = hexFloat.exec(s);
    if (hm) {
        const intPart = hm[1].replace(/_/g, '');
        const frac = (hm[3] ?? '').replace(/_/g, '');
        if (intPart.length + frac.length === 0)
            return undefined;
        const mant = BigInt('0x' + (intPart + frac || '0'));
        const exp = Number(hm[4].replace(/_/g, '')) - 4 * frac.length;
        v = scaleByPow2(mant, exp);
    }
    else {
        if (!decimalFloat.test(s))
            return undefined;
        const clean = s.replace(/_/g, '');
        if (!/[0-9]/.test(clean.split(/[eE]/)[0]))
            return undefined;
        v = Number(clean);
        if (Number.isNaN(v))
            return undefined;
    }
    if (!Number.isFinite(v))
        return undefined;
    return neg ? -v : v;
}
/** mant * 2^exp rounded once to float64. */
function scaleByPow2(mant, exp) {
    if (mant === 0n)
        return 0;
    // Keep 64 significant bits plus a sticky bit so the single rounding below is exact.
    const bits = mant.toString(2).length;
    let m = mant;
    let e = exp;
    if (bits > 64) {
        const shift = bits - 64;
        const sticky = (m & ((1n << BigInt(shift)) - 1n)) !== 0n ? 1n : 0n;
        m = (m >> BigInt(shift)) | sticky;
        e += shift;
    }
    // The exponent of the leading bit decides whether the result is subnormal.
    const top = e + m.toString(2).length - 1;
    if (top < -1022) {
        // Subnormal: round to a multiple of 2^-1074 explicitly.
        const shift = -1074 - e;
        if (shift > 0) {
            const half = 1n << BigInt(shift - 1);
            const rem = m & ((1n << BigInt(shift)) - 1n);
            let q = m >> BigInt(shift);
            if (rem > half || (rem === half && (q & 1n) === 1n))
                q++;
            return Number(q) * 2 ** -1074;
        }
    }
    // Scaling by powers of two is exact for normal results; split it so no factor underflows.
    let x = Number(m);
    while (e > 1000) {
        x *= 2 ** 1000;
        e -= 1000;
    }
    while (e < -1000) {
        x *= 2 ** -1000;
        e += 1000;
    }
    return x * 2 ** e;
}


/***/ }),

/***/ 7807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ clearParseCache),
/* harmony export */   WR: () => (/* binding */ cachedParse),
/* harmony export */   vN: () => (/* binding */ rememberParse)
/* harmony export */ });
/** Total UTF-16 units of text kept; the least recently used entries go first. */
const MAX_CACHED_TEXT = 32 * 1024 * 1024;
const entries = new Map();
let cachedText = 0;
/**
 * Texts parsed once and not kept. Most template files of a scan are parsed only once, and
 * their trees, kept, were a third of the heap at the end of rendering the 40 corpus charts:
 * a chart's own files are kept from their second parse on (a chart's second variant, a
 * vendored copy), at the cost of one parse more. Helpers (`_*.tpl`, what library charts
 * such as bitnami's `common` are made of) and short texts (`tpl` strings, parsed on every
 * call) are kept from the first: they are a tenth of the text and most of what repeats.
 */
const seenOnce = new Set();
let seenOnceText = 0;
/**
 * The trees of an earlier successful parse of `text`, renamed for `name`: fresh Tree
 * objects (as a new parse would give) over the shared node trees.
 */
function cachedParse(name, text, leftDelim, rightDelim, env) {
    const list = entries.get(text);
    if (list === undefined)
        return undefined;
    for (const e of list) {
        if (e.leftDelim !== leftDelim || e.rightDelim !== rightDelim)
            continue;
        if (env.hasFunction('break') !== e.breakIsFunc)
            continue;
        if (env.hasFunction('continue') !== e.continueIsFunc)
            continue;
        let ok = true;
        for (const id of e.idents) {
            if (!env.hasFunction(id)) {
                ok = false;
                break;
            }
        }
        if (!ok)
            continue;
        // A define of the new name would collide with the text's own tree under that name.
        if (e.trees.some((t) => t.main !== true && t.name === name))
            continue;
        // Most recently used last.
        entries.delete(text);
        entries.set(text, list);
        const out = new Map();
        for (const t of e.trees) {
            const copy = { ...t, parseName: name, name: t.main === true ? name : t.name };
            out.set(copy.name, copy);
        }
        return out;
    }
    return undefined;
}
const SHORT_TEXT = 256;
function keptAtOnce(name, text) {
    return text.length < SHORT_TEXT || name.slice(name.lastIndexOf('/') + 1).startsWith('_');
}
/** Records a successful parse (see cachedParse for when it is reused). */
function rememberParse(name, text, leftDelim, rightDelim, trees, idents, env) {
    if (text.length > MAX_CACHED_TEXT / 4)
        return;
    // A define named like the file itself makes the result depend on the name.
    const own = trees.get(name);
    if (own !== undefined && own.main !== true)
        return;
    const list = entries.get(text) ?? [];
    if (list.length === 0) {
        if (seenOnce.delete(text)) {
            seenOnceText -= text.length;
        }
        else if (!keptAtOnce(name, text)) {
            if (seenOnceText + text.length > MAX_CACHED_TEXT) {
                seenOnce.clear();
                seenOnceText = 0;
            }
            seenOnce.add(text);
            seenOnceText += text.length;
            return;
        }
    }
    if (list.length >= 4)
        return;
    list.push({
        text,
        leftDelim,
        rightDelim,
        trees: [...trees.values()],
        idents: [...idents],
        breakIsFunc: env.hasFunction('break'),
        continueIsFunc: env.hasFunction('continue'),
    });
    if (list.length === 1) {
        entries.set(text, list);
        cachedText += text.length;
    }
    while (cachedText > MAX_CACHED_TEXT) {
        const oldest = entries.keys().next();
        if (oldest.done)
            break;
        entries.delete(oldest.value);
        cachedText -= oldest.value.length;
    }
}
/** Drops every cached parse (tests, long-lived processes). */
function clearParseCache() {
    entries.clear();
    cachedText = 0;
    seenOnce.clear();
    seenOnceText = 0;
}


/***/ }),

/***/ 2359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sortedMapKeys),
/* harmony export */   m: () => (/* binding */ compareGoStrings)
/* harmony export */ });
/** Compares two strings as Go does (UTF-8 byte order), returning <0, 0 or >0. */
function compareGoStrings(a, b) {
    if (a === b)
        return 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(i);
        if (ca === cb)
            continue;
        // UTF-16 order differs from code point order only between a surrogate (a code point
        // above U+FFFF) and a BMP character at or above U+E000.
        const sa = ca >= 0xd800 && ca < 0xe000;
        const sb = cb >= 0xd800 && cb < 0xe000;
        if (sa && !sb && cb >= 0xe000)
            return 1;
        if (sb && !sa && ca >= 0xe000)
            return -1;
        return ca - cb;
    }
    return a.length - b.length;
}
/** The keys of a Go map in the order Go iterates them in templates and prints them. */
function sortedMapKeys(m) {
    const keys = Object.keys(m);
    if (keys.length < 2)
        return keys;
    let plain = true;
    for (let i = 0; i < keys.length && plain; i++) {
        const k = keys[i];
        for (let j = 0; j < k.length; j++) {
            if (k.charCodeAt(j) >= 0xd800) {
                plain = false;
                break;
            }
        }
    }
    return plain ? keys.sort() : keys.sort(compareGoStrings);
}


/***/ })

};
