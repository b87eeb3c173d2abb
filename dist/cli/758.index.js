export const id = 758;
export const ids = [758];
export const modules = {

/***/ 8758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KustomizeManifestSource: () => (/* binding */ KustomizeManifestSource),
  fallbackRenderings: () => (/* binding */ fallbackRenderings),
  loadKustomize: () => (/* binding */ loadKustomize),
  planKustomizations: () => (/* binding */ planKustomizations)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/core/root-files.js
var root_files = __webpack_require__(2170);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/kustomize/build.js + 20 modules
var build = __webpack_require__(6286);
// EXTERNAL MODULE: ./build/kustomize/encode.js
var encode = __webpack_require__(9012);
// EXTERNAL MODULE: ./build/kustomize/errors.js
var errors = __webpack_require__(4969);
// EXTERNAL MODULE: ./build/kustomize/kustomization.js
var kustomization = __webpack_require__(8273);
;// CONCATENATED MODULE: ./build/kustomize/source-map.js
function findPath(root, path) {
    let node = root;
    let key;
    for (const step of path) {
        if (typeof step === 'number') {
            if (node.kind !== 'seq' || step >= node.content.length)
                return { node, key, exact: false };
            node = node.content[step];
            key = undefined;
        }
        else {
            if (node.kind !== 'map')
                return { node, key, exact: false };
            const i = node.keyIndex(step);
            if (i < 0)
                return { node, key, exact: false };
            key = node.content[i];
            node = node.content[i + 1];
        }
    }
    return { node, key, exact: true };
}
/** The place of a found node: the key line for 'key' and 'pair', the value for 'value'. */
function placeOf(f, part = 'pair') {
    const k = f.key?.src;
    const v = f.node.src;
    if (part === 'value')
        return v ?? k;
    // A value set elsewhere than its key (a patch, an images: entry) is edited where it was set.
    if (k && v && v.file !== k.file)
        return v;
    if (part === 'key' || !k)
        return k ?? v;
    // A pair: from the key to the end of the value when both are in the same file.
    if (v && v.file === k.file && v.end >= k.start)
        return { file: k.file, start: k.start, end: v.end };
    return k;
}

// EXTERNAL MODULE: ./build/yaml/fast-document.js + 1 modules
var fast_document = __webpack_require__(839);
// EXTERNAL MODULE: ./build/yaml/read.js
var read = __webpack_require__(1908);
// EXTERNAL MODULE: ./build/k8s/objects.js
var k8s_objects = __webpack_require__(6443);
// EXTERNAL MODULE: ./build/k8s/source.js
var source = __webpack_require__(8150);
// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
// EXTERNAL MODULE: ./build/core/budget.js
var budget = __webpack_require__(6785);
;// CONCATENATED MODULE: ./build/k8s/kustomizations.js
/**
 * Kustomize overlays in the scanned tree: which kustomizations to build (those no other
 * kustomization includes, plus the config file's `kustomize:` entries), each built the
 * way `kubectl kustomize` builds it, and read as Kubernetes objects whose places map back
 * to the base resource, patch or kustomization line that set them.
 */














function toPosix(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
function isFile(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
/** What a kustomization file says it includes and patches (without building it). */
function inspect(root, file) {
    const dir = external_node_path_.posix.dirname(file);
    const info = { dir, file, component: false, includes: [], patches: [] };
    let k;
    try {
        k = (0,kustomization/* loadKustomization */.oe)((0,root_files/* readRootText */.gM)(root, file), file, dir).k;
    }
    catch {
        return info;
    }
    info.component = k.kind === 'Component';
    const rel = (p) => toPosix((0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, dir, p)));
    for (const p of [...(k.resources ?? []), ...(k.components ?? [])]) {
        if (/^[a-z]+:\/\//i.test(p))
            continue;
        const r = rel(p);
        if (!r.startsWith('..') && isDir((0,external_node_path_.join)(root, r)))
            info.includes.push(r || '.');
    }
    const patchPaths = [
        ...(k.patches ?? []).map((p) => p.path),
        ...(k.patchesJson6902 ?? []).map((p) => p.path),
        ...(k.patchesStrategicMerge ?? []),
    ];
    for (const p of patchPaths) {
        if (!p || p.includes('\n'))
            continue;
        const r = rel(p);
        if (!r.startsWith('..') && isFile((0,external_node_path_.join)(root, r)))
            info.patches.push(r);
    }
    return info;
}
/**
 * The kustomizations to build: every one no other kustomization includes (components are
 * only built through what includes them), and every `kustomize:` entry.
 */
function planKustomizations(root, files, config = []) {
    const infos = new Map();
    for (const f of files) {
        const info = inspect(root, f);
        infos.set(info.dir, info);
    }
    const included = new Set();
    const patchFiles = new Set();
    for (const info of infos.values()) {
        for (const d of info.includes)
            if (d !== info.dir)
                included.add(d);
        for (const p of info.patches)
            patchFiles.add(p);
    }
    const byPath = new Map(config.map((c) => [c.path.replace(/\/+$/, '') || '.', c]));
    const renderings = [];
    for (const info of [...infos.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1))) {
        const entry = byPath.get(info.dir);
        if (entry)
            continue;
        if (included.has(info.dir) || info.component)
            continue;
        renderings.push({ dir: info.dir, reason: 'root' });
    }
    // Kustomizations no root reaches (bases that only include each other) are built too.
    const reached = new Set();
    const visit = (d) => {
        if (reached.has(d))
            return;
        reached.add(d);
        for (const sub of infos.get(d)?.includes ?? [])
            visit(sub);
    };
    for (const r of renderings)
        visit(r.dir);
    for (const path of byPath.keys())
        visit(path);
    for (const info of [...infos.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1))) {
        if (reached.has(info.dir) || info.component || byPath.has(info.dir))
            continue;
        renderings.push({ dir: info.dir, reason: 'root' });
        visit(info.dir);
    }
    for (const [path, c] of byPath) {
        renderings.push({ dir: path, restrictor: c.loadRestrictor, reason: 'config' });
    }
    return { renderings, patchFiles, infos };
}
/** Converts engine places to ranges in files under the root. */
class Places {
    root;
    sources;
    texts = new Map();
    constructor(root, sources) {
        this.root = root;
        this.sources = sources;
    }
    rel(abs) {
        return toPosix((0,external_node_path_.relative)(this.root, abs));
    }
    range(src) {
        if (!src)
            return undefined;
        let text = this.texts.get(src.file);
        if (!text) {
            let source = this.sources.get(src.file);
            if (source === undefined) {
                try {
                    source = (0,root_files/* readRegularFile */.XF)(src.file, this.rel(src.file)).toString('utf8');
                }
                catch {
                    return undefined;
                }
            }
            text = read/* YamlText */.ZM.withLines(this.rel(src.file), source);
            this.texts.set(src.file, text);
        }
        return text.rangeOfSpan({ start: src.start, end: src.end });
    }
}
function fileStart(file) {
    return { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
}
/**
 * A document kustomize built: its values are the printed output's, and its places are
 * those of the nodes that produced them; the overlay's kustomization is where this rendering
 * of the object is made (reports name it with each object a finding affects).
 */
class KustomizeManifestSource {
    id;
    doc;
    resource;
    places;
    overlay;
    rendering;
    constructor(id, doc, resource, places, overlay, rendering) {
        this.id = id;
        this.doc = doc;
        this.resource = resource;
        this.places = places;
        this.overlay = overlay;
        this.rendering = rendering;
    }
    locate(path, part = 'pair') {
        const at = this.doc.has(path) ? path : (0,source/* nearestExisting */.Iv)(this.doc, path);
        const found = findPath(this.resource.node, at);
        const range = this.places.range(placeOf(found, part)) ??
            this.places.range(this.resource.node.src) ??
            this.overlay;
        return { range, related: [], overlay: this.overlay };
    }
}
/** Absolute paths in a message written relative to the root (also those outside it). */
function relativePaths(message, absRoot) {
    let out = message;
    let dir = absRoot;
    let up = '';
    while (dir !== external_node_path_.sep && dir !== (0,external_node_path_.join)(dir, '..')) {
        out = out.split(dir + external_node_path_.sep).join(up);
        out = out.split(`'${dir}'`).join(`'${up ? up.slice(0, -1) : '.'}'`);
        dir = (0,external_node_path_.join)(dir, '..');
        up += '..' + external_node_path_.sep;
    }
    return out;
}
/** Builds one kustomization and reads its output as objects. */
function loadKustomize(root, r, 
/** The build's budget (time, memory); the defaults of core/budget.ts when absent. */
limits) {
    const absRoot = (0,external_node_path_.resolve)(root);
    const dir = (0,external_node_path_.join)(absRoot, r.dir);
    const kfile = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
        .map((n) => external_node_path_.posix.join(r.dir, n))
        .find((f) => isFile((0,external_node_path_.join)(absRoot, f)));
    const kRange = fileStart(kfile ?? external_node_path_.posix.join(r.dir, 'kustomization.yaml'));
    const clean = (m) => relativePaths(m, absRoot);
    let result;
    let spent;
    try {
        result = (0,budget/* withBudget */.Y$)(limits, (budget) => {
            try {
                return (0,build/* build */.jq)(dir, {
                    restrictor: r.restrictor ?? 'rootOnly',
                    fence: absRoot,
                    enableHelm: true,
                    externalPlugins: 'skip',
                });
            }
            finally {
                spent = budget.exceeded;
            }
        });
    }
    catch (e) {
        if (spent) {
            return {
                ok: false,
                stopped: true,
                objects: [],
                notices: [],
                read: [],
                charts: [],
                problems: [
                    {
                        message: `kube-whoami stopped building the kustomize overlay ${r.dir}: ${spent.message}, so neither it nor the bases it includes are scanned (a limit of kube-whoami for untrusted input; kubectl has none)`,
                        range: kRange,
                        related: [],
                        key: `${r.dir}#budget`,
                    },
                ],
            };
        }
        const k = (0,errors/* asKustomizeError */.ap)(e);
        const ctx = k
            .ctx;
        const places = new Places(absRoot, ctx?.loaderCtx.texts ?? new Map());
        const at = k.at.map((s) => places.range(s)).find((x) => x !== undefined) ?? kRange;
        const related = [];
        if (at.file !== kRange.file)
            related.push({ range: kRange, message: `the overlay ${r.dir} that was built` });
        const why = clean(k.message);
        return {
            ok: false,
            objects: [],
            notices: [],
            read: [...(ctx?.loaderCtx.read ?? [])].map((f) => places.rel(f)),
            charts: [],
            problems: [
                {
                    message: `kubectl kustomize ${r.dir} fails: ${why}`,
                    range: at,
                    related,
                    key: `${r.dir}#${why.replace(/[0-9a-z]{10}\b/g, '')}`,
                },
            ],
        };
    }
    const places = new Places(absRoot, result.ctx.loaderCtx.texts);
    const notices = result.ctx.leftOut.map((l) => ({
        level: 'warning',
        message: `kustomize ${r.dir}: ${clean(l.message)}; what it would add or change is not scanned`,
        range: places.range(l.at) ?? kRange,
    }));
    const objects = [];
    const id = `kustomize:${r.dir}`;
    for (const res of result.resources) {
        let text;
        try {
            text = (0,encode/* resourceYaml */.oY)(res.node);
        }
        catch {
            continue;
        }
        const { documents } = (0,fast_document/* readManifestYaml */.T)(text, `${kRange.file} (rendered)`);
        for (const doc of documents) {
            if (doc.isEmpty || doc.problems.length)
                continue;
            const source = new KustomizeManifestSource(id, doc, res, places, kRange, `overlay ${r.dir === '.' ? './' : r.dir}`);
            (0,arrays/* pushAll */.iI)(objects, (0,k8s_objects/* objectsOfDocument */.p3)(source));
        }
    }
    return {
        ok: true,
        objects,
        notices,
        problems: [],
        read: [...result.ctx.loaderCtx.read].map((f) => places.rel(f)),
        charts: [...result.ctx.chartDirs].map((d) => places.rel(d) || '.'),
    };
}
/** For a failed overlay, the kustomizations it includes become renderings of their own. */
function fallbackRenderings(plan, failed, done) {
    const info = plan.infos.get(failed);
    if (!info)
        return [];
    const out = [];
    for (const d of info.includes) {
        const sub = plan.infos.get(d);
        if (!sub || sub.component || done.has(d))
            continue;
        out.push({ dir: d, reason: 'fallback' });
    }
    return out;
}


/***/ })

};
