"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StylesPart = void 0;
const sax_1 = require("./sax");
class StylesPart extends sax_1.SaxPart {
    constructor() {
        super(...arguments);
        this.fontStruck = [];
        this.xfFonts = [];
        this.inFonts = false;
        this.inFont = false;
        this.inCellXfs = false;
    }
    open(name, tag) {
        switch (name) {
            case 'fonts':
                this.inFonts = true;
                break;
            case 'font':
                if (this.inFonts) {
                    this.inFont = true;
                    this.fontStruck.push(false);
                }
                break;
            case 'strike':
                if (this.inFont && tag.attributes.val !== '0' && tag.attributes.val !== 'false')
                    this.fontStruck[this.fontStruck.length - 1] = true;
                break;
            case 'cellXfs':
                this.inCellXfs = true;
                break;
            case 'xf':
                if (this.inCellXfs)
                    this.xfFonts.push(Number(tag.attributes.fontId ?? 0));
                break;
        }
    }
    close(name) {
        if (name === 'fonts')
            this.inFonts = false;
        else if (name === 'font')
            this.inFont = false;
        else if (name === 'cellXfs')
            this.inCellXfs = false;
    }
    struckStyles() {
        const struck = new Set();
        this.xfFonts.forEach((font, xf) => {
            if (this.fontStruck[font])
                struck.add(xf);
        });
        return struck;
    }
}
exports.StylesPart = StylesPart;
