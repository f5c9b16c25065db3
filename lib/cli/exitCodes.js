"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXIT_INPUT = exports.EXIT_FINDINGS = exports.EXIT_OK = void 0;
exports.EXIT_OK = 0;
exports.EXIT_FINDINGS = 1;
exports.EXIT_INPUT = 2;
