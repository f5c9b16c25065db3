"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
const main_1 = require("./main");
function processIo() {
    let closed = false;
    process.stdout.on('error', () => undefined);
    return {
        out: (text) => new Promise((resolve, reject) => {
            if (closed)
                return resolve();
            process.stdout.write(`${text}\n`, (err) => {
                if (!err)
                    return resolve();
                if (err.code === 'EPIPE') {
                    closed = true;
                    return resolve();
                }
                reject(err);
            });
        }),
        err: (text) => {
            process.stderr.write(`${text}\n`);
        },
        progress: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
    };
}
function run(argv) {
    void (0, main_1.main)(argv, processIo()).then((code) => {
        process.exitCode = code;
    });
}
