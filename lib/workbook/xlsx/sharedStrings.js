"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SharedStringsPart = void 0;
const sax_1 = require("./sax");
class SharedStringsPart extends sax_1.SaxPart {
    constructor() {
        super(...arguments);
        this.strings = [];
        this.struck = new Set();
        this.inPhonetic = false;
        this.inRun = false;
        this.runStruck = false;
        this.runs = 0;
        this.struckRuns = 0;
    }
    open(name, tag) {
        switch (name) {
            case 'si':
                this.text = '';
                this.runs = 0;
                this.struckRuns = 0;
                break;
            case 'r':
                this.inRun = true;
                this.runStruck = false;
                break;
            case 'strike':
                if (this.inRun && tag.attributes.val !== '0' && tag.attributes.val !== 'false')
                    this.runStruck = true;
                break;
            case 't':
                if (!this.inPhonetic) {
                    this.collect(true);
                    this.runs++;
                    if (this.inRun && this.runStruck)
                        this.struckRuns++;
                }
                break;
            case 'rPh':
                this.inPhonetic = true;
                break;
        }
    }
    close(name) {
        switch (name) {
            case 't':
                this.collect(false);
                break;
            case 'r':
                this.inRun = false;
                break;
            case 'rPh':
                this.inPhonetic = false;
                break;
            case 'si':
                if (this.runs > 0 && this.struckRuns === this.runs)
                    this.struck.add(this.strings.length);
                this.strings.push((0, sax_1.decodeEscapes)(this.text));
                break;
        }
    }
}
exports.SharedStringsPart = SharedStringsPart;
