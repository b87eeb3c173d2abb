export const id = 982;
export const ids = [982];
export const modules = {

/***/ 8601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ChartPool: () => (/* binding */ ChartPool),
/* harmony export */   MIN_RENDERINGS_FOR_WORKERS: () => (/* binding */ MIN_RENDERINGS_FOR_WORKERS),
/* harmony export */   loadChartsHere: () => (/* binding */ loadChartsHere),
/* harmony export */   startChartPool: () => (/* binding */ startChartPool)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _core_worker_entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6231);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8824);
/**
 * Chart renderings spread over worker threads. The main thread and the workers take
 * renderings from one shared counter, so the main thread renders while the workers start
 * and nobody waits on a slow chart. A worker sends back the objects' values; their places
 * (values-file lines, template lines) are asked of the worker that rendered them, through a
 * synchronous call, when a finding is reported: the render's source map never leaves the
 * worker. The results are the ones a single thread gives (a test compares whole reports).
 *
 * A worker that fails (it could not start, or died) leaves its rendering to the main thread.
 * Without a bundle entry to start workers from (tests running the sources), or with one job,
 * everything is rendered here.
 */



/** Fewer renderings than this are never worth a worker's start-up (loading the engine again). */
const MIN_RENDERINGS_FOR_WORKERS = 4;
const YOUNG_GENERATION_MB = 48;
/**
 * Starts the workers as soon as the scan knows it has charts enough, so that they load the
 * engine while the main thread reads manifests and Dockerfiles. Undefined where workers are
 * not used (one job, few charts, or no bundle entry to start them from).
 */
function startChartPool(settings) {
    const entry = (0,_core_worker_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .workerEntry */ .xA)();
    const charts = settings.discoveredCharts.length;
    const minimum = Math.max(MIN_RENDERINGS_FOR_WORKERS, settings.workersFromCharts ?? 0);
    if (!entry || settings.jobs < 2 || charts < minimum)
        return undefined;
    const next = new SharedArrayBuffer(4);
    const clients = [];
    for (let w = 0; w < Math.min(settings.jobs, charts) - 1; w++) {
        const client = WorkerClient.start(entry, settings, next);
        if (client)
            clients.push(client);
    }
    return clients.length ? new ChartPool(settings, clients, next) : undefined;
}
/** Loads every rendering on this thread alone. */
function loadChartsHere(root, o) {
    const loaded = o.renderings.map((r, i) => {
        const l = o.loadChart(root, r, o.context);
        o.onLoaded?.(i);
        return l;
    });
    return { loaded, onWorkers: 0 };
}
class ChartPool {
    settings;
    clients;
    nextBuffer;
    constructor(settings, clients, nextBuffer) {
        this.settings = settings;
        this.clients = clients;
        this.nextBuffer = nextBuffer;
    }
    /** Loads every rendering on this thread and the workers; then the workers only answer calls. */
    async load(o) {
        const root = this.settings.root;
        const n = o.renderings.length;
        if (n < MIN_RENDERINGS_FOR_WORKERS) {
            this.close();
            return loadChartsHere(root, o);
        }
        const results = new Array(n);
        let onWorkers = 0;
        const local = (i) => {
            results[i] = o.loadChart(root, o.renderings[i], o.context);
            o.onLoaded?.(i);
        };
        for (const c of this.clients) {
            c.onDone = (i, r) => {
                if (r.fallback)
                    return local(i);
                for (const p of r.withoutDirectives)
                    o.withoutDirectives(p);
                results[i] = c.rebuild(r);
                onWorkers++;
                o.onLoaded?.(i);
            };
            c.send(o.renderings);
        }
        const next = new Int32Array(this.nextBuffer);
        for (;;) {
            const i = Atomics.add(next, 0, 1);
            if (i >= n)
                break;
            local(i);
        }
        // A worker says when it finds the counter past the end; its renderings come before that.
        while (this.clients.some((c) => c.alive && !c.outOfWork)) {
            await Promise.race(this.clients.map((c) => c.nextEvent()));
        }
        // What a worker took and never sent back (it died) is rendered here.
        for (let i = 0; i < n; i++)
            if (results[i] === undefined)
                local(i);
        for (const c of this.clients)
            c.idle();
        return { loaded: results, onWorkers };
    }
    /** Stops the workers (nothing they rendered is in use). */
    close() {
        for (const c of this.clients)
            c.stop();
    }
}
class WorkerClient {
    worker;
    port;
    signal;
    onDone = () => { };
    alive = true;
    /** The worker found no rendering left to take. */
    outOfWork = false;
    wake = [];
    constructor(worker, port, signal) {
        this.worker = worker;
        this.port = port;
        this.signal = signal;
        worker.on('message', (m) => {
            if ('done' in m)
                this.onDone(m.done, m.result);
            else
                this.outOfWork = true;
            this.notify();
        });
        const gone = () => {
            this.alive = false;
            this.notify();
        };
        worker.on('error', gone);
        worker.on('exit', gone);
    }
    static start(entry, o, next) {
        const { port1, port2 } = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.MessageChannel();
        const signal = new SharedArrayBuffer(4);
        const data = {
            role: _core_worker_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .CHART_WORKER_ROLE */ .t5,
            root: o.root,
            limits: o.limits,
            discoveredCharts: [...o.discoveredCharts],
            rediscover: o.rediscover,
            next,
            signal,
            port: port2,
        };
        try {
            const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(entry, {
                workerData: data,
                transferList: [port2],
                // Node 20's young generation (3 semi-spaces of 16 MB). Node 24's grows far larger,
                // and a render keeps most of what it makes, so every scavenge copies it (the action
                // relaunches itself for the same reason, action/relaunch.ts).
                resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
            });
            // Until it has renderings to do, a worker does not keep the process up (a scan that
            // fails before its charts must still end).
            worker.unref();
            return new WorkerClient(worker, port1, new Int32Array(signal));
        }
        catch {
            return undefined;
        }
    }
    nextEvent() {
        return new Promise((resolve) => this.wake.push(resolve));
    }
    notify() {
        const w = this.wake;
        this.wake = [];
        for (const f of w)
            f();
    }
    /** The renderings to take from the shared counter. */
    send(renderings) {
        this.worker.ref();
        this.worker.postMessage({ renderings: [...renderings] });
    }
    stop() {
        this.alive = false;
        void this.worker.terminate();
    }
    /** After the renderings: the worker only answers calls, and does not keep the process up. */
    idle() {
        this.worker.unref();
        this.port.unref();
    }
    /** Objects of a worker's rendering, with sources that ask the worker for places. */
    rebuild(r) {
        const objects = [];
        for (const d of r.documents) {
            const source = new RemoteManifestSource(this, d);
            const made = (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .objectsOfDocument */ .p3)(source);
            made.forEach((obj, k) => {
                const sent = d.objects[k];
                obj.namespace = sent?.namespace;
                if (sent?.renderedId !== undefined)
                    obj.renderedId = sent.renderedId;
                objects.push(obj);
            });
        }
        return {
            objects,
            problems: r.problems,
            notices: r.notices,
            documents: r.documentCount,
        };
    }
    /** A synchronous call answered by the worker (its event loop is free once it has rendered). */
    call(req) {
        if (!this.alive)
            return { error: 'the chart worker is gone' };
        Atomics.store(this.signal, 0, 0);
        this.port.postMessage(req);
        const waited = Atomics.wait(this.signal, 0, 0, 60_000);
        const m = (0,node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.receiveMessageOnPort)(this.port);
        if (waited === 'timed-out' || !m)
            return { error: 'the chart worker did not answer' };
        return m.message;
    }
}
/** A chart's rendered document whose source map lives in the worker that rendered it. */
class RemoteManifestSource {
    client;
    sent;
    id;
    doc;
    renderNote;
    rendering;
    constructor(client, sent) {
        this.client = client;
        this.sent = sent;
        this.id = sent.id;
        this.renderNote = sent.renderNote;
        this.rendering = sent.rendering;
        this.doc = new RemoteDocument(client, sent);
    }
    /** As the worker's RenderedManifestSource answers it. */
    feed(query) {
        const r = this.client.call({ op: 'feed', doc: this.sent.key, query });
        return 'value' in r ? r.value : undefined;
    }
    locate(path, part) {
        const r = this.client.call({ op: 'locate', doc: this.sent.key, path: [...path], part });
        if ('value' in r && r.value)
            return r.value;
        // As a rendered document without a trace answers: the file, at its top.
        const file = this.sent.file;
        return { range: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, related: [] };
    }
}
/** The value of a rendered document; its positions are the worker's. */
class RemoteDocument {
    client;
    sent;
    file;
    value;
    problems = [];
    isEmpty = false;
    span;
    contentRange;
    constructor(client, sent) {
        this.client = client;
        this.sent = sent;
        this.file = sent.file;
        this.value = sent.value;
        this.span = sent.span;
        this.contentRange = sent.contentRange;
    }
    has(path) {
        const r = this.client.call({ op: 'has', doc: this.sent.key, path: [...path] });
        return 'value' in r && r.value === true;
    }
    spanOf() {
        // Rendered documents are placed through locate (the source map), never by span.
        return undefined;
    }
    rangeOf() {
        return undefined;
    }
}


/***/ })

};
