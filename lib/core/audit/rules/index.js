"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = void 0;
const actorTypes_1 = require("./actorTypes");
const activityEntries_1 = require("./activityEntries");
const agreements_1 = require("./agreements");
const budgetSheet_1 = require("./budgetSheet");
const coordination_1 = require("./coordination");
const criteriaMet_1 = require("./criteriaMet");
const criteriaSheet_1 = require("./criteriaSheet");
const fundingMix_1 = require("./fundingMix");
const healthYouthBound_1 = require("./healthYouthBound");
const kernbereichDiffers_1 = require("./kernbereichDiffers");
const kernbereiche_1 = require("./kernbereiche");
const needCoverage_1 = require("./needCoverage");
const needDefaults_1 = require("./needDefaults");
const networkConference_1 = require("./networkConference");
const networkList_1 = require("./networkList");
const reading_1 = require("./reading");
const settingsTypes_1 = require("./settingsTypes");
const settingsValues_1 = require("./settingsValues");
const sozialraumBudget_1 = require("./sozialraumBudget");
const sozialraeume_1 = require("./sozialraeume");
const steeringGroup_1 = require("./steeringGroup");
const unclassified_1 = require("./unclassified");
exports.RULES = [
    reading_1.reading,
    settingsTypes_1.settingsTypes,
    settingsValues_1.settingsValues,
    networkList_1.networkList,
    kernbereiche_1.kernbereiche,
    actorTypes_1.actorTypes,
    sozialraeume_1.sozialraeume,
    unclassified_1.unclassified,
    kernbereichDiffers_1.kernbereichDiffers,
    coordination_1.coordination,
    steeringGroup_1.steeringGroup,
    networkConference_1.networkConference,
    agreements_1.agreements,
    healthYouthBound_1.healthYouthBound,
    criteriaSheet_1.criteriaSheet,
    criteriaMet_1.criteriaMet,
    activityEntries_1.activityEntries,
    budgetSheet_1.budgetSheet,
    needCoverage_1.needCoverage,
    sozialraumBudget_1.sozialraumBudget,
    needDefaults_1.needDefaults,
    fundingMix_1.fundingMix,
];
