"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UsageError = void 0;
class UsageError extends Error {
    constructor(de, en) {
        super(en);
        this.de = de;
        this.en = en;
    }
}
exports.UsageError = UsageError;
