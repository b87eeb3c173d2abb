export const id = 527;
export const ids = [527];
export const modules = {

/***/ 7823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ BASELINE_FILE_NAME),
/* harmony export */   d0: () => (/* binding */ BASELINE_VERSION),
/* harmony export */   ky: () => (/* binding */ serializeBaseline),
/* harmony export */   wu: () => (/* binding */ createBaseline)
/* harmony export */ });
/* unused harmony exports BASELINE_SCHEMA_URL, hintOf */
/* harmony import */ var _core_project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2591);

const BASELINE_FILE_NAME = '.kube-whoami-baseline.json';
const BASELINE_VERSION = 1;
const BASELINE_SCHEMA_URL = 'https://raw.githubusercontent.com/kube-whoami/kube-whoami/main/schema/kube-whoami-baseline.schema.json';
/** The human hint of a finding: `deploy/api.yaml: Deployment/prod/api spec.template...privileged`. */
function hintOf(f) {
    const parts = [
        f.identity.object,
        f.identity.path,
        f.identity.image && `image ${f.identity.image}`,
    ];
    const what = parts.filter(Boolean).join(' ');
    return what ? `${f.range.file}: ${what}` : f.range.file;
}
/**
 * The baseline of a scan's findings: every finding not already suppressed inline or by the
 * config, once per fingerprint, sorted so that rewriting the file gives small diffs.
 */
function createBaseline(findings) {
    const byFingerprint = new Map();
    for (const f of findings) {
        if (f.suppression && f.suppression.via !== 'baseline')
            continue;
        if (!byFingerprint.has(f.fingerprint))
            byFingerprint.set(f.fingerprint, {
                fingerprint: f.fingerprint,
                ruleId: f.ruleId,
                hint: hintOf(f),
            });
    }
    const entries = [...byFingerprint.values()].sort((a, b) => cmp(a.hint ?? '', b.hint ?? '') ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.fingerprint, b.fingerprint));
    return {
        $schema: BASELINE_SCHEMA_URL,
        version: BASELINE_VERSION,
        tool: { name: _core_project_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .lH, version: _core_project_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .wr },
        findings: entries,
    };
}
function serializeBaseline(doc) {
    // One entry per line: a reviewer sees exactly which findings a change accepts.
    const head = JSON.stringify({ $schema: doc.$schema, version: doc.version, tool: doc.tool }, null, 2);
    const entries = doc.findings.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
    return `${head.slice(0, -2)},\n  "findings": [${entries ? `\n${entries}\n  ` : ''}]\n}\n`;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 7527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OutputError: () => (/* binding */ OutputError),
  UsageError: () => (/* binding */ UsageError),
  configuredScan: () => (/* binding */ configuredScan),
  resolveRoot: () => (/* binding */ resolveRoot),
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/config/file.js
var file = __webpack_require__(1585);
// EXTERNAL MODULE: ./build/config/errors.js
var errors = __webpack_require__(2356);
// EXTERNAL MODULE: ./build/core/root-files.js
var root_files = __webpack_require__(2170);
// EXTERNAL MODULE: ./build/k8s/fields.js
var fields = __webpack_require__(102);
// EXTERNAL MODULE: ./build/yaml/read.js
var read = __webpack_require__(1908);
// EXTERNAL MODULE: ./build/baseline/format.js
var format = __webpack_require__(7823);
;// CONCATENATED MODULE: ./build/baseline/read.js
/**
 * Reads a baseline file. A missing or malformed baseline is a usage error (exit code 2)
 * with the position to fix, never silently "no baseline": that would fail a pull request
 * on every accepted finding, or worse, pass one because nothing was compared.
 */





const FINGERPRINT_RE = /^[0-9a-f]{32}$/;
/**
 * Reads `abs`; `file` names it in messages. `referencedAt` is where the config names the
 * file, so that a missing baseline points at that line.
 */
function readBaseline(abs, file, referencedAt, root) {
    let text;
    try {
        // A baseline the repository names is read like any file of it: inside the root only.
        text = root
            ? (0,root_files/* readRootText */.gM)(root, abs, { shown: file })
            : (0,root_files/* readRegularFile */.XF)(abs, file).toString('utf8');
    }
    catch (e) {
        const missing = e.code === 'ENOENT' ||
            (e instanceof root_files/* FileRefused */.rV && e.reason === 'not found');
        throw new errors/* ConfigError */.xL(missing
            ? `baseline file not found: ${file} (write it with kube-whoami baseline)`
            : e instanceof root_files/* FileRefused */.rV
                ? `the baseline ${e.message}: not read`
                : `cannot read the baseline ${file}: ${e.message}`, referencedAt);
    }
    return parseBaseline(text, file);
}
function parseBaseline(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* ConfigError */.xL(`the baseline is not valid JSON: ${e.message}`, jsonErrorRange(text, file, e.message));
    }
    const fail = (message, path) => {
        const doc = (0,read/* readYaml */.gM)(text, file).documents.find((d) => !d.isEmpty);
        throw new errors/* ConfigError */.xL(message, doc?.rangeOf(path, 'value') ?? doc?.contentRange);
    };
    if (!(0,fields/* isDict */.Zm)(value))
        return fail('the baseline must be a JSON object', []);
    if (value.version !== format/* BASELINE_VERSION */.d0) {
        return fail(`baseline version ${JSON.stringify(value.version)} is not supported (this kube-whoami reads version ${format/* BASELINE_VERSION */.d0})`, ['version']);
    }
    if (!Array.isArray(value.findings))
        return fail('the baseline needs a "findings" list', ['findings']);
    const entries = [];
    value.findings.forEach((raw, i) => {
        if (!(0,fields/* isDict */.Zm)(raw))
            return fail(`findings[${i}] must be an object`, ['findings', i]);
        if (typeof raw.fingerprint !== 'string' || !FINGERPRINT_RE.test(raw.fingerprint))
            return fail(`findings[${i}].fingerprint must be 32 hexadecimal digits`, ['findings', i]);
        if (typeof raw.ruleId !== 'string')
            return fail(`findings[${i}].ruleId must be a rule id`, ['findings', i]);
        entries.push({
            fingerprint: raw.fingerprint,
            ruleId: raw.ruleId,
            ...(typeof raw.hint === 'string' ? { hint: raw.hint } : {}),
        });
    });
    return { file, entries, fingerprints: new Set(entries.map((e) => e.fingerprint)) };
}
function jsonErrorRange(text, file, message) {
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc) {
        const line = Number(lc[1]);
        const col = Number(lc[2]);
        return { file, startLine: line, startColumn: col, endLine: line, endColumn: col };
    }
    const pos = /position (\d+)/.exec(message);
    if (!pos)
        return { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    const col = before.length - before.lastIndexOf('\n');
    return { file, startLine: line, startColumn: col, endLine: line, endColumn: col };
}

// EXTERNAL MODULE: ./build/rules/pod/pss-policy.js
var pss_policy = __webpack_require__(113);
;// CONCATENATED MODULE: ./build/config/scan-options.js
/**
 * Configuration plus command-line (or action input) overrides \u2192 the options of scan().
 * The CLI and the action both call this, so a setting means the same in both.
 */




/** Everything scan() takes except `root` and `paths`. Throws ConfigError on a bad value. */
function scanOptionsFromConfig(root, loaded, overrides = {}) {
    const { config } = loaded;
    const names = {
        pssLevel: '--pss-level',
        pssVersion: '--pss-version',
        baseline: '--baseline',
        ...overrides.names,
    };
    const problems = new errors/* ProblemCollector */.tH();
    // Config values were checked where they are written (load.ts); these are the options'.
    const level = overrides.pssLevel ?? config.pss?.level ?? pss_policy/* DEFAULT_PSS */.BF.level;
    if (!(0,pss_policy/* isPssLevel */.rH)(level))
        problems.add(`${names.pssLevel} must be privileged, baseline or restricted, not "${level}"`);
    const versionLabel = overrides.pssVersion ?? config.pss?.version ?? pss_policy/* DEFAULT_PSS */.BF.label;
    const version = (0,pss_policy/* parsePssVersion */.M_)(versionLabel);
    const versionProblem = (0,pss_policy/* pssVersionProblem */._r)(versionLabel);
    if (versionProblem)
        problems.add(`${names.pssVersion} ${versionProblem}`);
    let baseline;
    problems.check(() => {
        if (typeof overrides.baseline === 'string') {
            const cwd = overrides.cwd ?? root;
            const abs = (0,external_node_path_.isAbsolute)(overrides.baseline)
                ? overrides.baseline
                : (0,external_node_path_.resolve)(cwd, overrides.baseline);
            baseline = readBaseline(abs, overrides.baseline);
        }
        else if (overrides.baseline !== false && config.baseline) {
            baseline = readBaseline((0,external_node_path_.join)(root, config.baseline.value), config.baseline.value, config.baseline.range, root);
        }
    });
    problems.throwIfAny();
    if (!(0,pss_policy/* isPssLevel */.rH)(level) || !version)
        throw new Error('unreachable: problems were thrown');
    return {
        pss: { level, minor: version.minor, label: version.label },
        exclude: [...(config.exclude ?? []), ...(overrides.exclude ?? [])],
        ruleLevels: config.rules,
        ruleEntries: config.ruleEntries,
        ruleOptions: config.ruleOptions,
        configImages: config.images,
        charts: config.charts,
        kustomize: config.kustomize?.map((k) => ({
            path: k.path,
            loadRestrictor: k.loadRestrictor,
            range: k.range,
        })),
        suppress: { ruleExcludes: config.ruleExcludes, baseline },
        limits: config.limits && scanLimits(config.limits),
        ...(overrides.registry ? { registry: registrySettings(loaded, overrides.registry) } : {}),
    };
}
function registrySettings(loaded, given) {
    const r = loaded.config.registries ?? {};
    const out = {
        offline: given.offline === true || r.lookup === false,
        env: given.env,
    };
    if (given.credentials)
        out.credentials = given.credentials;
    if (r.platform)
        out.platform = r.platform;
    if (r.insecure)
        out.insecure = r.insecure;
    if (r.timeoutSeconds !== undefined)
        out.timeoutSeconds = r.timeoutSeconds;
    if (r.maxLayerBytes !== undefined)
        out.maxLayerBytes = r.maxLayerBytes;
    return out;
}
function scanLimits(l) {
    const budget = {};
    if (l.renderSeconds !== undefined)
        budget.timeMs = l.renderSeconds * 1000;
    if (l.renderMemoryMiB !== undefined)
        budget.heapBytes = l.renderMemoryMiB * 1024 * 1024;
    if (l.valueSize !== undefined)
        budget.valueChars = l.valueSize;
    if (l.listLength !== undefined)
        budget.listItems = l.listLength;
    if (l.keyGenerations !== undefined)
        budget.keyGenerations = l.keyGenerations;
    return { budget, findings: l.findings };
}

// EXTERNAL MODULE: ./build/core/finding.js
var finding = __webpack_require__(4823);
// EXTERNAL MODULE: ./build/core/worker-entry.js
var worker_entry = __webpack_require__(6231);
;// CONCATENATED MODULE: ./build/report/filter.js

/** Findings at or above a level that are not suppressed: what is reported and what fails. */
function atOrAbove(findings, level) {
    return findings.filter((f) => !f.suppression && finding/* LEVEL_ORDER */.s[f.level] >= finding/* LEVEL_ORDER */.s[level]);
}
function countByLevel(findings) {
    const out = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        if (!f.suppression)
            out[f.level]++;
    return out;
}

// EXTERNAL MODULE: ./build/core/project.js
var project = __webpack_require__(2591);
;// CONCATENATED MODULE: ./build/report/json.js


/** The whole scan as one JSON document, for scripts and other tools. */
function toJson(result, findings = result.findings) {
    return JSON.stringify(jsonReport(result, findings), null, 2) + '\n';
}
/** The JSON report as an object (write it with writeJson: it can be large). */
function jsonReport(result, findings = result.findings) {
    return {
        tool: { name: project/* TOOL_NAME */.lH, version: project/* TOOL_VERSION */.wr },
        settings: { pss: { level: result.settings.pss.level, version: result.settings.pss.label } },
        summary: {
            ...countByLevel(findings),
            suppressed: findings.filter((f) => f.suppression).length,
        },
        findings: [...findings],
        identities: result.identities,
        notices: [...result.notices],
        stats: result.stats,
    };
}

;// CONCATENATED MODULE: ./build/report/json-stream.js
/**
 * JSON written piece by piece, byte for byte what `JSON.stringify(value, null, 2)` writes,
 * so that a report of a hundred thousand findings never becomes one string (V8 strings stop
 * at 512 MiB, and one that size is a gigabyte of memory). The top levels are walked; each
 * element below them (one finding, one SARIF result) is stringified on its own.
 */
const CHUNK = 1 << 20;
/** Buffers small pieces into chunks for `sink`; `end()` flushes the rest. */
class ChunkedWriter {
    sink;
    buf = [];
    size = 0;
    constructor(sink) {
        this.sink = sink;
    }
    write(text) {
        this.buf.push(text);
        this.size += text.length;
        if (this.size >= CHUNK)
            this.flush();
    }
    flush() {
        if (this.size === 0)
            return;
        const text = this.buf.join('');
        this.buf = [];
        this.size = 0;
        this.sink(text);
    }
}
/** Writes `value` as `JSON.stringify(value, null, 2) + '\n'` would, in pieces. */
function writeJson(value, sink, walkDepth = 4) {
    const w = new ChunkedWriter(sink);
    emit(value, '', walkDepth, w);
    w.write('\n');
    w.flush();
}
function emit(value, indent, depth, w) {
    if (depth <= 0 ||
        value === null ||
        typeof value !== 'object' ||
        typeof value.toJSON === 'function') {
        const text = JSON.stringify(value, null, 2) ?? 'null';
        w.write(indent ? text.replace(/\n/g, `\n${indent}`) : text);
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0) {
            w.write('[]');
            return;
        }
        w.write('[\n');
        for (let i = 0; i < value.length; i++) {
            w.write(inner);
            const item = value[i];
            // JSON.stringify writes null for what it cannot represent in an array.
            if (item === undefined || typeof item === 'function' || typeof item === 'symbol')
                w.write('null');
            else
                emit(item, inner, depth - 1, w);
            w.write(i < value.length - 1 ? ',\n' : '\n');
        }
        w.write(`${indent}]`);
        return;
    }
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) {
        w.write('{}');
        return;
    }
    w.write('{\n');
    entries.forEach(([k, v], i) => {
        w.write(`${inner}${JSON.stringify(k)}: `);
        emit(v, inner, depth - 1, w);
        w.write(i < entries.length - 1 ? ',\n' : '\n');
    });
    w.write(`${indent}}`);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./build/report/github/upload.js
/**
 * Uploading SARIF to GitHub code scanning through the REST API
 * (`POST /repos/{owner}/{repo}/code-scanning/sarifs`), optionally waiting for GitHub to
 * process it, and turning every way it can fail into a reason and a fix. An upload that
 * cannot happen (no code scanning, a fork's read-only token, a missing permission, a file
 * too large) is never an error of the scan: the caller falls back to annotations and the
 * job summary.
 */


/** GitHub's limit on the gzip-compressed SARIF of one upload. */
const MAX_UPLOAD_GZIP_BYTES = (/* unused pure expression or super */ null && (10 * 1024 * 1024));
/** Results per run GitHub accepts; a run with more is rejected whole. */
const MAX_RESULTS_PER_RUN = 25_000;
function encodeSarif(log) {
    return gzipSync(Buffer.from(JSON.stringify(log), 'utf8')).toString('base64');
}
/**
 * Keeps the most severe results when a run has more than GitHub accepts, since a run over
 * the limit is rejected whole. The SARIF file on disk keeps everything.
 */
function limitResults(log, max = MAX_RESULTS_PER_RUN) {
    let dropped = 0;
    const runs = log.runs.map((run) => {
        const results = run.results ?? [];
        if (results.length <= max)
            return run;
        dropped += results.length - max;
        const rank = (r) => finding/* LEVEL_ORDER */.s[(r.level ?? 'warning')] ?? 0;
        const kept = results
            .map((r, i) => ({ r, i }))
            .sort((a, b) => rank(b.r) - rank(a.r) || a.i - b.i)
            .slice(0, max)
            .sort((a, b) => a.i - b.i)
            .map((x) => x.r);
        return { ...run, results: kept };
    });
    return { log: { ...log, runs }, dropped };
}
async function uploadSarif(api, req, context = {}, wait) {
    const { log, dropped } = limitResults(req.log);
    const sarif = encodeSarif(log);
    const gzipBytes = Math.floor((sarif.length * 3) / 4);
    if (gzipBytes > MAX_UPLOAD_GZIP_BYTES)
        return explainUploadError(413, '', context);
    let id;
    let url;
    try {
        const res = await api.uploadSarif({
            owner: req.owner,
            repo: req.repo,
            commit_sha: req.commitSha,
            ref: req.ref,
            sarif,
            ...(req.checkoutUri ? { checkout_uri: req.checkoutUri } : {}),
            ...(req.startedAt
                ? { started_at: req.startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z') }
                : {}),
            tool_name: req.toolName,
        });
        id = res.id;
        url = res.url;
    }
    catch (e) {
        const network = networkFailure(e);
        if (network)
            return explainUploadError(undefined, network, context);
        return explainUploadError(statusOf(e), messageOf(e), context);
    }
    if (!id)
        return explainUploadError(undefined, 'GitHub accepted the upload but returned no id', context);
    const out = { status: 'uploaded', id, url, dropped };
    if (wait)
        Object.assign(out, await waitForProcessing(api, req, id, wait));
    return out;
}
/** Polls the upload's status with growing pauses until it settles or the time is up. */
async function waitForProcessing(api, req, id, options) {
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const now = options.now ?? Date.now;
    const deadline = now() + options.timeoutMs;
    let pause = 1000;
    for (;;) {
        try {
            const status = await api.getSarif({ owner: req.owner, repo: req.repo, sarif_id: id });
            if (status.processing_status === 'complete' || status.processing_status === 'failed') {
                return {
                    processing: status.processing_status,
                    ...(status.errors?.length ? { errors: status.errors } : {}),
                    ...(status.analyses_url ? { analysesUrl: status.analyses_url } : {}),
                };
            }
        }
        catch (e) {
            // Right after an upload the id can be unknown for a moment (404); other errors end the wait.
            const network = networkFailure(e);
            if (network)
                return { processing: `unknown (GitHub could not be reached: ${network})` };
            if (statusOf(e) !== 404)
                return { processing: `unknown (${messageOf(e)})` };
        }
        const left = deadline - now();
        if (left <= 0)
            return { processing: 'pending' };
        await sleep(Math.min(pause, left));
        pause = Math.min(pause * 2, 15_000);
    }
}
const NOT_ENABLED = /advanced security must be enabled|code security must be enabled|code scanning is not enabled|not enabled for this repository/i;
const NOT_ACCESSIBLE = /resource not accessible by (integration|personal access token)/i;
/** Why an upload failed, what to do about it, and whether it means "code scanning is not available here". */
function explainUploadError(status, message, context = {}) {
    const said = message ? ` GitHub said: "${message.replace(/\s+-\s+https?:\/\/\S+$/, '')}".` : '';
    const fail = (reason, fix, unavailable) => ({
        status: 'failed',
        ...(status !== undefined ? { httpStatus: status } : {}),
        reason,
        fix,
        unavailable,
    });
    const permissions = 'Give the job `permissions: { contents: read, security-events: write }`, or set `upload: false`.';
    if (status === 403 || status === 404) {
        if (context.fork)
            return fail(`pull requests from forks get a read-only token, which cannot upload to code scanning (HTTP ${status}).${said}`, 'Nothing to fix: the annotations and the job summary show the findings, and results reach code scanning from runs on the base repository (push).', true);
        if (context.dependabot)
            return fail(`Dependabot runs get a read-only token, which cannot upload to code scanning (HTTP ${status}).${said}`, 'Nothing to fix: the annotations and the job summary show the findings.', true);
        if (NOT_ENABLED.test(message))
            return fail(`code scanning is not enabled for this repository (HTTP ${status}).${said}`, 'Enable code scanning in the repository settings (private and internal repositories need GitHub Code Security), or set `upload: false`. The annotations and the job summary still show every finding.', true);
        if (status === 403 && /rate limit/i.test(message))
            return fail(`the API rate limit was hit (HTTP 403).${said}`, 'Re-run the job later.', false);
        if (status === 403 || NOT_ACCESSIBLE.test(message))
            return fail(`the token may not upload code scanning results (HTTP ${status}: missing \`security-events: write\`).${said}`, permissions, true);
        return fail(`the repository's code scanning API was not found for this token (HTTP 404): code scanning is not available, or the token cannot see the repository.${said}`, `Check that code scanning is available for the repository and that the \`token\` input can read it. ${permissions}`, true);
    }
    if (status === 401)
        return fail(`the token was rejected (HTTP 401).${said}`, 'Check the `token` input.', true);
    if (status === 413)
        return fail(`the SARIF report is too large for code scanning (over ${MAX_UPLOAD_GZIP_BYTES / 1024 / 1024} MB compressed).${said}`, 'Split the scan over a job matrix (one `path` and `category` per job), or raise `severity`. The SARIF file, annotations and job summary are unaffected.', false);
    if (status === 400 || status === 422)
        return fail(`GitHub rejected the SARIF report (HTTP ${status}).${said}`, 'Please report this at https://github.com/kube-whoami/kube-whoami/issues with the SARIF file attached.', false);
    if (status === undefined)
        return fail(`GitHub could not be reached${message ? ` (${message})` : ''}: the upload did not happen.`, 'Re-run the job; check GITHUB_API_URL and any proxy settings.', false);
    return fail(`GitHub did not accept the upload (HTTP ${status}).${said}`, 'Re-run the job later.', false);
}
/**
 * What went wrong when a request never got an HTTP answer (DNS, refused, reset, timeout), or
 * undefined when GitHub answered. Octokit reports these as status 500 without a response.
 */
function networkFailure(e) {
    const err = e;
    if (!err || typeof err !== 'object' || err.response !== undefined)
        return undefined;
    const causes = [];
    for (let c = err; c && typeof c === 'object' && causes.length < 5;) {
        causes.push(c);
        c = c.cause;
    }
    const code = causes.map((c) => c.code).find((c) => typeof c === 'string');
    const timedOut = causes.some((c) => c.name === 'TimeoutError' || c.name === 'AbortError');
    if (timedOut)
        return 'the request timed out';
    const words = {
        ENOTFOUND: 'DNS lookup failed',
        EAI_AGAIN: 'DNS lookup failed',
        ECONNREFUSED: 'connection refused',
        ECONNRESET: 'connection reset',
        ETIMEDOUT: 'connection timed out',
        EHOSTUNREACH: 'host unreachable',
        ENETUNREACH: 'network unreachable',
        UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
        UND_ERR_SOCKET: 'connection closed',
    };
    if (code)
        return `${words[code] ?? 'network error'}: ${code}`;
    // No HTTP answer and no code: a failed fetch ("fetch failed", "bad port").
    if (err.cause !== undefined)
        return `network error: ${String(err.message ?? err.cause)}`;
    return undefined;
}
function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}
function messageOf(e) {
    const data = e?.response?.data;
    if (data && typeof data.message === 'string')
        return data.message;
    return e instanceof Error ? e.message : String(e);
}

// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
;// CONCATENATED MODULE: ./build/report/identities.js

const VERDICT = {
    starts: 'starts',
    refused: 'REFUSED by the kubelet',
    'runs-as-root': 'starts as ROOT',
    unknown: 'unknown',
};
function pad(rows) {
    const widths = rows[0].map((_, i) => (0,arrays/* maxOf */._)(rows.map((r) => r[i].length)));
    return rows.map((r) => r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd());
}
const DOCKER_VERDICT = {
    starts: 'starts',
    refused: 'FAILS to start',
    'runs-as-root': 'starts as ROOT',
    unknown: 'unknown',
};
const builtFrom = (id) => id.build
    ? `${id.build.dockerfile}${id.build.target ? ` (${id.build.target})` : ''}${id.build.confidence === 'low' ? ' ?' : ''}`
    : '-';
function identitiesTable(identities) {
    const kube = identities.filter((id) => id.runtime === undefined);
    const docker = identities.filter((id) => id.runtime === 'docker');
    const out = kube.length || !docker.length ? kubernetesTable(kube) : '';
    return docker.length ? `${out}${out ? '\n' : ''}${dockerTable(docker)}` : out;
}
/** Containers Docker starts: where, image, user, Docker's verdict and what they may touch. */
function dockerTable(identities) {
    const rows = [['STARTED BY', 'IMAGE', 'BUILT FROM', 'USER', 'DOCKER', 'HOST ACCESS']];
    const notes = [];
    for (const id of identities) {
        const where = `${id.docker?.startedBy ?? id.workload.name ?? '?'} (${id.workload.range.file}:${id.workload.range.startLine})`;
        rows.push([
            where,
            id.image ?? '-',
            builtFrom(id),
            id.user.display,
            DOCKER_VERDICT[id.verdict.kind],
            id.docker?.privileges.join(', ') || '-',
        ]);
        if (id.verdict.kind === 'refused')
            notes.push(`  ${where}: ${id.verdict.message}`);
    }
    const lines = [
        'Who runs as whom (Docker, Compose, workflow jobs)',
        ...pad(rows).map((l) => `  ${l}`),
    ];
    if (notes.length)
        lines.push('', ...notes);
    return lines.join('\n') + '\n';
}
function kubernetesTable(identities) {
    if (!identities.length)
        return 'Who runs as whom: no workloads found.\n';
    const rows = [['WORKLOAD', 'CONTAINER', 'IMAGE', 'BUILT FROM', 'USER', 'KUBELET']];
    const notes = [];
    for (const id of identities) {
        const w = `${id.workload.kind}/${id.workload.name ?? '?'}`;
        const built = builtFrom(id);
        rows.push([w, id.container, id.image ?? '-', built, id.user.display, VERDICT[id.verdict.kind]]);
        if (id.verdict.kind === 'refused')
            notes.push(`  ${w} ${id.container}: ${id.verdict.message}`);
    }
    const lines = ['Who runs as whom', ...pad(rows).map((l) => `  ${l}`)];
    if (notes.length)
        lines.push('', ...notes);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./build/findings/group.js
var group = __webpack_require__(7328);
;// CONCATENATED MODULE: ./build/report/headline.js
/** Longest problem text on a finding's line. */
const HEADLINE_WIDTH = 120;
/** Cuts at a word boundary and marks the cut. */
function clip(text, width) {
    if (text.length <= width)
        return text;
    const cut = text.slice(0, width - 1);
    const space = cut.lastIndexOf(' ');
    return (space > width * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '') + '\u2026';
}
/** The problem's first sentence, with PSA's "violates PodSecurity" shortened to the policy. */
function headline(f, width = HEADLINE_WIDTH) {
    const text = (f.problem ?? f.message).trim();
    const end = /[.!?](?=\s)/.exec(text);
    let first = end ? text.slice(0, end.index + 1) : text;
    first = first.replace(/^violates PodSecurity "([^"]+)": /, '$1: ').replace(/\.$/, '');
    return clip(first, width);
}

;// CONCATENATED MODULE: ./build/report/rank.js
/**
 * The order every report shows findings in, by what they mean for the deploy: containers
 * the kubelet (or Docker) will refuse to start first, then containers that run as root, then
 * what breaks the baseline policy most clusters enforce (for containers Docker starts, the
 * host access it forbids), then the rest (what fails at run time, input problems), then the
 * hardening only the restricted level asks for. Within a level by that order, then by
 * security severity, then by place \u2014 never by file name first, so the kubelet's verdict is
 * never pushed out of the ten annotations GitHub shows.
 */

const IMPACT_ORDER = ['refused', 'root', 'baseline', 'other', 'hardening'];
/** Headings reports use for each impact, for Kubernetes findings. */
const IMPACT_TITLE = {
    refused: 'Will not start: the kubelet refuses these containers',
    root: 'Runs as root',
    baseline: 'Breaks the baseline Pod Security level',
    other: 'Other findings',
    hardening: 'Restricted hardening',
};
/** The same headings where Docker-started containers are among the findings. */
const DOCKER_TITLE = {
    refused: {
        only: 'Will not start: Docker refuses these containers',
        mixed: 'Will not start: the kubelet or Docker refuses these containers',
    },
    root: { only: 'Runs as root', mixed: 'Runs as root' },
    baseline: {
        only: 'Gives the container host access (what the baseline Pod Security level forbids)',
        mixed: 'Breaks the baseline Pod Security level, or gives a Docker container host access',
    },
    other: { only: 'Other findings', mixed: 'Other findings' },
    hardening: { only: 'Restricted hardening', mixed: 'Restricted hardening' },
};
/** A section's heading, worded for who starts its containers (the kubelet, Docker, both). */
function impactTitle(impact, findings) {
    const docker = findings.filter(isDockerFinding).length;
    if (!docker)
        return IMPACT_TITLE[impact];
    return docker === findings.length ? DOCKER_TITLE[impact].only : DOCKER_TITLE[impact].mixed;
}
/** Rules whose findings say a container runs (or its image starts) as root. */
const ROOT_RULES = new Set([
    'container-runs-as-root',
    'pss-run-as-user',
    'dockerfile-user-root',
    'docker-runs-as-root',
]);
/**
 * Docker's counterparts of the kubelet's refusal (a USER the image does not have) and of
 * the baseline checks (privileged, host namespaces, added capabilities, the host's root or
 * the engine's socket mounted, seccomp or AppArmor turned off).
 */
const DOCKER_REFUSED = new Set(['docker-user-undefined']);
const DOCKER_BASELINE = new Set([
    'docker-privileged',
    'docker-host-namespaces',
    'docker-capabilities',
    'docker-host-root-mount',
    'docker-socket-mount',
    'docker-unconfined-profile',
]);
function isDockerFinding(f) {
    return f.ruleId.startsWith('docker-');
}
function impactOf(f) {
    if (f.ruleId.startsWith('runasnonroot-') || DOCKER_REFUSED.has(f.ruleId))
        return 'refused';
    if (ROOT_RULES.has(f.ruleId))
        return 'root';
    if (DOCKER_BASELINE.has(f.ruleId))
        return 'baseline';
    const pss = f.properties?.pss;
    if (pss?.level === 'baseline')
        return 'baseline';
    // What only the restricted level asks: after what breaks at run time (a named USER, a port
    // below 1024, a read-only root the app writes to), which is 'other'.
    if (pss?.level === 'restricted')
        return 'hardening';
    return 'other';
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A comparator for the report order. */
function compareFindings(options = {}) {
    const severity = options.severity ?? (() => 0);
    const priority = options.priority ?? (() => 0);
    return (a, b) => finding/* LEVEL_ORDER */.s[b.level] - finding/* LEVEL_ORDER */.s[a.level] ||
        priority(b) - priority(a) ||
        IMPACT_ORDER.indexOf(impactOf(a)) - IMPACT_ORDER.indexOf(impactOf(b)) ||
        severity(b.ruleId) - severity(a.ruleId) ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.range.file, b.range.file) ||
        a.range.startLine - b.range.startLine ||
        a.range.startColumn - b.range.startColumn;
}
/** The findings in report order (a sorted copy). */
function rankFindings(findings, options = {}) {
    return [...findings].sort(compareFindings(options));
}

;// CONCATENATED MODULE: ./build/report/hardening.js


/** What each restricted-only rule asks for, in a few words. */
const ASKS = {
    'pss-allow-privilege-escalation': 'allowPrivilegeEscalation',
    'pss-capabilities-restricted': 'drop ALL',
    'pss-run-as-non-root': 'runAsNonRoot',
    'pss-seccomp-restricted': 'seccomp RuntimeDefault',
    'pss-restricted-volumes': 'volume types',
    'pss-proc-mount-restricted': 'procMount',
};
/** Whether a finding is restricted-only advice (a warning no enforced level turns into a rejection). */
function isHardening(f) {
    return !f.suppression && f.level === 'warning' && impactOf(f) === 'hardening';
}
function containersOf(f) {
    if (!f.affects?.length)
        return [`${f.range.file}:${f.range.startLine}`];
    return f.affects.map((a) => `${(0,group/* affectedLabel */.tW)(a)}@${a.range.file}`);
}
/** The summary of the restricted-only findings among `findings`, or undefined when there are none. */
function summariseHardening(findings) {
    const list = findings.filter(isHardening);
    if (!list.length)
        return undefined;
    const all = new Set();
    const byAsk = new Map();
    const places = new Map();
    const order = Object.keys(ASKS);
    const askOf = (id) => ASKS[id] ?? id;
    for (const f of list) {
        const who = containersOf(f);
        const ask = askOf(f.ruleId);
        for (const c of who)
            all.add(c);
        const set = byAsk.get(f.ruleId) ?? new Set();
        for (const c of who)
            set.add(c);
        byAsk.set(f.ruleId, set);
        const key = `${f.range.file}:${f.range.startLine}`;
        const place = places.get(key) ?? {
            range: f.range,
            asks: [],
            containers: 0,
            template: false,
            seen: new Set(),
        };
        if (!place.asks.includes(ask))
            place.asks.push(ask);
        for (const c of who)
            place.seen.add(c);
        place.containers = place.seen.size;
        if (f.fix?.startsWith('The chart offers no way'))
            place.template = true;
        places.set(key, place);
    }
    const rank = (id) => (order.includes(id) ? order.indexOf(id) : order.length);
    const asks = [...byAsk]
        .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1))
        .map(([ruleId, set]) => ({ ask: askOf(ruleId), ruleId, containers: set.size }));
    const askOrder = asks.map((a) => a.ask);
    return {
        findings: list,
        containers: all.size,
        asks,
        places: [...places.values()]
            .map(({ seen: _seen, ...p }) => ({
            ...p,
            asks: [...p.asks].sort((a, b) => askOrder.indexOf(a) - askOrder.indexOf(b)),
        }))
            .sort((a, b) => b.containers - a.containers ||
            Number(a.template) - Number(b.template) ||
            (a.range.file < b.range.file ? -1 : a.range.file > b.range.file ? 1 : 0) ||
            a.range.startLine - b.range.startLine),
    };
}
/** "19 containers lack restricted hardening \u2014 allowPrivilegeEscalation (19), drop ALL (19)". */
function hardeningHeadline(s) {
    const asks = s.asks.map((a) => `${a.ask} (${a.containers})`).join(', ');
    const n = s.containers;
    return `${n} container${n === 1 ? '' : 's'} lack${n === 1 ? 's' : ''} restricted hardening \u2014 ${asks}`;
}

;// CONCATENATED MODULE: ./build/report/text.js







/** Places listed under the restricted hardening before the rest is counted. */
const HARDENING_PLACES = 8;
/** Related locations shown under a finding (all with `verbose`). */
const RELATED = 3;
const CODES = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, green: 32 };
function painter(color) {
    return (style, s) => color
        ? `\u001b[${CODES[style]}m${s}\u001b[${style === 'bold' ? 22 : style === 'underline' ? 24 : 39}m`
        : s;
}
const LEVEL_STYLE = { error: 'red', warning: 'yellow', note: 'blue' };
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function where(f) {
    return `${f.range.file}:${f.range.startLine}:${f.range.startColumn}`;
}
function toText(findings, notices, options = {}) {
    const paint = painter(options.color ?? false);
    const verbose = options.verbose ?? false;
    const visible = rankFindings(findings.filter((f) => !f.suppression), { severity: options.severity });
    const hardening = verbose ? undefined : summariseHardening(visible);
    const summarised = new Set(hardening?.findings ?? []);
    const lines = [];
    const findingLines = (f) => {
        const level = paint(LEVEL_STYLE[f.level], f.level.padEnd(7));
        const head = verbose ? (f.problem ?? f.message) : headline(f);
        const out = [`  ${where(f)}  ${level}  ${head}  ${paint('gray', f.ruleId)}`];
        const indent = '      ';
        if (f.fix)
            out.push(`${indent}${paint('green', 'fix:')} ${f.fix}`);
        if (f.note)
            out.push(`${indent}${paint('gray', f.note)}`);
        if ((0,group/* isRenderedFinding */.Nk)(f) && f.affects?.length) {
            const list = verbose
                ? f.affects.map(group/* affectedLabel */.tW).join(', ')
                : clip((0,group/* listAffected */.NC)(f.affects, 3), HEADLINE_WIDTH);
            out.push(`${indent}${paint('gray', 'affects:')} ${list}`);
        }
        const related = f.related.filter((r) => !r.message.startsWith('affects '));
        for (const r of verbose ? related : related.slice(0, RELATED)) {
            const at = `${r.range.file}:${r.range.startLine}:${r.range.startColumn}`;
            out.push(`${indent}${paint('gray', `\u21b3 ${at}`)} ${verbose ? r.message : clip(r.message, 90)}`);
        }
        if (!verbose && related.length > RELATED)
            out.push(`${indent}${paint('gray', `\u21b3 \u2026and ${related.length - RELATED} more (--verbose)`)}`);
        return out;
    };
    const sections = new Map();
    for (const f of visible) {
        if (summarised.has(f))
            continue;
        const impact = impactOf(f);
        const list = sections.get(impact);
        if (list)
            list.push(f);
        else
            sections.set(impact, [f]);
    }
    for (const impact of IMPACT_ORDER) {
        const list = sections.get(impact);
        if (!list?.length)
            continue;
        lines.push('', paint('bold', `${impactTitle(impact, list)} (${list.length})`));
        for (const f of list)
            lines.push(...findingLines(f));
    }
    if (hardening) {
        lines.push('', paint('bold', `Restricted hardening (${plural(hardening.findings.length, 'warning')})`));
        lines.push(`  ${hardeningHeadline(hardening)}`);
        lines.push('  Set them in:');
        const width = Math.max(...hardening.places
            .slice(0, HARDENING_PLACES)
            .map((p) => `${p.range.file}:${p.range.startLine}`.length));
        for (const p of hardening.places.slice(0, HARDENING_PLACES)) {
            const at = `${p.range.file}:${p.range.startLine}`.padEnd(width);
            const who = plural(p.containers, 'container');
            const note = p.template ? '; the chart offers no value for it' : '';
            lines.push(`    ${paint('gray', at)}  ${p.asks.join(', ')} (${who}${note})`);
        }
        const rest = hardening.places.length - HARDENING_PLACES;
        if (rest > 0)
            lines.push(`    \u2026and ${plural(rest, 'more place')} (--verbose lists every finding)`);
    }
    if (notices.length) {
        lines.push('', paint('bold', 'Notices'));
        for (const n of notices) {
            const at = n.range ? `${n.range.file}:${n.range.startLine}: ` : '';
            lines.push(`  ${paint(LEVEL_STYLE[n.level], n.level.padEnd(7))}  ${at}${n.message}`);
        }
    }
    const counts = countByLevel(visible);
    const total = visible.length;
    // Suppressed inline or by the config, and accepted in the baseline, are counted apart.
    const baselined = findings.filter((f) => f.suppression?.via === 'baseline').length;
    const suppressed = findings.length - visible.length - baselined;
    const hidden = [
        suppressed ? `${suppressed} suppressed` : '',
        baselined ? `${baselined} in the baseline` : '',
    ]
        .filter(Boolean)
        .join(', ');
    lines.push('');
    if (total === 0) {
        lines.push(paint('green', '\u2714 no problems found') + (hidden ? paint('gray', ` (${hidden})`) : ''));
    }
    else {
        const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
        if (counts.note)
            parts.push(plural(counts.note, 'note'));
        const summary = `\u2716 ${plural(total, 'problem')} (${parts.join(', ')})`;
        lines.push(paint(counts.error ? 'red' : 'yellow', paint('bold', summary)) +
            (hidden ? paint('gray', ` and ${hidden}`) : ''));
    }
    if (total && verbose) {
        const ids = [...new Set(visible.map((f) => f.ruleId))].sort();
        lines.push('', paint('bold', 'Rules'));
        for (const id of ids)
            lines.push(`  ${id.padEnd((0,arrays/* maxOf */._)(ids.map((i) => i.length)))}  ${paint('gray', (0,project/* ruleDocsUrl */.hS)(id))}`);
    }
    else if (total) {
        lines.push(paint('gray', `Each rule is explained in ${project/* REPOSITORY_URL */.ld}/tree/main/docs/rules (--verbose: links)`));
    }
    return lines.join('\n').replace(/^\n/, '') + '\n';
}

// EXTERNAL MODULE: ./build/report/severity.js
var report_severity = __webpack_require__(5440);
// EXTERNAL MODULE: ./build/rules/index.js + 58 modules
var rules = __webpack_require__(6355);
// EXTERNAL MODULE: ./build/scan.js + 34 modules
var scan = __webpack_require__(1940);
// EXTERNAL MODULE: ./build/cli/args.js
var args = __webpack_require__(9376);
// EXTERNAL MODULE: ./build/cli/help.js
var help = __webpack_require__(9654);
// EXTERNAL MODULE: ./build/cli/io.js
var cli_io = __webpack_require__(1973);
// EXTERNAL MODULE: ./build/scan-progress.js
var scan_progress = __webpack_require__(7119);
;// CONCATENATED MODULE: ./build/cli/progress.js
/**
 * A progress line on a terminal for scans that take more than a second: overlays built,
 * charts rendered, rules run, Dockerfiles checked, redrawn in place on stderr (so a report
 * piped from stdout stays clean) and erased when the scan ends. Short scans print nothing.
 */

/** Phases the line counts, in the order they run. */
const COUNTED = ['kustomize', 'charts', 'rules', 'dockerfiles'];
const SHORT = {
    kustomize: 'overlays',
    charts: 'charts',
    rules: 'rules',
    dockerfiles: 'Dockerfiles',
};
function terminalProgress(write, options = {}) {
    const now = options.now ?? (() => performance.now());
    const delay = options.delayMs ?? 1000;
    const every = options.everyMs ?? 100;
    const started = now();
    const counts = new Map();
    let current;
    let drawn = false;
    let last = -Infinity;
    const draw = () => {
        const parts = COUNTED.filter((p) => counts.has(p)).map((p) => {
            const c = counts.get(p);
            return `${SHORT[p]} ${c.done}/${c.total}`;
        });
        const seconds = ((now() - started) / 1000).toFixed(1);
        const doing = current ? `${scan_progress/* PHASE_LABEL */.j[current]}\u2026 ` : '';
        write(`\r\u001b[K${doing}${parts.join(' \u00b7 ')} (${seconds} s)`);
        drawn = true;
    };
    return {
        listener: (p) => {
            current = p.end ? undefined : p.phase;
            if (COUNTED.includes(p.phase))
                counts.set(p.phase, { done: p.done, total: p.total });
            const t = now();
            if (t - started < delay || t - last < every)
                return;
            last = t;
            draw();
        },
        done: () => {
            if (drawn)
                write('\r\u001b[K');
        },
    };
}

;// CONCATENATED MODULE: ./build/cli/scan-command.js




















const LEVELS = ['error', 'warning', 'note'];
const FORMATS = ['text', 'sarif', 'json'];
class UsageError extends Error {
}
function oneOf(name, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value)) {
        throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    }
    return value;
}
const SCAN_ARGS = {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    root: { type: 'string' },
    'pss-level': { type: 'string' },
    'pss-version': { type: 'string' },
    severity: { type: 'string' },
    'fail-on': { type: 'string' },
    exclude: { type: 'string', multiple: true },
    category: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    identities: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
    baseline: { type: 'string' },
    'no-baseline': { type: 'boolean' },
    offline: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    help: { type: 'boolean', short: 'h' },
};
async function runScan(argv, io) {
    const parsed = (0,args/* parseCommand */.R)('scan', argv, SCAN_ARGS, help/* SCAN_HELP */.Y6, io);
    if (typeof parsed === 'number')
        return parsed;
    const v = parsed.values;
    try {
        const format = oneOf('format', v.format, FORMATS, 'text');
        const severity = oneOf('severity', v.severity, LEVELS, 'note');
        const failOn = oneOf('fail-on', v['fail-on'], [...LEVELS, 'none'], 'error');
        const { root, result } = await configuredScan(io, v, parsed.positionals, {
            baseline: v['no-baseline'] ? false : v.baseline,
        });
        const reported = atOrAbove(result.findings, severity).concat(result.findings.filter((f) => f.suppression));
        // SARIF carries the rule pages (help text): their module is loaded for it alone.
        const toSarif = format === 'sarif' ? (await __webpack_require__.e(/* import() */ 549).then(__webpack_require__.bind(__webpack_require__, 2549))).toSarif : undefined;
        const write = (sink) => {
            if (format === 'sarif') {
                const { log, dropped } = limitResults(toSarif(reported, result.rules, result.notices, { category: v.category, root }));
                if (dropped) {
                    const note = `SARIF holds ${MAX_RESULTS_PER_RUN} results, GitHub's limit for one run (errors first); ${dropped} more are left out: see --format json for all of them`;
                    log.runs[0].invocations?.[0]?.toolExecutionNotifications?.push({
                        level: 'warning',
                        message: { text: note },
                    });
                    io.stderr(`kube-whoami: warning: ${note}\n`);
                }
                writeJson(log, sink);
            }
            else if (format === 'json') {
                writeJson(jsonReport(result, reported), sink, 2);
            }
            else {
                const color = v['no-color']
                    ? false
                    : (v.color ?? (io.isTTY && !v.output && !io.env.NO_COLOR));
                if (v.identities)
                    sink(identitiesTable(result.identities) + '\n');
                const severities = new Map(result.rules.map((r) => [r.id, r.meta.securitySeverity]));
                sink(toText(reported, result.notices, {
                    color,
                    verbose: v.verbose,
                    severity: (id) => severities.get(id) ?? 0,
                }));
            }
        };
        if (v.output) {
            writeOutputFile((0,external_node_path_.resolve)(io.cwd, v.output), v.output, write);
            if (format !== 'text')
                io.stderr(`kube-whoami: wrote ${v.output} (${reported.length} findings)\n`);
        }
        else {
            write(io.stdout);
        }
        if (format !== 'text')
            for (const n of result.notices)
                io.stderr(`kube-whoami: ${n.level}: ${n.message}\n`);
        return (0,report_severity/* exitCodeFor */.Rr)(result.findings, failOn) ? cli_io/* EXIT */.d.findings : cli_io/* EXIT */.d.ok;
    }
    catch (e) {
        if (e instanceof UsageError || e instanceof errors/* ConfigError */.xL || e instanceof OutputError) {
            for (const line of e.message.split('\n'))
                io.stderr(`kube-whoami: ${line}\n`);
            return cli_io/* EXIT */.d.usage;
        }
        throw e;
    }
}
/** The report file cannot be written (a missing folder, a folder, a full disk). */
class OutputError extends Error {
}
/** Writes a report file in pieces; a failure is one line naming the file and why. */
function writeOutputFile(abs, shown, write) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(abs, 'w');
    }
    catch (e) {
        throw new OutputError(`cannot write --output ${shown}: ${whyNot(e)}`);
    }
    try {
        write((text) => {
            const buf = Buffer.from(text);
            for (let off = 0; off < buf.length;)
                off += (0,external_node_fs_.writeSync)(fd, buf, off);
        });
    }
    catch (e) {
        throw new OutputError(`cannot write --output ${shown}: ${whyNot(e)}`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function whyNot(e) {
    const code = e.code;
    switch (code) {
        case 'ENOENT':
            return 'its folder does not exist';
        case 'EISDIR':
            return 'it is a folder';
        case 'ENOSPC':
            return 'no space left on the device';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EROFS':
            return 'read-only file system';
        default:
            return code ?? e.message;
    }
}
/**
 * Resolves the root, reads the configuration file and scans, as `scan` and `baseline` do;
 * `baseline` is the baseline file to apply (false: none).
 */
async function configuredScan(io, v, positionals, options) {
    const { root, paths } = resolveRoot(io.cwd, v.root, positionals);
    const loaded = await (0,file/* readConfig */.X)(root, v.config, rules/* RULES */.y.map((r) => r.id));
    const settings = scanOptionsFromConfig(root, loaded, {
        pssLevel: v['pss-level'],
        pssVersion: v['pss-version'],
        exclude: v.exclude,
        baseline: options.baseline,
        cwd: io.cwd,
        registry: {
            offline: v.offline === true || io.env.KUBE_WHOAMI_OFFLINE === '1',
            env: io.env,
        },
    });
    const jobs = (0,worker_entry/* scanJobs */.Av)(v.jobs, io.env);
    if ('error' in jobs)
        throw new UsageError(jobs.error);
    const progress = io.stderrTTY ? terminalProgress(io.stderr) : undefined;
    let result;
    try {
        result = await (0,scan/* scan */.S)({
            root,
            paths,
            ...settings,
            jobs: jobs.jobs,
            workersFromCharts: jobs.workersFromCharts,
            onProgress: progress?.listener,
        });
    }
    finally {
        progress?.done();
    }
    // One line, whatever the format: stdout stays the report. Nothing to say when offline
    // with nothing cached.
    const r = result.registry?.stats;
    if (r && r.cached + r.lookedUp + r.failed > 0)
        io.stderr(`kube-whoami: ${result.registry.summary}\n`);
    return { root, loaded, result };
}
/**
 * Reported paths are relative to the root: --root, else a single PATH that is a folder, else
 * the working directory.
 */
function resolveRoot(cwd, rootOpt, positionals) {
    const absPaths = positionals.map((p) => (0,external_node_path_.resolve)(cwd, p));
    for (const [i, p] of absPaths.entries()) {
        if (!(0,external_node_fs_.existsSync)(p))
            throw new UsageError(`path not found: ${positionals[i]}`);
    }
    let root = rootOpt ? (0,external_node_path_.resolve)(cwd, rootOpt) : cwd;
    // One folder is the root, as `init PATH` writes its config there; one file outside the
    // working directory is scanned from its own folder.
    if (!rootOpt && absPaths.length === 1) {
        if ((0,external_node_fs_.statSync)(absPaths[0]).isDirectory())
            root = absPaths[0];
        else if (isOutside(root, absPaths[0]))
            root = (0,external_node_path_.dirname)(absPaths[0]);
    }
    const paths = absPaths.map((p) => {
        if (isOutside(root, p))
            throw new UsageError(`${p} is outside the root ${root}; pass --root`);
        return (0,external_node_path_.relative)(root, p).split('\\').join('/');
    });
    return { root, paths: paths.filter((p) => p !== '') };
}
function isOutside(root, p) {
    const rel = (0,external_node_path_.relative)(root, p);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel);
}


/***/ })

};
