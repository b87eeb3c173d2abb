export const id = 621;
export const ids = [621];
export const modules = {

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

/***/ 6443:
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


/***/ })

};
