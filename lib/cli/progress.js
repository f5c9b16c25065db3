"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Progress = void 0;
const QUIET_MS = 1000;
class Progress {
    constructor(write, lang, now = Date.now) {
        this.write = write;
        this.lang = lang;
        this.now = now;
        this.started = Date.now();
        this.shown = -1;
    }
    update(share) {
        if (!this.write || this.now() - this.started < QUIET_MS)
            return;
        const percent = Math.floor(share * 100);
        if (percent === this.shown)
            return;
        this.shown = percent;
        this.write(`\r${this.lang === 'de' ? 'Arbeitsmappe wird gelesen' : 'Reading the workbook'} … ${percent} %\u001b[K`);
    }
    done() {
        if (this.write && this.shown >= 0)
            this.write('\r\u001b[K');
    }
}
exports.Progress = Progress;
