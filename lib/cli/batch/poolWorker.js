"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serve = serve;
const worker_threads_1 = require("worker_threads");
function serve(handle) {
    const port = worker_threads_1.parentPort;
    if (port === null)
        throw new Error('serve() runs only inside a worker thread');
    port.on('message', (message) => {
        void handle(message.item).then((value) => port.postMessage({ id: message.id, value }));
    });
    port.postMessage({ ready: true });
}
