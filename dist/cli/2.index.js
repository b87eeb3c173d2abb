export const id = 2;
export const ids = [2];
export const modules = {

/***/ 9376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2356);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1973);
/**
 * Command-line parsing shared by the commands: node:util parseArgs with `-h/--help` on
 * every command and errors worded for a person (node's own name the option in quotes and
 * suggest `-- "--x"`, which reads as a broken quote in a terminal).
 */



/**
 * Parses `argv` for a command. Returns the parsed values, or an exit code after printing
 * the command's help (`-h`, `--help`: exit 0) or a usage error (exit 2).
 */
function parseCommand(command, argv, options, help, io) {
    if (argv.includes('-h') || argv.includes('--help')) {
        const end = argv.indexOf('--');
        const at = argv.findIndex((a) => a === '-h' || a === '--help');
        if (end < 0 || at < end) {
            io.stdout(help);
            return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok;
        }
    }
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, allowPositionals: true, options, strict: true });
        return parsed;
    }
    catch (e) {
        io.stderr(`kube-whoami ${command}: ${usageMessage(e, options)}\n` +
            `Run kube-whoami ${command} --help for usage.\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.usage;
    }
}
function usageMessage(e, options) {
    const quoted = /'(-{1,2}[^'\s]*)'/.exec(e.message)?.[1];
    switch (e.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
            const name = quoted ?? e.message;
            const hint = closestOption(name, options);
            return `unknown option ${name}${hint ? ` (did you mean ${hint}?)` : ''}`;
        }
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
            const name = /--([\w-]+)/.exec(e.message)?.[1];
            if (name && options[name]?.type === 'string')
                return `option --${name} needs a value`;
            if (name)
                return `option --${name} takes no value`;
            return e.message;
        }
        default:
            return e.message;
    }
}
function closestOption(word, options) {
    const bare = word.replace(/^-+/, '').split('=')[0];
    const hit = (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(bare, Object.keys(options));
    return hit ? `--${hit}` : undefined;
}


/***/ }),

/***/ 2356:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   tH: () => (/* binding */ ProblemCollector),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export formatProblem */
/* harmony import */ var _core_arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8170);

/**
 * An invalid configuration file or option: a usage error (exit code 2). It carries every
 * problem found, so that one run lists all of them; `message` is one line per problem.
 */
class ConfigError extends Error {
    problems;
    constructor(message, range) {
        super(formatProblem({ message, range }));
        this.name = 'ConfigError';
        this.problems = [{ message, range }];
    }
    /** The first problem's position (annotations point there). */
    get range() {
        return this.problems[0]?.range;
    }
    /** One error for several problems, in file order (problems without a position first). */
    static of(problems) {
        const sorted = [...problems].sort((a, b) => (a.range ? 1 : 0) - (b.range ? 1 : 0) ||
            (a.range && b.range
                ? a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn
                : 0));
        // A configuration can hold any number of mistakes (32,000 unknown rules): the first ones say it.
        if (sorted.length > MAX_PROBLEMS) {
            const more = sorted.length - MAX_PROBLEMS;
            sorted.length = MAX_PROBLEMS;
            sorted.push({ message: `and ${more} more problems like these` });
        }
        const e = new ConfigError(sorted[0].message, sorted[0].range);
        e.problems = sorted;
        e.message = sorted.map(formatProblem).join('\n');
        return e;
    }
}
/** Problems one ConfigError lists. */
const MAX_PROBLEMS = 100;
function formatProblem(p) {
    return p.range
        ? `${p.range.file}:${p.range.startLine}:${p.range.startColumn}: ${p.message}`
        : p.message;
}
/**
 * Runs each check, collecting ConfigErrors instead of stopping at the first; throws one
 * ConfigError with all their problems at the end.
 */
class ProblemCollector {
    problems = [];
    check(fn) {
        try {
            fn();
        }
        catch (e) {
            if (!(e instanceof ConfigError))
                throw e;
            (0,_core_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .pushAll */ .iI)(this.problems, e.problems);
        }
    }
    add(message, range) {
        this.problems.push({ message, range });
    }
    get count() {
        return this.problems.length;
    }
    throwIfAny() {
        if (this.problems.length)
            throw ConfigError.of(this.problems);
    }
}
/** The closest candidate by edit distance, for "did you mean" hints. */
function didYouMean(word, candidates) {
    let best;
    let bestScore = Infinity;
    const limit = Math.max(2, Math.floor(word.length / 3));
    for (const c of candidates) {
        // The distance is at least the difference in length: a 1 MB key is compared with nothing.
        if (Math.abs(word.length - c.length) > limit)
            continue;
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestScore) {
            bestScore = d;
            best = c;
        }
    }
    return best !== undefined && bestScore <= limit ? best : undefined;
}
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}


/***/ }),

/***/ 1585:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ CONFIG_FILE_NAMES),
/* harmony export */   X: () => (/* binding */ readConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * Where the configuration file is, and reading it only when there is one: its parser and
 * schema validator (ajv, the `yaml` package) are a chunk of their own that a repository
 * without a configuration file never loads.
 */


const CONFIG_FILE_NAMES = ['.kube-whoami.yaml', '.kube-whoami.yml'];
/** loadConfig (see load.ts), imported when a configuration file is named or present. */
async function readConfig(root, explicit, knownRules = []) {
    if (!explicit && !CONFIG_FILE_NAMES.some((n) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, n)))) {
        return { config: {} };
    }
    const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(157)]).then(__webpack_require__.bind(__webpack_require__, 4157));
    return loadConfig(root, explicit, knownRules);
}


/***/ }),

/***/ 4823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ LEVEL_ORDER)
/* harmony export */ });
/* unused harmony export compareLevels */
const LEVEL_ORDER = { error: 3, warning: 2, note: 1 };
function compareLevels(a, b) {
    return LEVEL_ORDER[a] - LEVEL_ORDER[b];
}


/***/ }),

/***/ 7486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ lineTextAt),
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/**
 * A content-based fingerprint: rule, source, object, field path and image, never a line
 * number, so it survives edits that move lines. Baselines and SARIF partialFingerprints
 * carry the same value.
 */
function fingerprintOf(identity) {
    const parts = [
        identity.ruleId,
        identity.source,
        identity.object ?? '',
        identity.path ?? '',
        identity.image ?? '',
    ];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
/**
 * The text of a line (trimmed), for identities of findings that have no object or field
 * path (a YAML syntax error): stable when lines are inserted above, changed only when the
 * offending line itself changes.
 */
function lineTextAt(text, line) {
    if (text === undefined)
        return '';
    let start = 0;
    for (let i = 1; i < line; i++) {
        const nl = text.indexOf('\n', start);
        if (nl < 0)
            return '';
        start = nl + 1;
    }
    const end = text.indexOf('\n', start);
    return text.slice(start, end < 0 ? text.length : end).trim();
}


/***/ }),

/***/ 3399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ compareRanges),
/* harmony export */   NY: () => (/* binding */ fileStart)
/* harmony export */ });
/* unused harmony export rangeToString */
function rangeToString(r) {
    return `${r.file}:${r.startLine}:${r.startColumn}`;
}
/** A zero-width range at the start of a file, for problems that concern a whole file. */
function fileStart(file) {
    return { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
}
function compareRanges(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.startLine - b.startLine || a.startColumn - b.startColumn;
}


/***/ }),

/***/ 8841:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ composeInterpolate),
/* harmony export */   i: () => (/* binding */ parseDotEnv)
/* harmony export */ });
/** `.env` lines: `KEY=VALUE`, optional `export`, quotes removed, comments skipped. */
function parseDotEnv(text) {
    const out = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(line);
        if (!m)
            continue;
        let v = m[2];
        if (/^".*"$/.test(v) || /^'.*'$/.test(v))
            v = v.slice(1, -1);
        else
            v = v.replace(/\s+#.*$/, '');
        out.set(m[1], v);
    }
    return out;
}
/** Compose's interpolation; unknown variables without a default become holes. */
function composeInterpolate(text, env, holes, onMissing) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c !== '$') {
            out += c;
            i++;
            continue;
        }
        if (text[i + 1] === '$') {
            out += '$';
            i += 2;
            continue;
        }
        if (text[i + 1] === '{') {
            let depth = 0;
            let j = i + 1;
            for (; j < text.length; j++) {
                if (text[j] === '{')
                    depth++;
                else if (text[j] === '}' && --depth === 0)
                    break;
            }
            const body = text.slice(i + 2, j);
            i = j + 1;
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(body);
            if (!m) {
                out += holes.encode(body, 'any');
                continue;
            }
            const [, name, op, arg] = m;
            const value = env.get(name);
            const set = value !== undefined && (!op?.startsWith(':') || value !== '');
            if (!op) {
                if (value === undefined)
                    onMissing?.({ name, required: false });
                out += value ?? holes.encode(name, 'any');
            }
            else if (op.endsWith('-'))
                out += set ? value : composeInterpolate(arg ?? '', env, holes, onMissing);
            else if (op.endsWith('+'))
                out += set ? composeInterpolate(arg ?? '', env, holes, onMissing) : '';
            else {
                if (!set)
                    onMissing?.({ name, required: true, message: arg ?? '' });
                out += set ? value : holes.encode(name, 'any');
            }
            continue;
        }
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
        if (m) {
            const value = env.get(m[0]);
            if (value === undefined)
                onMissing?.({ name: m[0], required: false });
            out += value ?? holes.encode(m[0], 'any');
            i += 1 + m[0].length;
            continue;
        }
        out += '$';
        i++;
    }
    return out;
}


/***/ }),

/***/ 6678:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QN: () => (/* binding */ hostRootMount),
/* harmony export */   l2: () => (/* binding */ dockerPrivileges),
/* harmony export */   lv: () => (/* binding */ hostNamespaces),
/* harmony export */   rF: () => (/* binding */ socketMount),
/* harmony export */   zK: () => (/* binding */ extraCapabilities)
/* harmony export */ });
/* unused harmony export defaultCapabilities */
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2338);
/**
 * What a container's settings hand to it from the host: the container engine's API
 * socket, the host's root, /proc, /sys or /etc, the host's namespaces. Shared by the rules
 * and the who-runs-as-whom table.
 */

/** Sockets that give whoever can write to them control of the container engine (root on the host). */
const ENGINE_SOCKETS = new Map([
    ['/var/run/docker.sock', 'the Docker socket'],
    ['/run/docker.sock', 'the Docker socket'],
    ['/run/podman/podman.sock', 'the Podman socket'],
    ['/var/run/podman/podman.sock', 'the Podman socket'],
    ['/run/containerd/containerd.sock', 'the containerd socket'],
    ['/var/run/containerd/containerd.sock', 'the containerd socket'],
    ['/run/crio/crio.sock', 'the CRI-O socket'],
    ['/var/run/crio/crio.sock', 'the CRI-O socket'],
]);
/** Folders whose bind mount brings an engine socket along. */
const SOCKET_DIRS = new Map([
    ['/var/run', 'the Docker socket (in /var/run)'],
    ['/run', 'the Docker socket (in /run)'],
    ['/var/run/docker', 'the Docker engine state (in /var/run/docker)'],
]);
/** Host paths whose bind mount exposes the host itself. */
const HOST_ROOTS = new Map([
    ['/', "the host's root file system"],
    ['/proc', "the host's /proc"],
    ['/sys', "the host's /sys"],
    ['/etc', "the host's /etc"],
]);
function socketMount(m) {
    if (m.type !== 'bind' || !m.source)
        return undefined;
    const p = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeHostPath */ .z5)(m.source);
    if (p === undefined)
        return undefined;
    return ENGINE_SOCKETS.get(p) ?? SOCKET_DIRS.get(p);
}
function hostRootMount(m) {
    if (m.type !== 'bind' || !m.source)
        return undefined;
    const p = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeHostPath */ .z5)(m.source);
    return p === undefined ? undefined : HOST_ROOTS.get(p);
}
/** The capabilities a container's runtime grants without being asked. */
function defaultCapabilities(c) {
    return c.tool === 'podman' ? _syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .PODMAN_DEFAULT_CAPS */ .Ot : _syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_DEFAULT_CAPS */ .Zo;
}
/** Added capabilities beyond the runtime's default set (after a `drop ALL`, every added one counts). */
function extraCapabilities(c) {
    const droppedAll = c.capDrop.some((d) => d.value === 'ALL');
    const defaults = defaultCapabilities(c);
    return c.capAdd.filter((a) => !a.unresolved &&
        (droppedAll ? a.value === 'ALL' || !defaults.has(a.value) : !defaults.has(a.value)));
}
/** Host namespaces a container joins: `network: host` and the like. */
function hostNamespaces(c) {
    const out = [];
    for (const s of [c.network, c.pid, c.ipc, c.userns, c.uts]) {
        if (s && !s.unresolved && s.value.trim().toLowerCase() === 'host')
            out.push(s);
    }
    return out;
}
/** One-line summaries of what the container may touch, for the who-runs-as-whom table. */
function dockerPrivileges(c) {
    const out = [];
    if (c.privileged?.value)
        out.push('privileged');
    for (const s of hostNamespaces(c))
        out.push(`${s.written} host`);
    const caps = extraCapabilities(c).map((s) => s.value);
    if (caps.length)
        out.push(`cap_add ${caps.join(',')}`);
    for (const m of c.mounts) {
        const what = socketMount(m) ?? hostRootMount(m);
        if (what)
            out.push(`mounts ${what}`);
    }
    if (c.apiSocket?.value)
        out.push('engine API socket');
    for (const s of c.securityOpt) {
        const off = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .unconfinedOption */ .Lo)(s.value);
        if (off)
            out.push(`no ${off.replace(/^the /, '')}`);
    }
    return out;
}


/***/ }),

/***/ 2338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ isNoNewPrivileges),
/* harmony export */   Lo: () => (/* binding */ unconfinedOption),
/* harmony export */   Ot: () => (/* binding */ PODMAN_DEFAULT_CAPS),
/* harmony export */   Zo: () => (/* binding */ DOCKER_DEFAULT_CAPS),
/* harmony export */   pp: () => (/* binding */ parseMountFlag),
/* harmony export */   qy: () => (/* binding */ parsePortSpec),
/* harmony export */   u$: () => (/* binding */ normalizeCapability),
/* harmony export */   v5: () => (/* binding */ parseVolumeSpec),
/* harmony export */   z5: () => (/* binding */ normalizeHostPath)
/* harmony export */ });
/* unused harmony exports parseSecurityOpt, isHostPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _images_template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6953);
/**
 * The small value syntaxes Docker, Podman and Compose share: volume specs
 * (`SRC:DST[:OPTS]`), `--mount` CSV, port specs (`[IP:][HOST:]CONTAINER[/PROTO]`),
 * capability names, security options (`key=value`, or the legacy `key:value`) and
 * `name[:group]` users. Values may hold holes (unresolved variables); those parts stay
 * unknown.
 */


/** The capabilities Docker (moby) grants a container by default. */
const DOCKER_DEFAULT_CAPS = new Set([
    'AUDIT_WRITE',
    'CHOWN',
    'DAC_OVERRIDE',
    'FOWNER',
    'FSETID',
    'KILL',
    'MKNOD',
    'NET_BIND_SERVICE',
    'NET_RAW',
    'SETFCAP',
    'SETGID',
    'SETPCAP',
    'SETUID',
    'SYS_CHROOT',
]);
/** Podman's default set (containers.conf since Podman 4): Docker's without AUDIT_WRITE, MKNOD and NET_RAW. */
const PODMAN_DEFAULT_CAPS = new Set([...DOCKER_DEFAULT_CAPS].filter((c) => !['AUDIT_WRITE', 'MKNOD', 'NET_RAW'].includes(c)));
/** `cap_net_admin` \u2192 `NET_ADMIN`; `all` \u2192 `ALL`. */
function normalizeCapability(name) {
    return name.trim().toUpperCase().replace(/^CAP_/, '');
}
/** A security option as Docker reads it: `seccomp=unconfined`, legacy `seccomp:unconfined`, `no-new-privileges`. */
function parseSecurityOpt(text) {
    const t = text.trim();
    const eq = t.indexOf('=');
    const colon = t.indexOf(':');
    const at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
    if (at < 0)
        return { key: t.toLowerCase(), value: '' };
    return { key: t.slice(0, at).trim().toLowerCase(), value: t.slice(at + 1).trim() };
}
/** Whether a security option turns no_new_privs on (`no-new-privileges`, `=true`, `:true`). */
function isNoNewPrivileges(text) {
    const { key, value } = parseSecurityOpt(text);
    if (key !== 'no-new-privileges')
        return false;
    return value === '' || /^(true|1)$/i.test(value);
}
/** Security options that switch a confinement off, with what they switch off. */
function unconfinedOption(text) {
    const { key, value } = parseSecurityOpt(text);
    const v = value.toLowerCase();
    if (key === 'seccomp' && v === 'unconfined')
        return 'the seccomp filter';
    if (key === 'apparmor' && v === 'unconfined')
        return 'the AppArmor profile';
    if (key === 'label' && v === 'disable')
        return 'SELinux labelling';
    if (key === 'systempaths' && v === 'unconfined')
        return 'the masking of /proc and /sys paths';
    if (key === 'unmask' && v !== '')
        return `the masking of ${value === 'ALL' ? 'every /proc and /sys path' : value}`;
    return undefined;
}
/** Whether a volume source names a host path (a bind mount) rather than a named volume. */
function isHostPath(source) {
    return (source.startsWith('/') ||
        source.startsWith('.') ||
        source.startsWith('~') ||
        source.includes('/') ||
        /^[A-Za-z]:[\\/]/.test(source) ||
        source.startsWith('\\\\') ||
        // `${PWD}:/src`, `$(pwd):/work` (shown as `${$(pwd)}`): a variable standing for a path.
        source.startsWith('${'));
}
/** `-v` / Compose short syntax: `[SOURCE:]TARGET[:OPTIONS]` (Windows drive letters kept). */
function parseVolumeSpec(spec) {
    const parts = [];
    for (const p of spec.split(':')) {
        const last = parts[parts.length - 1];
        // `C:\data:/data`: a drive letter is not a separator.
        if (last !== undefined && /^[A-Za-z]$/.test(last) && parts.length === 1 && /^[\\/]/.test(p))
            parts[parts.length - 1] = `${last}:${p}`;
        else
            parts.push(p);
    }
    if (parts.length === 1)
        return { type: 'volume', target: parts[0], readOnly: false };
    const [source, target, options = ''] = parts;
    const opts = options.split(',').map((o) => o.trim());
    const readOnly = opts.includes('ro') || opts.includes('readonly');
    if (source === '')
        return { type: 'volume', target, readOnly };
    return { type: isHostPath(source) ? 'bind' : 'volume', source, target, readOnly };
}
/** `--mount type=bind,source=/,target=/host,readonly` (CSV; quotes around fields removed). */
function parseMountFlag(spec) {
    const fields = new Map();
    for (const raw of spec.split(',')) {
        const f = raw.trim().replace(/^"(.*)"$/, '$1');
        const eq = f.indexOf('=');
        fields.set((eq < 0 ? f : f.slice(0, eq)).trim().toLowerCase(), eq < 0 ? '' : f.slice(eq + 1).trim());
    }
    const type = fields.get('type') ?? 'volume';
    const source = fields.get('source') ?? fields.get('src');
    const target = fields.get('target') ?? fields.get('destination') ?? fields.get('dst');
    const ro = fields.has('readonly') ? fields.get('readonly') : fields.get('ro');
    return {
        type: type === 'bind' || type === 'volume' || type === 'tmpfs' ? type : 'other',
        source: source || undefined,
        target,
        readOnly: ro !== undefined && (ro === '' || /^(true|1)$/i.test(ro)),
    };
}
/** A host path as the kernel sees it: `//var/run/docker.sock/` \u2192 `/var/run/docker.sock`. */
function normalizeHostPath(path) {
    if (!path.startsWith('/') || path.includes('${') || (0,_images_template_js__WEBPACK_IMPORTED_MODULE_1__/* .hasEncodedHoles */ .GF)(path))
        return undefined;
    const n = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path);
    return n.length > 1 ? n.replace(/\/+$/, '') : n;
}
/** The container side of a port spec: `8080:80/tcp` \u2192 80, `127.0.0.1:53:53/udp` \u2192 53. */
function parsePortSpec(spec) {
    let text = spec.trim();
    let protocol = 'tcp';
    const slash = text.lastIndexOf('/');
    if (slash >= 0) {
        protocol = text.slice(slash + 1).toLowerCase() || 'tcp';
        text = text.slice(0, slash);
    }
    const container = text.slice(text.lastIndexOf(':') + 1);
    const m = /^(\d+)(?:-(\d+))?$/.exec(container);
    if (!m)
        return { protocol };
    const start = Number(m[1]);
    return { containerPort: start, containerPortEnd: m[2] ? Number(m[2]) : start, protocol };
}


/***/ }),

/***/ 5168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* reexport */ buildImageModel),
  Ai: () => (/* reexport */ parseDockerfile),
  EP: () => (/* reexport */ stockAccountNames)
});

// UNUSED EXPORTS: guessDistro, imageUserToCri, kubeletImageUser, parseInt64, parsePlatform, splitUserSpec

// EXTERNAL MODULE: ./build/dockerfile/lexer.js
var lexer = __webpack_require__(9265);
// EXTERNAL MODULE: ./build/dockerfile/text.js
var dockerfile_text = __webpack_require__(9240);
;// CONCATENATED MODULE: ./build/dockerfile/parse.js


const KEYWORDS = new Set([
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
]);
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const NEEDS_ARGS = new Set([
    'ADD',
    'ARG',
    'COPY',
    'ENV',
    'EXPOSE',
    'FROM',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
]);
function isSpace(c) {
    return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
/** The raw word starting at or after `from` (quotes kept), or null at the end. */
function nextRawWord(s, from, escape) {
    let i = from;
    const n = s.length;
    while (i < n && isSpace(s.charCodeAt(i)))
        i++;
    if (i >= n)
        return null;
    const start = i;
    let quote = '';
    while (i < n) {
        const c = s[i];
        if (quote) {
            if (c === quote)
                quote = '';
            else if (c === escape && quote === '"' && i + 1 < n)
                i++;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === escape && i + 1 < n)
            i++;
        else if (isSpace(s.charCodeAt(i)))
            break;
        i++;
    }
    return { text: s.slice(start, i), start, end: i };
}
/** Splits on unquoted whitespace, keeping quotes (BuildKit's parseWords). */
function rawWords(s, escape) {
    const out = [];
    for (let w = nextRawWord(s, 0, escape); w; w = nextRawWord(s, w.end, escape))
        out.push(w);
    return out;
}
function parseDockerfile(text, file) {
    const lines = new dockerfile_text/* LineIndex */.r(file, text);
    const lexed = (0,lexer/* lexDockerfile */.e)(text);
    const problems = [];
    const rangeOf = (s, e) => lines.range(s, e);
    const mappedRange = (m, s, e) => {
        const [a, b] = m.span(s, e);
        return lines.range(a, b);
    };
    for (const p of lexed.problems) {
        problems.push({ message: p.message, range: rangeOf(p.start, p.end), severity: 'error' });
    }
    const directives = {};
    for (const d of lexed.directives) {
        if (d.name === 'syntax' || d.name === 'escape' || d.name === 'check')
            directives[d.name] = d.value;
    }
    const instructions = [];
    const stages = [];
    const globalArgs = [];
    let stageIndex = -1;
    for (const li of lexed.instructions) {
        const range = rangeOf(li.start, li.end);
        const keywordRange = rangeOf(li.start, li.keywordEnd);
        if (!KEYWORDS.has(li.keyword)) {
            problems.push({
                message: `unknown instruction: ${text.slice(li.start, li.keywordEnd)}`,
                range: keywordRange,
                severity: 'error',
            });
            continue;
        }
        const args = li.args;
        let flags = [];
        let rest = args;
        if (FLAG_KEYWORDS.has(li.keyword)) {
            const split = splitFlags(args.text, lexed.escape);
            flags = split.flags.map((f) => ({
                name: f.name,
                value: f.value,
                range: mappedRange(args, f.start, f.end),
                valueRange: f.valueStart >= 0 ? mappedRange(args, f.valueStart, f.end) : undefined,
            }));
            rest = args.slice(split.restStart, args.text.length);
        }
        const heredocs = li.heredocs.map((h) => ({
            name: h.name,
            chomp: h.chomp,
            expand: h.expand,
            body: h.body,
            bodyOffset: h.bodyStart,
            range: mappedRange(args, h.markerStart, h.markerEnd),
        }));
        if (NEEDS_ARGS.has(li.keyword) && rest.text.trim() === '') {
            problems.push({
                message: `${li.keyword} requires at least one argument`,
                range,
                severity: 'error',
            });
            if (li.keyword === 'FROM')
                continue;
        }
        const ins = {
            keyword: li.keyword,
            range,
            keywordRange,
            flags,
            args: rest,
            heredocs,
            stage: stageIndex,
        };
        if (li.keyword === 'FROM') {
            stageIndex++;
            ins.stage = stageIndex;
            const words = rawWords(rest.text, lexed.escape);
            const stage = {
                index: stageIndex,
                from: ins,
                image: words[0]?.text ?? '',
                imageRange: words[0] ? mappedRange(rest, words[0].start, words[0].end) : range,
                instructions: [],
            };
            const platform = flags.find((f) => f.name === 'platform');
            if (platform?.value != null)
                stage.platform = platform.value;
            for (const f of flags) {
                if (f.name !== 'platform') {
                    problems.push({ message: `unknown flag: --${f.name}`, range: f.range, severity: 'error' });
                }
            }
            if (words.length === 3 && words[1].text.toLowerCase() === 'as') {
                stage.name = words[2].text;
                stage.nameRange = mappedRange(rest, words[2].start, words[2].end);
                if (!/^[a-z][a-z0-9-_.]*$/i.test(stage.name)) {
                    problems.push({
                        message: `invalid name for build stage: "${stage.name}", name can't start with a number or contain symbols`,
                        range: stage.nameRange,
                        severity: 'error',
                    });
                }
                else {
                    const dup = stages.find((s) => s.name?.toLowerCase() === stage.name?.toLowerCase());
                    if (dup) {
                        problems.push({
                            message: `duplicate stage name "${stage.name}"`,
                            range: stage.nameRange,
                            severity: 'error',
                        });
                    }
                }
            }
            else if (words.length !== 1) {
                problems.push({
                    message: 'FROM requires either one or three arguments',
                    range,
                    severity: 'error',
                });
            }
            stages.push(stage);
        }
        else if (stageIndex === -1) {
            if (li.keyword === 'ARG')
                globalArgs.push(ins);
            else {
                problems.push({
                    message: `no build stage in current context: ${li.keyword} before the first FROM`,
                    range,
                    severity: 'error',
                });
            }
        }
        else {
            stages[stageIndex].instructions.push(ins);
        }
        instructions.push(ins);
    }
    if (stages.length === 0 && problems.every((p) => p.severity !== 'error')) {
        problems.push({
            message: 'the Dockerfile has no FROM instruction (no build stage)',
            range: lines.range(0, 0),
            severity: 'error',
        });
    }
    return {
        file,
        directives,
        escape: lexed.escape,
        globalArgs,
        stages,
        instructions,
        comments: lexed.comments.map((c) => ({ text: c.text, range: rangeOf(c.start, c.end) })),
        problems,
        lines,
    };
}
/** Leading `--name[=value]` words (BuildKit's extractBuilderFlags). */
function splitFlags(s, escape) {
    const flags = [];
    let restStart = s.length;
    for (let w = nextRawWord(s, 0, escape); w; w = nextRawWord(s, w.end, escape)) {
        if (!w.text.startsWith('--')) {
            restStart = w.start;
            break;
        }
        if (w.text === '--') {
            restStart = nextRawWord(s, w.end, escape)?.start ?? s.length;
            break;
        }
        const eq = w.text.indexOf('=');
        if (eq === -1)
            flags.push({ name: w.text.slice(2), value: null, start: w.start, end: w.end, valueStart: -1 });
        else
            flags.push({
                name: w.text.slice(2, eq),
                value: w.text.slice(eq + 1),
                start: w.start,
                end: w.end,
                valueStart: w.start + eq + 1,
            });
    }
    return { flags, restStart };
}
/** Exec-form arguments when the text is a JSON array of strings, else null. */
function parseJsonArray(text) {
    const t = text.trim();
    if (!t.startsWith('[') || !t.endsWith(']'))
        return null;
    try {
        const v = JSON.parse(t);
        if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            return v;
    }
    catch {
        return null;
    }
    return null;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/dockerfile/distro.js
const ROOT = { users: [['root', 0, 0]], groups: [['root', 0]] };
const ACCOUNTS = {
    alpine: {
        users: [
            ['root', 0, 0],
            ['bin', 1, 1],
            ['daemon', 2, 2],
            ['nobody', 65534, 65534],
        ],
        groups: [
            ['root', 0],
            ['bin', 1],
            ['daemon', 2],
            ['wheel', 10],
            ['www-data', 82],
            ['users', 100],
            ['nogroup', 65533],
            ['nobody', 65534],
        ],
    },
    busybox: {
        users: [
            ['root', 0, 0],
            ['daemon', 1, 1],
            ['bin', 2, 2],
            ['nobody', 65534, 65534],
        ],
        groups: [
            ['root', 0],
            ['daemon', 1],
            ['bin', 2],
            ['www-data', 33],
            ['users', 100],
            ['nogroup', 65534],
        ],
    },
    debian: {
        users: [
            ['root', 0, 0],
            ['daemon', 1, 1],
            ['bin', 2, 2],
            ['sys', 3, 3],
            ['www-data', 33, 33],
            ['nobody', 65534, 65534],
        ],
        groups: [
            ['root', 0],
            ['daemon', 1],
            ['bin', 2],
            ['sys', 3],
            ['adm', 4],
            ['www-data', 33],
            ['staff', 50],
            ['users', 100],
            ['nogroup', 65534],
        ],
    },
    ubuntu: {
        users: [
            ['root', 0, 0],
            ['daemon', 1, 1],
            ['bin', 2, 2],
            ['sys', 3, 3],
            ['www-data', 33, 33],
            ['nobody', 65534, 65534],
        ],
        groups: [
            ['root', 0],
            ['daemon', 1],
            ['bin', 2],
            ['sys', 3],
            ['adm', 4],
            ['www-data', 33],
            ['staff', 50],
            ['users', 100],
            ['nogroup', 65534],
        ],
    },
    rhel: {
        users: [
            ['root', 0, 0],
            ['bin', 1, 1],
            ['daemon', 2, 2],
            ['nobody', 65534, 65534],
        ],
        groups: [
            ['root', 0],
            ['bin', 1],
            ['daemon', 2],
            ['wheel', 10],
            ['users', 100],
            ['nobody', 65534],
        ],
    },
    distroless: {
        users: [
            ['root', 0, 0],
            ['nobody', 65534, 65534],
            ['nonroot', 65532, 65532],
        ],
        groups: [
            ['root', 0],
            ['tty', 5],
            ['staff', 50],
            ['nonroot', 65532],
            ['nobody', 65534],
        ],
    },
    scratch: { users: [], groups: [] },
    windows: { users: [], groups: [] },
};
function distroAccounts(d) {
    return d ? ACCOUNTS[d] : ROOT;
}
/** The distribution an image reference most likely is, from its name and tag. */
function guessDistro(ref) {
    const r = ref.toLowerCase();
    if (r === 'scratch')
        return 'scratch';
    const at = r.indexOf('@');
    const noDigest = at === -1 ? r : r.slice(0, at);
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    const repo = colon > slash ? noDigest.slice(0, colon) : noDigest;
    const tag = colon > slash ? noDigest.slice(colon + 1) : '';
    const name = repo.slice(repo.lastIndexOf('/') + 1);
    if (repo.includes('windows') ||
        repo.includes('nanoserver') ||
        /ltsc|servercore|nanoserver/.test(tag))
        return 'windows';
    if (repo.includes('distroless') || repo.startsWith('cgr.dev/chainguard/static'))
        return 'distroless';
    if (name === 'alpine' || /(^|[-.])alpine/.test(tag) || name.endsWith('-alpine'))
        return 'alpine';
    if (name === 'busybox' || name.startsWith('busybox-'))
        return 'busybox';
    if (name === 'ubuntu' ||
        /(^|-)(noble|jammy|focal|bionic|oracular|plucky|questing)($|-)/.test(tag))
        return 'ubuntu';
    if (name === 'debian' ||
        name === 'minideb' ||
        /(^|-)(bookworm|bullseye|buster|trixie|stretch|sid|forky)($|-)/.test(tag))
        return 'debian';
    if (/(^|\/)(ubi\d*|ubi\d+-\w+|fedora|centos|rockylinux|almalinux|amazonlinux|oraclelinux)($|\/)/.test(repo))
        return 'rhel';
    if (/^ubi\d/.test(name) || /\/ubi\d+\//.test(repo))
        return 'rhel';
    // Official language images default to Debian.
    if (/^(node|python|golang|ruby|rust|php|openjdk|perl|httpd|nginx|postgres|redis|mongo)$/.test(name) &&
        tag !== '')
        return 'debian';
    return undefined;
}
/** A distribution implied by a package manager used in RUN. */
function distroFromCommand(cmd) {
    switch (cmd) {
        case 'apk':
            return 'alpine';
        case 'apt-get':
        case 'apt':
        case 'dpkg':
            return 'debian';
        case 'microdnf':
        case 'dnf':
        case 'yum':
        case 'rpm':
            return 'rhel';
    }
    return undefined;
}
const DEBIAN_USERS = [
    'root',
    'daemon',
    'bin',
    'sys',
    'sync',
    'games',
    'man',
    'lp',
    'mail',
    'news',
    'uucp',
    'proxy',
    'www-data',
    'backup',
    'list',
    'irc',
    'gnats',
    '_apt',
    'nobody',
];
const DEBIAN_GROUPS = [
    'root',
    'daemon',
    'bin',
    'sys',
    'adm',
    'tty',
    'disk',
    'lp',
    'mail',
    'news',
    'uucp',
    'man',
    'proxy',
    'kmem',
    'dialout',
    'fax',
    'voice',
    'cdrom',
    'floppy',
    'tape',
    'sudo',
    'audio',
    'dip',
    'www-data',
    'backup',
    'operator',
    'list',
    'irc',
    'src',
    'gnats',
    'shadow',
    'utmp',
    'video',
    'sasl',
    'plugdev',
    'staff',
    'games',
    'users',
    'nogroup',
];
const ALPINE_USERS = [
    'root',
    'bin',
    'daemon',
    'adm',
    'lp',
    'sync',
    'shutdown',
    'halt',
    'mail',
    'news',
    'uucp',
    'operator',
    'man',
    'postmaster',
    'cron',
    'ftp',
    'sshd',
    'at',
    'squid',
    'xfs',
    'games',
    'cyrus',
    'vpopmail',
    'ntp',
    'smmsp',
    'guest',
    'nobody',
];
const ALPINE_GROUPS = [
    'root',
    'bin',
    'daemon',
    'sys',
    'adm',
    'tty',
    'disk',
    'lp',
    'mem',
    'kmem',
    'wheel',
    'floppy',
    'mail',
    'news',
    'uucp',
    'man',
    'cron',
    'console',
    'audio',
    'cdrom',
    'dialout',
    'ftp',
    'sshd',
    'input',
    'at',
    'tape',
    'video',
    'netdev',
    'kvm',
    'games',
    'shadow',
    'cdrw',
    'www-data',
    'usb',
    'vpopmail',
    'users',
    'ntp',
    'nofiles',
    'smmsp',
    'locate',
    'abuild',
    'utmp',
    'ping',
    'nogroup',
    'nobody',
];
const RHEL_USERS = [
    'root',
    'bin',
    'daemon',
    'adm',
    'lp',
    'sync',
    'shutdown',
    'halt',
    'mail',
    'operator',
    'games',
    'ftp',
    'nobody',
    'tss',
    'systemd-coredump',
    'dbus',
];
const RHEL_GROUPS = [
    'root',
    'bin',
    'daemon',
    'sys',
    'adm',
    'tty',
    'disk',
    'lp',
    'mem',
    'kmem',
    'wheel',
    'cdrom',
    'mail',
    'man',
    'dialout',
    'floppy',
    'games',
    'tape',
    'video',
    'ftp',
    'lock',
    'audio',
    'users',
    'nobody',
    'utmp',
    'utempter',
    'input',
    'kvm',
    'render',
    'tss',
    'systemd-journal',
    'dbus',
];
/**
 * Every account name a distribution's stock /etc/passwd and /etc/group hold
 * (Debian base-passwd, alpine-baselayout, RHEL setup, BusyBox image,
 * distroless), for telling that a USER name cannot exist. Undefined when the
 * distribution is unknown.
 */
function stockAccountNames(d) {
    switch (d) {
        case 'debian':
            return { users: DEBIAN_USERS, groups: DEBIAN_GROUPS };
        case 'ubuntu':
            return { users: [...DEBIAN_USERS, 'ubuntu'], groups: [...DEBIAN_GROUPS, 'ubuntu'] };
        case 'alpine':
            return { users: ALPINE_USERS, groups: ALPINE_GROUPS };
        case 'rhel':
            return { users: RHEL_USERS, groups: RHEL_GROUPS };
        case 'busybox':
            return {
                users: ['root', 'daemon', 'bin', 'sys', 'sync', 'mail', 'www-data', 'operator', 'nobody'],
                groups: [
                    'root',
                    'daemon',
                    'bin',
                    'sys',
                    'adm',
                    'tty',
                    'disk',
                    'lp',
                    'mail',
                    'kmem',
                    'wheel',
                    'cdrom',
                    'dialout',
                    'floppy',
                    'video',
                    'audio',
                    'tape',
                    'www-data',
                    'operator',
                    'utmp',
                    'plugdev',
                    'staff',
                    'lock',
                    'netdev',
                    'users',
                    'nogroup',
                ],
            };
        case 'distroless':
            return {
                users: ['root', 'nobody', 'nonroot'],
                groups: ['root', 'tty', 'staff', 'nonroot', 'nobody'],
            };
        case 'scratch':
            return { users: [], groups: [] };
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./build/dockerfile/id-allocation.js
/**
 * The id an account tool picks when it is given none, as each tool's source and manual say,
 * checked against the real tools where Debian ships them (test/dockerfile/id-allocation):
 *
 * - BusyBox `adduser` / `addgroup` (loginutils/adduser.c, addgroup.c): the first free id
 *   upwards from CONFIG_FIRST_SYSTEM_ID (100) with `-S`, else from CONFIG_LAST_SYSTEM_ID + 1
 *   (1000); `adduser` without a group also needs the uid free as a gid (its group gets it).
 * - shadow `useradd -r` / `groupadd -r` (find_new_uid.c, find_new_gid.c): one below the lowest
 *   id in use within SYS_UID_MIN..SYS_UID_MAX (101..999 when login.defs sets none), the top of
 *   the range when none is used, else the highest free id in the range. Without `-r`: one
 *   above the highest id in use within UID_MIN..UID_MAX (1000..60000), else UID_MIN.
 *   `useradd`'s same-name group takes the uid as its gid when that gid is free.
 * - Debian `adduser` / `addgroup` (adduser.conf): the first free id upwards from
 *   FIRST_SYSTEM_UID/GID (100) to 999 with `--system`, else from FIRST_UID/GID (1000).
 *
 * Only used when the base image's whole /etc/passwd and /etc/group are known.
 */
const RULE_TOOL = {
    'busybox-system': 'BusyBox',
    busybox: 'BusyBox',
    'shadow-system': 'shadow (useradd/groupadd -r)',
    shadow: 'shadow (useradd/groupadd)',
    'debian-system': 'Debian adduser --system',
    debian: 'Debian adduser',
};
function firstFree(used, from, to) {
    for (let id = from; id <= to; id++)
        if (!used(id))
            return id;
    return undefined;
}
/** The id the rule picks, given the ids in use; undefined when the range is full. */
function allocateId(rule, inUse, 
/** Ids that must also be free (BusyBox adduser: the uid as a gid). */
alsoFree = new Set()) {
    const used = (id) => inUse.has(id) || alsoFree.has(id);
    switch (rule) {
        case 'busybox-system':
            return firstFree(used, 100, 999);
        case 'busybox':
            return firstFree(used, 1000, 64999);
        case 'debian-system':
            return firstFree(used, 100, 999);
        case 'debian':
            return firstFree(used, 1000, 59999);
        case 'shadow-system': {
            const [min, max] = [101, 999];
            const inRange = [...inUse].filter((id) => id >= min && id <= max);
            const candidate = inRange.length ? Math.min(...inRange) - 1 : max;
            if (candidate >= min && !used(candidate))
                return candidate;
            for (let id = max; id >= min; id--)
                if (!used(id))
                    return id;
            return undefined;
        }
        case 'shadow': {
            const [min, max] = [1000, 60000];
            const inRange = [...inUse].filter((id) => id >= min && id <= max);
            const candidate = inRange.length ? Math.max(...inRange) + 1 : min;
            if (candidate <= max && !used(candidate))
                return candidate;
            return firstFree(used, min, max);
        }
    }
}

;// CONCATENATED MODULE: ./build/dockerfile/accounts.js
/**
 * The passwd/group view of an image as the build goes: distribution
 * defaults, accounts the base-image fact knows, then what RUN creates.
 */


class AccountTable {
    users = new Map();
    groups = new Map();
    /**
     * The image whose whole /etc/passwd and /etc/group the table started from
     * (`name@sha256:\u2026`): ids a tool picks can then be predicted.
     */
    basis;
    clone() {
        const t = new AccountTable();
        t.users = new Map(this.users);
        t.groups = new Map(this.groups);
        t.basis = this.basis;
        return t;
    }
    /**
     * The id a tool would pick now, with the sentence that says how it is known; undefined
     * unless the base image's accounts are all known.
     */
    predict(kind, rule, alsoFreeAsGid = false) {
        if (!this.basis)
            return undefined;
        const uids = new Set([...this.users.values()].flatMap((u) => (u.uid === null ? [] : [u.uid])));
        const gids = new Set([...this.groups.values()].flatMap((g) => (g.gid === null ? [] : [g.gid])));
        // An earlier account whose id is itself unknown makes the next pick unknowable.
        const pending = kind === 'uid'
            ? [...this.users.values()].some((u) => u.uid === null)
            : [...this.groups.values()].some((g) => g.gid === null);
        if (pending)
            return undefined;
        const id = allocateId(rule, kind === 'uid' ? uids : gids, alsoFreeAsGid ? gids : new Set());
        if (id === undefined)
            return undefined;
        return {
            id,
            note: `${kind} ${id} predicted from ${this.basis} and ${RULE_TOOL[rule]}'s allocation rule`,
        };
    }
    seedDistro(d) {
        const a = distroAccounts(d);
        for (const [name, gid] of a.groups) {
            if (!this.groups.has(name))
                this.groups.set(name, { name, gid, system: true, origin: 'distro' });
        }
        for (const [name, uid, gid] of a.users) {
            if (!this.users.has(name)) {
                this.users.set(name, {
                    name,
                    uid,
                    gid,
                    group: this.groupByGid(gid)?.name ?? null,
                    system: true,
                    origin: 'distro',
                });
            }
        }
    }
    seedFact(f) {
        if (f.accountsComplete && f.groups) {
            // The image's own files replace the distribution's defaults.
            this.users.clear();
            this.groups.clear();
            for (const g of f.groups)
                this.groups.set(g.name, {
                    name: g.name,
                    gid: g.gid ?? null,
                    system: false,
                    origin: 'base-image',
                });
            this.basis = f.digest ? `${f.image}@${f.digest.slice(0, 19)}\u2026` : f.image;
        }
        for (const u of f.accounts) {
            this.users.set(u.name, {
                name: u.name,
                uid: u.uid ?? null,
                gid: u.gid ?? null,
                group: u.gid !== undefined ? (this.groupByGid(u.gid)?.name ?? null) : null,
                system: false,
                origin: 'base-image',
            });
        }
    }
    groupByGid(gid) {
        for (const g of this.groups.values())
            if (g.gid === gid)
                return g;
        return undefined;
    }
    userByUid(uid) {
        for (const u of this.users.values())
            if (u.uid === uid)
                return u;
        return undefined;
    }
    /** A group given as name or number. */
    resolveGroup(spec) {
        if (/^\d+$/.test(spec)) {
            const gid = Number(spec);
            return { name: this.groupByGid(gid)?.name ?? null, gid, known: true };
        }
        const g = this.groups.get(spec);
        return { name: spec, gid: g?.gid ?? null, known: g !== undefined };
    }
}

;// CONCATENATED MODULE: ./build/dockerfile/commands/events.js
/** A pinned numeric id, or null. */
function toId(w) {
    if (!w || !w.known || !/^\d+$/.test(w.text))
        return null;
    const n = Number(w.text);
    return Number.isSafeInteger(n) ? n : null;
}
/** Span of a command from its first word to `last`. */
function spanOf(v, last) {
    return { start: v.argv[0]?.start ?? v.start, end: last?.end ?? v.end };
}

// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
;// CONCATENATED MODULE: ./build/dockerfile/commands/getopt.js

const compiled = new WeakMap();
function compile(spec) {
    const hit = compiled.get(spec);
    if (hit)
        return hit;
    const takes = new Map();
    for (let i = 0; i < spec.short.length; i++) {
        const c = spec.short[i];
        if (c === ':')
            continue;
        takes.set(c, spec.short[i + 1] === ':');
    }
    const longs = new Map();
    for (const [k, v] of Object.entries(spec.long)) {
        const arg = k.endsWith(':');
        const key = arg ? k.slice(0, -1) : k;
        longs.set(key, { name: v || key, arg });
    }
    const c = { takes, longs };
    compiled.set(spec, c);
    return c;
}
function getopt(args, spec) {
    const { takes, longs } = compile(spec);
    const out = { opts: [], positionals: [], unknown: [] };
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        const a = w.text;
        if (a === '--') {
            (0,arrays/* pushAll */.iI)(out.positionals, args.slice(i + 1));
            break;
        }
        if (a.startsWith('--') && a.length > 2) {
            const eq = a.indexOf('=');
            const key = eq === -1 ? a.slice(2) : a.slice(2, eq);
            let hit = longs.get(key);
            if (!hit) {
                const cands = [...longs.keys()].filter((k) => k.startsWith(key));
                if (cands.length === 1)
                    hit = longs.get(cands[0]);
            }
            if (!hit) {
                out.unknown.push(a);
                continue;
            }
            if (hit.arg) {
                let value;
                if (eq !== -1)
                    value = { ...w, text: a.slice(eq + 1) };
                else if (i + 1 < args.length)
                    value = args[++i];
                out.opts.push({ name: hit.name, value, word: w });
            }
            else
                out.opts.push({ name: hit.name, word: w });
            continue;
        }
        if (a.startsWith('-') && a.length > 1) {
            for (let j = 1; j < a.length; j++) {
                const c = a[j];
                const t = takes.get(c);
                if (t === undefined) {
                    out.unknown.push('-' + c);
                    continue;
                }
                if (t) {
                    let value;
                    if (j + 1 < a.length)
                        value = { ...w, text: a.slice(j + 1) };
                    else if (i + 1 < args.length)
                        value = args[++i];
                    out.opts.push({ name: c, value, word: w });
                    break;
                }
                out.opts.push({ name: c, word: w });
            }
            continue;
        }
        out.positionals.push(w);
        if (spec.posix) {
            (0,arrays/* pushAll */.iI)(out.positionals, args.slice(i + 1));
            break;
        }
    }
    return out;
}
function lastOpt(p, name) {
    for (let i = p.opts.length - 1; i >= 0; i--)
        if (p.opts[i].name === name)
            return p.opts[i];
    return undefined;
}
function hasOpt(p, name) {
    return p.opts.some((o) => o.name === name);
}

;// CONCATENATED MODULE: ./build/dockerfile/commands/accounts.js


const USERADD = {
    short: 'b:c:d:De:f:g:G:hk:K:lmMNop:rR:P:s:u:UZ:F',
    long: {
        'base-dir:': 'b',
        'comment:': 'c',
        'home-dir:': 'd',
        defaults: 'D',
        'expiredate:': 'e',
        'inactive:': 'f',
        'gid:': 'g',
        'groups:': 'G',
        help: 'h',
        'skel:': 'k',
        'key:': 'K',
        'no-log-init': 'l',
        'create-home': 'm',
        'no-create-home': 'M',
        'no-user-group': 'N',
        'non-unique': 'o',
        'password:': 'p',
        system: 'r',
        'root:': 'R',
        'prefix:': 'P',
        'shell:': 's',
        'uid:': 'u',
        'user-group': 'U',
        'selinux-user:': 'Z',
        'add-subids-for-system': 'F',
        'btrfs-subvolume-home': '',
        badname: '',
        badnames: '',
    },
};
const GROUPADD = {
    short: 'fg:hK:op:rR:P:U:',
    long: {
        force: 'f',
        'gid:': 'g',
        help: 'h',
        'key:': 'K',
        'non-unique': 'o',
        'password:': 'p',
        system: 'r',
        'root:': 'R',
        'prefix:': 'P',
        'users:': 'U',
    },
};
const USERMOD = {
    short: 'ac:d:e:f:g:G:hl:Lmop:R:P:s:u:UZ:',
    long: {
        append: 'a',
        'comment:': 'c',
        'home:': 'd',
        'gid:': 'g',
        'groups:': 'G',
        'login:': 'l',
        'uid:': 'u',
        'shell:': 's',
        'move-home': 'm',
        'non-unique': 'o',
    },
};
const BUSYBOX_ADDUSER = {
    short: 'h:g:s:G:SDHu:k:',
    long: {
        'home:': 'h',
        'gecos:': 'g',
        'shell:': 's',
        'ingroup:': 'G',
        system: 'S',
        'disabled-password': 'D',
        'empty-password': '',
        'no-create-home': 'H',
        'uid:': 'u',
        'skel:': 'k',
    },
};
const BUSYBOX_ADDGROUP = { short: 'g:S', long: { 'gid:': 'g', system: 'S' } };
const DEBIAN_ADDUSER = {
    short: 'qDd',
    long: {
        system: '',
        'home:': '',
        'shell:': '',
        'no-create-home': '',
        'uid:': '',
        'firstuid:': '',
        'lastuid:': '',
        'firstgid:': '',
        'lastgid:': '',
        'gecos:': '',
        'comment:': '',
        group: '',
        'ingroup:': '',
        'gid:': '',
        'disabled-password': '',
        'disabled-login': '',
        add_extra_groups: '',
        'add-extra-groups': '',
        'encrypt-home': '',
        quiet: 'q',
        debug: 'd',
        'force-badname': '',
        'allow-badname': '',
        'allow-all-names': '',
        'conf:': '',
        'key:': '',
    },
};
const DEBIAN_ADDGROUP = {
    short: 'q',
    long: {
        system: '',
        'gid:': '',
        quiet: 'q',
        'force-badname': '',
        'allow-badname': '',
        'conf:': '',
    },
};
function numberNote(name, w) {
    if (w && !(w.known && /^\d+$/.test(w.text)))
        return `${name} ${w.text} is not a number known from the Dockerfile`;
    return undefined;
}
function useradd(v, args, env) {
    const p = getopt(args, USERADD);
    if (hasOpt(p, 'D') || hasOpt(p, 'h'))
        return;
    const nameW = p.positionals[0];
    if (!nameW)
        return;
    const name = nameW.text;
    const uidW = lastOpt(p, 'u')?.value;
    let uid = toId(uidW);
    const system = hasOpt(p, 'r');
    const acc = env.accounts;
    let group = null;
    let gid = null;
    const notes = [];
    const un = numberNote('--uid', uidW);
    if (un)
        notes.push(un);
    if (!uidW) {
        const p2 = acc.predict('uid', system ? 'shadow-system' : 'shadow');
        if (p2) {
            uid = p2.id;
            notes.push(p2.note);
        }
    }
    const g = lastOpt(p, 'g')?.value;
    if (g) {
        const r = acc.resolveGroup(g.text);
        group = r.name;
        gid = r.gid;
        if (!r.known && !/^\d+$/.test(g.text))
            notes.push(`group ${g.text} is not known at this point of the build`);
    }
    else if (hasOpt(p, 'N')) {
        const users = acc.groups.get('users');
        group = users ? 'users' : null;
        gid = users?.gid ?? null;
        notes.push("--no-user-group: primary group is useradd's default group (GROUP in /etc/default/useradd)");
    }
    else if (hasOpt(p, 'U') ||
        (env.distro && env.distro !== 'alpine' && env.distro !== 'busybox')) {
        // USERGROUPS_ENAB: a same-name group, with gid = uid when that gid is free.
        group = name;
        gid = uid !== null && !acc.groupByGid(uid) ? uid : null;
        let groupNote = 'created by useradd (USERGROUPS_ENAB)';
        if (gid === null && uid !== null) {
            const pg = acc.predict('gid', system ? 'shadow-system' : 'shadow');
            if (pg) {
                gid = pg.id;
                groupNote += `; ${pg.note}`;
            }
        }
        env.emit({
            kind: 'group',
            name,
            gid,
            system,
            via: 'useradd (implicit group)',
            note: groupNote,
            ...spanOf(v, nameW),
        });
        acc.groups.set(name, { name, gid, system, origin: 'created', via: 'useradd (implicit group)' });
    }
    else {
        notes.push('no -g: the primary group depends on login.defs (USERGROUPS_ENAB) of the base image');
    }
    env.emit({
        kind: 'user',
        name,
        uid,
        gid,
        group,
        system,
        via: 'useradd',
        note: notes.length ? notes.join('; ') : undefined,
        ...spanOf(v, args[args.length - 1]),
    });
    acc.users.set(name, {
        name,
        uid,
        gid,
        group,
        system,
        origin: 'created',
        via: 'useradd',
        ...predictedNote(notes),
    });
}
function groupadd(v, args, env) {
    const p = getopt(args, GROUPADD);
    const nameW = p.positionals[0];
    if (!nameW || hasOpt(p, 'h'))
        return;
    const gidW = lastOpt(p, 'g')?.value;
    let gid = toId(gidW);
    const system = hasOpt(p, 'r');
    const predicted = gidW
        ? undefined
        : env.accounts.predict('gid', system ? 'shadow-system' : 'shadow');
    if (predicted)
        gid = predicted.id;
    env.emit({
        kind: 'group',
        name: nameW.text,
        gid,
        system,
        via: 'groupadd',
        note: numberNote('--gid', gidW) ?? predicted?.note,
        ...spanOf(v, args[args.length - 1]),
    });
    env.accounts.groups.set(nameW.text, {
        name: nameW.text,
        gid,
        system,
        origin: 'created',
        via: 'groupadd',
    });
}
function usermod(_v, args, env) {
    const p = getopt(args, USERMOD);
    const nameW = p.positionals[0];
    if (!nameW)
        return;
    const u = env.accounts.users.get(nameW.text);
    if (!u)
        return;
    const next = { ...u };
    const uidW = lastOpt(p, 'u')?.value;
    if (uidW)
        next.uid = toId(uidW);
    const g = lastOpt(p, 'g')?.value;
    if (g) {
        const r = env.accounts.resolveGroup(g.text);
        next.group = r.name;
        next.gid = r.gid;
    }
    const l = lastOpt(p, 'l')?.value;
    if (l) {
        env.accounts.users.delete(u.name);
        next.name = l.text;
    }
    env.accounts.users.set(next.name, next);
}
function userdel(_v, args, env) {
    const p = getopt(args, { short: 'fhrR:P:Z', long: { force: 'f', remove: 'r', 'root:': 'R' } });
    const nameW = p.positionals[0];
    if (!nameW)
        return;
    if (nameW.known)
        env.accounts.users.delete(nameW.text);
}
function groupdel(_v, args, env) {
    const p = getopt(args, { short: 'fhR:P:', long: { force: 'f', 'root:': 'R' } });
    const nameW = p.positionals[0];
    if (nameW?.known)
        env.accounts.groups.delete(nameW.text);
}
/** Which `adduser` the command is: by distribution, else by its option style. */
function adduserFlavor(args, env) {
    if (env.distro === 'alpine' || env.distro === 'busybox')
        return 'busybox';
    if (env.distro === 'debian' || env.distro === 'ubuntu')
        return 'debian';
    return args.some((a) => /^-[a-zA-Z]/.test(a.text) && !/^-[qd]$/.test(a.text))
        ? 'busybox'
        : 'debian';
}
function adduser(v, args, env) {
    if (adduserFlavor(args, env) === 'busybox')
        busyboxAdduser(v, args, env);
    else
        debianAdduser(v, args, env);
}
function addgroup(v, args, env) {
    const flavor = adduserFlavor(args, env);
    const p = getopt(args, flavor === 'busybox' ? BUSYBOX_ADDGROUP : DEBIAN_ADDGROUP);
    // `addgroup USER GROUP` adds an existing user to a group.
    if (p.positionals.length !== 1)
        return;
    const nameW = p.positionals[0];
    const gidW = lastOpt(p, flavor === 'busybox' ? 'g' : 'gid')?.value;
    let gid = toId(gidW);
    const system = hasOpt(p, flavor === 'busybox' ? 'S' : 'system');
    const via = flavor === 'busybox' ? 'addgroup (busybox)' : 'addgroup (debian)';
    const predicted = gidW
        ? undefined
        : env.accounts.predict('gid', `${flavor}${system ? '-system' : ''}`);
    if (predicted)
        gid = predicted.id;
    env.emit({
        kind: 'group',
        name: nameW.text,
        gid,
        system,
        via,
        note: numberNote('--gid', gidW) ?? predicted?.note,
        ...spanOf(v, args[args.length - 1]),
    });
    env.accounts.groups.set(nameW.text, { name: nameW.text, gid, system, origin: 'created', via });
}
function busyboxAdduser(v, args, env) {
    const p = getopt(args, BUSYBOX_ADDUSER);
    if (p.positionals.length !== 1)
        return;
    const nameW = p.positionals[0];
    const name = nameW.text;
    const uidW = lastOpt(p, 'u')?.value;
    let uid = toId(uidW);
    const system = hasOpt(p, 'S');
    const acc = env.accounts;
    const notes = [];
    const un = numberNote('-u', uidW);
    if (un)
        notes.push(un);
    let group;
    let gid;
    const G = lastOpt(p, 'G')?.value;
    if (!uidW) {
        // Without a group to join, the uid must be free as a gid too (its own group gets it).
        const pu = acc.predict('uid', system ? 'busybox-system' : 'busybox', !G && !system);
        if (pu) {
            uid = pu.id;
            notes.push(pu.note);
        }
    }
    if (G) {
        const r = acc.resolveGroup(G.text);
        group = r.name;
        gid = r.gid;
        if (!r.known)
            notes.push(`group ${G.text} is not known at this point of the build`);
    }
    else if (system) {
        const ng = acc.groups.get('nogroup');
        group = 'nogroup';
        gid = ng?.gid ?? null;
        notes.push('-S without -G: BusyBox puts the user in nogroup');
    }
    else {
        // BusyBox creates a group named after the user, with gid = uid.
        group = name;
        gid = uid;
        env.emit({
            kind: 'group',
            name,
            gid,
            system: false,
            via: 'adduser (busybox, implicit group)',
            note: 'created implicitly by adduser',
            ...spanOf(v, nameW),
        });
        acc.groups.set(name, {
            name,
            gid,
            system: false,
            origin: 'created',
            via: 'adduser (busybox, implicit group)',
        });
    }
    if (uid === null && !uidW)
        notes.push(system ? 'uid not pinned (first free system id)' : 'uid not pinned');
    if (lastOpt(p, 'g'))
        notes.push('-g is the GECOS field in BusyBox, not the group');
    env.emit({
        kind: 'user',
        name,
        uid,
        gid,
        group,
        system,
        via: 'adduser (busybox)',
        note: notes.length ? notes.join('; ') : undefined,
        ...spanOf(v, args[args.length - 1]),
    });
    acc.users.set(name, {
        name,
        uid,
        gid,
        group,
        system,
        origin: 'created',
        via: 'adduser (busybox)',
        ...predictedNote(notes),
    });
}
function debianAdduser(v, args, env) {
    const p = getopt(args, DEBIAN_ADDUSER);
    const acc = env.accounts;
    const withGroup = hasOpt(p, 'group');
    const system = hasOpt(p, 'system');
    if (p.positionals.length === 2)
        return; // adduser USER GROUP: membership
    if (p.positionals.length !== 1)
        return;
    const nameW = p.positionals[0];
    const name = nameW.text;
    const gidOpt = lastOpt(p, 'gid')?.value;
    if (withGroup && !system) {
        // `adduser --group NAME` is addgroup.
        const gid = toId(gidOpt);
        env.emit({
            kind: 'group',
            name,
            gid,
            system: false,
            via: 'addgroup (debian)',
            ...spanOf(v, nameW),
        });
        acc.groups.set(name, { name, gid, system: false, origin: 'created', via: 'addgroup (debian)' });
        return;
    }
    const uidW = lastOpt(p, 'uid')?.value;
    let uid = toId(uidW);
    const notes = [];
    let group;
    let gid;
    const ingroup = lastOpt(p, 'ingroup')?.value;
    const rule = system ? 'debian-system' : 'debian';
    if (ingroup) {
        const r = acc.resolveGroup(ingroup.text);
        group = r.name;
        gid = r.gid;
    }
    else if (gidOpt) {
        const r = acc.resolveGroup(gidOpt.text);
        group = r.name;
        gid = r.gid;
    }
    else if (system && !withGroup) {
        group = 'nogroup';
        gid = acc.groups.get('nogroup')?.gid ?? null;
        notes.push('--system without --group: primary group nogroup');
    }
    else {
        group = name;
        // adduser makes the group first, then the user.
        const pg = acc.predict('gid', rule);
        gid = pg?.id ?? null;
        env.emit({
            kind: 'group',
            name,
            gid,
            system,
            via: 'adduser (debian, implicit group)',
            note: `same-name group created by adduser; ${pg ? pg.note : 'gid picked by adduser'}`,
            ...spanOf(v, nameW),
        });
        acc.groups.set(name, {
            name,
            gid,
            system,
            origin: 'created',
            via: 'adduser (debian, implicit group)',
        });
    }
    if (uid === null && !uidW) {
        const pu = acc.predict('uid', rule);
        if (pu) {
            uid = pu.id;
            notes.push(pu.note);
        }
    }
    if (uid === null)
        notes.push(system ? 'uid not pinned (a system id picked by adduser)' : 'uid not pinned');
    env.emit({
        kind: 'user',
        name,
        uid,
        gid,
        group,
        system,
        via: 'adduser (debian)',
        note: notes.length ? notes.join('; ') : undefined,
        ...spanOf(v, args[args.length - 1]),
    });
    acc.users.set(name, {
        name,
        uid,
        gid,
        group,
        system,
        origin: 'created',
        via: 'adduser (debian)',
        ...predictedNote(notes),
    });
}
/** `echo 'name:x:uid:gid:...' >> /etc/passwd` (and /etc/group), also via a heredoc. */
function appendToAccountFiles(v, env) {
    for (const r of v.redirs) {
        if (r.op !== '>>' && r.op !== '>')
            continue;
        const target = r.target.text;
        if (target !== '/etc/passwd' && target !== '/etc/group')
            continue;
        let content;
        const cmd = v.argv[0]?.text;
        if (cmd === 'echo' || cmd === 'printf') {
            const words = v.argv.slice(1);
            let k = 0;
            let escapes = cmd === 'printf';
            while (cmd === 'echo' && k < words.length && /^-[neE]+$/.test(words[k].text)) {
                if (words[k].text.includes('e'))
                    escapes = true;
                k++;
            }
            content = words
                .slice(k)
                .map((w) => w.text)
                .join(' ');
            if (escapes)
                content = content.replace(/\\n/g, '\n');
        }
        else if (cmd === 'cat' && r.heredoc === undefined) {
            const h = v.redirs.find((x) => x.heredoc !== undefined);
            content = h?.heredoc;
        }
        if (content === undefined)
            continue;
        for (const line of content.split('\n')) {
            const f = line.trim().split(':');
            if (target === '/etc/passwd' && f.length >= 4 && f[0]) {
                const uid = /^\d+$/.test(f[2]) ? Number(f[2]) : null;
                const gid = /^\d+$/.test(f[3]) ? Number(f[3]) : null;
                const group = gid !== null ? (env.accounts.groupByGid(gid)?.name ?? null) : null;
                env.emit({
                    kind: 'user',
                    name: f[0],
                    uid,
                    gid,
                    group,
                    system: false,
                    via: 'echo >> /etc/passwd',
                    note: `written into /etc/passwd: ${f.slice(0, 4).join(':')}`,
                    ...spanOf(v, r.target),
                });
                env.accounts.users.set(f[0], {
                    name: f[0],
                    uid,
                    gid,
                    group,
                    system: false,
                    origin: 'created',
                    via: 'echo >> /etc/passwd',
                });
            }
            else if (target === '/etc/group' && f.length >= 3 && f[0]) {
                const gid = /^\d+$/.test(f[2]) ? Number(f[2]) : null;
                env.emit({
                    kind: 'group',
                    name: f[0],
                    gid,
                    system: false,
                    via: 'echo >> /etc/group',
                    note: `written into /etc/group: ${f.slice(0, 3).join(':')}`,
                    ...spanOf(v, r.target),
                });
                if (!env.accounts.groups.has(f[0]))
                    env.accounts.groups.set(f[0], {
                        name: f[0],
                        gid,
                        system: false,
                        origin: 'created',
                        via: 'echo >> /etc/group',
                    });
            }
        }
    }
}
/** PowerShell `New-LocalUser -Name X`: a Windows account (a SID, no uid). */
function newLocalUser(v, args, env) {
    let name;
    for (let k = 0; k < args.length; k++) {
        if (args[k].text.toLowerCase() === '-name')
            name = args[k + 1];
    }
    if (!name && args[0] && !args[0].text.startsWith('-'))
        name = args[0];
    if (!name)
        return;
    env.emit({
        kind: 'user',
        name: name.text,
        uid: null,
        gid: null,
        group: null,
        system: false,
        via: 'New-LocalUser (PowerShell)',
        note: 'Windows accounts have SIDs, not uids',
        ...spanOf(v, args[args.length - 1]),
    });
    env.accounts.users.set(name.text, {
        name: name.text,
        uid: null,
        gid: null,
        group: null,
        system: false,
        origin: 'created',
        via: 'New-LocalUser (PowerShell)',
    });
}
/** The account keeps the sentence that says its id is a prediction. */
function predictedNote(notes) {
    const n = notes.find((x) => x.includes(' predicted from '));
    return n ? { note: n } : {};
}

;// CONCATENATED MODULE: ./build/dockerfile/commands/ownership.js
/**
 * Ownership and mode changes in RUN: `chown`, `chgrp`, `chmod`,
 * `install -o/-g/-m`, `find ROOT ... -exec chmod|chown ... {} ;`, and
 * Windows `icacls PATH /setowner USER`.
 */


const CHOWN = {
    short: 'cfvhRHLP',
    long: {
        changes: 'c',
        silent: 'f',
        quiet: 'f',
        verbose: 'v',
        'no-dereference': 'h',
        dereference: '',
        recursive: 'R',
        'from:': '',
        'reference:': '',
        'preserve-root': '',
        'no-preserve-root': '',
    },
};
const CHMOD = {
    short: 'cfvR',
    long: {
        changes: 'c',
        silent: 'f',
        quiet: 'f',
        verbose: 'v',
        recursive: 'R',
        'reference:': '',
        'preserve-root': '',
        'no-preserve-root': '',
    },
};
const INSTALL = {
    short: 'bcCdDg:m:o:psS:t:TvZ',
    long: {
        backup: '',
        compare: 'C',
        directory: 'd',
        'group:': 'g',
        'mode:': 'm',
        'owner:': 'o',
        'preserve-timestamps': 'p',
        strip: 's',
        'strip-program:': '',
        'suffix:': 'S',
        'target-directory:': 't',
        'no-target-directory': 'T',
        verbose: 'v',
        'preserve-context': '',
        context: 'Z',
    },
};
/** A chmod mode word given where an option could stand (`chmod -x f`, `chmod -R -w d`). */
const DASH_MODE = /^-[rwxXst]+$/;
/** `user.group` (old GNU syntax) and `user:group`, normalised to `user:group`. */
function normaliseOwner(spec) {
    if (spec.includes(':') || !spec.includes('.'))
        return spec;
    if (spec.startsWith('$'))
        return spec;
    const dot = spec.indexOf('.');
    return spec.slice(0, dot) + ':' + spec.slice(dot + 1);
}
/** An absolute path for a RUN argument; shell variables and unknown cwd keep it as written. */
function resolveRunPath(p, cwd) {
    const t = p.text;
    if (t.startsWith('/') || /^[A-Za-z]:[/\\]/.test(t))
        return t.length > 1 ? t.replace(/\/+$/, '') || '/' : t;
    if (!p.known && t.startsWith('$'))
        return t;
    if (cwd === null)
        return t;
    const joined = external_node_path_.posix.join(cwd, t);
    return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
}
function loopValuesFor(p, v) {
    const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(p.text);
    return m ? v.loopValues.get(m[1]) : undefined;
}
function emitPaths(v, env, paths, base) {
    for (const p of paths) {
        env.emit({
            kind: 'own',
            path: resolveRunPath(p, v.cwd),
            owner: base.owner,
            mode: base.mode,
            how: base.how,
            recursive: base.recursive || undefined,
            note: base.note,
            pathValues: loopValuesFor(p, v),
            start: p.start,
            end: p.end,
        });
    }
}
function chown(v, args, env, note) {
    const p = getopt(args, CHOWN);
    if (lastOpt(p, 'reference'))
        return;
    const [ownerW, ...paths] = p.positionals;
    if (!ownerW)
        return;
    emitPaths(v, env, paths, {
        owner: normaliseOwner(ownerW.text),
        mode: null,
        how: 'RUN chown',
        recursive: hasOpt(p, 'R'),
        note,
    });
}
function chgrp(v, args, env, note) {
    const p = getopt(args, CHOWN);
    if (lastOpt(p, 'reference'))
        return;
    const [groupW, ...paths] = p.positionals;
    if (!groupW)
        return;
    emitPaths(v, env, paths, {
        owner: ':' + groupW.text,
        mode: null,
        how: 'RUN chgrp',
        recursive: hasOpt(p, 'R'),
        note,
    });
}
function chmod(v, args, env, note) {
    // A mode like `-x` looks like an option: take the first such word as the mode.
    let mode;
    const rest = [];
    for (const a of args) {
        if (!mode && DASH_MODE.test(a.text) && !/^-[Rcfv]+$/.test(a.text))
            mode = a;
        else
            rest.push(a);
    }
    const p = getopt(rest, CHMOD);
    if (lastOpt(p, 'reference'))
        return;
    const positionals = [...p.positionals];
    if (!mode)
        mode = positionals.shift();
    if (!mode)
        return;
    emitPaths(v, env, positionals, {
        owner: null,
        mode: mode.text,
        how: 'RUN chmod',
        recursive: hasOpt(p, 'R'),
        note,
    });
}
function install(v, args, env) {
    const p = getopt(args, INSTALL);
    const o = lastOpt(p, 'o')?.value;
    const g = lastOpt(p, 'g')?.value;
    if (!o && !g)
        return;
    const owner = o ? (g ? `${o.text}:${g.text}` : o.text) : `:${g?.text ?? ''}`;
    const mode = lastOpt(p, 'm')?.value?.text ?? null;
    let paths;
    const t = lastOpt(p, 't')?.value;
    if (hasOpt(p, 'd'))
        paths = p.positionals;
    else if (t)
        paths = [t];
    else
        paths = p.positionals.length ? [p.positionals[p.positionals.length - 1]] : [];
    emitPaths(v, env, paths, { owner, mode, how: 'RUN install --owner' });
}
/** `find ROOT... [tests] -exec chmod MODE {} ;` -> a change on ROOT, with the filter in the note. */
function find(v, args, env) {
    const roots = [];
    let k = 0;
    while (k < args.length && /^-[HLP]$/.test(args[k].text))
        k++;
    while (k < args.length && !/^[-(!]/.test(args[k].text))
        roots.push(args[k++]);
    if (roots.length === 0)
        return;
    const filter = [];
    for (; k < args.length; k++) {
        const a = args[k].text;
        if (a !== '-exec' && a !== '-execdir') {
            filter.push(a);
            continue;
        }
        const cmd = [];
        k++;
        while (k < args.length && args[k].text !== ';' && args[k].text !== '+')
            cmd.push(args[k++]);
        const name = cmd[0]?.text.split('/').pop();
        if (name !== 'chmod' && name !== 'chown' && name !== 'chgrp')
            continue;
        const inner = cmd.slice(1).filter((w) => w.text !== '{}');
        const note = `via find ${roots.map((r) => r.text).join(' ')}${filter.length ? ' ' + filter.join(' ') : ''} -exec ${name}`;
        const sub = { ...v, argv: [cmd[0], ...inner] };
        const withRoots = [...inner, ...roots];
        if (name === 'chmod')
            chmod(sub, withRoots, env, note);
        else if (name === 'chown')
            chown(sub, withRoots, env, note);
        else
            chgrp(sub, withRoots, env, note);
    }
}
/** Windows `icacls PATH /setowner USER`. */
function icacls(v, args, env) {
    const path = args[0];
    if (!path)
        return;
    for (let k = 1; k < args.length; k++) {
        if (args[k].text.toLowerCase() === '/setowner' && args[k + 1]) {
            env.emit({
                kind: 'own',
                path: path.text.replace(/\\/g, '/'),
                owner: args[k + 1].text,
                mode: null,
                how: 'RUN icacls /setowner',
                recursive: args.some((a) => a.text.toLowerCase() === '/t') || undefined,
                start: path.start,
                end: path.end,
            });
        }
    }
}

;// CONCATENATED MODULE: ./build/dockerfile/commands/capabilities.js

/**
 * Capabilities a cap_text (`cap_net_bind_service=+ep`, `cap_a,cap_b+eip`, `all=p`) puts in
 * the permitted set, upper-cased without the `CAP_` prefix; undefined when unreadable.
 */
function permittedCaps(text) {
    const held = new Set();
    for (const clause of text.trim().split(/\s+/)) {
        const m = /^([a-z_0-9,]*)((?:[=+-][eip]*)+)$/i.exec(clause);
        if (!m)
            return undefined;
        const names = m[1] === '' ? ['all'] : m[1].toLowerCase().split(',');
        if (names.some((n) => n === '' || (n !== 'all' && !/^cap_[a-z_0-9]+$/.test(n))))
            return undefined;
        for (const op of m[2].match(/[=+-][eip]*/g) ?? []) {
            const grantsP = op.slice(1).includes('p');
            for (const n of names) {
                const cap = n === 'all' ? 'ALL' : n.slice(4).toUpperCase();
                if (op[0] === '=') {
                    if (n === 'all')
                        held.clear();
                    else
                        held.delete(cap);
                    if (grantsP)
                        held.add(cap);
                }
                else if (grantsP) {
                    if (op[0] === '+')
                        held.add(cap);
                    else if (n === 'all')
                        held.clear();
                    else
                        held.delete(cap);
                }
            }
        }
    }
    return [...held].sort();
}
function setcap(v, args, env) {
    let i = 0;
    for (; i < args.length; i++) {
        const a = args[i].text;
        if (a === '-q')
            continue;
        if (a === '-v')
            return;
        if (a === '-n') {
            i++;
            continue;
        }
        break;
    }
    while (i < args.length) {
        const a = args[i];
        const file = args[i + 1];
        if (!file)
            return;
        const caps = a.text === '-r' ? [] : a.known ? permittedCaps(a.text) : undefined;
        i += 2;
        if (caps === undefined)
            continue;
        env.emit({
            kind: 'caps',
            path: resolveRunPath(file, v.cwd),
            caps,
            start: a.start,
            end: file.end,
        });
    }
}

;// CONCATENATED MODULE: ./build/dockerfile/commands/index.js



function commandName(word, windows) {
    let n = word.slice(word.lastIndexOf('/') + 1);
    if (windows) {
        n = n.slice(n.lastIndexOf('\\') + 1).toLowerCase();
        if (n.endsWith('.exe'))
            n = n.slice(0, -4);
    }
    return n;
}
function interpretCommand(v, env) {
    if (v.argv.length === 0)
        return;
    const windows = env.shell !== 'sh';
    const name = commandName(v.argv[0].text, windows);
    const args = v.argv.slice(1);
    switch (name) {
        case 'useradd':
            return useradd(v, args, env);
        case 'groupadd':
            return groupadd(v, args, env);
        case 'usermod':
            return usermod(v, args, env);
        case 'userdel':
            return userdel(v, args, env);
        case 'groupdel':
            return groupdel(v, args, env);
        case 'adduser':
            return adduser(v, args, env);
        case 'addgroup':
            return addgroup(v, args, env);
        case 'chown':
            return chown(v, args, env);
        case 'chgrp':
            return chgrp(v, args, env);
        case 'chmod':
            return chmod(v, args, env);
        case 'install':
            return install(v, args, env);
        case 'find':
            return find(v, args, env);
        case 'icacls':
            return icacls(v, args, env);
        case 'new-localuser':
            return newLocalUser(v, args, env);
        case 'setcap':
            return setcap(v, args, env);
    }
    if (v.redirs.length)
        appendToAccountFiles(v, env);
}

// EXTERNAL MODULE: ./build/core/linear-regex.js
var linear_regex = __webpack_require__(235);
;// CONCATENATED MODULE: ./build/dockerfile/glob.js
/**
 * Shell glob patterns (`*`, `?`, `[...]`) as regular expressions, for
 * `${V#pattern}`-style trimming and `case` arms, matched in linear time (core/linear-regex.ts).
 */

function globSource(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            re += '[\\s\\S]*';
        else if (c === '?')
            re += '[\\s\\S]';
        else if (c === '[') {
            const close = pattern.indexOf(']', i + 2);
            if (close === -1) {
                re += '\\[';
                continue;
            }
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('!'))
                body = '^' + body.slice(1);
            re += '[' + body.replace(/\\/g, '\\\\') + ']';
            i = close;
        }
        else if (c === '\\' && i + 1 < pattern.length) {
            re += (0,linear_regex/* escapeRegex */.$f)(pattern[++i]);
        }
        else
            re += (0,linear_regex/* escapeRegex */.$f)(c);
    }
    return re;
}
/** The pattern compiled for a linear-time engine (a Dockerfile's patterns are untrusted). */
function glob_compiled(source, pattern) {
    try {
        return (0,linear_regex/* linearRegex */.t$)(source, 's');
    }
    catch {
        return (0,linear_regex/* linearRegex */.t$)((0,linear_regex/* escapeRegex */.$f)(pattern), 's');
    }
}
/** Whole-string glob match. */
function globMatch(pattern, value) {
    // The usual `case` arms (`amd64`, `arm*`, `*`) without the regex engine.
    if (!hasWildcard(pattern))
        return pattern === value;
    const star = pattern.indexOf('*');
    if (star >= 0 && !hasWildcard(pattern.slice(0, star) + pattern.slice(star + 1))) {
        const head = pattern.slice(0, star);
        const tail = pattern.slice(star + 1);
        return (value.length >= head.length + tail.length && value.startsWith(head) && value.endsWith(tail));
    }
    return glob_compiled('^(?:' + globSource(pattern) + ')$', pattern).test(value);
}
/**
 * Longest value `${V#p}`-style trimming tries a pattern on: each try is a match of a prefix,
 * so the work grows with the square of the length.
 */
const MAX_TRIM_SUBJECT = 4096;
const hasWildcard = (pattern) => /[*?[\\]/.test(pattern);
/**
 * `${V#p}` / `${V##p}`: remove the shortest/longest matching prefix; undefined when the value
 * is longer than MAX_TRIM_SUBJECT and the pattern has wildcards.
 */
function trimPrefix(value, pattern, longest) {
    if (!hasWildcard(pattern))
        return value.startsWith(pattern) ? value.slice(pattern.length) : value;
    if (value.length > MAX_TRIM_SUBJECT)
        return undefined;
    if (longest) {
        for (let i = value.length; i >= 0; i--)
            if (globMatch(pattern, value.slice(0, i)))
                return value.slice(i);
    }
    else {
        for (let i = 0; i <= value.length; i++)
            if (globMatch(pattern, value.slice(0, i)))
                return value.slice(i);
    }
    return value;
}
/** `${V%p}` / `${V%%p}`: remove the shortest/longest matching suffix (undefined as trimPrefix). */
function trimSuffix(value, pattern, longest) {
    if (!hasWildcard(pattern))
        return pattern && value.endsWith(pattern) ? value.slice(0, -pattern.length) : value;
    if (value.length > MAX_TRIM_SUBJECT)
        return undefined;
    if (longest) {
        for (let i = 0; i <= value.length; i++)
            if (globMatch(pattern, value.slice(i)))
                return value.slice(0, i);
    }
    else {
        for (let i = value.length; i >= 0; i--)
            if (globMatch(pattern, value.slice(i)))
                return value.slice(0, i);
    }
    return value;
}
/** `${V/p/r}` / `${V//p/r}`: replace the first/every longest match. */
function replaceGlob(value, pattern, repl, all) {
    if (pattern === '')
        return value;
    let src = globSource(pattern);
    let anchored = '';
    if (pattern.startsWith('#')) {
        src = globSource(pattern.slice(1));
        anchored = '^';
    }
    else if (pattern.startsWith('%')) {
        src = globSource(pattern.slice(1)) + '$';
    }
    const re = glob_compiled(anchored + '(?:' + src + ')', pattern);
    if (all)
        return re.replaceAll(value, () => repl);
    const m = re.exec(value);
    return m ? value.slice(0, m.index) + repl + value.slice(m.index + m[0].length) : value;
}

;// CONCATENATED MODULE: ./build/dockerfile/expand.js
/**
 * Docker's own variable substitution for instruction arguments (FROM, USER,
 * WORKDIR, COPY, ENV, EXPOSE, ...): `$V`, `${V}`, `${V:-d}`, `${V-d}`,
 * `${V:+a}`, `${V+a}`, `${V:?e}`, `${V#p}`, `${V%p}`, `${V/p/r}`, with quote
 * removal and the Dockerfile escape character. RUN is not expanded by Docker;
 * see ./shell for that.
 */

/**
 * The longest value one expansion may produce. BuildKit has no limit, but an ARG chain that
 * doubles its value on each line (`ARG B=$A$A`) reaches gigabytes in 30 lines; no real
 * argument is a megabyte long, so past this the expansion stops with an error.
 */
const MAX_EXPANSION = 1 << 20;
const tooLong = `the expansion exceeds ${MAX_EXPANSION} characters (a variable that doubles itself?); stopped`;
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
class Expander {
    s;
    opts;
    split;
    i = 0;
    produced = 0;
    undefinedVars = [];
    error;
    // Word assembly for split mode.
    words = [];
    cur = '';
    inWord = false;
    constructor(s, opts, split) {
        this.s = s;
        this.opts = opts;
        this.split = split;
    }
    push(text, quoted) {
        if ((this.produced += text.length) > MAX_EXPANSION) {
            this.error ??= tooLong;
            return;
        }
        if (!this.split || quoted) {
            this.cur += text;
            this.inWord = true;
            return;
        }
        for (const ch of text) {
            if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r')
                this.endWord();
            else {
                this.cur += ch;
                this.inWord = true;
            }
        }
    }
    endWord() {
        if (this.inWord)
            this.words.push(this.cur);
        this.cur = '';
        this.inWord = false;
    }
    run() {
        const s = this.s;
        const esc = this.opts.escape;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === "'") {
                const close = s.indexOf("'", this.i + 1);
                if (close === -1) {
                    this.error = 'unexpected end of statement while looking for matching single-quote';
                    this.push(s.slice(this.i + 1), true);
                    this.i = s.length;
                    break;
                }
                this.push(s.slice(this.i + 1, close), true);
                this.i = close + 1;
            }
            else if (c === '"') {
                this.i++;
                this.doubleQuoted();
            }
            else if (c === esc) {
                if (this.i + 1 >= s.length) {
                    this.i++;
                    break;
                }
                this.push(s[this.i + 1], true);
                this.i += 2;
            }
            else if (c === '$') {
                this.push(this.dollar(), false);
            }
            else if (this.split && (c === ' ' || c === '\t' || c === '\n' || c === '\r')) {
                this.endWord();
                this.i++;
            }
            else {
                this.push(c, true);
                this.i++;
            }
        }
        this.endWord();
        return this.words.join(' ');
    }
    doubleQuoted() {
        const s = this.s;
        const esc = this.opts.escape;
        let buf = '';
        let closed = false;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === '"') {
                closed = true;
                this.i++;
                break;
            }
            if (c === esc) {
                const next = s[this.i + 1];
                if (next === undefined) {
                    this.i++;
                    continue;
                }
                if (next === '"' || next === '$' || next === esc) {
                    buf += next;
                    this.i += 2;
                }
                else {
                    buf += c;
                    this.i++;
                }
                continue;
            }
            if (c === '$') {
                buf += this.dollar();
                continue;
            }
            buf += c;
            this.i++;
        }
        if (!closed)
            this.error = 'unexpected end of statement while looking for matching double-quote';
        this.push(buf, true);
        // `""` is an (empty) word of its own.
        this.inWord = true;
    }
    referenced = [];
    ref(name) {
        if (!this.referenced.includes(name))
            this.referenced.push(name);
        return this.opts.lookup(name);
    }
    lookup(name) {
        const v = this.ref(name);
        if (v === undefined && !this.undefinedVars.includes(name))
            this.undefinedVars.push(name);
        return v;
    }
    /** At a `$`: returns the expansion and advances past it. */
    dollar() {
        const s = this.s;
        const start = this.i;
        this.i++; // $
        const c = s[this.i];
        if (c === '{') {
            this.i++;
            let name = '';
            while (this.i < s.length && NAME_CHAR.test(s[this.i]))
                name += s[this.i++];
            if (name === '' && this.i < s.length && /[0-9@*#?$!-]/.test(s[this.i]))
                name = s[this.i++];
            const op = this.readOperator();
            if (op === undefined) {
                this.error = `missing '}' in substitution: ${s.slice(start)}`;
                this.i = s.length;
                return '';
            }
            if (op === '}') {
                const v = this.lookup(name);
                if (v === undefined)
                    return this.opts.keepUndefined ? s.slice(start, this.i) : '';
                return v;
            }
            const word = this.readUntilBrace();
            const raw = s.slice(start, this.i);
            return this.modifier(name, op, word, raw);
        }
        if (c !== undefined && NAME_START.test(c)) {
            let name = '';
            while (this.i < s.length && NAME_CHAR.test(s[this.i]))
                name += s[this.i++];
            const v = this.lookup(name);
            if (v === undefined)
                return this.opts.keepUndefined ? s.slice(start, this.i) : '';
            return v;
        }
        if (c !== undefined && /[0-9]/.test(c)) {
            this.i++;
            return '';
        }
        return '$';
    }
    /** Reads the operator after `${name`: `}`, `:-`, `-`, `#`, `##`, ... */
    readOperator() {
        const s = this.s;
        const c = s[this.i];
        if (c === undefined)
            return undefined;
        if (c === '}') {
            this.i++;
            return '}';
        }
        if (c === ':') {
            const m = s[this.i + 1];
            if (m === '-' || m === '+' || m === '?' || m === '=') {
                this.i += 2;
                return ':' + m;
            }
            this.error = `unsupported modifier (${m ?? ''}) in substitution`;
            this.i += 1;
            return ':';
        }
        if (c === '#' || c === '%' || c === '/') {
            if (s[this.i + 1] === c) {
                this.i += 2;
                return c + c;
            }
            this.i++;
            return c;
        }
        if (c === '-' || c === '+' || c === '?' || c === '=') {
            this.i++;
            return c;
        }
        this.error = `unsupported modifier (${c}) in substitution`;
        this.i++;
        return c;
    }
    /** The word up to the matching `}` (nesting respected), raw. */
    readUntilBrace() {
        const s = this.s;
        let depth = 0;
        const start = this.i;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === this.opts.escape && this.i + 1 < s.length) {
                this.i += 2;
                continue;
            }
            if (c === '$' && s[this.i + 1] === '{') {
                depth++;
                this.i += 2;
                continue;
            }
            if (c === '}') {
                if (depth === 0) {
                    this.i++;
                    return s.slice(start, this.i - 1);
                }
                depth--;
            }
            this.i++;
        }
        this.error = 'missing closing } in substitution';
        return s.slice(start);
    }
    sub(word) {
        const r = new Expander(word, this.opts, false);
        const v = r.run();
        for (const n of r.referenced)
            if (!this.referenced.includes(n))
                this.referenced.push(n);
        for (const u of r.undefinedVars)
            if (!this.undefinedVars.includes(u))
                this.undefinedVars.push(u);
        if (r.error && !this.error)
            this.error = r.error;
        return v;
    }
    modifier(name, op, word, raw) {
        const v = this.ref(name);
        switch (op) {
            case ':-':
                return v === undefined || v === '' ? this.sub(word) : v;
            case '-':
                return v === undefined ? this.sub(word) : v;
            case ':+':
                return v !== undefined && v !== '' ? this.sub(word) : '';
            case '+':
                return v !== undefined ? this.sub(word) : '';
            case ':?':
            case '?':
                if (v === undefined || (op === ':?' && v === '')) {
                    this.error = `${name}: ${this.sub(word) || 'is not allowed to be unset'}`;
                    return '';
                }
                return v;
            case ':=':
            case '=':
                return v === undefined || (op === ':=' && v === '') ? this.sub(word) : v;
        }
        if (v === undefined) {
            if (!this.undefinedVars.includes(name))
                this.undefinedVars.push(name);
            return this.opts.keepUndefined ? raw : '';
        }
        switch (op) {
            case '#':
            case '##':
            case '%':
            case '%%': {
                const trimmed = op.startsWith('#')
                    ? trimPrefix(v, this.sub(word), op === '##')
                    : trimSuffix(v, this.sub(word), op === '%%');
                if (trimmed === undefined) {
                    this.error ??= `\${${name}${op}\u2026} is not worked out: the value is longer than ${MAX_TRIM_SUBJECT} characters`;
                    return '';
                }
                return trimmed;
            }
            case '/':
            case '//': {
                const slash = findUnescapedSlash(word);
                const pat = slash === -1 ? word : word.slice(0, slash);
                const rep = this.sub(slash === -1 ? '' : word.slice(slash + 1));
                if (op === '//' && v.length * Math.max(1, rep.length) > MAX_EXPANSION) {
                    this.error ??= tooLong;
                    return '';
                }
                return replaceGlob(v, this.sub(pat), rep, op === '//');
            }
        }
        return v;
    }
}
function findUnescapedSlash(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === '/')
            return i;
    }
    return -1;
}
/** One word, quotes removed, variables expanded (BuildKit's ProcessWord). */
function expandWord(text, opts) {
    const e = new Expander(text, opts, false);
    const value = e.run();
    return { value, undefinedVars: e.undefinedVars, error: e.error };
}
/** Words split on unquoted whitespace after expansion (BuildKit's ProcessWords). */
function expandWords(text, opts) {
    const e = new Expander(text, opts, true);
    e.run();
    return { words: e.words, undefinedVars: e.undefinedVars, error: e.error };
}
/** Names of the variables a text refers to (`$A`, `${B:-x}`), for dependency reports. */
function referencedVariables(text, escape) {
    const e = new Expander(text, { escape, lookup: () => undefined }, false);
    e.run();
    return e.referenced;
}

// EXTERNAL MODULE: ./build/dockerfile/kubelet-user.js
var kubelet_user = __webpack_require__(4241);
;// CONCATENATED MODULE: ./build/dockerfile/shell/powershell.js
function rewritePowerShell(src) {
    let text = '';
    const origin = [];
    const push = (s, at) => {
        for (let k = 0; k < s.length; k++)
            origin.push(at);
        text += s;
    };
    let i = 0;
    let single = false;
    while (i < src.length) {
        if (src[i] === "'")
            single = !single;
        const m = /^\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}|^\$env:([A-Za-z_][A-Za-z0-9_]*)/i.exec(src.slice(i, i + 200));
        if (m) {
            push('${' + (m[1] ?? m[2]) + '}', i);
            i += m[0].length;
            continue;
        }
        const c = src[i];
        if (c === '\\' && !single)
            push('\\\\', i);
        else
            push(c, i);
        i++;
    }
    return {
        text,
        map: (k) => (k < origin.length ? origin[k] : src.length),
    };
}

;// CONCATENATED MODULE: ./build/shell/ast.js
/**
 * Syntax tree of the POSIX sh (plus common bash) subset found in Dockerfile RUN
 * instructions, CI `run:` steps, Makefile recipes and build scripts. Offsets are
 * positions in the script text the lexer was given.
 */
/** The literal text of a word when it has no quotes or expansions, else null. */
function plainLiteral(w) {
    if (w.parts.length === 1 && w.parts[0].k === 'lit')
        return w.parts[0].v;
    return null;
}
/** Quote-removed text of a word when it contains no expansions, else null. */
function staticText(w) {
    let out = '';
    for (const p of w.parts) {
        const t = staticPart(p);
        if (t === null)
            return null;
        out += t;
    }
    return out;
}
function staticPart(p) {
    switch (p.k) {
        case 'lit':
        case 'sq':
            return p.v;
        case 'dq': {
            let out = '';
            for (const q of p.parts) {
                const t = staticPart(q);
                if (t === null)
                    return null;
                out += t;
            }
            return out;
        }
        default:
            return null;
    }
}

// EXTERNAL MODULE: ./build/shell/lexer.js
var shell_lexer = __webpack_require__(8499);
;// CONCATENATED MODULE: ./build/shell/parser.js



/**
 * How deep compound commands may nest (subshells, groups, if/for/while/case bodies). sh has no
 * limit, but the parse tree is walked recursively; a script nested deeper than any written by
 * hand (a thousand `(` in a RUN) is reported and left unanalysed past this depth.
 */
const MAX_NESTING = 100;
const ASSIGN_RE = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/;
const LIST_END_OPS = new Set([')', ';;', ';&', ';;&']);
function parseScript(src) {
    const lexer = new shell_lexer/* ShellLexer */.pm(src);
    const toks = lexer.tokenize();
    const p = new Parser(toks);
    const root = p.parseProgram();
    return { root, errors: [...lexer.errors, ...p.errors] };
}
class Parser {
    toks;
    p = 0;
    depth = 0;
    /** Past the nesting limit: the rest is skipped, and so are the errors it would cause. */
    stopped = false;
    errors = [];
    constructor(toks) {
        this.toks = toks;
    }
    peek() {
        return this.toks[this.p];
    }
    next() {
        const t = this.toks[this.p];
        if (t.t !== 'eof')
            this.p++;
        return t;
    }
    isWord(t, lit) {
        return t.t === 'word' && plainLiteral(t.w) === lit;
    }
    isOp(t, op) {
        return t.t === 'op' && t.op === op;
    }
    pos(t) {
        return t.t === 'word' ? t.w.start : t.start;
    }
    error(message, t) {
        if (this.stopped)
            return;
        const start = this.pos(t);
        const end = t.t === 'word' ? t.w.end : t.t === 'op' ? t.end : start + 1;
        this.errors.push({ message, start, end });
    }
    skipNewlines() {
        while (this.peek().t === 'nl')
            this.p++;
    }
    parseProgram() {
        const list = this.parseList(new Set());
        while (this.peek().t !== 'eof') {
            const t = this.next();
            this.error(`unexpected ${describe(t)}`, t);
            const more = this.parseList(new Set());
            if (more.k === 'list')
                (0,arrays/* pushAll */.iI)(list.items, more.items);
        }
        return list;
    }
    /** and-or lists separated by `;`, `&` or newlines, up to a terminator word. */
    parseList(terminators) {
        if (this.depth >= MAX_NESTING) {
            const t = this.peek();
            this.error(`commands nested more than ${MAX_NESTING} levels deep; not analysed`, t);
            this.stopped = true;
            while (this.peek().t !== 'eof')
                this.p++;
            return { k: 'list', items: [] };
        }
        this.depth++;
        try {
            return this.parseListItems(terminators);
        }
        finally {
            this.depth--;
        }
    }
    parseListItems(terminators) {
        const items = [];
        while (true) {
            while (true) {
                const t = this.peek();
                if (t.t === 'nl' || this.isOp(t, ';') || this.isOp(t, '&'))
                    this.p++;
                else
                    break;
            }
            const t = this.peek();
            if (t.t === 'eof')
                break;
            if (t.t === 'word') {
                const lit = plainLiteral(t.w);
                if (lit !== null && terminators.has(lit))
                    break;
            }
            if (t.t === 'op' && LIST_END_OPS.has(t.op))
                break;
            const before = this.p;
            const node = this.parseAndOr();
            if (node)
                items.push(node);
            if (this.p === before) {
                // Could not consume anything: report and skip the token.
                const bad = this.next();
                this.error(`unexpected ${describe(bad)}`, bad);
            }
        }
        return { k: 'list', items };
    }
    parseAndOr() {
        const first = this.parsePipeline();
        if (!first)
            return null;
        const items = [first];
        const ops = [];
        while (true) {
            const t = this.peek();
            if (t.t === 'op' && (t.op === '&&' || t.op === '||')) {
                this.p++;
                this.skipNewlines();
                const next = this.parsePipeline();
                if (!next) {
                    this.error(`missing command after ${t.op}`, t);
                    break;
                }
                ops.push(t.op);
                items.push(next);
            }
            else
                break;
        }
        return items.length === 1 ? first : { k: 'andor', items, ops };
    }
    parsePipeline() {
        let neg = false;
        if (this.isWord(this.peek(), '!')) {
            neg = true;
            this.p++;
        }
        const first = this.parseCommand();
        if (!first)
            return null;
        const cmds = [first];
        while (true) {
            const t = this.peek();
            if (t.t === 'op' && (t.op === '|' || t.op === '|&')) {
                this.p++;
                this.skipNewlines();
                const next = this.parseCommand();
                if (!next) {
                    this.error('missing command after |', t);
                    break;
                }
                cmds.push(next);
            }
            else
                break;
        }
        return cmds.length === 1 && !neg ? first : { k: 'pipeline', neg, cmds };
    }
    parseCommand() {
        const t = this.peek();
        if (t.t === 'word') {
            switch (plainLiteral(t.w)) {
                case 'if':
                    return this.withRedirs(this.parseIf());
                case 'case':
                    return this.withRedirs(this.parseCase());
                case 'for':
                    return this.withRedirs(this.parseFor());
                case 'while':
                case 'until':
                    return this.withRedirs(this.parseLoop());
                case '{':
                    return this.parseGroup();
                case 'function':
                    return this.parseFunctionKeyword();
            }
        }
        if (this.isOp(t, '('))
            return this.parseSubshell();
        return this.parseSimple();
    }
    withRedirs(node) {
        const redirs = this.parseRedirs();
        return redirs.length ? { k: 'group', body: node, subshell: false, redirs } : node;
    }
    parseRedirs() {
        const redirs = [];
        while (true) {
            const t = this.peek();
            if (t.t === 'op' && shell_lexer/* REDIRECT_OPS */.oq.has(t.op)) {
                this.p++;
                const target = this.peek();
                if (target.t === 'word') {
                    this.p++;
                    redirs.push({ op: t.op, fd: t.fd, target: target.w, heredoc: t.heredoc });
                }
                else
                    this.error(`missing target after ${t.op}`, t);
            }
            else
                break;
        }
        return redirs;
    }
    expectWord(lit, context) {
        this.skipSeparators();
        const t = this.peek();
        if (this.isWord(t, lit)) {
            this.p++;
            return true;
        }
        this.error(`expected '${lit}' in ${context}, found ${describe(t)}`, t);
        return false;
    }
    skipSeparators() {
        while (true) {
            const t = this.peek();
            if (t.t === 'nl' || this.isOp(t, ';'))
                this.p++;
            else
                break;
        }
    }
    parseIf() {
        this.p++; // if
        const conds = [];
        const bodies = [];
        let elseBody;
        conds.push(this.parseList(new Set(['then'])));
        this.expectWord('then', 'if');
        bodies.push(this.parseList(new Set(['elif', 'else', 'fi'])));
        while (true) {
            const t = this.peek();
            if (this.isWord(t, 'elif')) {
                this.p++;
                conds.push(this.parseList(new Set(['then'])));
                this.expectWord('then', 'elif');
                bodies.push(this.parseList(new Set(['elif', 'else', 'fi'])));
                continue;
            }
            if (this.isWord(t, 'else')) {
                this.p++;
                elseBody = this.parseList(new Set(['fi']));
            }
            break;
        }
        this.expectWord('fi', 'if');
        return { k: 'if', conds, bodies, elseBody };
    }
    parseCase() {
        const caseTok = this.next();
        const subject = this.peek();
        let word;
        if (subject.t === 'word') {
            this.p++;
            word = subject.w;
        }
        else {
            this.error('missing word after case', caseTok);
            word = { parts: [], start: this.pos(subject), end: this.pos(subject) };
        }
        this.skipNewlines();
        this.expectWord('in', 'case');
        const arms = [];
        while (true) {
            this.skipNewlines();
            const t = this.peek();
            if (t.t === 'eof') {
                this.error("missing 'esac'", t);
                break;
            }
            if (this.isWord(t, 'esac')) {
                this.p++;
                break;
            }
            if (this.isOp(t, '('))
                this.p++;
            const patterns = [];
            while (true) {
                const pt = this.peek();
                if (pt.t === 'word') {
                    patterns.push(pt.w);
                    this.p++;
                }
                const sep = this.peek();
                if (this.isOp(sep, '|')) {
                    this.p++;
                    continue;
                }
                if (this.isOp(sep, ')')) {
                    this.p++;
                    break;
                }
                this.error(`expected ')' after case pattern, found ${describe(sep)}`, sep);
                if (sep.t !== 'eof')
                    this.p++;
                break;
            }
            const body = this.parseList(new Set(['esac']));
            arms.push({ patterns, body });
            const end = this.peek();
            if (end.t === 'op' && (end.op === ';;' || end.op === ';&' || end.op === ';;&'))
                this.p++;
        }
        return { k: 'case', word, arms };
    }
    parseFor() {
        const forTok = this.next();
        const nameTok = this.peek();
        let name = '';
        if (nameTok.t === 'word' && plainLiteral(nameTok.w) !== null) {
            name = plainLiteral(nameTok.w);
            this.p++;
        }
        else if (this.isOp(nameTok, '(')) {
            // for (( ... )): arithmetic loop; skip its header.
            let depth = 0;
            while (this.peek().t !== 'eof') {
                const t = this.next();
                if (this.isOp(t, '('))
                    depth++;
                else if (this.isOp(t, ')') && --depth === 0 && !this.isOp(this.peek(), ')'))
                    break;
            }
        }
        else {
            this.error('missing variable name after for', forTok);
        }
        let items = null;
        this.skipNewlines();
        if (this.isWord(this.peek(), 'in')) {
            this.p++;
            items = [];
            while (this.peek().t === 'word')
                items.push(this.next().w);
        }
        this.expectWord('do', 'for');
        const body = this.parseList(new Set(['done']));
        this.expectWord('done', 'for');
        return { k: 'for', name, items, body };
    }
    parseLoop() {
        const until = plainLiteral(this.next().w) === 'until';
        const cond = this.parseList(new Set(['do']));
        this.expectWord('do', until ? 'until' : 'while');
        const body = this.parseList(new Set(['done']));
        this.expectWord('done', until ? 'until' : 'while');
        return { k: 'loop', until, cond, body };
    }
    parseGroup() {
        this.p++; // {
        const body = this.parseList(new Set(['}']));
        this.expectWord('}', 'group');
        return { k: 'group', body, subshell: false, redirs: this.parseRedirs() };
    }
    parseSubshell() {
        const open = this.next();
        const body = this.parseList(new Set());
        if (this.isOp(this.peek(), ')'))
            this.p++;
        else
            this.error("missing ')'", open);
        return { k: 'group', body, subshell: true, redirs: this.parseRedirs() };
    }
    parseFunctionKeyword() {
        this.p++; // function
        const t = this.peek();
        const name = t.t === 'word' ? (plainLiteral(t.w) ?? '') : '';
        if (t.t === 'word')
            this.p++;
        if (this.isOp(this.peek(), '(') && this.isOp(this.toks[this.p + 1], ')'))
            this.p += 2;
        this.skipNewlines();
        const body = this.parseCommand() ?? { k: 'list', items: [] };
        return { k: 'func', name, body };
    }
    parseSimple() {
        const assigns = [];
        const words = [];
        const redirs = [];
        const first = this.peek();
        const start = this.pos(first);
        let end = start;
        while (true) {
            const t = this.peek();
            if (t.t === 'word') {
                if (words.length === 0) {
                    const a = asAssignment(t.w);
                    if (a) {
                        assigns.push(a);
                        this.p++;
                        end = t.w.end;
                        continue;
                    }
                }
                words.push(t.w);
                this.p++;
                end = t.w.end;
                // name ( ) { ... }: a function definition.
                if (words.length === 1 &&
                    assigns.length === 0 &&
                    this.isOp(this.peek(), '(') &&
                    this.isOp(this.toks[this.p + 1], ')')) {
                    this.p += 2;
                    this.skipNewlines();
                    const body = this.parseCommand() ?? { k: 'list', items: [] };
                    return { k: 'func', name: plainLiteral(words[0]) ?? '', body };
                }
                continue;
            }
            if (t.t === 'op' && shell_lexer/* REDIRECT_OPS */.oq.has(t.op)) {
                this.p++;
                const target = this.peek();
                if (target.t === 'word') {
                    this.p++;
                    redirs.push({ op: t.op, fd: t.fd, target: target.w, heredoc: t.heredoc });
                    end = target.w.end;
                }
                else {
                    this.error(`missing target after ${t.op}`, t);
                }
                continue;
            }
            break;
        }
        if (assigns.length === 0 && words.length === 0 && redirs.length === 0)
            return null;
        return { k: 'simple', assigns, words, redirs, start, end };
    }
}
function asAssignment(w) {
    const first = w.parts[0];
    if (!first || first.k !== 'lit')
        return null;
    const m = ASSIGN_RE.exec(first.v);
    if (!m)
        return null;
    const restLit = first.v.slice(m[0].length);
    const rest = w.parts.slice(1);
    if (rest.length === 1 && rest[0].k === 'array' && restLit === '') {
        return {
            name: m[1],
            value: null,
            array: rest[0].words,
            append: m[2] === '+',
            start: w.start,
            end: w.end,
        };
    }
    const parts = restLit ? [{ k: 'lit', v: restLit }, ...rest] : rest;
    return {
        name: m[1],
        value: { parts, start: w.start + m[0].length, end: w.end },
        append: m[2] === '+',
        start: w.start,
        end: w.end,
    };
}
function describe(t) {
    switch (t.t) {
        case 'word':
            return `word '${plainLiteral(t.w) ?? '\u2026'}'`;
        case 'op':
            return `'${t.op}'`;
        case 'nl':
            return 'newline';
        case 'eof':
            return 'end of script';
    }
}

;// CONCATENATED MODULE: ./build/dockerfile/shell/walk.js
/**
 * Walks a parsed RUN script in execution order, the way the build would run
 * it with the default build args: tracks shell variables, `cd`, loop values,
 * and which commands sit in an `if`/`case` branch that does not run (or may
 * not). Calls back for every simple command with its words evaluated as far as
 * the Dockerfile and the script itself allow; what cannot be known is kept as
 * written (`$dir`). The lexer and parser are src/shell's, shared with the image
 * linker, whose own evaluation (src/images/links/shell-expand.ts) turns the unknown
 * into holes and takes `${V:-default}` defaults, which here stay unknown.
 */






const EMPTY_LOOPS = new Map();
const WRAPPERS = new Set(['sudo', 'exec', 'command', 'nohup', 'time', 'nice', 'builtin', 'doas']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'busybox']);
/** Commands the walker itself interprets. */
const WALKER_COMMANDS = new Set([
    ...SHELLS,
    'export',
    'local',
    'declare',
    'typeset',
    'readonly',
    'unset',
    'cd',
]);
function walkScript(src, ctx, onCommand, map = (i) => i) {
    const w = new Walker(ctx, onCommand);
    return w.run(src, map, 0);
}
class Walker {
    ctx;
    onCommand;
    vars = new Map();
    cwd;
    loops = new Map();
    errors = [];
    map = (i) => i;
    constructor(ctx, onCommand) {
        this.ctx = ctx;
        this.onCommand = onCommand;
        this.cwd = ctx.cwd;
    }
    run(src, map, depth) {
        const parsed = parseScript(src);
        const outer = this.map;
        this.map = map;
        for (const e of parsed.errors)
            this.errors.push({ ...e, start: map(e.start), end: map(e.end) });
        if (depth < 4)
            this.walk(parsed.root, false, depth);
        this.map = outer;
        return this.errors;
    }
    // -- evaluation -----------------------------------------------------------
    lookupVar(name) {
        const v = this.vars.get(name);
        if (v)
            return v;
        const d = this.ctx.lookup(name);
        return d === undefined ? undefined : { value: d, known: true };
    }
    /** Evaluates a word into fields (unquoted expansions split on whitespace). */
    evalFields(w) {
        const fields = [];
        let cur = '';
        let known = true;
        let has = false;
        const start = this.map(w.start);
        const end = this.map(Math.max(w.end - 1, w.start)) + 1;
        const pushCur = () => {
            if (has)
                fields.push({ text: cur, known, start, end });
            cur = '';
            known = true;
            has = false;
        };
        for (const part of w.parts) {
            // "${arr[@]}" is one field per element, like an unquoted ${arr[@]}.
            const p = part.k === 'dq' && part.parts.length === 1 && part.parts[0].k === 'param'
                ? part.parts[0]
                : part;
            if (p.k === 'param' && p.index === '@' && p.op === undefined) {
                const v = this.lookupVar(p.name);
                if (v?.array) {
                    for (let k = 0; k < v.array.length; k++) {
                        if (k > 0)
                            pushCur();
                        cur += v.array[k];
                        has = true;
                    }
                    continue;
                }
            }
            const r = this.evalPart(part);
            if (!r.known)
                known = false;
            if (part.k === 'param' && r.known && /\s/.test(r.text)) {
                const pieces = r.text.split(/[ \t\n]+/);
                pieces.forEach((piece, k) => {
                    if (k > 0)
                        pushCur();
                    if (piece !== '') {
                        cur += piece;
                        has = true;
                    }
                });
                continue;
            }
            cur += r.text;
            has = true;
        }
        pushCur();
        return fields;
    }
    evalWord(w) {
        let text = '';
        let known = true;
        for (const p of w.parts) {
            const r = this.evalPart(p);
            text += r.text;
            if (!r.known)
                known = false;
        }
        return {
            text,
            known,
            start: this.map(w.start),
            end: this.map(Math.max(w.end - 1, w.start)) + 1,
        };
    }
    evalPart(p) {
        switch (p.k) {
            case 'lit':
            case 'sq':
                return { text: p.v, known: true };
            case 'dq': {
                let text = '';
                let known = true;
                for (const q of p.parts) {
                    const r = this.evalPart(q);
                    text += r.text;
                    if (!r.known)
                        known = false;
                }
                return { text, known };
            }
            case 'param':
                return this.evalParam(p);
            case 'cmdsub': {
                const v = this.evalCommandSubstitution(p.src);
                return v === undefined ? { text: p.raw, known: false } : { text: v, known: true };
            }
            case 'arith':
                return { text: p.raw, known: false };
            case 'array':
                return { text: p.words.map((x) => this.evalWord(x).text).join(' '), known: true };
        }
    }
    evalParam(p) {
        const v = this.lookupVar(p.name);
        const unknown = { text: p.raw, known: false };
        if (p.index !== undefined && p.index !== '@' && p.index !== '*' && p.index !== '0')
            return unknown;
        if (v && !v.known)
            return unknown;
        const value = v?.array ? v.array.join(' ') : v?.value;
        const arg = () => this.evalArg(p.arg ?? '');
        switch (p.op) {
            case undefined:
                return value === undefined ? unknown : { text: value, known: true };
            case ':-':
            case '-':
            case ':=':
            case '=': {
                if (value === undefined)
                    return unknown;
                if (value === '' && p.op.startsWith(':'))
                    return arg();
                return { text: value, known: true };
            }
            case ':+':
            case '+':
                if (value === undefined)
                    return unknown;
                if (value === '' && p.op === ':+')
                    return { text: '', known: true };
                return arg();
            case '#':
            case '##':
            case '%':
            case '%%': {
                if (value === undefined)
                    return unknown;
                const a = arg();
                if (!a.known)
                    return unknown;
                const text = p.op.startsWith('#')
                    ? trimPrefix(value, a.text, p.op === '##')
                    : trimSuffix(value, a.text, p.op === '%%');
                // Too long a value to try the pattern on every prefix: not worked out.
                return text === undefined ? unknown : { text, known: true };
            }
            case '/':
            case '//': {
                if (value === undefined)
                    return unknown;
                const raw = p.arg ?? '';
                const slash = raw.indexOf('/');
                const pat = this.evalArg(slash === -1 ? raw : raw.slice(0, slash));
                const rep = this.evalArg(slash === -1 ? '' : raw.slice(slash + 1));
                if (!pat.known || !rep.known)
                    return unknown;
                return { text: replaceGlob(value, pat.text, rep.text, p.op === '//'), known: true };
            }
            case 'length':
                return value === undefined ? unknown : { text: String(value.length), known: true };
            case '^^':
                return value === undefined ? unknown : { text: value.toUpperCase(), known: true };
            case ',,':
                return value === undefined ? unknown : { text: value.toLowerCase(), known: true };
            default:
                return unknown;
        }
    }
    evalArg(raw) {
        if (!/[$`'"\\]/.test(raw))
            return { text: raw, known: true };
        const words = (0,shell_lexer/* lexWords */.fg)(raw);
        if (words.length === 0)
            return { text: raw, known: false };
        let text = '';
        let known = true;
        for (const w of words) {
            const saved = this.map;
            this.map = (i) => i;
            const r = this.evalWord(w);
            this.map = saved;
            text += (text ? ' ' : '') + r.text;
            if (!r.known)
                known = false;
        }
        return { text, known };
    }
    /** `$(...)` whose output the platform decides (architecture probes); else undefined. */
    evalCommandSubstitution(src) {
        const parsed = parseScript(src);
        const root = parsed.root;
        if (parsed.errors.length || root.k !== 'list' || root.items.length !== 1)
            return undefined;
        const node = root.items[0];
        const cmds = node.k === 'pipeline' ? node.cmds : [node];
        const first = cmds[0];
        if (first.k !== 'simple')
            return undefined;
        const argv = first.words.map((w) => this.evalWord(w));
        if (argv.some((a) => !a.known))
            return undefined;
        let value = probeOutput(argv.map((a) => a.text), this.ctx.platform);
        if (value === undefined)
            return undefined;
        for (const filter of cmds.slice(1)) {
            if (filter.k !== 'simple')
                return undefined;
            const f = filter.words.map((w) => this.evalWord(w).text);
            // `awk -F- '{ print $NF }'`: last dash-separated field.
            if (f[0] === 'awk' && f[1] === '-F-' && /^\{\s*print \$NF\s*\}$/.test(f[2] ?? '')) {
                value = value.split('-').pop() ?? value;
                continue;
            }
            return undefined;
        }
        return value;
    }
    // -- walking --------------------------------------------------------------
    walk(node, conditional, depth) {
        switch (node.k) {
            case 'list':
                for (const item of node.items)
                    this.walk(item, conditional, depth);
                return;
            case 'simple':
                this.simple(node, conditional, depth);
                return;
            case 'pipeline':
                for (const c of node.cmds)
                    this.walk(c, conditional, depth);
                return;
            case 'andor': {
                this.walk(node.items[0], conditional, depth);
                let skipped = false;
                for (let k = 1; k < node.items.length; k++) {
                    const left = node.items[k - 1];
                    const op = node.ops[k - 1];
                    const r = isTestCommand(left) ? this.evalCond(left) : undefined;
                    if ((op === '&&' && r === false) || (op === '||' && r === true))
                        skipped = true;
                    this.walk(node.items[k], conditional || skipped, depth);
                }
                return;
            }
            case 'if': {
                let reachable = 'yes';
                for (let k = 0; k < node.conds.length; k++) {
                    const condCond = conditional || reachable !== 'yes';
                    this.walk(node.conds[k], condCond, depth);
                    const r = reachable === 'no' ? false : this.evalCond(node.conds[k]);
                    const runs = reachable === 'yes' && r === true;
                    this.walk(node.bodies[k], conditional || !runs, depth);
                    if (runs)
                        reachable = 'no';
                    else if (r === undefined && reachable === 'yes')
                        reachable = 'maybe';
                }
                if (node.elseBody)
                    this.walk(node.elseBody, conditional || reachable !== 'yes', depth);
                return;
            }
            case 'case': {
                const subject = this.evalWord(node.word);
                let chosen = -1;
                if (subject.known) {
                    outer: for (let k = 0; k < node.arms.length; k++) {
                        for (const pat of node.arms[k].patterns) {
                            const pv = this.evalWord(pat);
                            if (!pv.known)
                                break outer;
                            if (globMatch(pv.text, subject.text)) {
                                chosen = k;
                                break outer;
                            }
                        }
                    }
                }
                node.arms.forEach((arm, k) => this.walk(arm.body, conditional || k !== chosen, depth));
                return;
            }
            case 'for': {
                const values = [];
                for (const w of node.items ?? [])
                    for (const f of this.evalFields(w))
                        values.push(f.text);
                const saved = this.loops.get(node.name);
                const savedVar = this.vars.get(node.name);
                if (node.name) {
                    this.loops.set(node.name, values);
                    this.vars.set(node.name, { value: '', known: false });
                }
                this.walk(node.body, conditional, depth);
                if (node.name) {
                    if (saved)
                        this.loops.set(node.name, saved);
                    else
                        this.loops.delete(node.name);
                    if (savedVar)
                        this.vars.set(node.name, savedVar);
                }
                return;
            }
            case 'loop':
                this.walk(node.cond, conditional, depth);
                this.walk(node.body, conditional, depth);
                return;
            case 'group': {
                if (node.subshell) {
                    const vars = new Map(this.vars);
                    const cwd = this.cwd;
                    this.walk(node.body, conditional, depth);
                    this.vars = vars;
                    this.cwd = cwd;
                }
                else
                    this.walk(node.body, conditional, depth);
                return;
            }
            case 'func':
                // Runs only where it is called; the model cannot tell when.
                this.walk(node.body, true, depth);
                return;
        }
    }
    assign(name, value, array, append) {
        if (array) {
            this.vars.set(name, { value: array.join(' '), known: true, array });
            return;
        }
        if (!value)
            return;
        const prev = append ? this.lookupVar(name) : undefined;
        if (prev && !prev.known) {
            this.vars.set(name, { value: '', known: false });
            return;
        }
        this.vars.set(name, {
            value: (prev?.value ?? '') + (value.known ? value.text : ''),
            known: value.known,
        });
    }
    simple(node, conditional, depth) {
        if (node.words.length === 0) {
            for (const a of node.assigns) {
                const array = a.array?.flatMap((w) => this.evalFields(w).map((f) => f.text));
                this.assign(a.name, a.value ? this.evalWord(a.value) : null, array, a.append);
            }
            return;
        }
        const wanted = this.ctx.commands;
        if (wanted && node.redirs.length === 0) {
            const first = plainLiteral(node.words[0]);
            if (first !== null) {
                const n = basename(first);
                if (!wanted.has(n) && !WALKER_COMMANDS.has(n) && !WRAPPERS.has(n) && n !== 'env')
                    return;
            }
        }
        let argv = [];
        for (const w of node.words)
            (0,arrays/* pushAll */.iI)(argv, this.evalFields(w));
        argv = unwrap(argv);
        if (argv.length === 0)
            return;
        const name = basename(argv[0].text);
        switch (name) {
            case 'export':
            case 'local':
            case 'declare':
            case 'typeset':
            case 'readonly':
                for (const w of node.words.slice(1)) {
                    const ev = this.evalWord(w);
                    const eq = ev.text.indexOf('=');
                    if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(ev.text.slice(0, eq))) {
                        this.assign(ev.text.slice(0, eq), { ...ev, text: ev.text.slice(eq + 1) }, undefined, false);
                    }
                }
                break;
            case 'unset':
                for (const a of argv.slice(1))
                    this.vars.set(a.text, { value: '', known: false });
                break;
            case 'cd':
                this.cd(argv[1]);
                break;
        }
        const redirs = this.redirs(node.redirs);
        this.onCommand({
            argv,
            redirs,
            conditional,
            cwd: this.cwd,
            loopValues: this.loops.size ? new Map(this.loops) : EMPTY_LOOPS,
            start: this.map(node.start),
            end: this.map(Math.max(node.end - 1, node.start)) + 1,
        });
        if (SHELLS.has(name))
            this.nestedShell(argv, node, conditional, depth);
    }
    redirs(rs) {
        return rs.map((r) => ({
            op: r.op,
            fd: r.fd,
            target: this.evalWord(r.target),
            heredoc: r.heredoc,
        }));
    }
    cd(arg) {
        if (!arg) {
            this.cwd = null;
            return;
        }
        if (!arg.known || arg.text === '-' || arg.text.startsWith('~')) {
            this.cwd = null;
            return;
        }
        if (arg.text.startsWith('/'))
            this.cwd = external_node_path_.posix.normalize(arg.text);
        else if (this.cwd !== null)
            this.cwd = external_node_path_.posix.join(this.cwd, arg.text);
    }
    /** `sh -c 'script'`: walk the script too, inheriting the conditional state. */
    nestedShell(argv, node, conditional, depth) {
        let k = 1;
        let script;
        let scriptWord;
        if (basename(argv[0].text) === 'busybox')
            k = 2;
        for (; k < argv.length; k++) {
            const a = argv[k].text;
            if (a === '--')
                break;
            if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(a)) {
                script = argv[k + 1];
                break;
            }
            if (!a.startsWith('-') && !a.startsWith('+'))
                break;
        }
        if (!script)
            return;
        for (const w of node.words)
            if (this.map(w.start) === script.start)
                scriptWord = w;
        let map;
        const single = scriptWord && scriptWord.parts.length === 1 ? scriptWord.parts[0] : undefined;
        const outer = this.map;
        if (scriptWord && single && (single.k === 'sq' || (single.k === 'dq' && isLiteralDq(single)))) {
            const base = scriptWord.start + 1;
            map = (i) => outer(base + i);
        }
        else {
            const s = script.start;
            const e = script.end;
            map = (i) => Math.min(s + i, e - 1);
        }
        const cwd = this.cwd;
        const vars = this.vars;
        this.vars = new Map(vars);
        const inner = new Walker(this.ctx, (v) => this.onCommand({ ...v, conditional: v.conditional || conditional }));
        inner.cwd = cwd;
        inner.vars = this.vars;
        inner.loops = new Map(this.loops);
        inner.run(script.text, map, depth + 1);
        (0,arrays/* pushAll */.iI)(this.errors, inner.errors);
        this.vars = vars;
    }
    // -- conditions -----------------------------------------------------------
    evalCond(node) {
        switch (node.k) {
            case 'list':
                return node.items.length ? this.evalCond(node.items[node.items.length - 1]) : true;
            case 'andor': {
                let r = this.evalCond(node.items[0]);
                for (let k = 1; k < node.items.length; k++) {
                    const b = this.evalCond(node.items[k]);
                    if (node.ops[k - 1] === '&&')
                        r = r === false ? false : r === true ? b : b === false ? false : undefined;
                    else
                        r = r === true ? true : r === false ? b : b === true ? true : undefined;
                }
                return r;
            }
            case 'pipeline': {
                const last = this.evalCond(node.cmds[node.cmds.length - 1]);
                return node.neg ? (last === undefined ? undefined : !last) : last;
            }
            case 'group':
                return this.evalCond(node.body);
            case 'simple': {
                if (node.words.length === 0)
                    return true;
                const argv = node.words.map((w) => this.evalWord(w));
                const cmd = argv[0].text;
                if (cmd === 'true' || cmd === ':')
                    return true;
                if (cmd === 'false')
                    return false;
                if (cmd === '[' || cmd === 'test' || cmd === '[[') {
                    let args = argv.slice(1);
                    if (cmd !== 'test')
                        args = args.slice(0, -1);
                    return evalTest(args);
                }
                return undefined;
            }
            default:
                return undefined;
        }
    }
}
function isLiteralDq(p) {
    return p.parts.every((q) => q.k === 'lit');
}
function isTestCommand(node) {
    if (node.k === 'pipeline')
        return node.cmds.length === 1 && isTestCommand(node.cmds[0]);
    if (node.k !== 'simple' || node.words.length === 0)
        return false;
    const c = plainLiteral(node.words[0]);
    return c === '[' || c === 'test' || c === '[[' || c === 'true' || c === 'false';
}
function basename(p) {
    const i = p.lastIndexOf('/');
    return i === -1 ? p : p.slice(i + 1);
}
/** Drops `sudo`, `env A=b`, `exec`, ... in front of the real command. */
function unwrap(argv) {
    let k = 0;
    while (k < argv.length) {
        const name = basename(argv[k].text);
        if (WRAPPERS.has(name)) {
            k++;
            // sudo/nice options (`sudo -u user`, `nice -n 10`).
            while (k < argv.length && argv[k].text.startsWith('-')) {
                if (/^-[ugnCDhpr]$/.test(argv[k].text))
                    k++;
                k++;
            }
            continue;
        }
        if (name === 'env') {
            k++;
            while (k < argv.length &&
                (argv[k].text.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[k].text)))
                k++;
            continue;
        }
        break;
    }
    return argv.slice(k);
}
function evalTest(args) {
    if (args.some((a) => !a.known))
        return undefined;
    const t = args.map((a) => a.text);
    let i = 0;
    const or = () => {
        let r = and();
        while (t[i] === '-o' || t[i] === '||') {
            i++;
            const b = and();
            r = r === true || b === true ? true : r === false && b === false ? false : undefined;
        }
        return r;
    };
    const and = () => {
        let r = not();
        while (t[i] === '-a' || t[i] === '&&') {
            i++;
            const b = not();
            r = r === false || b === false ? false : r === true && b === true ? true : undefined;
        }
        return r;
    };
    const not = () => {
        if (t[i] === '!') {
            i++;
            const r = not();
            return r === undefined ? undefined : !r;
        }
        return primary();
    };
    const primary = () => {
        if (t[i] === '(') {
            i++;
            const r = or();
            if (t[i] === ')')
                i++;
            return r;
        }
        const a = t[i];
        const op = t[i + 1];
        if (a === '-n' || a === '-z') {
            const v = t[i + 1] ?? '';
            i += 2;
            return a === '-n' ? v !== '' : v === '';
        }
        if (a !== undefined && /^-[a-zA-Z]$/.test(a) && t.length - i >= 2 && !isBinaryOp(op)) {
            i += 2;
            return undefined; // file tests
        }
        if (op !== undefined && isBinaryOp(op)) {
            const b = t[i + 2] ?? '';
            i += 3;
            switch (op) {
                case '=':
                case '==':
                    return a === b;
                case '!=':
                    return a !== b;
                case '-eq':
                case '-ne':
                case '-lt':
                case '-le':
                case '-gt':
                case '-ge': {
                    const x = Number(a);
                    const y = Number(b);
                    if (!Number.isFinite(x) || !Number.isFinite(y))
                        return undefined;
                    return op === '-eq'
                        ? x === y
                        : op === '-ne'
                            ? x !== y
                            : op === '-lt'
                                ? x < y
                                : op === '-le'
                                    ? x <= y
                                    : op === '-gt'
                                        ? x > y
                                        : x >= y;
                }
                default:
                    return undefined;
            }
        }
        i++;
        return a !== undefined && a !== '';
    };
    const r = or();
    return i >= t.length ? r : undefined;
}
function isBinaryOp(op) {
    return (op === '=' ||
        op === '==' ||
        op === '!=' ||
        op === '=~' ||
        op === '<' ||
        op === '>' ||
        op === '-eq' ||
        op === '-ne' ||
        op === '-lt' ||
        op === '-le' ||
        op === '-gt' ||
        op === '-ge' ||
        op === '-nt' ||
        op === '-ot' ||
        op === '-ef');
}
const DEB_ARCH = {
    amd64: 'amd64',
    arm64: 'arm64',
    'arm/v7': 'armhf',
    'arm/v6': 'armel',
    arm: 'armhf',
    '386': 'i386',
    ppc64le: 'ppc64el',
    s390x: 's390x',
    riscv64: 'riscv64',
};
const APK_ARCH = {
    amd64: 'x86_64',
    arm64: 'aarch64',
    'arm/v7': 'armv7',
    'arm/v6': 'armhf',
    arm: 'armv7',
    '386': 'x86',
    ppc64le: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
};
const UNAME_ARCH = {
    amd64: 'x86_64',
    arm64: 'aarch64',
    'arm/v7': 'armv7l',
    'arm/v6': 'armv6l',
    arm: 'armv7l',
    '386': 'i686',
    ppc64le: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
};
/** Output of commands that only report the build platform. */
function probeOutput(argv, platform) {
    const key = platform.variant ? `${platform.arch}/${platform.variant}` : platform.arch;
    const pick = (table) => table[key] ?? table[platform.arch];
    const cmd = argv.join(' ');
    switch (cmd) {
        case 'dpkg --print-architecture':
            return pick(DEB_ARCH);
        case 'apk --print-arch':
        case 'cat /etc/apk/arch':
            return pick(APK_ARCH);
        case 'uname -m':
        case 'arch':
            return pick(UNAME_ARCH);
        case 'uname -s':
            return platform.os === 'linux' ? 'Linux' : undefined;
        case 'uname':
            return platform.os === 'linux' ? 'Linux' : undefined;
        case 'xx-info os':
            return platform.os;
        case 'xx-info arch':
            return platform.arch;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/dockerfile/build.js
/**
 * buildImageModel: evaluates one build target of a parsed Dockerfile the way
 * BuildKit would with the given build args: the FROM chain, ARG/ENV scopes
 * and expansion, USER, WORKDIR, EXPOSE, VOLUME, COPY/ADD --chown/--chmod, and
 * what RUN scripts do to accounts and ownership. The base image's facts come
 * from the injected lookup, never from a table in this module.
 */










/**
 * Words whose absence proves a RUN cannot create an account or change ownership, so
 * the shell parse can be skipped. A false positive only costs a parse.
 */
const RELEVANT_WORDS = [
    'useradd',
    'groupadd',
    'adduser',
    'addgroup',
    'usermod',
    'userdel',
    'groupdel',
    'chown',
    'chgrp',
    'chmod',
    'icacls',
    'setcap',
    'LocalUser',
    'localuser',
    '/etc/passwd',
    '/etc/group',
];
/** Commands interpretCommand reads, and package managers that tell the distribution. */
const INTERPRETED = new Set([
    'useradd',
    'groupadd',
    'usermod',
    'userdel',
    'groupdel',
    'adduser',
    'addgroup',
    'chown',
    'chgrp',
    'chmod',
    'install',
    'find',
    'icacls',
    'icacls.exe',
    'setcap',
    'New-LocalUser',
    'new-localuser',
    'apk',
    'apt-get',
    'apt',
    'dpkg',
    'microdnf',
    'dnf',
    'yum',
    'rpm',
]);
/** `install` as a command (not `apt-get install`). */
const INSTALL_COMMAND = /(^|[;&|(`\n]|\b(?:sudo|then|do|else|exec))\s*install\s/;
function mayBeRelevant(script) {
    for (const w of RELEVANT_WORDS)
        if (script.includes(w))
            return true;
    return script.includes('install') && INSTALL_COMMAND.test(script);
}
const PACKAGE_INSTALL = /\b(?:(?:apt-get|apt|aptitude|dnf|yum|microdnf|zypper|tdnf)\s+(?:-\S+\s+)*install|apk\s+(?:-\S+\s+)*add|rpm\s+-[a-zA-Z]*[iU]|dpkg\s+-[a-zA-Z]*i)\b/;
const SCRIPT_RUN = /(?:^|[\s;&|(])(?:(?:\.{1,2}\/|\/)[^\s;&|]*\.(?:sh|bash)\b|(?:sh|bash|ash|source|\.)\s+(?!-)[^\s;&|]+)/;
/** Whether a RUN may create accounts the model cannot see. */
function hiddenAccountSource(script) {
    if (PACKAGE_INSTALL.test(script))
        return 'package install';
    if (SCRIPT_RUN.test(script))
        return 'script';
    return undefined;
}
const PACKAGE_MANAGER = /(^|[\s;&|(])(apk|apt-get|apt|dpkg|microdnf|dnf|yum|rpm)\s/;
function parsePlatform(p) {
    const [os = 'linux', arch = 'amd64', variant] = (p ?? 'linux/amd64').split('/');
    return { os, arch, variant };
}
function autoArgValues(platform) {
    const full = [platform.os, platform.arch, platform.variant].filter(Boolean).join('/');
    const m = new Map();
    for (const side of ['TARGET', 'BUILD']) {
        m.set(side + 'PLATFORM', full);
        m.set(side + 'OS', platform.os);
        m.set(side + 'ARCH', platform.arch);
        m.set(side + 'VARIANT', platform.variant ?? '');
    }
    return m;
}
function stageRef(s) {
    return s.name !== undefined ? { index: s.index, name: s.name } : { index: s.index };
}
class Builder {
    df;
    opts;
    problems = [];
    platform;
    auto;
    buildArgs;
    globals = new Map();
    esc;
    /**
     * The base image of the target's chain, and whether its whole ENV is known (scratch, an
     * image config from its registry, an image built here from such a base). A variable the
     * build does not define is then surely empty; otherwise the base may define it.
     */
    base = { ref: null, envComplete: false };
    constructor(df, opts) {
        this.df = df;
        this.opts = opts;
        this.platform = parsePlatform(opts.platform);
        this.auto = autoArgValues(this.platform);
        this.buildArgs = opts.buildArgs ?? {};
        this.esc = df.escape;
        this.evalGlobalArgs();
    }
    range(m, s, e) {
        const [a, b] = m.span(s, e);
        return this.df.lines.range(a, b);
    }
    problem(message, range, severity = 'warning') {
        this.problems.push({ message, range, severity });
    }
    // -- ARG ------------------------------------------------------------------
    /** `ARG a=1 b` -> [['a', '1'], ['b', undefined]] (defaults raw). */
    argDecls(ins) {
        const out = [];
        for (const w of rawWords(ins.args.text, this.esc)) {
            const eq = w.text.indexOf('=');
            if (eq === -1)
                out.push([w.text, undefined]);
            else
                out.push([w.text.slice(0, eq), w.text.slice(eq + 1)]);
        }
        if (out.length === 0)
            this.problem('ARG requires at least one argument', ins.range, 'error');
        return out;
    }
    evalGlobalArgs() {
        const lookup = (n) => (this.globals.has(n) ? this.globals.get(n) : this.auto.get(n));
        for (const ins of this.df.globalArgs) {
            for (const [name, def] of this.argDecls(ins)) {
                if (name in this.buildArgs)
                    this.globals.set(name, this.buildArgs[name]);
                else if (this.auto.has(name))
                    this.globals.set(name, this.auto.get(name));
                else if (def !== undefined)
                    this.globals.set(name, this.expand(def, lookup, ins).value);
                else
                    this.globals.set(name, undefined);
            }
        }
    }
    globalLookup = (n) => this.globals.has(n) ? this.globals.get(n) : this.auto.get(n);
    expand(text, lookup, ins, keepUndefined = false) {
        const r = expandWord(text, { escape: this.esc, lookup, keepUndefined });
        if (r.error)
            this.problem(`${ins.keyword}: ${r.error}`, ins.range, 'error');
        return r;
    }
    // -- stages ---------------------------------------------------------------
    links = new Map();
    link(stage) {
        const cached = this.links.get(stage.index);
        if (cached)
            return cached;
        const r = this.expand(stage.image, this.globalLookup, stage.from);
        const missing = r.undefinedVars.filter((v) => !this.globals.has(v) || this.globals.get(v) === undefined);
        const value = r.value;
        const link = { ref: value, written: stage.image, undefinedVars: missing };
        if (stage.platform !== undefined) {
            link.platform = this.expand(stage.platform, this.globalLookup, stage.from).value;
        }
        const lower = value.toLowerCase();
        const parent = this.df.stages.find((s) => s.index < stage.index && s.name?.toLowerCase() === lower);
        if (parent)
            link.parent = parent;
        else if (value === '' || missing.length > 0)
            link.ref = null;
        this.links.set(stage.index, link);
        return link;
    }
    chain(target) {
        const out = [];
        const seen = new Set();
        let s = target;
        while (s && !seen.has(s.index)) {
            seen.add(s.index);
            out.push(s);
            s = this.link(s).parent;
        }
        return out;
    }
    // -- evaluation -----------------------------------------------------------
    initialState(link, fact) {
        const env = new Map();
        for (const [k, v] of Object.entries(fact?.env ?? {}))
            env.set(k, v);
        const distro = link.ref ? guessDistro(link.ref) : undefined;
        const accounts = new AccountTable();
        accounts.seedDistro(distro);
        if (fact)
            accounts.seedFact(fact);
        return {
            env,
            user: null,
            workdir: null,
            shell: distro === 'windows' ? 'cmd' : 'sh',
            accounts,
            distro,
            createdUsers: [],
            createdGroups: [],
            chowns: [],
            fileCaps: [],
            exposed: [],
            volumes: [],
            copiesFrom: [],
            copies: [],
            entrypoint: null,
            cmd: null,
            hidden: [],
        };
    }
    runStage(stage, st) {
        const ref = stageRef(stage);
        const args = new Map();
        const lookup = (n) => (st.env.has(n) ? st.env.get(n) : args.get(n));
        for (const ins of stage.instructions) {
            switch (ins.keyword) {
                case 'ARG':
                    for (const [name, def] of this.argDecls(ins)) {
                        let value;
                        if (name in this.buildArgs)
                            value = this.buildArgs[name];
                        else if (def !== undefined)
                            value = this.expand(def, lookup, ins).value;
                        else if (this.globals.has(name))
                            value = this.globals.get(name);
                        else if (this.auto.has(name))
                            value = this.auto.get(name);
                        args.set(name, value);
                    }
                    break;
                case 'ENV':
                    this.env(ins, st, lookup);
                    break;
                case 'USER': {
                    const r = this.expand(ins.args.text, lookup, ins);
                    st.user = {
                        raw: r.value,
                        written: ins.args.text,
                        range: ins.range,
                        stage: ref,
                        undefinedVars: r.undefinedVars,
                    };
                    for (const v of r.undefinedVars) {
                        if (this.base.envComplete)
                            this.problem(`USER uses $${v}, which no ARG or ENV of this build defines (nor the base image's ENV): Docker expands it to an empty string`, ins.range);
                        else
                            this.problem(`USER uses $${v}, which this Dockerfile does not define: it comes from the ENV of the base image ${this.base.ref ?? '(unresolved)'}, which is not known, so the user stays unknown (registry lookups read the base image's ENV)`, ins.range, 'note');
                    }
                    break;
                }
                case 'WORKDIR': {
                    const r = this.expand(ins.args.text, lookup, ins, true);
                    const p = r.value;
                    let path;
                    if (p.startsWith('/') || /^[A-Za-z]:[/\\]/.test(p) || p.startsWith('$'))
                        path = p;
                    else
                        path = external_node_path_.posix.join(st.workdir?.path ?? '/', p);
                    st.workdir = { path, range: ins.range, stage: ref };
                    break;
                }
                case 'EXPOSE':
                    this.expose(ins, st, lookup, ref);
                    break;
                case 'VOLUME':
                    this.volume(ins, st, lookup, ref);
                    break;
                case 'COPY':
                case 'ADD':
                    this.copy(ins, st, lookup, ref);
                    break;
                case 'ENTRYPOINT':
                case 'CMD': {
                    const json = parseJsonArray(ins.args.text);
                    const decl = {
                        argv: json ?? ['/bin/sh', '-c', ins.args.text],
                        shellForm: !json,
                        range: ins.range,
                        stage: ref,
                    };
                    if (ins.keyword === 'CMD')
                        st.cmd = decl;
                    else {
                        // Docker: an ENTRYPOINT drops a CMD inherited from an earlier stage.
                        if (st.cmd && st.cmd.stage.index !== ref.index)
                            st.cmd = null;
                        st.entrypoint = decl;
                    }
                    break;
                }
                case 'RUN':
                    this.run(ins, st, lookup, ref);
                    break;
                case 'SHELL': {
                    const argv = parseJsonArray(ins.args.text);
                    if (!argv || argv.length === 0) {
                        this.problem('SHELL requires the arguments to be in JSON form', ins.range, 'error');
                        break;
                    }
                    const name = commandName(argv[0], true);
                    st.shell =
                        name === 'powershell' || name === 'pwsh' ? 'powershell' : name === 'cmd' ? 'cmd' : 'sh';
                    break;
                }
            }
        }
    }
    env(ins, st, lookup) {
        const text = ins.args.text;
        const first = nextRawWord(text, 0, this.esc);
        if (!first)
            return;
        const updates = [];
        if (!first.text.includes('=')) {
            // Legacy `ENV KEY value with spaces`.
            const rest = text.slice(first.end).trim();
            updates.push([first.text, this.expand(rest, lookup, ins).value]);
        }
        else {
            for (const w of rawWords(text, this.esc)) {
                const eq = w.text.indexOf('=');
                if (eq <= 0) {
                    this.problem(`ENV names can not be blank: ${w.text}`, ins.range, 'error');
                    continue;
                }
                // All values see the environment from before this instruction.
                updates.push([w.text.slice(0, eq), this.expand(w.text.slice(eq + 1), lookup, ins).value]);
            }
        }
        for (const [k, v] of updates)
            st.env.set(k, v);
    }
    expose(ins, st, lookup, ref) {
        for (const w of rawWords(ins.args.text, this.esc)) {
            const r = expandWords(w.text, { escape: this.esc, lookup });
            for (const spec of r.words) {
                if (spec === '')
                    continue;
                const m = /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(spec);
                const port = {
                    spec,
                    port: m ? Number(m[1]) : null,
                    protocol: m?.[3]?.toLowerCase() ?? 'tcp',
                    range: this.range(ins.args, w.start, w.end),
                    stage: ref,
                };
                if (m?.[2])
                    port.endPort = Number(m[2]);
                if (!m)
                    this.problem(`EXPOSE: invalid port specification: ${spec}`, port.range);
                st.exposed.push(port);
            }
        }
    }
    volume(ins, st, lookup, ref) {
        const json = parseJsonArray(ins.args.text);
        const items = json
            ? json.map((t) => ({ text: t, range: ins.range }))
            : rawWords(ins.args.text, this.esc).map((w) => ({
                text: w.text,
                range: this.range(ins.args, w.start, w.end),
            }));
        for (const it of items) {
            const v = json ? it.text : this.expand(it.text, lookup, ins).value;
            if (v.trim() === '') {
                this.problem('VOLUME specified can not be an empty string', it.range, 'error');
                continue;
            }
            st.volumes.push({ path: v, range: it.range, stage: ref });
        }
    }
    owner(raw, st, dockerCopy) {
        const norm = dockerCopy ? raw : normaliseOwner(raw);
        const colon = norm.indexOf(':');
        const u = colon === -1 ? norm : norm.slice(0, colon);
        const g = colon === -1 ? undefined : norm.slice(colon + 1);
        const spec = { raw: norm, unresolved: [] };
        if (u !== '') {
            spec.user = u;
            if (/^\d+$/.test(u))
                spec.uid = Number(u);
            else {
                const acc = st.accounts.users.get(u);
                if (acc?.uid != null)
                    spec.uid = acc.uid;
                else if (!acc)
                    spec.unresolved.push(u);
                if (g === undefined && acc?.gid != null && !dockerCopy)
                    spec.gid = acc.gid;
            }
        }
        if (g !== undefined && g !== '') {
            spec.group = g;
            if (/^\d+$/.test(g))
                spec.gid = Number(g);
            else {
                const grp = st.accounts.groups.get(g);
                if (grp?.gid != null)
                    spec.gid = grp.gid;
                else if (!grp)
                    spec.unresolved.push(g);
            }
        }
        else if (g === undefined && dockerCopy && spec.uid !== undefined) {
            // --chown=user without a group: Docker uses the same number for the group.
            spec.gid = st.accounts.users.get(u)?.gid ?? spec.uid;
        }
        return spec;
    }
    copy(ins, st, lookup, ref) {
        const flag = (n) => ins.flags.find((f) => f.name === n);
        const from = flag('from');
        if (from?.value != null) {
            const v = this.expand(from.value, lookup, ins).value;
            const stage = /^\d+$/.test(v) && Number(v) < ref.index
                ? this.df.stages[Number(v)]
                : this.df.stages.find((s) => s.index < ref.index && s.name?.toLowerCase() === v.toLowerCase());
            st.copiesFrom.push({
                ...(stage ? { stage: stageRef(stage) } : { image: v }),
                range: from.range,
                stageOfInstruction: ref,
            });
        }
        const chownF = flag('chown');
        const chmodF = flag('chmod');
        const json = parseJsonArray(ins.args.text);
        let dest;
        let destRange = ins.range;
        let sources;
        if (json) {
            dest = json[json.length - 1];
            sources = json.slice(0, -1);
        }
        else {
            const words = rawWords(ins.args.text, this.esc);
            const last = words[words.length - 1];
            if (last) {
                dest = last.text;
                destRange = this.range(ins.args, last.start, last.end);
            }
            sources = words.slice(0, -1).map((w) => this.expand(w.text, lookup, ins, true).value);
        }
        if (dest === undefined) {
            this.problem(`${ins.keyword} requires at least two arguments`, ins.range, 'error');
            return;
        }
        const d = this.expand(dest, lookup, ins, true).value;
        let path;
        if (d.startsWith('/') || /^[A-Za-z]:[/\\]/.test(d) || d.startsWith('$'))
            path = d;
        else
            path = external_node_path_.posix.join(st.workdir?.path ?? '/', d);
        if (/^\/(etc(\/(passwd|group)?)?)?\/?$/.test(path)) {
            st.hidden.push({ reason: 'copy into /etc', range: ins.range, stage: ref });
        }
        const kw = ins.keyword;
        const owner = chownF?.value != null
            ? this.owner(this.expand(chownF.value, lookup, ins).value, st, true)
            : undefined;
        const fromDecl = st.copiesFrom.at(-1);
        st.copies.push({
            keyword: kw,
            sources,
            dest: path.endsWith('/') || !d.endsWith('/') ? path : `${path}/`,
            ...(from?.value != null && fromDecl?.range === from.range
                ? { from: fromDecl.stage ? { stage: fromDecl.stage } : { image: fromDecl.image } }
                : {}),
            ...(owner ? { owner } : {}),
            range: ins.range,
            stage: ref,
        });
        if (!chownF && !chmodF)
            return;
        if (chownF?.value != null && owner) {
            st.chowns.push({
                path,
                owner,
                mode: null,
                how: `${kw} --chown`,
                range: chownF.range,
                instruction: ins.range,
                stage: ref,
            });
        }
        if (chmodF?.value != null) {
            st.chowns.push({
                path,
                owner: null,
                mode: this.expand(chmodF.value, lookup, ins).value,
                how: `${kw} --chmod`,
                range: chmodF.range,
                instruction: ins.range,
                stage: ref,
            });
        }
        void destRange;
    }
    run(ins, st, lookup, ref) {
        const lines = this.df.lines;
        const onEvent = (e) => {
            const range = lines.range(e.start, Math.max(e.end, e.start));
            if (e.kind === 'user') {
                st.createdUsers.push({
                    name: e.name,
                    uid: e.uid,
                    gid: e.gid,
                    group: e.group,
                    system: e.system,
                    origin: 'created',
                    via: e.via,
                    note: e.note,
                    range,
                    instruction: ins.range,
                    stage: ref,
                });
            }
            else if (e.kind === 'group') {
                st.createdGroups.push({
                    name: e.name,
                    gid: e.gid,
                    system: e.system,
                    origin: 'created',
                    via: e.via,
                    note: e.note,
                    range,
                    instruction: ins.range,
                    stage: ref,
                });
            }
            else if (e.kind === 'caps') {
                if (!conditional)
                    st.fileCaps.push({ path: e.path, caps: e.caps, range, stage: ref });
            }
            else {
                const change = {
                    path: e.path,
                    owner: e.owner === null ? null : this.owner(e.owner, st, false),
                    mode: e.mode,
                    how: e.how,
                    range,
                    instruction: ins.range,
                    stage: ref,
                };
                if (e.recursive)
                    change.recursive = true;
                if (conditional)
                    change.conditional = true;
                if (e.note)
                    change.note = e.note;
                if (e.pathValues)
                    change.pathValues = e.pathValues;
                st.chowns.push(change);
            }
        };
        let conditional = false;
        const env = {
            accounts: st.accounts,
            distro: st.distro,
            shell: st.shell,
            emit: onEvent,
        };
        const visit = (v) => {
            conditional = v.conditional;
            if (!env.distro && v.argv[0]) {
                const d = distroFromCommand(commandName(v.argv[0].text, false));
                if (d)
                    env.distro = st.distro = d;
            }
            interpretCommand(v, env);
        };
        const ctx = {
            lookup,
            platform: this.platform,
            cwd: st.workdir?.path ?? '/',
            commands: INTERPRETED,
        };
        const json = parseJsonArray(ins.args.text);
        if (json) {
            const hiddenJson = hiddenAccountSource(json.join(' '));
            if (hiddenJson)
                st.hidden.push({ reason: hiddenJson, range: ins.range, stage: ref });
            const words = json.map((t) => ({ text: t, known: true, start: 0, end: 0 }));
            const [a, b] = ins.args.span(0, ins.args.text.length);
            for (const w of words) {
                w.start = a;
                w.end = b;
            }
            if (words.length >= 3 &&
                /(^|\/)(sh|bash|ash|dash)$/.test(json[0]) &&
                /^-\w*c$/.test(json[1])) {
                walkScript(json[2], ctx, visit, () => a);
            }
            else {
                visit({
                    argv: words,
                    redirs: [],
                    conditional: false,
                    cwd: ctx.cwd,
                    loopValues: new Map(),
                    start: a,
                    end: b,
                });
            }
            return;
        }
        let script = ins.args.text;
        let map = (i) => ins.args.offsetAt(Math.min(i, Math.max(script.length - 1, 0)));
        const h = ins.heredocs;
        const bare = h.length === 1 &&
            /^\s*((\/usr)?(\/bin\/)?(sh|bash|ash|dash)(\s+-\w+)*\s+)?\d*<<-?\s*["']?[^\s"']+["']?\s*$/.test(script);
        if (bare) {
            script = h[0].body;
            const base = h[0].bodyOffset;
            map = (i) => base + i;
        }
        else if (h.length > 0) {
            // The shell reads the here-documents after the command line.
            const argsLen = script.length;
            const pieces = [];
            for (const d of h) {
                script += '\n';
                pieces.push({ at: script.length, base: d.bodyOffset });
                script += d.body + d.name;
            }
            map = (i) => {
                if (i < argsLen)
                    return ins.args.offsetAt(i);
                for (let k = pieces.length - 1; k >= 0; k--)
                    if (i >= pieces[k].at)
                        return pieces[k].base + (i - pieces[k].at);
                return ins.args.offsetAt(argsLen - 1);
            };
        }
        const hidden = hiddenAccountSource(script);
        if (hidden)
            st.hidden.push({ reason: hidden, range: ins.range, stage: ref });
        if (!mayBeRelevant(script)) {
            // Nothing here can create an account or change ownership: skip the shell parse.
            if (!st.distro) {
                const m = PACKAGE_MANAGER.exec(script);
                if (m)
                    st.distro = distroFromCommand(m[2]);
            }
            return;
        }
        if (st.shell === 'powershell') {
            const rw = rewritePowerShell(script);
            const outer = map;
            walkScript(rw.text, ctx, visit, (i) => outer(rw.map(i)));
            return;
        }
        if (st.shell === 'cmd')
            return;
        const errors = walkScript(script, ctx, visit, map);
        for (const e of errors.slice(0, 3)) {
            this.problem(`RUN: shell syntax: ${e.message}`, lines.range(e.start, Math.max(e.end, e.start + 1)));
        }
    }
    // -- the model --------------------------------------------------------------
    build() {
        const df = this.df;
        const target = this.findTarget();
        if (!target) {
            return this.emptyModel();
        }
        const chain = this.chain(target);
        const root = chain[chain.length - 1];
        const rootLink = this.link(root);
        let fact;
        if (rootLink.ref !== null && rootLink.ref.toLowerCase() !== 'scratch')
            fact = this.opts.baseImages(rootLink.ref);
        this.base = {
            ref: rootLink.ref,
            envComplete: rootLink.ref?.toLowerCase() === 'scratch' || fact?.envComplete === true,
        };
        const st = this.initialState(rootLink, fact);
        if (rootLink.ref === null) {
            this.problem(`FROM ${root.image}: the base image depends on ${rootLink.undefinedVars.map((v) => '$' + v).join(', ') || 'a value'} that has no default; the base image is unknown`, root.imageRange, 'note');
        }
        for (let k = chain.length - 1; k >= 0; k--)
            this.runStage(chain[k], st);
        const targetRef = stageRef(target);
        const effectiveUser = this.effectiveUser(st, targetRef, rootLink, fact);
        return {
            file: df.file,
            target: targetRef,
            stageChain: chain.map(stageRef),
            baseImage: {
                ref: rootLink.ref,
                written: root.image,
                range: root.imageRange,
                undefinedVars: rootLink.undefinedVars,
                ...(rootLink.platform !== undefined ? { platform: rootLink.platform } : {}),
                ...(fact ? { fact } : {}),
            },
            effectiveUser,
            users: st.accounts.users,
            groups: st.accounts.groups,
            createdUsers: st.createdUsers,
            createdGroups: st.createdGroups,
            chowns: st.chowns,
            fileCapabilities: st.fileCaps,
            exposedPorts: st.exposed,
            volumes: st.volumes,
            workdir: st.workdir,
            env: Object.fromEntries(st.env),
            envComplete: this.base.envComplete,
            copiesFrom: st.copiesFrom,
            copies: st.copies,
            entrypoint: st.entrypoint,
            cmd: st.cmd,
            hiddenAccountSources: st.hidden,
            distro: st.distro,
            problems: this.problems,
        };
    }
    findTarget() {
        const stages = this.df.stages;
        if (stages.length === 0)
            return undefined;
        const t = this.opts.target;
        if (t === undefined || t === '')
            return stages[stages.length - 1];
        const found = typeof t === 'number' || /^\d+$/.test(t)
            ? stages[Number(t)]
            : stages.find((s) => s.name?.toLowerCase() === t.toLowerCase());
        if (found)
            return found;
        this.problem(`target stage "${t}" could not be found; using the last stage`, stages[stages.length - 1].from.range, 'error');
        return stages[stages.length - 1];
    }
    effectiveUser(st, target, rootLink, fact) {
        let raw;
        let origin;
        let source;
        let written;
        let undefinedVars = [];
        if (st.user) {
            raw = st.user.raw;
            written = st.user.written;
            source = st.user.range;
            undefinedVars = st.user.undefinedVars;
            origin = {
                kind: 'dockerfile',
                range: st.user.range,
                stage: st.user.stage,
                inherited: st.user.stage.index !== target.index,
            };
            // A variable the base image may define leaves the user unknown; with the base's whole
            // ENV known, Docker's empty expansion is what runs.
            if (undefinedVars.length > 0 && (raw === '' || !this.base.envComplete))
                raw = null;
        }
        else if (rootLink.ref === null) {
            raw = null;
            source = undefined;
            origin = {
                kind: 'unknown',
                image: null,
                reason: `the base image is not resolvable: ${rootLink.undefinedVars.map((v) => `ARG ${v} has no default`).join(', ')}`,
            };
        }
        else if (rootLink.ref.toLowerCase() === 'scratch') {
            raw = '';
            source = undefined;
            origin = { kind: 'base-image', image: 'scratch' };
        }
        else if (fact) {
            raw = fact.user;
            source = fact;
            origin = { kind: 'base-image', image: rootLink.ref, fact };
        }
        else {
            raw = null;
            source = undefined;
            origin = {
                kind: 'unknown',
                image: rootLink.ref,
                reason: `no facts known for base image ${rootLink.ref}`,
            };
        }
        const eu = { raw, source, origin, undefinedVars };
        if (written !== undefined)
            eu.written = written;
        if (raw !== null) {
            Object.assign(eu, (0,kubelet_user/* splitUserSpec */.dL)(raw));
            eu.kubelet = (0,kubelet_user/* kubeletImageUser */.Zs)(raw);
            if (eu.name !== undefined) {
                const acc = st.accounts.users.get(eu.name);
                if (acc?.uid != null)
                    eu.resolvedUid = acc.uid;
                if (acc?.gid != null)
                    eu.resolvedGid = acc.gid;
            }
            else if (eu.uid !== undefined) {
                eu.resolvedUid = eu.uid;
                const acc = st.accounts.userByUid(eu.uid);
                if (acc?.gid != null)
                    eu.resolvedGid = acc.gid;
            }
            if (eu.group !== undefined) {
                const g = st.accounts.groups.get(eu.group);
                if (g?.gid != null)
                    eu.resolvedGid = g.gid;
            }
            else if (eu.gid !== undefined)
                eu.resolvedGid = eu.gid;
        }
        return eu;
    }
    emptyModel() {
        const r = this.df.lines.range(0, 0);
        return {
            file: this.df.file,
            target: { index: -1 },
            stageChain: [],
            baseImage: { ref: null, written: '', range: r, undefinedVars: [] },
            effectiveUser: {
                raw: null,
                source: undefined,
                origin: { kind: 'unknown', image: null, reason: 'the Dockerfile has no build stage' },
                undefinedVars: [],
            },
            users: new Map(),
            groups: new Map(),
            createdUsers: [],
            createdGroups: [],
            chowns: [],
            fileCapabilities: [],
            exposedPorts: [],
            volumes: [],
            workdir: null,
            env: {},
            envComplete: false,
            copiesFrom: [],
            copies: [],
            entrypoint: null,
            cmd: null,
            hiddenAccountSources: [],
            problems: this.problems,
        };
    }
}
function buildImageModel(df, opts) {
    return new Builder(df, opts).build();
}

;// CONCATENATED MODULE: ./build/dockerfile/index.js
/**
 * The Dockerfile model: parseDockerfile (structure) and buildImageModel (one
 * build target evaluated: who it runs as, with evidence).
 */






/***/ }),

/***/ 4241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ kubeletImageUser),
/* harmony export */   dL: () => (/* binding */ splitUserSpec)
/* harmony export */ });
/* unused harmony exports parseInt64, imageUserToCri */
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
/** Go's strconv.ParseInt(s, 10, 64): optional sign, decimal digits, in range. */
function parseInt64(s) {
    if (!/^[+-]?\d+$/.test(s))
        return undefined;
    const b = BigInt(s);
    if (b < INT64_MIN || b > INT64_MAX)
        return undefined;
    return Number(b);
}
/** containerd's getUserFromImage: `{uid}` or `{username}`, or `{}` for ''. */
function imageUserToCri(user) {
    if (user === '')
        return {};
    const colon = user.indexOf(':');
    const part = colon === -1 ? user : user.slice(0, colon);
    const uid = parseInt64(part);
    return uid !== undefined ? { uid } : { username: part };
}
/** The kubelet's getImageUser: neither uid nor username means uid 0. */
function kubeletImageUser(user) {
    const cri = imageUserToCri(user);
    if (cri.uid !== undefined)
        return cri;
    if (cri.username)
        return cri;
    return { uid: 0 };
}
/** Splits `user[:group]` into numeric and named parts as written. */
function splitUserSpec(raw) {
    const colon = raw.indexOf(':');
    const u = colon === -1 ? raw : raw.slice(0, colon);
    const g = colon === -1 ? undefined : raw.slice(colon + 1);
    const out = {};
    const uid = parseInt64(u);
    if (uid !== undefined)
        out.uid = uid;
    else if (u !== '')
        out.name = u;
    if (g !== undefined && g !== '') {
        const gid = parseInt64(g);
        if (gid !== undefined)
            out.gid = gid;
        else
            out.group = g;
    }
    return out;
}


/***/ }),

/***/ 9265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ lexDockerfile)
/* harmony export */ });
/* unused harmony export heredocMarkers */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9240);
/**
 * Splits Dockerfile text into instructions the way BuildKit's parser does:
 * parser directives at the top, the escape character, line continuations
 * (with comment and blank lines inside a continuation dropped), and
 * here-documents after RUN/COPY/ADD. Offsets are kept so that every piece of
 * an instruction maps back to the file.
 */

const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const DIRECTIVE_RE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
function isSpace(c) {
    return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
function isBlank(c) {
    return c === 32 || c === 9;
}
function lexDockerfile(text) {
    const len = text.length;
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const readLine = (at) => {
        let nl = text.indexOf('\n', at);
        if (nl === -1)
            nl = len;
        let end = nl;
        if (end > at && text.charCodeAt(end - 1) === 13)
            end--;
        return { start: at, end, next: nl + 1 };
    };
    const result = {
        directives: [],
        escape: '\\',
        instructions: [],
        comments: [],
        problems: [],
    };
    // Parser directives: consecutive `# key=value` lines at the very top.
    while (pos < len) {
        const line = readLine(pos);
        const m = DIRECTIVE_RE.exec(text.slice(line.start, line.end));
        if (!m || !KNOWN_DIRECTIVES.has(m[1].toLowerCase()))
            break;
        const name = m[1].toLowerCase();
        if (result.directives.some((d) => d.name === name)) {
            result.problems.push({
                message: `only one ${name} parser directive can be used`,
                start: line.start,
                end: line.end,
            });
        }
        else {
            result.directives.push({ name, value: m[2], start: line.start, end: line.end });
            result.comments.push({
                start: line.start,
                end: line.end,
                text: text.slice(line.start, line.end),
            });
            if (name === 'escape') {
                if (m[2] === '\\' || m[2] === '`')
                    result.escape = m[2];
                else
                    result.problems.push({
                        message: `invalid escape token '${m[2]}' does not match ` + '` or \\',
                        start: line.start,
                        end: line.end,
                    });
            }
        }
        pos = line.next;
    }
    const esc = result.escape.charCodeAt(0);
    /** Index of the continuation escape at the end of [start, end), or -1. */
    const continuationAt = (start, end) => {
        let i = end - 1;
        while (i >= start && isBlank(text.charCodeAt(i)))
            i--;
        return i >= start && text.charCodeAt(i) === esc ? i : -1;
    };
    while (pos < len) {
        const line = readLine(pos);
        pos = line.next;
        let fs = line.start;
        while (fs < line.end && isBlank(text.charCodeAt(fs)))
            fs++;
        if (fs === line.end)
            continue;
        if (text.charCodeAt(fs) === 35 /* # */) {
            result.comments.push({ start: fs, end: line.end, text: text.slice(fs, line.end) });
            continue;
        }
        const logical = [];
        const physical = [];
        let assembled = '';
        const add = (s, e) => {
            if (e <= s)
                return;
            logical.push(assembled.length);
            physical.push(s);
            assembled += text.slice(s, e);
        };
        let cont = continuationAt(fs, line.end);
        add(fs, cont >= 0 ? cont : line.end);
        let lastEnd = cont >= 0 ? cont : line.end;
        let emptyContinuationLine = false;
        while (cont >= 0 && pos < len) {
            const l = readLine(pos);
            pos = l.next;
            let f = l.start;
            while (f < l.end && isBlank(text.charCodeAt(f)))
                f++;
            if (f < l.end && text.charCodeAt(f) === 35) {
                result.comments.push({ start: f, end: l.end, text: text.slice(f, l.end) });
                continue;
            }
            if (f === l.end) {
                emptyContinuationLine = true;
                continue;
            }
            cont = continuationAt(l.start, l.end);
            add(l.start, cont >= 0 ? cont : l.end);
            lastEnd = cont >= 0 ? cont : l.end;
        }
        // Right-trim, then split off the keyword.
        let trimmedLen = assembled.length;
        while (trimmedLen > 0 && isSpace(assembled.charCodeAt(trimmedLen - 1)))
            trimmedLen--;
        const full = new _text_js__WEBPACK_IMPORTED_MODULE_0__/* .MappedText */ .D(assembled.slice(0, trimmedLen), logical, physical);
        let kEnd = 0;
        while (kEnd < full.text.length && !isSpace(full.text.charCodeAt(kEnd)))
            kEnd++;
        let aStart = kEnd;
        while (aStart < full.text.length && isSpace(full.text.charCodeAt(aStart)))
            aStart++;
        const keyword = full.text.slice(0, kEnd).toUpperCase();
        const args = full.slice(aStart, full.text.length);
        const insStart = fs;
        let insEnd = trimmedLen > 0 ? full.offsetAt(trimmedLen - 1) + 1 : lastEnd;
        const heredocs = [];
        // ONBUILD RUN <<EOF carries its trigger's here-documents too.
        const trigger = keyword === 'ONBUILD' ? (/^\S+/.exec(args.text)?.[0] ?? '').toUpperCase() : keyword;
        if (HEREDOC_KEYWORDS.has(trigger) && args.text.includes('<<')) {
            for (const marker of heredocMarkers(args.text, result.escape)) {
                const bodyStart = pos;
                let body = '';
                let terminated = false;
                while (pos < len) {
                    const l = readLine(pos);
                    pos = l.next;
                    let candidate = text.slice(l.start, l.end);
                    if (marker.chomp)
                        candidate = candidate.replace(/^\t+/, '');
                    if (candidate === marker.name) {
                        terminated = true;
                        insEnd = l.end;
                        break;
                    }
                    body += text.slice(l.start, l.end) + '\n';
                    insEnd = l.end;
                }
                if (!terminated) {
                    result.problems.push({
                        message: `unterminated heredoc: no line '${marker.name}' ends the here-document`,
                        start: insStart,
                        end: Math.max(insEnd, insStart + 1),
                    });
                }
                heredocs.push({ ...marker, body, bodyStart, terminated });
            }
        }
        result.instructions.push({
            keyword,
            start: insStart,
            end: insEnd,
            keywordEnd: full.offsetAt(Math.max(kEnd - 1, 0)) + 1,
            args,
            heredocs,
            emptyContinuationLine,
        });
    }
    return result;
}
const HEREDOC_WORD_RE = /^(\d*)<<(-?)([^<]*)$/;
/**
 * Heredoc markers among the words of an instruction line. Words are split on
 * unquoted whitespace with quotes kept, as BuildKit does, so a `<<` inside
 * quotes or glued to a command (`cat<<EOF`) is not a marker.
 */
function heredocMarkers(line, escape) {
    const out = [];
    let i = 0;
    const n = line.length;
    while (i < n) {
        while (i < n && isSpace(line.charCodeAt(i)))
            i++;
        if (i >= n)
            break;
        const start = i;
        let quote = '';
        while (i < n) {
            const c = line[i];
            if (quote) {
                if (c === quote)
                    quote = '';
                else if (c === escape && quote === '"' && i + 1 < n)
                    i++;
            }
            else if (c === '"' || c === "'")
                quote = c;
            else if (c === escape && i + 1 < n)
                i++;
            else if (isSpace(line.charCodeAt(i)))
                break;
            i++;
        }
        const word = line.slice(start, i);
        const m = HEREDOC_WORD_RE.exec(word);
        if (!m || m[3] === '')
            continue;
        const rest = m[3];
        const quoted = /["']/.test(rest);
        const name = rest.replace(/["']/g, '');
        if (name === '')
            continue;
        out.push({ name, chomp: m[2] === '-', expand: !quoted, markerStart: start, markerEnd: i });
    }
    return out;
}


/***/ }),

/***/ 9240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ MappedText),
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/**
 * Offsets of line starts in a file, to turn character offsets into 1-based
 * line/column ranges. Built once per file; lookups are binary searches.
 */
class LineIndex {
    file;
    text;
    starts;
    constructor(file, text) {
        this.file = file;
        this.text = text;
        const starts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        this.starts = starts;
    }
    /** 0-based line of an offset. */
    lineOf(offset) {
        const s = this.starts;
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** Range of [start, end) offsets; columns are 1-based, end exclusive. */
    range(start, end) {
        const sl = this.lineOf(start);
        const el = end <= start ? sl : this.lineOf(end - 1);
        const endColumn = end <= start ? start - this.starts[sl] + 1 : end - 1 - this.starts[el] + 2;
        return {
            file: this.file,
            startLine: sl + 1,
            startColumn: start - this.starts[sl] + 1,
            endLine: el + 1,
            endColumn,
        };
    }
    lineCount() {
        return this.starts.length;
    }
}
/**
 * Text assembled from pieces of a file (an instruction with its line
 * continuations and in-continuation comments removed), with a map from each
 * position in the assembled text back to its offset in the file.
 */
class MappedText {
    text;
    /** Logical start of each piece, ascending. */
    logical;
    /** File offset of each piece's first character. */
    physical;
    constructor(text, logical, physical) {
        this.text = text;
        this.logical = logical;
        this.physical = physical;
    }
    /** A text that is one contiguous stretch of the file starting at `offset`. */
    static contiguous(text, offset) {
        return new MappedText(text, [0], [offset]);
    }
    /** File offset of the character at logical position `i`. */
    offsetAt(i) {
        const l = this.logical;
        let lo = 0;
        let hi = l.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (l[mid] <= i)
                lo = mid;
            else
                hi = mid - 1;
        }
        return this.physical[lo] + (i - l[lo]);
    }
    /** File offsets [start, end) covering logical [start, end). */
    span(start, end) {
        if (end <= start) {
            const o = this.offsetAt(start);
            return [o, o];
        }
        return [this.offsetAt(start), this.offsetAt(end - 1) + 1];
    }
    /** A sub-text [start, end) that keeps the mapping. */
    slice(start, end) {
        const logical = [];
        const physical = [];
        logical.push(0);
        physical.push(this.offsetAt(start));
        for (let k = 0; k < this.logical.length; k++) {
            const l = this.logical[k];
            if (l > start && l < end) {
                logical.push(l - start);
                physical.push(this.physical[k]);
            }
        }
        return new MappedText(this.text.slice(start, end), logical, physical);
    }
}


/***/ }),

/***/ 7328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NC: () => (/* binding */ listAffected),
/* harmony export */   Nk: () => (/* binding */ isRenderedFinding),
/* harmony export */   Wh: () => (/* binding */ groupByEditLocation),
/* harmony export */   tW: () => (/* binding */ affectedLabel)
/* harmony export */ });
/* harmony import */ var _core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7486);
/* harmony import */ var _helm_feeds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8528);


/** Affected places listed in a message before the rest is counted. */
const LISTED = 5;
/** Whether a finding is about an object rendered from a chart (source-mapped to its values or templates). */
function isRenderedFinding(f) {
    return f.affects?.some((a) => a.rendered) ?? false;
}
function rangeKey(r) {
    return `${r.file}:${r.startLine}:${r.startColumn}:${r.endLine}:${r.endColumn}`;
}
function groupKey(f) {
    const s = f.suppression;
    return [
        f.ruleId,
        f.level,
        rangeKey(f.range),
        s ? `${s.via ?? s.kind}@${s.range ? rangeKey(s.range) : ''}` : '',
    ].join('\u0000');
}
/** `Deployment "web" (container api)`, `Deployment "web" (container api, overlay deploy/prod)`. */
function affectedLabel(a) {
    const parts = [a.container !== undefined ? `container ${a.container}` : '', a.rendering ?? ''];
    const which = parts.filter(Boolean).join(', ');
    return which ? `${a.object} (${which})` : a.object;
}
/** "A, B and 3 more". */
function listAffected(affects, listed = LISTED) {
    const names = affects.slice(0, listed).map(affectedLabel);
    const rest = affects.length - names.length;
    if (rest > 0)
        return `${names.join(', ')} and ${rest} more`;
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
}
const CONTAINER_NAME = /\b(containers?) "([^"]*)"/;
/**
 * The problem stated for all members: when members differ only by the container they
 * name (`container "a" must set \u2026`), one sentence naming them all (`containers "a", "b"
 * must set \u2026`); otherwise the first member's.
 */
function mergedProblem(members) {
    const problems = members.map((m) => m.problem ?? m.message);
    const first = problems[0];
    if (problems.every((p) => p === first))
        return first;
    const shape = (p) => p.replace(CONTAINER_NAME, 'containers "*"');
    const names = [];
    for (const p of problems) {
        const m = CONTAINER_NAME.exec(p);
        if (!m || shape(p) !== shape(first))
            return first;
        if (!names.includes(m[2]))
            names.push(m[2]);
    }
    const list = names.map((n) => `"${n}"`).join(', ');
    return first.replace(CONTAINER_NAME, `${names.length > 1 ? 'containers' : 'container'} ${list}`);
}
function dedupeRelated(list) {
    const seen = new Set();
    return list.filter((r) => {
        const k = `${rangeKey(r.range)}\u0000${r.message}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function dedupeAffected(list) {
    const seen = new Set();
    return list.filter((a) => {
        const k = `${affectedLabel(a)}\u0000${rangeKey(a.range)}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function offsetOf(text, line, col) {
    let at = 0;
    for (let i = 1; i < line; i++) {
        const nl = text.indexOf('\n', at);
        if (nl < 0)
            return -1;
        at = nl + 1;
    }
    return at + col - 1;
}
/**
 * The edit location by content: a values file's key path, else the line's text. `texts` holds
 * one object per file, the key keyPathAt caches the file's parse under.
 */
function locationKey(r, readFile, texts) {
    const text = readFile(r.file);
    if (text !== undefined && /\.ya?ml$/.test(r.file)) {
        let holder = texts.get(r.file);
        if (holder?.source !== text) {
            holder = { source: text };
            texts.set(r.file, holder);
        }
        const path = (0,_helm_feeds_js__WEBPACK_IMPORTED_MODULE_1__/* .keyPathAt */ ._)(holder, offsetOf(text, r.startLine, r.startColumn));
        if (path)
            return `key ${path.join('.')}`;
    }
    return `line ${(0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .lineTextAt */ .R)(text, r.startLine)}`;
}
/**
 * Merges source-mapped findings with the same rule, level, edit location and suppression.
 * Findings come in sorted by place; the order is kept (a merged finding takes its first
 * member's place in it).
 */
function groupByEditLocation(findings, readFile) {
    const groups = new Map();
    const order = [];
    for (const f of findings) {
        if (!isRenderedFinding(f)) {
            order.push(f);
            continue;
        }
        const key = groupKey(f);
        const list = groups.get(key);
        if (list)
            list.push(f);
        else {
            const fresh = [f];
            groups.set(key, fresh);
            order.push(fresh);
        }
    }
    const occurrences = new Map();
    const texts = new Map();
    return order.map((entry) => {
        if (!Array.isArray(entry))
            return entry;
        const [first] = entry;
        const where = locationKey(first.range, readFile, texts);
        const base = `${first.ruleId}\u0000${first.range.file}\u0000${where}\u0000${first.level}`;
        const n = (occurrences.get(base) ?? 0) + 1;
        occurrences.set(base, n);
        const identity = {
            ruleId: first.ruleId,
            source: first.range.file,
            path: n > 1 ? `${where}#${n}` : where,
        };
        const affects = dedupeAffected(entry.flatMap((m) => m.affects ?? []));
        const problem = entry.length > 1 ? mergedProblem(entry) : (first.problem ?? first.message);
        const fix = first.fix;
        const sentence = ` Affects ${listAffected(affects)}.`;
        const note = first.note ? ` ${first.note}` : '';
        const message = first.note ? first.message.slice(0, -note.length) : first.message;
        const body = first.problem ? `${problem} ${fix ?? ''}`.trim() : message;
        const related = dedupeRelated([
            ...entry.flatMap((m) => m.related),
            ...affects.map((a) => ({ range: a.range, message: `affects ${affectedLabel(a)}` })),
        ]);
        return {
            ...first,
            message: body + sentence + note,
            problem,
            related,
            identity,
            fingerprint: (0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprintOf */ .a)(identity),
            affects,
        };
    });
}


/***/ }),

/***/ 6544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ userEvidenceOf),
/* harmony export */   N$: () => (/* binding */ imageRun),
/* harmony export */   kp: () => (/* binding */ roleOf),
/* harmony export */   s1: () => (/* binding */ accountsOf)
/* harmony export */ });
/* harmony import */ var _k8s_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(102);

function userEvidenceOf(model) {
    const eu = model.effectiveUser;
    const origin = eu.origin;
    if (origin.kind === 'dockerfile') {
        const inherited = origin.inherited ? ', inherited from an earlier stage' : '';
        return {
            text: `USER ${eu.written ?? eu.raw ?? ''} at line ${origin.range.startLine}${inherited}`,
            range: origin.range,
        };
    }
    if (origin.kind === 'base-image') {
        const who = eu.raw === '' ? 'sets no USER, so it runs as root' : `runs as USER ${eu.raw}`;
        const how = (origin.fact?.origin === 'registry' || origin.fact?.origin === 'repository') &&
            origin.fact.evidence
            ? ` (${origin.fact.evidence})`
            : '';
        return {
            text: `no USER of its own; the base image ${origin.image} ${who}${how}`,
            range: model.baseImage.range,
        };
    }
    return {
        text: `no USER of its own, and its base image ${origin.image ?? '(unresolved)'} is not known (${origin.reason})`,
        range: model.baseImage.range,
    };
}
function accountsOf(model, fact) {
    const out = new Map();
    out.set('root', { uid: 0, gid: 0 });
    for (const a of fact?.accounts ?? [])
        out.set(a.name, { uid: a.uid, gid: a.gid });
    if (model) {
        for (const [name, u] of model.users) {
            const predicted = u.note?.includes(' predicted from ') ? { note: u.note } : {};
            const made = u.origin === 'created' && u.uid === null
                ? model.createdUsers.findLast((c) => c.name === name)
                : undefined;
            const created = made ? { created: `${made.via} at line ${made.range.startLine}` } : {};
            out.set(name, {
                uid: u.uid ?? undefined,
                gid: u.gid ?? undefined,
                ...predicted,
                ...created,
            });
        }
    }
    return out;
}
/** What a container runs and where it mounts volumes. */
function imageRun(c) {
    return {
        role: roleOf(c),
        mountPaths: (0,_k8s_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(c.spec.volumeMounts).flatMap((m) => {
            const p = (0,_k8s_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isDict */ .Zm)(m) ? (0,_k8s_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(m.mountPath) : undefined;
            return p ? [p] : [];
        }),
    };
}
/** The program a container runs: its command and args as written. */
function roleOf(c) {
    return JSON.stringify([c.spec.command ?? null, c.spec.args ?? null]);
}


/***/ }),

/***/ 347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MD: () => (/* binding */ rootContext),
/* harmony export */   cl: () => (/* binding */ podIsolation)
/* harmony export */ });
/* unused harmony export sandboxed */
/* harmony import */ var _k8s_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(102);
/**
 * Root in a container is not always root on the node: a pod with `hostUsers: false` runs in
 * a user namespace (uid 0 inside maps to an unprivileged uid on the host), and a pod with a
 * `runtimeClassName` may run in a sandboxed runtime (gVisor, Kata) whose kernel is not the
 * node's. The verdicts and root findings say so.
 */

// Handlers of runtimes that put the container behind their own kernel.
const SANDBOXES = /^(runsc|gvisor|kata|kata-.*|kata[-_]?qemu.*|kata[-_]?clh.*|kata[-_]?fc.*|firecracker|fc)$/i;
function podIsolation(pod, runtimeClasses = new Map()) {
    const out = { userNamespace: pod.spec.hostUsers === false };
    const name = (0,_k8s_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(pod.spec.runtimeClassName);
    if (name) {
        out.runtimeClass = { name };
        const handler = runtimeClasses.get(name);
        if (handler)
            out.runtimeClass.handler = handler;
    }
    return out;
}
/** True when the runtime class names (or its handler is) a known sandbox. */
function sandboxed(i) {
    const rc = i.runtimeClass;
    return (!!rc && (SANDBOXES.test(rc.handler ?? '') || /gvisor|kata|sandbox|firecracker/i.test(rc.name)));
}
/** `inside a user namespace (unprivileged on the node)`, or the runtime class; undefined when neither. */
function rootContext(i) {
    const parts = [];
    if (i.userNamespace)
        parts.push('inside a user namespace (hostUsers: false), so unprivileged on the node');
    const rc = i.runtimeClass;
    if (rc) {
        const handler = rc.handler ? ` (handler ${rc.handler})` : '';
        parts.push(sandboxed(i)
            ? `in the sandboxed runtime class ${rc.name}${handler}, behind its own kernel`
            : `under runtime class ${rc.name}${handler}${rc.handler ? '' : ', whose handler the repository does not show'}`);
    }
    return parts.length ? parts.join(', and ') : undefined;
}


/***/ }),

/***/ 6317:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ knownAccounts)
/* harmony export */ });
/* harmony import */ var _dockerfile_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5168);
/**
 * Whether the model knows every account of an image built here, so that a name missing
 * from it is surely missing: nothing in the build chain can add accounts out of the
 * model's sight (package installs, scripts, files copied into /etc), and the base image's
 * stock accounts are known (a known distribution, or scratch).
 */

function knownAccounts(img) {
    if (img.hiddenAccountSources.length > 0)
        return undefined;
    const ref = img.baseImage.ref;
    if (ref === null)
        return undefined;
    const stock = (0,_dockerfile_index_js__WEBPACK_IMPORTED_MODULE_0__/* .stockAccountNames */ .EP)(ref.toLowerCase() === 'scratch' ? 'scratch' : img.distro);
    if (!stock)
        return undefined;
    const users = new Set([...stock.users, ...img.users.keys()]);
    const groups = new Set([...stock.groups, ...img.groups.keys()]);
    return { users, groups, base: ref };
}


/***/ }),

/***/ 771:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ createdWithoutId),
/* harmony export */   Ux: () => (/* binding */ userLabel),
/* harmony export */   ab: () => (/* binding */ displayUser),
/* harmony export */   gd: () => (/* binding */ runtimeUser),
/* harmony export */   vU: () => (/* binding */ knownNonRoot)
/* harmony export */ });
/* harmony import */ var _dockerfile_kubelet_user_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4241);
/**
 * The uid and gid a container's process will get (KUBERNETES.md A.8): the effective
 * runAsUser, else the image's numeric user, else the image's user name as the runtime
 * resolves it in /etc/passwd, else root. The gid is runAsGroup when set; otherwise containerd
 * takes the passwd entry's group of that uid (the `:gid` of `USER uid:gid` is not used).
 */

function runtimeUser(c, facts) {
    const eff = c.effective;
    const out = { uidSource: 'unknown' };
    if (eff.runAsUser) {
        out.uid = eff.runAsUser.value;
        out.uidSource = `${eff.runAsUser.from} runAsUser`;
    }
    else if (facts && facts.user !== null) {
        const k = (0,_dockerfile_kubelet_user_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeletImageUser */ .Zs)(facts.user);
        if (k.uid !== undefined) {
            out.uid = k.uid;
            out.uidSource =
                facts.user === '' || facts.user.startsWith(':')
                    ? `image has no USER (${facts.userEvidence.text})`
                    : `image USER ${facts.user} (${facts.userEvidence.text})`;
        }
        else if (k.username) {
            out.name = k.username;
            const account = facts.accounts.get(k.username);
            if (account?.uid !== undefined)
                out.uid = account.uid;
            else if (account?.created)
                out.nonRoot = createdWithoutId(k.username, account.created);
            const how = account?.note ? `, ${account.note}` : '';
            out.uidSource = `image USER ${facts.user}${account?.uid !== undefined ? ` (${k.username} is uid ${account.uid} in the image${how})` : out.nonRoot ? ` (${out.nonRoot})` : ''} (${facts.userEvidence.text})`;
        }
    }
    if (eff.runAsGroup) {
        out.gid = eff.runAsGroup.value;
        out.gidSource = `${eff.runAsGroup.from} runAsGroup`;
    }
    else if (out.uid !== undefined && facts) {
        for (const [name, a] of facts.accounts) {
            if (a.uid === out.uid && a.gid !== undefined) {
                out.gid = a.gid;
                out.gidSource = `primary group of ${name} in the image`;
                break;
            }
        }
    }
    return out;
}
/** `app is created by adduser at line 28 without a fixed id: \u2026`. */
function createdWithoutId(name, where) {
    return `${name} is created by ${where} without a fixed id: the tool picks a free non-zero id, so not root`;
}
/** Whether the user is known not to be root (a uid other than 0, or a created account). */
function knownNonRoot(u) {
    return u.uid !== undefined ? u.uid !== 0 : u.nonRoot !== undefined;
}
/** `uid 1000`, or `app (a non-root account whose uid the build picks)`, for messages. */
function userLabel(u) {
    if (u.uid !== undefined)
        return `uid ${u.uid}`;
    return `${u.name ?? 'an account'} (a non-root account whose uid the build picks)`;
}
function displayUser(u) {
    const uid = u.uid !== undefined ? String(u.uid) : (u.name ?? '?');
    const gid = u.gid !== undefined ? `:${u.gid}` : '';
    const root = u.uid === 0 ? ' (root)' : '';
    if (u.uid === undefined && u.name === undefined)
        return 'unknown';
    return `${uid}${gid}${root}`;
}


/***/ }),

/***/ 7420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h3: () => (/* binding */ baseImageLookup),
  Tw: () => (/* binding */ lookupBaseImage),
  MW: () => (/* binding */ runAsNonRootVerdict)
});

;// CONCATENATED MODULE: ./build/images/base-image-table.js
/**
 * Facts about well-known images that repositories build FROM or deploy directly: the
 * user their image config carries and the accounts they ship. One entry per row of
 * shared/notes/base-image-users.md (`row`); a row that covers two variants
 * (distroless `:latest` and `:nonroot`) has two entries with the same row number.
 *
 * Repository patterns are normalised names (`docker.io/library/node`); `*` matches any
 * run of characters. Tag patterns are globs, or a named test for tags that need version
 * comparison. Leave a fact out rather than guess: an image with no entry has no facts.
 */
const ALPINE_TAGS = ['alpine*', '*-alpine*'];
const DISTROLESS_ROOT_TAGS = ['latest*', 'debug*'];
const DISTROLESS_NONROOT_TAGS = ['nonroot*', 'debug-nonroot*'];
const DISTROLESS_COMMIT = 'cd080764af3103b2f49fb5eb23297c72c945e77a';
const DISTROLESS_ACCOUNTS = [
    { name: 'root', uid: 0, gid: 0 },
    { name: 'nobody', uid: 65534, gid: 65534 },
    { name: 'nonroot', uid: 65532, gid: 65532 },
];
const DEBIAN_ACCOUNTS = [
    { name: 'www-data', uid: 33, gid: 33 },
    { name: 'nobody', uid: 65534, gid: 65534 },
];
// Ubuntu added the `ubuntu` account (uid/gid 1000) in 23.04 "lunar".
const UBUNTU_OLD = new Set([
    'precise',
    'trusty',
    'xenial',
    'bionic',
    'cosmic',
    'disco',
    'eoan',
    'focal',
    'groovy',
    'hirsute',
    'impish',
    'jammy',
    'kinetic',
]);
const UBUNTU_NEW = new Set([
    'lunar',
    'mantic',
    'noble',
    'oracular',
    'plucky',
    'questing',
    'resolute',
    'latest',
    'rolling',
    'devel',
]);
/** -1 before 23.04, 1 from 23.04, 0 when the tag says nothing about the release. */
function ubuntuSide(tag) {
    const v = /^(\d{2})\.(\d{2})(?:$|[.-])/.exec(tag);
    if (v)
        return Number(v[1]) * 100 + Number(v[2]) >= 2304 ? 1 : -1;
    const name = /^[a-z]+/.exec(tag)?.[0] ?? '';
    if (name !== tag && !tag.startsWith(`${name}-`))
        return 0;
    if (UBUNTU_OLD.has(name))
        return -1;
    if (UBUNTU_NEW.has(name))
        return 1;
    return 0;
}
// .NET 8 introduced the `app` account and APP_UID; `latest` is a current release.
function dotnet8Plus(tag) {
    if (tag === 'latest')
        return true;
    const m = /^(\d+)\.\d+(?:$|[.-])/.exec(tag);
    return !!m && Number(m[1]) >= 8;
}
const officialNoUser = (row, name, source, confidence, extra = {}) => ({
    row,
    family: `${name}:*`,
    repos: [`docker.io/library/${name}`],
    tags: ['*'],
    user: '',
    uid: 0,
    gid: 0,
    accounts: [],
    source,
    confidence,
    ...extra,
});
const distroless = (row, family, repos, source) => [
    {
        row,
        family: `${family} (:latest, :debug)`,
        repos,
        tags: DISTROLESS_ROOT_TAGS,
        excludeTags: DISTROLESS_NONROOT_TAGS,
        user: '0',
        uid: 0,
        gid: 0,
        name: 'root',
        accounts: DISTROLESS_ACCOUNTS,
        source,
        confidence: 'verified',
    },
    {
        row,
        family: `${family} (:nonroot, :debug-nonroot)`,
        repos,
        tags: DISTROLESS_NONROOT_TAGS,
        user: '65532',
        uid: 65532,
        gid: 65532,
        name: 'nonroot',
        accounts: DISTROLESS_ACCOUNTS,
        notes: 'A downstream `USER nonroot` names the account and is refused by runAsNonRoot.',
        source,
        confidence: 'verified',
    },
];
const UBI_VERSIONS = ['ubi8', 'ubi9', 'ubi10'];
const RH_REGISTRIES = ['registry.access.redhat.com', 'registry.redhat.io'];
const ubi = (names) => RH_REGISTRIES.flatMap((r) => UBI_VERSIONS.flatMap((v) => names.map((n) => `${r}/${v}/${n}`)));
const BASE_IMAGE_ROWS = [
    {
        row: 1,
        family: 'scratch',
        repos: ['docker.io/library/scratch'],
        tags: ['*'],
        user: '',
        uid: 0,
        gid: 0,
        accounts: [],
        hasPasswd: false,
        notes: 'Empty image: no /etc/passwd, so only numeric users work at runtime.',
        source: 'Docker reserved empty image; kubelet treats "no user" as root (IBM/mcp-context-forge PR #6041)',
        confidence: 'verified',
    },
    officialNoUser(2, 'alpine', 'alpinelinux/docker-alpine x86_64/Dockerfile @ 00d3407329e4c65f237cc1e325a4ab0cb4974df4', 'verified', {
        accounts: [{ name: 'nobody', uid: 65534, gid: 65534 }],
        notes: 'BusyBox `adduser -S` without `-u` picks the first free system id (not pinned).',
    }),
    officialNoUser(3, 'busybox', 'docker-library/busybox (no USER)', 'unverified', {
        accounts: [{ name: 'nobody', uid: 65534, gid: 65534 }],
    }),
    officialNoUser(4, 'debian', 'debuerreotype-built rootfs; no USER', 'unverified', {
        accounts: DEBIAN_ACCOUNTS,
    }),
    {
        ...officialNoUser(5, 'ubuntu', 'jupyterhub/repo2docker#1346', 'secondary'),
        family: 'ubuntu:22.04 and older',
        tags: { description: '\u2264 22.10', test: (t) => ubuntuSide(t) === -1 },
        accounts: DEBIAN_ACCOUNTS,
    },
    {
        ...officialNoUser(6, 'ubuntu', 'jupyterhub/repo2docker#1346; kubeflow/kubeflow PR #7728; bagisto/bagisto-docker PR #36', 'secondary'),
        family: 'ubuntu:23.04+',
        tags: { description: '\u2265 23.04', test: (t) => ubuntuSide(t) === 1 },
        accounts: [{ name: 'ubuntu', uid: 1000, gid: 1000 }, ...DEBIAN_ACCOUNTS],
        notes: 'uid/gid 1000 is taken by `ubuntu`: `useradd -u 1000` fails in derived images.',
    },
    officialNoUser(7, 'node', 'nodejs/docker-node 22/bookworm/Dockerfile @ f27d936f7d7ccdeec25cd2de33584c1a841f561d', 'verified', {
        family: 'node:* (Debian)',
        accounts: [{ name: 'node', uid: 1000, gid: 1000 }],
        notes: '`USER node` is a name; uid/gid 1000 is taken.',
    }),
    officialNoUser(8, 'node', 'nodejs/docker-node 22/alpine3.24/Dockerfile @ f27d936f7d7ccdeec25cd2de33584c1a841f561d', 'verified', {
        family: 'node:*-alpine*',
        tags: ALPINE_TAGS,
        accounts: [{ name: 'node', uid: 1000, gid: 1000 }],
        notes: '`USER node` is a name; uid/gid 1000 is taken.',
    }),
    officialNoUser(9, 'python', 'docker-library/python 3.15-rc/slim-trixie/Dockerfile @ 4f07059567fa61c80397126e8063dbbde011b794', 'verified'),
    officialNoUser(10, 'golang', 'docker-library/golang tip/alpine3.24/Dockerfile @ 7c8c182bfc19ee3169d0596ae63917d2c7166f94', 'verified'),
    officialNoUser(11, 'php', 'docker-library/php 8.6-rc/trixie/apache/Dockerfile @ 445bf414f1d5866f7aef715f1203eae043710070', 'verified', {
        family: 'php:* (Debian)',
        accounts: [{ name: 'www-data', uid: 33, gid: 33 }],
        notes: '`www-data` owns /var/www/html.',
    }),
    officialNoUser(12, 'php', 'docker-library/php 8.6-rc/alpine3.24/fpm/Dockerfile @ 445bf414f1d5866f7aef715f1203eae043710070', 'verified', {
        family: 'php:*-alpine*',
        tags: ALPINE_TAGS,
        accounts: [{ name: 'www-data', uid: 82, gid: 82 }],
        notes: 'Alpine\u2019s www-data is 82, not Debian\u2019s 33.',
    }),
    {
        ...officialNoUser(13, 'ruby', 'official images, no USER', 'unverified'),
        family: 'ruby:*, rust:*, gradle:*, composer:*',
        repos: ['ruby', 'rust', 'gradle', 'composer'].map((n) => `docker.io/library/${n}`),
    },
    officialNoUser(14, 'nginx', 'nginxinc/docker-nginx mainline/debian/Dockerfile @ b430becb8f0f6b8d69e68cc73a82ea2873c38639', 'verified', {
        family: 'nginx:* (Debian)',
        accounts: [{ name: 'nginx', uid: 101, gid: 101 }],
        ports: [80],
        dropsTo: 'nginx',
        notes: 'The master process must bind :80 as root; workers run as nginx.',
    }),
    officialNoUser(15, 'nginx', 'nginxinc/docker-nginx mainline/alpine-slim/Dockerfile @ b430becb8f0f6b8d69e68cc73a82ea2873c38639', 'verified', {
        family: 'nginx:*-alpine*',
        tags: ALPINE_TAGS,
        accounts: [{ name: 'nginx', uid: 101, gid: 101 }],
        ports: [80],
        dropsTo: 'nginx',
    }),
    {
        row: 16,
        family: 'nginxinc/nginx-unprivileged:*',
        repos: ['docker.io/nginxinc/nginx-unprivileged'],
        tags: ['*'],
        user: '101',
        uid: 101,
        gid: 101,
        name: 'nginx',
        accounts: [{ name: 'nginx', uid: 101, gid: 101 }],
        ports: [8080],
        notes: 'USER $UID with ARG UID=101; /var/cache/nginx and /etc/nginx are chowned $UID:0.',
        source: 'nginxinc/docker-nginx-unprivileged mainline/alpine-slim/Dockerfile @ 8ead5cede31b9dc5a976d1b44bb1987226b48677',
        confidence: 'verified',
    },
    officialNoUser(17, 'httpd', 'docker-library/httpd 2.4/Dockerfile @ 9b63b37c9be3b42d16b924ebb40af3cc40793119', 'verified', {
        family: 'httpd:2.4 (Debian)',
        excludeTags: ALPINE_TAGS,
        accounts: [{ name: 'www-data', uid: 33, gid: 33 }],
        ports: [80],
        dropsTo: 'www-data',
        notes: 'The parent binds :80 as root; children run as www-data.',
    }),
    officialNoUser(18, 'tomcat', 'docker-library/tomcat 11.0/jre21/temurin-noble/Dockerfile @ 40f27d562f94c0dbfb861587ee8837047b1cd555', 'verified', { ports: [8080] }),
    officialNoUser(19, 'eclipse-temurin', 'adoptium/containers 21/jre/ubuntu/noble/Dockerfile @ d8d18d67a32e2cbc765de68c30ea0998009df325', 'verified'),
    officialNoUser(19, 'eclipse-temurin', 'adoptium/containers 21/jre/ubuntu/noble/Dockerfile @ d8d18d67a32e2cbc765de68c30ea0998009df325', 'verified', {
        family: 'eclipse-temurin:*noble*',
        tags: ['*noble*'],
        accounts: [{ name: 'ubuntu', uid: 1000, gid: 1000 }],
        notes: 'noble-based tags inherit Ubuntu\u2019s `ubuntu` 1000.',
    }),
    officialNoUser(20, 'openjdk', 'official image, no USER', 'unverified', {
        notes: 'Deprecated image.',
    }),
    officialNoUser(21, 'postgres', 'docker-library/postgres 17/bookworm/Dockerfile @ 6edb0a8c4def40c371514b34aef9037ec82d9110', 'verified', {
        family: 'postgres:* (Debian)',
        accounts: [{ name: 'postgres', uid: 999, gid: 999 }],
        volumes: ['/var/lib/postgresql/data'],
        ports: [5432],
        dropsTo: 'postgres',
    }),
    officialNoUser(22, 'postgres', 'docker-library/postgres 17/alpine3.23/Dockerfile @ 6edb0a8c4def40c371514b34aef9037ec82d9110', 'verified', {
        family: 'postgres:*-alpine*',
        tags: ALPINE_TAGS,
        accounts: [{ name: 'postgres', uid: 70, gid: 70 }],
        volumes: ['/var/lib/postgresql/data'],
        ports: [5432],
        dropsTo: 'postgres',
    }),
    officialNoUser(23, 'redis', 'docker-library/redis 7.2/debian/Dockerfile @ e92049967d6baa9b4b3d6fd950553e6458e61f13', 'verified', {
        family: 'redis:* (Debian)',
        accounts: [{ name: 'redis', uid: 999, gid: 999 }],
        volumes: ['/data'],
        ports: [6379],
        dropsTo: 'redis',
    }),
    officialNoUser(24, 'redis', 'docker-library/redis 7.2/alpine/Dockerfile @ e92049967d6baa9b4b3d6fd950553e6458e61f13', 'verified', {
        family: 'redis:*-alpine',
        tags: ALPINE_TAGS,
        accounts: [{ name: 'redis', uid: 999, gid: 1000 }],
        volumes: ['/data'],
        ports: [6379],
        dropsTo: 'redis',
    }),
    officialNoUser(25, 'mysql', 'docker-library/mysql 9.7/Dockerfile.oracle @ 7f30fdb0738041fc5125e8218e393e0a891243e9', 'verified', {
        accounts: [{ name: 'mysql', uid: 999, gid: 999 }],
        volumes: ['/var/lib/mysql'],
        ports: [3306, 33060],
        dropsTo: 'mysql',
    }),
    officialNoUser(26, 'mongo', 'docker-library/mongo 8.0/Dockerfile @ 2c69a57b939afb99266e8f97258adb178e9559e0', 'verified', {
        accounts: [{ name: 'mongodb', uid: 999, gid: 999 }],
        volumes: ['/data/db', '/data/configdb'],
        dropsTo: 'mongodb',
        notes: 'Ubuntu noble base: `ubuntu` 1000 exists too.',
    }),
    {
        row: 27,
        family: 'memcached:*',
        repos: ['docker.io/library/memcached'],
        tags: ['*'],
        user: 'memcache',
        uid: 11211,
        gid: 11211,
        name: 'memcache',
        accounts: [{ name: 'memcache', uid: 11211, gid: 11211 }],
        source: 'docker-library/memcached 1/debian/Dockerfile, 1/alpine/Dockerfile @ 53ac0ecb0bf88b471a0110f8996ce791baf1a667',
        confidence: 'verified',
    },
    {
        row: 28,
        family: 'haproxy:*',
        repos: ['docker.io/library/haproxy'],
        tags: ['*'],
        user: 'haproxy',
        uid: 99,
        gid: 99,
        name: 'haproxy',
        accounts: [{ name: 'haproxy', uid: 99, gid: 99 }],
        source: 'docker-library/haproxy 3.4/Dockerfile, 3.4/alpine/Dockerfile @ ec437dd2a3656610b10a42c08763d8fa1c591efe',
        confidence: 'verified',
    },
    ...distroless(29, 'gcr.io/distroless/static[-debianNN]', ['gcr.io/distroless/static*'], `GoogleContainerTools/distroless static/static.bzl, common/variables.bzl @ ${DISTROLESS_COMMIT}`).map((e) => (e.tags === DISTROLESS_NONROOT_TAGS ? { ...e, row: 30 } : e)),
    ...distroless(31, 'gcr.io/distroless/base[-nossl]-*, cc-*', ['gcr.io/distroless/base*', 'gcr.io/distroless/cc*'], `GoogleContainerTools/distroless README.md @ ${DISTROLESS_COMMIT}`),
    ...distroless(32, 'gcr.io/distroless/java{17,21,25}-*', ['gcr.io/distroless/java*'], `GoogleContainerTools/distroless README.md @ ${DISTROLESS_COMMIT}`),
    ...distroless(33, 'gcr.io/distroless/nodejs{22,24,26}-*', ['gcr.io/distroless/nodejs*'], `GoogleContainerTools/distroless README.md @ ${DISTROLESS_COMMIT}`),
    ...distroless(34, 'gcr.io/distroless/python3-*', ['gcr.io/distroless/python3*'], `GoogleContainerTools/distroless README.md @ ${DISTROLESS_COMMIT}`),
    {
        row: 35,
        family: 'cgr.dev/chainguard/static',
        repos: ['cgr.dev/chainguard/static'],
        tags: ['*'],
        user: '65532',
        uid: 65532,
        name: 'nonroot',
        accounts: [{ name: 'nonroot', uid: 65532 }],
        notes: 'The notes name the account (`nonroot`); their runAsNonRoot verdict "ok" implies a numeric config user.',
        source: 'Chainguard reference "static" users section (linked from defenseunicorns/zarf Dockerfile)',
        confidence: 'secondary',
    },
    {
        row: 36,
        family: 'cgr.dev/chainguard/node',
        repos: ['cgr.dev/chainguard/node'],
        tags: ['*'],
        user: '65532',
        uid: 65532,
        name: 'node',
        accounts: [{ name: 'node', uid: 65532 }],
        env: { NODE_PORT: '3000' },
        notes: '`node` is 65532 here, not 1000 as in Docker Hub\u2019s node image; /app is owned by 65532.',
        source: 'chainguard-images/images images/node/config/template.apko.yaml @ 55cca85c099971ade08c18436e608abfa7fa3c74',
        confidence: 'verified',
    },
    {
        row: 37,
        family: 'cgr.dev/chainguard/python',
        repos: ['cgr.dev/chainguard/python'],
        tags: ['*'],
        user: '65532',
        uid: 65532,
        name: 'nonroot',
        accounts: [{ name: 'nonroot', uid: 65532 }],
        source: 'chainguard-images/images images/python/config/template.apko.yaml @ 159a3a0fce3b9a4a53d6feb0bd0bafd413757f2d',
        confidence: 'verified',
    },
    {
        row: 38,
        family: 'cgr.dev/chainguard/wolfi-base',
        repos: ['cgr.dev/chainguard/wolfi-base'],
        tags: ['*'],
        user: '',
        uid: 0,
        gid: 0,
        accounts: [],
        source: 'chainguard-images/images images/wolfi-base/configs/latest.apko.yaml @ 4380bbdfd9c494f159b83beb35d9146d1e8469a4',
        confidence: 'verified',
    },
    {
        row: 39,
        family: 'cgr.dev/chainguard/*:latest-dev',
        repos: ['cgr.dev/chainguard/*'],
        tags: ['latest-dev', '*-dev'],
        unknown: true,
        user: '',
        accounts: [],
        notes: '`-dev` variants add a shell and apk; their user varies per image.',
        source: 'https://edu.chainguard.dev/chainguard/migration/porting-apps-to-chainguard/',
        confidence: 'secondary',
    },
    {
        row: 40,
        family: 'bitnami/*',
        repos: ['docker.io/bitnami/*', 'docker.io/bitnamilegacy/*'],
        tags: ['*'],
        user: '1001',
        uid: 1001,
        accounts: [],
        notes: 'Bitnami charts default to runAsUser 1001 and runAsGroup 1001.',
        source: 'bitnami/charts bitnami/nginx/values.yaml @ 5165628ae06697f8f68a670bef7739d93c4b7f44 (chart side)',
        confidence: 'secondary',
    },
    {
        row: 41,
        family: 'registry.access.redhat.com/ubi{8,9,10}/ubi, ubi-minimal, ubi-micro, ubi-init',
        // `ubi9-minimal` and `ubi9` at the top level name the same images as `ubi9/ubi-minimal`, `ubi9/ubi`.
        repos: [
            ...ubi(['ubi', 'ubi-minimal', 'ubi-micro', 'ubi-init']),
            ...RH_REGISTRIES.flatMap((r) => UBI_VERSIONS.flatMap((v) => ['', '-minimal', '-micro', '-init'].map((s) => `${r}/${v}${s}`))),
        ],
        tags: ['*'],
        user: '',
        uid: 0,
        gid: 0,
        accounts: [],
        source: 'RHEL UBI base images, no USER',
        confidence: 'unverified',
    },
    {
        row: 42,
        family: 'UBI s2i language images (ubi9/nodejs-22, python-3xx, \u2026)',
        repos: ubi(['nodejs-*', 'python-*', 'ruby-*', 'php-*', 'perl-*']),
        tags: ['*'],
        user: '1001',
        uid: 1001,
        gid: 0,
        name: 'default',
        accounts: [{ name: 'default', uid: 1001, gid: 0 }],
        notes: '/opt/app-root is owned by 1001:0.',
        source: 'openshift/mirror-gui PR #49 ("UBI\'s default (uid 1001, gid 0)"); sclorg s2i-base pattern',
        confidence: 'secondary',
    },
    {
        row: 43,
        family: 'grafana/grafana (-oss, -enterprise)',
        repos: [
            'docker.io/grafana/grafana',
            'docker.io/grafana/grafana-oss',
            'docker.io/grafana/grafana-enterprise',
        ],
        tags: ['*'],
        user: '472',
        uid: 472,
        gid: 0,
        name: 'grafana',
        accounts: [{ name: 'grafana', uid: 472, gid: 0 }],
        notes: 'USER "$GF_UID" with ARG GF_UID=472, GF_GID=0; data, log and plugin dirs are chmod 777.',
        source: 'grafana/grafana Dockerfile (commit not pinned); grafana/grafana#24536',
        confidence: 'secondary',
    },
    {
        row: 44,
        family: 'prom/prometheus, quay.io/prometheus/prometheus',
        repos: ['docker.io/prom/prometheus', 'quay.io/prometheus/prometheus'],
        tags: ['*'],
        user: 'nobody',
        uid: 65534,
        gid: 65534,
        name: 'nobody',
        accounts: [{ name: 'nobody', uid: 65534, gid: 65534 }],
        volumes: ['/prometheus'],
        ports: [9090],
        notes: '/etc/prometheus and /prometheus are chowned nobody:nobody.',
        source: 'prometheus/prometheus Dockerfile @ d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86',
        confidence: 'verified',
    },
    {
        row: 45,
        family: 'quay.io/prometheus/busybox-*',
        repos: ['quay.io/prometheus/busybox*'],
        tags: ['*'],
        user: '',
        uid: 0,
        gid: 0,
        accounts: [{ name: 'nobody', uid: 65534 }],
        source: 'prometheus-operator/prometheus-operator Dockerfile @ 6adcebc5076c34f4f55f8f5f7b1e528929373ac7',
        confidence: 'secondary',
    },
    {
        row: 46,
        family: 'prometheus-operator config-reloader and admission-webhook',
        repos: [
            'quay.io/prometheus-operator/prometheus-config-reloader',
            'quay.io/prometheus-operator/admission-webhook',
        ],
        tags: ['*'],
        user: 'nobody',
        uid: 65534,
        name: 'nobody',
        accounts: [{ name: 'nobody', uid: 65534 }],
        source: 'prometheus-operator/prometheus-operator cmd/prometheus-config-reloader/Dockerfile, cmd/admission-webhook/Dockerfile @ 6adcebc5076c34f4f55f8f5f7b1e528929373ac7',
        confidence: 'verified',
    },
    {
        row: 46,
        family: 'prom/alertmanager, quay.io/prometheus/alertmanager',
        repos: ['docker.io/prom/alertmanager', 'quay.io/prometheus/alertmanager'],
        tags: ['*'],
        user: 'nobody',
        uid: 65534,
        name: 'nobody',
        accounts: [{ name: 'nobody', uid: 65534 }],
        volumes: ['/alertmanager'],
        ports: [9093],
        source: 'prometheus/alertmanager Dockerfile @ 02a50dd3c158f23b1ca3a19c6c1e9fe94ca612b0',
        confidence: 'verified',
    },
    {
        row: 46,
        family: 'prom/node-exporter, quay.io/prometheus/node-exporter',
        repos: ['docker.io/prom/node-exporter', 'quay.io/prometheus/node-exporter'],
        tags: ['*'],
        user: 'nobody',
        uid: 65534,
        name: 'nobody',
        accounts: [{ name: 'nobody', uid: 65534 }],
        ports: [9100],
        source: 'prometheus/node_exporter Dockerfile @ 0c561fa1c9f10840f093cb193d04b6f988bc66fe',
        confidence: 'verified',
    },
    {
        row: 47,
        family: 'grafana/loki',
        repos: ['docker.io/grafana/loki'],
        tags: ['*'],
        user: '10001',
        uid: 10001,
        name: 'loki',
        accounts: [{ name: 'loki', uid: 10001 }],
        notes: 'Built on distroless static:debug; /etc/loki and /loki are chowned to loki.',
        source: 'grafana/loki cmd/loki/Dockerfile @ 0230065a10abdce767a9c3b84a9e43cdf61a1b87',
        confidence: 'verified',
    },
    {
        row: 48,
        family: 'otel/opentelemetry-collector-contrib (and core)',
        repos: [
            'docker.io/otel/opentelemetry-collector-contrib',
            'docker.io/otel/opentelemetry-collector',
        ],
        tags: ['*'],
        user: '10001:10001',
        uid: 10001,
        gid: 10001,
        accounts: [],
        hasPasswd: false,
        notes: 'USER ${USER_UID}:${USER_GID} with ARGs 10001; FROM scratch, no passwd.',
        source: 'open-telemetry/opentelemetry-collector-releases distributions/otelcol-contrib/Dockerfile @ 07ac0202df945df487957ec8411aceb83f673b36',
        confidence: 'verified',
    },
    {
        row: 49,
        family: 'envoyproxy/envoy:* (default stage)',
        repos: ['docker.io/envoyproxy/envoy'],
        tags: ['*'],
        user: '',
        uid: 0,
        gid: 0,
        accounts: [{ name: 'envoy', uid: 101 }],
        dropsTo: 'envoy',
        notes: 'The entrypoint uses su-exec to envoy; its uid is assigned at build (101 per the OTel demo chart).',
        source: 'envoyproxy/envoy ci/Dockerfile-envoy @ 019f458bf978aa5559491871896282c9122630a2',
        confidence: 'verified',
    },
    {
        row: 50,
        family: 'envoyproxy/envoy-distroless:*',
        repos: ['docker.io/envoyproxy/envoy-distroless'],
        tags: ['*'],
        user: '65532',
        uid: 65532,
        gid: 65532,
        name: 'nonroot',
        accounts: DISTROLESS_ACCOUNTS,
        notes: 'Stage envoy-distroless, FROM distroless/base-nossl-debian11:nonroot.',
        source: 'envoyproxy/envoy ci/Dockerfile-envoy @ 019f458bf978aa5559491871896282c9122630a2',
        confidence: 'verified',
    },
    {
        row: 50,
        family: 'envoyproxy/envoy:distroless-*',
        repos: ['docker.io/envoyproxy/envoy'],
        tags: ['distroless-*'],
        user: '65532',
        uid: 65532,
        gid: 65532,
        name: 'nonroot',
        accounts: DISTROLESS_ACCOUNTS,
        notes: 'The envoy-distroless stage, published under distroless-* tags.',
        source: 'envoyproxy/envoy ci/Dockerfile-envoy @ 019f458bf978aa5559491871896282c9122630a2',
        confidence: 'verified',
    },
    {
        row: 51,
        family: 'mcr.microsoft.com/dotnet/runtime-deps|runtime|aspnet:* (non-chiseled, .NET 8+)',
        repos: ['runtime-deps', 'runtime', 'aspnet'].map((n) => `mcr.microsoft.com/dotnet/${n}`),
        tags: { description: '.NET 8 or later', test: dotnet8Plus },
        excludeTags: ['*chiseled*'],
        user: '',
        uid: 0,
        gid: 0,
        accounts: [{ name: 'app', uid: 1654, gid: 1654 }],
        env: { APP_UID: '1654', ASPNETCORE_HTTP_PORTS: '8080' },
        notes: 'A downstream `USER $APP_UID` resolves through this image\u2019s ENV.',
        source: 'public notes that aspnet:10.0 defines APP_UID=1654 but leaves Config.User empty',
        confidence: 'secondary',
    },
    {
        row: 52,
        family: 'mcr.microsoft.com/dotnet/*:*-chiseled',
        repos: ['mcr.microsoft.com/dotnet/*'],
        tags: ['*-chiseled*'],
        user: '1654',
        uid: 1654,
        gid: 1654,
        name: 'app',
        accounts: [{ name: 'app', uid: 1654, gid: 1654 }],
        env: { APP_UID: '1654' },
        notes: 'USER $APP_UID with ENV APP_UID=1654; no shell.',
        source: 'dotnet/dotnet-docker src/runtime-deps/8.0/noble-chiseled/amd64/Dockerfile @ 050a351859bde44d7e77a5372673f6e2e163d635',
        confidence: 'verified',
    },
    {
        row: 53,
        family: 'jenkins/jenkins',
        repos: ['docker.io/jenkins/jenkins'],
        tags: ['*'],
        user: 'jenkins',
        uid: 1000,
        gid: 1000,
        name: 'jenkins',
        accounts: [{ name: 'jenkins', uid: 1000, gid: 1000 }],
        volumes: ['/var/jenkins_home'],
        ports: [8080, 50000],
        notes: 'USER ${user} with ARG user=jenkins; VOLUME $JENKINS_HOME.',
        source: 'jenkinsci/docker debian/Dockerfile @ ab3f5e0a80d666b1d554c2b7cad38b5c5ee35f1c',
        confidence: 'verified',
    },
    {
        row: 54,
        family: 'apache/kafka',
        repos: ['docker.io/apache/kafka'],
        tags: ['*'],
        user: 'appuser',
        uid: 1000,
        name: 'appuser',
        accounts: [{ name: 'appuser', uid: 1000 }],
        volumes: ['/etc/kafka/secrets', '/var/lib/kafka/data', '/mnt/shared/config'],
        notes: 'uid 1000 is inferred: `adduser -D` without `-u` on eclipse-temurin:21-jre-alpine.',
        source: 'apache/kafka docker/jvm/Dockerfile @ 120d52df7d4a1e7eaf90e4e069b9c49c27e3d0de',
        confidence: 'verified',
    },
    {
        row: 55,
        family: 'ghcr.io/open-feature/flagd',
        repos: ['ghcr.io/open-feature/flagd'],
        tags: ['*'],
        user: '65532:65532',
        uid: 65532,
        gid: 65532,
        name: 'nonroot',
        accounts: DISTROLESS_ACCOUNTS,
        source: 'open-feature/flagd flagd/build.Dockerfile @ 07211a7a04e4902cbc6fbbe8326d4b7dabbba58f',
        confidence: 'verified',
    },
    {
        row: 56,
        family: 'registry.k8s.io/ingress-nginx/controller',
        repos: ['registry.k8s.io/ingress-nginx/controller'],
        tags: ['*'],
        user: 'www-data',
        uid: 101,
        gid: 82,
        name: 'www-data',
        accounts: [{ name: 'www-data', uid: 101, gid: 82 }],
        ports: [80, 443],
        fileCapabilities: ['NET_BIND_SERVICE'],
        notes: 'Binaries carry cap_net_bind_service=+ep.',
        source: 'kubernetes/ingress-nginx rootfs/Dockerfile, images/nginx/rootfs/Dockerfile @ dbb11b92ddb77bee9c35e462479129354c84f939',
        confidence: 'verified',
    },
    {
        row: 57,
        family: 'curlimages/curl',
        repos: ['docker.io/curlimages/curl'],
        tags: ['*'],
        user: 'curl_user',
        uid: 100,
        gid: 101,
        name: 'curl_user',
        accounts: [{ name: 'curl_user', uid: 100, gid: 101 }],
        source: 'code-search document quoting the refusal message for curl_user',
        confidence: 'secondary',
    },
];

// EXTERNAL MODULE: ./build/images/reference.js
var reference = __webpack_require__(8794);
// EXTERNAL MODULE: ./build/images/pattern.js
var pattern = __webpack_require__(8969);
// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
;// CONCATENATED MODULE: ./build/images/base-images.js
/**
 * Looks up what a well-known image runs as. The Dockerfile model asks this for the
 * "effective user from the base image"; the scanner asks it for images that are not
 * built in the repository. An image with no entry gets undefined, never a guess.
 */




/** The kubelet's reading of an image user (only the part before `:` counts). */
function runAsNonRootVerdict(user) {
    const u = user.split(':')[0];
    if (u === '')
        return 'refused-root';
    if (!/^[0-9]+$/.test(u))
        return 'refused-name';
    return Number(u) === 0 ? 'refused-root' : 'ok';
}
// Registries that serve Docker Hub's official images under another name.
const OFFICIAL_MIRRORS = [
    ['public.ecr.aws/docker/library/', 'docker.io/library/'],
    ['mirror.gcr.io/library/', 'docker.io/library/'],
    ['registry-1.docker.io/', 'docker.io/'],
];
function canonicalRepo(repo) {
    for (const [from, to] of OFFICIAL_MIRRORS) {
        if (repo.startsWith(from))
            return to + repo.slice(from.length);
    }
    return repo;
}
function globRegex(glob) {
    const src = glob.replace(/[.+?^${}()|[\]\\/]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${src}$`);
}
const literalCount = (glob) => glob.replace(/\*/g, '').length;
function compile(row) {
    const exclude = (row.excludeTags ?? []).map(globRegex);
    if (Array.isArray(row.tags)) {
        const res = row.tags.map(globRegex);
        const anyTag = row.tags.includes('*');
        return {
            row,
            tag: (t) => res.some((re) => re.test(t)),
            tagSpecificity: anyTag ? 0 : (0,arrays/* minOf */._h)(row.tags.map(literalCount)),
            exclude,
            tagIndependent: anyTag && exclude.length === 0,
        };
    }
    const test = row.tags.test;
    return { row, tag: test, tagSpecificity: 1, exclude, tagIndependent: false };
}
const COMPILED = BASE_IMAGE_ROWS.map(compile);
/**
 * The rows' repository patterns: most are one repository, found by name; only the globs are
 * tested (a scan looks up hundreds of references, each against every pattern before).
 */
const BY_REPOSITORY = new Map();
const GLOBS = [];
for (const c of COMPILED) {
    for (const pattern of c.row.repos) {
        const literal = literalCount(pattern);
        if (pattern.includes('*'))
            GLOBS.push({ c, re: globRegex(pattern), literal });
        else
            BY_REPOSITORY.set(pattern, [...(BY_REPOSITORY.get(pattern) ?? []), { c, literal }]);
    }
}
/**
 * Each row with a pattern matching the repository, in the table's order, scored by the most
 * literal characters among its matching patterns.
 */
function rowsForRepository(repo) {
    const scores = new Map();
    const add = (c, literal) => {
        if (literal > (scores.get(c) ?? -1))
            scores.set(c, literal);
    };
    for (const { c, literal } of BY_REPOSITORY.get(repo) ?? [])
        add(c, literal);
    for (const { c, re, literal } of GLOBS)
        if (re.test(repo))
            add(c, literal);
    if (scores.size === 0)
        return [];
    return COMPILED.filter((c) => scores.has(c)).map((c) => ({ c, score: scores.get(c) }));
}
/** The most specific row for a repository and tag (undefined tag: digest-only reference). */
function findRow(repo, tag) {
    const forRepo = rowsForRepository(repo);
    if (forRepo.length === 0)
        return undefined;
    if (tag === undefined) {
        // Without a tag only a row that holds for every tag of the repository applies.
        const only = forRepo.length === 1 ? forRepo[0].c : undefined;
        return only && only.tagIndependent && !only.row.unknown ? only.row : undefined;
    }
    let best;
    for (const x of forRepo) {
        if (!x.c.tag(tag) || x.c.exclude.some((re) => re.test(tag)))
            continue;
        if (!best ||
            x.c.tagSpecificity > best.c.tagSpecificity ||
            (x.c.tagSpecificity === best.c.tagSpecificity && x.score > best.score)) {
            best = x;
        }
    }
    if (!best || best.c.row.unknown)
        return undefined;
    return best.c.row;
}
function toFact(row, image) {
    const fact = {
        row: row.row,
        family: row.family,
        image,
        user: row.user,
        runAsNonRoot: runAsNonRootVerdict(row.user),
        accounts: row.accounts,
        hasPasswd: row.hasPasswd ?? true,
        source: row.source,
        confidence: row.confidence,
    };
    if (row.uid !== undefined)
        fact.uid = row.uid;
    if (row.gid !== undefined)
        fact.gid = row.gid;
    if (row.name !== undefined)
        fact.name = row.name;
    if (row.env)
        fact.env = row.env;
    if (row.ports)
        fact.ports = row.ports;
    if (row.volumes)
        fact.volumes = row.volumes;
    if (row.dropsTo)
        fact.dropsTo = row.dropsTo;
    if (row.fileCapabilities)
        fact.fileCapabilities = row.fileCapabilities;
    if (row.notes)
        fact.notes = row.notes;
    return fact;
}
// Stand-ins for a tag that is still a variable: a fact is returned only when every one
// of them leads to the same row, so `node:${V}-alpine` is known and `node:${V}` is not.
const TAG_SAMPLES = [
    '1',
    '22',
    '3.12.1',
    'lts',
    'latest',
    'alpine',
    'slim',
    'bookworm',
    'noble',
    'jammy',
    '22.04',
    'nonroot',
    'debug',
    'debug-nonroot',
    'chiseled',
    'noble-chiseled',
    'distroless',
    'dev',
    'latest-dev',
    'windowsservercore',
];
function lookupTemplatedTag(repo, tagTemplate) {
    let found;
    for (const sample of TAG_SAMPLES) {
        const tag = tagTemplate.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\$\([^)]*\)/g, sample);
        const row = findRow(repo, tag);
        if (!row || (found && row !== found))
            return undefined;
        found = row;
    }
    return found;
}
/**
 * Facts for an image reference (`node:22-alpine`, `gcr.io/distroless/static:nonroot`,
 * `postgres@sha256:\u2026`). A tag that still holds `${VAR}` gets a fact only when the fact
 * does not depend on the variable.
 */
function lookupBaseImage(text) {
    const parsed = (0,pattern/* parseImageRef */.Q)(text);
    if (parsed.kind === 'invalid' || parsed.kind === 'pattern')
        return undefined;
    const ref = parsed.ref;
    const repo = canonicalRepo((0,reference/* repositoryOf */._M)(ref));
    if (parsed.templated) {
        const tagText = /:([^@/]*)(?:@.*)?$/.exec(text.slice(text.lastIndexOf('/') + 1))?.[1];
        const row = tagText === undefined
            ? findRow(repo, ref.digest ? undefined : 'latest')
            : lookupTemplatedTag(repo, tagText);
        return row ? toFact(row, tagText === undefined ? repo : `${repo}:${tagText}`) : undefined;
    }
    const tag = (0,reference/* effectiveTag */.yr)(ref);
    const row = findRow(repo, tag);
    if (!row)
        return undefined;
    return toFact(row, tag !== undefined ? `${repo}:${tag}` : `${repo}@${ref.digest}`);
}
/** `lookupBaseImage` typed as the parameter the Dockerfile model takes. */
const baseImageLookup = lookupBaseImage;


/***/ }),

/***/ 4768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g4: () => (/* binding */ collectLinks)
});

// UNUSED EXPORTS: LinkIndex, placeholderName

// EXTERNAL MODULE: ./build/images/base-images.js + 1 modules
var base_images = __webpack_require__(7420);
// EXTERNAL MODULE: ./build/images/pattern.js
var pattern = __webpack_require__(8969);
// EXTERNAL MODULE: ./build/images/reference.js
var reference = __webpack_require__(8794);
// EXTERNAL MODULE: ./build/images/template.js
var template = __webpack_require__(6953);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/images/links/paths.js
/** Paths relative to the scanned root, always with forward slashes. */

/**
 * Joins `base` and `p` (relative to the root) and normalises. Returns undefined when the
 * result leaves the root or `p` is absolute: such a path cannot name a file we scanned.
 */
function joinRel(base, p) {
    if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p))
        return undefined;
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(base || '.', p.replace(/\\/g, '/')));
    const trimmed = joined.replace(/\/+$/, '') || '.';
    if (trimmed === '..' || trimmed.startsWith('../'))
        return undefined;
    return trimmed === '' ? '.' : trimmed.replace(/^\.\//, '');
}
function dirOf(rel) {
    const d = external_node_path_.posix.dirname(rel);
    return d === '' ? '.' : d;
}
function baseOf(rel) {
    return external_node_path_.posix.basename(rel);
}
/** True for build contexts that are not local folders (git URLs, tarballs, stdin). */
function isRemoteContext(ctx) {
    return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i.test(ctx) || ctx === '-';
}

;// CONCATENATED MODULE: ./build/images/links/collector.js



class Collector {
    input;
    holes = new template/* HoleTable */.nN();
    candidates = [];
    problems = [];
    known;
    existsCache = new Map();
    /** Dockerfiles found by reading that discovery did not list (a `-f` to an unusual name). */
    extraDockerfiles = new Set();
    /** What the same files say about running containers (not links; the container views read them). */
    composeProjects = [];
    containerCommands = [];
    jobContainers = [];
    constructor(input) {
        this.input = input;
        this.known = new Set(input.files.dockerfiles);
    }
    get dockerfiles() {
        return this.input.files.dockerfiles;
    }
    /** The file's text, or undefined with a problem when it cannot be read. */
    read(rel) {
        try {
            return this.input.readFile(rel);
        }
        catch (e) {
            this.problem('warning', 'read-error', `cannot read ${rel}: ${e.message}`, {
                file: rel,
                startLine: 1,
                startColumn: 1,
                endLine: 1,
                endColumn: 1,
            });
            return undefined;
        }
    }
    exists(rel) {
        if (this.known.has(rel))
            return true;
        let hit = this.existsCache.get(rel);
        if (hit === undefined) {
            try {
                this.input.readFile(rel);
                hit = true;
            }
            catch {
                hit = false;
            }
            this.existsCache.set(rel, hit);
        }
        return hit;
    }
    problemKeys = new Set();
    /** Records a problem once (matrix legs and repeated tags would repeat it). */
    problem(level, code, message, range) {
        const key = `${code}\u0000${range.file}:${range.startLine}:${range.startColumn}\u0000${message}`;
        if (this.problemKeys.has(key))
            return;
        this.problemKeys.add(key);
        this.problems.push({ level, code, message, range });
    }
    /**
     * Reports the first problem of a YAML document that cannot be used (the evidence in it is
     * skipped); false when the document has none.
     */
    yamlProblem(rel, doc) {
        const p = doc.problems[0];
        if (!p)
            return false;
        this.problem('warning', 'yaml-error', `${rel}: ${p.message}`, p.range);
        return true;
    }
    display(text) {
        return (0,template/* displayText */.WV)(text, this.holes);
    }
    /**
     * A name with variables is kept when something pins it down: a literal registry host,
     * literal text in its last component, or a variable it shares with the Dockerfile path
     * (the path must then exist for the value the image name gives it).
     */
    specificEnough(p, dockerfile) {
        if (p.domain)
            return true;
        const last = p.display.slice(p.display.lastIndexOf('/') + 1).replace(/\$\{[^}]*\}/g, '');
        if (p.lastComponentLiteral || /[a-z0-9]/.test(last.split(':')[0]))
            return true;
        const inPath = new Set((0,template/* splitTemplate */.LL)(dockerfile, this.holes)
            .filter((x) => typeof x !== 'string')
            .map((h) => h.expr));
        return p.holes.some((h) => inPath.has(h.expr));
    }
    /** Records one image built from one Dockerfile. */
    add(spec) {
        const lazy = spec.imageRange;
        let cached = typeof lazy === 'function' ? undefined : lazy;
        const rangeNow = () => (cached ??= lazy());
        const parsed = (0,pattern/* parseImageRef */.Q)(spec.image, this.holes);
        const shown = this.display(spec.image);
        if (parsed.kind === 'invalid') {
            this.problem('warning', 'image-invalid', `"${shown}" is not a valid image name: ${parsed.error}`, rangeNow());
            return;
        }
        if (parsed.kind === 'pattern' && !this.specificEnough(parsed.pattern, spec.dockerfile)) {
            this.problem('note', 'unresolved', `the image name "${shown}" could not be resolved, so it cannot be matched to a workload; name it in the images: list of .kube-whoami.yaml`, rangeNow());
            return;
        }
        const dockerfile = joinRel('.', spec.dockerfile);
        const context = joinRel('.', spec.context);
        if (dockerfile === undefined || context === undefined) {
            this.problem('warning', 'outside-root', `the build of "${shown}" names a Dockerfile or context outside the scanned folder (${this.display(spec.dockerfile)})`, rangeNow());
            return;
        }
        if (!(0,template/* hasEncodedHoles */.GF)(dockerfile)) {
            if (!this.exists(dockerfile)) {
                this.problem('warning', 'dockerfile-missing', `"${shown}" is built from ${dockerfile}, which does not exist`, rangeNow());
                return;
            }
            if (!this.known.has(dockerfile))
                this.extraDockerfiles.add(dockerfile);
        }
        const buildArgs = {};
        const unresolved = [];
        const entries = spec.buildArgs instanceof Map ? [...spec.buildArgs] : Object.entries(spec.buildArgs ?? {});
        for (const [k, v] of entries) {
            if (v === undefined || (0,template/* hasEncodedHoles */.GF)(v))
                unresolved.push(k);
            else
                buildArgs[k] = v;
        }
        const tags = new Set(spec.extraTags ?? []);
        if (parsed.kind === 'reference' && parsed.ref.tag !== undefined)
            tags.add(parsed.ref.tag);
        if (parsed.kind === 'pattern' && parsed.pattern.tag !== undefined)
            tags.add(parsed.pattern.tag);
        const tagPattern = parsed.kind === 'reference' ? parsed.tagPattern : parsed.pattern.tagPattern;
        const c = {
            image: parsed,
            imageDisplay: shown,
            tags: [...tags],
            tagPatterns: tagPattern ? [tagPattern] : [],
            dockerfile,
            context,
            buildArgs,
            unresolvedBuildArgs: unresolved,
            evidence: {
                kind: spec.kind,
                detail: spec.detail,
                // Most candidates never become a reported link; their range is computed on first use.
                get range() {
                    return rangeNow();
                },
            },
        };
        if (spec.target !== undefined && spec.target !== '')
            c.target = spec.target;
        if (spec.variant !== undefined)
            c.variant = spec.variant;
        if (spec.group !== undefined)
            c.group = spec.group;
        if (spec.lowConfidence)
            c.lowConfidence = true;
        this.candidates.push(c);
    }
}

// EXTERNAL MODULE: ./build/docker/compose/interpolate.js
var interpolate = __webpack_require__(8841);
;// CONCATENATED MODULE: ./build/images/links/line-index.js
/** Offsets of line starts in a file, to turn [start, end) offsets into 1-based ranges. */
class LineIndex {
    file;
    text;
    starts = [0];
    constructor(file, text) {
        this.file = file;
        this.text = text;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** 0-based line of an offset. */
    lineOf(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    lineStart(line) {
        return this.starts[line] ?? this.text.length;
    }
    range(start, end) {
        const sl = this.lineOf(start);
        const el = end > start ? this.lineOf(end - 1) : sl;
        return {
            file: this.file,
            startLine: sl + 1,
            startColumn: start - this.starts[sl] + 1,
            endLine: el + 1,
            endColumn: end > start ? end - this.starts[el] + 1 : start - this.starts[sl] + 1,
        };
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/images/links/yaml-access.js
/**
 * Reading build files (workflows, compose, skaffold) through the project's YAML reader
 * (src/yaml/read.ts) with exact positions. Scalars are read as the text written, so a
 * build argument `1.10` stays `1.10`; positions inside block scalars (`run: |`) map back
 * to the file's own lines.
 */

class YamlView {
    doc;
    lines;
    blocks = new WeakMap();
    constructor(doc, lines) {
        this.doc = doc;
        this.lines = lines;
    }
    get file() {
        return this.doc.file;
    }
    /**
     * The node at `path`, following aliases (`build: *defaults`) and merge keys; a key
     * written in the mapping itself wins over merged ones, and the last duplicate wins.
     */
    node(path) {
        return this.locate(path)?.node;
    }
    locate(path) {
        let node = this.doc.doc.contents;
        let pair;
        for (const step of path) {
            node = this.deref(node);
            pair = undefined;
            if ((0,dist/* isMap */.jh)(node)) {
                pair = this.findPair(node, String(step), 0);
                if (!pair)
                    return undefined;
                node = pair.value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof step === 'number') {
                node = node.items[step];
                if (node === undefined)
                    return undefined;
            }
            else
                return undefined;
        }
        return { node: (this.deref(node) ?? undefined), pair };
    }
    deref(n) {
        return (0,dist/* isAlias */.Vj)(n) ? n.resolve(this.doc.doc) : n;
    }
    findPair(map, key, depth) {
        const index = pairIndex(map);
        const found = index.byKey.get(key);
        if (found || depth > 10)
            return found;
        for (const p of index.merges) {
            const sources = (0,dist/* isSeq */.oP)(p.value) ? p.value.items : [p.value];
            for (const src of sources) {
                const m = this.deref(src);
                if ((0,dist/* isMap */.jh)(m)) {
                    const hit = this.findPair(m, key, depth + 1);
                    if (hit)
                        return hit;
                }
            }
        }
        return undefined;
    }
    isMap(path) {
        return (0,dist/* isMap */.jh)(this.node(path));
    }
    isSeq(path) {
        return (0,dist/* isSeq */.oP)(this.node(path));
    }
    /** Scalar text as written (without quotes), or undefined for non-scalars and null. */
    str(path) {
        const n = this.node(path);
        if (!(0,dist/* isScalar */.jn)(n) || n.value === null)
            return undefined;
        if (typeof n.value === 'string')
            return n.value;
        return typeof n.source === 'string' ? n.source : String(n.value);
    }
    /** Keys of the mapping at `path`, including those brought in by merge keys (`<<: *base`). */
    keys(path) {
        const out = new Set();
        const visit = (n, depth) => {
            if (!(0,dist/* isMap */.jh)(n) || depth > 10)
                return;
            for (const p of n.items) {
                if (!(0,dist/* isScalar */.jn)(p.key))
                    continue;
                const k = p.key.value;
                if (typeof k === 'symbol' || k === '<<') {
                    const sources = (0,dist/* isSeq */.oP)(p.value) ? p.value.items : [p.value];
                    for (const src of sources)
                        visit((0,dist/* isAlias */.Vj)(src) ? src.resolve(this.doc.doc) : src, depth + 1);
                }
                else if (k !== null && k !== undefined)
                    out.add(String(k));
            }
        };
        visit(this.node(path), 0);
        return [...out];
    }
    length(path) {
        const n = this.node(path);
        return (0,dist/* isSeq */.oP)(n) ? n.items.length : 0;
    }
    /** A string map (`env:`, `args:`), values as written; lists of `K=V` are accepted too. */
    stringMap(path) {
        const out = new Map();
        if (this.isMap(path)) {
            for (const k of this.keys(path))
                out.set(k, this.str([...path, k]));
        }
        else if (this.isSeq(path)) {
            for (let i = 0; i < this.length(path); i++) {
                const item = this.str([...path, i]);
                if (item === undefined)
                    continue;
                const eq = item.indexOf('=');
                if (eq > 0)
                    out.set(item.slice(0, eq), item.slice(eq + 1));
                else
                    out.set(item, undefined);
            }
        }
        return out;
    }
    /** Range of the value (or key, or both) at `path`; through an alias, the aliased text. */
    range(path, part = 'value') {
        const hit = this.locate(path);
        const key = hit?.pair?.key;
        const value = hit?.node;
        const start = part === 'value' ? value?.range?.[0] : (key?.range?.[0] ?? value?.range?.[0]);
        const end = part === 'key'
            ? (key?.range?.[1] ?? value?.range?.[1])
            : (value?.range?.[1] ?? key?.range?.[1]);
        if (start === undefined || end === undefined)
            return this.doc.contentRange;
        return this.lines.range(start, Math.max(start, end));
    }
    /**
     * The range of [start, end) offsets inside the value of the scalar at `path`. Literal
     * block scalars map line by line; other scalars map by offset from their start when the
     * text was written on one line, else to the whole scalar.
     */
    innerRange(path, start, end) {
        const n = this.node(path);
        if (!(0,dist/* isScalar */.jn)(n) || !n.range || typeof n.value !== 'string')
            return this.range(path);
        const mapped = this.mapOffset(n, n.value, start);
        const mappedEnd = this.mapOffset(n, n.value, Math.max(start, end - 1));
        if (mapped === undefined || mappedEnd === undefined)
            return this.range(path);
        return this.lines.range(mapped, mappedEnd + 1);
    }
    mapOffset(n, value, off) {
        const [nodeStart, valueEnd] = n.range;
        const src = this.lines.text;
        if (n.type === 'BLOCK_LITERAL') {
            const block = this.blockLayout(n, value);
            if (!block)
                return undefined;
            let lineNo = 0;
            let lineStartOff = 0;
            for (let k = value.indexOf('\n'); k !== -1 && k < off; k = value.indexOf('\n', k + 1)) {
                lineNo++;
                lineStartOff = k + 1;
            }
            return this.lines.lineStart(block.header + 1 + lineNo) + block.indent + (off - lineStartOff);
        }
        const raw = src.slice(nodeStart, valueEnd);
        if (raw.includes('\n'))
            return undefined;
        const quoted = n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE';
        if (quoted && raw.length - 2 !== value.length)
            return undefined;
        return nodeStart + (quoted ? 1 : 0) + off;
    }
    /** Header line and indentation of a literal block scalar: a source line ends with its value line. */
    blockLayout(n, value) {
        let layout = this.blocks.get(n);
        if (layout === undefined) {
            layout = null;
            const header = this.lines.lineOf(n.range[0]);
            const valueLines = value.split('\n');
            for (let k = 0; k < valueLines.length; k++) {
                if (!valueLines[k])
                    continue;
                const s = this.lineText(header + 1 + k);
                if (s.endsWith(valueLines[k]))
                    layout = { header, indent: s.length - valueLines[k].length };
                break;
            }
            this.blocks.set(n, layout);
        }
        return layout ?? undefined;
    }
    lineText(line) {
        const s = this.lines.lineStart(line);
        const e = this.lines.text.indexOf('\n', s);
        return this.lines.text.slice(s, e < 0 ? this.lines.text.length : e).replace(/\r$/, '');
    }
}
const indexes = new WeakMap();
/** Lookups by key in one pass over the map: a workflow of 20,000 jobs was quadratic. */
function pairIndex(map) {
    let index = indexes.get(map);
    if (index)
        return index;
    index = { byKey: new Map(), merges: [] };
    for (const p of map.items) {
        if (!(0,dist/* isScalar */.jn)(p.key))
            continue;
        if (typeof p.key.value === 'symbol' || p.key.value === '<<')
            index.merges.push(p);
        else
            index.byKey.set(String(p.key.value), p);
    }
    indexes.set(map, index);
    return index;
}

// EXTERNAL MODULE: ./build/yaml/read.js
var read = __webpack_require__(1908);
;// CONCATENATED MODULE: ./build/docker/compose/project.js





const MAX_EXTENDS_DEPTH = 16;
/** Base file of an override file (`compose.override.yaml` \u2192 `compose.yaml`), by name. */
function overrideBase(rel, all) {
    const m = /^(.*)\.override(\.ya?ml)$/.exec(rel);
    if (!m)
        return undefined;
    for (const ext of [m[2], '.yml', '.yaml'])
        if (all.has(m[1] + ext))
            return m[1] + ext;
    return undefined;
}
/** Every project of the discovered compose files (override files join their base file's). */
function loadComposeProjects(files, io, root) {
    const loader = new Loader(io);
    const all = new Set(files);
    const overridesOf = new Map();
    for (const rel of files) {
        const base = overrideBase(rel, all);
        if (base)
            overridesOf.set(base, [...(overridesOf.get(base) ?? []), rel]);
    }
    const projects = [];
    for (const rel of files) {
        if (overrideBase(rel, all))
            continue;
        const dir = dirOf(rel);
        const env = loader.envFor(dir);
        const projectFiles = [rel, ...(overridesOf.get(rel) ?? [])];
        const views = projectFiles
            .map((f) => ({ file: f, view: loader.view(f) }))
            .filter((x) => x.view !== undefined);
        if (!views.length)
            continue;
        const interp = (s) => s === undefined ? undefined : (0,interpolate/* composeInterpolate */.C)(s, env, io.holes);
        const named = views
            .map((v) => interp(v.view.str(['name'])))
            .filter((p) => p !== undefined)
            .pop();
        const project = {
            file: rel,
            files: views.map((v) => v.file),
            dir,
            name: (env.get('COMPOSE_PROJECT_NAME') || named || baseOf(dir === '.' ? root : dir))
                .toLowerCase()
                .replace(/[^a-z0-9_-]/g, ''),
            env,
            services: [],
        };
        const names = [];
        for (const { view } of views)
            for (const name of view.keys(['services']))
                if (!names.includes(name))
                    names.push(name);
        for (const name of names) {
            const own = views
                .filter(({ view }) => view.isMap(['services', name]))
                .map(({ file, view }) => ({ file, view, path: ['services', name] }));
            if (!own.length)
                continue;
            const withExtends = [...own].reverse().find((l) => l.view.node([...l.path, 'extends']));
            const inherited = withExtends
                ? loader.extended(withExtends, env, [`${withExtends.file}#${name}`])
                : [];
            project.services.push({
                name,
                project,
                layers: [...inherited, ...own],
                keyRange: own[0].view.range(own[0].path, 'key'),
            });
        }
        projects.push(project);
    }
    return projects;
}
class Loader {
    io;
    views = new Map();
    envs = new Map();
    constructor(io) {
        this.io = io;
    }
    envFor(dir) {
        let env = this.envs.get(dir);
        if (!env) {
            const dotenv = joinRel(dir, '.env');
            const text = dotenv && this.io.exists(dotenv) ? this.io.read(dotenv) : undefined;
            env = text === undefined ? new Map() : (0,interpolate/* parseDotEnv */.i)(text);
            this.envs.set(dir, env);
        }
        return env;
    }
    /** A compose file's first document, or undefined (with a problem) when it cannot be used. */
    view(rel) {
        if (this.views.has(rel))
            return this.views.get(rel);
        let view;
        const text = this.io.read(rel);
        if (text !== undefined) {
            const doc = (0,read/* readYaml */.gM)(text, rel).documents.find((d) => !d.isEmpty);
            const p = doc?.problems[0];
            if (p)
                this.io.problem('warning', 'yaml-error', `${rel}: ${p.message}`, p.range);
            else if (doc)
                view = new YamlView(doc, new LineIndex(rel, text));
        }
        this.views.set(rel, view);
        return view;
    }
    /**
     * The layers a service inherits through `extends` (`extends: name`, or `{service, file}`
     * with `file` relative to the file that says so), deepest first.
     */
    extended(layer, env, chain) {
        const v = layer.view;
        const at = [...layer.path, 'extends'];
        const interp = (s) => s === undefined ? undefined : (0,interpolate/* composeInterpolate */.C)(s, env, this.io.holes);
        const service = interp(v.str(at) ?? v.str([...at, 'service']));
        const fileText = interp(v.str([...at, 'file']));
        const range = v.range(at, 'pair');
        if (!service) {
            this.io.problem('warning', 'compose-extends', `${layer.file}: extends needs a service name; the service is read without what it extends`, range);
            return [];
        }
        let file = layer.file;
        if (fileText !== undefined) {
            const rel = joinRel(dirOf(layer.file), fileText);
            if (rel === undefined || !this.io.exists(rel)) {
                this.io.problem('warning', 'compose-extends', `${layer.file}: extends names ${fileText}, which ${rel === undefined ? 'is outside the scanned folder' : 'does not exist'}; the service is read without what it extends`, range);
                return [];
            }
            file = rel;
        }
        const key = `${file}#${service}`;
        if (chain.includes(key) || chain.length > MAX_EXTENDS_DEPTH) {
            this.io.problem('warning', 'compose-extends', `${layer.file}: extends makes a cycle (${[...chain, key].join(' \u2192 ')}); Compose refuses it`, range);
            return [];
        }
        const view = file === layer.file ? v : this.view(file);
        if (!view)
            return [];
        const path = ['services', service];
        if (!view.isMap(path)) {
            this.io.problem('warning', 'compose-extends', `${layer.file}: extends names service ${service}, which ${file} does not define; Compose refuses it`, range);
            return [];
        }
        const base = { file, view, path };
        const deeper = view.node([...path, 'extends']) ? this.extended(base, env, [...chain, key]) : [];
        return [...deeper, base];
    }
}

// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
;// CONCATENATED MODULE: ./build/images/links/compose.js





function collectCompose(files, col) {
    const projects = loadComposeProjects(files, {
        read: (rel) => col.read(rel),
        exists: (rel) => col.exists(rel),
        problem: (level, code, message, range) => col.problem(level, code, message, range),
        holes: col.holes,
    }, col.input.root);
    (0,arrays/* pushAll */.iI)(col.composeProjects, projects);
    for (const project of projects) {
        for (const service of project.services)
            addService(col, project, service);
    }
}
function lastWith(service, key) {
    return [...service.layers].reverse().find((l) => l.view.node([...l.path, key]) !== undefined);
}
function readBuild(layer, interp, env) {
    const v = layer.view;
    const b = [...layer.path, 'build'];
    const dir = dirOf(layer.file);
    const asString = v.str(b);
    if (asString !== undefined)
        return {
            context: interp(asString) ?? '.',
            args: new Map(),
            inline: false,
            range: v.range(b),
            dir,
        };
    if (!v.isMap(b))
        return undefined;
    const args = new Map();
    for (const [k, val] of v.stringMap([...b, 'args']))
        args.set(k, val === undefined ? env.get(k) : interp(val));
    return {
        context: interp(v.str([...b, 'context'])) ?? '.',
        dockerfile: interp(v.str([...b, 'dockerfile'])),
        target: interp(v.str([...b, 'target'])),
        args,
        inline: v.str([...b, 'dockerfile_inline']) !== undefined,
        range: v.range(b, 'key'),
        dir,
    };
}
function addService(col, project, service) {
    const interp = (s) => s === undefined ? undefined : (0,interpolate/* composeInterpolate */.C)(s, project.env, col.holes);
    const buildLayer = lastWith(service, 'build');
    const build = buildLayer && readBuild(buildLayer, interp, project.env);
    if (!build || build.inline)
        return;
    const imageLayer = lastWith(service, 'image');
    const imageText = imageLayer && interp(imageLayer.view.str([...imageLayer.path, 'image']));
    const image = imageLayer && imageText !== undefined
        ? { text: imageText, range: imageLayer.view.range([...imageLayer.path, 'image']) }
        : undefined;
    const from = [
        ...new Set(service.layers
            .filter((l) => l.view.node([...l.path, 'build']) !== undefined ||
            l.view.node([...l.path, 'image']) !== undefined)
            .map((l) => l.file)),
    ];
    const name = service.name;
    if (isRemoteContext(build.context))
        return;
    const context = joinRel(build.dir, build.context);
    if (context === undefined) {
        col.problem('warning', 'outside-root', `${project.file} service ${name} builds from a context outside the scanned folder`, build.range);
        return;
    }
    const df = joinRel(context, build.dockerfile ?? 'Dockerfile') ?? build.dockerfile ?? 'Dockerfile';
    const tag = image?.text ?? `${project.name}-${name}`;
    const files = from.length ? from.join(' + ') : project.file;
    col.add({
        image: tag,
        imageRange: image?.range ?? service.keyRange,
        dockerfile: df,
        context,
        target: build.target,
        buildArgs: build.args,
        kind: 'compose',
        detail: image
            ? `${files} service ${name} builds ${col.display(tag)} from ${col.display(df)}`
            : `${files} service ${name} builds ${col.display(df)} with no image: name, so Compose tags it ${tag}`,
        lowConfidence: !image,
    });
}

;// CONCATENATED MODULE: ./build/images/links/config.js
/**
 * Links stated in `.kube-whoami.yaml` (`images:`). They are the user's answer to an
 * ambiguity, so they win over every other source; the entries are checked here
 * (valid image name, existing Dockerfile) and problems point at the entry.
 */


function collectConfig(entries, col) {
    for (const e of entries) {
        const parsed = (0,reference/* parseReference */.F2)(e.image);
        if (!parsed.ok) {
            col.problem('error', 'image-invalid', `images: "${e.image}" is not a valid image name: ${parsed.error}`, e.range);
            continue;
        }
        const dockerfile = joinRel('.', e.dockerfile);
        const at = e.dockerfileRange ?? e.range;
        if (dockerfile === undefined) {
            col.problem('error', 'outside-root', `images: ${e.dockerfile} is outside the scanned folder`, at);
            continue;
        }
        if (!col.exists(dockerfile)) {
            col.problem('error', 'dockerfile-missing', `images: ${e.dockerfile} does not exist`, at);
            continue;
        }
        const context = e.context !== undefined ? joinRel('.', e.context) : dirOf(dockerfile);
        if (context === undefined) {
            col.problem('error', 'outside-root', `images: context ${e.context} is outside the scanned folder`, e.range);
            continue;
        }
        col.add({
            image: e.image,
            imageRange: e.range,
            dockerfile,
            context,
            target: e.target,
            buildArgs: e.args,
            kind: 'config',
            detail: `the images: entry for ${e.image} in the configuration builds it from ${dockerfile}`,
        });
    }
}

// EXTERNAL MODULE: ./build/core/range.js
var range = __webpack_require__(3399);
;// CONCATENATED MODULE: ./build/images/links/heuristics.js
/**
 * Links without explicit evidence, always low confidence: a Dockerfile in a folder named
 * like the image (`ghcr.io/acme/api` \u2190 `services/api/Dockerfile`, `api.Dockerfile`,
 * `Dockerfile.api`), and the repository with a single Dockerfile and a single deployed
 * image that nothing else explains.
 */


// Folders that hold a service's Dockerfile without being named for the service.
const GENERIC_DIRS = new Set([
    'docker',
    'build',
    'deploy',
    'container',
    'containers',
    '.docker',
    'image',
    'images',
]);
const PLAIN = new Set(['Dockerfile', 'Containerfile', 'dockerfile', 'containerfile']);
/** Dockerfiles whose folder or file name is the image's last path component. */
function byName(repo, dockerfiles) {
    const name = repo.slice(repo.lastIndexOf('/') + 1);
    const named = new Set([
        `${name}.Dockerfile`,
        `${name}.dockerfile`,
        `Dockerfile.${name}`,
        `Containerfile.${name}`,
        `${name}.Containerfile`,
    ]);
    const hits = [];
    for (const df of dockerfiles) {
        const file = baseOf(df);
        const dir = dirOf(df);
        const folder = dir === '.' ? '' : baseOf(dir);
        if (named.has(file))
            hits.push({ df, why: `its file name is ${file}` });
        else if (PLAIN.has(file) && folder === name)
            hits.push({ df, why: `it is in a folder named ${name}` });
        else if (PLAIN.has(file) &&
            GENERIC_DIRS.has(folder) &&
            dir.includes('/') &&
            baseOf(dirOf(dir)) === name) {
            hits.push({ df, why: `it is in ${dir}, under a folder named ${name}` });
        }
    }
    return hits.map(({ df, why }) => ({
        image: repo,
        dockerfile: df,
        context: dirOf(df),
        evidence: {
            kind: 'heuristic-name',
            range: (0,range/* fileStart */.NY)(df),
            detail: `nothing in the repository says which Dockerfile builds ${repo}; ${df} is assumed because ${why}`,
        },
        confidence: 'low',
    }));
}
/** The lone Dockerfile, for the lone deployed image nothing else explains. */
function single(repo, dockerfile) {
    return {
        image: repo,
        dockerfile,
        context: dirOf(dockerfile),
        evidence: {
            kind: 'heuristic-single',
            range: (0,range/* fileStart */.NY)(dockerfile),
            detail: `${dockerfile} is the repository's only Dockerfile and ${repo} the only deployed image without another source, so one is assumed to build the other`,
        },
        confidence: 'low',
    };
}
/**
 * A folder named like the image that holds no Dockerfile of its own, beside a Dockerfile in
 * its parent folder: the shared Dockerfile its apps are built with (`tests/apps/actorapp/`
 * and `tests/apps/Dockerfile`, built once per app folder as the context).
 */
function sharedByParent(repo, isFolder, dockerfiles) {
    const name = repo.slice(repo.lastIndexOf('/') + 1);
    const withDockerfile = new Set(dockerfiles.map(dirOf));
    const shared = new Map();
    for (const d of dockerfiles) {
        if (!PLAIN.has(baseOf(d)))
            continue;
        shared.set(dirOf(d), [...(shared.get(dirOf(d)) ?? []), d]);
    }
    const hits = [];
    for (const [parent, files] of shared) {
        const dir = parent === '.' ? name : `${parent}/${name}`;
        if (files.length !== 1 || withDockerfile.has(dir) || !isFolder(dir))
            continue;
        hits.push({
            image: repo,
            dockerfile: files[0],
            context: dir,
            evidence: {
                kind: 'heuristic-name',
                range: (0,range/* fileStart */.NY)(files[0]),
                detail: `nothing in the repository says which Dockerfile builds ${repo}; ${files[0]} is assumed because ${dir}/ holds no Dockerfile and ${files[0]} is the one its parent folder shares`,
            },
            confidence: 'low',
        });
    }
    return hits;
}

// EXTERNAL MODULE: ./build/core/linear-regex.js
var linear_regex = __webpack_require__(235);
;// CONCATENATED MODULE: ./build/images/links/build-command.js

// Options that take a value as the next argument (docker build/buildx, podman, buildah, nerdctl).
const VALUE_FLAGS = new Set([
    '-t',
    '--tag',
    '-f',
    '--file',
    '--target',
    '--build-arg',
    '--build-arg-file',
    '--platform',
    '--label',
    '--label-file',
    '--cache-from',
    '--cache-to',
    '--iidfile',
    '--metadata-file',
    '-o',
    '--output',
    '--progress',
    '--secret',
    '--ssh',
    '--network',
    '--add-host',
    '--allow',
    '--annotation',
    '--attest',
    '--build-context',
    '--builder',
    '--call',
    '--cgroup-parent',
    '--cpu-period',
    '--cpu-quota',
    '-c',
    '--cpu-shares',
    '--cpuset-cpus',
    '--cpuset-mems',
    '--isolation',
    '-m',
    '--memory',
    '--memory-swap',
    '--no-cache-filter',
    '--provenance',
    '--sbom',
    '--security-opt',
    '--shm-size',
    '--ulimit',
    '--userns',
    '-v',
    '--volume',
    '--format',
    '--jobs',
    '--arch',
    '--os',
    '--variant',
    '--authfile',
    '--cert-dir',
    '--creds',
    '--decryption-key',
    '--env',
    '--from',
    '--ignorefile',
    '--manifest',
    '--runtime',
    '--sign-by',
    '--timestamp',
    '--unsetenv',
    '--unsetlabel',
    '--dns',
    '--dns-option',
    '--dns-search',
    '--logfile',
    '--os-feature',
    '--os-version',
    '--retry',
    '--retry-delay',
    '--group-add',
    '--cap-add',
    '--cap-drop',
    '--device',
    '--runtime-flag',
    '--source-date-epoch',
    '--cache-ttl',
    '--hooks-dir',
    '--pid',
    '--ipc',
    '--uts',
    '--cgroupns',
    '--userns-uid-map',
    '--userns-gid-map',
    '--userns-uid-map-user',
    '--userns-gid-map-group',
    '--secret-id',
]);
// Global options of the docker CLI that come before the subcommand and take a value.
const DOCKER_GLOBAL_VALUE = new Set([
    '--context',
    '-c',
    '--host',
    '-H',
    '--config',
    '--log-level',
    '-l',
    '--tlscacert',
    '--tlscert',
    '--tlskey',
]);
const WRAPPERS = new Set([
    'sudo',
    'exec',
    'time',
    'command',
    'nohup',
    'then',
    'do',
    'else',
    '{',
    '!',
]);
function toolOf(word) {
    const base = word.slice(word.lastIndexOf('/') + 1);
    if (base === 'docker' || base === 'docker.exe')
        return 'docker';
    if (base === 'podman' || base === 'podman-remote')
        return 'podman';
    if (base === 'buildah')
        return 'buildah';
    if (base === 'nerdctl')
        return 'nerdctl';
    return undefined;
}
/** Index of the subcommand: after the program and its global options (`docker -H x build`). */
function subcommandAt(fields, at) {
    let i = at + 1;
    while (i < fields.length && fields[i].text.startsWith('-')) {
        const f = fields[i].text;
        i += DOCKER_GLOBAL_VALUE.has(f) ? 2 : 1;
    }
    return i;
}
/** Index of the first argument after the build subcommand, or -1 when this is not a build. */
function buildArgsStart(fields, at, tool) {
    const i = subcommandAt(fields, at);
    const sub = fields[i]?.text;
    const sub2 = fields[i + 1]?.text;
    if (tool === 'buildah')
        return sub === 'bud' || sub === 'build' ? i + 1 : -1;
    if (sub === 'build')
        return i + 1;
    if ((sub === 'buildx' || sub === 'image' || sub === 'builder') &&
        (sub2 === 'build' || (sub === 'buildx' && sub2 === 'b'))) {
        return i + 2;
    }
    return -1;
}
/** Index of the program word, after leading assignments (`DOCKER_BUILDKIT=1`) and wrappers (`sudo`). */
function programAt(fields) {
    let at = 0;
    while (at < fields.length &&
        (WRAPPERS.has(fields[at].text) ||
            /^[A-Za-z_][A-Za-z0-9_]*=/.test(fields[at].text) ||
            fields[at].text === 'env')) {
        at++;
    }
    return at;
}
/** Recognises `run` and `create` (also under `container`) of docker, podman and nerdctl. */
function parseContainerStart(fields) {
    const at = programAt(fields);
    const first = fields[at];
    if (!first)
        return undefined;
    const tool = toolOf(first.text);
    if (!tool || tool === 'buildah')
        return undefined;
    let i = subcommandAt(fields, at);
    if (fields[i]?.text === 'container')
        i++;
    const sub = fields[i]?.text;
    if (sub !== 'run' && sub !== 'create')
        return undefined;
    return {
        tool,
        command: fields
            .slice(at, i + 1)
            .map((f) => f.text)
            .join(' '),
        argsStart: i + 1,
        programAt: at,
    };
}
/**
 * Reads a build from a command's expanded fields. Leading assignments (`DOCKER_BUILDKIT=1`)
 * and wrappers (`sudo`, `time`) are skipped. Returns undefined for any other command.
 */
function parseBuildCommand(fields) {
    const at = programAt(fields);
    const first = fields[at];
    if (!first)
        return undefined;
    const tool = toolOf(first.text);
    if (!tool)
        return undefined;
    const start = buildArgsStart(fields, at, tool);
    if (start < 0)
        return undefined;
    const inv = {
        tool,
        command: fields
            .slice(at, start)
            .map((f) => f.text)
            .join(' '),
        tags: [],
        buildArgs: new Map(),
        range: first.range,
    };
    const positional = [];
    for (let i = start; i < fields.length; i++) {
        const f = fields[i];
        const t = f.text;
        if (t === '--') {
            (0,arrays/* pushAll */.iI)(positional, fields.slice(i + 1));
            break;
        }
        if (!t.startsWith('-') || t === '-') {
            positional.push(f);
            continue;
        }
        let flag = t;
        let value;
        const eq = t.indexOf('=');
        if (t.startsWith('--') && eq > 0) {
            flag = t.slice(0, eq);
            value = { text: t.slice(eq + 1), range: f.range };
        }
        else if (!t.startsWith('--') && t.length > 2 && VALUE_FLAGS.has(t.slice(0, 2))) {
            // -tname, -fDockerfile
            flag = t.slice(0, 2);
            value = { text: t.slice(2).replace(/^=/, ''), range: f.range };
        }
        else if (VALUE_FLAGS.has(t)) {
            value = fields[i + 1];
            i++;
        }
        if (!value)
            continue;
        switch (flag) {
            case '-t':
            case '--tag':
                inv.tags.push(value);
                break;
            case '-f':
            case '--file':
                inv.file = value;
                break;
            case '--target':
                inv.target = value;
                break;
            case '--build-arg': {
                const k = value.text.indexOf('=');
                if (k > 0)
                    inv.buildArgs.set(value.text.slice(0, k), value.text.slice(k + 1));
                else if (value.text)
                    inv.buildArgs.set(value.text, undefined);
                break;
            }
        }
    }
    if (positional.length)
        inv.context = positional[positional.length - 1];
    return inv;
}

// EXTERNAL MODULE: ./build/shell/lexer.js
var shell_lexer = __webpack_require__(8499);
;// CONCATENATED MODULE: ./build/images/links/shell-expand.js


function holeFor(scope, name) {
    return scope.holes.encode(name, (0,template/* shellHoleShape */.AL)(name));
}
/** Fields being built: quoted text joins the current field, unquoted expansions split it. */
class Fields {
    out = [];
    cur = '';
    started = false;
    add(text) {
        this.cur += text;
        this.started = true;
    }
    addUnquoted(text) {
        const pieces = text.split(/[ \t\n]+/);
        pieces.forEach((p, k) => {
            if (k > 0)
                this.end();
            if (p)
                this.add(p);
        });
    }
    end() {
        if (this.started || this.cur)
            this.out.push(this.cur);
        this.cur = '';
        this.started = false;
    }
}
/** Characters that make a word more than its own text. */
const SPECIAL = /[\s'"\\$`]/;
/**
 * Expands a raw word into fields (more than one when an unquoted expansion holds spaces,
 * or when a template layer has put blanks into the word).
 */
function expandWord(raw, scope) {
    if (!SPECIAL.test(raw))
        return raw === '' ? [] : [raw];
    const fields = new Fields();
    for (const w of (0,shell_lexer/* lexWords */.fg)(raw)) {
        for (const p of w.parts) {
            const text = partText(p, scope);
            if (p.k === 'param' || p.k === 'cmdsub' || p.k === 'arith')
                fields.addUnquoted(text);
            else
                fields.add(text);
        }
        fields.end();
    }
    return fields.out;
}
/** Expands a word without splitting (assignment values, `${V:-default}` words). */
function expandText(raw, scope) {
    return expandWord(raw, scope).join(' ');
}
/** A part's expansion as one text. */
function partText(p, scope) {
    switch (p.k) {
        case 'lit':
        case 'sq':
            return p.v;
        case 'dq':
            return p.parts.map((q) => partText(q, scope)).join('');
        case 'param':
            return parameter(p, scope);
        case 'cmdsub': {
            const inner = p.src.trim();
            return scope.commandSubstitution?.(inner) ?? scope.holes.encode(`$(${inner})`, 'any');
        }
        case 'arith':
            return scope.holes.encode(p.raw, 'any');
        case 'array':
            return p.words.map((w) => w.parts.map((q) => partText(q, scope)).join('')).join(' ');
    }
}
/** `$NAME` and `${...}`. */
function parameter(p, scope) {
    const whole = () => scope.holes.encode(p.raw, 'any');
    const name = p.name;
    if (name === '' || p.op === 'length' || p.op === 'indirect')
        return whole();
    // Array elements (BASH_SOURCE[0]) are not tracked.
    if (p.index !== undefined)
        return holeFor(scope, name);
    const value = scope.lookup(name);
    if (p.op === undefined)
        return value ?? holeFor(scope, name);
    const arg = p.arg ?? '';
    const colon = p.op.startsWith(':');
    const isSet = value !== undefined && (!colon || value !== '');
    switch (colon ? p.op.slice(1) : p.op) {
        case '-':
            return isSet ? value : expandText(arg, scope);
        case '=': {
            if (isSet)
                return value;
            const v = expandText(arg, scope);
            scope.set?.(name, v);
            return v;
        }
        case '+':
            return isSet ? expandText(arg, scope) : '';
        case '?':
            return value ?? holeFor(scope, name);
        case ',,':
        case ',':
            return value !== undefined ? value.toLowerCase() : holeFor(scope, name);
        case '^^':
        case '^':
            return value !== undefined ? value.toUpperCase() : holeFor(scope, name);
        case '#':
        case '##':
            if (value !== undefined && !/[*?[]/.test(arg)) {
                const prefix = expandText(arg, scope);
                return value.startsWith(prefix) ? value.slice(prefix.length) : value;
            }
            return whole();
        case '%':
        case '%%':
            if (value !== undefined && !/[*?[]/.test(arg)) {
                const suffix = expandText(arg, scope);
                return value.endsWith(suffix) ? value.slice(0, value.length - suffix.length) : value;
            }
            return whole();
        default:
            return whole();
    }
}

;// CONCATENATED MODULE: ./build/shell/commands.js

/**
 * Splits `src` at operators (`&&`, `;`, `|`, `(`...) and newlines; here-document bodies
 * are skipped and comments dropped. Never throws: an unterminated construct ends at the
 * end of the text. Make's `$$(` and `$${` are read as one word, since the texts include
 * Makefile recipes.
 */
function splitCommands(src) {
    return splitCommandsWithErrors(src).commands;
}
/** splitCommands, with what the lexer could not read (an unterminated quote) as well. */
function splitCommandsWithErrors(src) {
    const out = [];
    let words = [];
    let redirects = [];
    let pendingRedirect;
    const flush = () => {
        if (words.length || redirects.length) {
            let start = Infinity;
            let end = -Infinity;
            for (const w of [...words, ...redirects.map((r) => r.target)]) {
                start = Math.min(start, w.start);
                end = Math.max(end, w.end);
            }
            out.push({ words, redirects, start, end });
        }
        words = [];
        redirects = [];
        pendingRedirect = undefined;
    };
    const lexer = new shell_lexer/* ShellLexer */.pm(src, { makeDollars: true });
    for (const t of lexer.tokenize()) {
        if (t.t === 'word') {
            const word = { text: src.slice(t.w.start, t.w.end), start: t.w.start, end: t.w.end };
            if (pendingRedirect)
                redirects.push({ op: pendingRedirect, target: word });
            else
                words.push(word);
            pendingRedirect = undefined;
        }
        else if (t.t === 'op' && shell_lexer/* REDIRECT_OPS */.oq.has(t.op))
            pendingRedirect = t.op;
        else
            flush();
    }
    return { commands: out, errors: lexer.errors };
}

;// CONCATENATED MODULE: ./build/images/links/shell-builds.js





/** Marks a path that is already relative to the root (`$(git rev-parse --show-toplevel)`). */
const ROOT_MARK = '\uE002';
/** Commands that write a copy (possibly edited) of one file into another. */
const COPIERS = new Set(['sed', 'cp', 'cat', 'envsubst', 'awk', 'perl', 'install']);
const DOCKERFILE_NAME = /(?:^|\/)(?:[^/]*\.)?(?:Dockerfile|Containerfile)(?:\.[^/]*)?$|\.dockerfile$/i;
const MAX_LOOP_VALUES = 32;
const LOOP_OPEN = new Set(['for', 'while', 'until', 'select']);
const STRIP = new Set(['then', 'do', 'else', 'elif', '{', '}', '!', 'fi', 'done', 'esac']);
// Matrix legs run the same `run:` text again; its split is kept for reuse.
const splitCache = new Map();
const SPLIT_CACHE_MAX = 256;
function commandsOf(text) {
    let cmds = splitCache.get(text);
    if (!cmds) {
        cmds = splitCommandsWithErrors(text);
        if (splitCache.size >= SPLIT_CACHE_MAX)
            splitCache.delete(splitCache.keys().next().value);
        splitCache.set(text, cmds);
    }
    return cmds;
}
// Bounds the work of nested literal loops (32 values, three levels deep).
const MAX_COMMANDS = 5000;
function findShellBuilds(opts) {
    const { commands, errors } = commandsOf(opts.text);
    let budget = MAX_COMMANDS;
    const vars = new Map(opts.env);
    const state = { cwds: opts.cwds.length ? [...opts.cwds] : ['.'] };
    const found = [];
    // Files the text writes from a Dockerfile, by the path as written and the working directories.
    const derived = opts.derived ?? new Map();
    const scope = {
        holes: opts.holes,
        lookup: (name) => vars.get(name),
        set: (name, value) => void vars.set(name, value),
        commandSubstitution: (inner) => commandSubstitution(inner, opts.scriptDir, state.cwds),
    };
    const pre = (raw) => (opts.preExpand ? opts.preExpand(raw) : raw);
    const fieldsOf = (words) => words.flatMap((w) => {
        // Ranges are computed only for the few words that end up as evidence.
        let range;
        const rangeOf = opts.rangeOf;
        return expandWord(pre(w.text), scope).map((text) => ({
            text,
            get range() {
                return (range ??= rangeOf(w.start, w.end));
            },
        }));
    });
    const run = (cmds, depth) => {
        for (let k = 0; k < cmds.length; k++) {
            if (--budget < 0)
                return;
            const cmd = cmds[k];
            let words = cmd.words;
            while (words.length && STRIP.has(words[0].text))
                words = words.slice(1);
            if (!words.length)
                continue;
            const head = words[0].text;
            if (LOOP_OPEN.has(head)) {
                const end = matchingDone(cmds, k);
                const body = cmds.slice(k + 1, end);
                if (head === 'for' && words[2]?.text === 'in' && depth < 3) {
                    const name = words[1].text;
                    const values = fieldsOf(words.slice(3)).map((f) => f.text);
                    const literal = values.length > 0 && values.every((v) => !(0,template/* hasEncodedHoles */.GF)(v));
                    if (literal) {
                        for (const v of values.slice(0, MAX_LOOP_VALUES)) {
                            vars.set(name, v);
                            run(body, depth + 1);
                        }
                    }
                    else {
                        vars.delete(name);
                        run(body, depth + 1);
                    }
                }
                else {
                    run(body, depth + 1);
                }
                k = end;
                continue;
            }
            if (shell_builds_assign(words, scope, pre))
                continue;
            const writes = opts.onCommand !== undefined &&
                cmd.redirects.length > 0 &&
                (head === 'echo' || head === 'printf');
            if (COPIERS.has(head)) {
                noteDerived(head, fieldsOf(words), cmd.redirects, (t) => expandText(pre(t), scope));
                continue;
            }
            if (!writes && head !== 'cd' && head !== 'pushd' && head !== 'popd' && !mightBuild(words))
                continue;
            const fields = fieldsOf(words);
            if (opts.onCommand && writes) {
                const redirects = cmd.redirects.map((r) => ({
                    op: r.op,
                    target: expandText(pre(r.target.text), scope),
                }));
                opts.onCommand(fields, redirects);
            }
            if (head === 'cd' || head === 'pushd') {
                changeDir(state, fields[1]?.text);
                continue;
            }
            if (head === 'popd') {
                state.cwds = [];
                continue;
            }
            const inv = parseBuildCommand(fields);
            if (inv) {
                const cwds = state.cwds.length ? [...state.cwds] : ['.'];
                const from = inv.file && derived.get(inv.file.text);
                if (inv.file && from && from.cwds === cwds.join('\n')) {
                    const written = inv.file.text;
                    found.push({
                        inv: { ...inv, file: { text: from.source, range: inv.file.range } },
                        cwds,
                        derived: { written, by: from.by },
                    });
                }
                else {
                    found.push({ inv, cwds });
                }
            }
            const start = opts.onContainerStart && !inv ? parseContainerStart(fields) : undefined;
            if (start) {
                const problems = errors
                    .filter((e) => e.start >= cmd.start && e.start < cmd.end)
                    .map((e) => ({ message: e.message, range: opts.rangeOf(e.start, e.start + 1) }));
                opts.onContainerStart({ start, fields, problems });
            }
        }
    };
    /**
     * `sed -e ... Dockerfile > Dockerfile.cross`, `cp Dockerfile build/Dockerfile`: the written
     * file is built later in the same text but is not in the repository.
     */
    const noteDerived = (head, fields, redirects, expand) => {
        const args = fields.slice(1).map((f) => f.text);
        const out = redirects.find((r) => r.op === '>' || r.op === '>|');
        const input = redirects.find((r) => r.op === '<');
        let source;
        let dest;
        if (out) {
            dest = expand(out.target.text);
            source = input ? expand(input.target.text) : args.findLast((a) => DOCKERFILE_NAME.test(a));
        }
        else if (head === 'cp' || head === 'install') {
            const paths = args.filter((a) => !a.startsWith('-'));
            if (paths.length === 2)
                [source, dest] = paths;
        }
        if (!source || !dest || !DOCKERFILE_NAME.test(source) || (0,template/* hasEncodedHoles */.GF)(dest))
            return;
        const cwds = (state.cwds.length ? state.cwds : ['.']).join('\n');
        derived.set(dest, { source, cwds, by: `${head} ${source} > ${dest}` });
    };
    run(commands, 0);
    return found;
}
/** Text that never matches this cannot run an image build. */
const MENTIONS_TOOL = /docker|podman|buildah|nerdctl/;
/**
 * Whether a command can be an image build once expanded: its program word names a build
 * tool or is a variable (`$(CONTAINER_TOOL)`). Other commands are not expanded at all.
 */
function mightBuild(words) {
    for (const w of words) {
        if (WRAPPER_WORDS.has(w.text) || ASSIGN.test(w.text))
            continue;
        return MENTIONS_TOOL.test(w.text) || w.text.includes('$');
    }
    return false;
}
const WRAPPER_WORDS = new Set(['sudo', 'exec', 'time', 'command', 'nohup', 'env']);
/** Index of the `done` closing the loop opened at `k` (or the last command). */
function matchingDone(cmds, k) {
    let depth = 0;
    for (let j = k; j < cmds.length; j++) {
        for (const w of cmds[j].words) {
            if (LOOP_OPEN.has(w.text) && w === firstNonStrip(cmds[j]))
                depth++;
            if (w.text === 'done' && w === cmds[j].words[0]) {
                depth--;
                if (depth === 0)
                    return j;
            }
        }
    }
    return cmds.length - 1;
}
function firstNonStrip(cmd) {
    return cmd.words.find((w) => !STRIP.has(w.text));
}
const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/;
const DECLARE = new Set(['export', 'local', 'readonly', 'declare', 'typeset']);
/** Handles `A=b`, `export A=b`, `local A=b`; returns true when the command only assigns. */
function shell_builds_assign(words, scope, pre) {
    let list = words;
    if (DECLARE.has(list[0].text)) {
        list = list.slice(1).filter((w) => !w.text.startsWith('-'));
        for (const w of list) {
            const m = ASSIGN.exec(w.text);
            if (m)
                scope.set?.(m[1], expandText(pre(w.text.slice(m[0].length)), scope));
        }
        return true;
    }
    if (!list.every((w) => ASSIGN.test(w.text)))
        return false;
    for (const w of list) {
        const m = ASSIGN.exec(w.text);
        const value = expandText(pre(w.text.slice(m[0].length)), scope);
        const append = w.text[m[1].length] === '+';
        scope.set?.(m[1], append ? (scope.lookup(m[1]) ?? '') + value : value);
    }
    return true;
}
function changeDir(state, arg) {
    // A folder that is partly a variable (`cd cmd/$*`) is kept: the image name may bind it.
    const onlyHoles = arg !== undefined && (0,template/* hasEncodedHoles */.GF)(arg) && arg.replace(/\uE000\d+\uE001/g, '') === '';
    if (arg === undefined || arg === '-' || onlyHoles) {
        state.cwds = [];
        return;
    }
    if (arg.startsWith(ROOT_MARK)) {
        const p = joinRel('.', arg.slice(1).replace(/^\/+/, '') || '.');
        state.cwds = p === undefined ? [] : [p];
        return;
    }
    if (arg.startsWith('/') || arg.startsWith('~')) {
        state.cwds = [];
        return;
    }
    state.cwds = state.cwds.map((c) => joinRel(c, arg)).filter((c) => c !== undefined);
}
function commandSubstitution(inner, scriptDir, cwds) {
    const t = inner.replace(/\s+/g, ' ').trim();
    if (/^dirname (?:-- )?"?\$(?:0|\{0\}|\{BASH_SOURCE(?:\[0\])?\}|BASH_SOURCE)"?$/.test(t)) {
        return ROOT_MARK + scriptDir;
    }
    if (t === 'git rev-parse --show-toplevel')
        return ROOT_MARK + '.';
    if (t === 'pwd' && cwds.length === 1)
        return ROOT_MARK + cwds[0];
    return undefined;
}
/** Resolves a path written in a command run from `cwd`; undefined when it leaves the root. */
function resolveFrom(cwd, p) {
    if (p.startsWith(ROOT_MARK))
        return joinRel('.', p.slice(1).replace(/^\/+/, '') || '.');
    return joinRel(cwd, p);
}
/**
 * Context and Dockerfile of a build run from one of `cwds`: the first working directory
 * under which the Dockerfile exists, else the first (or the last, with `fallback: 'last'`).
 * Undefined for remote contexts.
 */
function buildPaths(inv, cwds, exists, fallback = 'first') {
    const ctxText = inv.context?.text ?? '.';
    if (/^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i.test(ctxText) || ctxText === '-')
        return undefined;
    let first;
    for (const cwd of cwds) {
        const context = resolveFrom(cwd, ctxText);
        if (context === undefined)
            continue;
        let dockerfile;
        if (inv.file && inv.file.text !== '-')
            dockerfile = resolveFrom(cwd, inv.file.text);
        else if (inv.file)
            continue;
        else {
            const containerfile = joinRel(context, 'Containerfile');
            const usesContainerfile = (inv.tool === 'podman' || inv.tool === 'buildah') &&
                containerfile !== undefined &&
                exists(containerfile);
            dockerfile = usesContainerfile ? containerfile : joinRel(context, 'Dockerfile');
        }
        if (dockerfile === undefined)
            continue;
        const paths = { context, dockerfile };
        if ((0,template/* hasEncodedHoles */.GF)(dockerfile) || exists(dockerfile))
            return paths;
        if (fallback === 'last' || !first)
            first = paths;
    }
    return first;
}
/**
 * A candidate link per tag of each build whose Dockerfile exists; `where` names the file
 * (and make target) for the evidence text.
 */
function addShellBuilds(col, builds, kind, where, prefer) {
    for (const { inv, cwds, derived } of builds) {
        const paths = buildPaths(inv, cwds, (p) => col.exists(p), prefer);
        if (!paths)
            continue;
        const via = derived
            ? ` (${derived.written}, written from it by ${derived.by.split(' ')[0]})`
            : '';
        for (const tag of inv.tags) {
            col.add({
                image: tag.text,
                // Ranges of workflow words are computed on first use.
                imageRange: () => tag.range,
                dockerfile: paths.dockerfile,
                context: paths.context,
                target: inv.target?.text,
                buildArgs: inv.buildArgs,
                kind,
                detail: `${where}: ${inv.command} -t ${col.display(tag.text)} builds ${col.display(paths.dockerfile)}${via}`,
            });
        }
    }
}

// EXTERNAL MODULE: ./build/core/glob.js
var glob = __webpack_require__(8998);
;// CONCATENATED MODULE: ./build/images/links/makefile.js





const ASSIGN_RE = /^(?:(?:export|override|private)\s+)*([A-Za-z0-9_.\-/]+)\s*(:::=|::=|:=|\?=|\+=|!=|=)\s*(.*)$/s;
const DIRECTIVE_RE = /^(?:ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|export|unexport|vpath|override|undefine)\b/;
/** Logical lines: `\`-newline continuations joined, with the offset range of each. */
function logicalLines(text) {
    const out = [];
    for (let start = 0; start < text.length;) {
        let end = start;
        for (;;) {
            const nl = text.indexOf('\n', end);
            const lineEnd = nl < 0 ? text.length : nl;
            let bs = 0;
            for (let k = lineEnd - 1; k >= start && text[k] === '\\'; k--)
                bs++;
            if (bs % 2 === 1 && nl >= 0) {
                end = nl + 1;
                continue;
            }
            end = lineEnd;
            break;
        }
        out.push({ text: text.slice(start, end), start, end });
        start = end + 1;
    }
    return out;
}
function parseMakefile(text, context = {}) {
    const vars = context.vars ?? new Map();
    const recipes = [];
    const includes = [];
    let target;
    let define;
    const tmp = { vars };
    // Conditionals: each frame is 'true', 'false' or 'unknown' (both branches are read).
    const frames = [];
    const active = () => frames.every((f) => f.state !== 'false');
    const undecided = () => frames.some((f) => f.state === 'unknown');
    for (const line of logicalLines(text)) {
        if (define) {
            if (/^\s*endef\b/.test(line.text)) {
                if (active())
                    assign(tmp.vars, define.name, define.op, define.lines.join('\n'));
                define = undefined;
            }
            else
                define.lines.push(line.text);
            continue;
        }
        const cond = line.text.startsWith('\t')
            ? null
            : /^\s*(ifdef|ifndef|ifeq|ifneq|else|endif)\b\s*(.*?)\s*(?:#.*)?$/s.exec(line.text);
        if (cond) {
            const [, kw, arg] = cond;
            if (kw === 'endif')
                frames.pop();
            else if (kw === 'else') {
                const top = frames[frames.length - 1];
                if (top) {
                    const chained = /^(ifdef|ifndef|ifeq|ifneq)\b\s*(.*)$/s.exec(arg);
                    const next = top.taken
                        ? 'false'
                        : chained
                            ? evalCondition(chained[1], chained[2], vars)
                            : top.state === 'unknown'
                                ? 'unknown'
                                : 'true';
                    top.state = next;
                    if (next === 'true')
                        top.taken = true;
                }
            }
            else {
                const state = evalCondition(kw, arg, vars);
                frames.push({ state, taken: state === 'true' });
            }
            continue;
        }
        if (!active())
            continue;
        if (line.text.startsWith('\t') && target !== undefined) {
            recipes.push({ target, start: line.start, end: line.end });
            continue;
        }
        const joined = line.text.replace(/\\\n\s*/g, ' ');
        const trimmed = joined.replace(/(^|[^\\])#.*$/, '$1').trim();
        if (!trimmed)
            continue;
        const def = /^(?:(?:export|override)\s+)*define\s+([A-Za-z0-9_.-]+)\s*(=|:=|::=|\?=|\+=)?\s*$/.exec(trimmed);
        if (def) {
            define = { name: def[1], lines: [], op: def[2] ?? '=' };
            continue;
        }
        const inc = /^(?:-include|sinclude|include)\s+(.+)$/.exec(trimmed);
        if (inc) {
            const patterns = inc[1].split(/\s+/);
            (0,arrays/* pushAll */.iI)(includes, patterns);
            context.include?.(patterns, vars, line);
            continue;
        }
        const a = ASSIGN_RE.exec(trimmed);
        if (a) {
            assign(vars, a[1], a[2], a[3]);
            continue;
        }
        if (DIRECTIVE_RE.test(trimmed))
            continue;
        const rule = /^([^:=#]+?)\s*::?(?!=)\s*(.*)$/.exec(trimmed);
        if (rule) {
            target = rule[1].trim().split(/\s+/)[0];
            // A target-specific assignment (`img: TAG = x`) sets a variable, not a recipe.
            const specific = ASSIGN_RE.exec(rule[2]);
            if (specific) {
                assign(vars, specific[1], specific[2], specific[3]);
                continue;
            }
            const semi = rule[2].indexOf(';');
            if (semi >= 0) {
                const off = line.text.indexOf(';');
                if (off >= 0)
                    recipes.push({ target, start: line.start + off + 1, end: line.end });
            }
        }
    }
    return { vars, recipes, includes };
    /** An assignment; under an undecided condition a changed value becomes uncertain. */
    function assign(map, name, op, value) {
        const prev = map.get(name);
        setVar(map, name, op, value);
        const next = map.get(name);
        if (!next)
            return;
        if (undecided()) {
            if (!prev || prev.value !== next.value)
                map.set(name, { ...next, uncertain: true });
            else
                map.set(name, prev);
            return;
        }
        // `?=` and `+=` keep whatever doubt there was; `=` and `:=` settle it.
        const uncertain = prev?.uncertain === true && (op === '?=' || op === '+=');
        map.set(name, { value: next.value, simple: next.simple, ...(uncertain ? { uncertain } : {}) });
    }
    function setVar(map, name, op, value) {
        const prev = map.get(name);
        switch (op) {
            case '?=':
                if (!prev)
                    map.set(name, { value, simple: false });
                break;
            case '+=':
                map.set(name, {
                    value: prev ? `${prev.value} ${value}` : value,
                    simple: prev?.simple ?? false,
                });
                break;
            case ':=':
            case '::=':
            case ':::=':
                map.set(name, { value: expandMake(value, { vars: map, holes: undefined }), simple: true });
                break;
            case '!=':
                map.set(name, { value: `$(shell ${value})`, simple: false });
                break;
            default:
                map.set(name, { value, simple: false });
        }
    }
}
/** Evaluates `ifdef`/`ifndef`/`ifeq`/`ifneq` with the variables read so far. */
function evalCondition(kw, arg, vars) {
    const ex = (t) => {
        const v = expandMake(t, { vars, holes: undefined });
        return v.includes('$(') ? undefined : v;
    };
    let result;
    if (kw === 'ifdef' || kw === 'ifndef') {
        const name = ex(arg.trim());
        if (name === undefined)
            return 'unknown';
        // ifdef asks whether the variable has a value; it does not expand it.
        result = (vars.get(name)?.value ?? '') !== '';
        if (kw === 'ifndef')
            result = !result;
    }
    else {
        let a;
        let b;
        const paren = /^\(([\s\S]*)\)$/.exec(arg.trim());
        if (paren)
            [a, b] = splitArgs(paren[1]);
        else {
            const q = /^(["'])(.*?)\1\s+(["'])(.*?)\3$/.exec(arg.trim());
            if (q)
                [a, b] = [q[2], q[4]];
        }
        if (a === undefined || b === undefined)
            return 'unknown';
        const x = ex(a.trim());
        const y = ex(b.trim());
        if (x === undefined || y === undefined)
            return 'unknown';
        result = (x === y) === (kw === 'ifeq');
    }
    return result ? 'true' : 'false';
}
/**
 * Characters one variable may expand to: `A1 = $(A0)$(A0)` forty times over is 2^40; past this
 * the value is unknown (a hole that says why), as the ARG expansion of a Dockerfile stops.
 */
const MAX_MAKE_EXPANSION = 1 << 20;
function hole(ctx, expr) {
    // Without a hole table (while reading `:=`), keep the reference for later expansion.
    return ctx.holes ? ctx.holes.encode(expr, 'any') : `$(${expr})`;
}
/** Expands make references in `text`; unknown variables and functions become holes. */
function expandMake(text, context) {
    const depth = context.depth ?? 0;
    if (depth > 20 || !text.includes('$'))
        return text;
    // A recursive variable is expanded once per top-level expansion: a chain of variables that
    // each use the one before twice is 2^n expansions otherwise.
    const ctx = context.memo ? context : { ...context, memo: new Map() };
    let out = '';
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c !== '$') {
            out += c;
            i++;
            continue;
        }
        const n = text[i + 1];
        if (n === '$') {
            out += '$';
            i += 2;
            continue;
        }
        if (n === '(' || n === '{') {
            const close = n === '(' ? ')' : '}';
            let d = 0;
            let j = i + 1;
            for (; j < text.length; j++) {
                if (text[j] === n)
                    d++;
                else if (text[j] === close && --d === 0)
                    break;
            }
            const inner = text.slice(i + 2, j);
            out += makefile_reference(inner, { ...ctx, depth: depth + 1 });
            i = j + 1;
            continue;
        }
        if (n === undefined) {
            out += '$';
            i++;
            continue;
        }
        out += makefile_reference(n, { ...ctx, depth: depth + 1 });
        i += 2;
    }
    return out;
}
function makefile_reference(inner, ctx) {
    if (inner === '@')
        return ctx.target ?? hole(ctx, '@');
    if (inner === '*' || inner === '<' || inner === '^' || inner === '?' || inner === '%') {
        return hole(ctx, inner);
    }
    const fn = /^([a-z-]+)[ \t]+([\s\S]*)$/.exec(inner);
    if (fn)
        return call(fn[1], fn[2], ctx);
    const name = expandMake(inner, ctx);
    if (name.includes(':'))
        return hole(ctx, inner);
    const v = ctx.vars.get(name);
    if (!v || v.uncertain)
        return ctx.holes ? hole(ctx, name) : `$(${inner})`;
    const key = `${ctx.target ?? ''}\u0000${name}`;
    const known = ctx.memo?.get(key);
    if (known !== undefined)
        return known;
    let value = v.simple ? expandMake(v.value, { ...ctx }) : expandMake(v.value, ctx);
    if (value.length > MAX_MAKE_EXPANSION) {
        value = hole(ctx, `${name} (longer than ${MAX_MAKE_EXPANSION} characters)`);
    }
    ctx.memo?.set(key, value);
    return value;
}
function splitArgs(s) {
    const args = [];
    let depth = 0;
    let cur = '';
    for (const ch of s) {
        if (ch === '(' || ch === '{')
            depth++;
        if (ch === ')' || ch === '}')
            depth--;
        if (ch === ',' && depth === 0) {
            args.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    args.push(cur);
    return args;
}
function call(name, rawArgs, ctx) {
    const args = splitArgs(rawArgs);
    const ex = (k) => expandMake(args[k] ?? '', ctx);
    const known = (s) => !s.includes('\uE000') && !s.includes('$(');
    switch (name) {
        case 'strip':
            return ex(0).trim().replace(/\s+/g, ' ');
        case 'subst':
            return ex(2).split(ex(0)).join(ex(1));
        case 'firstword':
            return ex(0).trim().split(/\s+/)[0] ?? '';
        case 'lastword': {
            const w = ex(0).trim().split(/\s+/);
            return w[w.length - 1] ?? '';
        }
        case 'word': {
            const k = Number(ex(0));
            return ex(1).trim().split(/\s+/)[k - 1] ?? '';
        }
        case 'notdir':
            return ex(0)
                .trim()
                .split(/\s+/)
                .map((p) => p.slice(p.lastIndexOf('/') + 1))
                .join(' ');
        case 'dir':
            return ex(0)
                .trim()
                .split(/\s+/)
                .map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : './'))
                .join(' ');
        case 'or': {
            for (let k = 0; k < args.length; k++) {
                const v = ex(k).trim();
                if (!known(v))
                    return hole(ctx, `or ${rawArgs}`);
                if (v)
                    return v;
            }
            return '';
        }
        case 'if': {
            const cond = ex(0).trim();
            if (!known(cond))
                return hole(ctx, `if ${rawArgs}`);
            return cond ? ex(1) : ex(2);
        }
        case 'value':
            return ctx.vars.get(args[0].trim())?.value ?? '';
        case 'origin': {
            // Nothing overrides the makefiles' own values here (no environment, no command line).
            const v = ctx.vars.get(ex(0).trim());
            if (v?.uncertain)
                return hole(ctx, `origin ${rawArgs}`);
            return v ? 'file' : 'undefined';
        }
        default:
            return hole(ctx, `${name} ${rawArgs}`);
    }
}
/** How deep included makefiles are followed (make itself has no limit; loops are cut). */
const MAX_INCLUDE_DEPTH = 4;
/** Per collector: the fragments some Makefile includes (they are read in that context). */
const includedByMakefile = new WeakMap();
/**
 * The files an `include` line names, relative to the root: literal paths that exist and
 * glob patterns (`make/_shared/<glob>/00_mod.mk`) matched against the makefiles discovered.
 */
function includeTargets(dir, patterns, col, at) {
    const out = [];
    for (const pattern of patterns) {
        const rel = joinRel(dir, pattern);
        if (rel === undefined && !pattern.includes('$')) {
            col.problem('note', 'outside-root', `${at.file}:${at.startLine}: include ${pattern} leads outside the scanned folder; it is not read`, at);
            continue;
        }
        if (!rel || rel.includes('$'))
            continue;
        if (/[*?[]/.test(rel)) {
            const match = (0,glob/* compileGlob */.S)(rel);
            (0,arrays/* pushAll */.iI)(out, col.input.files.scripts.filter((f) => match.test(f)).sort());
        }
        else if (col.exists(rel))
            out.push(rel);
    }
    return out;
}
/**
 * A makefile and everything it includes, read in make's order: an included file is read at
 * its include line, with the variables set above it (`TARGET_OS ?= linux` before `include
 * docker/docker.mk` decides docker.mk's `ifeq ($(TARGET_OS),windows)`), into one set of
 * variables whose final values the recipes see.
 */
function includeTree(rel, col) {
    const units = [];
    const vars = new Map();
    const seen = new Set();
    const visit = (file, depth) => {
        if (seen.has(file) || depth > MAX_INCLUDE_DEPTH)
            return;
        seen.add(file);
        const text = col.read(file);
        if (text === undefined)
            return;
        const parsed = parseMakefile(text, {
            vars,
            include: (patterns, _vars, at) => {
                const range = new LineIndex(file, text).range(at.start, at.end);
                for (const inc of includeTargets(dirOf(rel), patterns, col, range))
                    visit(inc, depth + 1);
            },
        });
        units.push({ rel: file, text, parsed });
    };
    visit(rel, 0);
    return { units, vars };
}
/** The fragments included by the collector's Makefiles (computed once per collector). */
function fragmentsIncluded(col) {
    let set = includedByMakefile.get(col);
    if (set)
        return set;
    set = new Set();
    includedByMakefile.set(col, set);
    for (const f of col.input.files.scripts) {
        if (!isMakefileName(f))
            continue;
        for (const u of includeTree(f, col).units)
            if (u.rel !== f)
                set.add(u.rel);
    }
    return set;
}
function isMakefileName(rel) {
    return /(^|\/)(GNUmakefile|makefile|Makefile)$/.test(rel);
}
function collectMakefile(rel, col) {
    // A fragment a Makefile includes is read with that Makefile, where its variables
    // (`CTR ?= docker` in a sibling fragment) are known.
    if (!isMakefileName(rel) && fragmentsIncluded(col).has(rel))
        return;
    const { units, vars } = includeTree(rel, col);
    if (!units.some((u) => MENTIONS_TOOL.test(u.text)))
        return;
    const dir = dirOf(rel);
    // A `.mk` fragment runs in the directory of the Makefile that includes it, usually an
    // ancestor (the root's `include scripts/make/docker.mk`): paths are tried from its own
    // folder up to the root, and the first under which the Dockerfile exists wins.
    const cwds = rel.endsWith('.mk') ? selfAndAncestors(dir) : [dir];
    const env = new Map();
    for (const k of vars.keys())
        env.set(k, expandMake(`$(${k})`, { vars, holes: col.holes }));
    for (const u of units)
        collectRecipes(u, rel, vars, env, cwds, col);
}
function collectRecipes(unit, makefile, vars, env, cwds, col) {
    const { rel, text, parsed } = unit;
    const lines = new LineIndex(rel, text);
    const via = rel === makefile ? rel : `${rel} (included by ${makefile})`;
    const derivedByTarget = new Map();
    for (const recipe of parsed.recipes) {
        let derived = derivedByTarget.get(recipe.target);
        if (!derived)
            derivedByTarget.set(recipe.target, (derived = new Map()));
        // Recipe prefixes (@ - +) are not part of the command; blank them, keeping offsets.
        const raw = text
            .slice(recipe.start, recipe.end)
            .replace(/^(\s*)([@+-]+)/, (_m, ws, p) => ws + ' '.repeat(p.length));
        const ctx = { vars, holes: col.holes, target: recipe.target };
        const builds = findShellBuilds({
            text: raw,
            rangeOf: (s, e) => lines.range(recipe.start + s, recipe.start + e),
            holes: col.holes,
            env,
            cwds,
            scriptDir: dirOf(makefile),
            preExpand: (w) => expandMake(w, ctx),
            derived,
            onContainerStart: (found) => col.containerCommands.push({
                kind: 'makefile',
                file: rel,
                where: `${via} target ${recipe.target}`,
                found,
            }),
        });
        addShellBuilds(col, builds, 'makefile', `${via} target ${recipe.target}`);
    }
}
function selfAndAncestors(dir) {
    const out = [dir];
    for (let d = dir; d !== '.';) {
        d = dirOf(d);
        out.push(d);
    }
    return out;
}

;// CONCATENATED MODULE: ./build/images/links/scripts.js




function isMakefile(rel) {
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    return (base === 'Makefile' || base === 'makefile' || base === 'GNUmakefile' || base.endsWith('.mk'));
}
function collectScript(rel, col) {
    if (isMakefile(rel)) {
        collectMakefile(rel, col);
        return;
    }
    const text = col.read(rel);
    // A script that never names a build tool cannot build an image.
    if (text === undefined || !MENTIONS_TOOL.test(text))
        return;
    const lines = new LineIndex(rel, text);
    const dir = dirOf(rel);
    const builds = findShellBuilds({
        text,
        rangeOf: (s, e) => lines.range(s, e),
        holes: col.holes,
        env: new Map([['0', rel]]),
        cwds: dir === '.' ? ['.'] : [dir, '.'],
        scriptDir: dir,
        onContainerStart: (found) => col.containerCommands.push({ kind: 'script', file: rel, where: rel, found }),
    });
    addShellBuilds(col, builds, 'script', rel, 'last');
}

;// CONCATENATED MODULE: ./build/images/links/skaffold.js
/**
 * Image builds in skaffold.yaml: `build.artifacts[]` with `image`, `context` and the
 * `docker` (or `kaniko`) builder's `dockerfile`, `target` and `buildArgs`, in every
 * document of the file, and in each profile (its own `build.artifacts`, or JSON patches
 * to the base artifacts). Profile builds are variants of the base build: they are listed
 * as alternatives when the base build differs, and compete only when there is no base.
 * Artifacts built without a Dockerfile (jib, ko, buildpacks, bazel, custom) are skipped.
 */




const OTHER_BUILDERS = ['jib', 'ko', 'buildpacks', 'bazel', 'custom'];
/** Skaffold templates (`{{.IMAGE_REPO}}`) are resolved at run time: holes here. */
function templates(s, holes) {
    return s?.replace(/\{\{([\s\S]*?)\}\}/g, (_m, inner) => holes.encode(inner.trim(), 'any'));
}
function readArtifact(v, p, holes) {
    const builder = ['docker', 'kaniko'].find((b) => v.isMap([...p, b])) ?? 'docker';
    const buildArgs = new Map();
    for (const [k, val] of v.stringMap([...p, builder, 'buildArgs']))
        buildArgs.set(k, templates(val, holes));
    const a = {
        image: templates(v.str([...p, 'image']), holes),
        context: templates(v.str([...p, 'context']), holes),
        dockerfile: templates(v.str([...p, builder, 'dockerfile']), holes),
        target: templates(v.str([...p, builder, 'target']), holes),
        buildArgs,
        imageRange: v.range([...p, 'image']),
    };
    const other = OTHER_BUILDERS.find((b) => v.node([...p, b]) !== undefined);
    if (other)
        a.other = other;
    return a;
}
function artifactsAt(v, p, holes) {
    return Array.from({ length: v.length(p) }, (_, i) => readArtifact(v, [...p, i], holes));
}
/** Applies a profile's JSON patches that touch `/build/artifacts/N/...`. */
function applyPatches(base, v, patchesPath, holes) {
    const n = v.length(patchesPath);
    if (n === 0)
        return undefined;
    const out = base.map((a) => ({ ...a, buildArgs: new Map(a.buildArgs) }));
    const touched = new Set();
    for (let i = 0; i < n; i++) {
        const op = v.str([...patchesPath, i, 'op']);
        const path = v.str([...patchesPath, i, 'path']) ?? '';
        const m = /^\/build\/artifacts\/(\d+)\/(.+)$/.exec(path);
        if (!m || (op !== 'replace' && op !== 'add'))
            continue;
        const index = Number(m[1]);
        const a = out[index];
        if (!a)
            continue;
        const value = templates(v.str([...patchesPath, i, 'value']), holes);
        const field = m[2];
        if (field === 'image')
            a.image = value;
        else if (field === 'context')
            a.context = value;
        else if (/^(docker|kaniko)\/dockerfile$/.test(field))
            a.dockerfile = value;
        else if (/^(docker|kaniko)\/target$/.test(field))
            a.target = value;
        else if (/^(docker|kaniko)\/buildArgs\/(.+)$/.test(field)) {
            a.buildArgs.set(field.replace(/^(docker|kaniko)\/buildArgs\//, ''), value);
        }
        else
            continue;
        a.imageRange = v.range([...patchesPath, i, 'value']);
        touched.add(index);
    }
    // Only the artifacts a profile changes are its own builds; the rest are the base's.
    return touched.size ? out.filter((_, k) => touched.has(k)) : undefined;
}
function collectSkaffold(rel, col) {
    const text = col.read(rel);
    if (text === undefined)
        return;
    const file = (0,read/* readYaml */.gM)(text, rel);
    const lines = new LineIndex(rel, text);
    const dir = dirOf(rel);
    file.documents.forEach((doc, docIndex) => {
        if (doc.isEmpty)
            return;
        if (col.yamlProblem(rel, doc))
            return;
        const v = new YamlView(doc, lines);
        const configName = v.str(['metadata', 'name']);
        const base = artifactsAt(v, ['build', 'artifacts'], col.holes);
        const group = (a, k) => `${rel}#${docIndex}:${a.image ?? k}`;
        base.forEach((a, k) => add(col, rel, dir, a, group(a, k), undefined, configName));
        for (let p = 0; p < v.length(['profiles']); p++) {
            const name = v.str(['profiles', p, 'name']) ?? String(p);
            const own = v.isSeq(['profiles', p, 'build', 'artifacts'])
                ? artifactsAt(v, ['profiles', p, 'build', 'artifacts'], col.holes)
                : applyPatches(base, v, ['profiles', p, 'patches'], col.holes);
            own?.forEach((a, k) => add(col, rel, dir, a, group(a, k), `profile ${name}`, configName));
        }
    });
}
function add(col, rel, dir, a, group, variant, configName) {
    if (a.image === undefined || a.other)
        return;
    const ctxText = a.context ?? '.';
    if (isRemoteContext(ctxText))
        return;
    const context = joinRel(dir, ctxText);
    if (context === undefined) {
        col.problem('warning', 'outside-root', `${rel}: artifact ${col.display(a.image)} builds from a context outside the scanned folder`, a.imageRange);
        return;
    }
    const dockerfile = joinRel(context, a.dockerfile ?? 'Dockerfile') ?? a.dockerfile ?? 'Dockerfile';
    const where = `${rel}${configName ? ` (${configName})` : ''}${variant ? ` ${variant}` : ''}`;
    const spec = {
        image: a.image,
        imageRange: a.imageRange,
        dockerfile,
        context,
        target: a.target,
        buildArgs: a.buildArgs,
        kind: 'skaffold',
        detail: `${where} artifact ${col.display(a.image)} builds ${col.display(dockerfile)}`,
        variant,
        group,
    };
    col.add(spec);
    // `skaffold build --default-repo R` pushes a bare name `api` as `R/api`; deployed
    // manifests carry that name.
    const first = a.image.split('/')[0];
    if (!/[.:]/.test(first) && first !== 'localhost' && !a.image.includes('\uE000')) {
        col.add({
            ...spec,
            image: `${col.holes.encode('default-repo', 'any')}/${a.image}`,
            detail: `${spec.detail} (pushed under skaffold's --default-repo)`,
        });
    }
}

;// CONCATENATED MODULE: ./build/images/links/github-expr.js

class Unknown {
    expr;
    constructor(expr) {
        this.expr = expr;
    }
}
/** `docker/metadata-action`'s `tags` output: the images it was given, tags not known. */
class MetaTags {
    images;
    literalTags;
    constructor(images, literalTags) {
        this.images = images;
        this.literalTags = literalTags;
    }
}
/** `docker/metadata-action`'s `json` output, which `fromJSON(...).tags` reads. */
class MetaJson {
    tags;
    constructor(tags) {
        this.tags = tags;
    }
}
function tokenize(src) {
    const toks = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
        }
        else if (c === "'") {
            let v = '';
            i++;
            for (;;) {
                if (i >= src.length)
                    return undefined;
                if (src[i] === "'") {
                    if (src[i + 1] === "'") {
                        v += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                v += src[i++];
            }
            toks.push({ t: 'str', v });
        }
        else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
            const m = /^-?(?:0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]+)?(?:e[-+]?[0-9]+)?)/.exec(src.slice(i));
            toks.push({ t: 'num', v: Number(m[0]) });
            i += m[0].length;
        }
        else if (/[A-Za-z_]/.test(c)) {
            const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
            toks.push({ t: 'id', v: m[0] });
            i += m[0].length;
        }
        else {
            const op = ['==', '!=', '<=', '>=', '&&', '||'].find((o) => src.startsWith(o, i)) ?? c;
            if (!'()[].,!<>*'.includes(op) && op.length === 1)
                return undefined;
            toks.push({ t: 'op', v: op });
            i += op.length;
        }
    }
    return toks;
}
/** Truthiness as GitHub defines it. */
function truthy(v) {
    return !(v === false || v === 0 || v === '' || v === null || (typeof v === 'number' && isNaN(v)));
}
function isUnknown(v) {
    return v instanceof Unknown;
}
/** String form used when an expression is interpolated into text. */
function exprToString(v) {
    if (v instanceof Unknown || v instanceof MetaTags || v instanceof MetaJson)
        return undefined;
    if (v === null)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return Array.isArray(v) ? 'Array' : 'Object';
}
class Parser {
    toks;
    lookup;
    text;
    p = 0;
    constructor(toks, lookup, text) {
        this.toks = toks;
        this.lookup = lookup;
        this.text = text;
    }
    parse() {
        const v = this.or();
        return this.p === this.toks.length ? v : new Unknown(this.text);
    }
    peekOp(v) {
        const t = this.toks[this.p];
        return !!t && t.t === 'op' && t.v === v;
    }
    or() {
        let left = this.and();
        while (this.peekOp('||')) {
            this.p++;
            const right = this.and();
            if (isUnknown(left))
                left = new Unknown(this.text);
            else if (!truthy(left))
                left = right;
        }
        return left;
    }
    and() {
        let left = this.eq();
        while (this.peekOp('&&')) {
            this.p++;
            const right = this.eq();
            if (isUnknown(left))
                left = new Unknown(this.text);
            else if (truthy(left))
                left = right;
        }
        return left;
    }
    eq() {
        let left = this.unary();
        for (;;) {
            const t = this.toks[this.p];
            if (!t || t.t !== 'op' || !['==', '!=', '<', '>', '<=', '>='].includes(t.v))
                return left;
            this.p++;
            const right = this.unary();
            if (isUnknown(left) ||
                isUnknown(right) ||
                t.v.length === 1 ||
                t.v[0] === '<' ||
                t.v[0] === '>') {
                left = new Unknown(this.text);
                continue;
            }
            const a = typeof left === 'string' ? left.toLowerCase() : left;
            const b = typeof right === 'string' ? right.toLowerCase() : right;
            left = t.v === '==' ? a === b : a !== b;
        }
    }
    unary() {
        if (this.peekOp('!')) {
            this.p++;
            const v = this.unary();
            return isUnknown(v) ? v : !truthy(v);
        }
        return this.postfix();
    }
    postfix() {
        let v = this.primary();
        for (;;) {
            if (this.peekOp('.')) {
                this.p++;
                const t = this.toks[this.p++];
                if (!t || (t.t !== 'id' && !(t.t === 'op' && t.v === '*')))
                    return new Unknown(this.text);
                v = t.t === 'id' ? member(v, t.v, this.text) : new Unknown(this.text);
            }
            else if (this.peekOp('[')) {
                this.p++;
                const key = this.or();
                if (!this.peekOp(']'))
                    return new Unknown(this.text);
                this.p++;
                v = isUnknown(key) ? new Unknown(this.text) : member(v, exprToString(key) ?? '', this.text);
            }
            else {
                return v;
            }
        }
    }
    primary() {
        const t = this.toks[this.p++];
        if (!t)
            return new Unknown(this.text);
        if (t.t === 'str' || t.t === 'num')
            return t.v;
        if (t.t === 'op' && t.v === '(') {
            const v = this.or();
            if (this.peekOp(')'))
                this.p++;
            return v;
        }
        if (t.t !== 'id')
            return new Unknown(this.text);
        if (t.v === 'true')
            return true;
        if (t.v === 'false')
            return false;
        if (t.v === 'null')
            return null;
        if (this.peekOp('(')) {
            this.p++;
            const args = [];
            while (!this.peekOp(')') && this.p < this.toks.length) {
                args.push(this.or());
                if (this.peekOp(','))
                    this.p++;
            }
            this.p++;
            return callFunction(t.v, args, this.text);
        }
        return this.lookup(t.v.toLowerCase()) ?? new Unknown(t.v);
    }
}
function member(v, key, text) {
    if (v instanceof Unknown)
        return new Unknown(text);
    if (v instanceof MetaJson)
        return key === 'tags' ? v.tags : new Unknown(text);
    if (v === null || typeof v !== 'object' || v instanceof MetaTags)
        return new Unknown(text);
    if (Array.isArray(v)) {
        const n = Number(key);
        return Number.isInteger(n) && n >= 0 && n < v.length ? v[n] : null;
    }
    // Property names are case-insensitive in expressions.
    if (key in v)
        return v[key];
    const hit = Object.keys(v).find((k) => k.toLowerCase() === key.toLowerCase());
    return hit !== undefined ? v[hit] : new Unknown(text);
}
function callFunction(name, args, text) {
    const fn = name.toLowerCase();
    if (fn === 'fromjson') {
        const a = args[0];
        if (a instanceof MetaJson)
            return { tags: a.tags };
        if (typeof a !== 'string')
            return new Unknown(text);
        try {
            return toExprValue(JSON.parse(a));
        }
        catch {
            return new Unknown(text);
        }
    }
    if (args.some(isUnknown) || args.some((a) => a instanceof MetaTags || a instanceof MetaJson)) {
        return new Unknown(text);
    }
    switch (fn) {
        case 'format': {
            const f = exprToString(args[0]) ?? '';
            const rest = args.slice(1).map((a) => exprToString(a) ?? '');
            return f
                .replace(/\{(\d+)\}/g, (m, k) => rest[Number(k)] ?? m)
                .replace(/\{\{/g, '{')
                .replace(/\}\}/g, '}');
        }
        case 'join': {
            const sep = args.length > 1 ? (exprToString(args[1]) ?? ',') : ',';
            const a = args[0];
            return Array.isArray(a)
                ? a.map((x) => exprToString(x) ?? '').join(sep)
                : (exprToString(a) ?? '');
        }
        case 'tojson':
            return JSON.stringify(args[0], null, 2);
        case 'contains': {
            const [h, n] = args;
            if (Array.isArray(h))
                return h.some((x) => String(x).toLowerCase() === String(n).toLowerCase());
            return String(h).toLowerCase().includes(String(n).toLowerCase());
        }
        case 'startswith':
            return String(args[0]).toLowerCase().startsWith(String(args[1]).toLowerCase());
        case 'endswith':
            return String(args[0]).toLowerCase().endsWith(String(args[1]).toLowerCase());
        default:
            return new Unknown(text);
    }
}
function toExprValue(v) {
    if (v === undefined || v === null)
        return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    if (Array.isArray(v))
        return v.map(toExprValue);
    if (typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = toExprValue(x);
        return out;
    }
    return String(v);
}
function evaluate(expr, lookup) {
    const text = expr.trim();
    const toks = tokenize(text);
    if (!toks || toks.length === 0)
        return new Unknown(text);
    return new Parser(toks, lookup, text).parse();
}
const EXPR = /\$\{\{([\s\S]*?)\}\}/g;
/** Replaces every `${{ }}` in `text` with its value, or a hole when it is not known. */
function github_expr_interpolate(text, lookup, holes) {
    if (!text.includes('${{'))
        return text;
    return text.replace(EXPR, (_m, inner) => {
        const v = evaluate(inner, lookup);
        const s = exprToString(v);
        if (s !== undefined)
            return s;
        const expr = inner.trim().replace(/\s+/g, ' ');
        return holes.encode(expr, (0,template/* githubHoleShape */.Hz)(expr));
    });
}
/** When `text` is exactly one `${{ }}` expression, its value. */
function soleExpression(text, lookup) {
    const m = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(text);
    return m ? evaluate(m[1], lookup) : undefined;
}

;// CONCATENATED MODULE: ./build/images/links/workflows.js
/**
 * Image builds in GitHub workflows: `docker/build-push-action` (any version, including
 * v1's `repository`/`path`/`dockerfile` inputs), its `tags` from `docker/metadata-action`
 * (`steps.<id>.outputs.tags`, `fromJSON(steps.<id>.outputs.json).tags`, job outputs read
 * through `needs`), and `docker build` / `docker buildx build` / `podman build` in `run:`
 * steps. `env` at workflow, job and step level, matrices, `$GITHUB_ENV` / `$GITHUB_OUTPUT`
 * writes, local reusable workflows and their inputs are followed.
 */







const MAX_MATRIX = 64;
const OUTPUT_MARK = '\uE003GITHUB_OUTPUT';
const ENV_MARK = '\uE003GITHUB_ENV';
function loadWorkflow(rel, col) {
    const text = col.read(rel);
    if (text === undefined)
        return undefined;
    const file = (0,read/* readYaml */.gM)(text, rel);
    const doc = file.documents.find((d) => !d.isEmpty);
    if (!doc)
        return undefined;
    if (col.yamlProblem(rel, doc))
        return undefined;
    const view = new YamlView(doc, new LineIndex(rel, text));
    // YAML 1.1 reads the key `on` as a boolean; accept both spellings.
    const onKey = view.keys([]).find((k) => k === 'on' || k === 'true');
    const wf = { rel, view, calls: [] };
    if (onKey && view.isMap([onKey, 'workflow_call'])) {
        const inputs = new Map();
        for (const k of view.keys([onKey, 'workflow_call', 'inputs'])) {
            inputs.set(k, view.str([onKey, 'workflow_call', 'inputs', k, 'default']));
        }
        wf.callInputs = inputs;
    }
    else if (onKey && view.str([onKey]) === 'workflow_call') {
        wf.callInputs = new Map();
    }
    for (const job of view.keys(['jobs'])) {
        const uses = view.str(['jobs', job, 'uses']);
        if (uses?.startsWith('./')) {
            const target = joinRel('.', uses.split('@')[0]);
            if (target)
                wf.calls.push({ file: target, with: view.stringMap(['jobs', job, 'with']), job });
        }
    }
    return wf;
}
/** Collects links from all workflows; reusable ones run once per local caller (or once alone). */
function collectWorkflows(files, col, github) {
    const loaded = new Map();
    for (const rel of files) {
        const wf = loadWorkflow(rel, col);
        if (wf)
            loaded.set(rel, wf);
    }
    const called = new Set();
    for (const wf of loaded.values())
        for (const c of wf.calls)
            if (loaded.has(c.file))
                called.add(c.file);
    for (const wf of loaded.values()) {
        if (wf.callInputs && called.has(wf.rel))
            continue;
        runWorkflow(wf, col, github, wf.callInputs ? inputsValue(wf.callInputs, new Map()) : undefined);
        for (const call of wf.calls) {
            const target = loaded.get(call.file);
            if (!target?.callInputs)
                continue;
            const callerLookup = baseLookup(github, {});
            const given = new Map();
            for (const [k, v] of call.with)
                given.set(k, v === undefined ? undefined : github_expr_interpolate(v, callerLookup, col.holes));
            runWorkflow(target, col, github, inputsValue(target.callInputs, given), `called by ${wf.rel} job ${call.job}`);
        }
    }
}
function inputsValue(defaults, given) {
    const out = {};
    for (const [k, v] of defaults)
        if (v !== undefined)
            out[k] = v;
    for (const [k, v] of given)
        if (v !== undefined)
            out[k] = v;
    return out;
}
function githubValue(github) {
    const g = {};
    if (github?.repository) {
        g.repository = github.repository.toLowerCase();
        const [owner, name] = github.repository.toLowerCase().split('/');
        g.repository_owner = github.repositoryOwner?.toLowerCase() ?? owner;
        g.event = { repository: { name } };
    }
    return g;
}
function baseLookup(github, extra) {
    const gh = githubValue(github);
    return (name) => {
        if (name in extra)
            return extra[name];
        if (name === 'github')
            return gh;
        return undefined;
    };
}
function runWorkflow(wf, col, github, inputs, calledBy) {
    const v = wf.view;
    const jobs = orderJobs(v);
    const needs = {};
    for (const job of jobs) {
        if (v.str(['jobs', job, 'uses']) !== undefined)
            continue;
        const scope = { wf, col, github, inputs, needs, calledBy };
        const outputs = runJob(scope, job);
        needs[job] = { outputs, result: new Unknown(`needs.${job}.result`) };
    }
}
/** Jobs in an order where each comes after the jobs it needs. */
function orderJobs(v) {
    const jobs = v.keys(['jobs']);
    const deps = new Map();
    for (const j of jobs) {
        const one = v.str(['jobs', j, 'needs']);
        const list = one !== undefined
            ? [one]
            : Array.from({ length: v.length(['jobs', j, 'needs']) }, (_, i) => v.str(['jobs', j, 'needs', i]) ?? '');
        deps.set(j, list.filter((d) => jobs.includes(d)));
    }
    const out = [];
    const seen = new Set();
    const visit = (j, stack) => {
        if (seen.has(j) || stack.has(j))
            return;
        stack.add(j);
        for (const d of deps.get(j) ?? [])
            visit(d, stack);
        seen.add(j);
        out.push(j);
    };
    for (const j of jobs)
        visit(j, new Set());
    return out;
}
function runJob(scope, job) {
    const combos = matrixCombos(scope, ['jobs', job, 'strategy', 'matrix']);
    // A matrix job's outputs are whichever leg wrote last; the first leg stands for them.
    let firstOutputs;
    for (const combo of combos) {
        const outputs = runCombo(scope, job, combo);
        firstOutputs ??= outputs;
    }
    return firstOutputs ?? {};
}
/** Matrix combinations, following GitHub's include/exclude rules. */
function matrixCombos(scope, path) {
    const v = scope.wf.view;
    const node = v.node(path);
    if (node === undefined)
        return [{}];
    const lookup = baseLookup(scope.github, {
        inputs: scope.inputs ?? new Unknown('inputs'),
        needs: scope.needs,
    });
    let matrix;
    const asText = v.str(path);
    if (asText !== undefined)
        matrix = soleExpression(asText, lookup) ?? new Unknown('matrix');
    else
        matrix = toExprValue(jsAt(scope, path));
    if (matrix instanceof Unknown ||
        matrix === null ||
        typeof matrix !== 'object' ||
        Array.isArray(matrix)) {
        return [new Unknown('matrix')];
    }
    const m = matrix;
    const keys = Object.keys(m).filter((k) => k !== 'include' && k !== 'exclude');
    let combos = [{}];
    for (const k of keys) {
        let values = m[k];
        if (typeof values === 'string')
            values = soleExpression(values, lookup) ?? values;
        if (!Array.isArray(values)) {
            combos = combos.map((c) => ({ ...c, [k]: new Unknown(`matrix.${k}`) }));
            continue;
        }
        const next = [];
        for (const c of combos)
            for (const val of values)
                if (next.length < MAX_MATRIX)
                    next.push({ ...c, [k]: val });
        combos = next;
    }
    const matches = (c, e) => Object.entries(e).every(([k, x]) => JSON.stringify(c[k]) === JSON.stringify(x));
    if (Array.isArray(m.exclude)) {
        for (const e of m.exclude)
            if (e && typeof e === 'object' && !Array.isArray(e))
                combos = combos.filter((c) => !matches(c, e));
    }
    if (keys.length === 0)
        combos = [];
    const original = combos.map((c) => ({ ...c }));
    if (Array.isArray(m.include)) {
        for (const inc of m.include) {
            if (!inc || typeof inc !== 'object' || Array.isArray(inc))
                continue;
            const entry = inc;
            let added = false;
            // Merged into each original combination whose matrix values it does not overwrite.
            original.forEach((base, idx) => {
                if (Object.entries(entry).every(([k, x]) => !(k in base) || JSON.stringify(base[k]) === JSON.stringify(x))) {
                    Object.assign(combos[idx], entry);
                    added = true;
                }
            });
            if (!added && combos.length < MAX_MATRIX)
                combos.push({ ...entry });
        }
    }
    return combos.length ? combos : [{}];
}
function jsAt(scope, path) {
    let v = scope.wf.view.doc.value;
    for (const p of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[String(p)];
    }
    return v;
}
/**
 * A path written under a checkout folder (`actions/checkout` with `path: release`, then
 * `file: release/cmd/app/Dockerfile`) names the file at `cmd/app/Dockerfile` of the
 * repository. The folder is taken off only when the path does not exist as written and
 * does without it: a checkout of another repository into that folder cannot match then.
 */
function underCheckout(col, state, path) {
    if (!state.checkouts.length || col.exists(path))
        return path;
    for (const dir of state.checkouts) {
        if (!path.startsWith(dir + '/'))
            continue;
        const rest = path.slice(dir.length + 1);
        if (col.exists(rest))
            return rest;
    }
    return path;
}
function runCombo(scope, job, combo) {
    const { wf, col } = scope;
    const v = wf.view;
    const jobPath = ['jobs', job];
    const state = { steps: {}, githubEnv: new Map(), checkouts: [] };
    let env = {};
    const lookupWith = (envObj) => {
        const gh = githubValue(scope.github);
        return (name) => {
            switch (name) {
                case 'env':
                    return envObj;
                case 'matrix':
                    return combo;
                case 'github':
                    return gh;
                case 'steps':
                    return state.steps;
                case 'needs':
                    return scope.needs;
                case 'inputs':
                    return scope.inputs ?? new Unknown('inputs');
                default:
                    return undefined;
            }
        };
    };
    const addEnv = (path) => {
        const lookup = lookupWith(env);
        const next = { ...env };
        for (const [k, raw] of v.stringMap(path)) {
            next[k] = raw === undefined ? '' : github_expr_interpolate(raw, lookup, col.holes);
        }
        env = next;
    };
    addEnv(['env']);
    addEnv([...jobPath, 'env']);
    const jobEnv = env;
    const wd = v.str([...jobPath, 'defaults', 'run', 'working-directory']) ??
        v.str(['defaults', 'run', 'working-directory']);
    const where = `${wf.rel} job ${job}${scope.calledBy ? ` (${scope.calledBy})` : ''}`;
    // The runner evaluates `container:` and `services:` without the env context.
    jobContainers(scope, jobPath, lookupWith({}), where);
    for (let i = 0; i < v.length([...jobPath, 'steps']); i++) {
        const stepPath = [...jobPath, 'steps', i];
        env = { ...jobEnv };
        for (const [k, val] of state.githubEnv)
            env[k] = val;
        addEnv([...stepPath, 'env']);
        const lookup = lookupWith(env);
        const id = v.str([...stepPath, 'id']);
        const name = v.str([...stepPath, 'name']);
        const label = `${where} step ${name ? `"${name}"` : id ? `"${id}"` : i + 1}`;
        const uses = v.str([...stepPath, 'uses']);
        if (uses && /^actions\/checkout(@|$)/i.test(uses)) {
            const repo = v.str([...stepPath, 'with', 'repository']);
            const raw = v.str([...stepPath, 'with', 'path']);
            const path = raw === undefined ? undefined : joinRel('.', github_expr_interpolate(raw, lookup, col.holes));
            const known = scope.github?.repository;
            const other = repo !== undefined && known !== undefined && repo.toLowerCase() !== known.toLowerCase();
            if (path && path !== '.' && !other && !(0,template/* hasEncodedHoles */.GF)(path))
                state.checkouts.push(path);
        }
        else if (uses && /^docker\/metadata-action(@|$)/i.test(uses)) {
            if (id)
                state.steps[id] = metadataOutputs(scope, stepPath, lookup, label);
        }
        else if (uses && /^docker\/build-push-action(@|$)/i.test(uses)) {
            buildPushAction(scope, stepPath, lookup, label, state);
        }
        else if (uses && /^redhat-actions\/buildah-build(@|$)/i.test(uses)) {
            buildahBuild(scope, stepPath, lookup, label);
        }
        else {
            const run = v.str([...stepPath, 'run']);
            if (run !== undefined && (MENTIONS_TOOL.test(run) || /GITHUB_(OUTPUT|ENV)/.test(run))) {
                const stepWd = v.str([...stepPath, 'working-directory']) ?? wd;
                runStep(scope, stepPath, run, env, lookup, stepWd, label, state, id);
            }
        }
    }
    const outputs = {};
    const lookup = lookupWith(jobEnv);
    for (const [k, raw] of v.stringMap([...jobPath, 'outputs'])) {
        if (raw === undefined)
            continue;
        const sole = soleExpression(raw, lookup);
        outputs[k] =
            sole instanceof MetaTags || sole instanceof MetaJson
                ? sole
                : github_expr_interpolate(raw, lookup, col.holes);
    }
    return outputs;
}
/** A job's `container:` and `services:`, with expressions resolved (one per matrix leg). */
function jobContainers(scope, jobPath, lookup, where) {
    const v = scope.wf.view;
    const col = scope.col;
    const job = String(jobPath[1]);
    const text = (path) => {
        const raw = v.str(path);
        return raw === undefined ? undefined : github_expr_interpolate(raw, lookup, col.holes);
    };
    const list = (path) => Array.from({ length: v.length(path) }, (_, i) => {
        const t = text([...path, i]);
        return t === undefined ? undefined : { text: t, range: v.range([...path, i]) };
    }).filter((x) => x !== undefined);
    const add = (path, role, service) => {
        const asString = text(path);
        const imagePath = asString !== undefined ? path : [...path, 'image'];
        const image = asString ?? text(imagePath);
        const options = v.str([...path, 'options']);
        col.jobContainers.push({
            file: scope.wf.rel,
            job,
            role,
            ...(service !== undefined ? { service } : {}),
            keyRange: v.range(path, 'key'),
            ...(image !== undefined ? { image: { text: image, range: v.range(imagePath) } } : {}),
            ...(options !== undefined
                ? {
                    options: {
                        raw: options,
                        expand: (t) => github_expr_interpolate(t, lookup, col.holes),
                        rangeOf: (s, e) => v.innerRange([...path, 'options'], s, e),
                    },
                }
                : {}),
            volumes: asString === undefined ? list([...path, 'volumes']) : [],
            ports: asString === undefined ? list([...path, 'ports']) : [],
            where: `${where}${role === 'container' ? ' container' : ` service ${service}`}`,
        });
    };
    if (v.node([...jobPath, 'container']) !== undefined)
        add([...jobPath, 'container'], 'container');
    for (const id of v.keys([...jobPath, 'services']))
        add([...jobPath, 'services', id], 'service', id);
}
/** Splits an action's list input (newline or comma separated) into entries with offsets. */
function listEntries(raw, csvAware) {
    const out = [];
    let offset = 0;
    for (const line of raw.split('\n')) {
        const pieces = [];
        if (csvAware && /(^|,)\s*name=/.test(line))
            pieces.push({ text: line, start: 0 });
        else {
            let s = 0;
            let depth = 0;
            for (let k = 0; k <= line.length; k++) {
                if (line.startsWith('${{', k))
                    depth++;
                if (line.startsWith('}}', k) && depth > 0)
                    depth--;
                if (k === line.length || (line[k] === ',' && depth === 0)) {
                    pieces.push({ text: line.slice(s, k), start: s });
                    s = k + 1;
                }
            }
        }
        for (const p of pieces) {
            const lead = p.text.length - p.text.trimStart().length;
            const text = p.text.trim();
            if (text && !text.startsWith('#'))
                out.push({ text, start: offset + p.start + lead });
        }
        offset += line.length + 1;
    }
    return out;
}
function metadataOutputs(scope, stepPath, lookup, label) {
    const v = scope.wf.view;
    const col = scope.col;
    const imagesPath = [...stepPath, 'with', 'images'];
    const raw = v.str(imagesPath) ?? '';
    const images = [];
    for (const e of listEntries(raw, true)) {
        let text = e.text;
        if (/(^|,)\s*name=/.test(text)) {
            const attrs = new Map(text.split(',').map((kv) => {
                const eq = kv.indexOf('=');
                return [kv.slice(0, eq).trim(), kv.slice(eq + 1).trim()];
            }));
            if (attrs.get('enable') === 'false')
                continue;
            text = attrs.get('name') ?? '';
        }
        const name = github_expr_interpolate(text, lookup, col.holes);
        images.push({
            name,
            range: () => v.innerRange(imagesPath, e.start, e.start + e.text.length),
            step: label,
        });
    }
    const literalTags = [];
    for (const line of (v.str([...stepPath, 'with', 'tags']) ?? '').split('\n')) {
        const m = /^\s*type=raw,(?:.*,)?value=([\w][\w.-]*)\s*(?:,|$)/.exec(line);
        if (m)
            literalTags.push(m[1]);
    }
    const tags = new MetaTags(images, literalTags);
    return {
        outputs: {
            tags,
            json: new MetaJson(tags),
            version: new Unknown('steps.meta.outputs.version'),
            labels: new Unknown('steps.meta.outputs.labels'),
        },
    };
}
/** A step's `with:` inputs, with their `${{ }}` expressions resolved as far as known. */
function stepInputs(scope, withPath, lookup) {
    return (name) => {
        const raw = scope.wf.view.str([...withPath, name]);
        return raw === undefined ? undefined : github_expr_interpolate(raw, lookup, scope.col.holes).trim();
    };
}
function buildPushAction(scope, stepPath, lookup, label, state) {
    const v = scope.wf.view;
    const col = scope.col;
    const withPath = [...stepPath, 'with'];
    const input = stepInputs(scope, withPath, lookup);
    // v1 had `repository` + `tags` (tag names), `path` and `dockerfile`.
    const v1 = v.str([...withPath, 'repository']) !== undefined;
    let context = input(v1 ? 'path' : 'context') ?? '.';
    const gitContext = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/.exec(context);
    if (gitContext)
        context = gitContext[1] ?? '.';
    if (isRemoteContext(context))
        return;
    const file = input(v1 ? 'dockerfile' : 'file');
    const contextRel = underCheckout(col, state, joinRel('.', context) ?? context);
    const dockerfile = file
        ? underCheckout(col, state, joinRel('.', file) ?? file)
        : `${contextRel}/Dockerfile`;
    const target = input('target');
    const buildArgs = new Map();
    const argsRaw = v.str([...withPath, v1 ? 'build_args' : 'build-args']);
    if (argsRaw !== undefined) {
        for (const e of v1
            ? listEntries(argsRaw, false)
            : argsRaw.split('\n').map((t) => ({ text: t.trim(), start: 0 }))) {
            if (!e.text)
                continue;
            const eq = e.text.indexOf('=');
            if (eq > 0)
                buildArgs.set(e.text.slice(0, eq), github_expr_interpolate(e.text.slice(eq + 1), lookup, col.holes));
        }
    }
    const add = (image, range, detail, extraTags) => {
        col.add({
            image,
            imageRange: range,
            dockerfile,
            context: contextRel,
            target,
            buildArgs,
            kind: 'workflow',
            detail: `${label} (docker/build-push-action) ${detail}, built from ${col.display(joinRel('.', dockerfile) ?? dockerfile)}`,
            extraTags,
        });
    };
    const tagsPath = [...withPath, 'tags'];
    const tagsRaw = v.str(tagsPath) ?? '';
    if (v1) {
        const registry = input('registry');
        const repo = input('repository') ?? '';
        const tags = listEntries(tagsRaw, false).map((e) => github_expr_interpolate(e.text, lookup, col.holes));
        const image = registry ? `${registry}/${repo}` : repo;
        add(image, () => v.range([...withPath, 'repository']), `builds ${col.display(image)}`, tags.filter((t) => !(0,template/* hasEncodedHoles */.GF)(t)));
        return;
    }
    for (const e of listEntries(tagsRaw, false)) {
        const range = () => v.innerRange(tagsPath, e.start, e.start + e.text.length);
        const sole = soleExpression(e.text, lookup);
        const meta = sole instanceof MetaTags ? sole : sole instanceof MetaJson ? sole.tags : undefined;
        if (meta) {
            for (const img of meta.images) {
                add(img.name, img.range, `tags ${col.display(img.name)} from ${img.step} (docker/metadata-action)`, meta.literalTags);
            }
            continue;
        }
        const text = github_expr_interpolate(e.text, lookup, col.holes);
        for (const image of text
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter(Boolean)) {
            add(image, range, `tags ${col.display(image)}`);
        }
    }
}
/**
 * `redhat-actions/buildah-build`: `image` with `tags` (whitespace separated; a tag with a
 * `/` is a full name), `containerfiles` (the first is used), `context`, `build-args`,
 * `--target` in `extra-args`. A name without a registry is pushed later under one
 * (`redhat-actions/push-to-registry`), so it also matches `<registry>/<name>`.
 */
function buildahBuild(scope, stepPath, lookup, label) {
    const v = scope.wf.view;
    const col = scope.col;
    const withPath = [...stepPath, 'with'];
    const input = stepInputs(scope, withPath, lookup);
    const files = (input('containerfiles') ?? input('dockerfiles'))?.split(/\s*\n\s*/).filter(Boolean);
    if (!files?.length)
        return;
    const context = joinRel('.', input('context') ?? '.');
    if (context === undefined)
        return;
    const target = /--target[= ](\S+)/.exec(input('extra-args') ?? '')?.[1];
    const buildArgs = new Map();
    for (const line of (input('build-args') ?? '').split('\n')) {
        const eq = line.indexOf('=');
        if (eq > 0)
            buildArgs.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
    const image = input('image');
    const tags = (input('tags') ?? 'latest').split(/\s+/).filter(Boolean);
    const names = new Map();
    for (const t of tags) {
        const full = t.includes('/') || !image ? t : `${image}:${t}`;
        const colon = full.lastIndexOf(':');
        const name = colon > full.lastIndexOf('/') ? full.slice(0, colon) : full;
        names.set(name, [
            ...(names.get(name) ?? []),
            ...(colon > full.lastIndexOf('/') ? [full.slice(colon + 1)] : []),
        ]);
    }
    for (const [name, literalTags] of names) {
        const first = name.split('/')[0];
        const bare = !name.includes('/') || (!/[.:]/.test(first) && first !== 'localhost');
        const images = bare
            ? [name, `${col.holes.encode('push-to-registry registry', 'any')}/${name}`]
            : [name];
        for (const img of images) {
            col.add({
                image: img,
                imageRange: () => v.range([...withPath, image ? 'image' : 'tags']),
                dockerfile: files[0],
                context,
                target,
                buildArgs,
                kind: 'workflow',
                detail: `${label} (redhat-actions/buildah-build) builds ${col.display(img)} from ${col.display(joinRel('.', files[0]) ?? files[0])}`,
                extraTags: literalTags.filter((t) => !(0,template/* hasEncodedHoles */.GF)(t)),
            });
        }
    }
}
function runStep(scope, stepPath, run, env, lookup, workingDir, label, state, id) {
    const v = scope.wf.view;
    const col = scope.col;
    const runPath = [...stepPath, 'run'];
    const shellEnv = new Map();
    for (const [k, val] of Object.entries(env)) {
        const s = exprToString(val);
        if (s !== undefined)
            shellEnv.set(k, s);
    }
    const gh = githubValue(scope.github);
    if (typeof gh.repository === 'string')
        shellEnv.set('GITHUB_REPOSITORY', gh.repository);
    if (typeof gh.repository_owner === 'string')
        shellEnv.set('GITHUB_REPOSITORY_OWNER', gh.repository_owner);
    shellEnv.set('GITHUB_OUTPUT', OUTPUT_MARK);
    shellEnv.set('GITHUB_ENV', ENV_MARK);
    const cwd = workingDir ? joinRel('.', github_expr_interpolate(workingDir, lookup, col.holes)) : '.';
    // A working directory inside a checkout folder may be that folder of this repository.
    const cwds = [];
    if (cwd !== undefined) {
        cwds.push(cwd);
        for (const dir of state.checkouts) {
            if (cwd === dir)
                cwds.push('.');
            else if (cwd.startsWith(dir + '/'))
                cwds.push(cwd.slice(dir.length + 1));
        }
    }
    const builds = findShellBuilds({
        text: run,
        rangeOf: (s, e) => v.innerRange(runPath, s, e),
        holes: col.holes,
        env: shellEnv,
        cwds,
        scriptDir: cwd ?? '.',
        preExpand: (raw) => github_expr_interpolate(raw, lookup, col.holes),
        onContainerStart: (found) => col.containerCommands.push({ kind: 'workflow', file: scope.wf.rel, where: label, found }),
        onCommand: (fields, redirects) => {
            const sink = redirects.find((r) => (r.op === '>>' || r.op === '>') && (r.target === OUTPUT_MARK || r.target === ENV_MARK));
            if (!sink || fields[0]?.text !== 'echo')
                return;
            const line = fields
                .slice(1)
                .filter((f, k) => !(k === 0 && /^-[neE]+$/.test(f.text)))
                .map((f) => f.text)
                .join(' ');
            const eq = line.indexOf('=');
            if (eq <= 0)
                return;
            const key = line.slice(0, eq);
            const value = line.slice(eq + 1);
            if (sink.target === ENV_MARK)
                state.githubEnv.set(key, value);
            else if (id) {
                const step = (state.steps[id] ??= { outputs: {} });
                step.outputs[key] = value;
            }
        },
    });
    addShellBuilds(col, builds, 'workflow', label);
}

;// CONCATENATED MODULE: ./build/images/links/index.js
/**
 * Which Dockerfile builds each deployed image. `collectLinks` reads every evidence
 * source once; `LinkIndex.resolve` answers per image reference with the link, the
 * evidence that agrees, the competing claims when there is more than one, or the
 * facts of a well-known base image when nothing here builds it.
 */















const PRIORITY = {
    config: 0,
    workflow: 1,
    compose: 2,
    skaffold: 3,
    makefile: 4,
    script: 5,
    'heuristic-name': 6,
    'heuristic-single': 7,
};
function guard(col, file, fn) {
    try {
        fn();
    }
    catch (e) {
        col.problem('warning', 'internal-error', `could not read build evidence from ${file}: ${e.message}`, {
            file,
            startLine: 1,
            startColumn: 1,
            endLine: 1,
            endColumn: 1,
        });
    }
}
/** Reads the evidence sources in order: config, workflows, compose, skaffold, Makefiles and scripts. */
function collectLinks(input) {
    const col = new Collector(input);
    if (input.configImages?.length)
        guard(col, '.kube-whoami.yaml', () => collectConfig(input.configImages, col));
    guard(col, '.github/workflows', () => collectWorkflows(input.files.workflows, col, input.github));
    guard(col, 'compose files', () => collectCompose(input.files.compose, col));
    for (const f of input.files.skaffold)
        guard(col, f, () => collectSkaffold(f, col));
    for (const f of input.files.scripts)
        guard(col, f, () => collectScript(f, col));
    return new LinkIndex(col);
}
const linkKey = (l) => `${l.dockerfile}\u0000${l.target ?? ''}`;
class LinkIndex {
    col;
    problems;
    /** What the build files say about running containers, for the container views. */
    composeProjects;
    containerCommands;
    jobContainers;
    /** The variables the readers could not resolve, for displaying texts that hold them. */
    holes;
    /** Dockerfiles that links name but discovery did not list; the scanner should load them too. */
    extraDockerfiles;
    exact = new Map();
    patterns = [];
    claimed = new Set();
    allDockerfiles;
    cache = new Map();
    nearCache = new Map();
    /** Links of exactly named candidates per repository (they do not depend on the tag). */
    exactLinks = new Map();
    cacheFor;
    singleCache;
    constructor(col) {
        this.col = col;
        this.problems = col.problems;
        this.composeProjects = col.composeProjects;
        this.containerCommands = col.containerCommands;
        this.jobContainers = col.jobContainers;
        this.holes = col.holes;
        this.extraDockerfiles = [...col.extraDockerfiles].sort();
        this.allDockerfiles = [...new Set([...col.dockerfiles, ...col.extraDockerfiles])].sort();
        for (const c of col.candidates) {
            if (c.image.kind === 'reference') {
                const list = this.exact.get(c.image.repository) ?? [];
                list.push(c);
                this.exact.set(c.image.repository, list);
            }
            else {
                this.patterns.push(c);
            }
            if (!(0,template/* hasEncodedHoles */.GF)(c.dockerfile))
                this.claimed.add(c.dockerfile);
        }
    }
    /** Every link whose image name is fully known, in evidence order. */
    get links() {
        return [...this.exact.entries()]
            .flatMap(([repo, cs]) => cs.flatMap((c) => this.instantiate(c, repo, new Map())))
            .sort((a, b) => PRIORITY[a.evidence.kind] - PRIORITY[b.evidence.kind] || a.image.localeCompare(b.image));
    }
    /** Links whose image name still holds variables, shown as written. */
    get patternLinks() {
        return this.patterns.map((c) => ({
            pattern: c.imageDisplay,
            dockerfile: this.col.display(c.dockerfile),
            evidence: c.evidence,
        }));
    }
    resolve(imageRef, options = {}) {
        // Answers depend on the deployed list only through the single-Dockerfile heuristic;
        // the cache holds for one list (by identity) at a time.
        const deployed = options.deployedImages;
        if (deployed !== this.cacheFor) {
            this.cache.clear();
            this.cacheFor = deployed;
        }
        let out = this.cache.get(imageRef);
        if (!out) {
            out = this.resolveUncached(imageRef, options);
            this.cache.set(imageRef, out);
        }
        if (out.ambiguous?.length && options.near !== undefined) {
            const key = `${imageRef}\u0000${dirOf(options.near)}`;
            let near = this.nearCache.get(key);
            if (!near) {
                near = nearest(out, out.ambiguous, options.near);
                this.nearCache.set(key, near);
            }
            return near;
        }
        return out;
    }
    resolveUncached(input, options) {
        const parsed = (0,reference/* parseReference */.F2)(input.trim());
        if (!parsed.ok) {
            const placeholder = placeholderName(input.trim());
            if (placeholder) {
                const named = this.placeholderLinks(input.trim(), placeholder);
                if (named.length)
                    return decide({ input, image: placeholder.repo }, named, placeholder.ref);
            }
            return { input, error: parsed.error };
        }
        const ref = parsed.ref;
        const repo = (0,reference/* repositoryOf */._M)(ref);
        const res = { input, image: repo, reference: ref };
        const evidence = this.evidenceFor(repo, ref);
        if (evidence.length)
            return decide(res, evidence, ref);
        const fact = (0,base_images/* lookupBaseImage */.Tw)(input.trim());
        if (fact)
            return { ...res, baseFact: fact };
        if (repo.startsWith('docker.io/library/'))
            return res;
        const placeholder = placeholderName(input.trim());
        const named = placeholder
            ? this.placeholderLinks(input.trim(), placeholder)
            : byName(repo, this.allDockerfiles);
        if (named.length)
            return decide(res, named, ref);
        if (options.deployedImages && this.allDockerfiles.length === 1) {
            const lone = this.allDockerfiles[0];
            if (!this.claimed.has(lone) && this.singleCandidate(options.deployedImages) === repo) {
                return { ...res, link: single(repo, lone) };
            }
        }
        return res;
    }
    folderCache = new Map();
    isFolder = (rel) => {
        let hit = this.folderCache.get(rel);
        if (hit === undefined) {
            hit = this.col.input.isFolder?.(rel) ?? false;
            this.folderCache.set(rel, hit);
        }
        return hit;
    };
    /** Dockerfiles named like the last path segment of a placeholder image, said as such. */
    placeholderLinks(input, p) {
        // `e2e-actorapp` beside tests/apps/actorapp/: the name, then its dash-separated tails
        // and heads, longest first; the first that names a folder wins.
        const tokens = p.name.split('-');
        const candidates = [p.name];
        for (let k = 1; k < tokens.length; k++) {
            candidates.push(tokens.slice(k).join('-'), tokens.slice(0, tokens.length - k).join('-'));
        }
        let hits = [];
        for (const c of candidates) {
            hits = byName(`placeholder/${c}`, this.allDockerfiles);
            if (hits.length)
                break;
        }
        // An app folder without a Dockerfile of its own, built with the one its parent holds
        // (dapr's tests/apps/<app>/ and tests/apps/Dockerfile).
        if (!hits.length) {
            for (const c of candidates) {
                hits = sharedByParent(`placeholder/${c}`, this.isFolder, this.allDockerfiles);
                if (hits.length)
                    break;
            }
        }
        const why = p.kind === 'local'
            ? `names a local registry (${p.marker}), which holds only what was pushed from a checkout,`
            : `names a placeholder registry (${p.marker}),`;
        return hits.map((l) => ({
            ...l,
            image: p.repo,
            evidence: {
                ...l.evidence,
                detail: `${input} ${why} so only its last path segment ${p.name} is matched: ${l.dockerfile} is assumed because ${l.evidence.detail.replace(/^.*? is assumed because /, '')} (low confidence)`,
            },
            confidence: 'low',
        }));
    }
    /** Links from explicit evidence: config entries alone when present, else exact names, else patterns. */
    evidenceFor(repo, ref) {
        let links = this.exactLinks.get(repo);
        if (!links) {
            const exact = this.exact.get(repo) ?? [];
            const config = exact.filter((c) => c.evidence.kind === 'config');
            const chosen = config.length ? config : exact;
            links = chosen.flatMap((c) => this.instantiate(c, repo, new Map()));
            this.exactLinks.set(repo, links);
        }
        if (links.length || this.exact.get(repo)?.some((c) => c.evidence.kind === 'config'))
            return links;
        // Docker Hub's official images are not what a repository with an unknown registry pushes.
        const official = repo.startsWith('docker.io/library/');
        return this.patterns.flatMap((c) => {
            if (c.image.kind !== 'pattern')
                return [];
            if (official && c.image.pattern.domain !== 'docker.io')
                return [];
            const bindings = (0,pattern/* matchPattern */.gH)(c.image.pattern, ref);
            return bindings ? this.instantiate(c, repo, bindings) : [];
        });
    }
    /** The one deployed repository no evidence, base fact or official name explains, if exactly one. */
    singleCandidate(images) {
        if (this.singleCache?.images === images)
            return this.singleCache.repo;
        const repos = new Set();
        const seen = new Set();
        for (const img of images) {
            const p = (0,reference/* parseReference */.F2)(img.trim());
            if (!p.ok)
                continue;
            const repo = (0,reference/* repositoryOf */._M)(p.ref);
            if (seen.has(repo))
                continue;
            seen.add(repo);
            if (repo.startsWith('docker.io/library/') || (0,base_images/* lookupBaseImage */.Tw)(img.trim()))
                continue;
            if (this.evidenceFor(repo, p.ref).length)
                continue;
            repos.add(repo);
        }
        const repo = repos.size === 1 ? [...repos][0] : undefined;
        this.singleCache = { images, repo };
        return repo;
    }
    /** Concrete links for a candidate; holes are filled from the image match or the Dockerfile list. */
    instantiate(c, repo, bindings) {
        const holes = this.col.holes;
        const dfParts = (0,template/* splitTemplate */.LL)(c.dockerfile, holes);
        let options;
        const filled = (0,template/* fillTemplate */.ou)(dfParts, bindings);
        if (filled !== undefined) {
            if ((0,template/* hasEncodedHoles */.GF)(c.dockerfile) &&
                !this.allDockerfiles.includes(filled) &&
                !this.col.exists(filled))
                return [];
            options = [{ dockerfile: filled, bindings, guessed: false }];
        }
        else {
            // Only a unique match is taken: a path that is mostly a variable would match everything.
            const matches = this.globDockerfiles(dfParts, bindings);
            options = matches.length === 1 ? [{ ...matches[0], guessed: true }] : [];
        }
        const fill = (text, b) => text === undefined ? undefined : (0,template/* fillTemplate */.ou)((0,template/* splitTemplate */.LL)(text, holes), b);
        return options.map(({ dockerfile, bindings: b, guessed }) => {
            const link = {
                image: repo,
                dockerfile,
                context: fill(c.context, b) ?? dirOf(dockerfile),
                evidence: c.evidence,
                confidence: c.lowConfidence ||
                    guessed ||
                    (c.image.kind === 'pattern' && !c.image.pattern.lastComponentLiteral)
                    ? 'low'
                    : 'high',
            };
            if (c.image.kind === 'pattern')
                link.pattern = c.imageDisplay;
            else if (c.image.templated)
                link.pattern = c.imageDisplay;
            if (c.tags.length)
                link.tags = [...c.tags];
            if (c.tagPatterns.length)
                link.tagPatterns = [...c.tagPatterns];
            const target = fill(c.target, b);
            if (target)
                link.target = target;
            // A build target we cannot name may be any stage: the link stands, the stage is a guess.
            else if (c.target !== undefined)
                link.confidence = 'low';
            const args = { ...c.buildArgs };
            const unresolved = [...c.unresolvedBuildArgs];
            for (const [k, v] of Object.entries(c.buildArgs)) {
                const f = fill(v, b);
                if (f === undefined) {
                    delete args[k];
                    unresolved.push(k);
                }
                else
                    args[k] = f;
            }
            if (Object.keys(args).length)
                link.buildArgs = args;
            if (unresolved.length)
                link.unresolvedBuildArgs = unresolved;
            if (c.variant)
                link.variant = c.variant;
            return link;
        });
    }
    /** Known Dockerfiles matching a path with holes; each match binds the holes it fills. */
    globDockerfiles(parts, bindings) {
        const names = [];
        let src = '';
        for (const p of parts) {
            if (typeof p === 'string')
                src += (0,linear_regex/* escapeRegex */.$f)(p);
            else if (bindings.has(p.expr))
                src += (0,linear_regex/* escapeRegex */.$f)(bindings.get(p.expr));
            else {
                const seen = names.indexOf(p.expr);
                if (seen >= 0)
                    src += `\\${seen + 1}`;
                else {
                    names.push(p.expr);
                    src += '([^/]+(?:/[^/]+)*?)';
                }
            }
        }
        const re = (0,linear_regex/* linearRegex */.t$)(`^${src}$`);
        const out = [];
        for (const df of this.allDockerfiles) {
            const m = re.exec(df);
            if (!m)
                continue;
            const b = new Map(bindings);
            names.forEach((n, i) => b.set(n, m[i + 1] ?? ''));
            out.push({ dockerfile: df, bindings: b });
        }
        return out;
    }
}
/** Picks the link when all claims agree, else reports the competing claims. */
function decide(res, links, ref) {
    // The same line can build the same Dockerfile several times (matrix legs, callers of a
    // reusable workflow); those are one claim, with the tags of all of them. Links may be
    // shared with cached answers, so merging works on copies.
    const sorted = [...links].sort((a, b) => PRIORITY[a.evidence.kind] - PRIORITY[b.evidence.kind] ||
        (a.confidence === b.confidence ? 0 : a.confidence === 'high' ? -1 : 1));
    const byKey = new Map();
    const unique = [];
    const copies = new Set();
    for (const l of sorted) {
        const r = l.evidence.range;
        const k = `${linkKey(l)}\u0000${r.file}:${r.startLine}:${r.startColumn}\u0000${l.variant ?? ''}`;
        const at = byKey.get(k);
        if (at === undefined) {
            byKey.set(k, unique.length);
            unique.push(l);
            continue;
        }
        let kept = unique[at];
        if (!copies.has(kept)) {
            kept = { ...kept };
            copies.add(kept);
        }
        if (l.tags)
            kept.tags = [...new Set([...(kept.tags ?? []), ...l.tags])];
        if (l.tagPatterns)
            kept.tagPatterns = [...new Set([...(kept.tagPatterns ?? []), ...l.tagPatterns])];
        unique[at] = kept;
    }
    const main = unique.filter((l) => !l.variant);
    const pool = main.length ? main : unique;
    const groups = new Map();
    for (const l of pool)
        groups.set(linkKey(l), [...(groups.get(linkKey(l)) ?? []), l]);
    let chosen;
    const others = [];
    const tag = ref.tag;
    const named = (l) => tag !== undefined && !!l.tags?.includes(tag);
    const fits = (l) => tag !== undefined && (named(l) || !!l.tagPatterns?.some((p) => (0,pattern/* tagFits */.b0)(p, tag)));
    if (groups.size === 1)
        chosen = [...groups.values()][0];
    else if (tag !== undefined) {
        // A tag named by exactly one claim settles it; that is evidence, and the rest are listed.
        let byTag = [...groups.values()].filter((g) => g.some(named));
        if (byTag.length === 0)
            byTag = [...groups.values()].filter((g) => g.some(fits));
        if (byTag.length === 1) {
            chosen = byTag[0];
            for (const g of groups.values())
                if (g !== chosen)
                    (0,arrays/* pushAll */.iI)(others, g);
        }
    }
    if (!chosen && tag !== undefined) {
        // No claim names the tag, but the tags some claims build cannot be it (`v1.2` is not a
        // build of `${VERSION}-debug`): when exactly one claim is left, it builds the image.
        const open = [...groups.values()].filter((g) => g.some((l) => mayBuildTag(l, tag)));
        if (open.length === 1 && open.length < groups.size) {
            chosen = open[0];
            for (const g of groups.values())
                if (g !== chosen)
                    (0,arrays/* pushAll */.iI)(others, g);
        }
    }
    // Within the chosen claim, the evidence that names the tag comes first.
    const score = (l) => named(l) ? 3 : fits(l) ? 2 : tag !== undefined && mayBuildTag(l, tag) ? 1 : 0;
    if (chosen && tag !== undefined)
        chosen = [...chosen].sort((a, b) => score(b) - score(a));
    if (!chosen)
        return { ...res, ambiguous: pool };
    const key = linkKey(chosen[0]);
    const out = { ...res, link: chosen[0] };
    const corroborating = chosen.slice(1);
    const alternatives = [...others];
    if (main.length) {
        for (const v of unique.filter((l) => l.variant))
            (linkKey(v) === key ? corroborating : alternatives).push(v);
    }
    if (corroborating.length)
        out.corroborating = corroborating;
    if (alternatives.length)
        out.alternatives = alternatives;
    return out;
}
/** How many leading folders two folder paths share (`a/b/c` and `a/b/d`: 2). */
function sharedDepth(a, b) {
    if (a === '.' || b === '.')
        return 0;
    const x = a.split('/');
    const y = b.split('/');
    let n = 0;
    while (n < x.length && n < y.length && x[n] === y[n])
        n++;
    return n;
}
/**
 * Competing claims, settled by where the image runs: the build whose Dockerfile shares the
 * most folders with the file that runs it, when exactly one does (kubebuilder's testdata
 * projects each build `controller:latest` from their own Dockerfile). Low confidence, said so.
 */
function nearest(res, claims, near) {
    const dir = dirOf(near);
    const groups = new Map();
    for (const l of claims)
        groups.set(linkKey(l), [...(groups.get(linkKey(l)) ?? []), l]);
    const scored = [...groups.values()].map((g) => ({
        g,
        depth: Math.max(...g.map((l) => sharedDepth(dirOf(l.dockerfile), dir))),
    }));
    const best = Math.max(...scored.map((s) => s.depth));
    const top = scored.filter((s) => s.depth === best);
    if (best === 0 || top.length !== 1)
        return res;
    const [chosen, ...corroborating] = top[0].g;
    const shared = dir.split('/').slice(0, best).join('/');
    const out = {
        input: res.input,
        ...(res.image !== undefined ? { image: res.image } : {}),
        ...(res.reference !== undefined ? { reference: res.reference } : {}),
        link: {
            ...chosen,
            confidence: 'low',
            evidence: {
                ...chosen.evidence,
                detail: `${chosen.evidence.detail}; of the ${groups.size} builds that claim ${res.image ?? res.input}, it is the one in ${shared}/, beside ${near} (low confidence)`,
            },
        },
    };
    if (corroborating.length)
        out.corroborating = corroborating;
    out.alternatives = scored.filter((s) => s !== top[0]).flatMap((s) => s.g);
    return out;
}
/** Whether a claim may build this tag: it names no tag, names this one, or has a pattern it fits. */
function mayBuildTag(l, tag) {
    if (!l.tags?.length && !l.tagPatterns?.length)
        return true;
    if (l.tags?.includes(tag))
        return true;
    return !!l.tagPatterns?.some((p) => (0,pattern/* tagFits */.b0)(p, tag) || (0,template/* splitTemplate */.LL)(p).every((x) => typeof x !== 'string' || x === ''));
}
// Registries and owners that documentation writes for "put yours here".
const PLACEHOLDER_HOSTS = /^(registry\.example(\.(com|org|net))?|example\.(com|org|net)|([a-z0-9-]+\.)?example\.(com|org|net)|your[-_.]?registry[^/]*|my[-_.]?registry[^/]*|registry\.local)$/i;
const PLACEHOLDER_SEGMENT = /^(\[?\s*your[-_ ][a-z0-9_ -]+\]?|<[^>]+>|\{\{[^}]*\}\}|xxx+|changeme)$/i;
// Registries that run beside the developer's cluster (kind's and k3d's local registries):
// what they hold was pushed from a checkout, and no one else can answer for it.
const LOCAL_REGISTRY = /^(localhost|127\.0\.0\.1|\[::1\]|host\.docker\.internal|kind-registry|[a-z0-9-]*\.localhost|k3d-[a-z0-9-]+)(:\d+)?$/i;
/** An image reference written with a placeholder registry or owner, if it is one. */
function placeholderName(text) {
    const noDigest = text.replace(/@.*$/, '');
    const parts = noDigest.split('/');
    if (parts.length < 2)
        return undefined;
    const last = parts[parts.length - 1];
    const name = last.replace(/:[^:]*$/, '').toLowerCase();
    if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(name))
        return undefined;
    const local = LOCAL_REGISTRY.test(parts[0]) && parts.length > 1 ? parts[0] : undefined;
    const marker = local ??
        (PLACEHOLDER_HOSTS.test(parts[0]) ? parts[0] : undefined) ??
        parts.slice(0, -1).find((p) => PLACEHOLDER_SEGMENT.test(p));
    if (!marker)
        return undefined;
    const tag = /:([^:/]+)$/.exec(last)?.[1];
    return {
        kind: local ? 'local' : 'placeholder',
        marker: `${marker}/`,
        name,
        repo: `placeholder/${name}`,
        ref: { domain: 'placeholder', path: name, ...(tag ? { tag } : {}) },
    };
}


/***/ }),

/***/ 8969:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   b0: () => (/* binding */ tagFits),
/* harmony export */   gH: () => (/* binding */ matchPattern)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8794);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6953);
/* harmony import */ var _core_linear_regex_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(235);
/**
 * Image names that still hold variables (`${REGISTRY}/api:${TAG}`,
 * `ghcr.io/${{ github.repository }}`). Such a name cannot be normalised, but its known
 * parts can still be matched against the concrete images a workload deploys, and the
 * values its holes take in that match can fill the same holes in a Dockerfile path.
 */



// `[^\n]` rather than `.`: the same characters in RE2 and V8 (V8's `.` also stops at \r).
const HOLE_REGEX = {
    any: '[^\\n]+',
    segment: '[^/]+',
    'owner-repo': '[^/]+/[^/]+',
};
const SAMPLE = { any: 'x', segment: 'x', 'owner-repo': 'x/x' };
/**
 * Parses an image name that may hold variables. Literal names give a normalised
 * reference; names with holes give a pattern; anything Docker would reject is invalid.
 */
function parseImageRef(text, table) {
    const trimmed = text.trim();
    const parts = (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .splitTemplate */ .LL)(trimmed, table);
    if ((0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .isLiteral */ .c$)(parts)) {
        const r = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(trimmed);
        if (!r.ok)
            return { kind: 'invalid', error: r.error };
        return { kind: 'reference', ref: r.ref, repository: (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryOf */ ._M)(r.ref) };
    }
    return buildPattern(parts);
}
function buildPattern(parts) {
    const toks = [];
    for (const p of parts) {
        if (typeof p === 'string')
            for (const ch of p)
                toks.push({ ch });
        else
            toks.push({ hole: p });
    }
    const isCh = (t, c) => !!t && 'ch' in t && t.ch === c;
    // The name ends at the first literal '@' (digest) or the last ':' after the last '/'.
    let end = toks.findIndex((t) => isCh(t, '@'));
    if (end < 0)
        end = toks.length;
    let lastSlash = -1;
    for (let i = 0; i < end; i++)
        if (isCh(toks[i], '/'))
            lastSlash = i;
    let tagStart = -1;
    for (let i = end - 1; i > lastSlash; i--) {
        if (isCh(toks[i], ':')) {
            tagStart = i;
            break;
        }
    }
    const nameToks = toks.slice(0, tagStart >= 0 ? tagStart : end);
    const tagToks = tagStart >= 0 ? toks.slice(tagStart + 1, end) : [];
    const digestToks = end < toks.length ? toks.slice(end + 1) : [];
    const sample = (list, fill) => list.map((t) => ('ch' in t ? t.ch : fill(t.hole))).join('');
    // Reject names whose literal parts Docker would refuse anyway.
    const probe = (fill) => sample(nameToks, fill) +
        (tagStart >= 0 ? ':' + sample(tagToks, () => 'x') : '') +
        (digestToks.length && digestToks.every((t) => 'ch' in t)
            ? '@' + sample(digestToks, () => '')
            : '');
    const first = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(probe((h) => SAMPLE[h.shape]));
    if (!first.ok && !(0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(probe(() => '0')).ok) {
        return { kind: 'invalid', error: first.error };
    }
    if (nameToks.every((t) => 'ch' in t)) {
        const name = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(sample(nameToks, () => ''));
        if (!name.ok)
            return { kind: 'invalid', error: name.error };
        const tag = tagToks.length && tagToks.every((t) => 'ch' in t) ? sample(tagToks, () => '') : undefined;
        const ref = { domain: name.ref.domain, path: name.ref.path };
        if (tag !== undefined)
            ref.tag = tag;
        const tagPattern = tag === undefined && tagToks.length ? showToks(tagToks) : undefined;
        return { kind: 'reference', ref, repository: (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryOf */ ._M)(ref), templated: true, tagPattern };
    }
    const firstSlash = nameToks.findIndex((t) => isCh(t, '/'));
    const firstSeg = nameToks.slice(0, firstSlash < 0 ? nameToks.length : firstSlash);
    const firstSegLiteral = firstSeg.every((t) => 'ch' in t);
    let domain;
    let body = nameToks;
    let libraryOptional = false;
    if (firstSegLiteral && firstSlash >= 0) {
        const seg = sample(firstSeg, () => '');
        const isDomain = seg === 'localhost' ||
            seg === 'index.docker.io' ||
            /[.:]/.test(seg) ||
            seg.toLowerCase() !== seg;
        if (isDomain) {
            domain = seg === 'index.docker.io' ? _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_DOMAIN */ .lV : seg;
            body = nameToks.slice(firstSlash + 1);
        }
        else {
            domain = _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_DOMAIN */ .lV;
        }
    }
    if (domain === _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_DOMAIN */ .lV && !body.some((t) => isCh(t, '/')))
        libraryOptional = true;
    const holes = [];
    const groupOf = new Map();
    let re = '';
    for (const t of body) {
        if ('ch' in t) {
            re += (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .$f)(t.ch);
            continue;
        }
        const seen = groupOf.get(t.hole.expr);
        if (seen !== undefined) {
            re += `\\${seen + 1}`;
            continue;
        }
        holes.push(t.hole);
        groupOf.set(t.hole.expr, holes.length - 1);
        re += `(${HOLE_REGEX[t.hole.shape]})`;
    }
    let source;
    if (domain !== undefined) {
        source = `^${(0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .$f)(domain)}/${libraryOptional ? '(?:library/)?' : ''}${re}$`;
    }
    else {
        source = `^${re}$`;
    }
    const lastSeg = nameToks.slice(lastSlash + 1);
    const lastComponentLiteral = lastSlash >= 0 && lastSeg.length > 0 && lastSeg.every((t) => 'ch' in t);
    const literalChars = nameToks.filter((t) => 'ch' in t).length;
    const tag = tagToks.length && tagToks.every((t) => 'ch' in t) ? sample(tagToks, () => '') : undefined;
    const display = showToks([...nameToks, ...(tagStart >= 0 ? [{ ch: ':' }, ...tagToks] : [])]);
    return {
        kind: 'pattern',
        pattern: {
            display,
            domain,
            tag,
            tagPattern: tag === undefined && tagToks.length ? showToks(tagToks) : undefined,
            lastComponentLiteral,
            literalChars,
            holes,
            regex: (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .lazyLinearRegex */ .p0)(source, 'i', (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .backtrackingLimit */ .I6)(source.split('+').length - 1)),
            matchFamiliar: domain === undefined,
        },
    };
}
/**
 * Matches a concrete reference against a pattern. Returns the value of each hole
 * (`matrix.svc` \u2192 `api`) on success.
 */
function matchPattern(pattern, ref) {
    const candidates = [(0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryOf */ ._M)(ref)];
    if (pattern.matchFamiliar)
        candidates.push((0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .familiarName */ .hG)(ref));
    for (const name of candidates) {
        const m = pattern.regex.exec(name);
        if (!m)
            continue;
        const out = new Map();
        pattern.holes.forEach((h, i) => out.set(h.expr, m[i + 1] ?? ''));
        return out;
    }
    return undefined;
}
function showToks(toks) {
    return toks.map((t) => ('ch' in t ? t.ch : (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .holeDisplay */ .PS)(t.hole.expr))).join('');
}
/**
 * Whether a tag fits a tag written with variables (`${VERSION}-alpine` fits `1.2-alpine`).
 * A tag that is nothing but variables (`${{ github.sha }}`) fits everything and so tells
 * nothing: it never fits.
 */
function tagFits(pattern, tag) {
    const parts = (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .splitTemplate */ .LL)(pattern);
    if (!parts.some((p) => typeof p === 'string' && p !== ''))
        return false;
    const src = parts.map((p) => (typeof p === 'string' ? (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .$f)(p) : '[^\\n]+')).join('');
    const holes = parts.filter((p) => typeof p !== 'string').length;
    return (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .lazyLinearRegex */ .p0)(`^${src}$`, '', (0,_core_linear_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .backtrackingLimit */ .I6)(holes)).test(tag);
}


/***/ }),

/***/ 8794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   hG: () => (/* binding */ familiarName),
/* harmony export */   lV: () => (/* binding */ DEFAULT_DOMAIN),
/* harmony export */   yr: () => (/* binding */ effectiveTag)
/* harmony export */ });
/* unused harmony exports splitDockerDomain, normalise, sameRepository, familiarString, canonicalString, isValidTag */
/**
 * Image references as Docker and the kubelet read them (distribution/reference
 * `ParseNormalizedNamed`): `nginx` is `docker.io/library/nginx`, a first component with a
 * `.` or `:` (or `localhost`, or uppercase) is a registry host, repository paths are
 * lowercase, tags are `[\w][\w.-]{0,127}`, digests are `algorithm:hex`.
 */
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_PREFIX = 'library/';
const NAME_MAX = 255;
// Longer input is not an image reference; bounding it keeps the regexes linear enough.
const INPUT_MAX = 4096;
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainAndPort = `(?:${domainName}|${ipv6address})(?::[0-9]+)?`;
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const namePat = `(?:${domainAndPort}/)?${remoteName}`;
const referenceRe = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const anchoredNameRe = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const identifierRe = /^[a-f0-9]{64}$/;
const tagRe = new RegExp(`^${tagPat}$`);
// go-digest's registered algorithms and their hex lengths.
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
/** Parses like `ParseNormalizedNamed`; errors carry Docker's messages. */
function parseReference(text) {
    const s = text;
    if (s.length > INPUT_MAX)
        return fail('invalid reference format');
    if (identifierRe.test(s)) {
        return fail(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
    }
    const [domain, remainder] = splitDockerDomain(s);
    const colon = remainder.indexOf(':');
    const remote = colon > -1 ? remainder.slice(0, colon) : remainder;
    if (remote.toLowerCase() !== remote) {
        return fail(`invalid reference format: repository name (${remote}) must be lowercase`);
    }
    return parseCanonical(`${domain}/${remainder}`);
}
/** `Parse` of an already domain-qualified string. */
function parseCanonical(s) {
    if (s === '')
        return fail('repository name must have at least one component');
    const m = referenceRe.exec(s);
    if (!m) {
        const lower = s.toLowerCase();
        if (lower !== s && referenceRe.test(lower))
            return fail('repository name must be lowercase');
        return fail('invalid reference format');
    }
    const nm = anchoredNameRe.exec(m[1]);
    const domain = nm?.[1] ?? '';
    const path = nm ? nm[2] : m[1];
    if (path.length > NAME_MAX)
        return fail(`repository name must not be more than ${NAME_MAX} characters`);
    const ref = { domain, path };
    if (m[2] !== undefined)
        ref.tag = m[2];
    if (m[3] !== undefined) {
        const err = digestError(m[3]);
        if (err)
            return fail(err);
        ref.digest = m[3];
    }
    return { ok: true, ref };
}
function digestError(d) {
    const i = d.indexOf(':');
    const alg = d.slice(0, i);
    const hex = d.slice(i + 1);
    const want = DIGEST_HEX_LENGTH[alg];
    if (want === undefined)
        return 'unsupported digest algorithm';
    if (hex.length !== want)
        return 'invalid checksum digest length';
    if (!/^[a-f0-9]+$/.test(hex))
        return 'invalid checksum digest format';
    return undefined;
}
function fail(error) {
    return { ok: false, error };
}
/** Registry host and remainder, with Docker Hub's implicit domain and `library/`. */
function splitDockerDomain(name) {
    const slash = name.indexOf('/');
    if (slash === -1)
        return [DEFAULT_DOMAIN, OFFICIAL_PREFIX + name];
    const maybeDomain = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    let domain;
    let remote;
    if (maybeDomain === 'localhost')
        [domain, remote] = [maybeDomain, rest];
    else if (maybeDomain === LEGACY_DEFAULT_DOMAIN)
        [domain, remote] = [DEFAULT_DOMAIN, rest];
    else if (/[.:]/.test(maybeDomain))
        [domain, remote] = [maybeDomain, rest];
    else if (maybeDomain.toLowerCase() !== maybeDomain)
        [domain, remote] = [maybeDomain, rest];
    else
        [domain, remote] = [DEFAULT_DOMAIN, name];
    if (domain === DEFAULT_DOMAIN && !remote.includes('/'))
        remote = OFFICIAL_PREFIX + remote;
    return [domain, remote];
}
/** `domain/path`: the repository, without tag or digest. */
function repositoryOf(ref) {
    return ref.domain ? `${ref.domain}/${ref.path}` : ref.path;
}
/** Normalised repository (`nginx:1.27` \u2192 `docker.io/library/nginx`), or undefined when invalid. */
function normalise(text) {
    const r = parseReference(text);
    return r.ok ? repositoryOf(r.ref) : undefined;
}
/** True when both parse and name the same repository; tags and digests are ignored. */
function sameRepository(a, b) {
    const x = normalise(a);
    return x !== undefined && x === normalise(b);
}
/** Familiar repository name as `docker` prints it: `docker.io/library/nginx` \u2192 `nginx`. */
function familiarName(ref) {
    if (ref.domain !== DEFAULT_DOMAIN)
        return repositoryOf(ref);
    if (ref.path.startsWith(OFFICIAL_PREFIX)) {
        const rest = ref.path.slice(OFFICIAL_PREFIX.length);
        if (!rest.includes('/'))
            return rest;
    }
    return ref.path;
}
/** Familiar name with tag and digest: `nginx:1.27@sha256:\u2026`. */
function familiarString(ref) {
    return familiarName(ref) + suffix(ref);
}
/** Fully qualified form with tag and digest: `docker.io/library/nginx:1.27`. */
function canonicalString(ref) {
    return repositoryOf(ref) + suffix(ref);
}
function suffix(ref) {
    return (ref.tag !== undefined ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '');
}
/** The tag a pull would use: the explicit tag, `latest` without tag or digest, none for digest-only. */
function effectiveTag(ref) {
    if (ref.tag !== undefined)
        return ref.tag;
    return ref.digest ? undefined : 'latest';
}
function isValidTag(tag) {
    return tagRe.test(tag);
}


/***/ }),

/***/ 6953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ shellHoleShape),
/* harmony export */   GF: () => (/* binding */ hasEncodedHoles),
/* harmony export */   Hz: () => (/* binding */ githubHoleShape),
/* harmony export */   LL: () => (/* binding */ splitTemplate),
/* harmony export */   PS: () => (/* binding */ holeDisplay),
/* harmony export */   WV: () => (/* binding */ displayText),
/* harmony export */   c$: () => (/* binding */ isLiteral),
/* harmony export */   nN: () => (/* binding */ HoleTable),
/* harmony export */   ou: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* unused harmony exports matchingClose, templateToString */
/**
 * Text with unresolved parts. Build files name images with variables (`${REGISTRY}/api`,
 * `$(IMAGE)`, `${{ env.IMAGE }}`, `{{ .Values.image }}`); what could not be resolved stays
 * a hole, and a hole still matches when the rest of the name is known.
 *
 * Resolvers that expand variables themselves encode their leftover holes with
 * `HoleTable.encode`, a private-use marker that no tokenizer splits and no real name
 * contains; `splitTemplate` decodes those and also recognises the usual variable syntaxes
 * in plain strings.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const ENCODED = /\uE000(\d+)\uE001/g;
/** Holes encoded into text by one resolver run; decode with the same table. */
class HoleTable {
    holes = [];
    index = new Map();
    encode(expr, shape = 'any') {
        const key = `${shape}\u0000${expr}`;
        let id = this.index.get(key);
        if (id === undefined) {
            id = this.holes.length;
            this.holes.push({ expr, shape });
            this.index.set(key, id);
        }
        return `${OPEN}${id}${CLOSE}`;
    }
    get(id) {
        return this.holes[id];
    }
}
function hasEncodedHoles(text) {
    return text.includes(OPEN);
}
/** Shapes of the GitHub contexts that commonly appear in image names. */
function githubHoleShape(expr) {
    const e = expr.replace(/\s+/g, '');
    if (e === 'github.repository' || e === 'env.GITHUB_REPOSITORY')
        return 'owner-repo';
    if (e === 'github.repository_owner' ||
        e === 'github.actor' ||
        e === 'github.event.repository.name' ||
        e === 'github.triggering_actor' ||
        /^secrets\.[A-Za-z0-9_]*(USER|USERNAME|LOGIN|NAMESPACE|ORG|OWNER)$/i.test(e)) {
        return 'segment';
    }
    return 'any';
}
/** Shapes of the GitHub environment variables that commonly appear in image names. */
function shellHoleShape(name) {
    if (name === 'GITHUB_REPOSITORY')
        return 'owner-repo';
    if (name === 'GITHUB_REPOSITORY_OWNER' || name === 'GITHUB_ACTOR')
        return 'segment';
    return 'any';
}
/**
 * Splits text into literal parts and holes. Recognised: encoded holes from `table`,
 * `${{ expr }}` (GitHub), `{{ expr }}` (Go templates), `${VAR...}` and `$VAR` (shell,
 * compose), `$(VAR)` (make, or a command substitution). Adjacent literals are merged.
 */
function splitTemplate(text, table) {
    const parts = [];
    const pushText = (s) => {
        if (!s)
            return;
        const last = parts[parts.length - 1];
        if (typeof last === 'string')
            parts[parts.length - 1] = last + s;
        else
            parts.push(s);
    };
    let i = 0;
    let lit = '';
    while (i < text.length) {
        const c = text[i];
        if (c === OPEN) {
            const m = /^\uE000(\d+)\uE001/.exec(text.slice(i, i + 16));
            const hole = m && table ? table.get(Number(m[1])) : undefined;
            if (m && hole) {
                pushText(lit);
                lit = '';
                parts.push(hole);
                i += m[0].length;
                continue;
            }
        }
        if (c === '$' && text.startsWith('${{', i)) {
            const end = text.indexOf('}}', i + 3);
            if (end > 0) {
                pushText(lit);
                lit = '';
                const expr = text.slice(i + 3, end).trim();
                parts.push({ expr, shape: githubHoleShape(expr) });
                i = end + 2;
                continue;
            }
        }
        if (c === '{' && text.startsWith('{{', i)) {
            const end = text.indexOf('}}', i + 2);
            if (end > 0) {
                pushText(lit);
                lit = '';
                parts.push({ expr: text.slice(i + 2, end).trim(), shape: 'any' });
                i = end + 2;
                continue;
            }
        }
        if (c === '$' && (text[i + 1] === '{' || text[i + 1] === '(')) {
            const end = matchingClose(text, i + 1);
            if (end > 0) {
                pushText(lit);
                lit = '';
                const inner = text.slice(i + 2, end).trim();
                const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(inner)?.[0] ?? inner;
                parts.push({ expr: name, shape: shellHoleShape(name) });
                i = end + 1;
                continue;
            }
        }
        if (c === '$') {
            const m = /^\$([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(text.slice(i, i + 256));
            if (m) {
                pushText(lit);
                lit = '';
                parts.push({ expr: m[1], shape: shellHoleShape(m[1]) });
                i += m[0].length;
                continue;
            }
        }
        lit += c;
        i++;
    }
    pushText(lit);
    return parts;
}
/** Index of the bracket closing the one at `open` (`{` or `(`), or -1. */
function matchingClose(text, open) {
    const o = text[open];
    const cl = o === '{' ? '}' : ')';
    let depth = 0;
    for (let j = open; j < text.length; j++) {
        const ch = text[j];
        if (ch === o)
            depth++;
        else if (ch === cl) {
            depth--;
            if (depth === 0)
                return j;
        }
    }
    return -1;
}
function isLiteral(parts) {
    return parts.every((p) => typeof p === 'string');
}
/** How a hole reads in messages: long command substitutions are shortened to one line. */
function holeDisplay(expr) {
    const one = expr.replace(/\s+/g, ' ');
    return `\${${one.length > 40 ? `${one.slice(0, 39)}\u2026` : one}}`;
}
/** Display form: holes written as `${expr}`. */
function templateToString(parts) {
    return parts.map((p) => (typeof p === 'string' ? p : holeDisplay(p.expr))).join('');
}
/** Text where each hole is replaced by its value in `bindings`, or undefined when one is unbound. */
function fillTemplate(parts, bindings) {
    let out = '';
    for (const p of parts) {
        if (typeof p === 'string')
            out += p;
        else {
            const v = bindings.get(p.expr);
            if (v === undefined)
                return undefined;
            out += v;
        }
    }
    return out;
}
/** Replaces encoded holes with `${expr}` so the text reads well in messages. */
function displayText(text, table) {
    return text.replace(ENCODED, (_m, id) => holeDisplay(table.get(Number(id))?.expr ?? '?'));
}


/***/ }),

/***/ 3581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ verifyRunAsNonRoot)
/* harmony export */ });
/* unused harmony exports MAX_USER_ID, kubeletMessage */
/**
 * The kubelet's runAsNonRoot check (pkg/kubelet/kuberuntime, verifyRunAsNonRoot on Linux),
 * reproduced exactly: the effective securityContext decides first; only when it sets
 * runAsNonRoot without runAsUser does the image user matter, and then a name (even `root`)
 * cannot be verified, uid 0 or no user is root, and a uid outside 0..2147483647 is invalid.
 * The API server accepts all of these pods; the kubelet then refuses to create the
 * container (CreateContainerConfigError), retrying with back-off forever.
 */
const MAX_USER_ID = 2147483647;
/** verifyRunAsNonRoot's decision (KUBERNETES.md A.4). */
function verifyRunAsNonRoot(sc, image) {
    if (sc.runAsNonRoot !== true)
        return { kind: 'ok' };
    if (sc.runAsUser !== undefined) {
        return sc.runAsUser === 0
            ? { kind: 'runAsUserIsRoot', message: "container's runAsUser breaks non-root policy" }
            : { kind: 'ok' };
    }
    if (image.uid === undefined && image.username) {
        return {
            kind: 'imageUserNonNumeric',
            message: `container has runAsNonRoot and image has non-numeric user (${image.username}), cannot verify user is non-root`,
        };
    }
    if (image.uid !== undefined) {
        if (image.uid === 0)
            return {
                kind: 'imageUserIsRoot',
                message: 'container has runAsNonRoot and image will run as root',
            };
        if (image.uid < 0 || image.uid > MAX_USER_ID) {
            return {
                kind: 'imageUserInvalidId',
                message: `container has runAsNonRoot and image has an invalid user id (${image.uid}). (Must be 1-(${MAX_USER_ID})): must be between 0 and ${MAX_USER_ID}, inclusive`,
            };
        }
    }
    return { kind: 'ok' };
}
/** The full message as current kubelets print it, with the pod identity suffix. */
function kubeletMessage(verdict, pod, container) {
    if (!verdict.message)
        return undefined;
    return `${verdict.message} (pod: ${JSON.stringify(`${pod.name}_${pod.namespace}(${pod.uid})`)}, container: ${container})`;
}


/***/ }),

/***/ 6309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x4: () => (/* binding */ CONTAINER_GROUPS),
  dC: () => (/* binding */ containerAnchor),
  CL: () => (/* binding */ containerLoc),
  u$: () => (/* binding */ podLoc),
  h_: () => (/* binding */ podMetadataLoc),
  n3: () => (/* binding */ toWorkload)
});

// UNUSED EXPORTS: WORKLOAD_KINDS

// EXTERNAL MODULE: ./build/k8s/fields.js
var fields = __webpack_require__(102);
// EXTERNAL MODULE: ./build/k8s/objects.js
var objects = __webpack_require__(6443);
;// CONCATENATED MODULE: ./build/k8s/security-context.js

function pick(read, field, pod, ctr, podPath, ctrPath) {
    const c = read(ctr[field]);
    if (c !== undefined)
        return { value: c, from: 'container', path: [...ctrPath, field] };
    if (!pod)
        return undefined;
    const p = read(pod[field]);
    if (p !== undefined)
        return { value: p, from: 'pod', path: [...podPath, field] };
    return undefined;
}
function effectiveSecurityContext(podSc, ctrSc, podPath, ctrPath) {
    const own = (read, field) => pick(read, field, undefined, ctrSc, podPath, ctrPath);
    const both = (read, field) => pick(read, field, podSc, ctrSc, podPath, ctrPath);
    const windowsOptions = {};
    const podWin = (0,fields/* dict */.jd)(podSc.windowsOptions) ?? {};
    const ctrWin = (0,fields/* dict */.jd)(ctrSc.windowsOptions) ?? {};
    for (const f of [
        'gmsaCredentialSpecName',
        'gmsaCredentialSpec',
        'runAsUserName',
        'hostProcess',
    ]) {
        const got = pick((v) => ((0,fields/* isSet */.vM)(v) ? v : undefined), f, podWin, ctrWin, [...podPath, 'windowsOptions'], [...ctrPath, 'windowsOptions']);
        if (got)
            windowsOptions[f] = got;
    }
    return {
        runAsUser: both(fields/* int */.Wh, 'runAsUser'),
        runAsGroup: both(fields/* int */.Wh, 'runAsGroup'),
        runAsNonRoot: both(fields/* bool */.lc, 'runAsNonRoot'),
        seLinuxOptions: both(fields/* dict */.jd, 'seLinuxOptions'),
        windowsOptions,
        capabilities: own(fields/* dict */.jd, 'capabilities'),
        privileged: own(fields/* bool */.lc, 'privileged'),
        readOnlyRootFilesystem: own(fields/* bool */.lc, 'readOnlyRootFilesystem'),
        allowPrivilegeEscalation: own(fields/* bool */.lc, 'allowPrivilegeEscalation'),
        procMount: own(fields/* str */.gx, 'procMount'),
    };
}

;// CONCATENATED MODULE: ./build/k8s/workload.js



/** Containers in the order Kubernetes visits them: init, regular, ephemeral. */
const CONTAINER_GROUPS = [
    'initContainers',
    'containers',
    'ephemeralContainers',
];
const TEMPLATE = { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] };
const APPS = ['apps', 'extensions'];
const KINDS = {
    Pod: { groups: [''], spec: ['spec'], metadata: ['metadata'] },
    PodTemplate: { groups: [''], spec: ['template', 'spec'], metadata: ['template', 'metadata'] },
    ReplicationController: { groups: [''], ...TEMPLATE },
    Deployment: { groups: APPS, ...TEMPLATE },
    StatefulSet: { groups: APPS, ...TEMPLATE },
    DaemonSet: { groups: APPS, ...TEMPLATE },
    ReplicaSet: { groups: APPS, ...TEMPLATE },
    Job: { groups: ['batch'], ...TEMPLATE },
    CronJob: {
        groups: ['batch'],
        spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
        metadata: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
    },
    // Argo Rollouts creates its pods from this template like a Deployment does.
    Rollout: { groups: ['argoproj.io'], ...TEMPLATE },
};
const WORKLOAD_KINDS = Object.keys(KINDS);
function apiGroup(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/** The workload view of an object, or undefined when it has no pod template. */
function toWorkload(object) {
    const kind = KINDS[object.kind];
    if (!kind || !kind.groups.includes(apiGroup(object.apiVersion)))
        return undefined;
    const spec = (0,fields/* dict */.jd)((0,fields/* get */.Jt)(object.value, ...kind.spec));
    if (!spec)
        return undefined;
    const metadata = (0,fields/* dict */.jd)((0,fields/* get */.Jt)(object.value, ...kind.metadata)) ?? {};
    const annotations = {};
    for (const [k, v] of Object.entries((0,fields/* dict */.jd)(metadata.annotations) ?? {})) {
        if (typeof v === 'string')
            annotations[k] = v;
    }
    const podSc = (0,fields/* dict */.jd)(spec.securityContext) ?? {};
    const containers = [];
    for (const group of CONTAINER_GROUPS) {
        (0,fields/* list */.p_)(spec[group]).forEach((c, index) => {
            if (!(0,fields/* isDict */.Zm)(c))
                return;
            const sc = (0,fields/* dict */.jd)(c.securityContext) ?? {};
            const path = [...kind.spec, group, index];
            containers.push({
                group,
                index,
                name: (0,fields/* str */.gx)(c.name) ?? `${group}[${index}]`,
                image: (0,fields/* str */.gx)(c.image),
                path,
                spec: c,
                securityContext: sc,
                effective: effectiveSecurityContext(podSc, sc, [...kind.spec, 'securityContext'], [...path, 'securityContext']),
            });
        });
    }
    return {
        object,
        isTemplate: object.kind !== 'Pod',
        pod: {
            path: kind.spec,
            metadataPath: kind.metadata,
            spec,
            annotations,
            securityContext: podSc,
            containers,
            volumes: (0,fields/* list */.p_)(spec.volumes).filter(fields/* isDict */.Zm),
            os: (0,fields/* str */.gx)((0,fields/* get */.Jt)(spec, 'os', 'name')),
        },
    };
}
/** A place relative to the pod spec. */
function podLoc(w, ...path) {
    return (0,objects/* locIn */.SP)(w.object, [...w.pod.path, ...path]);
}
/** A place relative to a container. */
function containerLoc(w, c, ...path) {
    return (0,objects/* locIn */.SP)(w.object, [...c.path, ...path]);
}
/** The place to report a missing container field: the container's `name:` line. */
function containerAnchor(w, c) {
    return (0,objects/* locIn */.SP)(w.object, [...c.path, 'name'], 'pair');
}
/** A place relative to the pod (template) metadata. */
function podMetadataLoc(w, ...path) {
    return (0,objects/* locIn */.SP)(w.object, [...w.pod.metadataPath, ...path]);
}


/***/ }),

/***/ 5440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   qr: () => (/* binding */ configureRules)
/* harmony export */ });
/* unused harmony exports LEVELS, THRESHOLDS, effectiveLevel, securitySeverity, securitySeverityLabel, sarifLevel, annotationCommand, meetsThreshold, failingFindings */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4823);
/**
 * One mapping from a rule's severity and the user's overrides to everything that shows a
 * level: the finding's level, SARIF `level` and `security-severity`, workflow annotation
 * commands and the exit code. The scanner, the CLI, the action and every reporter use it,
 * so a rule set to `note` in the config is a note everywhere.
 */

const LEVELS = (/* unused pure expression or super */ null && (['error', 'warning', 'note']));
const THRESHOLDS = (/* unused pure expression or super */ null && (['error', 'warning', 'note', 'none']));
/**
 * GitHub's security-severity bands (critical > 9, high 7\u20138.9, medium 4\u20136.9, low 0.1\u20133.9).
 * A rule moved to another level by the user is moved into that level's band, so the alert
 * GitHub shows agrees with the level the user chose.
 */
const BANDS = {
    error: { min: 7.0, max: 10 },
    warning: { min: 4.0, max: 6.9 },
    note: { min: 0.1, max: 3.9 },
};
/** The level of one finding: the config's override, else what the rule reported, else its default. */
function effectiveLevel(rule, reported, configured) {
    if (configured && configured !== 'off')
        return configured;
    return reported ?? rule.meta.severity;
}
/** The security-severity score of a rule at a configured level. */
function securitySeverity(rule, configured) {
    const score = rule.meta.securitySeverity;
    if (!configured || configured === 'off' || configured === rule.meta.severity)
        return score;
    const band = BANDS[configured];
    return Math.min(band.max, Math.max(band.min, score));
}
/** GitHub's label for a security-severity score (job summary, annotations). */
function securitySeverityLabel(score) {
    if (score > 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}
/**
 * The rules a scan runs, as configured: `off` rules dropped, and each overridden rule's
 * `meta.severity` and `meta.securitySeverity` set to what the user chose, so that SARIF's
 * rule table, the summary and the findings all show the same level.
 */
function configureRules(rules, settings = {}) {
    const out = [];
    for (const rule of rules) {
        const configured = settings[rule.id];
        if (configured === 'off')
            continue;
        if (!configured || configured === rule.meta.severity) {
            out.push(rule);
            continue;
        }
        out.push({
            ...rule,
            meta: {
                ...rule.meta,
                severity: configured,
                securitySeverity: securitySeverity(rule, configured),
            },
        });
    }
    return out;
}
/** SARIF result and descriptor level. */
function sarifLevel(level) {
    return level;
}
/** The workflow command that annotates a finding of this level (`::error`, `::warning`, `::notice`). */
function annotationCommand(level) {
    return level === 'note' ? 'notice' : level;
}
/** Whether a level is at or above a threshold (`none` never is). */
function meetsThreshold(level, threshold) {
    return threshold !== 'none' && _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVEL_ORDER */ .s[level] >= _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVEL_ORDER */ .s[threshold];
}
/** Findings that fail the run: not suppressed (inline, config or baseline) and at or above the threshold. */
function failingFindings(findings, threshold) {
    return findings.filter((f) => !f.suppression && meetsThreshold(f.level, threshold));
}
/** Exit code of a finished scan: 1 when a finding fails the run, else 0. */
function exitCodeFor(findings, threshold) {
    return failingFindings(findings, threshold).length > 0 ? 1 : 0;
}


/***/ }),

/***/ 6355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// UNUSED EXPORTS: ruleById

// EXTERNAL MODULE: ./build/docker/risk.js
var risk = __webpack_require__(6678);
;// CONCATENATED MODULE: ./build/rules/docker/describe.js
const DOCKER_TAGS = ['docker', 'compose', 'security'];
/** A setting as written: `privileged: true`, `cap_add: SYS_ADMIN`, `--cap-add SYS_ADMIN`, `--privileged`. */
function said(s, shown = String(s.value)) {
    if (s.written.startsWith('-')) {
        const bare = typeof s.value === 'boolean' && s.value;
        return bare ? s.written : `${s.written} ${shown}`;
    }
    return `${s.written}: ${shown}`;
}
/** Stable finding key of a setting: what it says, never where. */
function keyOf(s, extra = '') {
    return `${s.written.replace(/^-+/, '')}=${String(s.value)}${extra}`;
}

;// CONCATENATED MODULE: ./build/rules/docker/docker-capabilities.js


/** Capabilities that amount to privileged, or nearly: reported as errors. */
const SEVERE = new Set(['ALL', 'SYS_ADMIN']);
const rule = {
    id: 'docker-capabilities',
    scope: 'docker',
    meta: {
        title: 'Container adds capabilities beyond the default set',
        description: "A Compose `cap_add`, a `--cap-add` flag or a workflow job container's `--cap-add` option adds a Linux capability that the runtime does not grant by default (Docker: AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, NET_RAW, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT; Podman's set lacks AUDIT_WRITE, MKNOD and NET_RAW). `ALL` and `SYS_ADMIN` are errors (they come close to --privileged); the others are warnings. Adding back a default capability is not reported, nor is anything after `cap_drop: [ALL]` that is in the default set.",
        severity: 'warning',
        securitySeverity: 6.0,
        tags: DOCKER_TAGS,
        precision: 'very-high',
        remediation: 'Drop the capability, or keep only the one the process needs (and cap_drop: [ALL] first, so the container starts from nothing).',
    },
    check(ctx, { container: c }) {
        for (const s of (0,risk/* extraCapabilities */.zK)(c)) {
            const severe = SEVERE.has(s.value);
            const why = s.value === 'ALL'
                ? 'every capability, as --privileged gives them'
                : s.value === 'SYS_ADMIN'
                    ? 'SYS_ADMIN, which allows mounting file systems and most of what root can do on the host kernel'
                    : `${s.value}, which ${c.tool === 'podman' ? 'Podman' : 'Docker'} does not grant by default`;
            ctx.report({
                at: s.range,
                message: `${c.where}: ${said(s)} adds ${why}. ${rule.meta.remediation}`,
                key: keyOf(s),
                ...(severe ? { level: 'error' } : {}),
            });
        }
    },
};
/* harmony default export */ const docker_capabilities = (rule);

;// CONCATENATED MODULE: ./build/rules/docker/docker-host-namespaces.js


const WHAT = {
    network_mode: "the host's network stack: it can listen on and reach every host interface, including services bound to localhost",
    '--network': "the host's network stack: it can listen on and reach every host interface, including services bound to localhost",
    '--net': "the host's network stack: it can listen on and reach every host interface, including services bound to localhost",
    pid: "the host's process table: it sees every process on the host, and can signal or trace them with the capabilities it has",
    '--pid': "the host's process table: it sees every process on the host, and can signal or trace them with the capabilities it has",
    ipc: "the host's System V IPC and POSIX shared memory",
    '--ipc': "the host's System V IPC and POSIX shared memory",
    userns_mode: "the host's user namespace: user-namespace remapping (userns-remap) is off for it, so root in it is root on the host",
    '--userns': "the host's user namespace: user-namespace remapping (userns-remap) is off for it, so root in it is root on the host",
    uts: "the host's hostname and domain name",
    '--uts': "the host's hostname and domain name",
};
const docker_host_namespaces_rule = {
    id: 'docker-host-namespaces',
    scope: 'docker',
    meta: {
        title: "Container shares the host's namespaces",
        description: "A Compose `network_mode: host`, `pid: host`, `ipc: host`, `userns_mode: host` or `uts: host`, or the `--network`/`--net`, `--pid`, `--ipc`, `--userns`, `--uts` flags set to `host` (also in a workflow job container's options). The container then shares that namespace with the host: its network stack, its processes, its shared memory. Host network, PID and IPC are errors (the same checks as the Pod Security Standards' hostNamespaces); host user and UTS namespaces are warnings. Podman's `--userns host` is not reported (it is Podman's default when run as root).",
        severity: 'error',
        securitySeverity: 7.5,
        tags: DOCKER_TAGS,
        precision: 'very-high',
        remediation: 'Remove the setting (publish ports with ports/-p instead of the host network), or share the namespace of one named container (container:NAME) when that is what is needed.',
    },
    check(ctx, { container: c }) {
        for (const s of (0,risk/* hostNamespaces */.lv)(c)) {
            if (c.tool === 'podman' && s.written === '--userns')
                continue;
            const minor = s.written === 'uts' || s.written === '--uts' || s.written.includes('userns');
            ctx.report({
                at: s.range,
                message: `${c.where}: ${said(s)} shares ${WHAT[s.written] ?? 'a host namespace'}. ${docker_host_namespaces_rule.meta.remediation}`,
                key: keyOf(s),
                ...(minor ? { level: 'warning' } : {}),
            });
        }
    },
};
/* harmony default export */ const docker_host_namespaces = (docker_host_namespaces_rule);

;// CONCATENATED MODULE: ./build/rules/docker/docker-host-root-mount.js


const docker_host_root_mount_rule = {
    id: 'docker-host-root-mount',
    scope: 'docker',
    meta: {
        title: "Container mounts the host's root, /proc, /sys or /etc",
        description: "A bind mount (Compose `volumes`, `-v`, `--mount type=bind`, a workflow container's `volumes`) whose host side is `/`, `/proc`, `/sys` or `/etc`. Written to, these let the container change the host (its users, its kernel settings, its boot); read, they hand it the host's secrets (`/etc/shadow`, other processes' environments in `/proc`). Writable mounts are errors; read-only ones warnings.",
        severity: 'error',
        securitySeverity: 8.5,
        tags: DOCKER_TAGS,
        precision: 'very-high',
        remediation: 'Mount only the folder or file the process needs, read-only where it can (:ro), instead of the host root.',
    },
    check(ctx, { container: c }) {
        for (const m of c.mounts) {
            const what = (0,risk/* hostRootMount */.QN)(m);
            if (!what)
                continue;
            ctx.report({
                at: m.range,
                message: `${c.where}: ${said(m)} mounts ${what}${m.readOnly ? " read-only: the container can read the host's secrets" : ' writable: the container can change the host'}. ${docker_host_root_mount_rule.meta.remediation}`,
                key: keyOf(m),
                ...(m.readOnly ? { level: 'warning' } : {}),
            });
        }
    },
};
/* harmony default export */ const docker_host_root_mount = (docker_host_root_mount_rule);

// EXTERNAL MODULE: ./build/identity/runtime-user.js
var runtime_user = __webpack_require__(771);
// EXTERNAL MODULE: ./build/docker/syntax.js
var syntax = __webpack_require__(2338);
;// CONCATENATED MODULE: ./build/rules/docker/docker-no-new-privileges.js



const docker_no_new_privileges_rule = {
    id: 'docker-no-new-privileges',
    scope: 'docker',
    meta: {
        title: 'Non-root container can regain privileges through setuid binaries',
        description: 'A container that runs as a non-root user without `no-new-privileges` in its security options (`security_opt: [no-new-privileges:true]`, `--security-opt no-new-privileges`). A setuid or file-capability binary in the image (su, sudo, ping, newgrp\u2026) can then raise the process back to root or to capabilities it was not started with. With no_new_privs set, execve never grants more privileges. Root containers are not reported (they have nothing to regain), nor privileged ones (docker-privileged reports those), nor containers whose user is unknown. The daemon can set it for every container (`"no-new-privileges": true` in daemon.json); the rule cannot see that.',
        severity: 'note',
        securitySeverity: 3.0,
        tags: DOCKER_TAGS,
        precision: 'medium',
        remediation: 'Add no-new-privileges:true to security_opt (or --security-opt no-new-privileges to the command).',
    },
    check(ctx, { container: c, user }) {
        if (!(0,runtime_user/* knownNonRoot */.vU)(user) || c.privileged?.value)
            return;
        if (c.securityOpt.some((s) => s.unresolved || (0,syntax/* isNoNewPrivileges */.IR)(s.value)))
            return;
        const how = c.origin === 'compose'
            ? 'its security_opt has no no-new-privileges:true'
            : c.origin === 'run'
                ? 'the command has no --security-opt no-new-privileges'
                : 'its options have no --security-opt no-new-privileges';
        ctx.report({
            at: c.anchor,
            message: `${c.where} runs as ${(0,runtime_user/* userLabel */.Ux)(user)}, and ${how}: a setuid binary in the image can take the process back to root. ${docker_no_new_privileges_rule.meta.remediation}`,
            key: 'no-new-privileges',
        });
    },
};
/* harmony default export */ const docker_no_new_privileges = (docker_no_new_privileges_rule);

;// CONCATENATED MODULE: ./build/rules/docker/docker-privileged.js

const docker_privileged_rule = {
    id: 'docker-privileged',
    scope: 'docker',
    meta: {
        title: 'Container started with --privileged',
        description: 'A Compose service with `privileged: true`, a `docker run --privileged` (or podman) line, or a workflow job container whose options hold `--privileged`. A privileged container gets every capability, every host device and no seccomp, AppArmor or SELinux confinement: root in it is root on the host, in one step.',
        severity: 'error',
        securitySeverity: 9.0,
        tags: DOCKER_TAGS,
        precision: 'very-high',
        remediation: 'Remove privileged and add only the capabilities (cap_add) and devices (devices, --device) the process needs.',
    },
    check(ctx, { container: c }) {
        const p = c.privileged;
        if (!p?.value || p.unresolved)
            return;
        ctx.report({
            at: p.range,
            message: `${c.where}: ${said(p)} gives the container every capability, every host device and no seccomp, AppArmor or SELinux confinement, so root in it is root on the host. ${docker_privileged_rule.meta.remediation}`,
            key: 'privileged',
        });
    },
};
/* harmony default export */ const docker_privileged = (docker_privileged_rule);

;// CONCATENATED MODULE: ./build/identity/file-capabilities.js
/** Whether a binary of the image keeps cap_net_bind_service in its file capabilities. */
function bindsThroughFileCapability(facts) {
    const grants = (caps) => caps.includes('NET_BIND_SERVICE') || caps.includes('ALL');
    if (grants(facts.baseFact?.fileCapabilities ?? []))
        return true;
    if (!facts.model)
        return false;
    const last = new Map();
    for (const f of facts.model.fileCapabilities)
        last.set(f.path, f.caps);
    return [...last.values()].some(grants);
}
/** The build starts from scratch or from a well-known image (whose file capabilities are known). */
function knownBase(model) {
    return model.baseImage.ref?.toLowerCase() === 'scratch' || model.baseImage.fact !== undefined;
}

;// CONCATENATED MODULE: ./build/rules/docker/docker-privileged-port-non-root.js


const docker_privileged_port_non_root_rule = {
    id: 'docker-privileged-port-non-root',
    scope: 'docker',
    meta: {
        title: 'Non-root container on the host network listens on a port below 1024',
        description: "A container that runs as a non-root user (a uid other than 0, or an account the build creates without a fixed id), shares the host's network (`network_mode: host`, `--network host`) and listens on a port below 1024 (the container side of `ports`/`expose`/`-p`/`--expose`, or the image's EXPOSE when none is given), without NET_BIND_SERVICE carried by a binary of the image as a file capability. Docker (since 20.10) and Podman set net.ipv4.ip_unprivileged_port_start to 0 in a container's own network namespace, so the bind works there; in the host's namespace the host's value holds (1024 by default) and bind() fails with \"permission denied\". Adding NET_BIND_SERVICE with cap_add does not reach a non-root process (the runtimes set no ambient capabilities).",
        severity: 'warning',
        securitySeverity: 2.0,
        tags: ['reliability', 'docker', 'compose'],
        precision: 'medium',
        remediation: 'Listen on a port of 1024 or above, or leave the host network (publish the port with ports / -p, where the container may bind any port).',
    },
    check(ctx, { container: c, facts, user }) {
        if (!(0,runtime_user/* knownNonRoot */.vU)(user))
            return;
        const net = c.network;
        if (!net || net.unresolved || net.value.toLowerCase() !== 'host')
            return;
        if (facts && bindsThroughFileCapability(facts)) {
            const dropped = c.capDrop.some((d) => d.value === 'NET_BIND_SERVICE' || d.value === 'ALL');
            const added = c.capAdd.some((a) => a.value === 'NET_BIND_SERVICE' || a.value === 'ALL');
            if (!dropped || added)
                return;
        }
        const low = [];
        for (const p of c.ports) {
            if (p.containerPort !== undefined && p.containerPort > 0 && p.containerPort < 1024)
                low.push({ port: p.containerPort, at: p.range, what: `${p.written} ${p.value}` });
        }
        if (!c.ports.length && facts?.model) {
            for (const e of facts.model.exposedPorts) {
                if (e.port !== null && e.port > 0 && e.port < 1024)
                    low.push({ port: e.port, at: c.anchor, what: `the image's EXPOSE ${e.spec}` });
            }
        }
        for (const l of low) {
            ctx.report({
                at: l.at,
                message: `${c.where} runs as ${(0,runtime_user/* userLabel */.Ux)(user)} on the host network (${net.written} ${net.value}) and listens on port ${l.port} (${l.what}): in the host's network namespace ports below 1024 stay privileged (net.ipv4.ip_unprivileged_port_start is the host's, 1024 by default), so bind() fails with "permission denied". ${docker_privileged_port_non_root_rule.meta.remediation}`,
                key: String(l.port),
                ...(facts ? { image: facts.ref } : {}),
            });
        }
    },
};
/* harmony default export */ const docker_privileged_port_non_root = (docker_privileged_port_non_root_rule);

// EXTERNAL MODULE: ./build/k8s/objects.js
var objects = __webpack_require__(6443);
;// CONCATENATED MODULE: ./build/rules/image-pod/describe.js

/** Where an effective securityContext field was set (container or pod). */
function fieldLoc(w, field) {
    return (0,objects/* locIn */.SP)(w.object, field.path);
}
/** "image X (built from Dockerfile, target T)" or "image X (official image: ...)". */
function imageClause(facts) {
    const link = facts.resolution.link;
    if (link && facts.model) {
        const target = link.target ? `, target ${link.target}` : '';
        const low = link.confidence === 'low' ? ' (linked by a heuristic)' : '';
        return `image ${facts.ref} is built from ${link.dockerfile}${target}${low}, which has ${facts.userEvidence.text}`;
    }
    if (facts.baseFact)
        return `image ${facts.ref} is not built here: ${facts.userEvidence.text}`;
    return `image ${facts.ref}`;
}
/** The Dockerfile line that decides the user, as a related location. */
function userRelated(facts) {
    return facts.userEvidence.range
        ? [{ at: facts.userEvidence.range, message: facts.userEvidence.text }]
        : [];
}
const KUBELET_TAGS = ['kubernetes', 'kubelet', 'reliability', 'security'];

;// CONCATENATED MODULE: ./build/rules/docker/docker-runs-as-root.js


const docker_runs_as_root_rule = {
    id: 'docker-runs-as-root',
    scope: 'docker',
    meta: {
        title: 'Container runs as root',
        description: 'A Compose service, `docker run` line or workflow job container whose process runs as uid 0: no `user:`/`--user` and an image that runs as root (no USER, USER 0, or a name that is uid 0 in it), or a `user:`/`--user` that says root. Only images whose user kube-whoami knows are judged (a Dockerfile in the repository, or a well-known image); unknown images are never guessed. An official image whose entrypoint switches to another user (postgres, redis\u2026) is reported as a note, since only its entrypoint runs as root, unless the entrypoint is replaced.',
        severity: 'warning',
        securitySeverity: 6.5,
        tags: DOCKER_TAGS,
        precision: 'high',
        remediation: 'Give the image a numeric non-root USER, or set user: / --user to a non-root uid:gid that owns what the process writes.',
    },
    check(ctx, { container: c, facts, user }) {
        if (user.uid !== 0)
            return;
        if (user.explicit && c.user) {
            ctx.report({
                at: c.user.range,
                message: `${c.where}: ${said(c.user)} runs the container as root: a compromise of its process is root in the container, and one kernel bug or mounted socket from root on the host. ${docker_runs_as_root_rule.meta.remediation}`,
                key: 'user',
            });
            return;
        }
        if (!facts || facts.user === null)
            return;
        const flag = c.origin === 'compose' ? 'no user: key' : 'no --user';
        const dropsTo = facts.model ? undefined : facts.baseFact?.dropsTo;
        if (dropsTo && !c.entrypoint) {
            ctx.report({
                at: c.anchor,
                message: `${c.where} starts as root (${flag}, and the ${imageClause(facts)}); the image's entrypoint then switches to ${dropsTo}, so only the entrypoint runs as root. Setting user: / --user skips the switch and the root phase.`,
                related: userRelated(facts),
                image: facts.ref,
                key: 'user',
                level: 'note',
            });
            return;
        }
        ctx.report({
            at: c.anchor,
            message: `${c.where} runs as root: ${flag}, and the ${imageClause(facts)}. ${docker_runs_as_root_rule.meta.remediation}`,
            related: userRelated(facts),
            image: facts.ref,
            key: 'user',
        });
    },
};
/* harmony default export */ const docker_runs_as_root = (docker_runs_as_root_rule);

;// CONCATENATED MODULE: ./build/rules/docker/docker-socket-mount.js


const docker_socket_mount_rule = {
    id: 'docker-socket-mount',
    scope: 'docker',
    meta: {
        title: "Container can drive the host's container engine",
        description: "A bind mount of the container engine's API socket (`/var/run/docker.sock`, `/run/docker.sock`, Podman's, containerd's or CRI-O's socket, or the `/var/run` and `/run` folders that hold it), or Compose's `use_api_socket: true` / `--use-api-socket`. Whoever can talk to the socket can start a privileged container with the host's root mounted: the container is root on the host. A read-only mount does not help: `:ro` stops writes to the socket file, not requests through it. The socket GitHub mounts into every job container itself is not reported; only what the workflow writes.",
        severity: 'error',
        securitySeverity: 9.0,
        tags: DOCKER_TAGS,
        precision: 'very-high',
        remediation: 'Do not mount the socket; if the container must start containers, give it a socket proxy that allows only the API calls it needs (or rootless Docker / Podman).',
    },
    check(ctx, { container: c }) {
        for (const m of c.mounts) {
            const what = (0,risk/* socketMount */.rF)(m);
            if (!what)
                continue;
            ctx.report({
                at: m.range,
                message: `${c.where}: ${said(m)} mounts ${what} into the container: anything in it can start a privileged container and own the host${m.readOnly ? ' (read-only does not stop API calls)' : ''}. ${docker_socket_mount_rule.meta.remediation}`,
                key: keyOf(m),
            });
        }
        const api = c.apiSocket;
        if (api?.value && !api.unresolved) {
            ctx.report({
                at: api.range,
                message: `${c.where}: ${said(api)} mounts the engine's API socket and the user's registry credentials into the container: anything in it can start a privileged container and own the host. ${docker_socket_mount_rule.meta.remediation}`,
                key: 'use-api-socket',
            });
        }
    },
};
/* harmony default export */ const docker_socket_mount = (docker_socket_mount_rule);

;// CONCATENATED MODULE: ./build/rules/docker/docker-unconfined-profile.js


const docker_unconfined_profile_rule = {
    id: 'docker-unconfined-profile',
    scope: 'docker',
    meta: {
        title: 'Container runs without seccomp, AppArmor or SELinux confinement',
        description: "A security option that switches a confinement off: `seccomp=unconfined` (every system call allowed, including those the default profile blocks such as mount, unshare, keyctl and bpf), `apparmor=unconfined`, `label=disable` (SELinux), `systempaths=unconfined` (the /proc and /sys paths Docker masks become readable and writable) or Podman's `unmask=`. The colon form (`seccomp:unconfined`) is read the same way.",
        severity: 'error',
        securitySeverity: 7.0,
        tags: DOCKER_TAGS,
        precision: 'very-high',
        remediation: 'Remove the option; when a system call is missing, use a custom seccomp profile that adds only that one (seccomp=profile.json).',
    },
    check(ctx, { container: c }) {
        for (const s of c.securityOpt) {
            if (s.unresolved)
                continue;
            const off = (0,syntax/* unconfinedOption */.Lo)(s.value);
            if (!off)
                continue;
            ctx.report({
                at: s.range,
                message: `${c.where}: ${said(s)} switches off ${off}, one of the layers that keeps a process in the container from the host's kernel. ${docker_unconfined_profile_rule.meta.remediation}`,
                key: keyOf(s),
            });
        }
    },
};
/* harmony default export */ const docker_unconfined_profile = (docker_unconfined_profile_rule);

;// CONCATENATED MODULE: ./build/rules/docker/docker-user-undefined.js

const docker_user_undefined_rule = {
    id: 'docker-user-undefined',
    scope: 'docker',
    meta: {
        title: 'Container runs as a user the image does not have',
        description: "A Compose `user:`, a `--user`/`-u` flag or a workflow job container's `--user` option names a user (or group) by name that the image does not define: Docker looks names up in the image's /etc/passwd and /etc/group when it creates the container and refuses to start it (\"unable to find user NAME: no matching entries in passwd file\"). Only images built in the repository whose accounts the model knows completely are judged (nothing in the build installs packages or copies files that may add accounts, and the base image's stock accounts are known).",
        severity: 'error',
        securitySeverity: 2.0,
        tags: ['correctness', 'docker', 'compose', 'user'],
        precision: 'high',
        remediation: 'Use a numeric uid (which needs no entry), fix the name, or create the account in the Dockerfile.',
    },
    check(ctx, { container: c, user, facts }) {
        const m = user.missing;
        if (!m || !c.user || !user.explicit)
            return;
        const file = m.kind === 'user' ? 'passwd' : 'group';
        const link = facts?.resolution.link;
        ctx.report({
            at: c.user.range,
            message: `${c.where}: ${said(c.user)} names ${m.kind} "${m.name}", which the image ${c.image?.value ?? c.builtImage ?? ''}${link ? ` (built from ${link.dockerfile})` : ''} does not have: neither its Dockerfile nor its base image ${m.base} creates it. Docker refuses to start the container: "unable to find ${m.kind} ${m.name}: no matching entries in ${file} file". ${docker_user_undefined_rule.meta.remediation}`,
            related: facts?.model
                ? [{ at: facts.model.baseImage.range, message: `base image ${m.base}` }]
                : [],
            key: `user=${c.user.value}`,
        });
    },
};
/* harmony default export */ const docker_user_undefined = (docker_user_undefined_rule);

;// CONCATENATED MODULE: ./build/rules/dockerfile/dockerfile-parse-error.js
/** Reported by the scanner from DockerfileModel.problems while reading each Dockerfile. */
const dockerfile_parse_error_rule = {
    id: 'dockerfile-parse-error',
    scope: 'input',
    meta: {
        title: 'Dockerfile cannot be parsed the way BuildKit reads it',
        description: 'The Dockerfile has an instruction BuildKit rejects: an unknown instruction, a FROM with the wrong number of arguments, an instruction before the first FROM, an invalid stage name, an unterminated here-document or quote, a bad escape directive. `docker build` fails on it, and what the scanner says about the image may be incomplete.',
        severity: 'error',
        securitySeverity: 2.0,
        tags: ['correctness', 'dockerfile'],
        precision: 'very-high',
        remediation: 'Fix the instruction at the reported line; `docker build --check` shows the same error.',
    },
};
/* harmony default export */ const dockerfile_parse_error = (dockerfile_parse_error_rule);

;// CONCATENATED MODULE: ./build/rules/dockerfile/target.js
/** `target "runtime"` / `target 2 (last stage)`. */
function targetLabel(s) {
    const t = s.image.target;
    const last = t.index === s.dockerfile.stages.length - 1 ? ' (the default target)' : '';
    return t.name !== undefined ? `target "${t.name}"${last}` : `target stage ${t.index}${last}`;
}
/** The FROM line of the target stage: where a USER for that target belongs. */
function targetFrom(s) {
    return s.dockerfile.stages[s.image.target.index]?.from.range ?? s.image.baseImage.range;
}
/** Windows images: users are SIDs and the kubelet's runAsNonRoot check does not apply. */
function isWindowsImage(s) {
    return s.image.distro === 'windows';
}
/**
 * A target built FROM scratch with no ENTRYPOINT or CMD in its build chain: it holds files
 * for other builds (`COPY --from`, `--output`, bundle images) and cannot run as a container,
 * so who it would run as does not matter.
 */
function isArtifactOnly(s) {
    if (s.image.baseImage.ref?.toLowerCase() !== 'scratch')
        return false;
    const chain = new Set(s.image.stageChain.map((r) => r.index));
    return !s.dockerfile.stages.some((st) => chain.has(st.index) &&
        st.instructions.some((i) => i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD'));
}

;// CONCATENATED MODULE: ./build/rules/dockerfile/dockerfile-user-name.js

/**
 * USER by name: the kubelet never resolves names, so with runAsNonRoot: true and no
 * runAsUser it refuses the container ("image has non-numeric user (NAME), cannot
 * verify user is non-root"). A numeric USER is verifiable.
 */
const dockerfile_user_name_rule = {
    id: 'dockerfile-user-name',
    scope: 'dockerfile',
    meta: {
        title: 'USER is a name, not a number',
        description: 'The USER in force for the build target is an account name. The kubelet cannot verify a name is not root: a pod with runAsNonRoot: true and no runAsUser is refused with "container has runAsNonRoot and image has non-numeric user (NAME), cannot verify user is non-root". A numeric USER works everywhere.',
        severity: 'warning',
        securitySeverity: 3.0,
        tags: ['kubernetes', 'dockerfile', 'user'],
        precision: 'very-high',
        remediation: 'Write the uid (and gid) instead of the name, for example `USER 10001:10001`.',
    },
    check(ctx, s) {
        const eu = s.image.effectiveUser;
        const o = eu.origin;
        if (o.kind !== 'dockerfile' || eu.raw === null || isWindowsImage(s))
            return;
        const name = eu.kubelet?.username;
        // Root is dockerfile-user-root's finding; '' means no user at all.
        if (!name || name === 'root' || eu.resolvedUid === 0)
            return;
        const numeric = eu.resolvedUid !== undefined
            ? ` Use \`USER ${eu.resolvedUid}${eu.resolvedGid !== undefined ? `:${eu.resolvedGid}` : ''}\` (${name}'s ids in this image).`
            : ` The uid of "${name}" is not known from the Dockerfile; pin it (useradd -u / adduser -u) and write that number.`;
        ctx.report({
            message: `USER ${eu.written ?? eu.raw} of the ${targetLabel(s)} is a name: with runAsNonRoot: true and no runAsUser the kubelet refuses to start the container, because it cannot verify that "${name}" is not root.${numeric}`,
            at: o.range,
            properties: {
                user: eu.raw,
                ...(eu.resolvedUid !== undefined ? { uid: eu.resolvedUid } : {}),
            },
        });
    },
};
/* harmony default export */ const dockerfile_user_name = (dockerfile_user_name_rule);

;// CONCATENATED MODULE: ./build/rules/dockerfile/dockerfile-user-root.js

/**
 * The built image runs as root: its USER in force is 0 / root (or a name the file
 * maps to uid 0), or it has no USER in its whole build chain and the base image
 * runs as root. An unknown base image is never assumed to be root.
 */
const dockerfile_user_root_rule = {
    id: 'dockerfile-user-root',
    scope: 'dockerfile',
    meta: {
        title: 'The image runs as root',
        description: 'The build target ends with USER 0 or USER root, or has no USER instruction anywhere in its build chain while its base image runs as root (a FROM scratch target with no ENTRYPOINT or CMD holds files for other builds and is not reported). Every container started from it runs as root unless the pod sets runAsUser, and with runAsNonRoot: true the kubelet refuses to start it.',
        severity: 'warning',
        securitySeverity: 6.0,
        tags: ['security', 'dockerfile', 'user'],
        precision: 'high',
        remediation: 'Create an unprivileged account and end the target stage with a numeric USER (for example `USER 10001:10001`).',
    },
    check(ctx, s) {
        const eu = s.image.effectiveUser;
        if (eu.raw === null || isWindowsImage(s) || isArtifactOnly(s))
            return;
        const root = eu.kubelet?.uid === 0 || eu.name === 'root' || (eu.name !== undefined && eu.resolvedUid === 0);
        if (!root)
            return;
        const target = targetLabel(s);
        const o = eu.origin;
        if (o.kind === 'dockerfile') {
            const how = eu.name !== undefined && eu.name !== 'root' ? ` (${eu.name} has uid 0 in this image)` : '';
            const where = o.inherited ? `, inherited from stage ${o.stage.name ?? o.stage.index},` : '';
            ctx.report({
                message: `The ${target} runs as root: USER ${eu.written ?? eu.raw}${how}${where} is the last USER of its build chain.`,
                at: o.range,
                related: o.inherited
                    ? [{ at: targetFrom(s), message: 'the target stage, which sets no USER of its own' }]
                    : [],
            });
            return;
        }
        if (o.kind !== 'base-image')
            return;
        const drops = o.fact?.dropsTo
            ? ` (its entrypoint switches to ${o.fact.dropsTo} itself; the container still starts as root)`
            : '';
        const from = targetFrom(s);
        const base = s.image.baseImage.range;
        ctx.report({
            message: `The ${target} runs as root: no USER instruction in its build chain, and the base image ${o.image} runs as root${drops}.`,
            at: from,
            related: base.startLine !== from.startLine
                ? [{ at: base, message: `the base image ${o.image}, which sets no non-root USER` }]
                : [],
        });
    },
};
/* harmony default export */ const dockerfile_user_root = (dockerfile_user_root_rule);

// EXTERNAL MODULE: ./build/identity/known-accounts.js
var known_accounts = __webpack_require__(6317);
;// CONCATENATED MODULE: ./build/rules/dockerfile/dockerfile-user-undefined.js


/**
 * USER NAME[:GROUP] with a name that neither the Dockerfile creates nor the base image
 * has. Docker and containerd fail to start the container: "unable to find user NAME:
 * no matching entries in passwd file". Only reported when nothing in the build chain
 * can add accounts out of the model's sight (package installs, scripts, files copied
 * into /etc) and the base image's accounts are known.
 */
const dockerfile_user_undefined_rule = {
    id: 'dockerfile-user-undefined',
    scope: 'dockerfile',
    meta: {
        title: 'USER names an account that does not exist in the image',
        description: 'The USER in force names a user (or group) that is not created in the Dockerfile and does not exist in the base image. The runtime cannot resolve it and the container fails to start with "unable to find user NAME: no matching entries in passwd file".',
        severity: 'error',
        securitySeverity: 2.0,
        tags: ['correctness', 'dockerfile', 'user'],
        precision: 'high',
        remediation: 'Create the account before the USER line (useradd/adduser with a pinned uid), fix the name, or use a numeric uid.',
    },
    check(ctx, s) {
        const eu = s.image.effectiveUser;
        const o = eu.origin;
        if (o.kind !== 'dockerfile' || eu.raw === null || isWindowsImage(s))
            return;
        if (eu.name === undefined && eu.group === undefined)
            return;
        const known = (0,known_accounts/* knownAccounts */.M)(s.image);
        if (!known)
            return;
        const scratch = known.base.toLowerCase() === 'scratch';
        const from = scratch
            ? 'FROM scratch has no /etc/passwd at all'
            : `the base image ${known.base} does not have it`;
        if (eu.name !== undefined && !known.users.has(eu.name)) {
            ctx.report({
                message: `USER ${eu.written ?? eu.raw} of the ${targetLabel(s)}: no account "${eu.name}" exists in the image (it is not created in the Dockerfile, and ${from}). The container fails to start: "unable to find user ${eu.name}: no matching entries in passwd file".`,
                at: o.range,
                related: [{ at: s.image.baseImage.range, message: `base image ${known.base}` }],
            });
            return;
        }
        if (eu.group !== undefined && !known.groups.has(eu.group)) {
            ctx.report({
                message: `USER ${eu.written ?? eu.raw} of the ${targetLabel(s)}: no group "${eu.group}" exists in the image (it is not created in the Dockerfile, and ${scratch ? 'FROM scratch has no /etc/group' : `the base image ${known.base} does not have it`}). The container fails to start: "unable to find group ${eu.group}: no matching entries in group file".`,
                at: o.range,
                related: [{ at: s.image.baseImage.range, message: `base image ${known.base}` }],
            });
        }
    },
};
/* harmony default export */ const dockerfile_user_undefined = (dockerfile_user_undefined_rule);

// EXTERNAL MODULE: ./build/k8s/workload.js + 1 modules
var workload = __webpack_require__(6309);
// EXTERNAL MODULE: ./build/identity/isolation.js
var isolation = __webpack_require__(347);
;// CONCATENATED MODULE: ./build/rules/image-pod/container-runs-as-root.js



const container_runs_as_root_rule = {
    id: 'container-runs-as-root',
    scope: 'image-pod',
    meta: {
        title: 'Container will run as root',
        description: 'Nothing guards against root (no effective runAsNonRoot: true) and the image runs as uid 0: it sets no USER (the kubelet and the runtime then use root), USER 0, or a name that is uid 0. A compromise of the process is then root in the container, one kernel bug from root on the node. Explicit runAsUser: 0 is reported by pss-run-as-user instead.',
        severity: 'warning',
        securitySeverity: 6.5,
        tags: ['kubernetes', 'security'],
        precision: 'high',
        remediation: 'Give the image a numeric non-root USER (or set runAsUser), and set runAsNonRoot: true so the kubelet enforces it.',
    },
    check(ctx, s) {
        if (s.workload.pod.os === 'windows')
            return;
        for (const { container: c, facts, user } of s.containers) {
            if (c.effective.runAsNonRoot?.value === true || c.effective.runAsUser)
                continue;
            if (!facts || facts.user === null || user.uid !== 0)
                continue;
            // An entrypoint that switches users itself (gosu, su-exec) does not run when the
            // container's command replaces it.
            const dropsTo = facts.model ? undefined : facts.baseFact?.dropsTo;
            const replaced = dropsTo && c.spec.command !== undefined
                ? ` The container's command replaces the image's entrypoint, so its switch to ${dropsTo} does not happen either.`
                : '';
            // Root that is not root on the node still reads and writes as root in the container:
            // said, and a user namespace makes it a note.
            const where = (0,isolation/* rootContext */.MD)(s.isolation);
            const context = where ? ` It runs ${where}.` : '';
            ctx.report({
                at: (0,workload/* containerAnchor */.dC)(s.workload, c),
                ...(s.isolation.userNamespace ? { level: 'note' } : {}),
                message: `Container "${c.name}" will run as root: the ${imageClause(facts)}, and the pod sets neither runAsUser nor runAsNonRoot.${replaced}${context} ${container_runs_as_root_rule.meta.remediation}`,
                related: userRelated(facts),
                image: facts.ref,
            });
        }
    },
};
/* harmony default export */ const container_runs_as_root = (container_runs_as_root_rule);

// EXTERNAL MODULE: ./build/k8s/fields.js
var fields = __webpack_require__(102);
;// CONCATENATED MODULE: ./build/rules/image-pod/privileged-port-non-root.js





const privileged_port_non_root_rule = {
    id: 'privileged-port-non-root',
    scope: 'image-pod',
    meta: {
        title: 'Non-root container listens on a port below 1024',
        description: 'The container runs as a non-root user (a uid other than 0, or an account the build creates without a fixed id) and listens on a port below 1024 (its containerPort, or the image\'s EXPOSE when the pod declares no ports), without NET_BIND_SERVICE (neither added to the container nor carried by the binaries of the image as a file capability, which works unless the container drops the capability). Whether bind() succeeds depends on the runtime: Linux reserves ports below net.ipv4.ip_unprivileged_port_start (1024 by default); Docker and containerd 2.0+ set it to 0 inside containers, while containerd 1.x and CRI-O leave it at 1024 unless configured, so the same pod can work on one cluster and crash-loop with "permission denied" on another. For a non-root process, NET_BIND_SERVICE in capabilities.add only helps when the binary carries the file capability (runtimes set no ambient capabilities); the rule reports that case only when the image is built here from scratch or a well-known base, so its binaries are known.',
        severity: 'warning',
        securitySeverity: 2.0,
        tags: KUBELET_TAGS,
        precision: 'medium',
        remediation: 'Listen on a port of 1024 or above (for example 8080) and map it in the Service, or set the net.ipv4.ip_unprivileged_port_start sysctl to 0 in the pod.',
    },
    check(ctx, s) {
        if (s.workload.pod.os === 'windows')
            return;
        const sysctls = (0,fields/* list */.p_)(s.workload.pod.securityContext.sysctls);
        const lowered = sysctls.some((x) => (0,fields/* isDict */.Zm)(x) && x.name === 'net.ipv4.ip_unprivileged_port_start');
        if (lowered)
            return;
        for (const { container: c, facts, user } of s.containers) {
            if (!(0,runtime_user/* knownNonRoot */.vU)(user))
                continue;
            const caps = (0,fields/* dict */.jd)(c.securityContext.capabilities);
            const has = (l, ...names) => names.some((n) => l.includes(n));
            const added = has((0,fields/* list */.p_)(caps?.add), 'NET_BIND_SERVICE', 'CAP_NET_BIND_SERVICE', 'ALL');
            const dropped = has((0,fields/* list */.p_)(caps?.drop), 'NET_BIND_SERVICE', 'CAP_NET_BIND_SERVICE', 'ALL');
            // A binary carrying cap_net_bind_service as a file capability gets it when executed, as
            // long as the container's capability set holds it (not dropped, or added back).
            // no_new_privs (allowPrivilegeEscalation: false) does not stop that: it only refuses
            // capabilities the process did not already have, and the runtime gives the container's
            // set to the process it starts.
            const fileCap = facts ? bindsThroughFileCapability(facts) : false;
            if (fileCap && (!dropped || added))
                continue;
            // capabilities.add alone does not reach a non-root process (runtimes set no ambient
            // capabilities): it is reported only when the image's binaries are known to carry no
            // file capability (a Dockerfile over a known base image or scratch).
            if (added && !(facts?.model && knownBase(facts.model)))
                continue;
            const why = added
                ? 'capabilities.add NET_BIND_SERVICE does not reach a non-root process (the runtime sets no ambient capabilities) and no binary of the image carries it as a file capability, so '
                : '';
            const low = [];
            const declared = (0,fields/* list */.p_)(c.spec.ports);
            declared.forEach((p, i) => {
                const port = (0,fields/* isDict */.Zm)(p) ? (0,fields/* int */.Wh)(p.containerPort) : undefined;
                if (port !== undefined && port > 0 && port < 1024)
                    low.push({ port, at: (0,workload/* containerLoc */.CL)(s.workload, c, 'ports', i, 'containerPort') });
            });
            if (!declared.length && facts?.model) {
                for (const e of facts.model.exposedPorts) {
                    if (e.port !== null && e.port > 0 && e.port < 1024) {
                        low.push({
                            port: e.port,
                            at: (0,workload/* containerAnchor */.dC)(s.workload, c),
                            related: [{ at: e.range, message: `EXPOSE ${e.spec}` }],
                        });
                    }
                }
            }
            for (const l of low) {
                ctx.report({
                    at: l.at,
                    message: `Container "${c.name}" runs as ${(0,runtime_user/* userLabel */.Ux)(user)} and listens on port ${l.port}: ${why}binding a port below 1024 fails with "permission denied" unless the runtime lowers net.ipv4.ip_unprivileged_port_start (Docker and containerd 2.0+ do; containerd 1.x and CRI-O by default do not). ${privileged_port_non_root_rule.meta.remediation}`,
                    related: l.related,
                    image: facts?.ref,
                    key: String(l.port),
                });
            }
        }
    },
};
/* harmony default export */ const privileged_port_non_root = (privileged_port_non_root_rule);

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/images/runtime-write-table.js
/**
 * Where common runtimes write at run time, with the source of each fact: the companion of
 * the base-image table (base-image-table.ts) for the question "will a read-only root, or a
 * uid that does not own the files, break this program?".
 *
 * `within: 'app'` paths are relative to the application directory (where the program's
 * files are: the Rails root, the folder of Next.js' server.js); the others are absolute.
 * `onFailure` says what the program does when it cannot write there: `fails` (it stops, or
 * the feature that writes errors on every use) or `continues` (it warns or silently skips
 * the write). Only `fails` facts are reported; the others are here so that nobody adds them
 * as failures later. Leave a fact out rather than guess.
 */
const RUNTIME_FACTS = [
    {
        id: 'nextjs',
        name: 'Next.js',
        recognisedBy: 'a COPY of `.next/standalone` (the standalone server) or a command running `server.js` next to a copied `.next`, or `next start`',
        paths: [
            {
                path: '.next/cache',
                within: 'app',
                what: 'optimized images (.next/cache/images) and the fetch cache',
                when: 'use',
                onFailure: 'fails',
                source: 'vercel/next.js packages/next/src/server/image-optimizer.ts (cache dir join(distDir, "cache", "images")); examples/with-docker/Dockerfile ("Set the correct permission for prerender cache": mkdir .next && chown nextjs:nodejs .next); "Failed to write image to cache \u2026 EACCES: permission denied, mkdir \'/app/.next/cache/images\'" (psd401/aistudio#509), an unhandled rejection in Next.js 16 (island-is/island.is#23447)',
            },
        ],
    },
    {
        id: 'rails-server',
        name: 'rails server',
        recognisedBy: 'a command running `rails server` (or `rails s`), directly or through a wrapper',
        paths: [
            {
                path: 'tmp',
                within: 'app',
                what: 'tmp/cache, tmp/pids and tmp/sockets, and the pid file tmp/pids/server.pid',
                when: 'start',
                onFailure: 'fails',
                source: 'rails/rails railties/lib/rails/commands/server/server_command.rb (Rails::Server#start calls create_tmp_directories: mkdir_p tmp/cache, tmp/pids, tmp/sockets; default pid File.expand_path("tmp/pids/server.pid"), written by Rack::Server#write_pid)',
            },
            {
                path: 'log',
                within: 'app',
                what: 'log/<environment>.log when the app logs to a file',
                when: 'start',
                onFailure: 'continues',
                source: 'rails/rails railties/lib/rails/application/bootstrap.rb (initialize_logger: an unwritable log file prints "Rails Error: Unable to access log file" and logs to STDERR); Rails 7.1+ production logs to STDOUT',
            },
        ],
    },
    {
        id: 'nginx',
        name: 'nginx (official image)',
        recognisedBy: 'FROM nginx:* with its own entrypoint and nginx.conf',
        paths: [
            {
                path: '/var/cache/nginx',
                what: 'client_body, proxy, fastcgi, uwsgi and scgi temp directories (created at start)',
                when: 'start',
                onFailure: 'fails',
                source: 'nginxinc/docker-nginx mainline/debian/Dockerfile (configure --http-client-body-temp-path=/var/cache/nginx/client_temp \u2026); nginx: [emerg] mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system)',
            },
            {
                path: '/var/run',
                what: 'the pid file (pid /var/run/nginx.pid, /run/nginx.pid in newer releases)',
                when: 'start',
                onFailure: 'fails',
                source: 'nginxinc/docker-nginx stable/debian/nginx.conf (pid directive)',
            },
        ],
    },
    {
        id: 'nginx-unprivileged',
        name: 'nginx (nginxinc/nginx-unprivileged)',
        recognisedBy: 'FROM nginxinc/nginx-unprivileged:*',
        paths: [
            {
                path: '/tmp',
                what: 'the pid file /tmp/nginx.pid and the *_temp_path directories /tmp/*',
                when: 'start',
                onFailure: 'fails',
                source: 'nginxinc/docker-nginx-unprivileged README ("The default NGINX PID has been moved from /var/run/nginx.pid to /tmp/nginx.pid", "Change *_temp_path variables to /tmp/*"); /tmp is world-writable, so any uid can write there',
            },
        ],
    },
    {
        id: 'php-fpm',
        name: 'PHP-FPM',
        recognisedBy: 'FROM php:*-fpm* or a command running php-fpm',
        paths: [
            {
                path: '/tmp',
                what: 'session files (session.save_path empty: the system temp dir) and uploads (upload_tmp_dir)',
                when: 'use',
                onFailure: 'fails',
                source: 'php-src ext/session (files handler, save_path defaults to the system temp dir); main/rfc1867.c (uploads to upload_tmp_dir or the temp dir); docker-library/php docker-php-ext configs leave both unset',
            },
        ],
    },
    {
        id: 'python',
        name: 'Python',
        recognisedBy: 'a command running python',
        paths: [
            {
                path: '__pycache__',
                within: 'app',
                what: 'compiled bytecode beside each imported module',
                when: 'use',
                onFailure: 'continues',
                unlessEnv: 'PYTHONDONTWRITEBYTECODE',
                source: 'docs.python.org/3/using/cmdline.html#envvar-PYTHONDONTWRITEBYTECODE; importlib._bootstrap_external (a failed .pyc write is ignored: "could not create \u2026")',
            },
            {
                path: '/tmp',
                what: 'files of programs that use tempfile (TMPDIR, else /tmp)',
                when: 'use',
                onFailure: 'fails',
                source: 'docs.python.org/3/library/tempfile.html#tempfile.gettempdir',
            },
        ],
    },
    {
        id: 'gunicorn',
        name: 'Gunicorn',
        recognisedBy: 'a command running gunicorn',
        paths: [
            {
                path: '/tmp',
                what: 'the worker heartbeat file (--worker-tmp-dir, default the temp dir)',
                when: 'start',
                onFailure: 'fails',
                source: 'benoitc/gunicorn gunicorn/workers/workertmp.py (tempfile.mkstemp(dir=worker_tmp_dir)); docs.gunicorn.org settings "worker_tmp_dir"',
            },
        ],
    },
    {
        id: 'jvm',
        name: 'the JVM',
        recognisedBy: 'a command running java',
        paths: [
            {
                path: '/tmp',
                what: 'hsperfdata_<user> (performance counters for jps/jstat)',
                when: 'start',
                onFailure: 'continues',
                source: 'openjdk hotspot perfMemory_posix.cpp (a failed hsperfdata file only disables the shared counters: "Could not create PerfData"; -XX:-UsePerfData turns it off)',
            },
        ],
    },
];
function runtimeFact(id) {
    const f = RUNTIME_FACTS.find((x) => x.id === id);
    if (!f)
        throw new Error(`no runtime fact ${id}`);
    return f;
}

;// CONCATENATED MODULE: ./build/images/runtime-writes.js
/**
 * Which runtime an image runs, from its base image, its ENTRYPOINT/CMD (or the container's
 * command and args) and what it copies, and where that runtime writes at run time
 * (runtime-write-table.ts), as absolute paths.
 */


/** What the container runs: its command/args over the image's ENTRYPOINT/CMD, as Kubernetes does. */
function effectiveArgv(model, container) {
    const evidence = [];
    const fromImage = (d, kw) => {
        if (!d)
            return [];
        evidence.push({ text: `${kw} at line ${d.range.startLine}`, range: d.range });
        return d.argv;
    };
    let entry;
    let cmd;
    if (container.command) {
        entry = container.command;
        evidence.push({ text: "the container's command" });
        cmd = container.args ?? [];
        if (container.args)
            evidence.push({ text: "the container's args" });
    }
    else {
        entry = fromImage(model.entrypoint, 'ENTRYPOINT');
        if (container.args) {
            cmd = container.args;
            evidence.push({ text: "the container's args" });
        }
        else
            cmd = fromImage(model.cmd, 'CMD');
    }
    // Shell forms and `sh -c` scripts: their words, split where a shell would.
    const words = [];
    for (const w of [...entry, ...cmd]) {
        for (const part of w.split(/[\s;&|()]+/))
            if (part !== '')
                words.push(part);
    }
    return { words, evidence };
}
const base = (w) => w.slice(w.lastIndexOf('/') + 1);
function resolveIn(dir, p) {
    return external_node_path_.posix.normalize(p.startsWith('/') ? p : external_node_path_.posix.join(dir, p)).replace(/(.)\/+$/, '$1');
}
function strip(p) {
    return p.replace(/(.)\/+$/, '$1');
}
/** The runtimes an image runs and where they write. */
function runtimeWrites(model, container = {}) {
    const argv = effectiveArgv(model, container);
    const words = argv.words;
    const workdir = strip(model.workdir?.path ?? '/');
    const out = [];
    const add = (id, appDir, evidence) => {
        const runtime = runtimeFact(id);
        for (const fact of runtime.paths) {
            if (fact.within === 'app' && appDir === undefined)
                continue;
            const path = fact.within === 'app' ? resolveIn(appDir, fact.path) : fact.path;
            out.push({
                runtime,
                fact,
                path,
                appDir: fact.within === 'app' ? appDir : undefined,
                evidence,
            });
        }
    };
    // Next.js: the standalone output copied in, or `next start`.
    const standalone = model.copies.find((c) => c.sources.some((s) => /(^|\/)\.next\/standalone\/?$/.test(s)));
    // `node server.js`, or `server.js` alone where the base image's entrypoint is node (distroless).
    const serverJs = words.findIndex((w) => base(w) === 'server.js');
    const nodeRuns = serverJs >= 0;
    const nextStart = words.findIndex((w, i) => base(w) === 'next' && words[i + 1] === 'start');
    const knownCommand = words.length > 0;
    if (standalone && (!knownCommand || nodeRuns)) {
        const appDir = nodeRuns
            ? external_node_path_.posix.dirname(resolveIn(workdir, words[serverJs]))
            : strip(standalone.dest);
        add('nextjs', appDir, [
            {
                text: `its standalone server copied at line ${standalone.range.startLine}`,
                range: standalone.range,
            },
            ...(nodeRuns ? argv.evidence : []),
        ]);
    }
    else if (nextStart >= 0) {
        add('nextjs', workdir, argv.evidence);
    }
    // Rails: `rails server` / `rails s`, directly or through bundle exec, thrust, foreman\u2026.
    const rails = words.findIndex((w, i) => base(w) === 'rails' && (words[i + 1] === 'server' || words[i + 1] === 's'));
    if (rails >= 0) {
        const w = words[rails];
        // `bin/rails` lives in the app's bin/; a bare `rails` runs in the working directory.
        const appDir = w.includes('/') ? external_node_path_.posix.dirname(external_node_path_.posix.dirname(resolveIn(workdir, w))) : workdir;
        add('rails-server', appDir, argv.evidence);
    }
    const repo = model.baseImage.fact?.family ?? '';
    const baseRef = (model.baseImage.ref ?? '').toLowerCase();
    if (/(^|\/)nginx-unprivileged(:|@|$)/.test(baseRef)) {
        add('nginx-unprivileged', undefined, [
            { text: `FROM ${model.baseImage.written}`, range: model.baseImage.range },
        ]);
    }
    else if (repo.startsWith('nginx:') &&
        (!knownCommand || words.some((x) => base(x) === 'nginx'))) {
        add('nginx', undefined, [
            { text: `FROM ${model.baseImage.written}`, range: model.baseImage.range },
        ]);
    }
    if (/(^|\/)php:[^@]*fpm/.test(baseRef) || words.some((x) => /^php-fpm/.test(base(x)))) {
        add('php-fpm', undefined, [
            { text: `FROM ${model.baseImage.written}`, range: model.baseImage.range },
        ]);
    }
    if (words.some((x) => /^python[0-9.]*$/.test(base(x))))
        add('python', workdir, argv.evidence);
    if (words.some((x) => base(x) === 'gunicorn')) {
        const at = words.findIndex((x) => x === '--worker-tmp-dir' || x.startsWith('--worker-tmp-dir='));
        const dir = at < 0 ? undefined : words[at].includes('=') ? words[at].split('=')[1] : words[at + 1];
        // A worker tmp dir in memory (/dev/shm) is not on the root filesystem.
        if (!dir?.startsWith('/dev/shm'))
            add('gunicorn', undefined, argv.evidence);
    }
    if (words.some((x) => base(x) === 'java'))
        add('jvm', undefined, argv.evidence);
    return out.filter((w) => !(w.fact.unlessEnv && model.env[w.fact.unlessEnv]));
}

// EXTERNAL MODULE: ./build/identity/image-facts.js
var image_facts = __webpack_require__(6544);
;// CONCATENATED MODULE: ./build/rules/image-pod/prepared-paths.js
/**
 * Paths an image prepared for writing: chowned to a non-root owner or made group- or
 * world-writable in the Dockerfile, with their final owner and write bits.
 */




/**
 * Applies a chmod mode (octal or symbolic) to the write bits. Symbolic copies (`g=u`) take
 * the source class's bit; the owner's starts out set (mkdir gives 0755, files 0644).
 */
function applyMode(mode, bits) {
    const out = { u: true, ...bits };
    if (/^[0-7]{3,4}$/.test(mode)) {
        const n = parseInt(mode, 8);
        return { u: (n & 0o200) !== 0, g: (n & 0o020) !== 0, o: (n & 0o002) !== 0 };
    }
    for (const clause of mode.split(',')) {
        const m = /^([ugoa]*)([-+=])([rwxXst]*|[ugo])$/.exec(clause);
        if (!m)
            return { u: undefined, g: undefined, o: undefined };
        const who = m[1] === '' || m[1].includes('a') ? 'ugo' : m[1];
        const copy = /^[ugo]$/.test(m[3]) ? out[m[3]] : undefined;
        const w = copy ?? m[3].includes('w');
        for (const k of ['u', 'g', 'o']) {
            if (!who.includes(k))
                continue;
            if (copy === undefined && /^[ugo]$/.test(m[3]))
                out[k] = undefined;
            else if (m[2] === '+' && w)
                out[k] = true;
            else if (m[2] === '-' && w)
                out[k] = false;
            else if (m[2] === '=')
                out[k] = w;
        }
    }
    return out;
}
/**
 * An account's home directory (`/root`, `/home/NAME`). Giving a new account its home is how
 * accounts are made, not a sign that the program writes there; what is prepared inside it
 * (`/home/app/.cache`, or the home chowned recursively with the app in it) still counts.
 */
function isHomeDir(path) {
    return path === '/root' || /^\/home\/[^/]+$/.test(path);
}
/**
 * Final ownership and write bits per path, from the model's chown/chmod/COPY --chown records,
 * for the paths the build prepared for writing. What counts: a mode that lets the group or
 * others write, or a RUN chown/chgrp/install that hands a dedicated path to a non-root
 * account. What does not: ownership of copied content (COPY --chown), and the application
 * directory itself (the final WORKDIR and its parents, chowned so the files belong to the
 * app) or a home directory changed only on its own (see isHomeDir) unless others may write
 * there. Those are how images are tidied, not signs of where the program writes.
 */
function preparedPaths(model) {
    const byPath = new Map();
    for (const change of model.chowns) {
        if (change.conditional || change.path.includes('$') || !change.path.startsWith('/'))
            continue;
        const entry = byPath.get(change.path) ?? {
            path: change.path,
            ranges: [],
            bits: {},
            owned: false,
            deep: false,
            runOwned: false,
        };
        if (change.recursive)
            entry.deep = true;
        if (change.owner) {
            const o = change.owner;
            if (o.uid !== undefined || o.user !== undefined) {
                entry.ownerUid = o.uid;
                entry.ownerText = o.raw;
                entry.owned = true;
            }
            if (o.gid !== undefined)
                entry.ownerGid = o.gid;
            if (change.how.startsWith('RUN '))
                entry.runOwned = true;
        }
        if (change.mode)
            entry.bits = applyMode(change.mode, entry.bits);
        entry.ranges.push(change.range);
        byPath.set(change.path, entry);
    }
    const workdir = model.workdir?.path.replace(/\/+$/, '') || undefined;
    const appDir = (p) => workdir !== undefined && (p === workdir || p === '/' || workdir.startsWith(p + '/'));
    const out = [];
    for (const e of byPath.values()) {
        // The application and home directories count only when anyone may write there.
        if ((appDir(e.path) || (isHomeDir(e.path) && !e.deep)) && !e.bits.o)
            continue;
        const forNonRoot = e.owned &&
            e.runOwned &&
            e.ownerUid !== 0 &&
            !(e.ownerUid === undefined && e.ownerText?.split(':')[0] === 'root');
        if (!forNonRoot && !e.bits.g && !e.bits.o)
            continue;
        out.push({
            path: e.path,
            ownerUid: e.ownerUid,
            ownerGid: e.ownerGid,
            ownerText: e.ownerText,
            groupWritable: e.bits.g,
            worldWritable: e.bits.o,
            ranges: e.ranges,
        });
    }
    return out;
}
/** Whether a path is under one of the container's volume mounts (the mount hides the image's files). */
function mountedOver(c, path) {
    for (const m of (0,fields/* list */.p_)(c.spec.volumeMounts)) {
        const mountPath = (0,fields/* isDict */.Zm)(m) ? (0,fields/* str */.gx)(m.mountPath) : undefined;
        if (!mountPath)
            continue;
        if (covers(mountPath, path))
            return mountPath;
    }
    return undefined;
}
/**
 * Another container of the scan runs the same image with a different command and mounts a
 * volume over the path: the path belongs to that program (images that bundle one binary per
 * component prepare paths for some of them only), and this container's program is not
 * taken to write there. The same command without the mount is still reported.
 */
function preparedForAnotherRole(facts, c, path) {
    const role = (0,image_facts/* roleOf */.kp)(c);
    return (facts.runs ?? []).some((r) => r.role !== role && r.mountPaths.some((mp) => covers(mp, path)));
}
function covers(mountPath, path) {
    const mp = mountPath.replace(/\/+$/, '') || '/';
    return path === mp || path.startsWith(mp === '/' ? '/' : mp + '/');
}
/** Whether a path is under a VOLUME of the image (containerd mounts those as writable volumes). */
function underImageVolume(model, path) {
    return model.volumes.some((v) => {
        const vp = v.path.replace(/\/+$/, '');
        return path === vp || path.startsWith(vp + '/');
    });
}
/** Groups the process has: its primary gid, fsGroup and supplementalGroups. */
function processGroups(primary, podSc) {
    const out = new Set();
    if (primary !== undefined)
        out.add(primary);
    if (typeof podSc.fsGroup === 'number')
        out.add(podSc.fsGroup);
    for (const g of (0,fields/* list */.p_)(podSc.supplementalGroups))
        if (typeof g === 'number')
            out.add(g);
    return out;
}
/**
 * Where a known runtime writes (runtime-writes.ts) that fails without the write, inside the
 * application directory (the final WORKDIR or below) when the build gave that directory to
 * the account the image runs as (WORKDIR + COPY --chown or chown + USER of the same
 * account): that ownership is then a sign of writing, where on its own it is only how an
 * image is tidied (preparedPaths leaves it out).
 */
function runtimePreparedPaths(model, c) {
    const eu = model.effectiveUser;
    const userUid = eu.resolvedUid ?? eu.uid;
    if (eu.raw === null || eu.raw === '' || userUid === 0 || eu.name === 'root')
        return [];
    const workdir = model.workdir?.path.replace(/(.)\/+$/, '$1');
    if (workdir === undefined)
        return [];
    const command = {
        command: stringList(c.spec.command),
        args: stringList(c.spec.args),
    };
    const out = [];
    for (const write of runtimeWrites(model, command)) {
        const app = write.appDir;
        if (write.fact.within !== 'app' || write.fact.onFailure !== 'fails' || app === undefined) {
            continue;
        }
        if (!(app === workdir || app.startsWith(workdir === '/' ? '/' : `${workdir}/`)))
            continue;
        let owner;
        let bits = {};
        for (const change of model.chowns) {
            if (change.conditional || change.path.includes('$'))
                continue;
            const p = change.path.replace(/(.)\/+$/, '$1');
            // Given inside the working directory: the app's folder or the folder it was copied into.
            const inWorkdir = p === workdir || p.startsWith(workdir === '/' ? '/' : `${workdir}/`);
            if (!inWorkdir || !givesPath(model, change, p, write.path))
                continue;
            if (change.owner)
                owner = change;
            if (change.mode)
                bits = applyMode(change.mode, bits);
        }
        const o = owner?.owner;
        if (!owner || !o)
            continue;
        const sameAccount = (o.uid !== undefined && userUid !== undefined && o.uid === userUid) ||
            (o.user !== undefined && eu.name !== undefined && o.user === eu.name);
        if (!sameAccount)
            continue;
        out.push({
            path: write.path,
            ownerUid: o.uid,
            ownerGid: o.gid,
            ownerText: o.raw,
            groupWritable: bits.g,
            worldWritable: bits.o,
            ranges: [owner.range],
            write,
            preparedBy: owner,
            userText: eu.origin.kind === 'dockerfile'
                ? `USER ${eu.written ?? eu.raw} (line ${eu.origin.range.startLine})`
                : `USER ${eu.raw}`,
            userRange: eu.origin.kind === 'dockerfile' ? eu.origin.range : undefined,
        });
    }
    return out;
}
/**
 * Whether an ownership change at `p` decides who may write `target`: a recursive chown owns
 * everything below, a plain one the path itself and what is created directly in it, and a
 * COPY --chown what it copies, which holds the folders below its destination only when it
 * copies a folder's contents (the build context `.`, a `dir/`, a folder of a build stage, the
 * Next.js standalone output, which always holds `.next`), not when it copies files.
 */
function givesPath(model, change, p, target) {
    if (target === p)
        return true;
    if (!target.startsWith(p === '/' ? '/' : `${p}/`))
        return false;
    if (change.how.startsWith('RUN'))
        return change.recursive === true || external_node_path_.posix.dirname(target) === p;
    const copy = model.copies.find((x) => x.range === change.instruction);
    return !!copy && copy.sources.some((src) => copiesFolderContents(src, copy.from !== undefined));
}
function copiesFolderContents(src, fromStage) {
    if (src === '.' || src === './' || src.endsWith('/'))
        return true;
    if (/(^|\/)\.next\/standalone$/.test(src))
        return true;
    // A path of a build stage without an extension is a folder (`/app`, `/rails`).
    return fromStage && src.startsWith('/') && !/\.[A-Za-z0-9]+$/.test(external_node_path_.posix.basename(src));
}
function stringList(v) {
    if (!Array.isArray(v))
        return undefined;
    return v.map((x) => (typeof x === 'string' ? x : String(x)));
}
/** A path covered by one of several others (the same or a parent). */
function coveredBy(path, others) {
    return others.some((o) => {
        const p = o.path.replace(/(.)\/+$/, '$1');
        return path === p || path.startsWith(p === '/' ? '/' : `${p}/`);
    });
}

;// CONCATENATED MODULE: ./build/rules/image-pod/readonly-rootfs-write-path.js


const readonly_rootfs_write_path_rule = {
    id: 'readonly-rootfs-write-path',
    scope: 'image-pod',
    meta: {
        title: 'readOnlyRootFilesystem while the image prepared a path for writing',
        description: 'The container sets readOnlyRootFilesystem: true, and its Dockerfile chowns a path to a non-root user or makes it writable \u2014 a sign the process writes there (caches, uploads, pid files) \u2014 while no volume is mounted over it and no image VOLUME covers it. Writes fail with "read-only file system" at run time. The application directory (the final WORKDIR, chowned so its files belong to the app), files copied with --chown and the home directory of an account chowned on its own do not count (that is how images are tidied) unless others may write there, nor does a path that another container running the same image with a different command mounts a volume over (images with one binary per component prepare paths for some components only). The application directory does count where a known runtime writes inside it at run time (Next.js .next/cache, tmp/ of rails server) and the build gave it to the account the image runs as (WORKDIR + COPY --chown + USER).',
        severity: 'warning',
        securitySeverity: 2.0,
        tags: KUBELET_TAGS,
        precision: 'medium',
        remediation: 'Mount an emptyDir (or another volume) at the path, or stop writing there.',
    },
    check(ctx, s) {
        for (const { container: c, facts } of s.containers) {
            const ro = c.effective.readOnlyRootFilesystem;
            if (ro?.value !== true || !facts?.model)
                continue;
            const model = facts.model;
            const open = (p) => !mountedOver(c, p.path) &&
                !underImageVolume(model, p.path) &&
                !preparedForAnotherRole(facts, c, p.path);
            const exposed = preparedPaths(model).filter(open);
            for (const r of runtimePreparedPaths(model, c).filter(open)) {
                if (coveredBy(r.path, exposed))
                    continue;
                ctx.report({
                    at: fieldLoc(s.workload, ro),
                    message: `Container "${c.name}" has a read-only root filesystem, but ${runtimeText(r)}: writes will fail with "read-only file system". Mount an emptyDir at ${r.path}.`,
                    related: runtimeRelated(r),
                    image: facts.ref,
                    key: `runtime:${r.write.runtime.id}:${r.path}`,
                });
            }
            if (!exposed.length)
                continue;
            const shown = exposed.slice(0, 3).map((p) => p.path);
            const more = exposed.length > 3 ? ` and ${exposed.length - 3} more` : '';
            ctx.report({
                at: fieldLoc(s.workload, ro),
                message: `Container "${c.name}" has a read-only root filesystem, but ${model.file} prepared ${shown.join(', ')}${more} for writing and no volume is mounted there: writes will fail with "read-only file system". ${readonly_rootfs_write_path_rule.meta.remediation}`,
                related: exposed
                    .slice(0, 5)
                    .flatMap((p) => p.ranges.slice(-1).map((r) => ({ at: r, message: `${p.path} prepared for writing` }))),
                image: facts.ref,
            });
        }
    },
};
/* harmony default export */ const readonly_rootfs_write_path = (readonly_rootfs_write_path_rule);
/** What a runtime write path is and why the image meant it to be written, for messages. */
function runtimeText(r) {
    const w = r.write;
    const evidence = w.evidence.map((e) => e.text).join(', ');
    return (`the image runs ${w.runtime.name} (${evidence}), which writes ${w.fact.what} in ${r.path} at run time, ` +
        `inside ${w.appDir} that ${r.preparedBy.how} at line ${r.preparedBy.range.startLine} of the Dockerfile ` +
        `gives to ${r.ownerText} for ${r.userText}`);
}
function runtimeRelated(r) {
    const out = [
        { at: r.preparedBy.range, message: `${r.preparedBy.how} ${r.ownerText}: ${r.write.appDir}` },
    ];
    if (r.userRange)
        out.push({ at: r.userRange, message: r.userText });
    for (const e of r.write.evidence) {
        if (e.range)
            out.push({ at: e.range, message: `${r.write.runtime.name}: ${e.text}` });
    }
    return out;
}

// EXTERNAL MODULE: ./build/dockerfile/kubelet-user.js
var kubelet_user = __webpack_require__(4241);
// EXTERNAL MODULE: ./build/k8s/kubelet.js
var kubelet = __webpack_require__(3581);
;// CONCATENATED MODULE: ./build/rules/image-pod/image-user-check.js
/**
 * The three runAsNonRoot \u00d7 image-user rules share one shape: an effective runAsNonRoot: true
 * without runAsUser, an image user the repository knows, and the kubelet verdict of one kind.
 */



function imageUserRule(id, kind, meta, hint = () => '') {
    return {
        id,
        scope: 'image-pod',
        meta,
        check(ctx, s) {
            if (s.workload.pod.os === 'windows')
                return;
            for (const ci of s.containers) {
                const { container: c, facts } = ci;
                const guard = c.effective.runAsNonRoot;
                if (guard?.value !== true || c.effective.runAsUser || !facts || facts.user === null)
                    continue;
                const verdict = (0,kubelet/* verifyRunAsNonRoot */.AL)({ runAsNonRoot: true }, (0,kubelet_user/* kubeletImageUser */.Zs)(facts.user));
                if (verdict.kind !== kind)
                    continue;
                ctx.report({
                    at: fieldLoc(s.workload, guard),
                    message: `The kubelet will refuse to start container "${c.name}": ${verdict.message}. The ${imageClause(facts)}.${hint(ci)} ${meta.remediation}`,
                    related: userRelated(facts),
                    image: facts.ref,
                    properties: { kubelet: verdict },
                });
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/rules/image-pod/runasnonroot-image-invalid-uid.js


/* harmony default export */ const runasnonroot_image_invalid_uid = (imageUserRule('runasnonroot-image-invalid-uid', 'imageUserInvalidId', {
    title: 'runAsNonRoot with an image uid outside 0..2147483647: the kubelet will not start the container',
    description: 'The pod sets runAsNonRoot: true and no runAsUser, and the image\'s numeric USER is negative or above 2147483647. The kubelet refuses to create the container ("container has runAsNonRoot and image has an invalid user id").',
    severity: 'error',
    securitySeverity: 8.0,
    tags: KUBELET_TAGS,
    precision: 'very-high',
    remediation: 'Use a uid between 1 and 2147483647 in the Dockerfile USER, or set runAsUser in the pod.',
}));

;// CONCATENATED MODULE: ./build/rules/image-pod/runasnonroot-image-root.js


/* harmony default export */ const runasnonroot_image_root = (imageUserRule('runasnonroot-image-root', 'imageUserIsRoot', {
    title: 'runAsNonRoot with an image that runs as root: the kubelet will not start the container',
    description: 'The pod sets runAsNonRoot: true and no runAsUser, and the image runs as uid 0 \u2014 its USER is 0, or it has no USER at all, which the kubelet treats as root. The API server accepts the pod; the kubelet then refuses to create the container ("container has runAsNonRoot and image will run as root") and it stays in CreateContainerConfigError.',
    severity: 'error',
    securitySeverity: 8.0,
    tags: KUBELET_TAGS,
    precision: 'high',
    remediation: 'Set runAsUser to the non-root uid the image is meant to run as, or give the image a numeric non-root USER (USER 10001).',
}));

;// CONCATENATED MODULE: ./build/rules/image-pod/runasnonroot-image-user-name.js


/* harmony default export */ const runasnonroot_image_user_name = (imageUserRule('runasnonroot-image-user-name', 'imageUserNonNumeric', {
    title: 'runAsNonRoot with an image whose USER is a name: the kubelet will not start the container',
    description: 'The pod sets runAsNonRoot: true and no runAsUser, and the image\'s USER is a name (even root or nobody). The kubelet never resolves names, so it cannot verify the user is non-root and refuses to create the container ("container has runAsNonRoot and image has non-numeric user (app), cannot verify user is non-root").',
    severity: 'error',
    securitySeverity: 8.0,
    tags: KUBELET_TAGS,
    precision: 'high',
    remediation: 'Use the numeric uid in the Dockerfile (USER 10001 instead of USER app), or set runAsUser in the pod.',
}, ({ user }) => user.uid !== undefined && user.name
    ? ` ${user.name} is uid ${user.uid} in the image: USER ${user.uid}${user.gid !== undefined ? `:${user.gid}` : ''} (or runAsUser: ${user.uid}) fixes it.`
    : ''));

;// CONCATENATED MODULE: ./build/rules/image-pod/runasnonroot-runasuser-zero.js


const runasnonroot_runasuser_zero_rule = {
    id: 'runasnonroot-runasuser-zero',
    scope: 'image-pod',
    meta: {
        title: 'runAsNonRoot together with runAsUser: 0: the kubelet will not start the container',
        description: 'The effective securityContext (container fields over pod fields, one by one) has runAsNonRoot: true and runAsUser: 0. API validation does not catch the contradiction; the kubelet refuses to create the container ("container\'s runAsUser breaks non-root policy"). Precedence is per field: a pod runAsUser: 0 with a container runAsNonRoot: true fails too.',
        severity: 'error',
        securitySeverity: 8.0,
        tags: KUBELET_TAGS,
        precision: 'very-high',
        remediation: "Set runAsUser to a non-zero uid, or remove it so that the image's numeric USER applies.",
    },
    check(ctx, s) {
        if (s.workload.pod.os === 'windows')
            return;
        for (const { container: c } of s.containers) {
            const guard = c.effective.runAsNonRoot;
            const user = c.effective.runAsUser;
            if (guard?.value !== true || user?.value !== 0)
                continue;
            const verdict = (0,kubelet/* verifyRunAsNonRoot */.AL)({ runAsNonRoot: true, runAsUser: 0 }, {});
            const where = (f) => f.from === 'pod' ? 'the pod' : `container "${c.name}"`;
            ctx.report({
                at: fieldLoc(s.workload, user),
                message: `The kubelet will refuse to start container "${c.name}": ${verdict.message}. runAsUser: 0 comes from ${where(user)} and runAsNonRoot: true from ${where(guard)}. ${runasnonroot_runasuser_zero_rule.meta.remediation}`,
                related: [
                    { at: fieldLoc(s.workload, guard), message: `runAsNonRoot: true (${where(guard)})` },
                ],
                properties: { kubelet: verdict },
            });
        }
    },
};
/* harmony default export */ const runasnonroot_runasuser_zero = (runasnonroot_runasuser_zero_rule);

;// CONCATENATED MODULE: ./build/rules/image-pod/runasuser-not-file-owner.js





const runasuser_not_file_owner_rule = {
    id: 'runasuser-not-file-owner',
    scope: 'image-pod',
    meta: {
        title: 'The pod forces a uid that cannot write the paths the image prepared',
        description: 'The Dockerfile chowns paths to the user it runs as (or makes them writable for a group), and the pod overrides the user with a runAsUser that neither owns those paths nor reaches them through a group (runAsGroup, fsGroup or supplementalGroups with a group-writable mode), and no volume is mounted over them. A uid the image has no account for runs with group 0 (containerd, CRI-O), so paths given to group 0 and made group-writable are reachable. Containers with a read-only root filesystem are left to readonly-rootfs-write-path. The container starts, then fails with "permission denied" the first time it writes there. A runAsUser that differs from the image USER is fine when the image prepared nothing for its user. The application directory counts as prepared where a known runtime writes inside it at run time (Next.js .next/cache, tmp/ of rails server) and the build gave it to the account the image runs as (WORKDIR + COPY --chown + USER).',
        severity: 'warning',
        securitySeverity: 3.0,
        tags: KUBELET_TAGS,
        precision: 'high',
        remediation: 'Set runAsUser (and runAsGroup) to the owner the image prepared, or give the paths to a shared group (chgrp + chmod g+w) and set fsGroup or runAsGroup to it, or mount a volume there.',
    },
    check(ctx, s) {
        if (s.workload.pod.os === 'windows')
            return;
        for (const { container: c, facts, user } of s.containers) {
            const forced = c.effective.runAsUser;
            if (!forced || !facts?.model || facts.user === null)
                continue;
            // A read-only root filesystem refuses the writes whoever owns the paths:
            // readonly-rootfs-write-path reports those, once.
            if (c.effective.readOnlyRootFilesystem?.value === true)
                continue;
            const image = (0,kubelet_user/* kubeletImageUser */.Zs)(facts.user);
            const imageUid = image.uid ?? (image.username ? facts.accounts.get(image.username)?.uid : undefined);
            if (imageUid === forced.value)
                continue;
            // Root writes anywhere through CAP_DAC_OVERRIDE, unless the container dropped it.
            if (forced.value === 0 && !dropsDacOverride(c.securityContext))
                continue;
            // Without runAsGroup the primary group is the passwd entry's; a uid the image has no
            // account for gets group 0 from containerd and CRI-O, which is what images made for
            // arbitrary uids count on (chgrp 0 + chmod g=u).
            const known = [...facts.accounts.values()].some((a) => a.uid === forced.value);
            const primary = user.gid ?? (known ? undefined : 0);
            const groups = processGroups(primary, s.workload.pod.securityContext);
            const writable = (p) => {
                if (mountedOver(c, p.path) || preparedForAnotherRole(facts, c, p.path))
                    return false;
                if (p.ownerUid === forced.value || p.worldWritable)
                    return false;
                if (p.ownerGid !== undefined && groups.has(p.ownerGid) && p.groupWritable)
                    return false;
                return p.ownerUid !== undefined || p.ownerText !== undefined;
            };
            const blocked = preparedPaths(facts.model).filter(writable);
            const runAs = `runs as uid ${forced.value}${user.gid !== undefined ? ` (gid ${user.gid})` : ''}`;
            for (const r of runtimePreparedPaths(facts.model, c).filter(writable)) {
                if (coveredBy(r.path, blocked))
                    continue;
                const owner = r.ownerUid !== undefined
                    ? `runAsUser: ${r.ownerUid} (the owner)`
                    : "runAsUser to the owner's uid";
                ctx.report({
                    at: fieldLoc(s.workload, forced),
                    message: `Container "${c.name}" ${runAs}, but ${runtimeText(r)}: writes there will fail with permission denied. Set ${owner}, or mount an emptyDir at ${r.path}.`,
                    related: runtimeRelated(r),
                    image: facts.ref,
                    key: `runtime:${r.write.runtime.id}:${r.path}`,
                });
            }
            if (!blocked.length)
                continue;
            const shown = blocked.slice(0, 3).map((p) => `${p.path} (owner ${p.ownerText ?? p.ownerUid})`);
            const more = blocked.length > 3 ? ` and ${blocked.length - 3} more` : '';
            ctx.report({
                at: fieldLoc(s.workload, forced),
                message: `Container "${c.name}" runs as uid ${forced.value}${user.gid !== undefined ? ` (gid ${user.gid})` : ''}${forced.value === 0 ? ' without CAP_DAC_OVERRIDE (its capabilities are dropped)' : ''}, but ${facts.model.file} prepared ${shown.join(', ')}${more} for ${facts.user === '' ? 'root' : `USER ${facts.user}`}: writes there will fail with permission denied. ${runasuser_not_file_owner_rule.meta.remediation}`,
                related: blocked
                    .slice(0, 5)
                    .flatMap((p) => p.ranges
                    .slice(-1)
                    .map((r) => ({ at: r, message: `${p.path} owned by ${p.ownerText ?? p.ownerUid}` }))),
                image: facts.ref,
            });
        }
    },
};
/* harmony default export */ const runasuser_not_file_owner = (runasuser_not_file_owner_rule);
function dropsDacOverride(sc) {
    const caps = (0,fields/* dict */.jd)(sc.capabilities);
    const drop = (0,fields/* list */.p_)(caps?.drop);
    const add = (0,fields/* list */.p_)(caps?.add);
    const dropped = drop.includes('ALL') || drop.includes('DAC_OVERRIDE');
    return dropped && !add.includes('DAC_OVERRIDE');
}

;// CONCATENATED MODULE: ./build/rules/image-pod/shared-volume-no-fsgroup.js



/** Volume types whose files keep the owner that wrote them (config volumes are read-only). */
const WRITABLE_TYPES = ['emptyDir', 'persistentVolumeClaim', 'ephemeral', 'hostPath', 'nfs', 'csi'];
const shared_volume_no_fsgroup_rule = {
    id: 'shared-volume-no-fsgroup',
    scope: 'image-pod',
    meta: {
        title: 'Containers with different uids share a writable volume and the pod sets no fsGroup',
        description: "Two containers of the pod that run at the same time (regular containers and native sidecars; init containers run one by one before them, so an init container that fills a volume for the main one is fine) mount the same volume read-write and run as different uids, and the pod sets no fsGroup. Files one container creates belong to its uid with the default umask (0644/0755), so the other cannot modify or remove them; a new persistent volume's root is often writable by neither. With fsGroup the kubelet gives the volume to that group and makes it group-writable.",
        severity: 'warning',
        securitySeverity: 2.0,
        tags: KUBELET_TAGS,
        precision: 'medium',
        remediation: 'Set spec.securityContext.fsGroup to a gid both containers share, or run them as the same uid.',
    },
    check(ctx, s) {
        const w = s.workload;
        if (w.pod.os === 'windows' || (0,fields/* isSet */.vM)(w.pod.securityContext.fsGroup))
            return;
        (0,fields/* list */.p_)(w.pod.spec.volumes).forEach((v, vi) => {
            if (!(0,fields/* isDict */.Zm)(v) || !WRITABLE_TYPES.some((t) => (0,fields/* isSet */.vM)(v[t])))
                return;
            const name = (0,fields/* str */.gx)(v.name);
            if (!name)
                return;
            const writers = [];
            for (const ci of s.containers) {
                (0,fields/* list */.p_)(ci.container.spec.volumeMounts).forEach((m, mi) => {
                    if ((0,fields/* isDict */.Zm)(m) && m.name === name && m.readOnly !== true)
                        writers.push({ c: ci, mountIndex: mi });
                });
            }
            // Init containers run one after another and finish before the others start: an init
            // container that fills a volume for the main one (copied binaries, rendered config)
            // leaves readable files in a directory anyone may add to. Only containers that run
            // at the same time as each other can get in each other's way.
            const known = writers.filter((x) => x.c.user.uid !== undefined && runsAlongside(x.c));
            const uids = new Set(known.map((x) => x.c.user.uid));
            if (uids.size < 2)
                return;
            const who = known.map((x) => `"${x.c.container.name}" (uid ${x.c.user.uid})`).join(', ');
            ctx.report({
                at: (0,workload/* podLoc */.u$)(w, 'volumes', vi, 'name'),
                message: `Containers ${who} all write to volume "${name}" and the pod sets no fsGroup: files one of them creates cannot be modified by the others. ${shared_volume_no_fsgroup_rule.meta.remediation}`,
                related: known.map((x) => ({
                    at: (0,workload/* containerLoc */.CL)(w, x.c.container, 'volumeMounts', x.mountIndex),
                    message: `container "${x.c.container.name}" (uid ${x.c.user.uid}) mounts it read-write`,
                })),
            });
        });
    },
};
/* harmony default export */ const shared_volume_no_fsgroup = (shared_volume_no_fsgroup_rule);
/** Regular and ephemeral containers, and init containers that keep running (native sidecars). */
function runsAlongside(ci) {
    const c = ci.container;
    return c.group !== 'initContainers' || c.spec.restartPolicy === 'Always';
}

;// CONCATENATED MODULE: ./build/rules/input/helm-render-error.js
const helm_render_error_rule = {
    id: 'helm-render-error',
    scope: 'input',
    meta: {
        title: 'Helm chart fails to render',
        description: 'What `helm template` and `helm install` refuse: a template error, a `required` or `fail` call, values that break values.schema.json, an incompatible kubeVersion, or rendered output that is not valid YAML. A failing template is left out and reported at its line; the templates that rendered are still scanned, and their findings say the render is lenient.',
        severity: 'error',
        securitySeverity: 4.0,
        tags: ['correctness', 'helm'],
        precision: 'very-high',
        remediation: 'Fix the template or the values at the reported line; run `kube-whoami render <chart>` to see the full output.',
    },
};
/* harmony default export */ const helm_render_error = (helm_render_error_rule);

;// CONCATENATED MODULE: ./build/rules/input/kustomize-build-error.js
const kustomize_build_error_rule = {
    id: 'kustomize-build-error',
    scope: 'input',
    meta: {
        title: 'Kustomize overlay fails to build',
        description: 'The kustomization fails where `kubectl kustomize` (and `kubectl apply -k`) fails: a missing file or base, a cycle between bases, a patch that matches no resource or cannot be read, a file outside the kustomization or the repository, or a file named kustomization.yaml that is not a kustomization. Nothing that overlay builds can be deployed or checked; other overlays are still scanned.',
        severity: 'error',
        securitySeverity: 4.0,
        tags: ['correctness', 'kustomize'],
        precision: 'very-high',
        remediation: 'Fix the kustomization entry at the reported line; run `kube-whoami kustomize <dir>` to see the full output or error.',
    },
};
/* harmony default export */ const kustomize_build_error = (kustomize_build_error_rule);

;// CONCATENATED MODULE: ./build/rules/input/unused-suppression.js
/**
 * Reported by the suppression pass (src/suppress/): a suppression comment, annotation or
 * config exclude that suppressed nothing, or a comment that looks like a directive but does
 * not parse. A stale suppression would silently hide the next real finding on that line.
 */
const unused_suppression_rule = {
    id: 'unused-suppression',
    scope: 'input',
    meta: {
        title: 'Suppression that suppresses nothing',
        description: 'A `kube-whoami ignore=` comment, a `kube-whoami.io/ignore` annotation or a `rules.<id>.exclude` entry of the configuration matched no finding of the rules it names (the problem was fixed, the rule id is misspelled, or the comment is not where it applies), or a comment starts like a directive but cannot be read. Left in place, it would hide the next real finding there.',
        severity: 'note',
        securitySeverity: 1.0,
        tags: ['maintainability', 'suppression'],
        precision: 'very-high',
        remediation: 'Remove the suppression, or fix the rule id or move the comment to the line above the field it is meant for.',
    },
};
/* harmony default export */ const unused_suppression = (unused_suppression_rule);

;// CONCATENATED MODULE: ./build/rules/input/yaml-parse-error.js
const yaml_parse_error_rule = {
    id: 'yaml-parse-error',
    scope: 'input',
    meta: {
        title: 'YAML cannot be parsed the way Kubernetes reads it',
        description: 'The file (or one document of it) is not valid YAML as kubectl and the API server read it (sigs.k8s.io/yaml: YAML 1.1, duplicate keys rejected). kubectl apply fails on it, and the scanner cannot check the objects in that document; other documents are still scanned.',
        severity: 'error',
        securitySeverity: 4.0,
        tags: ['correctness', 'kubernetes'],
        precision: 'very-high',
        remediation: 'Fix the syntax error at the reported line (indentation, an unclosed quote or bracket, a key given twice).',
    },
};
/* harmony default export */ const yaml_parse_error = (yaml_parse_error_rule);

// EXTERNAL MODULE: ./build/rules/missing-field.js
var missing_field = __webpack_require__(1245);
// EXTERNAL MODULE: ./build/rules/pod/pss-policy.js
var pss_policy = __webpack_require__(113);
;// CONCATENATED MODULE: ./build/rules/pod/define-pss.js

/** Each check's evaluation by PSA check id, for restricted checks that override a baseline one. */
const EVALUATORS = new Map();
function spotKey(item) {
    return item.at.path.join('\u0000');
}
/**
 * The spots that the baseline checks a restricted check overrides also reject. PSA reports
 * them through the restricted check (hostPath as "restricted volume types"); here the
 * baseline check's rule reports them at every level, and the restricted rule leaves them out.
 */
function baselineSpots(spec, w, minor) {
    const spots = new Set();
    if (!spec.overrides || minor < spec.overrides.since)
        return spots;
    for (const check of spec.overrides.checks) {
        const result = EVALUATORS.get(check)?.(w, minor);
        for (const item of result?.items ?? [])
            spots.add(spotKey(item));
    }
    return spots;
}
/**
 * A workload rule for one PSA check. Baseline checks default to `error` (the API server
 * rejects such pods under the baseline level most clusters enforce); restricted-only
 * checks default to `warning`.
 */
function definePssRule(def) {
    const spec = {
        check: def.check,
        level: def.level,
        since: def.since,
        overrides: def.overrides,
    };
    EVALUATORS.set(def.check, def.evaluate);
    return {
        id: def.id,
        scope: 'workload',
        spec,
        evaluate: def.evaluate,
        meta: {
            ...def.meta,
            severity: def.level === 'baseline' ? 'error' : 'warning',
            tags: [
                'security',
                'kubernetes',
                'pod-security-standards',
                `pss-${def.level}`,
                ...(def.meta.tags ?? []),
            ],
            pss: { level: def.level, check: def.check },
        },
        check(ctx, w) {
            const policy = ctx.settings.pss;
            if (!(0,pss_policy/* checkRuns */.l4)(spec, policy))
                return;
            const result = def.evaluate(w, policy.minor);
            if (!result)
                return;
            const baselineRejects = baselineSpots(spec, w, policy.minor);
            const ns = w.object.namespace ? ctx.settings.namespaces?.get(w.object.namespace) : undefined;
            for (const item of result.items) {
                if (baselineRejects.has(spotKey(item)))
                    continue;
                const level = def.level;
                const label = (0,pss_policy/* policyLabel */.xT)(level, policy);
                let verdict = '';
                let findingLevel;
                if (ns) {
                    // The namespace's enforce label decides: enforced checks are rejections, others advice.
                    const enforced = ns.level === 'restricted' || (ns.level === 'baseline' && level === 'baseline');
                    findingLevel = enforced ? 'error' : 'warning';
                    verdict = enforced
                        ? ` Namespace "${ns.namespace}" enforces PodSecurity "${ns.level}:${ns.version}": ${w.isTemplate ? 'the pods this creates are rejected' : 'the API server rejects this pod'}.`
                        : ` Namespace "${ns.namespace}" enforces only "${ns.level}:${ns.version}", so this is not rejected there.`;
                }
                const problem = `violates PodSecurity "${label}": ${result.reason} (${item.detail}).${verdict}`;
                ctx.report({
                    at: item.at,
                    message: `${problem} ${def.meta.remediation}`,
                    problem,
                    fix: def.meta.remediation,
                    missing: item.missing,
                    level: findingLevel,
                    related: ns
                        ? [
                            {
                                at: ns.at,
                                message: `namespace "${ns.namespace}" enforces ${ns.level}:${ns.version}`,
                            },
                        ]
                        : undefined,
                    properties: {
                        pss: {
                            level: def.level,
                            check: def.check,
                            version: policy.label,
                        },
                        // This spot's part of what the API server prints: the whole text names every container,
                        // which would make a pod of N containers report N\u00b2 names.
                        admission: { reason: result.reason, detail: item.detail },
                    },
                });
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/rules/pod/psa-text.js
/** Wording helpers that reproduce the pod-security-admission library's messages. */
function joinQuote(items) {
    return items.length === 0 ? '' : `"${items.join('", "')}"`;
}
function pluralize(singular, plural, count) {
    return count === 1 ? singular : plural;
}
/** `container "a"` or `containers "a", "b"`. */
function containerList(names) {
    return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`;
}
/** Go's sets.NewString(...).List(): unique and sorted byte-wise. */
function sortedUnique(items) {
    return [...new Set(items)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** Go's %q for the strings PSA quotes (annotation values). */
function goQuote(s) {
    return JSON.stringify(s).replace(/[\u007f-\u009f]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

;// CONCATENATED MODULE: ./build/rules/pod/proc-mount.js



/** PSA's procMount_1_0, shared by the baseline and restricted procMount checks. */
function procMountResult(w) {
    const bad = [];
    const types = [];
    const items = [];
    for (const c of w.pod.containers) {
        const pm = c.securityContext.procMount;
        if (pm === undefined || pm === null)
            continue;
        const value = (0,fields/* str */.gx)(pm) ?? String(pm);
        if (value === 'Default')
            continue;
        bad.push(c.name);
        types.push(value);
        items.push({
            at: (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'procMount'),
            detail: `${containerList([c.name])} must not set securityContext.procMount to ${joinQuote([value])}`,
        });
    }
    if (!bad.length)
        return undefined;
    return {
        reason: 'procMount',
        detail: `${containerList(bad)} must not set securityContext.procMount to ${joinQuote(sortedUnique(types))}`,
        items,
    };
}
/** Pods in a user namespace (`hostUsers: false`); PSA v1.35+ relaxes some checks for them. */
function inUserNamespace(w) {
    return w.pod.spec.hostUsers === false;
}
function isWindowsPod(w) {
    return w.pod.os === 'windows';
}

;// CONCATENATED MODULE: ./build/rules/pod/pss-allow-privilege-escalation.js





/* harmony default export */ const pss_allow_privilege_escalation = (definePssRule({
    id: 'pss-allow-privilege-escalation',
    check: 'allowPrivilegeEscalation',
    level: 'restricted',
    since: 8,
    meta: {
        title: 'Container may gain privileges (allowPrivilegeEscalation not false)',
        description: 'Unless allowPrivilegeEscalation is false, a process can gain more privileges than its parent through setuid binaries or file capabilities (no_new_privs is not set). The restricted level requires every container, init and ephemeral ones included, to set it to false explicitly (pods with spec.os.name: windows are exempt from v1.25).',
        securitySeverity: 6.0,
        precision: 'very-high',
        remediation: 'Set securityContext.allowPrivilegeEscalation: false on the container.',
    },
    evaluate(w, minor) {
        if (minor >= 25 && isWindowsPod(w))
            return undefined;
        const bad = [];
        const items = [];
        for (const c of w.pod.containers) {
            const v = c.securityContext.allowPrivilegeEscalation;
            if (v === false)
                continue;
            bad.push(c.name);
            items.push({
                at: v === true
                    ? (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'allowPrivilegeEscalation')
                    : (0,workload/* containerAnchor */.dC)(w, c),
                detail: `${containerList([c.name])} must set securityContext.allowPrivilegeEscalation=false`,
                ...(v === true
                    ? {}
                    : {
                        missing: (0,missing_field/* missingInContainer */.fg)(w, c, 'allowPrivilegeEscalation', 'allowPrivilegeEscalation: false'),
                    }),
            });
        }
        if (!bad.length)
            return undefined;
        return {
            reason: 'allowPrivilegeEscalation != false',
            detail: `${containerList(bad)} must set securityContext.allowPrivilegeEscalation=false`,
            items,
        };
    },
}));

// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
;// CONCATENATED MODULE: ./build/rules/pod/pss-apparmor.js





const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const ALLOWED_TYPES = new Set(['RuntimeDefault', 'Localhost']);
function allowedAnnotationValue(v) {
    return v === '' || v === 'runtime/default' || v.startsWith('localhost/');
}
/* harmony default export */ const pss_apparmor = (definePssRule({
    id: 'pss-apparmor',
    check: 'appArmorProfile',
    level: 'baseline',
    since: 0,
    meta: {
        title: 'AppArmor profile disabled or overridden',
        description: 'On nodes with AppArmor, the runtime default profile confines every container. Setting appArmorProfile.type to Unconfined (or the deprecated container.apparmor.security.beta.kubernetes.io annotation to unconfined or another non-default value) removes that confinement. The Pod Security Standards baseline level allows only RuntimeDefault and Localhost profiles.',
        securitySeverity: 6.0,
        precision: 'very-high',
        remediation: 'Remove the override or use type RuntimeDefault (or a Localhost profile).',
    },
    evaluate(w) {
        const setters = [];
        const badValues = [];
        const items = [];
        const podProfile = (0,fields/* dict */.jd)(w.pod.securityContext.appArmorProfile);
        if (podProfile) {
            const t = (0,fields/* str */.gx)(podProfile.type) ?? '';
            if (!ALLOWED_TYPES.has(t)) {
                setters.push('pod');
                badValues.push(t);
                items.push({
                    at: (0,workload/* podLoc */.u$)(w, 'securityContext', 'appArmorProfile', 'type'),
                    detail: `pod must not set AppArmor profile type to ${joinQuote([t])}`,
                });
            }
        }
        const badContainers = [];
        for (const c of w.pod.containers) {
            const profile = (0,fields/* dict */.jd)(c.securityContext.appArmorProfile);
            if (!profile)
                continue;
            const t = (0,fields/* str */.gx)(profile.type) ?? '';
            if (ALLOWED_TYPES.has(t))
                continue;
            badContainers.push(c.name);
            badValues.push(t);
            items.push({
                at: (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'appArmorProfile', 'type'),
                detail: `${containerList([c.name])} must not set AppArmor profile type to ${joinQuote([t])}`,
            });
        }
        if (badContainers.length)
            setters.push(containerList(badContainers));
        const annotations = [];
        for (const [k, v] of Object.entries(w.pod.annotations)) {
            if (!k.startsWith(ANNOTATION_PREFIX) || allowedAnnotationValue(v))
                continue;
            const entry = `${k}=${goQuote(v)}`;
            annotations.push(entry);
            items.push({
                at: (0,workload/* podMetadataLoc */.h_)(w, 'annotations', k),
                detail: `annotation must not set AppArmor profile type to ${joinQuote([entry])}`,
            });
        }
        const values = sortedUnique(badValues);
        if (annotations.length) {
            (0,arrays/* pushAll */.iI)(values, sortedUnique(annotations));
            setters.push(pluralize('annotation', 'annotations', annotations.length));
        }
        if (!setters.length)
            return undefined;
        return {
            reason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
            detail: `${setters.join(' and ')} must not set AppArmor profile type to ${joinQuote(values)}`,
            items,
        };
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-capabilities-baseline.js




/** Capabilities container runtimes grant by default; baseline allows adding only these. */
const DEFAULT_CAPABILITIES = new Set([
    'AUDIT_WRITE',
    'CHOWN',
    'DAC_OVERRIDE',
    'FOWNER',
    'FSETID',
    'KILL',
    'MKNOD',
    'NET_BIND_SERVICE',
    'SETFCAP',
    'SETGID',
    'SETPCAP',
    'SETUID',
    'SYS_CHROOT',
]);
/* harmony default export */ const pss_capabilities_baseline = (definePssRule({
    id: 'pss-capabilities-baseline',
    check: 'capabilities_baseline',
    level: 'baseline',
    since: 0,
    meta: {
        title: 'Container adds a non-default capability',
        description: 'Adding capabilities beyond the container runtime defaults (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ...) gives the process kernel powers that break container isolation. The Pod Security Standards baseline level allows adding only the default set; names are compared exactly (no CAP_ prefix, case-sensitive).',
        securitySeverity: 7.5,
        precision: 'very-high',
        remediation: 'Remove the capability from securityContext.capabilities.add.',
    },
    evaluate(w) {
        const badContainers = [];
        const caps = [];
        const items = [];
        for (const c of w.pod.containers) {
            const add = (0,fields/* list */.p_)((0,fields/* dict */.jd)(c.securityContext.capabilities)?.add);
            let valid = true;
            add.forEach((cap, i) => {
                if (typeof cap !== 'string' || DEFAULT_CAPABILITIES.has(cap))
                    return;
                valid = false;
                caps.push(cap);
                items.push({
                    at: (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'capabilities', 'add', i),
                    detail: `${containerList([c.name])} must not include ${joinQuote([cap])} in securityContext.capabilities.add`,
                });
            });
            if (!valid)
                badContainers.push(c.name);
        }
        if (!badContainers.length)
            return undefined;
        return {
            reason: 'non-default capabilities',
            detail: `${containerList(badContainers)} must not include ${joinQuote(sortedUnique(caps))} in securityContext.capabilities.add`,
            items,
        };
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-capabilities-restricted.js






/* harmony default export */ const pss_capabilities_restricted = (definePssRule({
    id: 'pss-capabilities-restricted',
    check: 'capabilities_restricted',
    level: 'restricted',
    since: 22,
    overrides: { since: 22, checks: ['capabilities_baseline'] },
    meta: {
        title: 'Container does not drop ALL capabilities, or adds one other than NET_BIND_SERVICE',
        description: 'From v1.22 the restricted level requires every container to drop ALL capabilities (the exact string "ALL"; "all" does not count) and to add back at most NET_BIND_SERVICE (exactly; CAP_NET_BIND_SERVICE is forbidden). Pods with spec.os.name: windows are exempt from v1.25.',
        securitySeverity: 5.5,
        precision: 'very-high',
        remediation: 'Set securityContext.capabilities.drop: ["ALL"] and add back only NET_BIND_SERVICE if the process binds a port below 1024.',
    },
    evaluate(w, minor) {
        if (minor >= 25 && isWindowsPod(w))
            return undefined;
        const missingDrop = [];
        const adding = [];
        const forbidden = [];
        const items = [];
        for (const c of w.pod.containers) {
            const caps = (0,fields/* dict */.jd)(c.securityContext.capabilities);
            const dropMsg = `${containerList([c.name])} must set securityContext.capabilities.drop=["ALL"]`;
            if (!caps) {
                missingDrop.push(c.name);
                items.push({
                    at: (0,workload/* containerAnchor */.dC)(w, c),
                    detail: dropMsg,
                    missing: (0,missing_field/* missingInContainer */.fg)(w, c, 'capabilities', 'capabilities: {drop: [ALL]}'),
                });
                continue;
            }
            if (!(0,fields/* list */.p_)(caps.drop).includes('ALL')) {
                missingDrop.push(c.name);
                const where = caps.drop !== undefined ? ['drop'] : [];
                items.push({
                    at: (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'capabilities', ...where),
                    detail: dropMsg,
                });
            }
            let added = false;
            (0,fields/* list */.p_)(caps.add).forEach((cap, i) => {
                if (cap === 'NET_BIND_SERVICE')
                    return;
                added = true;
                forbidden.push(String(cap));
                items.push({
                    at: (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'capabilities', 'add', i),
                    detail: `${containerList([c.name])} must not include ${joinQuote([String(cap)])} in securityContext.capabilities.add`,
                });
            });
            if (added)
                adding.push(c.name);
        }
        const details = [];
        if (missingDrop.length)
            details.push(`${containerList(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`);
        if (adding.length) {
            details.push(`${containerList(adding)} must not include ${joinQuote(sortedUnique(forbidden))} in securityContext.capabilities.add`);
        }
        return details.length
            ? { reason: 'unrestricted capabilities', detail: details.join('; '), items }
            : undefined;
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-host-namespaces.js


const FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'];
/* harmony default export */ const pss_host_namespaces = (definePssRule({
    id: 'pss-host-namespaces',
    check: 'hostNamespaces',
    level: 'baseline',
    since: 0,
    meta: {
        title: 'Pod shares the host network, PID or IPC namespace',
        description: "hostNetwork, hostPID or hostIPC give the pod the node's namespaces: it can see and signal every process on the node, sniff and bind host interfaces, or read shared memory. The Pod Security Standards baseline level forbids them.",
        securitySeverity: 8.0,
        precision: 'very-high',
        remediation: 'Remove hostNetwork/hostPID/hostIPC or set them to false.',
    },
    evaluate(w) {
        const parts = [];
        const items = [];
        for (const f of FIELDS) {
            if (w.pod.spec[f] === true) {
                parts.push(`${f}=true`);
                items.push({ at: (0,workload/* podLoc */.u$)(w, f), detail: `${f}=true` });
            }
        }
        return parts.length ? { reason: 'host namespaces', detail: parts.join(', '), items } : undefined;
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-host-path-volumes.js




/* harmony default export */ const pss_host_path_volumes = (definePssRule({
    id: 'pss-host-path-volumes',
    check: 'hostPathVolumes',
    level: 'baseline',
    since: 0,
    meta: {
        title: 'Pod mounts a hostPath volume',
        description: "A hostPath volume exposes the node's filesystem to the pod: a write to /etc, /var/lib/kubelet or the container runtime socket is a node takeover. The Pod Security Standards baseline level forbids hostPath volumes.",
        securitySeverity: 8.0,
        precision: 'very-high',
        remediation: 'Use an emptyDir, configMap, secret, projected or persistentVolumeClaim volume instead of hostPath.',
    },
    evaluate(w) {
        const names = [];
        const items = [];
        (0,fields/* list */.p_)(w.pod.spec.volumes).forEach((v, i) => {
            if (!(0,fields/* isDict */.Zm)(v) || !(0,fields/* isSet */.vM)(v.hostPath))
                return;
            const name = (0,fields/* str */.gx)(v.name) ?? '';
            names.push(name);
            items.push({ at: (0,workload/* podLoc */.u$)(w, 'volumes', i, 'hostPath'), detail: `volume ${joinQuote([name])}` });
        });
        if (!names.length)
            return undefined;
        return {
            reason: 'hostPath volumes',
            detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)}`,
            items,
        };
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-host-ports.js




/* harmony default export */ const pss_host_ports = (definePssRule({
    id: 'pss-host-ports',
    check: 'hostPorts',
    level: 'baseline',
    since: 0,
    meta: {
        title: 'Container binds a host port',
        description: "hostPort binds the container port on the node's own address, bypassing network policies and limiting scheduling to nodes where the port is free. The Pod Security Standards baseline level forbids any non-zero hostPort.",
        securitySeverity: 5.5,
        precision: 'very-high',
        remediation: 'Remove hostPort and expose the port through a Service.',
    },
    evaluate(w) {
        const badContainers = [];
        const ports = [];
        const items = [];
        for (const c of w.pod.containers) {
            let valid = true;
            (0,fields/* list */.p_)(c.spec.ports).forEach((p, i) => {
                const hostPort = (0,fields/* isDict */.Zm)(p) ? (0,fields/* int */.Wh)(p.hostPort) : undefined;
                if (!hostPort)
                    return;
                valid = false;
                ports.push(String(hostPort));
                items.push({
                    at: (0,workload/* containerLoc */.CL)(w, c, 'ports', i, 'hostPort'),
                    detail: `${containerList([c.name])} uses hostPort ${hostPort}`,
                });
            });
            if (!valid)
                badContainers.push(c.name);
        }
        if (!badContainers.length)
            return undefined;
        const distinct = sortedUnique(ports);
        return {
            reason: 'hostPort',
            detail: `${containerList(badContainers)} ${pluralize('uses', 'use', badContainers.length)} ${pluralize('hostPort', 'hostPorts', distinct.length)} ${distinct.join(', ')}`,
            items,
        };
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-host-probes.js




const HANDLERS = [
    ['livenessProbe'],
    ['readinessProbe'],
    ['startupProbe'],
    ['lifecycle', 'postStart'],
    ['lifecycle', 'preStop'],
];
/* harmony default export */ const pss_host_probes = (definePssRule({
    id: 'pss-host-probes',
    check: 'hostProbesAndHostLifecycle',
    level: 'baseline',
    since: 34,
    meta: {
        title: 'Probe or lifecycle handler targets another host',
        description: 'A probe or lifecycle hook with httpGet.host or tcpSocket.host makes the kubelet connect to an arbitrary address from the node, which can reach node-local or internal services. From v1.34 the Pod Security Standards baseline level forbids a non-empty host in probes and lifecycle handlers.',
        securitySeverity: 5.0,
        precision: 'very-high',
        remediation: 'Remove the host field so the kubelet probes the pod IP.',
    },
    evaluate(w) {
        const containers = [];
        const hosts = [];
        const items = [];
        for (const c of w.pod.containers) {
            for (const handlerPath of HANDLERS) {
                let handler = (0,fields/* dict */.jd)(c.spec[handlerPath[0]]);
                if (handlerPath.length > 1)
                    handler = (0,fields/* dict */.jd)(handler?.[handlerPath[1]]);
                if (!handler)
                    continue;
                for (const kind of ['httpGet', 'tcpSocket']) {
                    const host = (0,fields/* str */.gx)((0,fields/* dict */.jd)(handler[kind])?.host);
                    if (!host)
                        continue;
                    containers.push(c.name);
                    hosts.push(host);
                    items.push({
                        at: (0,workload/* containerLoc */.CL)(w, c, ...handlerPath, kind, 'host'),
                        detail: `${containerList([c.name])} uses probe or lifecycle host ${joinQuote([host])}`,
                    });
                }
            }
        }
        if (!containers.length)
            return undefined;
        const names = sortedUnique(containers);
        const distinct = sortedUnique(hosts);
        return {
            reason: 'probe or lifecycle host',
            detail: `${containerList(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', distinct.length)} ${joinQuote(distinct)}`,
            items,
        };
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-privileged.js



/* harmony default export */ const pss_privileged = (definePssRule({
    id: 'pss-privileged',
    check: 'privileged',
    level: 'baseline',
    since: 0,
    meta: {
        title: 'Container runs privileged',
        description: 'A privileged container has every capability and access to all host devices; it is root on the node in all but name. The Pod Security Standards baseline level forbids securityContext.privileged=true.',
        securitySeverity: 9.0,
        precision: 'very-high',
        remediation: 'Remove securityContext.privileged or set it to false; add only the capabilities the process needs.',
    },
    evaluate(w) {
        const bad = [];
        const items = [];
        for (const c of w.pod.containers) {
            if (c.securityContext.privileged === true) {
                bad.push(c.name);
                items.push({
                    at: (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'privileged'),
                    detail: `${containerList([c.name])} must not set securityContext.privileged=true`,
                });
            }
        }
        if (!bad.length)
            return undefined;
        return {
            reason: 'privileged',
            detail: `${containerList(bad)} must not set securityContext.privileged=true`,
            items,
        };
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-proc-mount.js


/* harmony default export */ const pss_proc_mount = (definePssRule({
    id: 'pss-proc-mount',
    check: 'procMount',
    level: 'baseline',
    since: 0,
    meta: {
        title: 'Container unmasks /proc',
        description: 'procMount: Unmasked exposes the parts of /proc the runtime masks (kernel keys, timers, sysrq triggers). The Pod Security Standards baseline level allows only Default, except, from v1.35, in pods that run in a user namespace (hostUsers: false).',
        securitySeverity: 6.5,
        precision: 'very-high',
        remediation: 'Remove securityContext.procMount or set it to Default.',
    },
    evaluate(w, minor) {
        if (minor >= 35 && inUserNamespace(w))
            return undefined;
        return procMountResult(w);
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-proc-mount-restricted.js


/* harmony default export */ const pss_proc_mount_restricted = (definePssRule({
    id: 'pss-proc-mount-restricted',
    check: 'procMount_restricted',
    level: 'restricted',
    since: 35,
    overrides: { since: 35, checks: ['procMount'] },
    meta: {
        title: 'Container unmasks /proc (restricted)',
        description: 'From v1.35 the restricted level forbids any procMount other than Default, even in pods that run in a user namespace, which the baseline level allows.',
        securitySeverity: 6.5,
        precision: 'very-high',
        remediation: 'Remove securityContext.procMount or set it to Default.',
    },
    evaluate: (w) => procMountResult(w),
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-restricted-volumes.js




const ALLOWED = [
    'configMap',
    'csi',
    'downwardAPI',
    'emptyDir',
    'ephemeral',
    'image',
    'persistentVolumeClaim',
    'projected',
    'secret',
];
/** Restricted types in PSA's order (PSA's `unknown` cannot arise from decoded YAML: unknown fields are dropped). */
const RESTRICTED = [
    'hostPath',
    'gcePersistentDisk',
    'awsElasticBlockStore',
    'gitRepo',
    'nfs',
    'iscsi',
    'glusterfs',
    'rbd',
    'flexVolume',
    'cinder',
    'cephfs',
    'flocker',
    'fc',
    'azureFile',
    'vsphereVolume',
    'quobyte',
    'azureDisk',
    'photonPersistentDisk',
    'portworxVolume',
    'scaleIO',
    'storageos',
];
/* harmony default export */ const pss_restricted_volumes = (definePssRule({
    id: 'pss-restricted-volumes',
    check: 'restrictedVolumes',
    level: 'restricted',
    since: 0,
    overrides: { since: 0, checks: ['hostPathVolumes'] },
    meta: {
        title: 'Pod uses a volume type outside the restricted set',
        description: 'The restricted level allows only volume types that cannot reach node or network storage directly: configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret. hostPath, nfs, gitRepo and the in-tree cloud and network volume types are rejected (a PVC bound to such storage is fine).',
        securitySeverity: 5.0,
        precision: 'very-high',
        remediation: 'Mount the storage through a persistentVolumeClaim, or use one of the allowed volume types.',
    },
    evaluate(w) {
        const names = [];
        const types = [];
        const items = [];
        (0,fields/* list */.p_)(w.pod.spec.volumes).forEach((v, i) => {
            if (!(0,fields/* isDict */.Zm)(v))
                return;
            if (ALLOWED.some((k) => (0,fields/* isSet */.vM)(v[k])))
                return;
            // The API server defaults a volume without a source to emptyDir before PSA sees it.
            if (!RESTRICTED.some((k) => (0,fields/* isSet */.vM)(v[k])))
                return;
            const name = (0,fields/* str */.gx)(v.name) ?? '';
            const type = RESTRICTED.find((k) => (0,fields/* isSet */.vM)(v[k]));
            names.push(name);
            types.push(type);
            items.push({
                at: (0,workload/* podLoc */.u$)(w, 'volumes', i, type),
                detail: `volume ${joinQuote([name])} uses restricted volume type ${joinQuote([type])}`,
            });
        });
        if (!names.length)
            return undefined;
        const distinct = sortedUnique(types);
        return {
            reason: 'restricted volume types',
            detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('restricted volume type', 'restricted volume types', distinct.length)} ${joinQuote(distinct)}`,
            items,
        };
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-run-as-non-root.js





/* harmony default export */ const pss_run_as_non_root = (definePssRule({
    id: 'pss-run-as-non-root',
    check: 'runAsNonRoot',
    level: 'restricted',
    since: 0,
    meta: {
        title: 'runAsNonRoot is not true',
        description: 'The restricted level requires runAsNonRoot: true on the pod or on every container, so that the kubelet refuses to start a container whose user is root. An explicit false anywhere fails, even when containers override it. From v1.35 pods in a user namespace (hostUsers: false) are exempt. PSA reads only the declared field, never the image: runAsUser: 1000 alone does not satisfy it.',
        securitySeverity: 6.0,
        precision: 'very-high',
        remediation: 'Set spec.securityContext.runAsNonRoot: true (and make sure the image runs as a numeric non-zero user, or set runAsUser).',
    },
    evaluate(w, minor) {
        if (minor >= 35 && inUserNamespace(w))
            return undefined;
        const setters = [];
        const items = [];
        let podTrue = false;
        const podValue = w.pod.securityContext.runAsNonRoot;
        if (podValue === false) {
            setters.push('pod');
            items.push({
                at: (0,workload/* podLoc */.u$)(w, 'securityContext', 'runAsNonRoot'),
                detail: 'pod must not set securityContext.runAsNonRoot=false',
            });
        }
        else if (podValue === true)
            podTrue = true;
        const explicit = [];
        const implicit = [];
        const implicitItems = [];
        for (const c of w.pod.containers) {
            const v = c.securityContext.runAsNonRoot;
            if (v === false) {
                explicit.push(c.name);
                items.push({
                    at: (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'runAsNonRoot'),
                    detail: `${containerList([c.name])} must not set securityContext.runAsNonRoot=false`,
                });
            }
            else if (v !== true && !podTrue) {
                implicit.push(c.name);
                implicitItems.push({
                    at: (0,workload/* containerAnchor */.dC)(w, c),
                    detail: `pod or ${containerList([c.name])} must set securityContext.runAsNonRoot=true`,
                    missing: (0,missing_field/* missingInPod */.D)(w, c, 'runAsNonRoot', 'runAsNonRoot: true'),
                });
            }
        }
        if (explicit.length)
            setters.push(containerList(explicit));
        if (setters.length) {
            return {
                reason: 'runAsNonRoot != true',
                detail: `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`,
                items,
            };
        }
        if (implicit.length) {
            return {
                reason: 'runAsNonRoot != true',
                detail: `pod or ${containerList(implicit)} must set securityContext.runAsNonRoot=true`,
                items: implicitItems,
            };
        }
        return undefined;
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-run-as-user.js




/* harmony default export */ const pss_run_as_user = (definePssRule({
    id: 'pss-run-as-user',
    check: 'runAsUser',
    level: 'restricted',
    since: 23,
    meta: {
        title: 'runAsUser is 0 (root)',
        description: 'From v1.23 the restricted level forbids runAsUser: 0 on the pod and on every container. Note that the API server accepts runAsNonRoot: true together with runAsUser: 0, and the kubelet then refuses to start the container. From v1.35 pods in a user namespace (hostUsers: false) are exempt.',
        securitySeverity: 7.0,
        precision: 'very-high',
        remediation: 'Set runAsUser to a non-zero uid (for example the numeric user the image was built for).',
    },
    evaluate(w, minor) {
        if (minor >= 35 && inUserNamespace(w))
            return undefined;
        const setters = [];
        const items = [];
        if (w.pod.securityContext.runAsUser === 0) {
            setters.push('pod');
            items.push({
                at: (0,workload/* podLoc */.u$)(w, 'securityContext', 'runAsUser'),
                detail: 'pod must not set runAsUser=0',
            });
        }
        const bad = [];
        for (const c of w.pod.containers) {
            if (c.securityContext.runAsUser !== 0)
                continue;
            bad.push(c.name);
            items.push({
                at: (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'runAsUser'),
                detail: `${containerList([c.name])} must not set runAsUser=0`,
            });
        }
        if (bad.length)
            setters.push(containerList(bad));
        return setters.length
            ? {
                reason: 'runAsUser=0',
                detail: `${setters.join(' and ')} must not set runAsUser=0`,
                items,
            }
            : undefined;
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/seccomp.js




const VALID = new Set(['RuntimeDefault', 'Localhost']);
/**
 * Seccomp fields as PSA's seccompProfile checks read them (v1.19+). With `requireSet`
 * (restricted), containers without a profile of their own fail unless the pod sets a valid one.
 */
function seccompFieldResult(w, requireSet) {
    const setters = [];
    const badValues = [];
    const items = [];
    let podSet = false;
    const podProfile = (0,fields/* dict */.jd)(w.pod.securityContext.seccompProfile);
    if (podProfile) {
        const t = (0,fields/* str */.gx)(podProfile.type) ?? '';
        if (VALID.has(t))
            podSet = true;
        else {
            setters.push('pod');
            badValues.push(t);
            items.push({
                at: (0,workload/* podLoc */.u$)(w, 'securityContext', 'seccompProfile', 'type'),
                detail: `pod must not set securityContext.seccompProfile.type to ${joinQuote([t])}`,
            });
        }
    }
    const explicit = [];
    const implicit = [];
    const implicitItems = [];
    for (const c of w.pod.containers) {
        const profile = (0,fields/* dict */.jd)(c.securityContext.seccompProfile);
        if (profile) {
            const t = (0,fields/* str */.gx)(profile.type) ?? '';
            if (VALID.has(t))
                continue;
            explicit.push(c.name);
            badValues.push(t);
            items.push({
                at: (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'seccompProfile', 'type'),
                detail: `${containerList([c.name])} must not set securityContext.seccompProfile.type to ${joinQuote([t])}`,
            });
        }
        else if (requireSet && !podSet) {
            implicit.push(c.name);
            implicitItems.push({
                at: (0,workload/* containerAnchor */.dC)(w, c),
                detail: `pod or ${containerList([c.name])} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
                missing: (0,missing_field/* missingInPod */.D)(w, c, 'seccompProfile', 'seccompProfile: {type: RuntimeDefault}'),
            });
        }
    }
    if (explicit.length)
        setters.push(containerList(explicit));
    if (setters.length) {
        return {
            reason: 'seccompProfile',
            detail: `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedUnique(badValues))}`,
            items,
        };
    }
    if (implicit.length) {
        return {
            reason: 'seccompProfile',
            detail: `pod or ${containerList(implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
            items: implicitItems,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/rules/pod/pss-seccomp-baseline.js




const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
function validAnnotation(v) {
    return v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/');
}
/* harmony default export */ const pss_seccomp_baseline = (definePssRule({
    id: 'pss-seccomp-baseline',
    check: 'seccompProfile_baseline',
    level: 'baseline',
    since: 0,
    meta: {
        title: 'Seccomp profile set to Unconfined',
        description: 'Seccomp limits the system calls a container can make. The Pod Security Standards baseline level forbids turning it off: from v1.19 a seccompProfile.type other than RuntimeDefault or Localhost (Unconfined); before v1.19 the seccomp.security.alpha.kubernetes.io annotations with a value other than runtime/default, docker/default or localhost/*.',
        securitySeverity: 6.0,
        precision: 'very-high',
        remediation: 'Set seccompProfile.type to RuntimeDefault (or Localhost with a profile), or remove the Unconfined setting.',
    },
    evaluate(w, minor) {
        if (minor >= 19)
            return seccompFieldResult(w, false);
        const forbidden = [];
        const items = [];
        const inspect = (key) => {
            const v = w.pod.annotations[key];
            if (v === undefined || validAnnotation(v))
                return;
            const entry = `${key}=${goQuote(v)}`;
            forbidden.push(entry);
            items.push({
                at: (0,workload/* podMetadataLoc */.h_)(w, 'annotations', key),
                detail: `forbidden annotation ${entry}`,
            });
        };
        inspect(POD_ANNOTATION);
        for (const c of w.pod.containers)
            inspect(CONTAINER_PREFIX + c.name);
        const entries = sortedUnique(forbidden);
        if (!entries.length)
            return undefined;
        return {
            reason: 'seccompProfile',
            detail: `forbidden ${pluralize('annotation', 'annotations', entries.length)} ${entries.join(', ')}`,
            items,
        };
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-seccomp-restricted.js



/* harmony default export */ const pss_seccomp_restricted = (definePssRule({
    id: 'pss-seccomp-restricted',
    check: 'seccompProfile_restricted',
    level: 'restricted',
    since: 19,
    overrides: { since: 19, checks: ['seccompProfile_baseline'] },
    meta: {
        title: 'Seccomp profile not set to RuntimeDefault or Localhost',
        description: 'The restricted level requires every container to run under a seccomp profile: the pod or each container must set seccompProfile.type to RuntimeDefault or Localhost (v1.19+; pods with spec.os.name: windows are exempt from v1.25).',
        securitySeverity: 5.0,
        precision: 'very-high',
        remediation: 'Set spec.securityContext.seccompProfile.type: RuntimeDefault on the pod (or on each container).',
    },
    evaluate(w, minor) {
        if (minor >= 25 && isWindowsPod(w))
            return undefined;
        return seccompFieldResult(w, true);
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-selinux.js




const TYPES_1_0 = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
const TYPES_1_31 = [...TYPES_1_0, 'container_engine_t'];
/* harmony default export */ const pss_selinux = (definePssRule({
    id: 'pss-selinux',
    check: 'seLinuxOptions',
    level: 'baseline',
    since: 0,
    meta: {
        title: 'Custom SELinux type, user or role',
        description: 'seLinuxOptions can move a container out of the confined container_t domain (for example to spc_t or unconfined_t) or change the SELinux user or role. The Pod Security Standards baseline level allows only the container_* types (container_engine_t from v1.31) and no user or role.',
        securitySeverity: 6.0,
        precision: 'very-high',
        remediation: 'Remove seLinuxOptions.user and .role and use an allowed container_* type (or none).',
    },
    evaluate(w, minor) {
        const allowed = new Set(minor >= 31 ? TYPES_1_31 : TYPES_1_0);
        const setters = [];
        const badTypes = [];
        let setUser = false;
        let setRole = false;
        const items = [];
        const inspect = (opts, who, at) => {
            const problems = [];
            const t = (0,fields/* str */.gx)(opts.type) ?? '';
            if (!allowed.has(t)) {
                badTypes.push(t);
                problems.push(`type ${joinQuote([t])}`);
                items.push({
                    at: at('type'),
                    detail: `${who} set forbidden securityContext.seLinuxOptions: type ${joinQuote([t])}`,
                });
            }
            if (((0,fields/* str */.gx)(opts.user) ?? '').length > 0) {
                setUser = true;
                items.push({
                    at: at('user'),
                    detail: `${who} set forbidden securityContext.seLinuxOptions: user may not be set`,
                });
                problems.push('user');
            }
            if (((0,fields/* str */.gx)(opts.role) ?? '').length > 0) {
                setRole = true;
                items.push({
                    at: at('role'),
                    detail: `${who} set forbidden securityContext.seLinuxOptions: role may not be set`,
                });
                problems.push('role');
            }
            return problems.length === 0;
        };
        const podOpts = (0,fields/* dict */.jd)(w.pod.securityContext.seLinuxOptions);
        if (podOpts &&
            !inspect(podOpts, 'pod', (f) => (0,workload/* podLoc */.u$)(w, 'securityContext', 'seLinuxOptions', f)))
            setters.push('pod');
        const badContainers = [];
        for (const c of w.pod.containers) {
            const opts = (0,fields/* dict */.jd)(c.securityContext.seLinuxOptions);
            if (opts &&
                !inspect(opts, containerList([c.name]), (f) => (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'seLinuxOptions', f))) {
                badContainers.push(c.name);
            }
        }
        if (badContainers.length)
            setters.push(containerList(badContainers));
        if (!setters.length)
            return undefined;
        const data = [];
        const types = sortedUnique(badTypes);
        if (types.length)
            data.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`);
        if (setUser)
            data.push('user may not be set');
        if (setRole)
            data.push('role may not be set');
        return {
            reason: 'seLinuxOptions',
            detail: `${setters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`,
            items,
        };
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-sysctls.js



const V1_0 = [
    'kernel.shm_rmid_forced',
    'net.ipv4.ip_local_port_range',
    'net.ipv4.tcp_syncookies',
    'net.ipv4.ping_group_range',
    'net.ipv4.ip_unprivileged_port_start',
];
const V1_27 = [...V1_0, 'net.ipv4.ip_local_reserved_ports'];
const V1_29 = [
    ...V1_27,
    'net.ipv4.tcp_keepalive_time',
    'net.ipv4.tcp_fin_timeout',
    'net.ipv4.tcp_keepalive_intvl',
    'net.ipv4.tcp_keepalive_probes',
];
const V1_32 = [...V1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const V1_37 = [...V1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];
/** The sysctls the baseline level allows at a policy version (names compared literally). */
function allowedSysctls(minor) {
    if (minor >= 37)
        return new Set(V1_37);
    if (minor >= 32)
        return new Set(V1_32);
    if (minor >= 29)
        return new Set(V1_29);
    if (minor >= 27)
        return new Set(V1_27);
    return new Set(V1_0);
}
/* harmony default export */ const pss_sysctls = (definePssRule({
    id: 'pss-sysctls',
    check: 'sysctls',
    level: 'baseline',
    since: 0,
    meta: {
        title: 'Pod sets a sysctl outside the safe set',
        description: 'Sysctls outside the namespaced safe set can change kernel behaviour for every pod on the node. The Pod Security Standards baseline level allows only a fixed list that grows with the policy version (v1.27, v1.29, v1.32, v1.37); names are compared literally, so the slash form net/ipv4/... is forbidden too.',
        securitySeverity: 6.0,
        precision: 'very-high',
        remediation: 'Remove the sysctl, or use the dotted name of an allowed sysctl.',
    },
    evaluate(w, minor) {
        const allowed = allowedSysctls(minor);
        const names = [];
        const items = [];
        (0,fields/* list */.p_)(w.pod.securityContext.sysctls).forEach((s, i) => {
            const name = (0,fields/* isDict */.Zm)(s) ? ((0,fields/* str */.gx)(s.name) ?? '') : '';
            if (allowed.has(name))
                return;
            names.push(name);
            items.push({ at: (0,workload/* podLoc */.u$)(w, 'securityContext', 'sysctls', i, 'name'), detail: name });
        });
        return names.length
            ? { reason: 'forbidden sysctls', detail: names.join(', '), items }
            : undefined;
    },
}));

;// CONCATENATED MODULE: ./build/rules/pod/pss-windows-host-process.js




const DETAIL = 'must not set securityContext.windowsOptions.hostProcess=true';
/* harmony default export */ const pss_windows_host_process = (definePssRule({
    id: 'pss-windows-host-process',
    check: 'windowsHostProcess',
    level: 'baseline',
    since: 0,
    meta: {
        title: 'Windows HostProcess container',
        description: 'A Windows HostProcess container runs directly on the host with the privileges of a host process. The Pod Security Standards baseline level forbids windowsOptions.hostProcess=true on the pod and on every container.',
        securitySeverity: 9.0,
        precision: 'very-high',
        remediation: 'Remove windowsOptions.hostProcess or set it to false.',
    },
    evaluate(w) {
        const items = [];
        const bad = [];
        for (const c of w.pod.containers) {
            if ((0,fields/* dict */.jd)(c.securityContext.windowsOptions)?.hostProcess === true) {
                bad.push(c.name);
                items.push({
                    at: (0,workload/* containerLoc */.CL)(w, c, 'securityContext', 'windowsOptions', 'hostProcess'),
                    detail: `${containerList([c.name])} ${DETAIL}`,
                });
            }
        }
        const setters = [];
        if ((0,fields/* dict */.jd)(w.pod.securityContext.windowsOptions)?.hostProcess === true) {
            setters.push('pod');
            items.unshift({
                at: (0,workload/* podLoc */.u$)(w, 'securityContext', 'windowsOptions', 'hostProcess'),
                detail: `pod ${DETAIL}`,
            });
        }
        if (bad.length)
            setters.push(containerList(bad));
        return setters.length
            ? { reason: 'hostProcess', detail: `${setters.join(' and ')} ${DETAIL}`, items }
            : undefined;
    },
}));

;// CONCATENATED MODULE: ./build/rules/index.js
/**
 * The rule registry: every rule the scanner knows, sorted by id. Ids are stable (SARIF
 * ruleId, docs/rules/<id>.md, config keys) and equal to the file name of the rule.
 */














































const RULES = [
    container_runs_as_root,
    docker_capabilities,
    docker_host_namespaces,
    docker_host_root_mount,
    docker_no_new_privileges,
    docker_privileged,
    docker_privileged_port_non_root,
    docker_runs_as_root,
    docker_socket_mount,
    docker_unconfined_profile,
    docker_user_undefined,
    dockerfile_parse_error,
    dockerfile_user_name,
    dockerfile_user_root,
    dockerfile_user_undefined,
    helm_render_error,
    kustomize_build_error,
    privileged_port_non_root,
    readonly_rootfs_write_path,
    runasnonroot_image_invalid_uid,
    runasnonroot_image_root,
    runasnonroot_image_user_name,
    runasnonroot_runasuser_zero,
    runasuser_not_file_owner,
    shared_volume_no_fsgroup,
    pss_allow_privilege_escalation,
    pss_apparmor,
    pss_capabilities_baseline,
    pss_capabilities_restricted,
    pss_host_namespaces,
    pss_host_path_volumes,
    pss_host_ports,
    pss_host_probes,
    pss_privileged,
    pss_proc_mount,
    pss_proc_mount_restricted,
    pss_restricted_volumes,
    pss_run_as_non_root,
    pss_run_as_user,
    pss_seccomp_baseline,
    pss_seccomp_restricted,
    pss_selinux,
    pss_sysctls,
    pss_windows_host_process,
    unused_suppression,
    yaml_parse_error,
].sort((a, b) => (a.id < b.id ? -1 : 1));
const byId = new Map(RULES.map((r) => [r.id, r]));
function ruleById(id) {
    return byId.get(id);
}


/***/ }),

/***/ 1245:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ missingInPod),
/* harmony export */   Eb: () => (/* binding */ placeMissing),
/* harmony export */   fg: () => (/* binding */ missingInContainer)
/* harmony export */ });
/* unused harmony exports containerBlock, podBlock */
/* harmony import */ var _k8s_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6443);
/* harmony import */ var _k8s_workload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6309);


const BLOCK = 'securityContext';
function whose(scope) {
    return scope === 'pod' ? "pod's" : "container's";
}
function feedOf(block, key) {
    const source = block.owner.source;
    if (!source.feed)
        return undefined;
    return source.feed({
        owner: [...block.owner.path],
        block: BLOCK,
        field: key,
        scope: block.scope,
        exclude: block.exclude?.map((p) => [...p]),
    });
}
function valueFix(feed, scope, missing) {
    const expr = `\`${feed.expression}\``;
    const where = feed.range
        ? ''
        : feed.setArgument
            ? ` (set by ${feed.setArgument})`
            : ' (no values file sets it)';
    const write = `\`${missing.write}\``;
    if (!feed.whole)
        return `This chart writes the ${whose(scope)} ${missing.key} only from ${expr}${where}: set it so that the ${whose(scope)} securityContext gets ${write}.`;
    const enable = feed.disabled ? ', and set `enabled: true` in it' : '';
    if (feed.replaces)
        return `This chart writes the ${whose(scope)} securityContext itself unless ${expr}${where} is set, which replaces it: set ${expr} with ${write} and the fields of the template's default.`;
    return `This chart takes the ${whose(scope)} securityContext from ${expr}${where}: add ${write} there${enable}.`;
}
/**
 * The place and fix for a missing field, or undefined outside charts (the rule's own place
 * and fix stand). `anchor` is where the rule reported it (the container's `name:`).
 */
function placeMissing(missing, anchor) {
    let fallback;
    for (const block of missing.blocks) {
        const feed = feedOf(block, missing.key);
        if (!feed)
            continue;
        if (feed.kind === 'value') {
            const template = feed.template;
            const range = feed.range ?? template ?? anchor.template ?? anchor.range;
            const related = template && range !== template
                ? [{ range: template, message: `template that reads ${feed.expression}` }]
                : [];
            return { range, related, fix: valueFix(feed, block.scope, missing) };
        }
        if (!fallback || (!fallback.feed.template && feed.template))
            fallback = { feed, scope: block.scope };
    }
    if (!fallback || fallback.feed.kind !== 'template')
        return undefined;
    const write = `\`${missing.write}\``;
    const scope = whose(fallback.scope);
    if (fallback.feed.template) {
        return {
            range: fallback.feed.template,
            related: [],
            fix: `The chart offers no way to set it: the template writes the ${scope} securityContext without a value. Add ${write} to it there.`,
        };
    }
    return {
        range: anchor.template ?? anchor.range,
        related: [],
        fix: `The chart offers no way to set it: the template writes no securityContext for the ${fallback.scope}. Add one with ${write} there.`,
    };
}
/** The container's securityContext, as a block a missing field belongs in. */
function containerBlock(w, c) {
    return { owner: (0,_k8s_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .locIn */ .SP)(w.object, c.path), scope: 'container' };
}
/** The pod's securityContext, as a block a missing field belongs in. */
function podBlock(w) {
    return {
        owner: (0,_k8s_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .locIn */ .SP)(w.object, w.pod.path),
        scope: 'pod',
        exclude: _k8s_workload_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTAINER_GROUPS */ .x4.map((g) => [g]),
    };
}
/** A container field (`allowPrivilegeEscalation: false`). */
function missingInContainer(w, c, key, write) {
    return { blocks: [containerBlock(w, c)], key, write };
}
/** A field the pod or each container may set, best on the pod (`runAsNonRoot: true`). */
function missingInPod(w, c, key, write) {
    return { blocks: [podBlock(w), containerBlock(w, c)], key, write };
}


/***/ }),

/***/ 113:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ DEFAULT_PSS),
/* harmony export */   M_: () => (/* binding */ parsePssVersion),
/* harmony export */   _r: () => (/* binding */ pssVersionProblem),
/* harmony export */   l4: () => (/* binding */ checkRuns),
/* harmony export */   rH: () => (/* binding */ isPssLevel),
/* harmony export */   vn: () => (/* binding */ whyCheckNeverRuns),
/* harmony export */   xT: () => (/* binding */ policyLabel)
/* harmony export */ });
/* unused harmony export NEWEST_MINOR */
/**
 * Pod Security Standards policy selection, as the pod-security-admission library does it:
 * levels, versions v1.0 \u2026 v1.37 and latest, and which checks run at a level and version
 * (restricted overrides some baseline checks from given versions).
 */
/** The newest policy version the PSA library (and its fixtures) know. */
const NEWEST_MINOR = 37;
const DEFAULT_PSS = { level: 'restricted', minor: NEWEST_MINOR, label: 'latest' };
const VERSION_RE = /^v1\.(0|[1-9][0-9]*)$/;
/** Parses `latest` or `v1.N`; undefined for anything else (callers report a usage error). */
function parsePssVersion(label) {
    if (label === 'latest')
        return { minor: NEWEST_MINOR, label };
    const m = VERSION_RE.exec(label);
    if (!m)
        return undefined;
    return { minor: Math.min(Number(m[1]), NEWEST_MINOR), label };
}
/**
 * Why a policy version chosen by the user (option or config) is not accepted, or undefined.
 * Namespace labels may name newer versions (the API server evaluates them as latest); a
 * setting of ours may not, since the help promises v1.0 ... v1.NEWEST.
 */
function pssVersionProblem(label) {
    const parsed = parsePssVersion(label);
    const range = `latest or v1.0 ... v1.${NEWEST_MINOR}`;
    if (!parsed)
        return `must be ${range}, not "${label}"`;
    const m = VERSION_RE.exec(label);
    if (m && Number(m[1]) > NEWEST_MINOR)
        return `${label} is newer than the newest policy this kube-whoami knows: use ${range}`;
    return undefined;
}
function isPssLevel(v) {
    return v === 'privileged' || v === 'baseline' || v === 'restricted';
}
/**
 * Whether a rule reports under a policy. Unlike PSA, a baseline check keeps running at
 * restricted when a restricted check overrides it: a violation of a baseline check is always
 * reported under the baseline check's rule, at every level, and the restricted check reports
 * only what restricted adds, so rule ids, suppressions and `rules: X: off` mean the same at
 * every level.
 */
function checkRuns(spec, policy) {
    if (policy.level === 'privileged')
        return false;
    if (policy.minor < spec.since)
        return false;
    if (spec.level === 'restricted')
        return policy.level === 'restricted';
    return true;
}
/** Why a check never reports under a policy, or undefined when it can. */
function whyCheckNeverRuns(spec, policy) {
    const at = policyLabel(policy.level, policy);
    if (policy.level === 'privileged')
        return `the policy is ${at}, which checks nothing`;
    if (policy.minor < spec.since)
        return `the ${spec.check} check exists from policy version v1.${spec.since}, and the policy is ${at}`;
    if (spec.level === 'restricted' && policy.level !== 'restricted')
        return `it is a restricted check and the policy is ${at}`;
    return undefined;
}
function policyLabel(level, policy) {
    return `${level}:${policy.label}`;
}


/***/ }),

/***/ 7119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ PHASE_LABEL),
/* harmony export */   k: () => (/* binding */ PhaseTracker)
/* harmony export */ });
/**
 * How far a scan is, for long scans: the CLI draws a line on a terminal, the action writes one
 * log group per phase with its time. scan() reports each phase's start, each item done and its
 * end; what to show is the caller's business.
 */
/** What a phase is called in progress lines and log groups. */
const PHASE_LABEL = {
    discover: 'Finding files',
    kustomize: 'Building kustomize overlays',
    manifests: 'Reading manifests',
    charts: 'Rendering charts',
    images: 'Linking images to Dockerfiles',
    registry: 'Looking up images in registries',
    rules: 'Running the rules',
    dockerfiles: 'Checking Dockerfiles',
};
/** Reports one phase: `start`, `step` per item, `end`; timings measured here. */
class PhaseTracker {
    listener;
    phase;
    total;
    started = 0;
    itemStarted = 0;
    done = 0;
    constructor(listener, phase, total) {
        this.listener = listener;
        this.phase = phase;
        this.total = total;
        if (!listener)
            return;
        this.started = this.itemStarted = performance.now();
        listener({ phase, done: 0, total });
    }
    /** More items than announced (a failed overlay's bases are built on their own). */
    grow(n) {
        this.total += n;
    }
    step(item) {
        this.done++;
        if (!this.listener)
            return;
        const now = performance.now();
        this.listener({
            phase: this.phase,
            done: this.done,
            total: this.total,
            ...(item !== undefined ? { item, ms: now - this.itemStarted } : {}),
        });
        this.itemStarted = now;
    }
    end() {
        this.listener?.({
            phase: this.phase,
            done: this.done,
            total: this.total,
            ms: performance.now() - this.started,
            end: true,
        });
    }
}


/***/ }),

/***/ 1940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ scan)
});

// EXTERNAL MODULE: ./build/core/root-files.js
var root_files = __webpack_require__(2170);
// EXTERNAL MODULE: ./build/core/decode.js
var decode = __webpack_require__(9566);
// EXTERNAL MODULE: ./build/core/fingerprint.js
var core_fingerprint = __webpack_require__(7486);
// EXTERNAL MODULE: ./build/core/range.js
var range = __webpack_require__(3399);
// EXTERNAL MODULE: ./build/discover/walk.js
var walk = __webpack_require__(1465);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/images/links/index.js + 17 modules
var images_links = __webpack_require__(4768);
// EXTERNAL MODULE: ./build/images/reference.js
var reference = __webpack_require__(8794);
// EXTERNAL MODULE: ./build/images/base-images.js + 1 modules
var base_images = __webpack_require__(7420);
;// CONCATENATED MODULE: ./build/images/registry-facts.js


const NO_REGISTRY_FACTS = {
    fact: () => undefined,
    outcome: () => undefined,
};
function registryFacts(report) {
    const facts = new Map();
    return {
        outcome: (ref) => report.outcomes.get(ref.trim()),
        fact(ref) {
            const key = ref.trim();
            if (facts.has(key))
                return facts.get(key);
            const o = report.outcomes.get(key);
            if (!o?.ok)
                return undefined;
            const fact = factFromRegistry(o.image, (0,base_images/* lookupBaseImage */.Tw)(key));
            facts.set(key, fact);
            return fact;
        },
    };
}
function shortDigest(d) {
    return `${d.slice(0, 19)}\u2026`;
}
/** `name@sha256:0123456789ab\u2026`: the image a fact was read from. */
function registryImageName(image) {
    const p = (0,reference/* parseReference */.F2)(image.reference);
    const repo = p.ok ? (0,reference/* repositoryOf */._M)(p.ref) : `${image.registry}/${image.repository}`;
    return `${repo}@${shortDigest(image.digest)}`;
}
function factFromRegistry(image, table) {
    const user = image.config.user;
    const passwd = image.accounts?.passwd;
    const group = image.accounts?.group;
    const accounts = passwd?.state === 'read'
        ? passwd.entries.map((e) => ({ name: e.name, uid: e.uid, gid: e.gid }))
        : [...(table?.accounts ?? [])];
    const fact = {
        row: table?.row ?? 0,
        origin: 'registry',
        family: table?.family ?? registryImageName(image).replace(/@.*$/, ''),
        image: image.reference,
        digest: image.digest,
        user,
        runAsNonRoot: (0,base_images/* runAsNonRootVerdict */.MW)(user),
        accounts,
        hasPasswd: passwd ? passwd.state !== 'absent' : (table?.hasPasswd ?? true),
        source: `${image.reference} in its registry (manifest ${image.digest}, config ${image.configDigest}, ${image.platform})`,
        confidence: 'verified',
    };
    if (passwd?.state === 'read')
        fact.accountsComplete = true;
    if (group?.state === 'read')
        fact.groups = group.entries.map((g) => ({ name: g.name, gid: g.gid }));
    const [u, g] = user.split(':');
    if (/^\d+$/.test(u ?? ''))
        fact.uid = Number(u);
    else if (u) {
        fact.name = u;
        const entry = accounts.find((a) => a.name === u);
        if (entry?.uid !== undefined)
            fact.uid = entry.uid;
        if (entry?.gid !== undefined)
            fact.gid = entry.gid;
    }
    if (fact.uid !== undefined && fact.name === undefined) {
        const entry = accounts.find((a) => a.uid === fact.uid);
        if (entry) {
            fact.name = entry.name;
            if (entry.gid !== undefined)
                fact.gid = entry.gid;
        }
    }
    if (g !== undefined && /^\d+$/.test(g))
        fact.gid = Number(g);
    if (u === '')
        fact.uid = 0;
    if (Object.keys(image.config.env).length)
        fact.env = image.config.env;
    fact.envComplete = true;
    const ports = image.config.exposedPorts
        .map((p) => Number(p.split('/')[0]))
        .filter((n) => Number.isInteger(n) && n > 0);
    if (ports.length)
        fact.ports = ports;
    if (image.config.volumes.length)
        fact.volumes = image.config.volumes;
    if (table?.dropsTo)
        fact.dropsTo = table.dropsTo;
    if (table?.fileCapabilities)
        fact.fileCapabilities = table.fileCapabilities;
    if (table?.notes)
        fact.notes = table.notes;
    fact.evidence = `${registryImageName(image)} config User ${JSON.stringify(user)}${userMeaning(fact, image)}`;
    return fact;
}
function userMeaning(fact, image) {
    if (fact.user === '')
        return ' \u2192 root';
    const [u] = fact.user.split(':');
    if (/^\d+$/.test(u))
        return fact.name ? ` (${fact.name} in its /etc/passwd)` : '';
    if (fact.uid !== undefined)
        return ` \u2192 uid ${fact.uid} in its /etc/passwd`;
    const passwd = image.accounts?.passwd;
    if (!passwd)
        return '';
    if (passwd.state === 'absent')
        return ', and the image has no /etc/passwd';
    if (passwd.state === 'unknown')
        return ` (its /etc/passwd was not read: ${passwd.reason})`;
    return ', a name its /etc/passwd does not have';
}

// EXTERNAL MODULE: ./build/k8s/objects.js
var k8s_objects = __webpack_require__(6443);
// EXTERNAL MODULE: ./build/k8s/source.js
var source = __webpack_require__(8150);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/images/template.js
var template = __webpack_require__(6953);
// EXTERNAL MODULE: ./build/docker/syntax.js
var syntax = __webpack_require__(2338);
// EXTERNAL MODULE: ./build/docker/compose/interpolate.js
var interpolate = __webpack_require__(8841);
;// CONCATENATED MODULE: ./build/docker/compose/service.js
/**
 * A Compose service as a container view: every key that decides who the container runs as
 * and what it can reach, merged over the service's layers the way Compose merges files
 * and `extends` (scalars: the last layer wins; `cap_add`, `cap_drop`, `security_opt`,
 * `group_add`, `ports`, `expose`, `tmpfs`: appended without duplicates; `volumes` and
 * `devices`: merged by container path; `sysctls`: merged by name), each value
 * interpolated and kept with the range of the layer that set it.
 */




/** Keys whose unresolved value hides a security decision: a note says so. */
const DECISIVE = new Set([
    'user',
    'privileged',
    'network_mode',
    'pid',
    'ipc',
    'userns_mode',
    'cap_add',
    'security_opt',
]);
/** Compose's reading of a boolean (YAML 1.2 booleans, and the strings it casts after interpolation). */
function composeBool(text) {
    const t = text.trim().toLowerCase();
    if (['true', 'yes', 'y', 'on'].includes(t))
        return true;
    if (['false', 'no', 'n', 'off'].includes(t))
        return false;
    return undefined;
}
class ServiceReader {
    service;
    io;
    constructor(service, io) {
        this.service = service;
        this.io = io;
    }
    /** Interpolated text of a scalar, and whether a variable stayed unknown. */
    text(layer, path) {
        const raw = layer.view.str(path);
        if (raw === undefined)
            return undefined;
        const missing = [];
        const value = (0,interpolate/* composeInterpolate */.C)(raw, this.service.project.env, this.io.holes, (m) => missing.push(m));
        for (const m of missing) {
            if (!m.required)
                continue;
            this.io.problem('note', 'compose-variable', `${layer.file}: \${${m.name}:?${m.message ?? ''}} needs ${m.name}, which the project's .env does not set: docker compose refuses the file unless the environment sets it${m.message ? ` ("${m.message}")` : ''}`, layer.view.range(path));
        }
        return { text: (0,template/* displayText */.WV)(value, this.io.holes), unresolved: (0,template/* hasEncodedHoles */.GF)(value) };
    }
    /** The layer that sets a key last (Compose: the later file or the extending service wins). */
    last(key) {
        for (let i = this.service.layers.length - 1; i >= 0; i--) {
            const l = this.service.layers[i];
            const n = l.view.node([...l.path, key]);
            if (n !== undefined && !((0,dist/* isScalar */.jn)(n) && n.value === null))
                return l;
        }
        return undefined;
    }
    scalar(key, written = key) {
        const layer = this.last(key);
        if (!layer)
            return undefined;
        const path = [...layer.path, key];
        const t = this.text(layer, path);
        if (!t)
            return undefined;
        return {
            value: t.text,
            written,
            range: layer.view.range(path, 'pair'),
            ...(t.unresolved ? { unresolved: true } : {}),
        };
    }
    bool(key) {
        const s = this.scalar(key);
        if (!s)
            return undefined;
        const value = composeBool(s.value);
        if (value === undefined)
            return s.unresolved ? { ...s, value: false } : undefined;
        return { ...s, value };
    }
    /** Items of a sequence key in every layer, in merge order (a lone scalar counts as one). */
    items(key) {
        const out = [];
        for (const layer of this.service.layers) {
            const path = [...layer.path, key];
            const n = layer.view.node(path);
            if ((0,dist/* isSeq */.oP)(n))
                n.items.forEach((_, i) => out.push({ layer, path: [...path, i] }));
            else if ((0,dist/* isScalar */.jn)(n) && n.value !== null)
                out.push({ layer, path });
        }
        return out;
    }
    /** Scalar items as settings, duplicates (by value) dropped as Compose drops them. */
    strings(key, normalize = (s) => s) {
        const out = new Map();
        for (const item of this.items(key)) {
            const t = this.text(item.layer, item.path);
            if (!t || t.text.trim() === '')
                continue;
            const value = normalize(t.text);
            out.set(value, {
                value,
                written: key,
                range: item.layer.view.range(item.path),
                ...(t.unresolved ? { unresolved: true } : {}),
            });
        }
        return [...out.values()];
    }
    isMapAt(item) {
        return (0,dist/* isMap */.jh)(item.layer.view.node(item.path));
    }
    range(item) {
        return item.layer.view.range(item.path);
    }
}
/** Reads every container-relevant key of a service. */
function serviceContainer(service, io, notes) {
    const r = new ServiceReader(service, io);
    const project = service.project;
    const profiles = r.strings('profiles').map((p) => p.value);
    const where = `${project.file} service ${service.name}${profiles.length ? ` (profile ${profiles.join(', ')})` : ''}`;
    const c = {
        origin: 'compose',
        tool: 'compose',
        file: project.file,
        name: service.name,
        where,
        anchor: service.keyRange,
        identity: `service ${service.name}`,
        capAdd: r.strings('cap_add', syntax/* normalizeCapability */.u$),
        capDrop: r.strings('cap_drop', syntax/* normalizeCapability */.u$),
        securityOpt: r.strings('security_opt'),
        mounts: volumes(r),
        devices: devices(r),
        sysctls: sysctls(r),
        groupAdd: r.strings('group_add'),
        ports: ports(r),
        tmpfs: r.strings('tmpfs'),
    };
    if (profiles.length)
        c.profiles = profiles;
    const image = r.scalar('image');
    if (image)
        c.image = image;
    if (r.last('build'))
        c.builtImage = image?.value ?? `${project.name}-${service.name}`;
    const set = (k, v) => {
        if (v !== undefined)
            c[k] = v;
    };
    set('user', r.scalar('user'));
    const entrypoint = r.last('entrypoint');
    if (entrypoint)
        c.entrypoint = {
            value: entrypoint.view.str([...entrypoint.path, 'entrypoint']) ?? '[\u2026]',
            written: 'entrypoint',
            range: entrypoint.view.range([...entrypoint.path, 'entrypoint'], 'pair'),
        };
    set('privileged', r.bool('privileged'));
    set('network', r.scalar('network_mode'));
    set('pid', r.scalar('pid'));
    set('ipc', r.scalar('ipc'));
    set('userns', r.scalar('userns_mode'));
    set('uts', r.scalar('uts'));
    set('readOnly', r.bool('read_only'));
    set('apiSocket', r.bool('use_api_socket'));
    const decisive = [
        ...[c.user, c.privileged, c.network, c.pid, c.ipc, c.userns].filter((s) => s !== undefined),
        ...c.capAdd,
        ...c.securityOpt,
    ];
    for (const s of decisive) {
        if (!s.unresolved || !DECISIVE.has(s.written))
            continue;
        notes(`${where}: ${s.written} depends on a variable that neither the project's .env nor a default sets, so its value is unknown here and the checks that need it are skipped`, s.range);
    }
    return c;
}
/** `volumes`: short and long syntax, merged by container path (the later layer wins). */
function volumes(r) {
    const byTarget = new Map();
    let anonymous = 0;
    for (const item of r.items('volumes')) {
        const range = r.range(item);
        let setting;
        if (r.isMapAt(item)) {
            const get = (k) => r.text(item.layer, [...item.path, k]);
            const type = get('type')?.text ?? 'volume';
            const source = get('source');
            const target = get('target')?.text;
            const ro = get('read_only')?.text;
            const parts = (0,syntax/* parseMountFlag */.pp)(`type=${type}`);
            setting = {
                value: `${source?.text ?? ''}:${target ?? ''}`,
                written: 'volumes',
                range,
                type: parts.type,
                ...(source ? { source: source.text } : {}),
                ...(target ? { target } : {}),
                readOnly: ro !== undefined && composeBool(ro) === true,
                ...(source?.unresolved ? { unresolved: true } : {}),
            };
        }
        else {
            const t = r.text(item.layer, item.path);
            if (!t)
                continue;
            setting = {
                value: t.text,
                written: 'volumes',
                range,
                ...(0,syntax/* parseVolumeSpec */.v5)(t.text),
                ...(t.unresolved ? { unresolved: true } : {}),
            };
        }
        byTarget.set(setting.target ?? `#${anonymous++}`, setting);
    }
    return [...byTarget.values()];
}
/** `devices`: `HOST[:CONTAINER[:PERMS]]`, or `{source, target}`; merged by container path. */
function devices(r) {
    const out = new Map();
    for (const item of r.items('devices')) {
        const long = r.isMapAt(item);
        const t = long ? r.text(item.layer, [...item.path, 'source']) : r.text(item.layer, item.path);
        if (!t)
            continue;
        const target = long ? r.text(item.layer, [...item.path, 'target'])?.text : t.text.split(':')[1];
        out.set(target ?? t.text, {
            value: t.text,
            written: 'devices',
            range: r.range(item),
            ...(t.unresolved ? { unresolved: true } : {}),
        });
    }
    return [...out.values()];
}
/** `sysctls`: a mapping or a list of `name=value`; merged by name. */
function sysctls(r) {
    const out = new Map();
    for (const layer of r.service.layers) {
        const path = [...layer.path, 'sysctls'];
        const v = layer.view;
        if (v.isMap(path)) {
            for (const name of v.keys(path)) {
                const t = r.text(layer, [...path, name]);
                out.set(name, {
                    name,
                    sysctlValue: t?.text ?? '',
                    value: `${name}=${t?.text ?? ''}`,
                    written: 'sysctls',
                    range: v.range([...path, name], 'pair'),
                });
            }
        }
        else if (v.isSeq(path)) {
            for (let i = 0; i < v.length(path); i++) {
                const t = r.text(layer, [...path, i]);
                if (!t)
                    continue;
                const eq = t.text.indexOf('=');
                const name = (eq < 0 ? t.text : t.text.slice(0, eq)).trim();
                out.set(name, {
                    name,
                    sysctlValue: eq < 0 ? '' : t.text.slice(eq + 1).trim(),
                    value: t.text,
                    written: 'sysctls',
                    range: v.range([...path, i]),
                });
            }
        }
    }
    return [...out.values()];
}
/** `ports` (short and long syntax) and `expose`. */
function ports(r) {
    const out = new Map();
    for (const key of ['ports', 'expose']) {
        for (const item of r.items(key)) {
            let spec;
            let unresolved;
            if (r.isMapAt(item)) {
                const target = r.text(item.layer, [...item.path, 'target']);
                const protocol = r.text(item.layer, [...item.path, 'protocol'])?.text;
                if (!target)
                    continue;
                spec = `${target.text}${protocol ? `/${protocol}` : ''}`;
                unresolved = target.unresolved;
            }
            else {
                const t = r.text(item.layer, item.path);
                if (!t)
                    continue;
                spec = t.text;
                unresolved = t.unresolved;
            }
            out.set(`${key}\u0000${spec}`, {
                value: spec,
                written: key,
                range: r.range(item),
                ...(0,syntax/* parsePortSpec */.qy)(spec),
                ...(unresolved ? { unresolved: true } : {}),
            });
        }
    }
    return [...out.values()];
}

;// CONCATENATED MODULE: ./build/docker/run/flags.js
const SHORT = {
    a: 'attach',
    c: 'cpu-shares',
    d: 'detach',
    e: 'env',
    h: 'hostname',
    i: 'interactive',
    l: 'label',
    m: 'memory',
    P: 'publish-all',
    p: 'publish',
    q: 'quiet',
    t: 'tty',
    u: 'user',
    v: 'volume',
    w: 'workdir',
};
const ALIASES = {
    net: 'network',
    'net-alias': 'network-alias',
};
/** Options that take no value (docker, podman, nerdctl). */
const BOOLEAN = new Set([
    'detach',
    'disable-content-trust',
    'env-host',
    'help',
    'http-proxy',
    'init',
    'interactive',
    'no-healthcheck',
    'no-hostname',
    'no-hosts',
    'oom-kill-disable',
    'passwd',
    'privileged',
    'publish-all',
    'quiet',
    'read-only',
    'read-only-tmpfs',
    'replace',
    'rm',
    'rmi',
    'rootfs',
    'sig-proxy',
    'tls-verify',
    'tty',
    'use-api-socket',
]);
/** A range covering both, when they are on one line (else the first). */
function spanOf(a, b) {
    if (a.file !== b.file || a.startLine !== b.startLine || b.startLine !== b.endLine)
        return a;
    return { ...a, endLine: b.endLine, endColumn: Math.max(a.endColumn, b.endColumn) };
}
/** Reads the options and the image of a run/create command from the words after the subcommand. */
function parseRunArgs(words) {
    const flags = [];
    let i = 0;
    for (; i < words.length; i++) {
        const w = words[i];
        const t = w.text;
        if (t === '--') {
            i++;
            break;
        }
        if (!t.startsWith('-') || t === '-')
            break;
        if (t.startsWith('--')) {
            const eq = t.indexOf('=');
            const written = eq < 0 ? t : t.slice(0, eq);
            const raw = written.slice(2);
            const name = ALIASES[raw] ?? raw;
            if (eq >= 0)
                flags.push({ name, written, value: t.slice(eq + 1), range: w.range });
            else if (BOOLEAN.has(name))
                flags.push({ name, written, range: w.range });
            else {
                const v = words[i + 1];
                flags.push({
                    name,
                    written,
                    ...(v ? { value: v.text, range: spanOf(w.range, v.range) } : { range: w.range }),
                });
                i++;
            }
            continue;
        }
        // A cluster of short options; the first that takes a value takes the rest (or the next word).
        for (let k = 1; k < t.length; k++) {
            const name = SHORT[t[k]] ?? t[k];
            const written = `-${t[k]}`;
            if (BOOLEAN.has(name) || !(t[k] in SHORT)) {
                flags.push({ name, written, range: w.range });
                continue;
            }
            const rest = t.slice(k + 1);
            if (rest)
                flags.push({ name, written, value: rest.replace(/^=/, ''), range: w.range });
            else {
                const v = words[i + 1];
                flags.push({
                    name,
                    written,
                    ...(v ? { value: v.text, range: spanOf(w.range, v.range) } : { range: w.range }),
                });
                i++;
            }
            break;
        }
    }
    const image = words[i];
    return { flags, ...(image ? { image } : {}), args: words.slice(i + 1) };
}
/** `docker run`/`create` options, and `options:` of a GitHub job container, as words. */
function splitOptions(raw) {
    // The runner hands `options` to `docker create` as one argument string: blanks separate
    // words, double quotes group and are removed.
    const out = [];
    let i = 0;
    while (i < raw.length) {
        while (i < raw.length && /\s/.test(raw[i]))
            i++;
        if (i >= raw.length)
            break;
        const start = i;
        let text = '';
        let quoted = false;
        while (i < raw.length && (quoted || !/\s/.test(raw[i]))) {
            if (raw[i] === '"')
                quoted = !quoted;
            else
                text += raw[i];
            i++;
        }
        out.push({ text, start, end: i });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/docker/run/container.js



function empty(base) {
    return {
        ...base,
        capAdd: [],
        capDrop: [],
        securityOpt: [],
        mounts: [],
        devices: [],
        sysctls: [],
        groupAdd: [],
        ports: [],
        tmpfs: [],
    };
}
/** Applies options to a container view, in order (a later `--user` wins, lists add up). */
function applyFlags(c, flags, holes) {
    for (const f of flags) {
        const raw = f.value;
        const unresolved = raw !== undefined && (0,template/* hasEncodedHoles */.GF)(raw);
        const text = raw === undefined ? undefined : (0,template/* displayText */.WV)(raw, holes);
        const setting = (value) => ({
            value,
            written: f.written,
            range: f.range,
            ...(unresolved ? { unresolved: true } : {}),
        });
        const bool = () => setting(text === undefined || /^(true|1)$/i.test(text));
        const list = () => (text ?? '')
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean);
        switch (f.name) {
            case 'user':
                if (text !== undefined)
                    c.user = setting(text);
                break;
            case 'entrypoint':
                if (text !== undefined)
                    c.entrypoint = setting(text);
                break;
            case 'privileged':
                c.privileged = bool();
                break;
            case 'read-only':
                c.readOnly = bool();
                break;
            case 'use-api-socket':
                c.apiSocket = bool();
                break;
            case 'cap-add':
                for (const cap of list())
                    c.capAdd.push(setting((0,syntax/* normalizeCapability */.u$)(cap)));
                break;
            case 'cap-drop':
                for (const cap of list())
                    c.capDrop.push(setting((0,syntax/* normalizeCapability */.u$)(cap)));
                break;
            case 'network':
            case 'pid':
            case 'ipc':
            case 'userns':
            case 'uts':
                if (text !== undefined)
                    c[f.name] = setting(text);
                break;
            case 'security-opt':
                if (text !== undefined)
                    c.securityOpt.push(setting(text));
                break;
            case 'volume':
                if (text !== undefined)
                    c.mounts.push({ ...setting(text), ...(0,syntax/* parseVolumeSpec */.v5)(text) });
                break;
            case 'mount':
                if (text !== undefined)
                    c.mounts.push({ ...setting(text), ...(0,syntax/* parseMountFlag */.pp)(text) });
                break;
            case 'tmpfs':
                if (text !== undefined)
                    c.tmpfs.push(setting(text));
                break;
            case 'device':
                if (text !== undefined)
                    c.devices.push(setting(text));
                break;
            case 'sysctl':
                if (text !== undefined) {
                    const eq = text.indexOf('=');
                    c.sysctls.push({
                        ...setting(text),
                        name: (eq < 0 ? text : text.slice(0, eq)).trim(),
                        sysctlValue: eq < 0 ? '' : text.slice(eq + 1).trim(),
                    });
                }
                break;
            case 'group-add':
                if (text !== undefined)
                    c.groupAdd.push(setting(text));
                break;
            case 'publish':
            case 'expose':
                if (text !== undefined)
                    c.ports.push({ ...setting(text), ...(0,syntax/* parsePortSpec */.qy)(text) });
                break;
        }
    }
}
/** A `docker run` (or create) command line as a container view. */
function commandContainer(cmd, holes) {
    const { start, fields } = cmd.found;
    const parsed = parseRunArgs(fields.slice(start.argsStart));
    const program = fields[start.programAt];
    const image = parsed.image;
    const imageText = image ? (0,template/* displayText */.WV)(image.text, holes) : undefined;
    const c = empty({
        origin: 'run',
        tool: start.tool,
        file: cmd.file,
        name: `${start.command}${imageText ? ` ${imageText}` : ''}`,
        where: `${cmd.where}: ${start.command}`,
        anchor: spanTo(program.range, fields[start.argsStart - 1].range),
        identity: `${cmd.where}: ${start.command} ${imageText ?? ''}`.trim(),
    });
    if (image && imageText !== undefined)
        c.image = imageSetting(image, imageText);
    applyFlags(c, parsed.flags, holes);
    return c;
}
function imageSetting(image, text) {
    return {
        value: text,
        written: 'image',
        range: image.range,
        ...(text.includes('${') ? { unresolved: true } : {}),
    };
}
function spanTo(a, b) {
    if (a.file !== b.file || b.endLine < a.startLine)
        return a;
    return { ...a, endLine: b.endLine, endColumn: b.endColumn };
}
/** A workflow job's `container:` or service as a container view (`options:` read as docker flags). */
function jobContainer(src, holes) {
    const tool = 'github-actions';
    const name = src.role === 'container' ? `${src.job} container` : `${src.job} service ${src.service}`;
    const c = empty({
        origin: src.role === 'container' ? 'job-container' : 'job-service',
        tool,
        file: src.file,
        name,
        where: src.where,
        anchor: src.keyRange,
        identity: `job ${name}`,
    });
    if (src.image) {
        const text = (0,template/* displayText */.WV)(src.image.text, holes);
        c.image = {
            value: text,
            written: 'image',
            range: src.image.range,
            ...((0,template/* hasEncodedHoles */.GF)(src.image.text) ? { unresolved: true } : {}),
        };
    }
    if (src.options) {
        const opts = src.options;
        const words = splitOptions(opts.raw).map((w) => ({
            text: opts.expand(w.text),
            range: opts.rangeOf(w.start, w.end),
        }));
        const parsed = parseRunArgs(words);
        // Options hold no image: anything after them is passed on as written.
        applyFlags(c, parsed.flags, holes);
        if (parsed.image)
            applyFlags(c, parseRunArgs(words.slice(words.indexOf(parsed.image) + 1)).flags, holes);
    }
    for (const v of src.volumes) {
        const text = (0,template/* displayText */.WV)(v.text, holes);
        c.mounts.push({
            value: text,
            written: 'volumes',
            range: v.range,
            ...(0,syntax/* parseVolumeSpec */.v5)(text),
            ...((0,template/* hasEncodedHoles */.GF)(v.text) ? { unresolved: true } : {}),
        });
    }
    for (const p of src.ports) {
        const text = (0,template/* displayText */.WV)(p.text, holes);
        c.ports.push({ value: text, written: 'ports', range: p.range, ...(0,syntax/* parsePortSpec */.qy)(text) });
    }
    return c;
}

;// CONCATENATED MODULE: ./build/docker/index.js


function dockerContainers(links) {
    const holes = links.holes;
    const notices = [];
    const seenNotice = new Set();
    const note = (level, message, range) => {
        const key = `${range.file}:${range.startLine}:${range.startColumn}\u0000${message}`;
        if (seenNotice.has(key))
            return;
        seenNotice.add(key);
        notices.push({ level, message, range });
    };
    const containers = [];
    const seen = new Set();
    const add = (c) => {
        // Matrix legs, make targets reached twice and scripts read from two folders repeat a
        // command: one view per place and content.
        const key = JSON.stringify([
            c.anchor.file,
            c.anchor.startLine,
            c.anchor.startColumn,
            c.image?.value,
            c.user?.value,
            c.identity,
        ]);
        if (seen.has(key))
            return;
        seen.add(key);
        containers.push(c);
    };
    for (const project of links.composeProjects) {
        for (const service of project.services) {
            add(serviceContainer(service, {
                read: () => undefined,
                exists: () => false,
                problem: (level, _code, message, range) => note(level, message, range),
                holes,
            }, (message, range) => note('note', message, range)));
        }
    }
    for (const cmd of links.containerCommands) {
        const c = commandContainer(cmd, holes);
        for (const p of cmd.found.problems) {
            note('warning', `${c.where}: ${p.message}; sh refuses the script, and the command was read up to the end of the text`, p.range);
        }
        if (!c.image) {
            note('note', `${c.where} names no image: the command is not checked`, c.anchor);
            continue;
        }
        add(c);
    }
    for (const job of links.jobContainers) {
        // The runner skips a service whose image expression comes out empty (a matrix switch).
        if (job.image?.text.trim() === '')
            continue;
        add(jobContainer(job, holes));
    }
    // Two identical commands in one file stay two containers for fingerprints.
    const count = new Map();
    for (const c of containers) {
        const key = `${c.file}\u0000${c.identity}`;
        const n = (count.get(key) ?? 0) + 1;
        count.set(key, n);
        if (n > 1)
            c.identity += ` #${n}`;
    }
    return { containers, notices };
}

// EXTERNAL MODULE: ./build/dockerfile/kubelet-user.js
var kubelet_user = __webpack_require__(4241);
// EXTERNAL MODULE: ./build/docker/risk.js
var risk = __webpack_require__(6678);
// EXTERNAL MODULE: ./build/identity/known-accounts.js
var known_accounts = __webpack_require__(6317);
// EXTERNAL MODULE: ./build/identity/runtime-user.js
var runtime_user = __webpack_require__(771);
;// CONCATENATED MODULE: ./build/identity/docker.js




function dockerUser(c, facts) {
    const explicit = c.user !== undefined;
    if (c.user?.unresolved)
        return { explicit, uidSource: `${c.user.written} ${c.user.value} (not resolved here)` };
    const spec = c.user?.value ?? (facts && facts.user !== null ? facts.user : undefined);
    if (spec === undefined)
        return {
            explicit,
            uidSource: `unknown (${facts ? facts.userEvidence.text : 'nothing in the repository says how the image is built'})`,
        };
    const from = explicit
        ? `${c.user.written} ${spec}`
        : spec === ''
            ? `image has no USER (${facts.userEvidence.text})`
            : `image USER ${spec} (${facts.userEvidence.text})`;
    const out = { spec, explicit, uidSource: from };
    if (spec === '') {
        out.uid = 0;
        out.gid = 0;
        out.gidSource = 'root';
        return out;
    }
    const parts = (0,kubelet_user/* splitUserSpec */.dL)(spec);
    const accounts = facts?.accounts;
    if (parts.uid !== undefined)
        out.uid = parts.uid;
    else if (parts.name !== undefined) {
        out.name = parts.name;
        const a = accounts?.get(parts.name);
        if (a?.uid !== undefined) {
            out.uid = a.uid;
            out.uidSource += ` (${parts.name} is uid ${a.uid} in the image)`;
        }
        else if (a?.created) {
            out.nonRoot = (0,runtime_user/* createdWithoutId */.QH)(parts.name, a.created);
            out.uidSource += ` (${out.nonRoot})`;
        }
    }
    if (parts.gid !== undefined) {
        out.gid = parts.gid;
        out.gidSource = `group ${parts.gid} of ${from}`;
    }
    else if (parts.group !== undefined) {
        out.group = parts.group;
        const gid = parts.group === 'root' ? 0 : (facts?.model?.groups.get(parts.group)?.gid ?? undefined);
        if (gid !== undefined && gid !== null) {
            out.gid = gid;
            out.gidSource = `group ${parts.group} of the image`;
        }
    }
    else if (out.uid !== undefined && accounts) {
        for (const [name, a] of accounts) {
            if (a.uid === out.uid && a.gid !== undefined) {
                out.gid = a.gid;
                out.gidSource = `primary group of ${name} in the image`;
                break;
            }
        }
    }
    // Only a model that knows every account of the image can say a name is missing.
    const known = facts?.model ? (0,known_accounts/* knownAccounts */.M)(facts.model) : undefined;
    if (known && parts.name !== undefined && !known.users.has(parts.name))
        out.missing = { kind: 'user', name: parts.name, base: known.base };
    else if (known && parts.group !== undefined && !known.groups.has(parts.group))
        out.missing = { kind: 'group', name: parts.group, base: known.base };
    return out;
}
const KIND = {
    compose: 'Compose service',
    run: 'Command',
    'job-container': 'Job container',
    'job-service': 'Job service',
};
/** One row of "who runs as whom" for a container Docker starts. */
function dockerIdentity(c, facts, user) {
    const link = facts?.resolution.link;
    let verdict;
    if (user.missing) {
        verdict = {
            kind: 'refused',
            message: `Docker refuses to start it: unable to find ${user.missing.kind} ${user.missing.name}: no matching entries in ${user.missing.kind === 'user' ? 'passwd' : 'group'} file`,
        };
    }
    else if (user.uid === 0)
        verdict = { kind: 'runs-as-root', message: 'starts, and runs as root' };
    else if (user.uid === undefined && user.nonRoot)
        verdict = { kind: 'starts', message: `starts, as ${(0,runtime_user/* userLabel */.Ux)(user)}` };
    else if (user.uid === undefined)
        verdict = { kind: 'unknown', message: 'starts; the user is unknown' };
    else
        verdict = { kind: 'starts', message: 'starts' };
    return {
        runtime: 'docker',
        workload: { kind: KIND[c.origin], name: c.name, range: c.anchor },
        container: c.origin === 'run' ? (c.image?.value ?? c.name) : c.name,
        group: 'containers',
        image: c.image?.value ?? c.builtImage,
        build: link
            ? {
                dockerfile: link.dockerfile,
                target: link.target,
                evidence: link.evidence.detail,
                confidence: link.confidence,
            }
            : undefined,
        user: {
            uid: user.uid,
            gid: user.gid,
            name: user.name,
            display: (0,runtime_user/* displayUser */.ab)(user),
            uidSource: user.uidSource,
            gidSource: user.gidSource,
        },
        verdict,
        docker: { startedBy: c.where, tool: c.tool, privileges: (0,risk/* dockerPrivileges */.l2)(c) },
    };
}

// EXTERNAL MODULE: ./build/dockerfile/index.js + 17 modules
var dockerfile = __webpack_require__(5168);
// EXTERNAL MODULE: ./build/identity/image-facts.js
var image_facts = __webpack_require__(6544);
;// CONCATENATED MODULE: ./build/identity/repository-facts.js


function repositoryFact(ref, link, model) {
    const user = model.effectiveUser.raw ?? '';
    const eu = model.effectiveUser;
    const accounts = [...model.users.values()].map((u) => ({
        name: u.name,
        ...(u.uid !== null ? { uid: u.uid } : {}),
        ...(u.gid !== null ? { gid: u.gid } : {}),
    }));
    const groups = [...model.groups.values()].map((g) => ({
        name: g.name,
        ...(g.gid !== null ? { gid: g.gid } : {}),
    }));
    const built = `${link.dockerfile}${link.target ? ` (target ${link.target})` : ''}`;
    const base = model.baseImage.fact;
    const fact = {
        row: 0,
        origin: 'repository',
        family: `${ref} (built here)`,
        image: ref,
        user,
        runAsNonRoot: (0,base_images/* runAsNonRootVerdict */.MW)(user),
        accounts,
        groups,
        env: model.env,
        envComplete: model.envComplete,
        // Every account is known when the base's were and nothing here adds one unseen.
        accountsComplete: base?.accountsComplete === true && model.hiddenAccountSources.length === 0,
        hasPasswd: model.baseImage.ref?.toLowerCase() === 'scratch'
            ? model.copies.some(copiesPasswd)
            : (base?.hasPasswd ?? true),
        source: `${built}, which builds ${ref} per ${link.evidence.detail}`,
        evidence: `${ref} is built here from ${built}: ${(0,image_facts/* userEvidenceOf */.EU)(model).text}`,
        confidence: link.confidence === 'high' ? 'verified' : 'unverified',
    };
    if (eu.resolvedUid !== undefined)
        fact.uid = eu.resolvedUid;
    if (eu.resolvedGid !== undefined)
        fact.gid = eu.resolvedGid;
    if (eu.name !== undefined)
        fact.name = eu.name;
    else if (eu.resolvedUid !== undefined) {
        const named = [...model.users.values()].find((u) => u.uid === eu.resolvedUid);
        if (named)
            fact.name = named.name;
    }
    const ports = model.exposedPorts.flatMap((p) => (p.port !== null ? [p.port] : []));
    if (ports.length)
        fact.ports = ports;
    if (model.volumes.length)
        fact.volumes = model.volumes.map((v) => v.path);
    const caps = new Map();
    for (const f of model.fileCapabilities)
        caps.set(f.path, f.caps);
    const held = [...new Set([...caps.values()].flat()), ...(base?.fileCapabilities ?? [])];
    if (held.length)
        fact.fileCapabilities = [...new Set(held)];
    if (base?.dropsTo && model.effectiveUser.origin.kind === 'base-image')
        fact.dropsTo = base.dropsTo;
    return fact;
}
/** `COPY passwd /etc/passwd`, `COPY --from=build /etc/passwd /etc/`. */
function copiesPasswd(c) {
    if (c.dest === '/etc/passwd')
        return true;
    return /^\/etc\/?$/.test(c.dest) && c.sources.some((p) => /(^|\/)passwd$/.test(p));
}

;// CONCATENATED MODULE: ./build/identity/catalog.js
/**
 * The images a scan's workloads run, each resolved once: the Dockerfile target that builds
 * it (through the link evidence), or the facts of a well-known image.
 */





class ImageCatalog {
    resolver;
    readFile;
    registry;
    onBaseImage;
    dockerfiles = new Map();
    models = new Map();
    facts = new Map();
    baseFacts = new Map();
    /** Dockerfiles whose model is being built: a base that leads back to one is not followed. */
    building = new Set();
    /**
     * Base-image facts by reference, looked up once per scan: a Dockerfile here that builds the
     * image, else the registry's answer, else the table's.
     */
    baseImages = (ref) => {
        if (!this.baseFacts.has(ref)) {
            const here = this.builtHere(ref);
            // A base built here is not asked about even when its own model cannot tell its user:
            // the registry is asked about that model's base instead.
            if (!here.linked)
                this.onBaseImage?.(ref);
            this.baseFacts.set(ref, here.fact ?? this.registry.fact(ref) ?? (0,base_images/* baseImageLookup */.h3)(ref));
        }
        return this.baseFacts.get(ref);
    };
    constructor(resolver, readFile, registry = NO_REGISTRY_FACTS, 
    /** Told of every base image a Dockerfile model asks about (to look them up beforehand). */
    onBaseImage) {
        this.resolver = resolver;
        this.readFile = readFile;
        this.registry = registry;
        this.onBaseImage = onBaseImage;
    }
    /** A Dockerfile's structure, parsed once. */
    dockerfile(file) {
        if (!this.dockerfiles.has(file)) {
            const text = this.readFile(file);
            this.dockerfiles.set(file, text === undefined ? undefined : (0,dockerfile/* parseDockerfile */.Ai)(text, file));
        }
        return this.dockerfiles.get(file);
    }
    /** One build target of a Dockerfile, evaluated once per target and build args. */
    model(file, target, buildArgs) {
        const key = JSON.stringify([file, target ?? null, buildArgs ?? null]);
        const cached = this.models.get(key);
        if (cached)
            return cached;
        const df = this.dockerfile(file);
        if (!df || df.stages.length === 0)
            return undefined;
        this.building.add(file);
        try {
            const model = (0,dockerfile/* buildImageModel */.V)(df, { target, buildArgs, baseImages: this.baseImages });
            this.models.set(key, model);
            return model;
        }
        finally {
            this.building.delete(file);
        }
    }
    /**
     * The facts of a base image that a Dockerfile of the repository builds (`FROM
     * quay.io/jupyter/base-notebook` beside images/base-notebook/Dockerfile): its model's user,
     * ENV and accounts, as a later build here sees them.
     */
    builtHere(ref) {
        const link = this.resolver(ref).link;
        if (!link || this.building.has(link.dockerfile))
            return { linked: false };
        const model = this.model(link.dockerfile, link.target, link.buildArgs);
        if (!model || model.effectiveUser.raw === null)
            return { linked: true };
        return { linked: true, fact: repositoryFact(ref, link, model) };
    }
    /** Every model built so far (for the Dockerfile rules). */
    builtModels() {
        return [...this.models.values()];
    }
    /** What the repository tells about an image reference, run from the file `near`. */
    imageFacts(ref, near) {
        const resolution = this.resolver(ref, near);
        // Claims settled by proximity differ per place; the others are one answer per reference.
        const l = resolution.link;
        const key = `${ref}\u0000${l?.dockerfile ?? ''}\u0000${l?.target ?? ''}`;
        const cached = this.facts.get(key);
        if (cached)
            return cached;
        const facts = this.factsOf(ref, resolution, resolution.link);
        this.facts.set(key, facts);
        return facts;
    }
    factsOf(ref, resolution, link) {
        if (link) {
            const model = this.model(link.dockerfile, link.target, link.buildArgs);
            if (model) {
                return {
                    ref,
                    resolution,
                    dockerfile: this.dockerfile(link.dockerfile),
                    model,
                    baseFact: model.baseImage.fact,
                    user: model.effectiveUser.raw,
                    userEvidence: (0,image_facts/* userEvidenceOf */.EU)(model),
                    accounts: (0,image_facts/* accountsOf */.s1)(model, model.baseImage.fact),
                };
            }
        }
        const fact = this.registry.fact(ref) ?? resolution.baseFact;
        if (fact) {
            const drops = fact.dropsTo ? ` (its entrypoint then switches to ${fact.dropsTo})` : '';
            return {
                ref,
                resolution,
                baseFact: fact,
                user: fact.user,
                userEvidence: {
                    text: fact.origin === 'registry' && fact.evidence
                        ? `${fact.evidence}${drops}`
                        : `${fact.family} ${fact.user === '' ? 'sets no USER, so it runs as root' : `runs as USER ${fact.user}`}${drops}`,
                },
                accounts: (0,image_facts/* accountsOf */.s1)(undefined, fact),
            };
        }
        return {
            ref,
            resolution,
            user: null,
            userEvidence: { text: `nothing in the repository says how ${ref} is built` },
            accounts: (0,image_facts/* accountsOf */.s1)(undefined, undefined),
        };
    }
}

// EXTERNAL MODULE: ./build/k8s/kubelet.js
var kubelet = __webpack_require__(3581);
// EXTERNAL MODULE: ./build/identity/isolation.js
var identity_isolation = __webpack_require__(347);
;// CONCATENATED MODULE: ./build/identity/identify.js






/** One row of "who runs as whom": the effective user and the kubelet's predicted verdict. */
function identify(w, c, facts, isolation = { userNamespace: false }) {
    const user = (0,runtime_user/* runtimeUser */.gd)(c, facts);
    const link = facts?.resolution.link;
    const eff = c.effective;
    let verdict;
    const guarded = eff.runAsNonRoot?.value === true;
    if (guarded && !eff.runAsUser && (!facts || facts.user === null)) {
        verdict = {
            kind: 'unknown',
            message: 'runAsNonRoot is set but the image user is unknown: link the image to its Dockerfile',
        };
    }
    else {
        const image = facts && facts.user !== null ? (0,kubelet_user/* kubeletImageUser */.Zs)(facts.user) : { uid: user.uid };
        const v = (0,kubelet/* verifyRunAsNonRoot */.AL)({ runAsNonRoot: eff.runAsNonRoot?.value, runAsUser: eff.runAsUser?.value }, image);
        if (v.kind !== 'ok')
            verdict = { kind: 'refused', message: v.message };
        else if (user.uid === 0) {
            const where = (0,identity_isolation/* rootContext */.MD)(isolation);
            verdict = {
                kind: 'runs-as-root',
                message: where ? `starts, and runs as root ${where}` : 'starts, and runs as root',
            };
        }
        else if (user.uid === undefined && user.nonRoot)
            verdict = { kind: 'starts', message: `starts, as ${(0,runtime_user/* userLabel */.Ux)(user)}` };
        else if (user.uid === undefined)
            verdict = { kind: 'unknown', message: 'starts; the user is unknown' };
        else
            verdict = { kind: 'starts', message: guarded ? 'starts (runAsNonRoot verified)' : 'starts' };
    }
    return {
        workload: {
            kind: w.object.kind,
            name: w.object.name,
            namespace: w.object.namespace,
            range: (0,source/* resolveLoc */.LC)((0,k8s_objects/* locIn */.SP)(w.object, [])).range,
        },
        container: c.name,
        group: c.group,
        image: c.image,
        build: link
            ? {
                dockerfile: link.dockerfile,
                target: link.target,
                evidence: link.evidence.detail,
                confidence: link.confidence,
            }
            : undefined,
        user: {
            uid: user.uid,
            gid: user.gid,
            name: user.name,
            display: (0,runtime_user/* displayUser */.ab)(user),
            uidSource: user.uidSource,
            gidSource: user.gidSource,
        },
        ...(isolation.userNamespace || isolation.runtimeClass ? { isolation } : {}),
        verdict,
    };
}

// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
;// CONCATENATED MODULE: ./build/identity/analyse.js
/**
 * The image side of a scan: link every deployed image to the Dockerfile that builds it (or
 * to a well-known image's facts), build the image models once, and say for every container
 * who it runs as.
 */
















/**
 * A Compose service that builds its image without naming it is linked through the name
 * Compose gives it (`<project>-<service>`), a convention that makes the link low confidence
 * for workloads elsewhere; for the service itself, the build is its own.
 */
function ownBuild(c, facts) {
    const link = facts.resolution.link;
    if (c.origin !== 'compose' || c.image || !c.builtImage || !link)
        return facts;
    if (link.evidence.kind !== 'compose' || link.confidence === 'high')
        return facts;
    return { ...facts, resolution: { ...facts.resolution, link: { ...link, confidence: 'high' } } };
}
/** Which Dockerfile builds which image, from every kind of evidence the repository holds. */
function linkImages(input) {
    const d = input.discovery;
    const notices = [];
    const links = (0,images_links/* collectLinks */.g4)({
        root: d.root,
        files: {
            workflows: d.workflows,
            compose: d.compose,
            skaffold: d.skaffold,
            scripts: d.scripts,
            dockerfiles: d.dockerfiles,
        },
        configImages: input.configImages,
        github: input.github,
        isFolder: (rel) => folderIn(d.root, rel),
        // The collector also asks whether files exist (a script's Dockerfile under either working
        // directory); a missing file is an answer there, not a problem to report.
        readFile: (rel) => {
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(d.root, rel)))
                throw new Error(`${rel} does not exist`);
            const text = input.readFile(rel);
            if (text === undefined)
                throw new Error(`cannot read ${rel}`);
            return text;
        },
    });
    for (const p of links.problems)
        notices.push({ level: p.level, message: p.message, range: p.range });
    return { links, notices };
}
/** Whether `rel` is a folder inside the root (symbolic links out of it or into .git are not). */
function folderIn(root, rel) {
    try {
        return (0,external_node_fs_.statSync)((0,root_files/* resolveInRoot */.QD)(root, rel)).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * An image name Docker will run, as far as it is known: a tag nothing here sets
 * (`podinfo:${VERSION}`) leaves the repository, which is what links and facts are about.
 */
function knownRepository(image) {
    if (image === undefined || !image.includes('${'))
        return image;
    const known = image.slice(0, image.indexOf('${'));
    const colon = known.lastIndexOf(':');
    if (colon <= known.lastIndexOf('/') || known.includes('@'))
        return undefined;
    return known.slice(0, colon);
}
/** The file a workload is written in (the template of a chart, the resource of an overlay). */
function sourceFile(w) {
    return (0,source/* resolveLoc */.LC)((0,k8s_objects/* locIn */.SP)(w.object, [])).range.file;
}
function deployedImagesOf(workloads) {
    return [
        ...new Set(workloads.flatMap((w) => w.pod.containers.map((c) => c.image).filter((i) => !!i))),
    ];
}
/** A reference a registry can answer for: valid, without variables, not `scratch`. */
function lookable(ref) {
    const t = ref.trim();
    return !/[$\s{}]/.test(t) && t.toLowerCase() !== 'scratch' && (0,reference/* parseReference */.F2)(t).ok;
}
/**
 * The images whose registry facts the scan needs, found by a dry run of the image side: every
 * deployed image no Dockerfile here builds (in a workload or a container Docker starts), and the
 * external base of every Dockerfile target built. Accounts are read for a base whose Dockerfile creates or names accounts, else only
 * when the image's user is not root.
 */
function imageLookupRequests(input, linked) {
    const bases = new Set();
    const deployed = deployedImagesOf(input.workloads);
    const catalog = new ImageCatalog((ref, near) => linked.links.resolve(ref, { deployedImages: deployed, near }), input.readFile, NO_REGISTRY_FACTS, (ref) => bases.add(ref));
    const out = new Map();
    // Every image a container runs, with the file that runs it (claims settled by proximity);
    // containers Docker starts (Compose services, `docker run`, job containers) run images too.
    const runs = input.workloads.flatMap((w) => w.pod.containers.flatMap((c) => c.image ? [[c.image, sourceFile(w)]] : []));
    for (const c of dockerContainers(linked.links).containers)
        if (c.image && !c.image.unresolved)
            runs.push([c.image.value, c.anchor.file]);
    for (const [image, near] of runs) {
        const facts = catalog.imageFacts(image, near);
        // An image some build here claims is not the registry's to answer, even when unsettled.
        if (facts.model || facts.resolution.ambiguous?.length || !lookable(image))
            continue;
        out.set(image.trim(), 'if-user');
    }
    for (const file of input.discovery.dockerfiles) {
        const df = catalog.dockerfile(file);
        if (df?.stages.length)
            catalog.model(file);
    }
    for (const m of catalog.builtModels()) {
        const ref = m.baseImage.ref;
        if (!ref || !bases.has(ref) || !lookable(ref))
            continue;
        const names = m.createdUsers.length > 0 ||
            m.createdGroups.length > 0 ||
            m.effectiveUser.name !== undefined ||
            m.chowns.some((c) => c.owner?.user !== undefined && !/^\d+$/.test(c.owner.user));
        const prev = out.get(ref.trim());
        out.set(ref.trim(), names || prev === true ? true : 'if-user');
    }
    return [...out].map(([ref, accounts]) => ({ ref, accounts }));
}
function analyseImages(input, linked = linkImages(input), registry = NO_REGISTRY_FACTS) {
    const links = linked.links;
    const notices = [...linked.notices];
    const deployedImages = deployedImagesOf(input.workloads);
    const reportedAmbiguity = new Set();
    const catalog = new ImageCatalog((ref, near) => {
        const res = links.resolve(ref, { deployedImages, near });
        if (res.ambiguous?.length && !reportedAmbiguity.has(res.image ?? ref)) {
            reportedAmbiguity.add(res.image ?? ref);
            const claims = res.ambiguous
                .slice(0, 3)
                .map((l) => `${l.dockerfile}${l.target ? ` (target ${l.target})` : ''} per ${l.evidence.detail}`);
            if (res.ambiguous.length > 3)
                claims.push(`and ${res.ambiguous.length - 3} more`);
            notices.push({
                level: 'warning',
                message: `image ${res.image ?? ref} is claimed by ${res.ambiguous.length} builds: ${claims.join('; ')}. Say which one in .kube-whoami.yaml images: to check it.`,
                range: res.ambiguous[0].evidence.range,
            });
        }
        return res;
    }, input.readFile, registry);
    const subjects = [];
    const identities = [];
    // Tags of one build share its model; the runs are gathered per model, then handed to each.
    const runs = new Map();
    for (const w of input.workloads) {
        const containers = w.pod.containers.map((c) => {
            const facts = c.image ? catalog.imageFacts(c.image, sourceFile(w)) : undefined;
            if (facts?.model) {
                const list = runs.get(facts.model) ?? [];
                list.push((0,image_facts/* imageRun */.N$)(c));
                runs.set(facts.model, list);
                facts.runs = list;
            }
            return { container: c, facts, user: (0,runtime_user/* runtimeUser */.gd)(c, facts) };
        });
        const isolation = (0,identity_isolation/* podIsolation */.cl)(w.pod, input.runtimeClasses);
        subjects.push({ workload: w, containers, isolation });
        for (const ci of containers)
            identities.push(identify(w, ci.container, ci.facts, isolation));
    }
    const views = dockerContainers(links);
    (0,arrays/* pushAll */.iI)(notices, views.notices);
    const docker = [];
    for (const c of views.containers) {
        const image = c.image
            ? c.image.unresolved
                ? knownRepository(c.image.value)
                : c.image.value
            : c.builtImage;
        const facts = image !== undefined ? ownBuild(c, catalog.imageFacts(image, c.anchor.file)) : undefined;
        const user = dockerUser(c, facts);
        docker.push({ container: c, facts, user });
        identities.push(dockerIdentity(c, facts, user));
    }
    return { subjects, docker, identities, catalog, links, notices };
}

;// CONCATENATED MODULE: ./build/identity/registry-notices.js
function lookupFailureNotices(requests, registry, images) {
    const out = [];
    const unreachable = new Map();
    let unknownUsers = 0;
    let tableFacts = 0;
    for (const { ref } of requests) {
        const o = registry.outcome(ref);
        if (!o || o.ok || o.offline)
            continue;
        const effects = [];
        let level = 'note';
        let range;
        for (const id of images.identities) {
            if (id.image?.trim() !== ref || id.build)
                continue;
            const where = `container ${id.container} of ${id.workload.kind}/${id.workload.name ?? '?'}`;
            range ??= id.workload.range;
            const fact = images.catalog.imageFacts(id.image).baseFact;
            if (id.user.uid === undefined && id.user.name === undefined) {
                effects.push(`the user of ${where} stays unknown`);
                level = 'warning';
            }
            else if (fact && fact.origin !== 'registry')
                effects.push(`${where} is checked with the shipped table's facts (${fact.family})`);
        }
        for (const m of images.catalog.builtModels()) {
            if (m.baseImage.ref?.trim() !== ref)
                continue;
            const where = `${m.file}${m.target.name ? ` (target ${m.target.name})` : ''}`;
            range ??= m.baseImage.range;
            if (m.baseImage.fact)
                effects.push(`${where} uses the shipped table's facts for its base`);
            else if (m.effectiveUser.raw === null) {
                effects.push(`the user of the image ${where} builds stays unknown`);
                level = 'warning';
            }
            else
                effects.push(`the accounts and ENV of ${where}'s base stay unknown`);
        }
        if (!effects.length)
            continue;
        if (o.unreachable) {
            if (!unreachable.has(o.registry))
                unreachable.set(o.registry, o.error);
            for (const e of effects) {
                if (/stays? unknown/.test(e))
                    unknownUsers++;
                else
                    tableFacts++;
            }
            continue;
        }
        const shown = effects.slice(0, 3);
        if (effects.length > 3)
            shown.push(`and ${effects.length - 3} more`);
        out.push({
            level,
            message: `registry lookup of ${ref} failed (${o.error}): ${shown.join('; ')}`,
            ...(range ? { range } : {}),
        });
    }
    if (unreachable.size) {
        const effects = [
            unknownUsers
                ? `${unknownUsers} ${unknownUsers === 1 ? 'user stays' : 'users stay'} unknown`
                : '',
            tableFacts
                ? `${tableFacts} ${tableFacts === 1 ? 'image is' : 'images are'} checked with the shipped table's facts`
                : '',
        ].filter(Boolean);
        out.push({
            level: unknownUsers ? 'warning' : 'note',
            message: `registries could not be reached (${[...unreachable.values()].join('; ')}): ${effects.join(', ')}; --offline (the action's registry-lookup: false) skips the lookups`,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/registry/http.js
/**
 * HTTP for registry requests: a time limit per request and for the whole lookup, bounded
 * bodies, retries on 429/5xx that honour Retry-After, and redirects followed by hand so that
 * a credential never leaves its host and a redirect never drops to plain HTTP (loopback
 * excepted, as Docker allows).
 */
/** A registry request that failed, with what the registry (or the network) answered. */
class RegistryError extends Error {
    kind;
    status;
    constructor(message, kind = 'protocol', status) {
        super(message);
        this.kind = kind;
        this.status = status;
    }
}
const MAX_REDIRECTS = 5;
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
// Errors that say the host cannot be reached at all: retrying only makes an offline scan slow.
const UNREACHABLE = new Set([
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNREFUSED',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ENETDOWN',
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
function isLoopback(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
/** The scheme a registry host is spoken to with: HTTPS unless loopback or listed insecure. */
function schemeFor(host, insecure) {
    const hostname = host.replace(/:\d+$/, '');
    return isLoopback(hostname) || insecure.has(host) ? 'http' : 'https';
}
/** Sends a request, following redirects and retrying as the settings allow. */
async function send(url, init, s) {
    let current = url;
    const credentialHost = url.host;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const headers = { ...init.headers };
        if (init.authorization && current.host === credentialHost)
            headers.authorization = init.authorization;
        const res = await withRetries(current, init.method ?? 'GET', headers, s);
        if (res.status < 300 || res.status >= 400 || res.status === 304)
            return res;
        const location = res.headers.get('location');
        await discard(res);
        if (!location)
            throw new RegistryError(`${res.status} redirect without a Location`, 'http');
        const next = new URL(location, current);
        if (next.protocol !== 'https:' && next.protocol !== 'http:')
            throw new RegistryError(`redirect to ${next.protocol} refused`, 'protocol');
        if (next.protocol === 'http:' && !isLoopback(next.hostname) && !s.insecure.has(next.host)) {
            throw new RegistryError(`redirect to plain HTTP (${next.host}) refused`, 'protocol');
        }
        current = next;
    }
    throw new RegistryError(`more than ${MAX_REDIRECTS} redirects`, 'protocol');
}
async function withRetries(url, method, headers, s) {
    for (let attempt = 0;; attempt++) {
        const left = s.deadline - performance.now();
        if (left <= 0)
            throw new RegistryError('the time budget for registry lookups ran out', 'budget');
        let res;
        try {
            res = await once(url, method, headers, Math.min(s.timeoutMs, left), s);
        }
        catch (e) {
            const err = networkError(e, url, Math.min(s.timeoutMs, left));
            if (err.kind === 'network' && !unreachable(e) && attempt < Math.min(1, s.retries))
                continue;
            throw err;
        }
        if (!RETRY_STATUS.has(res.status) || attempt >= s.retries)
            return res;
        const wait = retryDelay(res.headers.get('retry-after'), attempt);
        if (performance.now() + wait >= s.deadline)
            return res;
        await discard(res);
        await (s.sleep ?? sleep)(wait);
    }
}
async function once(url, method, headers, timeoutMs, s) {
    // The timeout covers the wait for headers; the body is bounded by the overall deadline.
    const ctrl = new AbortController();
    const headerTimer = setTimeout(() => ctrl.abort(new TimeoutError(timeoutMs)), timeoutMs);
    const deadlineTimer = setTimeout(() => ctrl.abort(new RegistryError('the time budget for registry lookups ran out', 'budget')), Math.max(0, s.deadline - performance.now()));
    deadlineTimer.unref?.();
    try {
        const res = await s.fetch(url, { method, headers, redirect: 'manual', signal: ctrl.signal });
        clearTimeout(headerTimer);
        if (res.body) {
            // Drop the deadline timer once the body is consumed or cancelled.
            const done = () => clearTimeout(deadlineTimer);
            return wrapBody(res, done);
        }
        clearTimeout(deadlineTimer);
        return res;
    }
    catch (e) {
        clearTimeout(headerTimer);
        clearTimeout(deadlineTimer);
        throw ctrl.signal.aborted ? ctrl.signal.reason : e;
    }
}
class TimeoutError extends Error {
    ms;
    constructor(ms) {
        super(`no answer within ${Math.round(ms / 100) / 10} s`);
        this.ms = ms;
    }
}
function wrapBody(res, done) {
    const reader = res.body.getReader();
    const body = new ReadableStream({
        async pull(ctrl) {
            try {
                const { value, done: end } = await reader.read();
                if (end) {
                    done();
                    ctrl.close();
                }
                else
                    ctrl.enqueue(value);
            }
            catch (e) {
                done();
                ctrl.error(e);
            }
        },
        cancel(reason) {
            done();
            return reader.cancel(reason);
        },
    });
    return new Response(body, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
    });
}
function unreachable(e) {
    const code = causeCode(e);
    return code !== undefined && UNREACHABLE.has(code);
}
function causeCode(e) {
    let cur = e;
    for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
        const code = cur.code;
        if (typeof code === 'string')
            return code;
        cur = cur.cause;
    }
    return undefined;
}
function networkError(e, url, timeoutMs) {
    if (e instanceof RegistryError)
        return e;
    if (e instanceof TimeoutError)
        return new RegistryError(`${url.host}: ${e.message}`, 'network');
    const code = causeCode(e);
    const cause = e.cause?.message;
    const detail = code ?? cause ?? e.message ?? String(e);
    const what = code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'host not found (no network or DNS)'
        : code === 'ECONNREFUSED'
            ? 'connection refused'
            : e.name === 'AbortError'
                ? `no answer within ${Math.round(timeoutMs / 100) / 10} s`
                : detail;
    return new RegistryError(`${url.host}: ${what}`, 'network');
}
/** Retry-After (seconds or an HTTP date), else exponential backoff with jitter. */
function retryDelay(header, attempt, now = Date.now()) {
    if (header) {
        const secs = Number(header);
        if (Number.isFinite(secs) && secs >= 0)
            return secs * 1000;
        const at = Date.parse(header);
        if (!Number.isNaN(at))
            return Math.max(0, at - now);
    }
    return 500 * 2 ** attempt + Math.floor(Math.random() * 250);
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** Throws away a body that is not needed (keeps the connection usable). */
async function discard(res) {
    try {
        await res.body?.cancel();
    }
    catch {
        // nothing to do: the body is gone either way
    }
}
/** The whole body, refused past `max` bytes (declared or actual). */
async function readBounded(res, max, what) {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > max) {
        await discard(res);
        throw new RegistryError(`${what} is ${declared} bytes, over the ${max}-byte limit`, 'integrity');
    }
    if (!res.body)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    const reader = res.body.getReader();
    for (;;) {
        const { value, done } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > max) {
            await reader.cancel();
            throw new RegistryError(`${what} is over the ${max}-byte limit`, 'integrity');
        }
        chunks.push(Buffer.from(value));
    }
    return Buffer.concat(chunks);
}
/** The message a registry put in its error body (`{"errors":[{"code","message"}]}`), if any. */
async function registryMessage(res) {
    let text;
    try {
        text = (await readBounded(res, 64 * 1024, 'error body')).toString('utf8');
    }
    catch {
        return '';
    }
    try {
        const doc = JSON.parse(text);
        const first = doc.errors?.[0];
        if (first)
            return [first.code, first.message].filter(Boolean).join(': ').slice(0, 200);
    }
    catch {
        // not JSON
    }
    return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

;// CONCATENATED MODULE: ./build/registry/auth.js

/** Parses `Bearer realm="\u2026",service="\u2026", Basic realm="\u2026"` into challenges. */
function parseChallenges(header) {
    const out = [];
    const n = header.length;
    let i = 0;
    let cur;
    const word = () => {
        const s = i;
        while (i < n && /[A-Za-z0-9!#$%&'*+.^_`|~/-]/.test(header[i]))
            i++;
        return header.slice(s, i);
    };
    while (i < n) {
        while (i < n && /[\s,]/.test(header[i]))
            i++;
        const w = word();
        if (!w) {
            i++;
            continue;
        }
        let j = i;
        while (j < n && header[j] === ' ')
            j++;
        if (header[j] !== '=') {
            cur = { scheme: w.toLowerCase(), params: {} };
            out.push(cur);
            continue;
        }
        i = j + 1;
        while (i < n && header[i] === ' ')
            i++;
        let value = '';
        if (header[i] === '"') {
            for (i++; i < n && header[i] !== '"'; i++) {
                if (header[i] === '\\' && i + 1 < n)
                    i++;
                value += header[i];
            }
            i++;
        }
        else {
            const s = i;
            while (i < n && !/[\s,]/.test(header[i]))
                i++;
            value = header.slice(s, i);
        }
        if (cur)
            cur.params[w.toLowerCase()] = value;
    }
    return out;
}
// Token services that are another host of the same registry: credentials may go there.
const TOKEN_HOSTS = {
    'registry-1.docker.io': ['auth.docker.io'],
};
function hostnameOf(host) {
    return host
        .replace(/:\d+$/, '')
        .replace(/^\[|\]$/g, '')
        .toLowerCase();
}
/** True when a credential for `apiHost` may be sent to `url` (its own host, or its known token service). */
function mayReceiveCredential(apiHost, url) {
    const target = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (url.protocol !== 'https:' && !isLoopback(target))
        return false;
    const own = hostnameOf(apiHost);
    return target === own || (TOKEN_HOSTS[own] ?? []).includes(target);
}
class Authenticator {
    credentials;
    http;
    tokens = new Map();
    /** Notes about credentials that could not be used, once per registry. */
    notes = new Map();
    constructor(credentials, http) {
        this.credentials = credentials;
        this.http = http;
    }
    /** The Authorization value known for a host and scope, if any. */
    cached(apiHost, scope) {
        return this.tokens.get(`${apiHost} ${scope}`);
    }
    credentialFor(registry) {
        const answer = this.credentials(registry);
        if (answer.note && !this.notes.has(registry))
            this.notes.set(registry, answer.note);
        return answer.credential;
    }
    /**
     * The Authorization value that answers a challenge for `scope` (`repository:x:pull`);
     * throws a RegistryError that says why when none does.
     */
    async answer(challengeHeader, registry, apiHost, scope) {
        const challenges = parseChallenges(challengeHeader);
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basic = challenges.find((c) => c.scheme === 'basic');
        const credential = this.credentialFor(registry);
        let value;
        if (bearer?.params.realm) {
            value = `Bearer ${await this.token(bearer.params, registry, apiHost, scope, credential)}`;
        }
        else if (basic) {
            if (!credential)
                throw new RegistryError(`${registry} asks for a user name and password, and none is configured`, 'auth', 401);
            value = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
        }
        else {
            throw new RegistryError(`${registry} answered 401 with an authentication scheme kube-whoami does not speak (${challengeHeader.slice(0, 80) || 'no WWW-Authenticate'})`, 'auth', 401);
        }
        this.tokens.set(`${apiHost} ${scope}`, value);
        return value;
    }
    async token(params, registry, apiHost, scope, credential) {
        let realm;
        try {
            realm = new URL(params.realm);
        }
        catch {
            throw new RegistryError(`${registry}: the token realm ${JSON.stringify(params.realm)} is not a URL`, 'auth');
        }
        if (realm.protocol !== 'https:' &&
            !isLoopback(realm.hostname) &&
            !this.http.insecure.has(realm.host))
            throw new RegistryError(`${registry}: the token realm ${realm.host} is not HTTPS`, 'auth');
        if (params.service)
            realm.searchParams.set('service', params.service);
        realm.searchParams.set('scope', params.scope ?? scope);
        let authorization;
        if (credential) {
            if (mayReceiveCredential(apiHost, realm))
                authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
            else if (!this.notes.has(registry))
                this.notes.set(registry, `the credentials for ${registry} were not sent to its token service ${realm.host}, another host; an anonymous token was asked for`);
        }
        const res = await send(realm, { authorization, headers: { accept: 'application/json' } }, this.http);
        if (res.status !== 200) {
            const msg = await registryMessage(res);
            throw new RegistryError(`${registry}: the token service answered ${res.status}${msg ? ` (${msg})` : ''}${credential ? '' : ' to an anonymous request'}`, 'auth', res.status);
        }
        const body = await readBounded(res, 1024 * 1024, 'token response');
        let doc;
        try {
            doc = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new RegistryError(`${registry}: the token service answered something that is not JSON`, 'auth');
        }
        const token = typeof doc.token === 'string' && doc.token ? doc.token : doc.access_token;
        if (typeof token !== 'string' || !token)
            throw new RegistryError(`${registry}: the token service answered without a token`, 'auth');
        return token;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./build/registry/passwd.js
const MAX_ID = 2 ** 32 - 1;
function id(text) {
    if (text === undefined || !/^\d{1,10}$/.test(text))
        return undefined;
    const n = Number(text);
    return n <= MAX_ID ? n : undefined;
}
function parsePasswd(text) {
    const out = [];
    for (const line of text.split('\n')) {
        if (!line || line.startsWith('#') || line.startsWith('+') || line.startsWith('-'))
            continue;
        const f = line.replace(/\r$/, '').split(':');
        const uid = id(f[2]);
        const gid = id(f[3]);
        if (!f[0] || uid === undefined || gid === undefined)
            continue;
        const e = { name: f[0], uid, gid };
        if (f[5])
            e.home = f[5];
        if (f[6])
            e.shell = f[6];
        out.push(e);
    }
    return out;
}
function parseGroup(text) {
    const out = [];
    for (const line of text.split('\n')) {
        if (!line || line.startsWith('#') || line.startsWith('+') || line.startsWith('-'))
            continue;
        const f = line.replace(/\r$/, '').split(':');
        const gid = id(f[2]);
        if (!f[0] || gid === undefined)
            continue;
        out.push({ name: f[0], gid, members: (f[3] ?? '').split(',').filter(Boolean) });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/registry/tar.js
/**
 * A streaming tar reader (POSIX ustar, pax extended headers, GNU long names): fed chunks, it
 * announces each entry and hands over the contents of the ones asked for, skipping the rest
 * without keeping them. Enough to find files in an image layer.
 */
class TarFormatError extends Error {
}
const BLOCK = 512;
class TarReader {
    visitor;
    pending = [];
    pendingBytes = 0;
    state = 'header';
    current;
    remaining = 0;
    padding = 0;
    capture;
    pax = {};
    longName;
    longLink;
    meta;
    constructor(visitor) {
        this.visitor = visitor;
    }
    get ended() {
        return this.state === 'end';
    }
    push(chunk) {
        let buf = chunk;
        while (buf.length && this.state !== 'end') {
            if (this.state === 'body') {
                const n = Math.min(buf.length, this.remaining + this.padding);
                const dataPart = Math.min(n, this.remaining);
                if (dataPart > 0 && this.capture)
                    this.take(buf.subarray(0, dataPart));
                this.remaining -= dataPart;
                this.padding -= n - dataPart;
                buf = buf.subarray(n);
                if (this.remaining === 0 && this.padding === 0)
                    this.finishEntry();
                continue;
            }
            // header: gather 512 bytes
            const need = BLOCK - this.pendingBytes;
            const part = buf.subarray(0, need);
            this.pending.push(part);
            this.pendingBytes += part.length;
            buf = buf.subarray(part.length);
            if (this.pendingBytes < BLOCK)
                break;
            const header = Buffer.concat(this.pending, BLOCK);
            this.pending = [];
            this.pendingBytes = 0;
            this.header(header);
        }
    }
    take(data) {
        const c = this.capture;
        const room = c.limit - c.bytes;
        if (room > 0)
            c.chunks.push(data.subarray(0, room));
        c.bytes += data.length;
    }
    header(h) {
        if (h.every((b) => b === 0)) {
            // Two zero blocks end the archive; one is enough to stop looking.
            this.state = 'end';
            return;
        }
        if (!checksumOk(h))
            throw new TarFormatError('a tar header has a wrong checksum: not a tar archive, or a damaged one');
        const type = String.fromCharCode(h[156] || 0x30);
        const size = parseNumber(h.subarray(124, 136));
        let name = cstring(h, 0, 100);
        const magic = h.toString('latin1', 257, 262);
        if (magic === 'ustar') {
            const prefix = cstring(h, 345, 155);
            if (prefix)
                name = `${prefix}/${name}`;
        }
        const linkname = cstring(h, 157, 100);
        this.remaining = size;
        this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
        if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
            this.meta =
                type === 'x' ? 'pax' : type === 'g' ? 'global' : type === 'L' ? 'gnu-name' : 'gnu-link';
            this.current = { path: name, type, size, linkname };
            this.capture = { limit: 1024 * 1024, chunks: [], bytes: 0, meta: true };
        }
        else {
            const entry = {
                path: clean(this.pax.path ?? this.longName ?? name),
                type,
                size: this.pax.size !== undefined ? Number(this.pax.size) : size,
                linkname: this.pax.linkpath ?? this.longLink ?? linkname,
            };
            if (this.pax.size !== undefined && Number.isSafeInteger(entry.size)) {
                this.remaining = entry.size;
                this.padding = (BLOCK - (entry.size % BLOCK)) % BLOCK;
            }
            this.pax = {};
            this.longName = undefined;
            this.longLink = undefined;
            this.meta = undefined;
            this.current = entry;
            const asked = this.visitor.entry(entry);
            const limit = type === '0' || type === '\0' || type === '7' ? asked : 0;
            this.capture = limit > 0 ? { limit, chunks: [], bytes: 0 } : undefined;
        }
        if (this.remaining === 0 && this.padding === 0)
            this.finishEntry();
        else
            this.state = 'body';
    }
    finishEntry() {
        this.state = 'header';
        const c = this.capture;
        const e = this.current;
        this.capture = undefined;
        if (!c || !e)
            return;
        const data = Buffer.concat(c.chunks);
        if (c.meta) {
            if (this.meta === 'pax')
                this.pax = parsePax(data);
            else if (this.meta === 'gnu-name')
                this.longName = data.toString('utf8').replace(/\0.*$/s, '');
            else if (this.meta === 'gnu-link')
                this.longLink = data.toString('utf8').replace(/\0.*$/s, '');
            return;
        }
        this.visitor.content(e, data, c.bytes > c.limit);
    }
}
function cstring(h, start, len) {
    const slice = h.subarray(start, start + len);
    const nul = slice.indexOf(0);
    return slice.toString('utf8', 0, nul === -1 ? len : nul);
}
function parseNumber(field) {
    if (field[0] & 0x80) {
        // base-256 (GNU): big-endian, first byte's high bit is the marker
        let v = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++)
            v = v * 256 + field[i];
        return v;
    }
    const text = field
        .toString('latin1')
        .replace(/[\0 ]+$/g, '')
        .trim();
    if (text === '')
        return 0;
    if (!/^[0-7]+$/.test(text))
        throw new TarFormatError(`a tar header has a bad number (${JSON.stringify(text)})`);
    return parseInt(text, 8);
}
function checksumOk(h) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : h[i];
    let stored;
    try {
        stored = parseNumber(h.subarray(148, 156));
    }
    catch {
        return false;
    }
    return sum === stored;
}
/** `len key=value\n` records. */
function parsePax(data) {
    const out = {};
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space === -1)
            break;
        const len = Number(data.toString('latin1', pos, space));
        if (!Number.isSafeInteger(len) || len <= 0 || pos + len > data.length)
            break;
        const record = data.toString('utf8', space + 1, pos + len - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        pos += len;
    }
    return out;
}
function clean(path) {
    return path.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
}

;// CONCATENATED MODULE: ./build/registry/layers.js
/**
 * /etc/passwd and /etc/group from an image's layers: the top layer first, each streamed
 * (uncompressed, gzip, or zstd where this Node has it) and never stored, stopping for each
 * file at the first layer that holds it or deletes it (a whiteout). Every layer read is
 * checked against its digest before what it holds is believed; the compressed bytes read per
 * image stay within a budget.
 */







// An account file larger than this is not a real one.
const MAX_ACCOUNT_FILE = 4 * 1024 * 1024;
// Decompressed bytes per compressed byte read, at most: a guard against decompression bombs.
const MAX_EXPANSION = 20;
const FILES = { passwd: 'etc/passwd', group: 'etc/group' };
function zstdAvailable() {
    return typeof external_node_zlib_.createZstdDecompress === 'function';
}
function isZstd(mediaType) {
    return mediaType.endsWith('+zstd') || mediaType.endsWith('.zstd');
}
async function readAccounts(layers, open, maxBytes) {
    const out = {};
    let bytesRead = 0;
    const unresolved = () => ['passwd', 'group'].filter((w) => !out[w]);
    const giveUp = (reason) => {
        for (const w of unresolved())
            out[w] = { state: 'unknown', reason };
    };
    for (let i = layers.length - 1; i >= 0 && unresolved().length; i--) {
        const layer = layers[i];
        const position = `layer ${i + 1} of ${layers.length} (${layer.digest.slice(0, 19)}\u2026)`;
        if (layer.mediaType.includes('foreign') || layer.mediaType.includes('nondistributable')) {
            giveUp(`${position} is a foreign layer that registries do not serve`);
            break;
        }
        if (isZstd(layer.mediaType) && !zstdAvailable()) {
            giveUp(`${position} is zstd-compressed, which this Node.js (${process.version}) cannot decompress (Node 22.15 or later can)`);
            break;
        }
        if (bytesRead + layer.size > maxBytes) {
            giveUp(`reading ${position} (${mib(layer.size)}) would pass the ${mib(maxBytes)} layer budget (registries.maxLayerBytes)`);
            break;
        }
        let found;
        try {
            found = await scanLayer(layer, open, unresolved());
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'budget')
                throw e;
            giveUp(`${position} could not be read: ${e.message}`);
            break;
        }
        bytesRead += layer.size;
        for (const [want, f] of found) {
            if (f.text !== undefined) {
                if (f.truncated) {
                    out[want] = {
                        state: 'unknown',
                        reason: `/${FILES[want]} in ${position} is over ${mib(MAX_ACCOUNT_FILE)}`,
                    };
                }
                else if (want === 'passwd') {
                    out.passwd = { state: 'read', entries: parsePasswd(f.text), layer: layer.digest };
                }
                else {
                    out.group = { state: 'read', entries: parseGroup(f.text), layer: layer.digest };
                }
            }
            else if (f.link !== undefined) {
                out[want] = {
                    state: 'unknown',
                    reason: `/${FILES[want]} in ${position} is a link to ${f.link}`,
                };
            }
            else if (f.deleted) {
                out[want] = { state: 'absent', layer: layer.digest };
            }
        }
    }
    for (const w of unresolved())
        out[w] = { state: 'absent' };
    return { passwd: out.passwd, group: out.group, bytesRead };
}
function mib(n) {
    return n >= 1024 * 1024
        ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`
        : `${Math.ceil(n / 1024)} KiB`;
}
/** Streams one layer, hashing the compressed bytes, and reports what it says of the wanted files. */
async function scanLayer(layer, open, wants) {
    const res = await open(layer);
    if (!res.body)
        throw new RegistryError('the registry sent an empty layer', 'protocol');
    const found = new Map();
    let etcDeleted = false;
    let etcOpaque = false;
    const byPath = new Map(wants.map((w) => [FILES[w], w]));
    const whiteouts = new Map(wants.map((w) => [FILES[w].replace(/([^/]+)$/, '.wh.$1'), w]));
    const reader = new TarReader({
        entry(e) {
            if (e.path === '.wh.etc')
                etcDeleted = true;
            else if (e.path === 'etc/.wh..wh..opq')
                etcOpaque = true;
            const want = byPath.get(e.path);
            if (want) {
                if (e.type === '0' || e.type === '\0' || e.type === '7')
                    return MAX_ACCOUNT_FILE;
                found.set(want, { link: e.linkname || `an entry of type ${e.type}` });
                return 0;
            }
            const wo = whiteouts.get(e.path);
            if (wo && !found.has(wo))
                found.set(wo, { deleted: true });
            return 0;
        },
        content(e, data, truncated) {
            const want = byPath.get(e.path);
            if (want)
                found.set(want, { text: data.toString('utf8'), truncated });
        },
    });
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let compressed = 0;
    const declared = layer.size;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            compressed += chunk.length;
            if (compressed > declared) {
                cb(new RegistryError(`the layer is larger than the ${declared} bytes its manifest declares`, 'integrity'));
                return;
            }
            hash.update(chunk);
            cb(null, chunk);
        },
    });
    let expanded = 0;
    const limit = Math.max(declared, 1024 * 1024) * MAX_EXPANSION;
    const sink = new external_node_stream_.Writable({
        write(chunk, _enc, cb) {
            expanded += chunk.length;
            if (expanded > limit) {
                cb(new RegistryError(`the layer expands to more than ${MAX_EXPANSION} times its size`, 'integrity'));
                return;
            }
            try {
                if (!reader.ended)
                    reader.push(chunk);
                cb();
            }
            catch (err) {
                cb(err instanceof TarFormatError
                    ? new RegistryError(err.message, 'protocol')
                    : err);
            }
        },
    });
    const body = res.body.getReader();
    const headChunks = [];
    let headBytes = 0;
    let bodyDone = false;
    while (headBytes < 4) {
        const { value, done } = await body.read();
        if (done) {
            bodyDone = true;
            break;
        }
        headChunks.push(Buffer.from(value));
        headBytes += value.byteLength;
    }
    const head = Buffer.concat(headChunks);
    async function* chunks() {
        if (head.length)
            yield head;
        while (!bodyDone) {
            const { value, done } = await body.read();
            if (done)
                return;
            yield Buffer.from(value);
        }
    }
    const decompressor = decompressorFor(head);
    try {
        if (decompressor)
            await (0,promises_.pipeline)(external_node_stream_.Readable.from(chunks()), counter, decompressor, sink);
        else
            await (0,promises_.pipeline)(external_node_stream_.Readable.from(chunks()), counter, sink);
    }
    catch (e) {
        await body.cancel().catch(() => undefined);
        throw e;
    }
    const digest = `sha256:${hash.digest('hex')}`;
    if (compressed !== declared || digest !== layer.digest)
        throw new RegistryError(`the layer's bytes do not match its digest ${layer.digest} (got ${digest}, ${compressed} bytes)`, 'integrity');
    for (const w of wants) {
        if (!found.has(w) && (etcDeleted || etcOpaque))
            found.set(w, { deleted: true });
    }
    return found;
}
/** The decompressor the first bytes call for: gzip, zstd, or none (a plain tar). */
function decompressorFor(head) {
    if (head[0] === 0x1f && head[1] === 0x8b)
        return external_node_zlib_.createGunzip();
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) {
        const create = external_node_zlib_.createZstdDecompress;
        if (!create)
            throw new RegistryError(`a zstd-compressed layer, which this Node.js (${process.version}) cannot decompress`, 'protocol');
        return create();
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/registry/cache.js
/**
 * The lookup cache on disk: content-addressed image facts (by manifest digest and platform,
 * kept forever, since a digest's content never changes) and tag \u2192 digest answers (kept 24 h,
 * since tags move). `$XDG_CACHE_HOME/kube-whoami`, else `~/.cache/kube-whoami`.
 */





const TAG_TTL_MS = 24 * 60 * 60 * 1000;
const VERSION = 'v1';
function defaultCacheDir(env) {
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache'), 'kube-whoami');
}
function key(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
class RegistryCache {
    dir;
    now;
    /** Set once writing failed (a read-only home): said once, then the cache is read-only. */
    writeProblem;
    constructor(dir, now = Date.now) {
        this.dir = dir;
        this.now = now;
    }
    path(kind, name) {
        return (0,external_node_path_.join)(this.dir, 'registry', VERSION, kind, `${name}.json`);
    }
    read(file) {
        try {
            return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch {
            return undefined;
        }
    }
    write(file, value) {
        if (this.writeProblem)
            return;
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(file, '..'), { recursive: true });
            const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
            (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(value));
            (0,external_node_fs_.renameSync)(tmp, file);
        }
        catch (e) {
            this.writeProblem = `the lookup cache ${this.dir} cannot be written (${e.message}): answers are not kept for the next run`;
        }
    }
    /** The digest a tag named less than 24 h ago. */
    tag(reference, platform) {
        const r = this.read(this.path('tags', key(`${reference}\n${platform}`)));
        if (!r || r.reference !== reference || typeof r.digest !== 'string')
            return undefined;
        const age = this.now() - r.at;
        return age >= 0 && age < TAG_TTL_MS ? r.digest : undefined;
    }
    putTag(reference, platform, digest) {
        const record = { reference, platform, digest, at: this.now() };
        this.write(this.path('tags', key(`${reference}\n${platform}`)), record);
    }
    /**
     * Facts of the image a digest names. With `accounts`, only a record that holds them, read
     * with at least the current layer budget and decompressors.
     */
    image(digest, platform, accounts, maxLayerBytes) {
        const r = this.read(this.path('images', key(`${digest}\n${platform}`)));
        if (!r?.image || typeof r.image.digest !== 'string' || !r.image.config)
            return undefined;
        if (!accounts || (accounts === 'if-user' && r.image.config.user === ''))
            return r.image;
        const a = r.image.accounts;
        if (!a)
            return undefined;
        const unknown = a.passwd.state === 'unknown' || a.group.state === 'unknown';
        if (unknown && (maxLayerBytes > r.maxLayerBytes || (zstdAvailable() && !r.zstd)))
            return undefined;
        return r.image;
    }
    /** Keeps facts under the digest the reference named (an index's, or the manifest's). */
    putImage(digest, platform, image, maxLayerBytes) {
        const record = { image, maxLayerBytes, zstd: zstdAvailable() };
        this.write(this.path('images', key(`${digest}\n${platform}`)), record);
    }
}

;// CONCATENATED MODULE: ./build/registry/image-config.js
/** The image config blob (`application/vnd.oci.image.config.v1+json`) read into facts. */

function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : undefined;
}
function parseImageConfig(body) {
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new RegistryError('the image config is not JSON', 'protocol');
    }
    if (!doc || typeof doc !== 'object')
        throw new RegistryError('the image config is not a JSON object', 'protocol');
    const c = (doc.config && typeof doc.config === 'object' ? doc.config : {});
    const env = {};
    for (const e of strings(c.Env) ?? []) {
        const eq = e.indexOf('=');
        if (eq > 0)
            env[e.slice(0, eq)] = e.slice(eq + 1);
    }
    const keys = (v) => (v && typeof v === 'object' ? Object.keys(v) : []);
    const labels = {};
    if (c.Labels && typeof c.Labels === 'object') {
        for (const [k, v] of Object.entries(c.Labels))
            if (typeof v === 'string')
                labels[k] = v;
    }
    const out = {
        user: typeof c.User === 'string' ? c.User : '',
        env,
        exposedPorts: keys(c.ExposedPorts),
        volumes: keys(c.Volumes),
        labels,
    };
    if (typeof c.WorkingDir === 'string' && c.WorkingDir)
        out.workingDir = c.WorkingDir;
    const entrypoint = strings(c.Entrypoint);
    if (entrypoint)
        out.entrypoint = entrypoint;
    const cmd = strings(c.Cmd);
    if (cmd)
        out.cmd = cmd;
    if (typeof doc.os === 'string')
        out.os = doc.os;
    if (typeof doc.architecture === 'string')
        out.architecture = doc.architecture;
    if (typeof doc.variant === 'string')
        out.variant = doc.variant;
    return out;
}

;// CONCATENATED MODULE: ./build/registry/manifest.js
/**
 * Image manifests and indexes (OCI image spec and Docker's schema 2 / manifest list): what
 * to ask for, how to read them, and which platform's manifest an index points at.
 */

const MEDIA = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
    dockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
};
const MANIFEST_ACCEPT = [
    MEDIA.ociIndex,
    MEDIA.dockerList,
    MEDIA.ociManifest,
    MEDIA.dockerManifest,
].join(', ');
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
function descriptor(v, where) {
    const d = v;
    if (!d || typeof d !== 'object' || typeof d.digest !== 'string' || !DIGEST_RE.test(d.digest))
        throw new RegistryError(`${where} has no valid sha256 digest`, 'protocol');
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0)
        throw new RegistryError(`${where} has no valid size`, 'protocol');
    const out = { mediaType: String(d.mediaType ?? ''), digest: d.digest, size: d.size };
    if (Array.isArray(d.urls))
        out.urls = d.urls.filter((u) => typeof u === 'string');
    const p = d.platform;
    if (p && typeof p.os === 'string' && typeof p.architecture === 'string') {
        out.platform = { os: p.os, architecture: p.architecture };
        if (typeof p.variant === 'string')
            out.platform.variant = p.variant;
    }
    return out;
}
/** Reads a manifest or index body; the Content-Type breaks ties when `mediaType` is absent. */
function parseManifest(body, contentType) {
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new RegistryError('the manifest is not JSON', 'protocol');
    }
    if (!doc || typeof doc !== 'object')
        throw new RegistryError('the manifest is not a JSON object', 'protocol');
    const type = (typeof doc.mediaType === 'string' && doc.mediaType) || (contentType ?? '').split(';')[0].trim();
    if (doc.schemaVersion === 1 || type === MEDIA.dockerSchema1 || type === MEDIA.dockerSchema1Signed)
        throw new RegistryError('the registry serves only a Docker schema 1 manifest, which is not read', 'protocol');
    if (Array.isArray(doc.manifests)) {
        return {
            kind: 'index',
            mediaType: type,
            manifests: doc.manifests.map((m, i) => descriptor(m, `manifests[${i}]`)),
        };
    }
    if (doc.config && Array.isArray(doc.layers)) {
        return {
            kind: 'image',
            mediaType: type,
            config: descriptor(doc.config, 'config'),
            layers: doc.layers.map((l, i) => descriptor(l, `layers[${i}]`)),
        };
    }
    throw new RegistryError(`the manifest (${type || 'no media type'}) is neither an image nor an index`, 'protocol');
}
function parsePlatform(text) {
    const [os, architecture, variant] = text.split('/');
    const p = { os: os || 'linux', architecture: architecture || 'amd64' };
    if (variant)
        p.variant = variant;
    return p;
}
function platformString(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
// containerd's defaults: arm64 means v8 and arm means v7 when no variant is given.
function variantOf(p) {
    if (p.variant)
        return p.variant;
    if (p.architecture === 'arm64')
        return 'v8';
    if (p.architecture === 'arm')
        return 'v7';
    return undefined;
}
/** The index entry for a platform (attestation manifests, `unknown/unknown`, never match). */
function pickPlatform(index, want) {
    const matching = index.filter((d) => d.platform && d.platform.os === want.os && d.platform.architecture === want.architecture);
    return (matching.find((d) => variantOf(d.platform) === variantOf(want)) ??
        (want.variant ? undefined : matching[0]));
}

;// CONCATENATED MODULE: ./build/registry/client.js
/**
 * A client of the OCI Distribution API (Docker Registry HTTP API v2) that reads what an
 * image is: its manifest (through an index for the wanted platform), its config, and on
 * request the accounts its layers leave in /etc. Every manifest and blob fetched by digest
 * must hash to that digest; every size is bounded.
 */





const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** The host that serves a registry's API: Docker Hub's is not docker.io itself. */
function apiHost(registry) {
    return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}
function locatorString(l) {
    return `${l.registry}/${l.repository}${l.tag !== undefined ? `:${l.tag}` : ''}${l.digest ? `@${l.digest}` : ''}`;
}
function sha256(buf) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(buf).digest('hex')}`;
}
class RegistryClient {
    s;
    constructor(s) {
        this.s = s;
    }
    get platform() {
        return platformString(this.s.platform);
    }
    /** A request to `/v2/<repository>/<path>`, answering one auth challenge. */
    async get(l, path, headers, method = 'GET') {
        const host = apiHost(l.registry);
        const url = new URL(`${schemeFor(host, this.s.http.insecure)}://${host}/v2/${l.repository}/${path}`);
        const scope = `repository:${l.repository}:pull`;
        let authorization = this.s.auth.cached(host, scope);
        let res = await send(url, { method, headers, authorization }, this.s.http);
        if (res.status === 401) {
            const challenge = res.headers.get('www-authenticate') ?? '';
            await discard(res);
            authorization = await this.s.auth.answer(challenge, l.registry, host, scope);
            res = await send(url, { method, headers, authorization }, this.s.http);
            if (res.status === 401) {
                const msg = method === 'GET' ? await registryMessage(res) : '';
                throw new RegistryError(`${l.registry}: 401 unauthorized for ${l.repository}${msg ? ` (${msg})` : ''}`, 'auth', 401);
            }
        }
        return res;
    }
    async failure(res, what, l) {
        const msg = await registryMessage(res);
        const status = res.status === 404 ? '404 not found' : `${res.status}`;
        return new RegistryError(`${l.registry}: ${status} for ${what} of ${l.repository}${msg ? ` (${msg})` : ''}`, 'http', res.status);
    }
    /** The digest a tag names now (HEAD, so no manifest body is fetched). */
    async resolveTag(l) {
        const ref = l.digest ?? l.tag ?? 'latest';
        const res = await this.get(l, `manifests/${ref}`, { accept: MANIFEST_ACCEPT }, 'HEAD');
        await discard(res);
        if (res.status !== 200) {
            // HEAD answers carry no error body: the status says it.
            throw new RegistryError(`${l.registry}: ${res.status === 404 ? '404 not found' : res.status} for the manifest of ${l.repository}:${ref}`, 'http', res.status);
        }
        const digest = res.headers.get('docker-content-digest');
        if (digest && /^sha256:[a-f0-9]{64}$/.test(digest))
            return digest;
        // Without the header the digest is that of the body.
        return (await this.manifest(l, ref)).digest;
    }
    async manifest(l, ref) {
        const res = await this.get(l, `manifests/${ref}`, { accept: MANIFEST_ACCEPT });
        if (res.status !== 200)
            throw await this.failure(res, `the manifest ${ref}`, l);
        const body = await readBounded(res, MAX_MANIFEST_BYTES, 'the manifest');
        const digest = sha256(body);
        if (ref.startsWith('sha256:') && digest !== ref)
            throw new RegistryError(`${l.registry}: the manifest fetched as ${ref} hashes to ${digest}`, 'integrity');
        const claimed = res.headers.get('docker-content-digest');
        if (claimed && claimed.startsWith('sha256:') && claimed !== digest)
            throw new RegistryError(`${l.registry}: the manifest of ${l.repository}:${ref} hashes to ${digest}, not to the ${claimed} the registry claims`, 'integrity');
        return { body, digest, contentType: res.headers.get('content-type') };
    }
    async blob(l, d) {
        const res = await this.get(l, `blobs/${d.digest}`, {});
        if (res.status !== 200)
            throw await this.failure(res, `the blob ${d.digest}`, l);
        return res;
    }
    /** Reads an image: manifest (the platform's, through an index), config, and accounts when asked. */
    async image(l, wantAccounts) {
        const first = await this.manifest(l, l.digest ?? l.tag ?? 'latest');
        let parsed = parseManifest(first.body, first.contentType);
        let digest = first.digest;
        let indexDigest;
        if (parsed.kind === 'index') {
            indexDigest = first.digest;
            const picked = pickPlatform(parsed.manifests, this.s.platform);
            if (!picked) {
                const offered = parsed.manifests
                    .map((m) => (m.platform ? platformString(m.platform) : undefined))
                    .filter((p) => !!p && p !== 'unknown/unknown');
                throw new RegistryError(`${locatorString(l)} has no ${this.platform} image (it has ${offered.join(', ') || 'no platform'}); set registries.platform`, 'protocol');
            }
            if (picked.size > MAX_MANIFEST_BYTES)
                throw new RegistryError(`the manifest ${picked.digest} is over the size limit`, 'integrity');
            const m = await this.manifest(l, picked.digest);
            parsed = parseManifest(m.body, m.contentType);
            digest = m.digest;
            if (parsed.kind !== 'image')
                throw new RegistryError(`${locatorString(l)}: the index entry for ${this.platform} is another index`, 'protocol');
        }
        if (parsed.kind !== 'image')
            throw new RegistryError('unreachable', 'protocol');
        if (parsed.config.size > MAX_CONFIG_BYTES)
            throw new RegistryError(`the image config of ${locatorString(l)} is ${parsed.config.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit`, 'integrity');
        const configRes = await this.blob(l, parsed.config);
        const configBody = await readBounded(configRes, MAX_CONFIG_BYTES, 'the image config');
        const configDigest = sha256(configBody);
        if (configDigest !== parsed.config.digest)
            throw new RegistryError(`the image config of ${locatorString(l)} hashes to ${configDigest}, not to the ${parsed.config.digest} its manifest names`, 'integrity');
        const config = parseImageConfig(configBody);
        const image = {
            reference: locatorString(l),
            registry: l.registry,
            repository: l.repository,
            digest,
            manifestType: parsed.mediaType,
            platform: this.platform,
            configDigest,
            config,
        };
        if (indexDigest)
            image.indexDigest = indexDigest;
        if (wantAccounts === true || (wantAccounts === 'if-user' && config.user !== '')) {
            image.accounts = await readAccounts(parsed.layers, (d) => this.blob(l, d), this.s.maxLayerBytes);
        }
        return image;
    }
}

;// CONCATENATED MODULE: ./build/registry/credentials.js
/**
 * Registry credentials from the Docker config file (`$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`): `auths.<host>.auth` (base64 `user:password`) or
 * `username`/`password`. Credential helpers (`credsStore`, `credHelpers`) are programs; they
 * are never run, and a host that only they know is reported as such.
 */



// Docker Hub's credentials live under its v1 index address.
const DOCKER_HUB_KEYS = [
    'https://index.docker.io/v1/',
    'index.docker.io',
    'docker.io',
    'registry-1.docker.io',
];
/** `https://ghcr.io/v2/` \u2192 `ghcr.io`: config keys are written many ways. */
function keyHost(key) {
    return key
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
}
function dockerConfigPath(env) {
    return (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker'), 'config.json');
}
/** Reads the Docker config once; a missing file is no problem, a broken one is said. */
function readDockerConfig(env, extra = new Map()) {
    const file = dockerConfigPath(env);
    let doc = {};
    let problem;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        text = undefined;
    }
    if (text !== undefined) {
        try {
            const parsed = JSON.parse(text);
            if (parsed && typeof parsed === 'object')
                doc = parsed;
        }
        catch (e) {
            problem = `${file} is not JSON (${e.message}): its credentials are not used`;
        }
    }
    const byHost = new Map();
    for (const [key, entry] of Object.entries(doc.auths ?? {})) {
        if (entry && typeof entry === 'object')
            byHost.set(keyHost(key), { entry, key });
    }
    const helpers = new Map();
    for (const [key, helper] of Object.entries(doc.credHelpers ?? {}))
        helpers.set(keyHost(key), String(helper));
    const lookup = (registry) => {
        const host = registry.toLowerCase();
        const given = extra.get(host);
        if (given)
            return { credential: given };
        const keys = host === 'docker.io' ? DOCKER_HUB_KEYS.map(keyHost) : [host];
        for (const k of keys) {
            const found = byHost.get(k);
            if (!found)
                continue;
            const cred = credentials_decode(found.entry, `${file} auths["${found.key}"]`);
            if (cred)
                return { credential: cred };
            if (found.entry.identitytoken)
                return {
                    note: `${file} holds an identity token for ${registry}, which is not used (run docker login with a password or token)`,
                };
        }
        const helper = keys.map((k) => helpers.get(k)).find(Boolean) ?? doc.credsStore;
        if (helper)
            return {
                note: `credentials for ${registry} may be in the docker-credential-${helper} helper, which kube-whoami does not run; put them in auths of ${file} or use the action's registry-token`,
            };
        return {};
    };
    return { file: text !== undefined ? file : undefined, problem, lookup };
}
function credentials_decode(entry, source) {
    if (typeof entry.auth === 'string' && entry.auth) {
        const text = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = text.indexOf(':');
        if (colon > 0)
            return { username: text.slice(0, colon), password: text.slice(colon + 1), source };
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.username)
        return { username: entry.username, password: entry.password, source };
    return undefined;
}

;// CONCATENATED MODULE: ./build/registry/lookup.js
/**
 * Looks up many images at once: from the cache when it can, else from their registries,
 * eight at a time, within one time budget. A failure is an answer (with the registry's
 * words), never an exception, and a host that cannot be reached is not asked again.
 */







const DEFAULT_PLATFORM = 'linux/amd64';
const DEFAULT_TIMEOUT_SECONDS = 5;
const DEFAULT_BUDGET_SECONDS = 120;
const DEFAULT_MAX_LAYER_BYTES = 64 * 1024 * 1024;
const DEFAULT_CONCURRENCY = 8;
const rank = (a) => (a === true ? 2 : a === 'if-user' ? 1 : 0);
function locatorOf(ref) {
    const p = (0,reference/* parseReference */.F2)(ref.trim());
    if (!p.ok)
        return undefined;
    const l = { registry: p.ref.domain, repository: p.ref.path };
    if (p.ref.digest)
        l.digest = p.ref.digest;
    else
        l.tag = p.ref.tag ?? 'latest';
    if (p.ref.digest && p.ref.tag !== undefined)
        l.tag = p.ref.tag;
    return l;
}
async function lookupImages(requests, settings = {}) {
    const started = performance.now();
    const env = settings.env ?? process.env;
    const platform = parsePlatform(settings.platform ?? DEFAULT_PLATFORM);
    const platformText = platformString(platform);
    const maxLayerBytes = settings.maxLayerBytes ?? DEFAULT_MAX_LAYER_BYTES;
    const cacheDir = settings.cacheDir === undefined ? defaultCacheDir(env) : settings.cacheDir;
    const cache = cacheDir ? new RegistryCache(cacheDir, settings.now) : undefined;
    const http = {
        timeoutMs: (settings.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
        deadline: started + (settings.budgetSeconds ?? DEFAULT_BUDGET_SECONDS) * 1000,
        retries: 2,
        insecure: new Set(settings.insecure ?? []),
        fetch: settings.fetch ?? fetch,
        sleep: settings.sleep,
    };
    const notes = [];
    const docker = readDockerConfig(env, new Map(settings.credentials ?? []));
    if (docker.problem)
        notes.push(docker.problem);
    const auth = new Authenticator(docker.lookup, http);
    const client = new RegistryClient({ platform, http, auth, maxLayerBytes });
    // One request per reference; accounts wanted if any request wants them.
    const wanted = new Map();
    for (const r of requests) {
        const prev = wanted.get(r.ref) ?? false;
        wanted.set(r.ref, rank(r.accounts) > rank(prev) ? r.accounts : prev);
    }
    const outcomes = new Map();
    const down = new Map();
    const contacted = new Set();
    let cached = 0;
    let lookedUp = 0;
    const one = async (ref, accounts) => {
        const l = locatorOf(ref);
        if (!l)
            return { ok: false, registry: '', error: `${ref} is not an image reference` };
        const reference = `${l.registry}/${l.repository}${l.tag !== undefined ? `:${l.tag}` : ''}`;
        const digestFromTag = l.digest ?? cache?.tag(reference, platformText);
        if (digestFromTag && cache) {
            const hit = cache.image(digestFromTag, platformText, accounts, maxLayerBytes);
            if (hit) {
                cached++;
                return { ok: true, from: 'cache', image: { ...hit, reference: ref } };
            }
        }
        if (settings.offline)
            return { ok: false, registry: l.registry, error: 'not in the cache (offline)', offline: true };
        const host = apiHost(l.registry);
        const isDown = down.get(host);
        if (isDown)
            return { ok: false, registry: l.registry, error: isDown, unreachable: true };
        contacted.add(l.registry);
        try {
            // A tag whose digest the cache no longer vouches for: ask what it names now (a HEAD),
            // and reuse facts of that digest when they are known.
            if (!l.digest && cache) {
                const now = await client.resolveTag(l);
                cache.putTag(reference, platformText, now);
                const hit = cache.image(now, platformText, accounts, maxLayerBytes);
                if (hit) {
                    cached++;
                    return { ok: true, from: 'cache', image: { ...hit, reference: ref } };
                }
                const image = await client.image({ ...l, digest: now }, accounts);
                cache.putImage(now, platformText, image, maxLayerBytes);
                lookedUp++;
                return { ok: true, from: 'registry', image: { ...image, reference: ref } };
            }
            const image = await client.image(l, accounts);
            const top = image.indexDigest ?? image.digest;
            cache?.putImage(top, platformText, image, maxLayerBytes);
            lookedUp++;
            return { ok: true, from: 'registry', image: { ...image, reference: ref } };
        }
        catch (e) {
            const err = e instanceof RegistryError ? e : new RegistryError(e.message ?? String(e));
            const unreachable = err.kind === 'network' || err.kind === 'budget';
            if (unreachable)
                down.set(host, err.message);
            return {
                ok: false,
                registry: l.registry,
                error: err.message,
                ...(unreachable ? { unreachable } : {}),
            };
        }
    };
    const queue = [...wanted];
    const workers = Array.from({ length: Math.min(settings.concurrency ?? DEFAULT_CONCURRENCY, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
            outcomes.set(next[0], await one(next[0], next[1]));
        }
    });
    await Promise.all(workers);
    for (const n of auth.notes.values())
        notes.push(n);
    if (cache?.writeProblem)
        notes.push(cache.writeProblem);
    const failures = [...outcomes.values()].filter((o) => !o.ok && !o.offline);
    const notLookedUp = [...outcomes.values()].filter((o) => !o.ok && o.offline).length;
    const stats = {
        images: outcomes.size,
        cached,
        lookedUp,
        registries: contacted.size,
        failed: failures.length,
        notLookedUp,
        durationMs: Math.round(performance.now() - started),
    };
    return { outcomes, notes, stats, summary: summaryLine(stats, failures) };
}
function summaryLine(s, failures) {
    const parts = [`${s.cached} from cache`];
    if (s.lookedUp || !s.notLookedUp)
        parts.push(`${s.lookedUp} looked up in ${s.registries} ${s.registries === 1 ? 'registry' : 'registries'}`);
    if (s.notLookedUp)
        parts.push(`${s.notLookedUp} not looked up (offline)`);
    if (s.failed) {
        const first = new Map();
        for (const f of failures)
            if (!first.has(f.registry))
                first.set(f.registry, f.error);
        const shown = [...first].slice(0, 3).map(([, e]) => shorten(e));
        if (first.size > 3)
            shown.push(`and ${first.size - 3} more registries`);
        parts.push(`${s.failed} failed (${shown.join('; ')})`);
    }
    return `${s.images} ${s.images === 1 ? 'image' : 'images'}: ${parts.join(', ')}`;
}
function shorten(e) {
    return e.length > 100 ? `${e.slice(0, 97)}\u2026` : e;
}

;// CONCATENATED MODULE: ./build/registry/index.js



// EXTERNAL MODULE: ./build/scan-progress.js
var scan_progress = __webpack_require__(7119);
// EXTERNAL MODULE: ./build/yaml/fast-document.js + 1 modules
var fast_document = __webpack_require__(839);
// EXTERNAL MODULE: ./build/yaml/read.js
var read = __webpack_require__(1908);
// EXTERNAL MODULE: ./build/yaml/depth.js
var depth = __webpack_require__(6131);
;// CONCATENATED MODULE: ./build/k8s/load.js






/** A quick test that saves parsing YAML and JSON files that cannot hold Kubernetes objects. */
function mayHoldKubernetesObjects(text) {
    return text.includes('apiVersion') && text.includes('kind');
}
/** Go template actions (`{{ .Values.x }}`, `{{- include ... }}`), as goreleaser, krew or gomplate files hold. */
const TEMPLATE_ACTION = /\{\{-?\s*(?:[.$("]|[A-Za-z_][\w.]*\b|\/\*)[^\n]*?-?\}\}/;
function isSyntaxProblem(p) {
    return !/unique|already set in map/i.test(p.message);
}
/** Why a document's value cannot be built, as kubectl would say it when it says it. */
function valueProblem(e, text) {
    if (!(e instanceof RangeError) || !/call stack/i.test(e.message))
        return e.message;
    return (0,depth/* nestingPasses */.my)(text, depth/* GO_YAML_MAX_DEPTH */.Qn) !== undefined
        ? `yaml: ${depth/* GO_YAML_DEPTH_MESSAGE */.fn}`
        : `nested too deeply for kube-whoami's YAML reader (go-yaml reads up to ${depth/* GO_YAML_MAX_DEPTH */.Qn} levels)`;
}
/**
 * The Kubernetes objects of one manifest file. A document with a syntax error yields its
 * first syntax problem (what follows it is mostly the parser losing its place) and no
 * objects; a document with duplicate keys yields both (last value wins, as the object would
 * otherwise be read), because the user needs to see both.
 */
function loadManifest(text, file) {
    if (!mayHoldKubernetesObjects(text))
        return { objects: [], problems: [], relevant: false };
    const deep = (0,depth/* nestingPasses */.my)(text, depth/* GO_YAML_MAX_DEPTH */.Qn);
    if (deep !== undefined) {
        // kubectl refuses it there (go-yaml); the readers here would run out of stack first.
        const span = { start: deep, end: deep + 1 };
        const range = read/* YamlText */.ZM.withLines(file, text).rangeOfSpan(span);
        return {
            objects: [],
            problems: [{ message: `yaml: ${depth/* GO_YAML_DEPTH_MESSAGE */.fn}`, span, range }],
            relevant: true,
        };
    }
    const { documents } = (0,fast_document/* readManifestYaml */.T)(text, file);
    const objects = [];
    const problems = [];
    for (const doc of documents) {
        const firstSyntax = doc.problems.find(isSyntaxProblem);
        if (firstSyntax) {
            problems.push(firstSyntax);
            continue;
        }
        (0,arrays/* pushAll */.iI)(problems, doc.problems);
        if (doc.isEmpty)
            continue;
        let value;
        try {
            value = doc.value;
        }
        catch (e) {
            // Alias expansion beyond the limit, or a value the YAML library refuses to build.
            problems.push({ message: valueProblem(e, text), span: doc.span, range: doc.contentRange });
            continue;
        }
        if (value === undefined)
            continue;
        (0,arrays/* pushAll */.iI)(objects, (0,k8s_objects/* objectsOfDocument */.p3)(new source/* FileManifestSource */.nU(doc)));
    }
    // A template that only becomes YAML once rendered by its own tool is not a broken manifest.
    const firstSyntax = problems.find(isSyntaxProblem);
    if (firstSyntax && TEMPLATE_ACTION.test(text)) {
        return { objects, problems: [], relevant: true, template: firstSyntax };
    }
    // A YAML file with problems is only worth a finding when it looks like it holds Kubernetes objects.
    return { objects, problems, relevant: objects.length > 0 || problems.length > 0 };
}

// EXTERNAL MODULE: ./build/k8s/fields.js
var fields = __webpack_require__(102);
// EXTERNAL MODULE: ./build/rules/pod/pss-policy.js
var pss_policy = __webpack_require__(113);
;// CONCATENATED MODULE: ./build/k8s/namespaces.js
/**
 * Pod Security Admission labels on Namespace objects found in the repository: the level a
 * namespace enforces decides whether the API server (or, for workload templates, the
 * controller creating the pods) will reject a violating pod.
 */



const ENFORCE = 'pod-security.kubernetes.io/enforce';
/** Namespaces that carry an enforce label, by name. PSA reads a bad level as restricted. */
function namespacePolicies(objects) {
    const out = new Map();
    for (const o of objects) {
        if (o.kind !== 'Namespace' || o.apiVersion !== 'v1' || !o.name)
            continue;
        const labels = (0,fields/* dict */.jd)((0,fields/* dict */.jd)(o.value.metadata)?.labels) ?? {};
        const level = (0,fields/* str */.gx)(labels[ENFORCE]);
        if (level === undefined)
            continue;
        const version = (0,fields/* str */.gx)(labels[`${ENFORCE}-version`]) ?? 'latest';
        out.set(o.name, {
            namespace: o.name,
            level: (0,pss_policy/* isPssLevel */.rH)(level) ? level : 'restricted',
            version: (0,pss_policy/* parsePssVersion */.M_)(version) ? version : 'latest',
            at: (0,k8s_objects/* locIn */.SP)(o, ['metadata', 'labels', ENFORCE]),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/k8s/runtime-classes.js
/** RuntimeClass objects in the repository: the handler (runsc, kata\u2026) each name stands for. */

function runtimeClassHandlers(objects) {
    const out = new Map();
    for (const o of objects) {
        if (o.kind !== 'RuntimeClass' || !o.apiVersion.startsWith('node.k8s.io/') || !o.name)
            continue;
        const handler = (0,fields/* str */.gx)(o.value.handler);
        if (handler)
            out.set(o.name, handler);
    }
    return out;
}

// EXTERNAL MODULE: ./build/k8s/workload.js + 1 modules
var workload = __webpack_require__(6309);
// EXTERNAL MODULE: ./build/rules/index.js + 58 modules
var build_rules = __webpack_require__(6355);
// EXTERNAL MODULE: ./build/report/severity.js
var severity = __webpack_require__(5440);
// EXTERNAL MODULE: ./build/core/glob.js
var glob = __webpack_require__(8998);
// EXTERNAL MODULE: ./build/config/errors.js
var errors = __webpack_require__(2356);
// EXTERNAL MODULE: ./build/discover/classify.js
var classify = __webpack_require__(8686);
;// CONCATENATED MODULE: ./build/suppress/annotations.js



const IGNORE_ANNOTATION = 'kube-whoami.io/ignore';
const REASON_ANNOTATION = 'kube-whoami.io/ignore-reason';
function annotationKey(source, object) {
    return `${source}\u0000${object ?? ''}`;
}
/**
 * The annotation suppressions of one object: its own metadata's, and for a workload
 * (`w`, the object's workload view) its pod template's.
 */
function annotationScopes(o, w) {
    const out = [];
    const places = [['metadata']];
    if (w && w.pod.metadataPath.join('.') !== 'metadata')
        places.push(w.pod.metadataPath);
    for (const meta of places) {
        let cur = o.value;
        for (const step of meta)
            cur = (0,fields/* isDict */.Zm)(cur) ? cur[step] : undefined;
        const annotations = (0,fields/* dict */.jd)((0,fields/* dict */.jd)(cur)?.annotations);
        const value = annotations?.[IGNORE_ANNOTATION];
        if (typeof value !== 'string')
            continue;
        const rules = value
            .split(/[\s,]+/)
            .map((r) => r.trim())
            .filter(Boolean);
        const reason = annotations?.[REASON_ANNOTATION];
        const where = (0,source/* resolveLoc */.LC)((0,k8s_objects/* locIn */.SP)(o, [...meta, 'annotations', IGNORE_ANNOTATION], 'pair'));
        out.push({
            via: 'annotation',
            rules,
            ...(typeof reason === 'string' && reason.trim() ? { reason: reason.trim() } : {}),
            range: where.range,
            key: annotationKey(o.source.id, (0,k8s_objects/* objectIdentity */.gN)(o)),
            object: (0,k8s_objects/* objectLabel */.uk)(o),
            objectIdentity: (0,k8s_objects/* objectIdentity */.gN)(o),
        });
    }
    return out;
}

// EXTERNAL MODULE: ./build/dockerfile/lexer.js
var lexer = __webpack_require__(9265);
;// CONCATENATED MODULE: ./build/suppress/directive.js
/**
 * The suppression comment: `kube-whoami ignore=rule-a,rule-b [reason]` covers the next
 * node or instruction (or, at the end of a YAML line, that line's node);
 * `kube-whoami ignore-file=rule-a [reason]` covers the whole file. The same words work in
 * YAML comments, Go template comments (`{{/* ... *\/}}`) and Dockerfile comments.
 */
const DIRECTIVE_RE = /^kube-whoami[ \t]+(ignore|ignore-file)[ \t]*=[ \t]*([A-Za-z0-9_.-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_.-]+)*)(.*)$/;
/** Text that was meant as a directive but does not parse: reported rather than ignored. */
const ATTEMPT_RE = /^kube-whoami\b[ \t:]*(ignore\S*|\S*=\S*)/;
/**
 * Parses the body of a comment (after `#` or inside `{{/* *\/}}`): a directive, a malformed
 * attempt at one, or undefined for an ordinary comment.
 */
function parseDirective(body) {
    const text = body.trim();
    if (!text.startsWith('kube-whoami'))
        return undefined;
    const m = DIRECTIVE_RE.exec(text);
    if (m) {
        const rest = m[3];
        // A reason must be separated from the rule list; `ignore=a,b.` is a malformed list.
        if (rest && !/^[ \t]/.test(rest))
            return { malformed: text };
        const reason = rest
            .trim()
            .replace(/^(--|\u2014|-|:)\s*/, '')
            .trim();
        return {
            form: m[1],
            rules: m[2].split(',').map((r) => r.trim()),
            ...(reason ? { reason } : {}),
        };
    }
    return ATTEMPT_RE.test(text) ? { malformed: text } : undefined;
}
function isMalformed(d) {
    return 'malformed' in d;
}

;// CONCATENATED MODULE: ./build/suppress/dockerfile-scopes.js
/**
 * Suppression comments in Dockerfiles, as hadolint places its `ignore=` pragma: on the
 * line(s) directly above an instruction, covering the whole instruction (continuation
 * lines and here-documents included); `ignore-file=` anywhere covers the file. A `#` after
 * an instruction's text is part of the instruction in a Dockerfile, never a comment.
 */


function lineStarts(text) {
    const out = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        out.push(i + 1);
    return out;
}
/** 0-based line of an offset (binary search over line starts). */
function lineOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
function dockerfileScopes(file, text) {
    const out = { scopes: [], malformed: [] };
    if (!text.includes('kube-whoami'))
        return out;
    const lexed = (0,lexer/* lexDockerfile */.e)(text);
    const starts = lineStarts(text);
    const commentLines = new Set(lexed.comments.map((c) => lineOf(starts, c.start)));
    const instructions = lexed.instructions.map((ins) => ({
        start: lineOf(starts, ins.start),
        end: lineOf(starts, Math.max(ins.start, ins.end - 1)),
    }));
    for (const c of lexed.comments) {
        const parsed = parseDirective(c.text.replace(/^#/, ''));
        if (!parsed)
            continue;
        const line = lineOf(starts, c.start);
        const col = c.start - starts[line];
        const range = {
            file,
            startLine: line + 1,
            startColumn: col + 1,
            endLine: line + 1,
            endColumn: col + 1 + c.text.trimEnd().length,
        };
        if (isMalformed(parsed)) {
            out.malformed.push({ text: parsed.malformed, range, file });
            continue;
        }
        const base = { via: 'comment', directive: parsed, range, file };
        if (parsed.form === 'ignore-file') {
            out.scopes.push({
                ...base,
                startLine: 1,
                endLine: Number.MAX_SAFE_INTEGER,
                covers: 'the whole file',
                anchor: '',
            });
            continue;
        }
        // The instruction below, with only comment lines between (a blank line breaks the link).
        let next = line + 1;
        while (commentLines.has(next))
            next++;
        const ins = instructions.find((i) => i.start === next);
        if (!ins) {
            out.scopes.push({
                ...base,
                startLine: line + 1,
                endLine: line + 1,
                covers: 'nothing (no instruction directly below it)',
                anchor: c.text.trim(),
            });
            continue;
        }
        const lineText = text.slice(starts[ins.start], starts[ins.start + 1] ?? text.length);
        out.scopes.push({
            ...base,
            startLine: ins.start + 1,
            endLine: ins.end + 1,
            covers: 'the instruction below it',
            anchor: lineText.trim(),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/suppress/shell-scopes.js

/** Where a `#` comment starts on a line (at a word start, outside quotes); -1 when none. */
function commentStart(text) {
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (quote === '"' && ch === '\\')
                i++;
            else if (ch === quote)
                quote = '';
            continue;
        }
        if (ch === '\\') {
            i++;
            continue;
        }
        if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1])))
            return i;
    }
    return -1;
}
const isComment = (line) => line.trim().startsWith('#');
const continues = (line) => /(^|[^\\])(\\\\)*\\$/.test(line.trimEnd());
/** Last line (index) of the command that starts at `start`. */
function commandEnd(lines, start) {
    let end = start;
    while (end + 1 < lines.length && continues(lines[end]))
        end++;
    return end;
}
function shellScopes(file, text) {
    const out = { scopes: [], malformed: [] };
    if (!text.includes('kube-whoami'))
        return out;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line.includes('kube-whoami'))
            continue;
        const at = commentStart(line);
        if (at < 0)
            continue;
        const body = line.slice(at + 1);
        if (!body.trimStart().startsWith('kube-whoami'))
            continue;
        const parsed = parseDirective(body);
        if (!parsed)
            continue;
        const range = {
            file,
            startLine: i + 1,
            startColumn: at + 1,
            endLine: i + 1,
            endColumn: line.trimEnd().length + 1,
        };
        if (isMalformed(parsed)) {
            out.malformed.push({ text: parsed.malformed, range, file });
            continue;
        }
        const scope = { via: 'comment', directive: parsed, range, file };
        if (parsed.form === 'ignore-file') {
            out.scopes.push({
                ...scope,
                startLine: 1,
                endLine: Number.MAX_SAFE_INTEGER,
                covers: 'the whole file',
                anchor: '',
            });
            continue;
        }
        if (!isComment(line)) {
            // At the end of a command's line: the command that line starts (or continues).
            let start = i;
            while (start > 0 && continues(lines[start - 1]))
                start--;
            out.scopes.push({
                ...scope,
                startLine: start + 1,
                endLine: commandEnd(lines, i) + 1,
                covers: 'the command on its line',
                anchor: lines[start].trim(),
            });
            continue;
        }
        let next = i + 1;
        while (next < lines.length && isComment(lines[next]))
            next++;
        if (next >= lines.length || lines[next].trim() === '') {
            out.scopes.push({
                ...scope,
                startLine: i + 1,
                endLine: i + 1,
                covers: 'nothing (a blank line or the end of the file follows it)',
                anchor: line.trim(),
            });
            continue;
        }
        out.scopes.push({
            ...scope,
            startLine: next + 1,
            endLine: commandEnd(lines, next) + 1,
            covers: 'the command below it',
            anchor: lines[next].trim(),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/suppress/yaml-scopes.js

const TEMPLATE_ONLY_RE = /^\s*(\{\{.*?\}\}\s*)+$/;
const TEMPLATE_COMMENT_RE = /\{\{-?\s*\/\*([\s\S]*?)\*\/\s*-?\}\}/;
function yaml_scopes_classify(text) {
    const indent = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (!trimmed)
        return { kind: 'blank', indent, text };
    if (/^(---|\.\.\.)(\s|$)/.test(text))
        return { kind: 'docstart', indent: 0, text };
    if (trimmed.startsWith('#'))
        return { kind: 'comment', indent, text };
    if (TEMPLATE_ONLY_RE.test(text)) {
        const c = TEMPLATE_COMMENT_RE.exec(text);
        if (c && c[0].length === trimmed.length)
            return { kind: 'comment', indent, text };
        return { kind: 'template', indent, text };
    }
    return { kind: 'content', indent, text };
}
/** Where a `#` comment starts on a line, outside quotes; -1 when there is none. */
function yaml_scopes_commentStart(text) {
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (quote === '"' && ch === '\\')
                i++;
            else if (ch === quote)
                quote = '';
            continue;
        }
        if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t'))
            return i;
        if ((ch === '"' || ch === "'") && (i === 0 || /[\s:[{,-]/.test(text[i - 1])))
            quote = ch;
    }
    return -1;
}
/** The directive comment of a line, if any: `#` comments and Go template comments. */
function findComment(line) {
    if (!line.text.includes('kube-whoami'))
        return undefined;
    const hash = yaml_scopes_commentStart(line.text);
    if (hash >= 0 &&
        line.text
            .slice(hash + 1)
            .trimStart()
            .startsWith('kube-whoami'))
        return { at: hash, body: line.text.slice(hash + 1) };
    const t = TEMPLATE_COMMENT_RE.exec(line.text);
    if (t && t[1].trimStart().startsWith('kube-whoami'))
        return { at: t.index, body: t[1] };
    return undefined;
}
const isItem = (l) => /^\s*-(\s|$)/.test(l.text);
/** `key:` with nothing after it but a comment: its value is on the following lines. */
const opensBlock = (l) => /:\s*(#.*)?$/.test(l.text.slice(0, commentEnd(l)));
function commentEnd(l) {
    const c = yaml_scopes_commentStart(l.text);
    return c < 0 ? l.text.length : c;
}
/** Last line (index) of the node starting at `start`. */
function blockEnd(lines, start) {
    return continuedEnd(lines, indentEnd(lines, start));
}
/**
 * A shell command in a `run: |` block goes on past a line ending in `\`, whatever the
 * indentation of the lines that continue it.
 */
function continuedEnd(lines, end) {
    while (end + 1 < lines.length && /(^|[^\\])(\\\\)*\\$/.test(lines[end].text.trimEnd()))
        end++;
    return end;
}
function indentEnd(lines, start) {
    const base = lines[start].indent;
    const item = isItem(lines[start]);
    const sameIndentList = !item && opensBlock(lines[start]);
    let end = start;
    for (let i = start + 1; i < lines.length; i++) {
        const l = lines[i];
        if (l.kind === 'blank' || l.kind === 'comment')
            continue;
        if (l.kind === 'docstart')
            break;
        if (l.indent > base) {
            end = i;
            continue;
        }
        if (l.kind === 'template')
            continue;
        // `key:` followed by a list at the key's own indentation (valid YAML, common in charts).
        if (sameIndentList && l.indent === base && isItem(l)) {
            end = i;
            continue;
        }
        break;
    }
    return end;
}
function documentEnd(lines, start) {
    let end = start;
    for (let i = start; i < lines.length; i++) {
        if (lines[i].kind === 'docstart')
            break;
        if (lines[i].kind !== 'blank')
            end = i;
    }
    return end;
}
/** Whether no node precedes line `i` in its document. */
function firstInDocument(lines, i) {
    for (let j = i - 1; j >= 0; j--) {
        const k = lines[j].kind;
        if (k === 'docstart')
            return true;
        if (k === 'content' || k === 'template')
            return false;
    }
    return true;
}
/** The suppression comments of a YAML file or Helm template and the lines they cover. */
function yamlScopes(file, text) {
    const out = { scopes: [], malformed: [] };
    if (!text.includes('kube-whoami'))
        return out;
    const lines = text.split(/\r?\n/).map(yaml_scopes_classify);
    const range = (i, col, len) => ({
        file,
        startLine: i + 1,
        startColumn: col + 1,
        endLine: i + 1,
        endColumn: col + 1 + len,
    });
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const comment = findComment(line);
        if (!comment)
            continue;
        const at = range(i, comment.at, line.text.trimEnd().length - comment.at);
        const parsed = parseDirective(comment.body.replace(/\*\/\s*-?\}\}.*$/, ''));
        if (!parsed)
            continue;
        if (isMalformed(parsed)) {
            out.malformed.push({ text: parsed.malformed, range: at, file });
            continue;
        }
        const scope = { via: 'comment', directive: parsed, range: at, file };
        if (parsed.form === 'ignore-file') {
            out.scopes.push({
                ...scope,
                startLine: 1,
                endLine: Number.MAX_SAFE_INTEGER,
                covers: 'the whole file',
                anchor: '',
            });
            continue;
        }
        let start;
        let end;
        let covers;
        if (line.kind === 'docstart') {
            start = i + 1;
            end = documentEnd(lines, start);
            covers = 'the document';
        }
        else if (line.kind === 'content' || line.kind === 'template') {
            start = i;
            end = blockEnd(lines, i);
            covers = end > start ? 'the node on its line' : 'its line';
        }
        else {
            let next = i + 1;
            while (next < lines.length &&
                (lines[next].kind === 'comment' || lines[next].kind === 'template'))
                next++;
            if (next >= lines.length || lines[next].kind !== 'content') {
                // Nothing directly below to cover: it will be reported as unused.
                start = end = i;
                covers = 'nothing (a blank line or the end of the document follows it)';
            }
            else if (firstInDocument(lines, next)) {
                start = next;
                end = documentEnd(lines, next);
                covers = 'the document';
            }
            else {
                start = next;
                end = blockEnd(lines, next);
                covers = end > start ? 'the node below it' : 'the line below it';
            }
        }
        out.scopes.push({
            ...scope,
            startLine: start + 1,
            endLine: end + 1,
            covers,
            anchor: (lines[start]?.text ?? '').trim(),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/suppress/index.js
/**
 * The suppression pass, run after the rules (check \u2192 suppress \u2192 report). A finding is
 * suppressed, never dropped, by:
 *
 * 1. a `kube-whoami ignore=` comment covering its line (YAML, Helm templates and values,
 *    Dockerfiles; `ignore-file=` for a whole file),
 * 2. a `kube-whoami.io/ignore` annotation on its object or pod template,
 * 3. a `rules.<id>.exclude` glob of the configuration matching its file,
 * The baseline (findings accepted as they are) is applied after findings are grouped by edit
 * location (baseline/apply.ts), since it records the grouped findings' fingerprints.
 *
 * Suppressed findings keep a `suppression` (SARIF `suppressions`, counted by the text
 * report). A comment, annotation or exclude that suppressed nothing becomes an
 * `unused-suppression` finding, so stale suppressions do not hide the next real problem.
 */

















const UNUSED_RULE = 'unused-suppression';
/** Files whose every suppression comment is read (so that an unused one is reported). */
const SCOPED_KINDS = new Set([
    'manifest',
    'dockerfile',
    'compose',
    'workflow',
    'script',
]);
function suppressFindings(input) {
    const notices = [];
    const findings = input.findings.map((f) => ({ ...f }));
    // Comments: in every manifest and Dockerfile read, and in every file a finding points at.
    const fileScopes = new Map();
    const scopesOf = (file) => {
        if (fileScopes.has(file))
            return fileScopes.get(file);
        // Without the marker a file has no scopes (as the readers below would find).
        if (input.withoutDirectives?.has(file)) {
            fileScopes.set(file, undefined);
            return undefined;
        }
        const text = input.files.has(file) ? input.files.get(file) : input.readFile(file);
        const kind = (0,classify/* classifyFile */.T)(file);
        const scopes = text === undefined
            ? undefined
            : kind === 'dockerfile'
                ? dockerfileScopes(file, text)
                : kind === 'script'
                    ? shellScopes(file, text)
                    : yamlScopes(file, text);
        fileScopes.set(file, scopes);
        return scopes;
    };
    for (const [file, text] of input.files) {
        if (text === undefined || !text.includes('kube-whoami'))
            continue;
        const kind = (0,classify/* classifyFile */.T)(file);
        if (SCOPED_KINDS.has(kind))
            scopesOf(file);
    }
    for (const f of findings)
        for (const r of anchorsOf(f))
            scopesOf(r.file);
    // Chart files (templates, values) are read by the renderer, not by the scan: look at every
    // one of a chart that rendered, so that a stale suppression in them is reported too.
    if (input.root) {
        for (const chart of input.chartRoots ?? []) {
            const prefix = chart === '.' ? '' : `${chart}/`;
            const failed = findings.some((f) => f.ruleId === 'helm-render-error' && f.range.file.startsWith(prefix));
            if (failed)
                continue;
            for (const file of chartFiles(input.root, chart)) {
                if (fileScopes.has(file) || input.withoutDirectives?.has(file))
                    continue;
                const text = input.readFile(file);
                if (text !== undefined && text.includes('kube-whoami'))
                    scopesOf(file);
            }
        }
    }
    const workloadOf = new Map(input.workloads.map((w) => [w.object, w]));
    const annotations = new Map();
    for (const o of input.objects) {
        for (const s of annotationScopes(o, workloadOf.get(o))) {
            annotations.set(s.key, [...(annotations.get(s.key) ?? []), s]);
        }
    }
    const configScopes = (input.options?.ruleExcludes ?? []).flatMap((e) => e.globs.map((g) => ({
        via: 'config',
        ruleId: e.ruleId,
        glob: g.value,
        match: (file) => (0,glob/* compileGlob */.S)(g.value).test(file),
        reason: e.reason,
        range: g.range,
    })));
    /** Which rules each suppression suppressed something for. */
    const used = new Map();
    const markUsed = (s, ruleId) => {
        const set = used.get(s) ?? new Set();
        set.add(ruleId);
        used.set(s, set);
    };
    // Comment scopes by file and line: a finding looks up its own lines only.
    const byLine = new Map();
    for (const [file, scopes] of fileScopes) {
        if (!scopes?.scopes.length)
            continue;
        const index = { lines: new Map(), file: [] };
        for (const s of scopes.scopes) {
            if (s.directive.form === 'ignore-file') {
                index.file.push(s);
                continue;
            }
            for (let l = s.startLine; l <= s.endLine; l++) {
                const list = index.lines.get(l);
                if (list)
                    list.push(s);
                else
                    index.lines.set(l, [s]);
            }
        }
        byLine.set(file, index);
    }
    for (const f of findings) {
        if (f.suppression)
            continue;
        const matches = [];
        for (const at of anchorsOf(f)) {
            const index = byLine.get(at.file);
            if (!index)
                continue;
            for (const s of [...(index.lines.get(at.startLine) ?? []), ...index.file]) {
                if (s.directive.rules.includes(f.ruleId) && !matches.includes(s))
                    matches.push(s);
            }
        }
        for (const s of annotations.get(annotationKey(f.identity.source, f.identity.object)) ?? []) {
            if (s.rules.includes(f.ruleId))
                matches.push(s);
        }
        for (const s of configScopes) {
            if (s.ruleId === f.ruleId && s.match(f.range.file))
                matches.push(s);
        }
        if (!matches.length)
            continue;
        for (const s of matches)
            markUsed(s, f.ruleId);
        f.suppression = suppressionOf(matches[0]);
    }
    const unused = unusedFindings(input, fileScopes, annotations, configScopes, used);
    (0,arrays/* pushAll */.iI)(findings, unused);
    findings.sort((a, b) => (0,range/* compareRanges */.C1)(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    return { findings, notices };
}
/**
 * The places a suppression comment may be written for a finding: its primary range, and for
 * an object rendered from a chart the chart's own lines among its related locations (the
 * template that renders a value whose values-file line is the primary one).
 */
function anchorsOf(f) {
    const hash = f.identity.source.indexOf('#');
    if (hash < 0 || !f.related.length)
        return [f.range];
    const chart = f.identity.source.slice(0, hash);
    const prefix = chart === '.' ? '' : `${chart}/`;
    return [f.range, ...f.related.map((r) => r.range).filter((r) => r.file.startsWith(prefix))];
}
/** YAML and template files of a chart folder (subcharts included), relative to the root. */
function chartFiles(root, chart) {
    const out = [];
    const walk = (rel, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const child = rel === '.' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (depth < 8 && e.name !== 'node_modules' && !e.name.startsWith('.'))
                    walk(child, depth + 1);
            }
            else if (/\.(ya?ml|tpl)$/.test(e.name))
                out.push(child);
        }
    };
    walk(chart, 0);
    return out;
}
function suppressionOf(s) {
    const justification = s.via === 'comment' ? s.directive.reason : s.reason;
    return {
        kind: s.via === 'config' ? 'external' : 'inSource',
        via: s.via,
        range: s.range,
        ...(justification ? { justification } : {}),
    };
}
function unusedFindings(input, fileScopes, annotations, configScopes, used) {
    const rule = input.rules.find((r) => r.id === UNUSED_RULE);
    if (!rule)
        return [];
    const level = rule.meta.severity;
    const enabled = new Set(input.rules.map((r) => r.id));
    const known = new Set(input.knownRules);
    const out = [];
    const seen = new Set();
    const occurrences = new Map();
    const emit = (range, message, key) => {
        // Rendered charts repeat an annotation per variant: one finding per place and key.
        const place = `${range.file}:${range.startLine}:${range.startColumn}\u0000${key}`;
        if (seen.has(place))
            return;
        seen.add(place);
        const id = `${range.file}\u0000${key}`;
        const n = occurrences.get(id) ?? 0;
        occurrences.set(id, n + 1);
        const identity = { ruleId: UNUSED_RULE, source: range.file, path: n ? `${key}#${n + 1}` : key };
        out.push({
            ruleId: UNUSED_RULE,
            level,
            message,
            range,
            related: [],
            identity,
            fingerprint: (0,core_fingerprint/* fingerprintOf */.a)(identity),
        });
    };
    /** Whether naming `id` can be "unused": it is enabled, or unknown (misspelled). */
    const unusedName = (id) => !known.has(id) ? 'unknown' : enabled.has(id) && id !== UNUSED_RULE ? 'unused' : undefined;
    const unknownText = (id) => {
        const hint = (0,errors/* didYouMean */.au)(id, input.knownRules);
        return `names an unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}, so it suppresses nothing`;
    };
    for (const scopes of fileScopes.values()) {
        for (const s of scopes?.scopes ?? []) {
            const usedRules = used.get(s);
            const form = `kube-whoami ${s.directive.form}=`;
            for (const id of s.directive.rules) {
                if (usedRules?.has(id))
                    continue;
                const why = unusedName(id);
                if (!why)
                    continue;
                const key = `comment:${s.directive.form}:${id}:${s.anchor}`;
                if (why === 'unknown') {
                    emit(s.range, `${form}${s.directive.rules.join(',')} ${unknownText(id)}.`, key);
                    continue;
                }
                if (s.covers.startsWith('nothing')) {
                    emit(s.range, `${form}${id} suppresses nothing: it covers ${s.covers}. Put it directly above the field, object or instruction it is meant for.`, key);
                    continue;
                }
                const where = s.directive.form === 'ignore-file'
                    ? 'in this file'
                    : `on ${s.covers} (${s.startLine === s.endLine ? `line ${s.startLine}` : `lines ${s.startLine}-${s.endLine}`})`;
                emit(s.range, `${form}${id} suppressed nothing: there is no ${id} finding ${where}. Remove it, or put it on the line above the field it is meant for.`, key);
            }
        }
        for (const m of scopes?.malformed ?? [])
            emit(m.range, malformedMessage(m), `malformed:${m.text}`);
    }
    for (const list of annotations.values()) {
        for (const s of list) {
            const usedRules = used.get(s);
            for (const id of s.rules) {
                if (usedRules?.has(id))
                    continue;
                const why = unusedName(id);
                if (!why)
                    continue;
                const key = `annotation:${s.objectIdentity}:${id}`;
                const message = why === 'unknown'
                    ? `The ${'kube-whoami.io/ignore'} annotation of ${s.object} ${unknownText(id)}.`
                    : `The kube-whoami.io/ignore annotation of ${s.object} names ${id}, but ${s.object} has no ${id} finding. Remove ${id} from the annotation.`;
                emit(s.range, message, key);
            }
        }
    }
    if (input.wholeRoot) {
        for (const s of configScopes) {
            if (used.get(s)?.has(s.ruleId) || !enabled.has(s.ruleId))
                continue;
            emit(s.range, `rules.${s.ruleId}.exclude "${s.glob}" matched no ${s.ruleId} finding. Remove it, or fix the glob (relative to the scanned root).`, `config:${s.ruleId}:${s.glob}`);
        }
    }
    return out;
}
function malformedMessage(m) {
    return `This comment looks like a kube-whoami directive but cannot be read: "${m.text}". Write "kube-whoami ignore=RULE[,RULE] [reason]" (the next node or instruction) or "kube-whoami ignore-file=RULE[,RULE] [reason]" (the whole file).`;
}

;// CONCATENATED MODULE: ./build/baseline/apply.js
function matchedBy(f, fingerprints) {
    if (fingerprints.has(f.fingerprint))
        return [f.fingerprint];
    if (!f.affects?.length)
        return undefined;
    const used = [];
    for (const a of f.affects) {
        const hit = [a.fingerprint, ...(a.previousFingerprints ?? [])].find((p) => fingerprints.has(p));
        if (!hit)
            return undefined;
        used.push(hit);
    }
    return used;
}
/** Suppresses the baseline's findings in place; returns notices about stale or old entries. */
function applyBaseline(findings, baseline) {
    if (!baseline)
        return [];
    const matched = new Set();
    let older = 0;
    for (const f of findings) {
        const by = matchedBy(f, baseline.fingerprints);
        if (!by)
            continue;
        for (const p of by)
            matched.add(p);
        if (by[0] !== f.fingerprint)
            older++;
        // Suppressed inline since the baseline was written: the entry still matches a finding.
        if (f.suppression)
            continue;
        f.suppression = {
            kind: 'external',
            via: 'baseline',
            justification: `accepted in the baseline ${baseline.file}`,
        };
    }
    const notices = [];
    const stale = baseline.entries.filter((e) => !matched.has(e.fingerprint)).length;
    if (stale > 0) {
        notices.push({
            level: 'note',
            message: `${stale} ${stale === 1 ? 'entry' : 'entries'} of the baseline ${baseline.file} matched no finding (fixed, or the rule is off); kube-whoami baseline rewrites it`,
        });
    }
    if (older > 0) {
        notices.push({
            level: 'note',
            message: `${older} ${older === 1 ? 'finding matches' : 'findings match'} the baseline ${baseline.file} through the fingerprints of each place it affects (written by an earlier version); kube-whoami baseline rewrites it with one entry per finding`,
        });
    }
    return notices;
}

// EXTERNAL MODULE: ./build/findings/group.js
var group = __webpack_require__(7328);
// EXTERNAL MODULE: ./build/rules/missing-field.js
var missing_field = __webpack_require__(1245);
;// CONCATENATED MODULE: ./build/rules/report.js





function isRange(at) {
    return 'file' in at;
}
function locate(at) {
    return isRange(at) ? { range: at, related: [] } : (0,source/* resolveLoc */.LC)(at);
}
/**
 * Keys that identify list items the way Kubernetes' strategic merge patch does (patchMergeKey),
 * for lists whose items are not identified by `name`.
 */
const MERGE_KEYS = {
    ports: 'containerPort',
    volumeMounts: 'mountPath',
    volumeDevices: 'devicePath',
    hostAliases: 'ip',
};
/**
 * A field path for identities: list items by their merge key (`spec.containers[web]`,
 * `ports[containerPort=9000]`, `volumeMounts[mountPath=/data]`), else by `name`, else by
 * index, so that reordering items, naming a port or inserting lines does not change a
 * finding's fingerprint.
 */
function pathLabel(root, path) {
    let out = '';
    let cur = root;
    let listKey;
    for (const step of path) {
        if (typeof step === 'number') {
            const item = Array.isArray(cur) ? cur[step] : undefined;
            const mergeKey = listKey !== undefined ? MERGE_KEYS[listKey] : undefined;
            const keyed = (0,fields/* isDict */.Zm)(item) && mergeKey ? item[mergeKey] : undefined;
            const name = (0,fields/* isDict */.Zm)(item) && typeof item.name === 'string' ? item.name : undefined;
            if (typeof keyed === 'string' || typeof keyed === 'number')
                out += `[${mergeKey}=${keyed}]`;
            else
                out += name !== undefined ? `[${name}]` : `[${step}]`;
            cur = item;
            listKey = undefined;
        }
        else {
            out += out ? `.${step}` : step;
            cur = (0,fields/* isDict */.Zm)(cur) ? cur[step] : undefined;
            listKey = step;
        }
    }
    return out;
}
function subjectOfObject(o) {
    const object = (0,k8s_objects/* objectIdentity */.gN)(o);
    const named = (0,k8s_objects/* namedIdentity */.En)(o);
    return {
        source: o.source.id,
        object,
        ...(named !== object ? { previousObject: named } : {}),
        label: (0,k8s_objects/* objectLabel */.uk)(o),
        ...(o.source.rendering ? { rendering: o.source.rendering } : {}),
        note: o.source.renderNote,
    };
}
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** The name of the container a path lies in, if any. */
function containerAt(root, path) {
    let cur = root;
    for (let i = 0; i < path.length; i++) {
        const step = path[i];
        const next = Array.isArray(cur)
            ? cur[step]
            : (0,fields/* isDict */.Zm)(cur)
                ? cur[step]
                : undefined;
        if (typeof step === 'number' && CONTAINER_LISTS.has(String(path[i - 1])) && (0,fields/* isDict */.Zm)(next))
            return typeof next.name === 'string' ? next.name : `${String(path[i - 1])}[${step}]`;
        cur = next;
    }
    return undefined;
}
/**
 * A report with its problem and fix apart: rules end most messages with their remediation;
 * where a rule did not say, the problem is the message without it and the fix is the
 * remediation (reporters show the fix on a line of its own).
 */
function withRemediation(input, remediation) {
    if (input.fix !== undefined)
        return input;
    const message = input.message;
    const problem = input.problem ??
        (message.endsWith(remediation) ? message.slice(0, -remediation.length).trim() : message);
    return { ...input, problem, fix: remediation };
}
/** Builds a finding from a rule's report: resolves places and computes the fingerprint. */
function makeFinding(ruleId, level, subject, input) {
    const where = locate(input.at);
    let path;
    if (!isRange(input.at))
        path = pathLabel(input.at.source.doc.value, input.at.path);
    if (input.key)
        path = path ? `${path}#${input.key}` : input.key;
    const identity = {
        ruleId,
        source: subject.source,
        object: subject.object,
        path,
        image: input.image,
    };
    const fingerprint = (0,core_fingerprint/* fingerprintOf */.a)(identity);
    // A missing field in a chart: reported where a person adds it (the values key that feeds it).
    const placed = input.missing && !isRange(input.at) ? (0,missing_field/* placeMissing */.Eb)(input.missing, where) : undefined;
    const related = placed ? [...placed.related] : [...where.related];
    for (const r of input.related ?? []) {
        const loc = locate(r.at);
        related.push({ range: loc.range, message: r.message }, ...loc.related);
    }
    const fix = placed?.fix ?? input.fix;
    const message = placed && input.problem ? `${input.problem} ${placed.fix}` : input.message;
    const finding = {
        ruleId,
        level: input.level ?? level,
        message: subject.note ? `${message} ${subject.note}` : message,
        ...(input.problem ? { problem: input.problem } : {}),
        ...(fix ? { fix } : {}),
        ...(subject.note ? { note: subject.note } : {}),
        range: placed?.range ?? where.range,
        related,
        identity,
        fingerprint,
        properties: input.properties,
    };
    if (subject.label) {
        const container = isRange(input.at)
            ? undefined
            : containerAt(input.at.source.doc.value, input.at.path);
        finding.affects = [
            {
                object: subject.label,
                ...(container !== undefined ? { container } : {}),
                ...(subject.rendering ? { rendering: subject.rendering } : {}),
                range: where.template ?? where.overlay ?? where.range,
                ...(subject.source !== where.range.file ? { rendered: true } : {}),
                fingerprint,
                ...(subject.previousObject
                    ? {
                        previousFingerprints: [
                            (0,core_fingerprint/* fingerprintOf */.a)({ ...identity, object: subject.previousObject }),
                        ],
                    }
                    : {}),
            },
        ];
    }
    return finding;
}

// EXTERNAL MODULE: ./build/suppress/directive-files.js
var directive_files = __webpack_require__(9569);
// EXTERNAL MODULE: ./build/core/budget.js
var budget = __webpack_require__(6785);
;// CONCATENATED MODULE: ./build/scan.js
/**
 * scan(): the one function the CLI and the action call. Orchestration only: discover files,
 * load models, link images, run rules, apply settings, and return everything reporters need.
 */
























async function scan(options) {
    const started = performance.now();
    const settings = { pss: options.pss ?? pss_policy/* DEFAULT_PSS */.BF };
    const levelOf = (rule) => options.ruleLevels?.[rule.id] ?? rule.meta.severity;
    const rules = (0,severity/* configureRules */.qr)(build_rules/* RULES */.y, options.ruleLevels);
    const enabled = new Map(rules.map((r) => [r.id, r]));
    const phase = (name, total) => new scan_progress/* PhaseTracker */.k(options.onProgress, name, total);
    const finding = phase('discover', 1);
    const discovery = (0,walk/* discover */.k)({ root: options.root, paths: options.paths, exclude: options.exclude });
    const rediscover = Boolean(options.paths?.length || options.exclude?.length);
    // Worker threads for charts start now, loading the engine while this thread reads the rest.
    const chartPool = (options.jobs ?? 1) > 1 && discovery.charts.length
        ? (await __webpack_require__.e(/* import() */ 982).then(__webpack_require__.bind(__webpack_require__, 8601))).startChartPool({
            root: options.root,
            discoveredCharts: discovery.charts,
            rediscover,
            limits: options.limits?.budget,
            jobs: options.jobs ?? 1,
            workersFromCharts: options.workersFromCharts,
        })
        : undefined;
    finding.step();
    finding.end();
    const findings = [];
    const notices = [...discovery.notices, ...idleRuleEntries(options, settings.pss)];
    const texts = new Map();
    const readFile = (rel) => {
        if (!texts.has(rel))
            texts.set(rel, readText(options.root, rel, notices, /\.(ya?ml|json)$/i.test(rel)));
        return texts.get(rel);
    };
    const inScope = (dir) => !options.paths?.length ||
        options.paths.some((p) => dir === p || dir.startsWith(p.replace(/\/+$/, '') + '/'));
    // Findings are kept up to a budget: a repository can repeat one problem without end.
    const maxFindings = options.limits?.findings ?? budget/* DEFAULT_FINDINGS */.Xd;
    let findingsOverBudget = 0;
    const roomForFinding = () => {
        if (findings.length < maxFindings)
            return true;
        findingsOverBudget++;
        return false;
    };
    const inputKeys = new Map();
    /** A finding produced while reading input (YAML, Dockerfile), under an input rule's id. */
    const inputFinding = (ruleId, message, range, key, level, related = []) => {
        const rule = enabled.get(ruleId);
        if (!rule || !roomForFinding())
            return;
        // Content-based: the problem and the text of its line, never the line number.
        const base = `${key} @ ${(0,core_fingerprint/* lineTextAt */.R)(readFile(range.file), range.startLine)}`;
        const n = (inputKeys.get(`${range.file}\u0000${base}`) ?? 0) + 1;
        inputKeys.set(`${range.file}\u0000${base}`, n);
        const identity = { ruleId, source: range.file, path: n > 1 ? `${base}#${n}` : base };
        const configured = options.ruleLevels?.[ruleId];
        findings.push({
            ruleId,
            level: (configured ?? level ?? rule.meta.severity),
            message,
            range,
            related,
            identity,
            fingerprint: (0,core_fingerprint/* fingerprintOf */.a)(identity),
        });
    };
    const objects = [];
    // Kustomize overlays first: the files they read are scanned through them, not on their own,
    // and files any kustomization names as a patch are never workloads by themselves.
    const kustomizeConfigs = options.kustomize?.filter((c) => inScope(c.path));
    // The kustomize engine (a chunk of its own) is loaded only for a tree with kustomizations.
    const kustomize = discovery.kustomizations.length || kustomizeConfigs?.length
        ? await Promise.all(/* import() */[__webpack_require__.e(242), __webpack_require__.e(767), __webpack_require__.e(286), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 8758))
        : undefined;
    const plan = kustomize?.planKustomizations(options.root, discovery.kustomizations, kustomizeConfigs);
    const consumed = new Set(plan?.patchFiles);
    for (const f of discovery.kustomizations)
        consumed.add(f);
    let kustomizations = 0;
    // Charts a kustomization's helmCharts renders are scanned through it, with its values.
    const consumedCharts = new Set();
    const queue = [...(plan?.renderings ?? [])];
    const built = new Set();
    // A failure inside a base fails every overlay over it, and the base again when it is built
    // on its own: one finding per place, from the build closest to it (the last one).
    const buildProblems = new Map();
    const overlays = phase('kustomize', queue.length);
    while (queue.length) {
        const r = queue.shift();
        if (built.has(r.dir))
            continue;
        built.add(r.dir);
        const loaded = kustomize.loadKustomize(options.root, r, options.limits?.budget);
        overlays.step(r.dir);
        kustomizations++;
        (0,arrays/* pushAll */.iI)(objects, loaded.objects);
        (0,arrays/* pushAll */.iI)(notices, loaded.notices);
        for (const p of loaded.problems) {
            const where = `${p.range.file}:${p.range.startLine}:${p.range.startColumn}`;
            buildProblems.delete(where);
            buildProblems.set(where, p);
        }
        if (loaded.ok) {
            for (const f of loaded.read)
                consumed.add(f);
            for (const c of loaded.charts)
                consumedCharts.add(c);
        }
        else if (!loaded.stopped) {
            const fallbacks = kustomize.fallbackRenderings(plan, r.dir, built);
            overlays.grow(fallbacks.length);
            (0,arrays/* pushAll */.iI)(queue, fallbacks);
        }
    }
    overlays.end();
    for (const p of buildProblems.values()) {
        inputFinding('kustomize-build-error', p.message, p.range, p.key, undefined, p.related);
    }
    let manifests = 0;
    const reading = phase('manifests', discovery.manifests.length);
    for (const file of discovery.manifests) {
        reading.step();
        if (consumed.has(file))
            continue;
        const text = readFile(file);
        if (text === undefined)
            continue;
        const loaded = loadManifest(text, file);
        if (!loaded.relevant)
            continue;
        manifests++;
        (0,arrays/* pushAll */.iI)(objects, loaded.objects);
        if (loaded.template) {
            notices.push({
                level: 'note',
                message: `${file} holds Go template actions ({{ \u2026 }}) and is not YAML until rendered (${loaded.template.message}): not scanned; scan its rendered output instead`,
                range: loaded.template.range,
            });
        }
        for (const p of loaded.problems) {
            inputFinding('yaml-parse-error', `${p.message}: kubectl and the API server cannot read this document, so it is not checked.`, p.range, p.message);
        }
    }
    reading.end();
    let charts = 0;
    const renderings = chartRenderings(discovery.charts.filter((c) => !consumedCharts.has(c)), options.charts?.filter((c) => inScope(c.path)));
    // Chart files the renderer read without a directive in them (see suppressFindings).
    const withoutDirectives = new Set();
    const renderingCharts = phase('charts', renderings.length);
    let chartsOnWorkers = 0;
    let loadedCharts = [];
    if (!renderings.length)
        chartPool?.close();
    else {
        // The Helm engine is loaded (a chunk of its own in the bundle) only for a tree with charts.
        const engine = await Promise.all(/* import() */[__webpack_require__.e(242), __webpack_require__.e(767), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 663));
        const chartLoad = {
            renderings,
            context: {
                limits: options.limits?.budget,
                fileRead: (path, data) => {
                    if (!(0,directive_files/* mentionsKubeWhoami */.o)(data))
                        withoutDirectives.add(path);
                },
                // A dependency not vendored may sit elsewhere in the repository, outside the paths scanned.
                repositoryCharts: engine.repositoryCharts(options.root, () => rediscover ? (0,walk/* discover */.k)({ root: options.root }).charts : discovery.charts),
            },
            withoutDirectives: (p) => withoutDirectives.add(p),
            onLoaded: (i) => renderingCharts.step(renderings[i].variant
                ? `${renderings[i].chart} (${renderings[i].variant})`
                : renderings[i].chart),
            loadChart: engine.loadChart,
        };
        const done = chartPool
            ? await chartPool.load(chartLoad)
            : (await __webpack_require__.e(/* import() */ 982).then(__webpack_require__.bind(__webpack_require__, 8601))).loadChartsHere(options.root, chartLoad);
        loadedCharts = done.loaded;
        chartsOnWorkers = done.onWorkers;
        // The trees are about a third of the heap after a chart-heavy render, and the rules,
        // reports and annotations that follow allocate on top of it.
        engine.forgetParsedTemplates();
    }
    for (const loaded of loadedCharts) {
        charts++;
        (0,arrays/* pushAll */.iI)(objects, loaded.objects);
        (0,arrays/* pushAll */.iI)(notices, loaded.notices);
        for (const p of loaded.problems) {
            inputFinding('helm-render-error', p.message, p.range, p.key, undefined, p.related);
        }
    }
    renderingCharts.end();
    const workloads = objects.map(workload/* toWorkload */.n3).filter((w) => w !== undefined);
    settings.namespaces = namespacePolicies(objects);
    const linking = phase('images', 1);
    const imageInput = {
        discovery,
        workloads,
        configImages: options.configImages,
        github: options.github,
        readFile,
        runtimeClasses: runtimeClassHandlers(objects),
    };
    const linked = linkImages(imageInput);
    linking.step();
    linking.end();
    // Registry facts are fetched before the models and rules, which stay synchronous and pure.
    let registry = NO_REGISTRY_FACTS;
    let registrySummary;
    const requests = options.registry ? imageLookupRequests(imageInput, linked) : [];
    if (options.registry && requests.length) {
        const looking = phase('registry', 1);
        const report = await lookupImages(requests, options.registry);
        looking.step();
        looking.end();
        registry = registryFacts(report);
        registrySummary = {
            summary: report.summary,
            stats: report.stats,
            refs: requests.map((r) => r.ref),
        };
        for (const message of report.notes)
            notices.push({ level: 'note', message });
    }
    const images = analyseImages(imageInput, linked, registry);
    (0,arrays/* pushAll */.iI)(notices, images.notices);
    (0,arrays/* pushAll */.iI)(notices, lookupFailureNotices(requests, registry, images));
    const run = (rule, subject, check, what) => {
        const configured = options.ruleLevels?.[rule.id];
        const level = levelOf(rule);
        const ctx = {
            settings,
            options: options.ruleOptions?.[rule.id] ?? {},
            report: (input) => {
                if (!roomForFinding())
                    return;
                findings.push(makeFinding(rule.id, level, subject, withRemediation(configured ? { ...input, level: configured } : input, rule.meta.remediation)));
            },
        };
        try {
            check(ctx);
        }
        catch (e) {
            notices.push({
                level: 'error',
                message: `rule ${rule.id} failed on ${what}: ${e.message}`,
            });
        }
    };
    const checking = phase('rules', rules.length);
    for (const rule of rules) {
        if (rule.scope === 'workload') {
            for (const w of workloads)
                run(rule, subjectOfObject(w.object), (ctx) => rule.check(ctx, w), describe(w));
        }
        else if (rule.scope === 'docker') {
            for (const s of images.docker) {
                run(rule, { source: s.container.file, object: s.container.identity }, (ctx) => rule.check(ctx, s), s.container.where);
            }
        }
        else if (rule.scope === 'image-pod') {
            for (const s of images.subjects) {
                run(rule, subjectOfObject(s.workload.object), (ctx) => rule.check(ctx, s), describe(s.workload));
            }
        }
        checking.step(rule.id);
    }
    checking.end();
    // Dockerfiles: every discovered one at its default target, plus every target a workload runs.
    let dockerfiles = 0;
    const building = phase('dockerfiles', discovery.dockerfiles.length);
    for (const file of discovery.dockerfiles) {
        building.step();
        const df = images.catalog.dockerfile(file);
        if (!df)
            continue;
        dockerfiles++;
        for (const p of df.problems)
            inputFinding('dockerfile-parse-error', p.message, p.range, p.message, p.severity);
        if (df.stages.length)
            images.catalog.model(file);
    }
    // Problems of evaluating a target (an undefined variable in USER, an unknown target), once
    // per target. Notes (a base image the model cannot resolve) are not parse errors: notices.
    for (const image of images.catalog.builtModels()) {
        const target = image.target.name ?? `stage ${image.target.index}`;
        for (const p of image.problems) {
            if (p.severity === 'note') {
                notices.push({
                    level: 'note',
                    message: `${image.file}${p.range ? `:${p.range.startLine}` : ''} (target ${target}): ${p.message}`,
                    range: p.range,
                });
                continue;
            }
            inputFinding('dockerfile-parse-error', `${p.message} (target ${target})`, p.range, `${target}#${p.message}`, p.severity);
        }
    }
    const dockerfileRules = rules.filter((r) => r.scope === 'dockerfile');
    for (const image of images.catalog.builtModels()) {
        const dockerfile = images.catalog.dockerfile(image.file);
        if (!dockerfile)
            continue;
        const subject = { dockerfile, image };
        const target = image.target.name ?? String(image.target.index);
        for (const rule of dockerfileRules) {
            if (rule.scope !== 'dockerfile')
                continue;
            run(rule, { source: image.file, object: `target ${target}` }, (ctx) => rule.check(ctx, subject), `${image.file} (${target})`);
        }
    }
    building.end();
    if (findingsOverBudget > 0) {
        notices.push({
            level: 'warning',
            message: `the scan kept its first ${maxFindings} findings (limits.findings) and left out ${findingsOverBudget} more: fix or suppress the problem that repeats, or raise limits.findings`,
        });
    }
    findings.sort((a, b) => (0,range/* compareRanges */.C1)(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    const suppressed = suppressFindings({
        findings: dedupe(findings),
        files: texts,
        readFile,
        objects,
        workloads,
        rules,
        knownRules: build_rules/* RULES */.y.map((r) => r.id),
        options: options.suppress,
        wholeRoot: !options.paths?.length,
        root: options.root,
        chartRoots: discovery.charts,
        withoutDirectives,
    });
    (0,arrays/* pushAll */.iI)(notices, suppressed.notices);
    const grouped = (0,group/* groupByEditLocation */.Wh)(suppressed.findings, readFile);
    (0,arrays/* pushAll */.iI)(notices, applyBaseline(grouped, options.suppress?.baseline));
    return {
        root: options.root,
        findings: grouped,
        notices,
        rules,
        settings,
        workloads,
        identities: images.identities,
        discovery,
        ...(registrySummary ? { registry: registrySummary } : {}),
        stats: {
            files: discovery.manifests.length +
                discovery.dockerfiles.length +
                discovery.charts.length +
                discovery.kustomizations.length +
                discovery.workflows.length,
            manifests,
            charts,
            chartsOnWorkers,
            kustomizations,
            dockerfiles,
            objects: objects.length,
            workloads: workloads.length,
            durationMs: Math.round(performance.now() - started),
        },
    };
}
/**
 * Every chart root is rendered: with its `charts:` entry's variants when the config has one,
 * else once with helm template's defaults. Entries for charts discovery did not find (a
 * subchart rendered on its own) are rendered too.
 */
function chartRenderings(found, config = []) {
    const byPath = new Map(config.map((c) => [c.path.replace(/\/+$/, '') || '.', c]));
    const out = [];
    const add = (chart) => {
        const entry = byPath.get(chart);
        if (!entry) {
            out.push({ chart });
            return;
        }
        for (const v of entry.variants) {
            out.push({
                chart,
                variant: v.name,
                releaseName: v.releaseName,
                namespace: v.namespace,
                values: v.values,
                set: v.set,
                setString: v.setString,
                setFile: v.setFile,
                setJson: v.setJson,
                kubeVersion: v.kubeVersion,
                apiVersions: v.apiVersions,
            });
        }
        byPath.delete(chart);
    };
    for (const chart of found)
        add(chart);
    for (const chart of [...byPath.keys()])
        add(chart);
    return out;
}
/** `rules:` entries for Pod Security rules that the configured policy never runs. */
function idleRuleEntries(options, policy) {
    const out = [];
    for (const [id, range] of Object.entries(options.ruleEntries ?? {})) {
        if (options.ruleLevels?.[id] === 'off')
            continue;
        const rule = build_rules/* RULES */.y.find((r) => r.id === id);
        const spec = rule && 'spec' in rule ? rule.spec : undefined;
        const why = spec && (0,pss_policy/* whyCheckNeverRuns */.vn)(spec, policy);
        if (why)
            out.push({
                level: 'warning',
                message: `rules.${id} can never fire: ${why}. Remove the entry, or change pss.level / pss.version.`,
                range,
            });
    }
    return out;
}
function describe(w) {
    return `${w.object.kind} ${w.object.name ?? ''} in ${w.object.source.id}`;
}
/** The same finding reached twice (a Dockerfile target built for two workloads) is reported once. */
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.fingerprint}\u0000${f.range.file}:${f.range.startLine}:${f.range.startColumn}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function readText(root, file, notices, yaml) {
    let buf;
    try {
        buf = (0,root_files/* readRootFile */.Pq)(root, file);
    }
    catch (e) {
        const why = e instanceof root_files/* FileRefused */.rV ? e.message : `${file}: ${e.message}`;
        notices.push({ level: 'warning', message: `not read: ${why}` });
        return undefined;
    }
    const decoded = (0,decode/* decodeFile */.J)(buf);
    if (decoded.text === undefined) {
        notices.push({
            level: decoded.why === 'binary content' ? 'note' : 'warning',
            message: `skipped ${file}: ${decoded.why}`,
            range: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        });
        return undefined;
    }
    return yaml ? (0,decode/* normalizeYamlBreaks */.F)(decoded.text) : decoded.text;
}


/***/ }),

/***/ 8499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fg: () => (/* binding */ lexWords),
/* harmony export */   oq: () => (/* binding */ REDIRECT_OPS),
/* harmony export */   pm: () => (/* binding */ ShellLexer)
/* harmony export */ });
const REDIRECT_OPS = new Set([
    '<',
    '>',
    '>>',
    '>&',
    '<&',
    '>|',
    '<>',
    '<<',
    '<<-',
    '<<<',
    '&>',
    '&>>',
]);
/** Per ASCII code, 0: plain word character; 1: ends a word; 2: needs a closer look. */
function classTable(wordEnds) {
    const t = new Uint8Array(128);
    for (const c of wordEnds)
        t[c.charCodeAt(0)] = 1;
    for (const c of '\\\'"`$')
        t[c.charCodeAt(0)] = 2;
    return t;
}
/** In a script, blanks and the operator characters end a word. */
const SCRIPT_CLASS = classTable(' \t\n\r;&|<>()');
/** In a word list (lexWords), only blanks do. */
const WORDS_CLASS = classTable(' \t\n\r');
const ASSIGN_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*\+?=$/;
class ShellLexer {
    s;
    options;
    i = 0;
    errors = [];
    pending = [];
    cls;
    constructor(s, options = {}) {
        this.s = s;
        this.options = options;
        this.cls = options.wordsOnly ? WORDS_CLASS : SCRIPT_CLASS;
    }
    /** The words of a word list (lexWords), separated by blanks and line continuations. */
    words() {
        const s = this.s;
        const out = [];
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
                this.i++;
            else if (c === '\\' && s[this.i + 1] === '\n')
                this.i += 2;
            else {
                const w = this.readWord();
                if (w)
                    out.push(w);
                else
                    this.i++;
            }
        }
        return out;
    }
    tokenize() {
        const toks = [];
        const s = this.s;
        let expectDelim = null;
        while (true) {
            // Skip blanks and line continuations.
            while (this.i < s.length) {
                const c = s[this.i];
                if (c === ' ' || c === '\t' || c === '\r')
                    this.i++;
                else if (c === '\\' && s[this.i + 1] === '\n')
                    this.i += 2;
                else
                    break;
            }
            if (this.i >= s.length)
                break;
            const c = s[this.i];
            if (c === '#') {
                while (this.i < s.length && s[this.i] !== '\n')
                    this.i++;
                continue;
            }
            if (c === '\n') {
                toks.push({ t: 'nl', start: this.i });
                this.i++;
                this.readHeredocBodies();
                continue;
            }
            const op = this.matchOp();
            if (op) {
                const tok = { t: 'op', op, start: this.i, end: this.i + op.length };
                this.i += op.length;
                toks.push(tok);
                if (op === '<<' || op === '<<-')
                    expectDelim = tok;
                continue;
            }
            const w = this.readWord();
            if (!w) {
                // Defensive: never loop forever on an unexpected character.
                this.i++;
                continue;
            }
            // An all-digit word glued to a redirection is its fd number.
            const only = w.parts.length === 1 ? w.parts[0] : undefined;
            // (Unescaped digits only: `\2>x` is the word 2, not a descriptor.)
            if (only?.k === 'lit' && only.v.length === w.end - w.start && /^\d+$/.test(only.v)) {
                const next = this.matchOp();
                if (next && REDIRECT_OPS.has(next) && (s[this.i] === '<' || s[this.i] === '>')) {
                    const tok = {
                        t: 'op',
                        op: next,
                        start: w.start,
                        end: this.i + next.length,
                        fd: Number(only.v),
                    };
                    this.i += next.length;
                    toks.push(tok);
                    if (next === '<<' || next === '<<-')
                        expectDelim = tok;
                    continue;
                }
            }
            toks.push({ t: 'word', w });
            if (expectDelim) {
                this.pending.push({
                    delim: delimiterText(w),
                    strip: expectDelim.op === '<<-',
                    tok: expectDelim,
                });
                expectDelim = null;
            }
        }
        toks.push({ t: 'eof', start: s.length });
        // A heredoc at the very end without a newline after its marker.
        for (const p of this.pending)
            p.tok.heredoc = '';
        return toks;
    }
    matchOp() {
        const s = this.s;
        const i = this.i;
        const c = s.charCodeAt(i);
        const n = s.charCodeAt(i + 1);
        const n2 = s.charCodeAt(i + 2);
        switch (c) {
            case 59: // ;
                if (n === 59)
                    return n2 === 38 ? ';;&' : ';;';
                return n === 38 ? ';&' : ';';
            case 38: // &
                if (n === 38)
                    return '&&';
                if (n === 62)
                    return n2 === 62 ? '&>>' : '&>';
                return '&';
            case 124: // |
                if (n === 124)
                    return '||';
                return n === 38 ? '|&' : '|';
            case 60: // <
                if (n === 60)
                    return n2 === 60 ? '<<<' : n2 === 45 ? '<<-' : '<<';
                if (n === 38)
                    return '<&';
                return n === 62 ? '<>' : '<';
            case 62: // >
                if (n === 62)
                    return '>>';
                if (n === 38)
                    return '>&';
                return n === 124 ? '>|' : '>';
            case 40:
                return '(';
            case 41:
                return ')';
        }
        return null;
    }
    readHeredocBodies() {
        if (this.pending.length === 0)
            return;
        const s = this.s;
        for (const p of this.pending) {
            let body = '';
            let done = false;
            while (this.i < s.length) {
                let nl = s.indexOf('\n', this.i);
                if (nl === -1)
                    nl = s.length;
                let line = s.slice(this.i, nl);
                if (line.endsWith('\r'))
                    line = line.slice(0, -1);
                this.i = Math.min(nl + 1, s.length);
                const cmp = p.strip ? line.replace(/^\t+/, '') : line;
                if (cmp === p.delim) {
                    done = true;
                    break;
                }
                body += line + '\n';
            }
            if (!done) {
                this.errors.push({
                    message: `here-document delimited by '${p.delim}' is not terminated`,
                    start: p.tok.start,
                    end: p.tok.end,
                });
            }
            p.tok.heredoc = body;
        }
        this.pending = [];
    }
    /** Reads a word at the current position (not at a metacharacter). */
    readWord() {
        const s = this.s;
        const start = this.i;
        const parts = [];
        let lit = '';
        const flush = () => {
            if (lit) {
                parts.push({ k: 'lit', v: lit });
                lit = '';
            }
        };
        const cls = this.cls;
        while (this.i < s.length) {
            // Copy a run of plain characters at once.
            let j = this.i;
            while (j < s.length) {
                const code = s.charCodeAt(j);
                if (code < 128 && cls[code] !== 0)
                    break;
                j++;
            }
            if (j > this.i) {
                lit += s.slice(this.i, j);
                this.i = j;
                if (j >= s.length)
                    break;
            }
            const c = s[this.i];
            if (c === '(' && parts.length === 0 && ASSIGN_PREFIX.test(lit)) {
                flush();
                parts.push({ k: 'array', words: this.readArray() });
                continue;
            }
            if (cls[c.charCodeAt(0)] === 1)
                break;
            if (c === '\\') {
                const next = s[this.i + 1];
                if (next === '\n')
                    this.i += 2;
                else if (next === undefined)
                    this.i++;
                else {
                    lit += next;
                    this.i += 2;
                }
                continue;
            }
            if (c === "'") {
                flush();
                const close = s.indexOf("'", this.i + 1);
                if (close === -1) {
                    this.errors.push({
                        message: 'unterminated single-quoted string',
                        start: this.i,
                        end: s.length,
                    });
                    parts.push({ k: 'sq', v: s.slice(this.i + 1) });
                    this.i = s.length;
                }
                else {
                    parts.push({ k: 'sq', v: s.slice(this.i + 1, close) });
                    this.i = close + 1;
                }
                continue;
            }
            if (c === '"') {
                flush();
                parts.push(this.readDouble());
                continue;
            }
            if (c === '`' || c === '$') {
                const p = c === '`' ? this.readBacktick() : this.readDollar(false);
                if (p) {
                    flush();
                    parts.push(p);
                }
                else
                    lit += '$';
                continue;
            }
            lit += c;
            this.i++;
        }
        flush();
        if (this.i === start)
            return null;
        return { parts, start, end: this.i };
    }
    readArray() {
        const s = this.s;
        this.i++; // (
        const words = [];
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
                this.i++;
                continue;
            }
            if (c === '\\' && s[this.i + 1] === '\n') {
                this.i += 2;
                continue;
            }
            if (c === '#') {
                while (this.i < s.length && s[this.i] !== '\n')
                    this.i++;
                continue;
            }
            if (c === ')') {
                this.i++;
                return words;
            }
            const w = this.readWord();
            if (w)
                words.push(w);
            else
                this.i++;
        }
        this.errors.push({ message: 'unterminated array assignment', start: this.i, end: s.length });
        return words;
    }
    readDouble() {
        const s = this.s;
        const open = this.i;
        this.i++;
        const parts = [];
        let lit = '';
        const flush = () => {
            if (lit) {
                parts.push({ k: 'lit', v: lit });
                lit = '';
            }
        };
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === '"') {
                this.i++;
                flush();
                return { k: 'dq', parts };
            }
            if (c === '\\') {
                const next = s[this.i + 1];
                if (next === '\n')
                    this.i += 2;
                else if (next === '$' || next === '`' || next === '"' || next === '\\') {
                    lit += next;
                    this.i += 2;
                }
                else {
                    lit += c;
                    this.i++;
                }
                continue;
            }
            if (c === '`' || c === '$') {
                const p = c === '`' ? this.readBacktick() : this.readDollar(true);
                if (p) {
                    flush();
                    parts.push(p);
                }
                else
                    lit += '$';
                continue;
            }
            lit += c;
            this.i++;
        }
        this.errors.push({ message: 'unterminated double-quoted string', start: open, end: s.length });
        flush();
        return { k: 'dq', parts };
    }
    readBacktick() {
        const s = this.s;
        const open = this.i;
        this.i++;
        let src = '';
        while (this.i < s.length && s[this.i] !== '`') {
            if (s[this.i] === '\\' && this.i + 1 < s.length) {
                const n = s[this.i + 1];
                src += n === '`' || n === '\\' || n === '$' ? n : '\\' + n;
                this.i += 2;
                continue;
            }
            src += s[this.i++];
        }
        if (this.i >= s.length)
            this.errors.push({ message: 'unterminated backquote', start: open, end: s.length });
        else
            this.i++;
        return { k: 'cmdsub', src, srcStart: open + 1, raw: s.slice(open, this.i) };
    }
    /** At `$`: an expansion part, or null for a literal dollar sign. */
    readDollar(inDouble) {
        const s = this.s;
        const start = this.i;
        const c = s[this.i + 1];
        if (c === '$' && this.options.makeDollars && (s[start + 2] === '(' || s[start + 2] === '{')) {
            this.i++;
            return this.readDollar(inDouble);
        }
        if (c === '(' && s[this.i + 2] === '(') {
            const end = this.skipBalanced(this.i + 1, '(', ')');
            // `$((` ends at `))`: skipBalanced consumed the outer pair.
            this.i = end;
            return { k: 'arith', raw: s.slice(start, this.i) };
        }
        if (c === '(') {
            const end = this.skipBalanced(this.i + 1, '(', ')');
            this.i = end;
            return {
                k: 'cmdsub',
                src: s.slice(start + 2, end - 1),
                srcStart: start + 2,
                raw: s.slice(start, end),
            };
        }
        if (c === '{') {
            const end = this.skipBalanced(this.i + 1, '{', '}');
            this.i = end;
            return parseBraceParam(s.slice(start + 2, end - 1), s.slice(start, end));
        }
        if (c === "'" && !inDouble) {
            const close = findAnsiClose(s, this.i + 2);
            const body = s.slice(this.i + 2, close);
            this.i = Math.min(close + 1, s.length);
            return { k: 'sq', v: ansiC(body) };
        }
        if (c !== undefined && /[A-Za-z_]/.test(c)) {
            let j = this.i + 1;
            while (j < s.length && /[A-Za-z0-9_]/.test(s[j]))
                j++;
            this.i = j;
            return { k: 'param', name: s.slice(start + 1, j), raw: s.slice(start, j) };
        }
        if (c !== undefined && /[0-9@*#?$!-]/.test(c)) {
            this.i += 2;
            return { k: 'param', name: c, raw: s.slice(start, this.i) };
        }
        this.i++;
        return null;
    }
    /** From an opening bracket at `at`, the index after its matching close. */
    skipBalanced(at, open, close) {
        const s = this.s;
        let depth = 0;
        let i = at;
        while (i < s.length) {
            const c = s[i];
            if (c === '\\') {
                i += 2;
                continue;
            }
            if (c === "'" && open === '(') {
                const q = s.indexOf("'", i + 1);
                i = q === -1 ? s.length : q + 1;
                continue;
            }
            if (c === '"') {
                i = skipDouble(s, i);
                continue;
            }
            if (c === open)
                depth++;
            else if (c === close) {
                depth--;
                if (depth === 0)
                    return i + 1;
            }
            i++;
        }
        this.errors.push({ message: `missing '${close}'`, start: at, end: s.length });
        return s.length;
    }
}
function skipDouble(s, at) {
    let i = at + 1;
    while (i < s.length) {
        if (s[i] === '\\')
            i += 2;
        else if (s[i] === '"')
            return i + 1;
        else
            i++;
    }
    return s.length;
}
function findAnsiClose(s, from) {
    let i = from;
    while (i < s.length) {
        if (s[i] === '\\')
            i += 2;
        else if (s[i] === "'")
            return i;
        else
            i++;
    }
    return s.length;
}
function ansiC(body) {
    return body.replace(/\\(.)/g, (_m, c) => {
        switch (c) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            default:
                return c;
        }
    });
}
const PARAM_OPS = [
    ':-',
    ':=',
    ':+',
    ':?',
    '##',
    '%%',
    '//',
    '^^',
    ',,',
    '-',
    '=',
    '+',
    '?',
    '#',
    '%',
    '/',
    '^',
    ',',
    ':',
];
function parseBraceParam(inner, raw) {
    let i = 0;
    let prefix = '';
    if ((inner[0] === '#' || inner[0] === '!') && inner.length > 1) {
        prefix = inner[0];
        i = 1;
    }
    let name = '';
    while (i < inner.length && /[A-Za-z0-9_]/.test(inner[i]))
        name += inner[i++];
    if (name === '' && i < inner.length && /[@*#?$!-]/.test(inner[i]))
        name = inner[i++];
    let index;
    if (inner[i] === '[') {
        const close = inner.indexOf(']', i);
        if (close !== -1) {
            index = inner.slice(i + 1, close);
            i = close + 1;
        }
    }
    const rest = inner.slice(i);
    if (prefix === '#')
        return { k: 'param', name, op: 'length', index, raw };
    if (prefix === '!')
        return { k: 'param', name, op: 'indirect', index, raw };
    if (rest === '')
        return { k: 'param', name, index, raw };
    for (const op of PARAM_OPS) {
        if (rest.startsWith(op))
            return { k: 'param', name, op, arg: rest.slice(op.length), index, raw };
    }
    return { k: 'param', name, op: 'unknown', arg: rest, index, raw };
}
function delimiterText(w) {
    let out = '';
    for (const p of w.parts) {
        if (p.k === 'lit' || p.k === 'sq')
            out += p.v;
        else if (p.k === 'dq')
            out += p.parts.map((q) => (q.k === 'lit' ? q.v : '')).join('');
        else if (p.k === 'param')
            out += p.raw;
    }
    return out;
}
/**
 * The words of a text that is one or more words already cut out of a command line (a
 * word whose variables a template layer has substituted): blanks separate them, every
 * other character is word text, and quotes and expansions are read as in a script.
 */
function lexWords(text) {
    return new ShellLexer(text, { wordsOnly: true }).words();
}


/***/ })

};
