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
exports.rowOf = rowOf;
exports.districtOf = districtOf;
const path = __importStar(require("path"));
const SEVERITY_ORDER = ['error', 'warning', 'info'];
function rowOf(result, file, withNames) {
    const present = new Set(result.findings.map((f) => f.severity));
    return {
        file,
        kommune: result.header.kommune,
        reportYear: result.header.reportYear,
        indicators: result.indicators,
        missingRequired: result.missingActorTypes.filter((t) => t.requirement === 'required').map((t) => t.id),
        worst: SEVERITY_ORDER.find((s) => present.has(s)) ?? null,
        errors: result.findings.filter((f) => f.severity === 'error').length,
        warnings: result.findings.filter((f) => f.severity === 'warning').length,
        partnerNames: withNames ? result.partners.map((p) => p.name) : null,
    };
}
function districtOf(row) {
    return row.kommune ?? path.basename(row.file).replace(/\.xlsx$/i, '');
}
