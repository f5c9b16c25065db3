"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const worker_threads_1 = require("worker_threads");
const auditFile_1 = require("./auditFile");
const poolWorker_1 = require("./poolWorker");
const options = worker_threads_1.workerData;
(0, poolWorker_1.serve)((file) => (0, auditFile_1.auditFile)(file, options));
