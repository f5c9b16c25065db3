"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BatchProgress = void 0;
const QUIET_MS = 1000;
class BatchProgress {
    constructor(write, lang, now = Date.now) {
        this.write = write;
        this.lang = lang;
        this.now = now;
        this.text = '';
        this.started = now();
    }
    update(done, total) {
        if (!this.write || this.now() - this.started < QUIET_MS)
            return;
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
        this.text = this.lang === 'de' ? `Arbeitsmappen werden geprüft … ${done} von ${total} (${percent} %)` : `Checking workbooks … ${done} of ${total} (${percent} %)`;
        this.write(`\r${this.text}\u001b[K`);
    }
    async around(print) {
        if (this.write && this.text)
            this.write('\r\u001b[K');
        await print();
        if (this.write && this.text)
            this.write(`\r${this.text}\u001b[K`);
    }
    done() {
        if (this.write && this.text)
            this.write('\r\u001b[K');
        this.text = '';
    }
}
exports.BatchProgress = BatchProgress;
