"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.niceStep = niceStep;
exports.axisTicks = axisTicks;
function niceStep(max, ticks = 5) {
    if (!(max > 0))
        return 1;
    const raw = max / ticks;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    for (const m of [1, 2, 5, 10])
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}
function axisTicks(max, ticks = 5) {
    const step = niceStep(max, ticks);
    const steps = Math.max(1, Math.ceil(max / step - 1e-9));
    const values = Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
    return { top: values[values.length - 1], values };
}
