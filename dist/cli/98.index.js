export const id = 98;
export const ids = [98];
export const modules = {

/***/ 4098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBaseline: () => (/* binding */ runBaseline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _baseline_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7823);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2356);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1973);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9376);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9654);
/* harmony import */ var _scan_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7527);








/**
 * `kube-whoami baseline [PATH...] [-o FILE]`: scans like `scan` (same config, excludes and
 * policy) and writes every finding not already suppressed to a baseline file, which later
 * scans read to fail only on new findings. The existing baseline is not applied while
 * writing, so the file always holds the complete current set.
 */
async function runBaseline(argv, io) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommand */ .R)('baseline', argv, {
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        offline: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        root: { type: 'string' },
        'pss-level': { type: 'string' },
        'pss-version': { type: 'string' },
        exclude: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
    }, _help_js__WEBPACK_IMPORTED_MODULE_6__/* .BASELINE_HELP */ .CO, io);
    if (typeof parsed === 'number')
        return parsed;
    const v = parsed.values;
    try {
        // The existing baseline is not applied: the file always holds the complete current set.
        const { root, loaded, result } = await (0,_scan_command_js__WEBPACK_IMPORTED_MODULE_5__.configuredScan)(io, v, parsed.positionals, {
            baseline: false,
        });
        const doc = (0,_baseline_format_js__WEBPACK_IMPORTED_MODULE_7__/* .createBaseline */ .wu)(result.findings);
        const text = (0,_baseline_format_js__WEBPACK_IMPORTED_MODULE_7__/* .serializeBaseline */ .ky)(doc);
        const counts = new Map();
        for (const e of doc.findings)
            counts.set(e.ruleId, (counts.get(e.ruleId) ?? 0) + 1);
        const byRule = [...counts]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([id, n]) => `  ${String(n).padStart(5)}  ${id}\n`)
            .join('');
        if (v.output === '-') {
            io.stdout(text);
            return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        }
        const target = v.output
            ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v.output)
            : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, loaded.config.baseline?.value ?? _baseline_format_js__WEBPACK_IMPORTED_MODULE_7__/* .BASELINE_FILE_NAME */ .Ng);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, text);
        const shown = v.output ?? loaded.config.baseline?.value ?? _baseline_format_js__WEBPACK_IMPORTED_MODULE_7__/* .BASELINE_FILE_NAME */ .Ng;
        const n = doc.findings.length;
        io.stdout(`kube-whoami: wrote ${shown} with ${n} ${n === 1 ? 'finding' : 'findings'}\n${byRule}` +
            (loaded.config.baseline || v.output
                ? ''
                : `Scans read it with --baseline ${shown}, or add "baseline: ${shown}" to .kube-whoami.yaml.\n`));
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
    }
    catch (e) {
        if (e instanceof _scan_command_js__WEBPACK_IMPORTED_MODULE_5__.UsageError || e instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL) {
            for (const line of e.message.split('\n'))
                io.stderr(`kube-whoami: ${line}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
        }
        throw e;
    }
}


/***/ })

};
