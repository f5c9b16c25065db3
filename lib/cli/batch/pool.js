"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runPool = runPool;
const worker_threads_1 = require("worker_threads");
function runPool(items, options, onResult) {
    const size = Math.max(1, Math.floor(options.size));
    const window = options.window ?? 4 * size;
    const iterator = items[Symbol.iterator]();
    const held = new Map();
    const slots = new Set();
    let started = 0;
    let emitted = 0;
    let exhausted = false;
    let settled = false;
    return new Promise((resolve, reject) => {
        const stop = (error) => {
            if (settled)
                return;
            settled = true;
            for (const slot of slots) {
                if (slot.timer)
                    clearTimeout(slot.timer);
                slot.worker.removeAllListeners();
                slot.worker.on('error', () => undefined);
                void slot.worker.terminate();
            }
            slots.clear();
            if (error === undefined)
                resolve();
            else
                reject(error instanceof Error ? error : new Error(String(error)));
        };
        const nextJob = () => {
            if (exhausted || started >= emitted + window)
                return null;
            const next = iterator.next();
            if (next.done) {
                exhausted = true;
                return null;
            }
            return { index: started++, item: next.value };
        };
        const give = (slot, job) => {
            slot.job = job;
            slot.worker.postMessage({ id: job.index, item: job.item });
            if (options.timeoutMs !== undefined) {
                slot.timer = setTimeout(() => {
                    slot.timedOut = true;
                    void slot.worker.terminate();
                }, options.timeoutMs);
            }
        };
        const finish = (slot, result) => {
            const job = slot.job;
            if (slot.timer)
                clearTimeout(slot.timer);
            slot.job = null;
            slot.timer = null;
            held.set(job.index, { result, item: job.item });
            try {
                while (held.has(emitted)) {
                    const { result: r, item } = held.get(emitted);
                    held.delete(emitted);
                    onResult(r, emitted, item);
                    emitted++;
                }
            }
            catch (e) {
                return stop(e);
            }
            pump();
        };
        const spawn = (job) => {
            const worker = new worker_threads_1.Worker(options.script, { workerData: options.workerData, resourceLimits: options.resourceLimits });
            const slot = { worker, job: null, ready: false, timedOut: false, error: '', timer: null };
            slots.add(slot);
            worker.on('message', (m) => {
                if ('ready' in m)
                    slot.ready = true;
                else if (slot.job && m.id === slot.job.index)
                    finish(slot, { ok: true, value: m.value });
            });
            worker.on('error', (e) => {
                slot.error = e.message;
            });
            worker.on('exit', (code) => {
                slots.delete(slot);
                if (settled)
                    return;
                if (!slot.ready && !slot.timedOut)
                    return stop(new Error(`a worker could not start (${slot.error || `exit code ${code}`})`));
                if (slot.job)
                    finish(slot, slot.timedOut ? { ok: false, failure: 'timeout', detail: `${options.timeoutMs} ms` } : { ok: false, failure: 'crash', detail: slot.error || `exit code ${code}` });
                else
                    pump();
            });
            give(slot, job);
        };
        const pump = () => {
            if (settled)
                return;
            for (const slot of slots) {
                if (slot.job)
                    continue;
                const job = nextJob();
                if (!job)
                    break;
                give(slot, job);
            }
            while (slots.size < size) {
                const job = nextJob();
                if (!job)
                    break;
                spawn(job);
            }
            if (exhausted && held.size === 0 && [...slots].every((s) => s.job === null))
                stop();
        };
        try {
            pump();
        }
        catch (e) {
            stop(e);
        }
    });
}
