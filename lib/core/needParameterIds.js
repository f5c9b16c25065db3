"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NEED_PARAMETER_IDS = void 0;
exports.NEED_PARAMETER_IDS = [
    'labShare',
    'labFamiliesPerFte',
    'labCostPerFte',
    'lotsenFtePer1000Births',
    'lotsenCostPerFte',
    'coordinationFte',
    'coordinationCostPerFte',
    'welcomeReach',
    'welcomeCostPerVisit',
];
