export const id = 539;
export const ids = [539];
export const modules = {

/***/ 3539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KUSTOMIZE_HELP: () => (/* binding */ KUSTOMIZE_HELP),
/* harmony export */   runKustomize: () => (/* binding */ runKustomize)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6286);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4969);
/* harmony import */ var _core_budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6785);
/**
 * `kubectl kustomize` as a command: the same argument (a kustomization directory, default
 * the current one) and flags, the same stdout byte for byte, warnings and `error: \u2026` on
 * stderr as kubectl prints them, exit status 1 on failure. Never runs kubectl, helm,
 * plugins or git.
 */




const KUSTOMIZE_HELP = `Build a set of KRM resources using a 'kustomization.yaml' file, as \`kubectl kustomize\`
(kustomize v5.7.1) does, without kubectl. The DIR argument must be a path to a directory
containing 'kustomization.yaml', 'kustomization.yml' or 'Kustomization'. If DIR is omitted,
'.' is assumed.

Usage:
  kube-whoami kustomize [DIR] [flags]

Flags:
      --load-restrictor LoadRestrictionsRootOnly|LoadRestrictionsNone
                             whether files may be read from outside their kustomization's
                             directory (default LoadRestrictionsRootOnly)
      --enable-helm          render helmCharts (with kube-whoami's own Helm engine; local
                             charts only, nothing is pulled)
      --helm-command CMD     accepted for compatibility and ignored: helm is never run
      --helm-kube-version V  Kubernetes version for the charts' .Capabilities
      --helm-api-versions V  API versions for the charts' .Capabilities (repeatable)
      --reorder legacy|none  output order when the kustomization sets no sortOptions
                             (default legacy)
  -o, --output FILE          write the output to FILE instead of standard output
  -h, --help                 this help

Not supported: remote resources and bases (URLs, git references) and exec, Go or KRM
function plugins; a kustomization that needs them fails with an error, as kubectl does
without network or --enable-alpha-plugins.
`;
const VALUE_FLAGS = new Set([
    'load-restrictor',
    'helm-command',
    'helm-kube-version',
    'helm-api-versions',
    'reorder',
    'output',
    'o',
    'env',
    'e',
    'mount',
    'network-name',
]);
const BOOL_FLAGS = new Set([
    'enable-helm',
    'enable-alpha-plugins',
    'enable-exec',
    'as-current-user',
    'network',
    'helm-debug',
    'enable-managedby-label',
]);
function klogLine(message) {
    const d = new Date();
    const p = (n, w = 2) => String(n).padStart(w, '0');
    const ts = `${p(d.getMonth() + 1)}${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds() * 1000, 6)}`;
    return `I${ts} ${String(process.pid).padStart(7)} log.go:244] ${message}`;
}
async function runKustomize(argv, io) {
    const positional = [];
    const values = new Map();
    const bools = new Set();
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '-h' || a === '--help') {
            io.stdout(KUSTOMIZE_HELP);
            return 0;
        }
        if (!a.startsWith('-') || a === '-') {
            positional.push(a);
            continue;
        }
        const m = /^--?([^=]+)(?:=(.*))?$/.exec(a);
        const name = m[1];
        if (VALUE_FLAGS.has(name)) {
            const v = m[2] ?? argv[++i];
            if (v === undefined) {
                io.stderr(`error: flag needs an argument: --${name}\n`);
                return 1;
            }
            values.set(name, [...(values.get(name) ?? []), v]);
        }
        else if (BOOL_FLAGS.has(name)) {
            bools.add(name);
        }
        else {
            io.stderr(`error: unknown flag: ${a}\nSee 'kube-whoami kustomize --help' for usage.\n`);
            return 1;
        }
    }
    if (positional.length > 1) {
        io.stderr(`error: specify one path to a kustomization directory\n`);
        return 1;
    }
    const lr = values.get('load-restrictor')?.at(-1);
    if (lr !== undefined && lr !== 'LoadRestrictionsRootOnly' && lr !== 'LoadRestrictionsNone') {
        io.stderr(`error: illegal flag value --load-restrictor ${lr}; legal values: [LoadRestrictionsRootOnly LoadRestrictionsNone]\n`);
        return 1;
    }
    const reorder = values.get('reorder')?.at(-1);
    if (reorder !== undefined && reorder !== 'legacy' && reorder !== 'none') {
        io.stderr(`error: illegal flag value --reorder ${reorder}; legal values: [legacy none]\n`);
        return 1;
    }
    const opts = {
        restrictor: lr === 'LoadRestrictionsNone' ? 'none' : 'rootOnly',
        enableHelm: bools.has('enable-helm'),
        externalPlugins: 'error',
        reorder: reorder === 'none' ? 'none' : 'legacy',
        helmKubeVersion: values.get('helm-kube-version')?.at(-1),
        helmApiVersions: values.get('helm-api-versions'),
        managedByLabel: bools.has('enable-managedby-label'),
    };
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, positional[0] ?? '.');
    let out;
    let stderr;
    let spent;
    try {
        // Bounded as in scans: a kustomization that includes its base twice per level is 2^n copies.
        const result = (0,_core_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .withBudget */ .Y$)(undefined, (budget) => {
            try {
                return (0,_build_js__WEBPACK_IMPORTED_MODULE_1__/* .build */ .jq)(dir, opts);
            }
            finally {
                spent = budget.exceeded;
            }
        });
        stderr = result.ctx.stderr;
        out = (0,_build_js__WEBPACK_IMPORTED_MODULE_1__/* .renderResources */ .m7)(result.resources);
    }
    catch (e) {
        if (spent) {
            io.stderr(`error: kube-whoami stopped building: ${spent.message} (kubectl has no such limit)\n`);
            return 1;
        }
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KustomizeError */ .Kv))
            throw e;
        const ctx = e.stderr ?? [];
        for (const l of ctx)
            io.stderr(`${l.startsWith('klog: ') ? klogLine(l.slice(6)) : l}\n`);
        io.stderr(`error: ${e.message}\n`);
        return 1;
    }
    for (const l of stderr)
        io.stderr(`${l.startsWith('klog: ') ? klogLine(l.slice(6)) : l}\n`);
    const file = values.get('output')?.at(-1) ?? values.get('o')?.at(-1);
    if (file) {
        const { writeFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 19));
        writeFileSync((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, file), out);
    }
    else
        io.stdout(out);
    return 0;
}


/***/ })

};
