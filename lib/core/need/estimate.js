"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.estimateMeasureNeed = estimateMeasureNeed;
const needParameterIds_1 = require("../needParameterIds");
const parameters_1 = require("./parameters");
const scale = (r, f) => ({ low: f(r.low), mid: f(r.mid), high: f(r.high) });
const times = (a, b) => ({ low: a.low * b.low, mid: a.mid * b.mid, high: a.high * b.high });
const plus = (a, b) => ({ low: a.low + b.low, mid: a.mid + b.mid, high: a.high + b.high });
const ZERO = (0, parameters_1.single)(0);
function estimateMeasureNeed(input) {
    const base = birthsOf(input);
    if (base === null)
        return null;
    const { births, basis } = base;
    const parameters = needParameterIds_1.NEED_PARAMETER_IDS.map((id) => {
        const own = input.overrides[id];
        return own === undefined ? { id, value: parameters_1.NEED_PARAMETERS[id].value, origin: 'default' } : { id, value: (0, parameters_1.single)(own), origin: 'settings' };
    });
    const p = (id) => parameters.find((x) => x.id === id).value;
    const labFamilies = scale(p('labShare'), (s) => births * s);
    const labFte = { low: labFamilies.low / p('labFamiliesPerFte').low, mid: labFamilies.mid / p('labFamiliesPerFte').mid, high: labFamilies.high / p('labFamiliesPerFte').high };
    const lab = { id: 'lab', quantity: labFamilies, quantityUnit: 'families', fte: labFte, cost: times(labFte, p('labCostPerFte')), leftOut: null, local: true };
    const clinicBirths = input.clinicBirths ?? (input.hasBirthClinic ? births : null);
    const clinicBirthsBasis = input.clinicBirths !== null ? 'settings' : input.hasBirthClinic ? 'births' : null;
    const lotsenFte = clinicBirths === null ? ZERO : scale(p('lotsenFtePer1000Births'), (v) => (clinicBirths / 1000) * v);
    const lotsen = {
        id: 'lotsen',
        quantity: lotsenFte,
        quantityUnit: 'fte',
        fte: lotsenFte,
        cost: times(lotsenFte, p('lotsenCostPerFte')),
        leftOut: clinicBirths === null || clinicBirths === 0 ? 'no-birth-clinic' : null,
        local: false,
    };
    const coordinationFte = p('coordinationFte');
    const coordination = { id: 'coordination', quantity: coordinationFte, quantityUnit: 'fte', fte: coordinationFte, cost: times(coordinationFte, p('coordinationCostPerFte')), leftOut: null, local: false };
    const offered = input.welcomeVisits === true;
    const visits = offered ? scale(p('welcomeReach'), (r) => births * r) : ZERO;
    const welcome = { id: 'welcome', quantity: visits, quantityUnit: 'visits', fte: null, cost: times(visits, p('welcomeCostPerVisit')), leftOut: offered ? null : 'not-offered', local: true };
    const measures = [lab, lotsen, coordination, welcome];
    const total = measures.reduce((sum, m) => plus(sum, m.cost), ZERO);
    return { model: 'measures', births, birthsBasis: basis, clinicBirths, clinicBirthsBasis, parameters, measures, total };
}
function birthsOf(input) {
    if (input.births !== null && input.births > 0)
        return { births: input.births, basis: 'settings' };
    const children = input.children0to3;
    if (children === null || children.value <= 0)
        return null;
    return { births: children.value / 3, basis: children.basis };
}
