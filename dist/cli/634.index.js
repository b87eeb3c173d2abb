export const id = 634;
export const ids = [634];
export const modules = {

/***/ 9634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRender: () => (/* binding */ runRender)
});

// EXTERNAL MODULE: ./build/core/project.js
var project = __webpack_require__(2591);
// EXTERNAL MODULE: ./build/helm/render.js + 59 modules
var render = __webpack_require__(7767);
;// CONCATENATED MODULE: ./build/helm/render-flags.js
/**
 * The flags of `helm template` (helm v4.1.4, as `helm template --help` lists them) and what
 * `kube-whoami render` does with each: the same thing, nothing (flags that only matter to an
 * install against a cluster or to a download), or a refusal (flags whose output we cannot
 * give). A user's `helm template` command line either renders the same or says why not.
 */
const DOWNLOAD = 'charts are read from disk only, never downloaded';
const CLUSTER = 'no cluster is contacted';
const RENDER_FLAGS = [
    {
        name: 'api-versions',
        short: 'a',
        type: 'strings',
        support: 'yes',
        help: 'Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified)',
    },
    {
        name: 'ca-file',
        type: 'string',
        support: 'no',
        help: 'verify certificates of HTTPS-enabled servers using this CA bundle',
        note: DOWNLOAD,
    },
    {
        name: 'cert-file',
        type: 'string',
        support: 'no',
        help: 'identify HTTPS client using this SSL certificate file',
        note: DOWNLOAD,
    },
    {
        name: 'create-namespace',
        support: 'no-effect',
        help: 'create the release namespace if not present',
        note: CLUSTER,
    },
    {
        name: 'dependency-update',
        support: 'no-effect',
        help: 'update dependencies if they are missing before installing the chart',
        note: 'dependencies are never downloaded: vendor them with helm dependency build',
    },
    { name: 'description', type: 'string', support: 'no-effect', help: 'add a custom description' },
    {
        name: 'devel',
        support: 'no-effect',
        help: "use development versions, too. Equivalent to version '>0.0.0-0'",
        note: DOWNLOAD,
    },
    {
        name: 'disable-openapi-validation',
        support: 'no-effect',
        help: 'if set, the installation process will not validate rendered templates against the Kubernetes OpenAPI Schema',
        note: CLUSTER,
    },
    {
        name: 'dry-run',
        type: 'string[="unset"]',
        support: 'no-effect',
        help: 'simulates the operation either client-side or server-side',
        note: 'rendering is always client-side',
    },
    {
        name: 'enable-dns',
        support: 'no-effect',
        help: 'enable DNS lookups when rendering templates',
        note: 'no DNS lookups are made: getHostByName returns an empty string, as without the flag',
    },
    {
        name: 'force-conflicts',
        support: 'no-effect',
        help: 'if set server-side apply will force changes against conflicts',
        note: CLUSTER,
    },
    {
        name: 'force-replace',
        support: 'no-effect',
        help: 'force resource updates by replacement',
        note: CLUSTER,
    },
    {
        name: 'generate-name',
        short: 'g',
        support: 'no',
        help: 'generate the name (and omit the NAME parameter)',
        note: 'give the release a NAME (or --release-name)',
    },
    { name: 'help', short: 'h', support: 'yes', help: 'help for render' },
    {
        name: 'hide-notes',
        support: 'no-effect',
        help: 'if set, do not show notes in install output',
        note: 'helm template prints no notes',
    },
    { name: 'include-crds', support: 'yes', help: 'include CRDs in the templated output' },
    {
        name: 'insecure-skip-tls-verify',
        support: 'no',
        help: 'skip tls certificate checks for the chart download',
        note: DOWNLOAD,
    },
    {
        name: 'is-upgrade',
        support: 'yes',
        help: 'set .Release.IsUpgrade instead of .Release.IsInstall',
    },
    {
        name: 'key-file',
        type: 'string',
        support: 'no',
        help: 'identify HTTPS client using this SSL key file',
        note: DOWNLOAD,
    },
    {
        name: 'keyring',
        type: 'string',
        support: 'no',
        help: 'location of public keys used for verification',
        note: DOWNLOAD,
    },
    {
        name: 'kube-version',
        type: 'string',
        support: 'yes',
        help: 'Kubernetes version used for Capabilities.KubeVersion',
    },
    {
        name: 'labels',
        short: 'l',
        type: 'stringToString',
        support: 'no-effect',
        help: 'Labels that would be added to release metadata',
        note: 'release metadata is not printed',
    },
    {
        name: 'name-template',
        type: 'string',
        support: 'no',
        help: 'specify template used to name the release',
        note: 'give the release a NAME (or --release-name)',
    },
    { name: 'no-hooks', support: 'yes', help: 'prevent hooks from running during install' },
    {
        name: 'output-dir',
        type: 'string',
        support: 'no',
        help: 'writes the executed templates to files in output-dir instead of stdout',
        note: 'output goes to standard output only',
    },
    {
        name: 'pass-credentials',
        support: 'no',
        help: 'pass credentials to all domains',
        note: DOWNLOAD,
    },
    {
        name: 'password',
        type: 'string',
        support: 'no',
        help: 'chart repository password where to locate the requested chart',
        note: DOWNLOAD,
    },
    {
        name: 'plain-http',
        support: 'no',
        help: 'use insecure HTTP connections for the chart download',
        note: DOWNLOAD,
    },
    {
        name: 'post-renderer',
        type: 'postRendererString',
        support: 'no',
        help: 'the name of a postrenderer type plugin to be used for post rendering',
        note: 'plugins are never run',
    },
    {
        name: 'post-renderer-args',
        type: 'postRendererArgsSlice',
        support: 'no',
        help: 'an argument to the post-renderer (can specify multiple)',
        note: 'plugins are never run',
    },
    {
        name: 'release-name',
        support: 'yes',
        help: 'use release name in the output-dir path; kube-whoami also takes --release-name NAME to name the release',
    },
    {
        name: 'render-subchart-notes',
        support: 'no-effect',
        help: 'if set, render subchart notes along with the parent',
        note: 'helm template prints no notes',
    },
    {
        name: 'replace',
        support: 'no-effect',
        help: 'reuse the given name, only if that name is a deleted release which remains in the history',
        note: CLUSTER,
    },
    {
        name: 'repo',
        type: 'string',
        support: 'no',
        help: 'chart repository url where to locate the requested chart',
        note: DOWNLOAD,
    },
    {
        name: 'rollback-on-failure',
        support: 'no-effect',
        help: 'if set, Helm will rollback (uninstall) the installation upon failure',
        note: CLUSTER,
    },
    {
        name: 'server-side',
        support: 'no-effect',
        help: 'object updates run in the server instead of the client (default true)',
        note: CLUSTER,
    },
    {
        name: 'set',
        type: 'stringArray',
        support: 'yes',
        help: 'set values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)',
    },
    {
        name: 'set-file',
        type: 'stringArray',
        support: 'yes',
        help: 'set values from respective files specified via the command line (can specify multiple or separate values with commas: key1=path1,key2=path2)',
    },
    {
        name: 'set-json',
        type: 'stringArray',
        support: 'yes',
        help: 'set JSON values on the command line (can specify multiple or separate values with commas: key1=jsonval1,key2=jsonval2 or using json format: {"key1": jsonval1, "key2": "jsonval2"})',
    },
    {
        name: 'set-literal',
        type: 'stringArray',
        support: 'yes',
        help: 'set a literal STRING value on the command line',
    },
    {
        name: 'set-string',
        type: 'stringArray',
        support: 'yes',
        help: 'set STRING values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)',
    },
    {
        name: 'show-only',
        short: 's',
        type: 'stringArray',
        support: 'yes',
        help: 'only show manifests rendered from the given templates',
    },
    {
        name: 'skip-crds',
        support: 'no-effect',
        help: 'if set, no CRDs will be installed. By default, CRDs are installed if not already present',
        note: 'CRDs are printed only with --include-crds, as in helm template',
    },
    {
        name: 'skip-schema-validation',
        support: 'yes',
        help: 'if set, disables JSON schema validation',
    },
    { name: 'skip-tests', support: 'yes', help: 'skip tests from templated output' },
    {
        name: 'take-ownership',
        support: 'no-effect',
        help: 'if set, install will ignore the check for helm annotations and take ownership of the existing resources',
        note: CLUSTER,
    },
    {
        name: 'timeout',
        type: 'duration',
        support: 'no-effect',
        help: 'time to wait for any individual Kubernetes operation (like Jobs for hooks) (default 5m0s)',
        note: CLUSTER,
    },
    {
        name: 'username',
        type: 'string',
        support: 'no',
        help: 'chart repository username where to locate the requested chart',
        note: DOWNLOAD,
    },
    {
        name: 'values',
        short: 'f',
        type: 'strings',
        support: 'yes',
        help: 'specify values in a YAML file (can specify multiple); URLs are not downloaded',
    },
    {
        name: 'verify',
        support: 'no',
        help: 'verify the package before using it',
        note: DOWNLOAD,
    },
    {
        name: 'version',
        type: 'string',
        support: 'no',
        help: 'specify a version constraint for the chart version to use',
        note: DOWNLOAD,
    },
    {
        name: 'wait',
        type: 'WaitStrategy[=watcher]',
        support: 'no-effect',
        help: 'if specified, wait until resources are ready (up to --timeout)',
        note: CLUSTER,
    },
    {
        name: 'wait-for-jobs',
        support: 'no-effect',
        help: 'if set and --wait enabled, will wait until all Jobs have been completed',
        note: CLUSTER,
    },
    // Global flags of helm (`helm template --help` lists them under "Global Flags").
    {
        name: 'namespace',
        short: 'n',
        type: 'string',
        support: 'yes',
        help: 'namespace scope for this request',
    },
    { name: 'debug', support: 'no-effect', help: 'enable verbose output' },
    ...[
        'burst-limit:int',
        'color:string',
        'colour:string',
        'content-cache:string',
        'kube-apiserver:string',
        'kube-as-group:stringArray',
        'kube-as-user:string',
        'kube-ca-file:string',
        'kube-context:string',
        'kube-insecure-skip-tls-verify:',
        'kube-tls-server-name:string',
        'kube-token:string',
        'kubeconfig:string',
        'qps:float32',
        'registry-config:string',
        'repository-cache:string',
        'repository-config:string',
    ].map((spec) => {
        const [name, type] = spec.split(':');
        return {
            name,
            type: type || undefined,
            support: 'no-effect',
            help: 'global helm flag',
            note: name.startsWith('kube') ? CLUSTER : 'nothing is downloaded, cached or coloured',
        };
    }),
];
/** Whether a flag takes a value in the next argument when written without `=`. */
function takesValue(flag) {
    return flag.type !== undefined && !flag.type.includes('[=');
}
function renderHelp(version) {
    const row = (f) => {
        const left = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.type ? ` ${f.type.replace(/\[=.*$/, '')}` : ''}`;
        const why = f.note ? ` (${f.note})` : '';
        return `  ${left.padEnd(40)} ${f.help}${f.support === 'yes' ? '' : why}`;
    };
    const group = (support) => RENDER_FLAGS.filter((f) => f.support === support)
        .map(row)
        .join('\n');
    return `kube-whoami ${version} render: print exactly what \`helm template\` (helm v4.1.4) prints, without helm

Usage:
  kube-whoami render [NAME] CHART [flags]

CHART is a chart folder or a .tgz archive on disk. Standard output, warnings and errors
(\`Error: ...\`, exit status 1) are helm's, byte for byte.

Flags (same effect as helm template):
${group('yes')}

Accepted, no effect here (as helm template without a cluster):
${group('no-effect')}

Not supported (refused with a message):
${group('no')}
`;
}

// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
;// CONCATENATED MODULE: ./build/helm/render-command.js
/**
 * `helm template` as a command: the same arguments (`[NAME] CHART`, -n, -f, --set*,
 * --kube-version, --api-versions, --include-crds, --skip-tests, --no-hooks, --show-only,
 * --is-upgrade, --skip-schema-validation), the same stdout byte for byte, warnings and
 * `Error: ...` on stderr as helm prints them, exit status 1 on failure.
 *
 * `--release-name NAME` also sets the release name (kube-whoami's spelling); given as a
 * bare switch, as in helm, it changes nothing since no output directory is written.
 */




class UsageError extends Error {
}
function parseBool(v, flag) {
    if (/^(1|t|T|TRUE|true|True)$/.test(v))
        return true;
    if (/^(0|f|F|FALSE|false|False)$/.test(v))
        return false;
    throw new UsageError(`invalid argument "${v}" for "--${flag}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`);
}
/** pflag's StringSlice: a comma-separated list (CSV). */
function csv(v) {
    if (v === '')
        return [];
    const out = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < v.length; i++) {
        const c = v[i];
        if (c === '"') {
            if (quoted && v[i + 1] === '"') {
                cur += '"';
                i++;
            }
            else
                quoted = !quoted;
        }
        else if (c === ',' && !quoted) {
            out.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    out.push(cur);
    return out;
}
function parseArgs(argv) {
    const positional = [];
    const o = {
        valuesFiles: [],
        set: [],
        setString: [],
        setFile: [],
        setJson: [],
        setLiteral: [],
        apiVersions: [],
        showOnly: [],
    };
    let releaseNameFlag;
    let help = false;
    const apply = (spec, value, next) => {
        let v = value;
        if (spec.name === 'help') {
            help = true;
            return;
        }
        if (spec.support === 'no') {
            throw new UsageError(`flag --${spec.name} is not supported by kube-whoami render${spec.note ? `: ${spec.note}` : ''}`);
        }
        if (takesValue(spec) && v === undefined) {
            v = next();
            if (v === undefined) {
                throw new UsageError(`flag needs an argument: ${spec.short ? `'${spec.short}' in -${spec.short}` : `--${spec.name}`}`);
            }
        }
        switch (spec.name) {
            case 'namespace':
                o.namespace = v;
                break;
            case 'values':
                (0,arrays/* pushAll */.iI)(o.valuesFiles, csv(v));
                break;
            case 'set':
                o.set.push(v);
                break;
            case 'set-string':
                o.setString.push(v);
                break;
            case 'set-file':
                o.setFile.push(v);
                break;
            case 'set-json':
                o.setJson.push(v);
                break;
            case 'set-literal':
                o.setLiteral.push(v);
                break;
            case 'kube-version':
                o.kubeVersion = v;
                break;
            case 'api-versions':
                (0,arrays/* pushAll */.iI)(o.apiVersions, csv(v));
                break;
            case 'show-only':
                o.showOnly.push(v);
                break;
            case 'include-crds':
                o.includeCrds = v === undefined ? true : parseBool(v, spec.name);
                break;
            case 'skip-tests':
                o.skipTests = v === undefined ? true : parseBool(v, spec.name);
                break;
            case 'no-hooks':
                o.noHooks = v === undefined ? true : parseBool(v, spec.name);
                break;
            case 'is-upgrade':
                o.isUpgrade = v === undefined ? true : parseBool(v, spec.name);
                break;
            case 'skip-schema-validation':
                o.skipSchemaValidation = v === undefined ? true : parseBool(v, spec.name);
                break;
            case 'release-name':
                // helm: a bool for --output-dir; kube-whoami: `--release-name=NAME` names the release.
                if (v !== undefined && !/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(v)) {
                    releaseNameFlag = v;
                }
                break;
            default:
                // Accepted with no effect; a boolean's value must still read as one, as pflag checks.
                if (spec.type === undefined && v !== undefined)
                    parseBool(v, spec.name);
                break;
        }
    };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const next = () => (i + 1 < argv.length ? argv[++i] : undefined);
        if (a === '--') {
            (0,arrays/* pushAll */.iI)(positional, argv.slice(i + 1));
            break;
        }
        if (a.startsWith('--')) {
            const eq = a.indexOf('=');
            const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
            const spec = RENDER_FLAGS.find((f) => f.name === name);
            if (!spec)
                throw new UsageError(`unknown flag: --${name}`);
            if (spec.name === 'release-name' && eq < 0) {
                // `--release-name NAME CHART`: the word after it names the release when a chart follows.
                const rest = argv.slice(i + 1).filter((x) => !x.startsWith('-'));
                if (argv[i + 1] !== undefined &&
                    !argv[i + 1].startsWith('-') &&
                    rest.length >= 2 - positional.length) {
                    releaseNameFlag = argv[++i];
                }
                continue;
            }
            apply(spec, eq >= 0 ? a.slice(eq + 1) : undefined, next);
            continue;
        }
        if (a.startsWith('-') && a.length > 1) {
            // Shorthand: -n ns, -nns, -n=ns; a bool shorthand (-h, -g) stands alone.
            const short = a[1];
            const spec = RENDER_FLAGS.find((f) => f.short === short);
            if (!spec)
                throw new UsageError(`unknown shorthand flag: '${short}' in ${a}`);
            if (!takesValue(spec) && a.length === 2) {
                apply(spec, undefined, next);
                continue;
            }
            let value = a.length > 2 ? a.slice(2) : undefined;
            if (value !== undefined && value.startsWith('='))
                value = value.slice(1);
            apply(spec, value, next);
            continue;
        }
        positional.push(a);
    }
    return { positional, options: o, releaseNameFlag, help };
}
/** Runs like `helm template ARGS`; returns the exit status. */
async function runRender(argv, io) {
    let parsed;
    try {
        parsed = parseArgs(argv);
    }
    catch (e) {
        io.stderr(`Error: ${e.message}\n`);
        return 1;
    }
    const { positional, options, releaseNameFlag } = parsed;
    if (parsed.help) {
        io.stdout(renderHelp(project/* TOOL_VERSION */.wr));
        return 0;
    }
    if (positional.length === 0) {
        io.stderr('Error: "helm template" requires at least 1 argument\n\nUsage:  helm template [NAME] [CHART] [flags]\n');
        return 1;
    }
    if (positional.length > 2) {
        io.stderr(`Error: expected at most two arguments, unexpected arguments: ${positional.slice(2).join(', ')}\n`);
        return 1;
    }
    const chart = positional.length === 2 ? positional[1] : positional[0];
    const releaseName = positional.length === 2 ? positional[0] : (releaseNameFlag ?? 'release-name');
    const result = (0,render/* renderChart */.x)(chart.trim(), {
        ...options,
        releaseName,
        cwd: io.cwd,
        root: io.cwd,
    });
    if (result.warnings)
        io.stderr(result.warnings);
    if (!result.ok) {
        io.stderr(`Error: ${result.error?.message ?? 'rendering failed'}\n`);
        return 1;
    }
    io.stdout(result.output);
    return 0;
}


/***/ })

};
