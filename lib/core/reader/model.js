"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NETWORK_FIELDS = void 0;
exports.NETWORK_FIELDS = ['name', 'type', 'kernbereich', 'sozialraum', 'agreement', 'steering', 'forum', 'role'];
