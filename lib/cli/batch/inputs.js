"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.isBatchRun = isBatchRun;
exports.expandInputs = expandInputs;
const fs_1 = require("fs");
const path = __importStar(require("path"));
const overviewFile_1 = require("./overviewFile");
async function isDirectory(p) {
    try {
        return (await fs_1.promises.stat(p)).isDirectory();
    }
    catch {
        return false;
    }
}
async function isBatchRun(inputs, overview) {
    return inputs.length > 1 || overview !== null || (inputs.length === 1 && (await isDirectory(inputs[0])));
}
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
async function workbooksIn(dir, out) {
    const entries = (await fs_1.promises.readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
    for (const e of entries) {
        if (e.name.startsWith('.') || e.name.startsWith('~$'))
            continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory())
            await workbooksIn(p, out);
        else if (e.isFile() && /\.xlsx$/i.test(e.name) && !(await (0, overviewFile_1.isOverviewXlsx)(p)))
            out.push(p);
    }
}
async function expandInputs(inputs) {
    const files = [];
    for (const input of inputs) {
        if (await isDirectory(input))
            await workbooksIn(input, files);
        else
            files.push(input);
    }
    return files;
}
