export const id = 230;
export const ids = [230];
export const modules = {

/***/ 9230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInit: () => (/* binding */ runInit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/core/root-files.js
var root_files = __webpack_require__(2170);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/config/file.js
var file = __webpack_require__(1585);
// EXTERNAL MODULE: ./build/images/pattern.js
var images_pattern = __webpack_require__(8969);
// EXTERNAL MODULE: ./build/images/reference.js
var reference = __webpack_require__(8794);
// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
;// CONCATENATED MODULE: ./build/config/starter.js
/**
 * The commented starter configuration `kube-whoami init` writes: the image links and charts
 * found in the repository filled in, every other key shown commented out with its choices.
 * It validates against the schema as written, and stays valid when any block is uncommented.
 */



const SCHEMA_URL = 'https://raw.githubusercontent.com/kube-whoami/kube-whoami/main/schema/kube-whoami.schema.json';
const PLAIN_RE = /^[A-Za-z0-9_./@+-][A-Za-z0-9_./@:+=-]*$/;
const RESERVED_RE = /^(true|false|yes|no|on|off|y|n|null|~|[-+]?\.?[0-9][0-9._eE+-]*|[-+]?\.(inf|nan))$/i;
/** A YAML scalar for a string: plain when unambiguous, else double-quoted. */
function yamlScalar(s) {
    return PLAIN_RE.test(s) && !RESERVED_RE.test(s) && !s.endsWith(':') ? s : JSON.stringify(s);
}
function evidenceNote(e) {
    return `${e.kind} ${e.range.file}:${e.range.startLine}`;
}
function imageEntry(l, prefix) {
    const lines = [
        `${prefix}- image: ${yamlScalar(l.image)}`,
        `${prefix}  dockerfile: ${yamlScalar(l.dockerfile)}`,
    ];
    if (l.target)
        lines.push(`${prefix}  target: ${yamlScalar(l.target)}`);
    const defaultContext = l.dockerfile.includes('/')
        ? l.dockerfile.slice(0, l.dockerfile.lastIndexOf('/'))
        : '.';
    if (l.context && l.context !== defaultContext)
        lines.push(`${prefix}  context: ${yamlScalar(l.context)}`);
    const args = Object.entries(l.buildArgs ?? {});
    if (args.length) {
        lines.push(`${prefix}  args:`);
        for (const [k, v] of args)
            lines.push(`${prefix}    ${yamlScalar(k)}: ${JSON.stringify(v)}`);
    }
    return lines;
}
function imagesSection(input) {
    const out = [
        '# Which Dockerfile builds which image. kube-whoami infers this from workflows, compose files,',
        '# skaffold and Makefiles; entries here win over everything it infers. The comment after each',
        '# entry says where it found the link.',
    ];
    const byImage = new Map();
    for (const l of input.links) {
        if (l.evidence.kind === 'config')
            continue;
        byImage.set(l.image, [...(byImage.get(l.image) ?? []), l]);
    }
    const body = [];
    for (const [image, links] of [...byImage].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const builds = new Map();
        for (const l of links) {
            const key = `${l.dockerfile}\u0000${l.target ?? ''}`;
            if (!builds.has(key) || (l.confidence === 'high' && builds.get(key).confidence === 'low'))
                builds.set(key, l);
        }
        const distinct = [...builds.values()];
        if (distinct.length > 1) {
            body.push(`  # ${image} is built by ${distinct.length} builds; keep the one that is deployed:`);
            for (const l of distinct) {
                const entry = imageEntry(l, '  # ');
                entry[0] += `   # ${evidenceNote(l.evidence)}`;
                (0,arrays/* pushAll */.iI)(body, entry);
            }
            continue;
        }
        const l = distinct[0];
        if (l.confidence === 'low') {
            body.push(`  # Guessed (${l.evidence.detail}); uncomment if it is right:`);
            (0,arrays/* pushAll */.iI)(body, imageEntry(l, '  # '));
            continue;
        }
        const entry = imageEntry(l, '  ');
        entry[0] += `   # ${evidenceNote(l.evidence)}`;
        (0,arrays/* pushAll */.iI)(body, entry);
    }
    for (const p of input.patternLinks ?? []) {
        // A deployed image that fits the pattern is a real guess; else the pattern as written,
        // with its variables to fill in. Never a made-up registry.
        const guess = deployedMatch(p.pattern, input.deployedImages ?? []);
        body.push(guess
            ? `  # ${p.pattern} (${evidenceNote(p.evidence)}) is built from ${p.dockerfile}; the workloads run ${guess}, which fits it. Uncomment if it is right:`
            : `  # ${p.pattern} (name not fully known, ${evidenceNote(p.evidence)}) is built from ${p.dockerfile}; fill in its variables:`, `  # - image: ${yamlScalar(guess ?? p.pattern)}`, `  #   dockerfile: ${yamlScalar(p.dockerfile)}`);
    }
    const hasEntries = body.some((l) => l.startsWith('  - '));
    if (!body.length) {
        out.push('# images:', '#   - image: ghcr.io/acme/api          # repository; tags and digests are ignored', '#     dockerfile: services/api/Dockerfile', '#     target: runtime                   # build stage (default: the last one)', '#     args: { APP_UID: "10001" }        # --build-arg values');
    }
    else {
        out.push(hasEntries ? 'images:' : 'images: []', ...body);
    }
    return out;
}
function chartsSection(input) {
    const out = [
        '# Helm charts, rendered the way helm template renders them. variants render one chart',
        '# several ways (values files after the chart values.yaml, set values as with --set).',
    ];
    if (!input.charts.length) {
        out.push('# charts:', '#   - path: charts/api', '#     releaseName: api', '#     namespace: prod', '#     values: [charts/api/values-prod.yaml]', '#     set: { image.tag: "1.2.3" }');
        return out;
    }
    out.push('charts:');
    for (const c of input.charts) {
        out.push(`  - path: ${yamlScalar(c.path)}`);
        out.push('    # releaseName: release-name     # .Release.Name');
        out.push('    # namespace: default            # .Release.Namespace');
        if (c.variants.length) {
            out.push('    # Each variant renders the chart once: `default` with values.yaml alone, the others with', '    # their values file on top of it. A values file can switch workloads on or change their', '    # securityContext, so a variant can add findings (each names its variant); remove a', '    # variant that is not deployed.', '    variants:', '      default: {}');
            for (const v of c.variants) {
                out.push(`      ${yamlScalar(v.name)}:`, `        values: [${yamlScalar(v.values)}]`);
            }
        }
    }
    return out;
}
/** The text of a starter `.kube-whoami.yaml`. */
function starterConfig(input) {
    const lines = [
        `# yaml-language-server: $schema=${SCHEMA_URL}`,
        '# kube-whoami configuration. Every key is optional; paths are relative to this folder.',
        '# Reference: https://github.com/kube-whoami/kube-whoami#configuration-kube-whoamiyaml',
        '',
        ...imagesSection(input),
        '',
        ...chartsSection(input),
        '',
        '# The Pod Security Standards policy the workloads must meet.',
        'pss:',
        '  level: restricted   # privileged | baseline | restricted',
        '  version: latest     # latest | v1.0 ... v1.37',
        '',
        '# Per rule: off | error | warning | note, or a mapping with level, exclude (globs whose',
        '# findings of the rule are accepted) and reason. Rule pages: docs/rules/<rule-id>.md',
        '# rules:',
        '#   container-runs-as-root: warning',
        '#   pss-host-ports:',
        '#     exclude: ["legacy/**"]',
        '#     reason: the legacy agents are replaced this quarter',
        '',
        '# Files never scanned, on top of .gitignore.',
        '# exclude:',
        '#   - "vendor/**"',
        '',
        '# Findings accepted as they are: write the file with `kube-whoami baseline`; scans then',
        '# fail only on findings that are not in it.',
        '# baseline: .kube-whoami-baseline.json',
        '',
    ];
    return lines.join('\n');
}
/** The repository of the first deployed image that fits an image pattern. */
function deployedMatch(pattern, deployed) {
    const parsed = (0,images_pattern/* parseImageRef */.Q)(pattern);
    if (parsed.kind !== 'pattern')
        return undefined;
    for (const d of deployed) {
        const r = (0,reference/* parseReference */.F2)(d.trim());
        if (r.ok && (0,images_pattern/* matchPattern */.gH)(parsed.pattern, r.ref))
            return (0,reference/* repositoryOf */._M)(r.ref);
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/discover/walk.js
var walk = __webpack_require__(1465);
// EXTERNAL MODULE: ./build/images/links/index.js + 17 modules
var images_links = __webpack_require__(4768);
// EXTERNAL MODULE: ./build/scan.js + 34 modules
var scan = __webpack_require__(1940);
// EXTERNAL MODULE: ./build/cli/args.js
var args = __webpack_require__(9376);
// EXTERNAL MODULE: ./build/cli/help.js
var help = __webpack_require__(9654);
// EXTERNAL MODULE: ./build/cli/io.js
var cli_io = __webpack_require__(1973);
;// CONCATENATED MODULE: ./build/cli/init-command.js











const VALUES_VARIANT_RE = /^values[-.](.+)\.ya?ml$/;
/**
 * `kube-whoami init [PATH] [--force] [-o FILE]`: writes a commented starter
 * `.kube-whoami.yaml` at PATH (default: the current directory) with the image links and
 * charts found there filled in. `-o -` prints it instead.
 */
async function runInit(argv, io) {
    const parsed = (0,args/* parseCommand */.R)('init', argv, {
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, help/* INIT_HELP */.Fb, io);
    if (typeof parsed === 'number')
        return parsed;
    if (parsed.positionals.length > 1) {
        io.stderr('kube-whoami: init takes one folder\n');
        return cli_io/* EXIT */.d.usage;
    }
    const root = (0,external_node_path_.resolve)(io.cwd, parsed.positionals[0] ?? '.');
    if (!(0,external_node_fs_.existsSync)(root)) {
        io.stderr(`kube-whoami: path not found: ${parsed.positionals[0]}\n`);
        return cli_io/* EXIT */.d.usage;
    }
    const v = parsed.values;
    const target = v.output ? (0,external_node_path_.resolve)(io.cwd, v.output) : (0,external_node_path_.join)(root, file/* CONFIG_FILE_NAMES */.H[0]);
    const existing = v.output ? [target] : file/* CONFIG_FILE_NAMES */.H.map((n) => (0,external_node_path_.join)(root, n));
    if (v.output !== '-' && !v.force && existing.some((p) => (0,external_node_fs_.existsSync)(p))) {
        io.stderr(`kube-whoami: ${existing.find((p) => (0,external_node_fs_.existsSync)(p))} already exists; pass --force to overwrite it\n`);
        return cli_io/* EXIT */.d.usage;
    }
    const discovery = (0,walk/* discover */.k)({ root });
    const links = (0,images_links/* collectLinks */.g4)({
        root,
        files: {
            workflows: discovery.workflows,
            compose: discovery.compose,
            skaffold: discovery.skaffold,
            scripts: discovery.scripts,
            dockerfiles: discovery.dockerfiles,
        },
        readFile: (rel) => (0,root_files/* readRootText */.gM)(root, rel),
    });
    const charts = discovery.charts.map((path) => ({
        path,
        variants: valuesVariants((0,external_node_path_.join)(root, path)).map((f) => ({
            name: VALUES_VARIANT_RE.exec(f)[1],
            values: `${path === '.' ? '' : `${path}/`}${f}`,
        })),
    }));
    // The images the workloads run give names to links whose image holds variables.
    const scanned = await (0,scan/* scan */.S)({ root });
    const deployedImages = [...new Set(scanned.identities.flatMap((i) => (i.image ? [i.image] : [])))];
    const text = starterConfig({
        links: links.links,
        patternLinks: links.patternLinks,
        charts,
        deployedImages,
    });
    if (v.output === '-') {
        io.stdout(text);
        return cli_io/* EXIT */.d.ok;
    }
    (0,external_node_fs_.writeFileSync)(target, text);
    const imageCount = links.links.filter((l) => l.evidence.kind !== 'config').length;
    const lines = [
        `kube-whoami: wrote ${target} (${imageCount} image ${imageCount === 1 ? 'link' : 'links'}, ${charts.length} ${charts.length === 1 ? 'chart' : 'charts'})`,
    ];
    for (const c of charts) {
        if (!c.variants.length)
            continue;
        const names = c.variants.map((v) => v.name);
        lines.push(`  ${c.path}: rendered as ${['default', ...names].join(', ')}; ${names.map((n, i) => `${n} adds ${c.variants[i].values}`).join(', ')} on top of values.yaml, which can add findings`);
    }
    const scanPath = (0,external_node_path_.relative)(io.cwd, root) || '.';
    lines.push(`Review it, then run: kube-whoami scan ${scanPath}`);
    io.stdout(lines.join('\n') + '\n');
    return cli_io/* EXIT */.d.ok;
}
function valuesVariants(chartDir) {
    try {
        return (0,external_node_fs_.readdirSync)(chartDir)
            .filter((f) => VALUES_VARIANT_RE.test(f) && f !== 'values.schema.json')
            .sort();
    }
    catch {
        return [];
    }
}


/***/ })

};
