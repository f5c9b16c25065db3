/*
 * One worker of the batch pool: audits the files it is handed (compiled to lib/cli/batch/worker.js,
 * started by the pool in run.ts) and answers each with its overview row or the reason it could not.
 */
import { workerData } from 'worker_threads';
import { auditFile, AuditFileOptions } from './auditFile';
import { serve } from './poolWorker';

const options = workerData as AuditFileOptions;
serve((file: string) => auditFile(file, options));
