#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 9654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ BASELINE_HELP),
/* harmony export */   Fb: () => (/* binding */ INIT_HELP),
/* harmony export */   Y6: () => (/* binding */ SCAN_HELP),
/* harmony export */   _$: () => (/* binding */ HELP)
/* harmony export */ });
/* harmony import */ var _core_project_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2591);

const TITLE = `kube-whoami ${_core_project_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .wr}: who will each container run as, and will Kubernetes start it?`;
/** Options `scan` and `baseline` share: where to look, which policy applies, whom to ask. */
const SELECTION_OPTIONS = `  -c, --config FILE              configuration file (default .kube-whoami.yaml at the root, when present)
      --root DIR                 root that reported paths are relative to (default: a single PATH that is a
                                 folder, else the current directory)
      --pss-level LEVEL          Pod Security Standards level: privileged, baseline, restricted (default restricted)
      --pss-version VERSION      policy version: latest or v1.0 ... v1.37 (default latest)
      --exclude GLOB             skip files matching GLOB (repeatable), on top of .gitignore
      --offline                  ask no registry: image facts come from the lookup cache and the
                                 shipped table only (also KUBE_WHOAMI_OFFLINE=1)
  -j, --jobs N                   threads rendering Helm charts, from four charts on (also
                                 KUBE_WHOAMI_JOBS; default: the cores, up to 4, and below 4 cores
                                 only for 64 charts or more)`;
const SCAN_OPTIONS = `  -f, --format text|sarif|json   output format (default text)
  -o, --output FILE              write the report to FILE instead of standard output
${SELECTION_OPTIONS}
      --severity LEVEL           lowest level reported: error, warning, note (default note)
      --fail-on LEVEL            lowest level that makes the exit code 1: error, warning, note, none (default error)
      --category NAME            SARIF automationDetails category (default kube-whoami)
      --identities               text output starts with the who-runs-as-whom table
  -v, --verbose                  text output lists every finding in full (no summary of the
                                 restricted hardening) and each rule's documentation link
      --baseline FILE            report findings in this baseline file as suppressed (default:
                                 the config's baseline:); only new findings fail
      --no-baseline              ignore the config's baseline:
      --color / --no-color       force or disable colour in text output (default: colour on a terminal)
  -h, --help                     show this help`;
const SUPPRESSING = `Suppressing a finding (each with an optional reason after the rule ids):
  # kube-whoami ignore=RULE[,RULE] reason    YAML: on the line above a field, object or list item,
                                             or at the end of the field's line; Dockerfile: on the
                                             line above an instruction
  # kube-whoami ignore-file=RULE[,RULE]      the whole file
  kube-whoami.io/ignore: "RULE[,RULE]"       annotation on the object or its pod template
                                             (reason: kube-whoami.io/ignore-reason)`;
const EXIT_CODES = `Exit codes:
  0  nothing at or above --fail-on
  1  findings at or above --fail-on
  2  usage or configuration error
  3  internal error (please report it)`;
const HELP = `${TITLE}

Usage:
  kube-whoami [scan] [PATH...] [options]   scan manifests, charts and Dockerfiles under PATH (default .)
  kube-whoami render [NAME] CHART [flags]  print what \`helm template\` prints, without helm
  kube-whoami kustomize [DIR] [flags]      print what \`kubectl kustomize\` prints, without kubectl
  kube-whoami baseline [PATH...] [-o FILE] accept the current findings: write them to a baseline file
                                           (default .kube-whoami-baseline.json, or the config's baseline:)
  kube-whoami init [PATH] [--force]        write a commented .kube-whoami.yaml with the image links
                                           and charts found under PATH
  kube-whoami --version | --help
  kube-whoami COMMAND --help               the options of one command

Scan options:
${SCAN_OPTIONS}

${SUPPRESSING}

${EXIT_CODES}
`;
const SCAN_HELP = `${TITLE}

Usage:
  kube-whoami scan [PATH...] [options]

Scans the Kubernetes manifests, Helm charts and Dockerfiles under each PATH (default: the
current directory) and reports who each container runs as, whether the kubelet will start it,
and what the Pod Security Standards say. With a single PATH that is a folder, that folder is the
root: its .kube-whoami.yaml is read and reported paths are relative to it.

Options:
${SCAN_OPTIONS}

${SUPPRESSING}

${EXIT_CODES}
`;
const BASELINE_HELP = `${TITLE}

Usage:
  kube-whoami baseline [PATH...] [options]

Scans like \`kube-whoami scan\` (same root, configuration and policy) and writes every current
finding that is not suppressed otherwise to a baseline file. Later scans read it (config
\`baseline:\` or --baseline FILE) and fail only on findings that are not in it.

Options:
  -o, --output FILE              where to write (default: the config's baseline:, else
                                 .kube-whoami-baseline.json at the root); - for standard output
${SELECTION_OPTIONS}
  -h, --help                     show this help

Exit codes:
  0  the baseline was written
  2  usage or configuration error
  3  internal error (please report it)
`;
const INIT_HELP = `${TITLE}

Usage:
  kube-whoami init [PATH] [options]

Writes a commented starter .kube-whoami.yaml into PATH (default: the current directory): the
image -> Dockerfile links found in its workflows, compose, skaffold files and Makefiles, and its
Helm charts with a variant for each values-<name>.yaml beside them. \`kube-whoami scan PATH\` then
reads it. Review it: a chart variant renders that values file too, which can add findings.

Options:
  -o, --output FILE              write to FILE instead (- for standard output)
      --force                    overwrite an existing configuration file
  -h, --help                     show this help

Exit codes:
  0  the file was written
  2  usage error, or the file exists and --force was not given
`;


/***/ }),

/***/ 1973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/** Exit codes of every command. */
const EXIT = {
    ok: 0,
    findings: 1,
    usage: 2,
    internal: 3,
};


/***/ }),

/***/ 2591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** Facts about the tool itself, shown in SARIF, help texts and reports. */
const TOOL_NAME = 'kube-whoami';
const TOOL_VERSION = '0.1.0';
const REPOSITORY_URL = 'https://github.com/kube-whoami/kube-whoami';
/** The documentation page of a rule (docs/rules/<id>.md in the repository). */
function ruleDocsUrl(ruleId) {
    return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}


/***/ }),

/***/ 6231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ scanJobs),
/* harmony export */   D5: () => (/* binding */ isChartWorker),
/* harmony export */   HU: () => (/* binding */ setWorkerEntry),
/* harmony export */   t5: () => (/* binding */ CHART_WORKER_ROLE),
/* harmony export */   xA: () => (/* binding */ workerEntry)
/* harmony export */ });
/* unused harmony export MAX_JOBS */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);
/**
 * Which file a worker thread of this program starts from. A bundle's entry (dist/cli/index.js,
 * dist/index.js) registers itself, and starts the worker side instead of a command when it
 * finds itself running as one; without a registered entry (tests running the sources) work
 * that could go to workers is done on the calling thread.
 */


/** The `workerData.role` of a chart-rendering worker. */
const CHART_WORKER_ROLE = 'kube-whoami chart worker';
let entry;
function setWorkerEntry(url) {
    entry = url;
}
function workerEntry() {
    return entry;
}
/** Whether this thread was started as a chart worker (by chart-pool.ts). */
function isChartWorker() {
    return (!node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread &&
        typeof node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData === 'object' &&
        node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData !== null &&
        node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData.role === CHART_WORKER_ROLE);
}
/** At most this many threads render charts, whatever the machine has (memory grows with each). */
const MAX_JOBS = 4;
/**
 * Threads a scan renders charts on: `--jobs`, else KUBE_WHOAMI_JOBS, else the machine's cores
 * up to MAX_JOBS. A worker starts its own engine and warms up its own compiled code, and V8's
 * threads (compiling hot code, collecting garbage) already keep about a quarter of a core
 * busy per rendering thread: on 2 cores a second thread made the 40 corpus charts 9 % slower
 * (3.8 s against 3.5 s) and bitnami/charts' 117 charts 22 % faster (14.5 s against 18.5 s).
 * So by default, below 4 cores workers wait for 64 charts; a count given is used from 4. A
 * value that is not a whole number from 1 is an error message.
 */
function scanJobs(flag, env, cores = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)()) {
    const given = flag ?? env.KUBE_WHOAMI_JOBS;
    if (given === undefined || given === '')
        return { jobs: Math.min(MAX_JOBS, cores), workersFromCharts: cores >= 4 ? 4 : 64 };
    if (!/^[1-9][0-9]{0,2}$/.test(given.trim()))
        return {
            error: `${flag !== undefined ? '--jobs' : 'KUBE_WHOAMI_JOBS'} must be a whole number from 1 to 999, not ${JSON.stringify(given)}`,
        };
    return { jobs: Number(given.trim()), workersFromCharts: 4 };
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = (globalThis[Symbol.for("kube-whoami.loadChunk")]?.(new URL("./" + __nccwpck_require__.u(chunkId), import.meta.url).href) ?? import("./" + __nccwpck_require__.u(chunkId))).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./build/core/chunk-code-cache.js
/**
 * V8's code cache of the bundle's chunks, written when a run ends, so that it holds every
 * function the run compiled. Node's own compile cache (Node >= 22.1, compile-cache.ts) stores a
 * module as compiled before it runs: its top level only, so each process compiled again every
 * function a command calls (about 60-80 ms of a cold scan), and Node 20 has no cache at all.
 * Here the bundler's chunk loader (patched by scripts/build.mjs to ask this hook first) gets
 * each chunk compiled as a script with `vm.Script` and V8's cached data: on Node 20 and later
 * alike, and with the functions a previous run used already compiled.
 *
 * A cache is an optimisation only: a chunk this cannot take (not the shape ncc writes, with
 * `import.meta` in it) is imported as before, and a cache that cannot be read, written or is
 * refused by V8 (another V8, other flags) only costs the compilation it would have saved.
 */






/** The global the patched chunk loader calls (`Symbol.for`, shared with scripts/build.mjs). */
const CHUNK_LOADER_KEY = 'kube-whoami.loadChunk';
/** Cache files written this long ago are removed when the cache is next written. */
const STALE_MS = 30 * 24 * 3600 * 1000;
/** The first three lines of every chunk ncc writes: its exports, read by the bundle's runtime. */
const head = /^export const id = \d+;\nexport const ids = \[[\d, ]*\];\nexport const modules = /;
/** What a chunk must not hold to run as a script: a module's syntax, past the head. */
const moduleSyntax = /^(?:import|export)\b|\bimport\s*(?:\.\s*meta\b|\()/gm;
/**
 * A chunk's text as a script whose value is a function returning the chunk's exports, or
 * undefined when the text is not what ncc writes (its three declarations first, nothing else
 * exported or imported, no `import.meta`; `import()` only with `dynamicImport`, the main
 * context's loader for the script). Lines keep their numbers, so stack traces point at the
 * same lines; 'use strict' keeps the module's semantics.
 */
function chunkScript(text, dynamicImport) {
    const declarations = head.exec(text);
    if (!declarations)
        return undefined;
    const body = text.slice(declarations[0].length);
    for (const m of body.matchAll(moduleSyntax)) {
        if (!dynamicImport || !m[0].endsWith('('))
            return undefined;
    }
    const exports = declarations[0].replaceAll('export const', 'const');
    return `(function () {'use strict';${exports}${body}\nreturn { id, ids, modules };\n})`;
}
/** Changed whenever chunkScript makes another text of the same chunk. */
const SCRIPT_FORM = 2;
// Loaded with the first chunk, not at start-up: `--version` loads no chunk (10 ms on Node 24).
const vmModule = () => process.getBuiltinModule('node:vm');
/**
 * The cache file of a chunk's bytes under this runtime and for this kind of run (`profile`).
 * V8's data is for one V8 build, and V8 itself checks only the text's length, so the key holds
 * a CRC-32 of the bytes and their length, as Node's own compile cache keys its files (0.1 ms
 * for the 1.7 MB of a scan's chunks, where SHA-1 took 6). A chunk that `render` and `scan` both
 * load (the YAML parser) has one cache per command, each with the functions that command calls.
 */
function cacheKey(chunk, profile) {
    const node = `${process.version} ${process.versions.v8} ${process.arch}`;
    const runtime = `${SCRIPT_FORM} ${profile} ${node}`;
    return `${(0,external_node_zlib_.crc32)(runtime).toString(16)}-${(0,external_node_zlib_.crc32)(chunk).toString(16)}-${chunk.byteLength}`;
}
/**
 * A cache holds the functions of the run that wrote it; the next runs that read it write it
 * again, with their functions added, until this many runs went into it. A scan of a chart
 * repository and one of Dockerfiles call different parts of the same chunk: the third and
 * later runs start with both. Writing costs about 25 ms for a scan's chunks.
 */
const MERGED_RUNS = 4;
/**
 * Installs the loader for chunks read from disk with the cache in `dir`, for runs of the kind
 * `profile` (see cacheKey). Only the main thread writes the cache (at exit); chart workers
 * read it.
 */
function installChunkCodeCache(dir, profile) {
    const pending = [];
    const load = (url) => {
        // Older than Node 20.16 (below what the package supports): the module loader as before.
        if (typeof process.getBuiltinModule !== 'function')
            return undefined;
        const vm = vmModule();
        const dynamicImport = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
        let bytes;
        let source;
        try {
            bytes = (0,external_node_fs_.readFileSync)((0,external_node_url_namespaceObject.fileURLToPath)(url));
            // The bundles are ASCII (the build makes them so): one byte per character, no decoding.
            const text = (0,external_node_buffer_namespaceObject.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
            source = chunkScript(text, dynamicImport !== undefined);
        }
        catch {
            return undefined;
        }
        if (source === undefined)
            return undefined;
        const file = (0,external_node_path_.join)(dir, `${cacheKey(bytes, profile)}.v8`);
        // A cache file: one byte counting the runs that went into it, then V8's data.
        let cachedData;
        let runs = 0;
        try {
            const data = (0,external_node_fs_.readFileSync)(file);
            if (data.length > 1) {
                runs = data[0];
                cachedData = data.subarray(1);
            }
        }
        catch {
            cachedData = undefined;
        }
        let script;
        try {
            script = new vm.Script(source, {
                filename: url,
                cachedData,
                ...(dynamicImport !== undefined ? { importModuleDynamically: dynamicImport } : {}),
            });
        }
        catch {
            // Not a script after all (a top-level await): the module loader takes it.
            return undefined;
        }
        if (cachedData === undefined || script.cachedDataRejected === true)
            runs = 0;
        if (external_node_worker_threads_.isMainThread && runs < MERGED_RUNS) {
            if (pending.length === 0)
                process.once('exit', () => save(dir, pending));
            pending.push({ script, file, runs: runs + 1 });
        }
        const exports = script.runInThisContext()();
        return Promise.resolve(exports);
    };
    globalThis[Symbol.for(CHUNK_LOADER_KEY)] = load;
}
/** Writes each cache (whole or not at all), and drops files written long ago. */
function save(dir, pending) {
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        const now = Date.now();
        const fresh = new Set(pending.map((p) => p.file));
        for (const name of (0,external_node_fs_.readdirSync)(dir)) {
            const file = (0,external_node_path_.join)(dir, name);
            if (fresh.has(file))
                continue;
            try {
                if (now - (0,external_node_fs_.statSync)(file).mtimeMs > STALE_MS)
                    (0,external_node_fs_.unlinkSync)(file);
            }
            catch {
                // Gone already (another process pruned it).
            }
        }
        for (const { script, file, runs } of pending) {
            const temp = `${file}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(temp, Buffer.concat([Buffer.of(runs), script.createCachedData()]));
            (0,external_node_fs_.renameSync)(temp, file);
        }
    }
    catch {
        // An unwritable cache folder: the next run compiles again.
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./build/core/compile-cache.js
/**
 * Node's on-disk cache of compiled modules (Node >= 22.1): the second run of the bundle reads
 * its chunks' bytecode instead of compiling them again. Called by the entry points before they
 * import anything large. The cache lives under the user's cache folder (never a folder other
 * users share), or RUNNER_TEMP in the Action; NODE_COMPILE_CACHE and
 * NODE_DISABLE_COMPILE_CACHE keep their meaning, as Node gives them.
 */




/** Where this user's caches go, by the platform's convention. */
function userCacheDir(env, platform = process.platform) {
    if (env.XDG_CACHE_HOME)
        return env.XDG_CACHE_HOME;
    if (platform === 'win32' && env.LOCALAPPDATA)
        return env.LOCALAPPDATA;
    if (platform === 'darwin')
        return (0,external_node_path_.join)((0,external_node_os_.homedir)(), 'Library', 'Caches');
    return (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
}
/** The folder of kube-whoami's compile cache for this environment. */
function compileCacheDir(env, platform = process.platform) {
    const base = env.GITHUB_ACTIONS === 'true' && env.RUNNER_TEMP ? env.RUNNER_TEMP : userCacheDir(env, platform);
    return (0,external_node_path_.join)(base, 'kube-whoami', 'compile-cache');
}
/** Turns the cache on where Node has one; never fails (a cache is an optimisation only). */
function enableCompileCache(env = process.env) {
    const enable = external_node_module_namespaceObject.enableCompileCache;
    if (typeof enable !== 'function' || env.NODE_COMPILE_CACHE)
        return;
    try {
        enable(compileCacheDir(env));
    }
    catch {
        // An unwritable home or cache folder: run without the cache.
    }
}
/**
 * Writes what Node's cache holds now (Node >= 22.10), for a process about to end with
 * `process.exit()`: Node writes it by itself only at a natural exit. Never fails.
 */
function flushCompileCache() {
    const flush = external_node_module_namespaceObject.flushCompileCache;
    try {
        flush?.();
    }
    catch {
        // A cache that cannot be written only costs the next run its compilation.
    }
}
/**
 * The CLI's cache of its chunks with every function a run compiled (chunk-code-cache.ts), in
 * the same folder (`chunks` in it), on every Node, kept apart for each `command` (the commands
 * call different functions of the chunks they share). Not for the Action: each job starts with an
 * empty RUNNER_TEMP, so the cache would be written at the end of every run and never read.
 */
function enableChunkCodeCache(command, env = process.env) {
    if (env.NODE_DISABLE_COMPILE_CACHE)
        return;
    const dir = env.NODE_COMPILE_CACHE
        ? (0,external_node_path_.join)(env.NODE_COMPILE_CACHE, 'kube-whoami-chunks')
        : (0,external_node_path_.join)(compileCacheDir(env), 'chunks');
    installChunkCodeCache(dir, command);
}

;// CONCATENATED MODULE: ./build/core/exit-when-done.js
/**
 * Ends the process once its work is done and its output is out. Left to end by itself, Node
 * first runs every task V8 still has queued (a scavenge, optimising compiles on helper threads,
 * finishing a concurrent marking): 10-25 ms of a 250 ms `render` and of a 470 ms scan measured
 * here, all of it work for a process about to end. `process.exit()` skips those tasks and still
 * runs the 'exit' listeners (the chunk code cache is saved there).
 *
 * Output not yet handed to the system (a pipe on Windows writes asynchronously; a full pipe
 * buffers) would be lost by exiting now, so then the process ends by itself as before.
 */

function exitWhenDone(code, io = process) {
    process.exitCode = code;
    if (io.stdout.writableLength > 0 || io.stderr.writableLength > 0)
        return;
    flushCompileCache();
    process.exit(code);
}

// EXTERNAL MODULE: ./build/core/worker-entry.js
var worker_entry = __nccwpck_require__(6231);
// EXTERNAL MODULE: ./build/core/project.js
var project = __nccwpck_require__(2591);
// EXTERNAL MODULE: ./build/cli/help.js
var help = __nccwpck_require__(9654);
// EXTERNAL MODULE: ./build/cli/io.js
var cli_io = __nccwpck_require__(1973);
;// CONCATENATED MODULE: ./build/cli/main.js



/**
 * The CLI: argv in, exit code out. Never calls process.exit, so output is never cut short.
 * Each command's code is imported when that command runs (the bundle keeps it in a chunk of
 * its own), so `--version`, `--help`, `render` and `kustomize` do not load the scanner.
 */
async function main(argv, io) {
    const [first, ...rest] = argv;
    try {
        switch (first) {
            case '--version':
            case '-v':
                io.stdout(`${project/* TOOL_VERSION */.wr}\n`);
                return cli_io/* EXIT */.d.ok;
            case '--help':
            case '-h':
            case 'help':
                io.stdout(help/* HELP */._$);
                return cli_io/* EXIT */.d.ok;
            case 'scan':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(266), __nccwpck_require__.e(298), __nccwpck_require__.e(969), __nccwpck_require__.e(621), __nccwpck_require__.e(2), __nccwpck_require__.e(527)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7527))).runScan(rest, io);
            case 'baseline':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(266), __nccwpck_require__.e(298), __nccwpck_require__.e(969), __nccwpck_require__.e(621), __nccwpck_require__.e(2), __nccwpck_require__.e(527), __nccwpck_require__.e(98)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4098))).runBaseline(rest, io);
            case 'init':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(266), __nccwpck_require__.e(298), __nccwpck_require__.e(969), __nccwpck_require__.e(621), __nccwpck_require__.e(2), __nccwpck_require__.e(230)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9230))).runInit(rest, io);
            case 'render':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(266), __nccwpck_require__.e(242), __nccwpck_require__.e(969), __nccwpck_require__.e(767), __nccwpck_require__.e(634)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9634))).runRender(rest, io);
            case 'kustomize':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(266), __nccwpck_require__.e(242), __nccwpck_require__.e(969), __nccwpck_require__.e(767), __nccwpck_require__.e(286), __nccwpck_require__.e(539)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3539))).runKustomize(rest, io);
            default:
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(266), __nccwpck_require__.e(298), __nccwpck_require__.e(969), __nccwpck_require__.e(621), __nccwpck_require__.e(2), __nccwpck_require__.e(527)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7527))).runScan(argv, io);
        }
    }
    catch (e) {
        const err = e;
        io.stderr(`kube-whoami: internal error: ${err.message}\n${err.stack ?? ''}\nPlease report this at https://github.com/kube-whoami/kube-whoami/issues\n`);
        return cli_io/* EXIT */.d.internal;
    }
}

;// CONCATENATED MODULE: ./build/cli/index.js




// Before any command's code (chunks of their own, imported by main) is compiled.
enableCompileCache();
// Chart workers render for a scan; `baseline` and a command-less call are scans too (main.ts).
const command = (0,worker_entry/* isChartWorker */.D5)() ? 'scan' : process.argv[2];
enableChunkCodeCache(['render', 'kustomize', 'init'].includes(command) ? command : 'scan');
if ((0,worker_entry/* isChartWorker */.D5)()) {
    // A thread of a scan rendering charts (k8s/chart-pool.ts), started from this file.
    void Promise.all(/* import() */[__nccwpck_require__.e(266), __nccwpck_require__.e(242), __nccwpck_require__.e(298), __nccwpck_require__.e(969), __nccwpck_require__.e(767), __nccwpck_require__.e(621), __nccwpck_require__.e(422)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5422)).then((m) => m.serveChartJobs());
}
else {
    (0,worker_entry/* setWorkerEntry */.HU)(new URL(import.meta.url));
    runCommand();
}
function runCommand() {
    /**
     * A closed or failing stdout (`| head -c 100`, a full disk) is an output problem: one line on
     * stderr and exit 2, and nothing more is written to it.
     */
    let stdoutFailed = false;
    process.stdout.on('error', (e) => {
        if (!stdoutFailed) {
            stdoutFailed = true;
            const why = e.code === 'EPIPE' ? 'the reader closed the pipe' : (e.code ?? e.message);
            process.stderr.write(`kube-whoami: cannot write the report to standard output: ${why}\n`);
        }
        process.exitCode = 2;
    });
    // A closed stderr (`2>&1 | head`) leaves nowhere to say anything: the exit code says it.
    process.stderr.on('error', () => {
        process.exitCode = 2;
    });
    main(process.argv.slice(2), {
        stdout: (s) => {
            if (!stdoutFailed)
                process.stdout.write(s);
        },
        stderr: (s) => process.stderr.write(s),
        cwd: process.cwd(),
        isTTY: Boolean(process.stdout.isTTY),
        stderrTTY: Boolean(process.stderr.isTTY),
        env: process.env,
    }).then((code) => exitWhenDone(stdoutFailed ? 2 : code), (e) => {
        process.stderr.write(`kube-whoami: internal error: ${e.message}\n`);
        process.exitCode = 3;
    });
}

