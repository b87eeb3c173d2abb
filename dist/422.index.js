export const id = 422;
export const ids = [422,663];
export const modules = {

/***/ 5422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveChartJobs: () => (/* binding */ serveChartJobs)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _discover_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1465);
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(663);
/* harmony import */ var _suppress_directive_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9569);
/**
 * The worker side of chart-pool.ts: takes chart renderings from the shared queue, loads each
 * with loadChart exactly as the main thread would, and sends back what the scan reads as
 * plain data (the objects' values, problems, notices). The render's source map stays here:
 * the main thread asks where a path of an object comes from through a synchronous call
 * (locate, feed, has), answered on the port the pool gave this worker.
 */





/** Whether a value is plain data that a structured clone copies as it is. */
function isPlain(v, depth = 0) {
    if (v === null || typeof v !== 'object')
        return typeof v !== 'function' && typeof v !== 'symbol';
    // Deeper than any manifest: the main thread renders such a chart itself.
    if (depth > 1_000)
        return false;
    if (Array.isArray(v)) {
        for (const x of v)
            if (!isPlain(x, depth + 1))
                return false;
        return true;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype)
        return false;
    for (const k of Object.keys(v))
        if (!isPlain(v[k], depth + 1))
            return false;
    return true;
}
function serveChartJobs() {
    const data = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const port = data.port;
    const signal = new Int32Array(data.signal);
    const next = new Int32Array(data.next);
    const sources = [];
    port.on('message', (call) => {
        let reply;
        try {
            const s = sources[call.doc];
            if (call.op === 'locate')
                reply = { value: s.locate(call.path, call.part) };
            else if (call.op === 'feed')
                reply = { value: s.feed?.(call.query) };
            else
                reply = { value: s.doc.has(call.path) };
        }
        catch (e) {
            reply = { error: e.message };
        }
        port.postMessage(reply);
        Atomics.store(signal, 0, 1);
        Atomics.notify(signal, 0);
    });
    let charts;
    const chartDirs = () => (charts ??= data.rediscover ? (0,_discover_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .discover */ .k)({ root: data.root }).charts : data.discoveredCharts);
    const withoutDirectives = [];
    const context = {
        limits: data.limits,
        fileRead: (path, bytes) => {
            if (!(0,_suppress_directive_files_js__WEBPACK_IMPORTED_MODULE_3__/* .mentionsKubeWhoami */ .o)(bytes))
                withoutDirectives.push(path);
        },
        repositoryCharts: (0,_charts_js__WEBPACK_IMPORTED_MODULE_2__.repositoryCharts)(data.root, chartDirs),
    };
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.once('message', ({ renderings }) => {
        for (;;) {
            const i = Atomics.add(next, 0, 1);
            if (i >= renderings.length)
                break;
            withoutDirectives.length = 0;
            const loaded = (0,_charts_js__WEBPACK_IMPORTED_MODULE_2__.loadChart)(data.root, renderings[i], context);
            node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ done: i, result: toSent(loaded, sources, [...withoutDirectives]) });
        }
        // The worker stays to answer where things come from; the trees would stay with it.
        (0,_charts_js__WEBPACK_IMPORTED_MODULE_2__.forgetParsedTemplates)();
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ outOfWork: true });
    });
}
function toSent(loaded, sources, withoutDirectives) {
    const documents = [];
    const index = new Map();
    for (const o of loaded.objects) {
        let d = index.get(o.source);
        if (!d) {
            const value = o.source.doc.value;
            if (!isPlain(value))
                return { fallback: true };
            d = {
                key: sources.length,
                id: o.source.id,
                file: o.source.doc.file,
                value,
                span: o.source.doc.span,
                contentRange: o.source.doc.contentRange,
                renderNote: o.source.renderNote,
                rendering: o.source.rendering,
                objects: [],
            };
            sources.push(o.source);
            index.set(o.source, d);
            documents.push(d);
        }
        d.objects.push({ namespace: o.namespace, renderedId: o.renderedId });
    }
    return {
        problems: loaded.problems,
        notices: loaded.notices,
        documents,
        documentCount: loaded.documents,
        withoutDirectives,
    };
}


/***/ }),

/***/ 663:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  forgetParsedTemplates: () => (/* reexport */ parse_cache/* clearParseCache */.Bo),
  loadChart: () => (/* binding */ loadChart),
  repositoryCharts: () => (/* binding */ repositoryCharts)
});

// EXTERNAL MODULE: ./build/core/linear-regex.js
var linear_regex = __webpack_require__(235);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/core/root-files.js
var root_files = __webpack_require__(2170);
// EXTERNAL MODULE: ./build/helm/render.js + 59 modules
var render = __webpack_require__(7767);
// EXTERNAL MODULE: ./build/helm/unvendored.js
var unvendored = __webpack_require__(7937);
// EXTERNAL MODULE: ./build/template/value.js
var value = __webpack_require__(1886);
// EXTERNAL MODULE: ./build/helm/origins.js
var origins = __webpack_require__(8382);
// EXTERNAL MODULE: ./build/helm/goyaml/parse.js
var parse = __webpack_require__(7876);
// EXTERNAL MODULE: ./build/template/strconv.js
var strconv = __webpack_require__(1582);
// EXTERNAL MODULE: ./build/helm/go-text.js
var go_text = __webpack_require__(5711);
// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
// EXTERNAL MODULE: ./build/helm/feeds.js
var feeds = __webpack_require__(8528);
;// CONCATENATED MODULE: ./build/helm/source-map.js







/** Template sources by template name, built once per render result. */
class TemplateIndex {
    byName = new Map();
    constructor(chart) {
        const walk = (c) => {
            const prefix = c.fullPath();
            for (const t of c.templates)
                this.byName.set(`${prefix}/${t.name}`, { file: t });
            for (const d of c.dependencies)
                walk(d);
        };
        walk(chart);
    }
    get(name) {
        return this.byName.get(name);
    }
    /** A SourceRange for a node position in a template; archives point at the .tgz. */
    range(pos) {
        const src = this.byName.get(pos.template);
        if (!src)
            return undefined;
        if (src.file.origin.archive) {
            return {
                file: src.file.origin.archive,
                startLine: 1,
                startColumn: 1,
                endLine: 1,
                endColumn: 1,
            };
        }
        return {
            file: src.file.origin.path,
            startLine: pos.line,
            startColumn: pos.col,
            endLine: pos.endLine,
            endColumn: pos.endCol,
        };
    }
    /** The template text of a node position (an action's source). */
    slice(pos) {
        const src = this.byName.get(pos.template);
        if (!src || src.file.origin.archive)
            return undefined;
        src.text ??= (0,go_text/* bytesToString */.Ar)(src.file.data);
        const lines = src.text.split('\n');
        if (pos.line === pos.endLine)
            return lines[pos.line - 1]?.slice(pos.col - 1, pos.endCol - 1);
        return [
            lines[pos.line - 1]?.slice(pos.col - 1) ?? '',
            ...lines.slice(pos.line, pos.endLine - 1),
            lines[pos.endLine - 1]?.slice(0, pos.endCol - 1) ?? '',
        ].join('\n');
    }
    /** The source range of `delta` characters into a text node starting at `pos`. */
    textRange(pos, delta, length) {
        const src = this.byName.get(pos.template);
        if (!src)
            return undefined;
        if (src.file.origin.archive)
            return this.range(pos);
        src.text ??= (0,go_text/* bytesToString */.Ar)(src.file.data);
        if (!src.lineStarts) {
            const starts = [0];
            const t = src.text;
            for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1))
                starts.push(i + 1);
            src.lineStarts = starts;
        }
        const starts = src.lineStarts;
        const startOffset = starts[pos.line - 1] + pos.col - 1 + delta;
        const toPos = (off) => {
            let lo = 0;
            let hi = starts.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= off)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            return { line: lo + 1, col: off - starts[lo] + 1 };
        };
        const a = toPos(startOffset);
        let endOffset = startOffset + Math.max(0, length);
        if (length < 0) {
            const nl = src.text.indexOf('\n', startOffset);
            endOffset = nl < 0 ? src.text.length : nl;
        }
        const b = toPos(endOffset);
        return {
            file: src.file.origin.path,
            startLine: a.line,
            startColumn: a.col,
            endLine: b.line,
            endColumn: b.col,
        };
    }
}
function scalarText(n) {
    return n && n.t === 'scalar' ? n.value : undefined;
}
/** Finds the node at `path` in a parsed document. */
function findPath(root, path) {
    let node = root;
    let keyStart = root?.start ?? 0;
    let keyEnd = keyStart;
    for (let i = 0; i < path.length; i++) {
        while (node && node.t === 'alias')
            node = node.target ?? null;
        if (!node)
            return undefined;
        const step = path[i];
        if (node.t === 'map') {
            let found = -1;
            for (let k = node.keys.length - 1; k >= 0; k--) {
                const key = node.keys[k];
                if (key.t === 'scalar' && key.value === String(step)) {
                    found = k;
                    break;
                }
            }
            if (found < 0)
                return undefined;
            keyStart = node.keys[found].start;
            keyEnd = node.keys[found].end;
            node = node.values[found];
        }
        else if (node.t === 'seq' && typeof step === 'number') {
            const item = node.items[step];
            if (!item)
                return undefined;
            keyStart = item.start;
            keyEnd = item.start;
            node = item;
        }
        else {
            return undefined;
        }
    }
    return { path, keyStart, keyEnd, node };
}
/** The deepest node containing `offset`, with its path. */
function pathAt(root, offset) {
    let best;
    const visit = (n, path, keyStart, keyEnd) => {
        if (!n)
            return;
        if (n.t === 'map') {
            n.keys.forEach((k, i) => {
                const v = n.values[i];
                const end = Math.max(k.end, v ? v.end : k.end);
                if (offset >= k.start && offset <= end && k.t === 'scalar') {
                    best = { path: [...path, k.value], keyStart: k.start, keyEnd: k.end, node: v };
                    visit(v, [...path, k.value], k.start, k.end);
                }
            });
        }
        else if (n.t === 'seq') {
            n.items.forEach((it, i) => {
                if (offset >= it.start && offset <= it.end) {
                    best = { path: [...path, i], keyStart: it.start, keyEnd: it.start, node: it };
                    visit(it, [...path, i], it.start, it.start);
                }
            });
        }
        void keyStart;
        void keyEnd;
    };
    visit(root, [], 0, 0);
    return best;
}
function formatScalar(v) {
    if (v === null)
        return undefined;
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number')
        return (0,strconv/* formatFloat */.kr)(v, 'g', -1);
    if (typeof v === 'bigint')
        return v.toString();
    if (v instanceof value/* GoInt */.ov)
        return v.value.toString();
    return undefined;
}
/** Whether a rendered scalar shows value v (as {{ v }}, quoted, or through toYaml). */
function sameScalar(rendered, v) {
    const f = formatScalar(v);
    if (f === undefined)
        return false;
    if (f === rendered)
        return true;
    if (typeof v === 'number' || typeof v === 'bigint' || v instanceof value/* GoInt */.ov) {
        const n = Number(rendered);
        return (rendered.trim() !== '' &&
            Number.isFinite(n) &&
            n === Number(typeof v === 'number' ? v : v instanceof value/* GoInt */.ov ? v.value : v));
    }
    return false;
}
function child(v, step) {
    if (Array.isArray(v)) {
        const i = typeof step === 'number' ? step : Number(step);
        if (!Number.isInteger(i) || i < 0 || i >= v.length)
            return undefined;
        return { container: v, key: i, value: v[i] };
    }
    if (v !== null && (0,value/* isGoMap */.Rb)(v)) {
        const k = String(step);
        if (!Object.hasOwn(v, k))
            return undefined;
        return { container: v, key: k, value: v[k] };
    }
    return undefined;
}
/** Matches the reads before a write against the rendered value at `path`. */
function matchValue(reads, from, to, path, rendered, regionStart) {
    let best;
    const consider = (m) => {
        if (!best || m.score > best.score)
            best = m;
    };
    for (let i = to - 1; i >= from; i--) {
        const r = reads[i];
        const recency = (i - from) / Math.max(1, to - from);
        const v = r.value;
        if (v !== null && typeof v === 'object' && !(v instanceof value/* GoInt */.ov)) {
            if (!(Array.isArray(v) || (0,value/* isGoMap */.Rb)(v)))
                continue;
            // Walk the path suffix that lies in the written region, or the part after a step
            // named like the key this value was read under.
            const starts = [regionStart];
            for (let j = path.length - 1; j >= 0; j--)
                if (String(path[j]) === String(r.key))
                    starts.push(j + 1);
            for (const k of starts) {
                if (k < 0 || k > path.length)
                    continue;
                let cur = v;
                let last;
                let ok = true;
                for (let j = k; j < path.length; j++) {
                    const c = child(cur, path[j]);
                    if (!c) {
                        ok = false;
                        break;
                    }
                    last = c;
                    cur = c.value;
                }
                if (!ok || !last)
                    continue;
                const site = (0,origins/* siteOf */.zU)(last.container, last.key);
                if (!site)
                    continue;
                const isScalar = formatScalar(last.value) !== undefined;
                if (rendered !== undefined && isScalar && !sameScalar(rendered, last.value))
                    continue;
                consider({
                    site,
                    scalar: isScalar,
                    read: r,
                    score: 2 + recency + (k === regionStart ? 0.5 : 0),
                });
            }
            continue;
        }
        if (rendered === undefined || !sameScalar(rendered, v))
            continue;
        const site = (0,origins/* siteOf */.zU)(r.container, r.key);
        if (!site)
            continue;
        const keyMatches = path.length > 0 && String(path[path.length - 1]) === String(r.key);
        consider({ site, scalar: true, read: r, score: 1 + recency + (keyMatches ? 1 : 0) });
    }
    return best;
}
function valueRange(m) {
    return m.site.kind === 'file' ? (0,origins/* siteRange */.v6)(m.site, m.scalar) : undefined;
}
/** Source map for one render result. */
class RenderSourceMap {
    templates;
    parsed = new WeakMap();
    documents;
    /**
     * Each template's rendered text. The chart and the printed output are not kept: a scan
     * holds a map per rendering until its findings are placed.
     */
    renderedTexts = new Map();
    constructor(result) {
        if (!result.chart)
            throw new Error('source map needs a loaded chart');
        this.templates = new TemplateIndex(result.chart);
        this.documents = result.documents;
        for (const [name, t] of result.templates ?? [])
            this.renderedTexts.set(name, t.text);
    }
    root(doc) {
        if (this.parsed.has(doc))
            return this.parsed.get(doc) ?? null;
        let root;
        try {
            root = (0,parse/* parseFirstDocument */.jE)(doc.text);
        }
        catch {
            root = null;
        }
        this.parsed.set(doc, root);
        return root;
    }
    /** Where the value at `path` (e.g. ['spec', 'template', 'spec', 'containers', 0, 'image']) came from. */
    locatePath(doc, path) {
        const root = this.root(doc);
        const found = findPath(root, path);
        if (!found)
            return undefined;
        const n = found.node;
        const offset = n && n.end > n.start ? n.start : found.keyStart;
        return this.resolve(doc, found, offset);
    }
    /** Where the text at `offset` (within the document text) came from. */
    locateOffset(doc, offset) {
        const root = this.root(doc);
        const found = pathAt(root, offset) ?? { path: [], keyStart: offset, keyEnd: offset, node: null };
        return this.resolve(doc, found, offset);
    }
    /**
     * The chart value that feeds a block of an object in `doc` (a container's or the pod's
     * securityContext), or would feed it where the block is absent (feeds.ts).
     */
    feed(doc, query) {
        if (!doc.trace)
            return undefined;
        return (0,feeds/* findFeed */.E)({
            root: this.root(doc),
            offsetInFile: doc.offsetInFile,
            trace: doc.trace,
            range: (pos) => this.templates.range(pos),
            textRange: (emit, offset) => this.emitRange(emit, offset),
            text: (pos) => this.templates.slice(pos),
        }, query);
    }
    /** Where the text at `offset` in the whole printed output came from. */
    locateOutputOffset(offset) {
        for (const doc of this.documents) {
            if (doc.offsetInOutput < 0)
                continue;
            if (offset >= doc.offsetInOutput && offset <= doc.offsetInOutput + doc.text.length) {
                const located = this.locateOffset(doc, offset - doc.offsetInOutput);
                return located ? { document: doc, located } : undefined;
            }
        }
        return undefined;
    }
    resolve(doc, found, offset) {
        const fileRange = () => doc.file.origin.archive
            ? { file: doc.file.origin.archive, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
            : { file: doc.file.origin.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
        const trace = doc.trace;
        if (!trace) {
            const r = fileRange();
            return { primary: r, related: [], origin: { template: r } };
        }
        const fileOffset = doc.offsetInFile + offset;
        const emit = trace.emitAt(fileOffset);
        if (!emit) {
            const r = fileRange();
            return { primary: r, related: [], origin: { template: r } };
        }
        const template = this.emitRange(emit, fileOffset);
        const idx = trace.emits.indexOf(emit);
        const prevReadEnd = idx > 0 ? trace.emits[idx - 1].readEnd : 0;
        const rendered = scalarText(found.node);
        // The first path step whose key was written by this emission: the root of what it wrote.
        let regionStart = found.path.length;
        const root = this.root(doc);
        for (let j = 0; j < found.path.length; j++) {
            const at = findPath(root, found.path.slice(0, j + 1));
            if (at && doc.offsetInFile + at.keyStart >= emit.start) {
                regionStart = j;
                break;
            }
        }
        let match;
        const others = [];
        // A scalar assembled from several writes (`image: "{{ .repo }}:{{ .tag }}"`): an action
        // whose own output is exactly a value it read names that value.
        const n = found.node;
        if (n && n.t === 'scalar' && n.end > n.start) {
            const fileText = this.renderedTexts.get(doc.source);
            const from = doc.offsetInFile + n.start;
            const to = doc.offsetInFile + n.end;
            const all = [];
            for (let i = 0; fileText !== undefined && i < trace.emits.length; i++) {
                const e = trace.emits[i];
                if (e.end <= from || e.start >= to || e.kind !== 'action')
                    continue;
                const written = fileText.slice(e.start, e.end);
                const before = i > 0 ? trace.emits[i - 1].readEnd : 0;
                const m = matchValue(trace.reads, before, e.readEnd, found.path, written, found.path.length);
                if (m && m.scalar)
                    all.push({ m, covers: e.start <= fileOffset && fileOffset < e.end });
            }
            const chosen = all.find((x) => x.covers) ?? all[0];
            match = chosen?.m;
            for (const x of all)
                if (x !== chosen)
                    others.push(x.m);
        }
        if (!match && emit.kind === 'action') {
            match = matchValue(trace.reads, prevReadEnd, emit.readEnd, found.path, rendered, regionStart);
            if (!match) {
                // Enclosing with/range blocks read their values before earlier writes.
                match = matchValue(trace.reads, Math.max(0, prevReadEnd - 2000), prevReadEnd, found.path, rendered, regionStart);
            }
        }
        if (!match && emit.kind === 'action' && rendered !== undefined && rendered.length >= 3) {
            // A string composed from values (`printf "%s/%s:%s" .registry .repository .tag`):
            // the longest value contained in it, the others as related locations.
            const parts = [];
            const seen = new Set();
            for (let i = prevReadEnd; i < emit.readEnd; i++) {
                const r = trace.reads[i];
                if (typeof r.value !== 'string' || r.value.length < 3 || !rendered.includes(r.value))
                    continue;
                const site = (0,origins/* siteOf */.zU)(r.container, r.key);
                if (!site || seen.has(site))
                    continue;
                seen.add(site);
                parts.push({ site, scalar: true, read: r, score: r.value.length });
            }
            parts.sort((a, b) => b.score - a.score);
            // Longest first; a value only counts where a longer one does not already explain the text.
            const covered = [];
            const kept = [];
            for (const p of parts) {
                const v = p.read.value;
                for (let at = rendered.indexOf(v); at >= 0; at = rendered.indexOf(v, at + 1)) {
                    const end = at + v.length;
                    if (covered.some(([a, b]) => at >= a && end <= b))
                        continue;
                    covered.push([at, end]);
                    kept.push(p);
                    break;
                }
            }
            match = kept[0];
            (0,arrays/* pushAll */.iI)(others, kept.slice(1));
        }
        const related = [];
        const origin = { template };
        for (const o of others) {
            const r = valueRange(o);
            if (r)
                related.push({ range: r, message: 'value that also forms this text' });
            else if (template && o.site.kind === 'set') {
                related.push({ range: template, message: `value set by ${o.site.argument}` });
            }
        }
        if (match) {
            const vr = valueRange(match);
            origin.value =
                match.site.kind === 'file' ? { range: vr } : { setArgument: match.site.argument };
            if (template)
                related.push({ range: template, message: 'template that renders this value' });
            if (match.read.at.template !== emit.at.template) {
                const helper = this.templates.range(match.read.at);
                if (helper)
                    related.push({ range: helper, message: 'helper template that reads this value' });
            }
            if (vr)
                return { primary: vr, related, origin };
            if (template && match.site.kind === 'set') {
                return {
                    primary: template,
                    related: [{ range: template, message: `value set by ${match.site.argument}` }],
                    origin,
                };
            }
        }
        // No value: literal text written by a helper (include) is attributed to the helper line.
        if (emit.kind === 'action') {
            const helper = this.helperText(doc, trace, prevReadEnd, emit.readEnd, offset);
            if (helper) {
                if (template)
                    related.push({ range: template, message: 'template that includes this text' });
                return { primary: helper, related, origin: { template: helper } };
            }
        }
        const primary = template ?? fileRange();
        return { primary, related, origin };
    }
    /** The helper-template range that wrote the rendered line at `offset`, if one did. */
    helperText(doc, trace, readFrom, readTo, offset) {
        const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
        let lineEnd = doc.text.indexOf('\n', offset);
        if (lineEnd < 0)
            lineEnd = doc.text.length;
        const lineText = doc.text.slice(lineStart, lineEnd).trim();
        if (lineText === '')
            return undefined;
        // Innermost (latest started) executions first.
        for (let i = trace.nested.length - 1; i >= 0; i--) {
            const n = trace.nested[i];
            if (n.readStart < readFrom || n.readEnd > readTo)
                continue;
            for (const e of n.emits) {
                const written = n.output.slice(e.start, e.end);
                const at = written.indexOf(lineText);
                if (at < 0)
                    continue;
                if (e.kind === 'text')
                    return this.templates.textRange(e.at, at, -1) ?? this.templates.range(e.at);
                return this.templates.range(e.at);
            }
        }
        return undefined;
    }
    emitRange(emit, fileOffset) {
        if (emit.kind === 'text') {
            const delta = fileOffset - emit.start;
            return this.templates.textRange(emit.at, delta, -1) ?? this.templates.range(emit.at);
        }
        return this.templates.range(emit.at);
    }
}
/** Convenience: the source map of a render result (rendered with `trace: true`). */
function sourceMapOf(result) {
    return new RenderSourceMap(result);
}

// EXTERNAL MODULE: ./build/yaml/fast-document.js + 1 modules
var fast_document = __webpack_require__(839);
// EXTERNAL MODULE: ./build/k8s/objects.js
var k8s_objects = __webpack_require__(8824);
// EXTERNAL MODULE: ./build/k8s/source.js
var source = __webpack_require__(8150);
;// CONCATENATED MODULE: ./build/k8s/rendered.js

/**
 * A document rendered from a Helm chart. Places in it are reported where a person edits
 * them: the values-file key (or --set argument) that produced the value, with the template
 * line as a related location; the template line when no value is involved. Never a line of
 * the rendered output.
 */
class RenderedManifestSource {
    id;
    doc;
    rendered;
    map;
    renderNote;
    rendering;
    constructor(id, doc, rendered, map, renderNote, rendering) {
        this.id = id;
        this.doc = doc;
        this.rendered = rendered;
        this.map = map;
        this.renderNote = renderNote;
        this.rendering = rendering;
    }
    locate(path, _part = 'pair') {
        const at = this.doc.has(path) ? path : (0,source/* nearestExisting */.Iv)(this.doc, path);
        const found = this.map.locatePath(this.rendered, [...at]) ?? this.map.locateOffset(this.rendered, 0);
        if (found)
            return { range: found.primary, related: found.related, template: found.origin.template };
        const file = this.rendered.file.origin.archive ?? this.rendered.file.origin.path;
        return { range: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, related: [] };
    }
    feed(query) {
        return this.map.feed(this.rendered, query);
    }
    /** Where a parse problem at an offset of the rendered text comes from. */
    locateOffset(offset) {
        const found = this.map.locateOffset(this.rendered, offset);
        return found ? { range: found.primary, related: found.related } : undefined;
    }
}

// EXTERNAL MODULE: ./build/core/decode.js
var decode = __webpack_require__(9566);
// EXTERNAL MODULE: ./build/template/parse-cache.js
var parse_cache = __webpack_require__(7807);
;// CONCATENATED MODULE: ./build/k8s/charts.js
/**
 * Helm charts in the scanned tree, rendered the way `helm template` renders them (one or
 * more variants each) and read as Kubernetes objects whose places map back to values files
 * and templates.
 */











function label(r) {
    return r.variant ? `${r.chart} (${r.variant})` : r.chart;
}
/**
 * The line naming a dependency in Chart.yaml (or a v1 chart's requirements.yaml); `nth`
 * counts entries of the same name (one chart under several aliases).
 */
function dependencyRange(root, chart, name, nth = 0) {
    const entry = new RegExp(`^\\s*(?:-\\s+)?name:\\s*["']?${(0,linear_regex/* escapeRegex */.$f)(name)}["']?\\s*(?:#.*)?$`);
    for (const file of ['Chart.yaml', 'requirements.yaml']) {
        const rel = chart === '.' ? file : `${chart}/${file}`;
        let text;
        try {
            text = (0,root_files/* readRootText */.gM)(root, rel);
        }
        catch {
            continue;
        }
        const lines = text.split('\n');
        const deps = lines.findIndex((l) => /^dependencies:/.test(l));
        if (deps < 0)
            continue;
        for (let i = deps + 1; i < lines.length; i++) {
            if (/^\S/.test(lines[i]) && !lines[i].startsWith('-'))
                break;
            const m = entry.exec(lines[i]);
            if (!m || nth-- > 0)
                continue;
            const col = lines[i].indexOf('name:') + 1;
            return {
                file: rel,
                startLine: i + 1,
                startColumn: col,
                endLine: i + 1,
                endColumn: lines[i].length + 1,
            };
        }
    }
    return undefined;
}
/** Every chart is rendered: the syntax trees kept for texts seen again are of no more use. */

/**
 * The charts of the repository by name and version, read once and only when a dependency
 * that is not vendored asks for them.
 */
function repositoryCharts(root, chartDirs) {
    let charts;
    return () => (charts ??= chartDirs()
        .map((d) => (0,unvendored/* readChartIdentity */.J)((0,external_node_path_.join)(root, d)))
        .filter((c) => c !== undefined));
}
function loadChart(root, r, context = {}) {
    const chartFile = r.chart === '.' ? 'Chart.yaml' : `${r.chart}/Chart.yaml`;
    const at = (file, line = 1, col = 1) => ({
        file: file ?? chartFile,
        startLine: line,
        startColumn: col,
        endLine: line,
        endColumn: col + 1,
    });
    let result;
    try {
        result = (0,render/* renderChart */.x)((0,external_node_path_.join)(root, r.chart), {
            cwd: root,
            root,
            // Values and --set-file paths come from the repository's config: never outside it.
            readUserFile: (p) => (0,root_files/* readRootText */.gM)(root, p),
            trace: true,
            // Keys only shape the certificates a chart generates; nothing here reads them.
            reuseCertificateKeys: true,
            // Two scans of one commit render the same random names (helm-test pods), so they agree.
            randomSeed: `kube-whoami:${r.chart}#${r.variant ?? ''}`,
            lenient: true,
            repositoryCharts: context.repositoryCharts,
            fileRead: context.fileRead,
            limits: context.limits,
            releaseName: r.releaseName,
            namespace: r.namespace,
            valuesFiles: r.values,
            set: r.set,
            setString: r.setString,
            setFile: r.setFile,
            setJson: r.setJson,
            kubeVersion: r.kubeVersion,
            apiVersions: r.apiVersions,
        });
    }
    catch (e) {
        return {
            objects: [],
            documents: 0,
            notices: [],
            problems: [
                {
                    message: `kube-whoami could not render ${label(r)}: ${e.message}`,
                    range: at(undefined),
                    related: [],
                    key: 'internal',
                },
            ],
        };
    }
    const notices = result.warnings
        .split('\n')
        .filter((l) => l.trim() && !OWN_NOTICES.some((m) => l.includes(m)))
        .map((l) => ({
        level: 'note',
        message: `${label(r)}: helm: ${l.trim()}`,
        range: at(undefined),
    }));
    for (const link of result.refusedLinks ?? []) {
        // As the link is written (machine paths of the scan stay out of reports).
        let target;
        try {
            target = (0,external_node_fs_.readlinkSync)((0,external_node_path_.join)(root, link.path));
        }
        catch {
            target = (0,external_node_path_.relative)(root, link.target);
        }
        notices.push({
            level: 'warning',
            message: `${label(r)}: symbolic link ${link.path} points ${(0,external_node_path_.relative)(root, link.target).split(/[\\/]/)[0] === '.git' ? 'into .git' : 'outside the scanned repository'} (-> ${target}); not followed, so what it holds is left out of the render (helm would read it)`,
            range: at(link.path),
        });
    }
    for (const u of result.unfetchedSchemaRefs ?? []) {
        notices.push({
            level: 'warning',
            message: `${label(r)}: values.schema.json of chart ${JSON.stringify(u.chart)} refers to ${u.ref}, which kube-whoami never fetches (a remote schema or a file outside the chart): the values are not checked against it, where helm fetches it and refuses the chart when it cannot`,
            range: at(u.file),
        });
    }
    // A dependency its conditions or tags switch off is not rendered by helm either.
    const used = (d) => d.request.enabled || !result.ok;
    const unvendored = (result.unvendored ?? []).filter(used);
    const seen = new Map();
    for (const d of result.unvendored ?? []) {
        const key = `${d.parent}\u0000${d.name}`;
        const nth = seen.get(key) ?? 0;
        seen.set(key, nth + 1);
        if (!used(d))
            continue;
        const range = dependencyRange(root, d.parent, d.name, nth) ?? at(undefined);
        notices.push({ ...dependencyNotice(label(r), d), range });
    }
    const missing = unvendored.filter((d) => d.how === 'missing').map((d) => d.name);
    const withoutMissing = missing.length
        ? `\n(rendered without the dependencies not vendored in charts/: ${missing.join(', ')})`
        : '';
    if (result.error?.message === 'library charts are not installable') {
        // A library is only ever rendered through the charts that depend on it.
        notices.push({
            level: 'note',
            message: `${label(r)}: a library chart; its templates are scanned where charts include them`,
            range: at(undefined),
        });
        return { objects: [], documents: 0, notices, problems: [] };
    }
    if (!result.ok || !result.chart) {
        const e = result.error;
        const why = withoutDebugHint(e?.message ?? 'unknown error');
        return {
            objects: [],
            documents: 0,
            notices,
            problems: [
                {
                    message: `helm template ${label(r)} fails: ${why}${withoutMissing}`,
                    range: at(e?.file, e?.line, e?.column),
                    related: [],
                    key: why.replace(/:\d+:\d+/g, ''),
                },
            ],
        };
    }
    const problems = [];
    for (const f of result.failures ?? []) {
        problems.push({
            message: lenientFailureMessage(label(r), f) + withoutMissing,
            range: at(f.file, f.line, f.column),
            related: f.related ?? [],
            key: `${f.template ?? f.kind}#${withoutDebugHint(f.message).replace(/:\d+:\d+/g, '')}`,
        });
    }
    const renderNote = lenientNote(label(r), result.failures ?? [], unvendored);
    const map = sourceMapOf(result);
    const objects = [];
    // Objects of one kind per template, in render order: their identity, not their names.
    const kindsSeen = new Map();
    for (const doc of result.documents) {
        const id = `${r.chart}#${r.variant ?? ''}#${doc.source}`;
        // helm reads a CR alone as a line break (go-yaml); one for one, so offsets stay.
        const parsed = (0,fast_document/* readManifestYaml */.T)((0,decode/* normalizeYamlBreaks */.F)(doc.text), doc.file.origin.path);
        for (const yamlDoc of parsed.documents) {
            const source = new RenderedManifestSource(id, yamlDoc, doc, map, renderNote, r.variant ? `variant ${r.variant}` : undefined);
            if (yamlDoc.problems.length) {
                for (const p of yamlDoc.problems) {
                    const where = source.locateOffset(p.span.start);
                    problems.push({
                        message: `${doc.source} renders invalid YAML: ${p.message}`,
                        range: where?.range ?? at(doc.file.origin.path),
                        related: where?.related ?? [],
                        key: `${doc.source}#${p.message}`,
                    });
                }
                continue;
            }
            if (yamlDoc.isEmpty)
                continue;
            for (const o of (0,k8s_objects/* objectsOfDocument */.p3)(source)) {
                // helm installs objects without a namespace into the release namespace.
                if (!o.namespace && o.kind !== 'Namespace')
                    o.namespace = r.namespace ?? 'default';
                const n = (kindsSeen.get(`${id}\u0000${o.kind}`) ?? 0) + 1;
                kindsSeen.set(`${id}\u0000${o.kind}`, n);
                o.renderedId = n > 1 ? `${o.kind}#${n}` : o.kind;
                objects.push(o);
            }
            // The objects hold the values now; places are asked for only where a finding is.
            if (yamlDoc instanceof fast_document/* FastYamlDocument */.p)
                yamlDoc.releaseTree();
        }
    }
    return { objects, problems, notices, documents: result.documents.length };
}
/** Lines of the render's log that become notices of their own (or none: links followed). */
const OWN_NOTICES = [
    'msg="found symbolic link in path.',
    'msg="symbolic link leaves the scanned directory',
    'msg="values.schema.json $ref not fetched',
];
/** helm's hint about --debug does not apply to a scan. */
function withoutDebugHint(message) {
    return message.replace(/\n+Use --debug flag to render out invalid YAML$/, '');
}
function dependencyNotice(chart, d) {
    const what = `${chart}: dependency ${JSON.stringify(d.name)} is not vendored in charts/`;
    if (d.how === 'file') {
        return {
            level: 'note',
            message: `${what}; read from its file:// folder, as \`helm dependency build\` would vendor it`,
        };
    }
    if (d.how === 'repository') {
        const from = d.repository ? ` from ${d.repository}` : '';
        return {
            level: 'note',
            message: `${what} (${d.version || 'any version'}${from}); read from ${d.folder} (${d.folderVersion}), ` +
                'the chart of that name in this repository, so findings from this chart come from a ' +
                'lenient render. Run `helm dependency build` before the scan to check what helm installs',
        };
    }
    const rejected = d.rejected?.length
        ? ` (${d.rejected.map((x) => `${x.folder} is version ${x.version}`).join(', ')}, outside ${JSON.stringify(d.version)})`
        : '';
    return {
        level: 'warning',
        message: `${what}, and no chart of that name and version is in this repository${rejected}: left ` +
            'out, with its default values treated as empty; templates that need it are reported one ' +
            'by one, the others are scanned. Run `helm dependency build` before the scan to check it too',
    };
}
function lenientFailureMessage(chart, f) {
    const why = withoutDebugHint(f.message);
    switch (f.kind) {
        case 'schema':
        case 'kubeVersion':
            return `helm template ${chart} fails: ${why}\n(the chart is still scanned as rendered, which helm refuses)`;
        case 'manifest':
            return `helm template ${chart} fails: ${why}\n(this template's output is left out of the scan; the chart's other templates are scanned)`;
        case 'template': {
            // required and fail: the chart asks for a value it has no default for.
            const ask = why.startsWith('execution error at (')
                ? '; give the value in .kube-whoami.yaml (a `charts:` entry with `values` or `set`) to scan it'
                : '';
            return `helm template ${chart} fails: ${why}\n(${f.template ?? 'this template'} is left out of the scan${ask}; the chart's other templates are scanned)`;
        }
    }
}
/** What findings from a chart rendered where helm refuses it add to their message. */
function lenientNote(chart, failures, unvendored) {
    const parts = [];
    const leftOut = failures.filter((f) => f.kind === 'template' || f.kind === 'manifest').length;
    if (leftOut)
        parts.push(`${leftOut} template${leftOut === 1 ? '' : 's'} left out`);
    if (failures.some((f) => f.kind === 'schema'))
        parts.push('values break values.schema.json');
    if (failures.some((f) => f.kind === 'kubeVersion'))
        parts.push('kubeVersion incompatible');
    const missing = unvendored.filter((d) => d.how === 'missing').map((d) => d.name);
    if (missing.length)
        parts.push(`without ${missing.join(', ')}`);
    for (const d of unvendored.filter((x) => x.how === 'repository')) {
        parts.push(`${d.name} from ${d.folder}`);
    }
    if (!parts.length)
        return undefined;
    return `[lenient render of ${chart}, which helm template refuses: ${parts.join('; ')}]`;
}


/***/ })

};
