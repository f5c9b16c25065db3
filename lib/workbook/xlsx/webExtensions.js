"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readWebExtension = readWebExtension;
exports.ourSettings = ourSettings;
const sax_1 = require("./sax");
function readWebExtension(bytes) {
    const part = new sax_1.AttributesPart(new Set(['reference', 'property'])).parse(bytes);
    let addinId = '';
    const settings = {};
    for (const { name, attributes } of part.elements) {
        if (name === 'reference' && addinId === '')
            addinId = attributes.id ?? '';
        if (name === 'property' && attributes.name) {
            const value = settingValue(attributes.value ?? '');
            if (value !== null)
                settings[attributes.name] = value;
        }
    }
    return { addinId, settings };
}
function settingValue(json) {
    try {
        const parsed = JSON.parse(json);
        return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
    }
    catch {
        return null;
    }
}
const bare = (id) => id.replace(/[{}]/g, '').toLowerCase();
function ourSettings(parts, addinId, ourKeys) {
    const mine = parts.find((p) => bare(p.addinId) === bare(addinId)) ?? parts.find((p) => ourKeys.some((k) => k in p.settings));
    if (!mine)
        return {};
    const settings = {};
    for (const key of ourKeys)
        if (key in mine.settings)
            settings[key] = mine.settings[key];
    return settings;
}
