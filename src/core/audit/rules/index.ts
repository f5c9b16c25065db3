import { Rule } from '../rule';
import { actorTypes } from './actorTypes';
import { activityEntries } from './activityEntries';
import { agreements } from './agreements';
import { budgetSheet } from './budgetSheet';
import { coordination } from './coordination';
import { criteriaMet } from './criteriaMet';
import { criteriaSheet } from './criteriaSheet';
import { fundingMix } from './fundingMix';
import { healthYouthBound } from './healthYouthBound';
import { kernbereichDiffers } from './kernbereichDiffers';
import { kernbereiche } from './kernbereiche';
import { needCoverage } from './needCoverage';
import { needDefaults } from './needDefaults';
import { networkConference } from './networkConference';
import { networkList } from './networkList';
import { reading } from './reading';
import { settingsTypes } from './settingsTypes';
import { settingsValues } from './settingsValues';
import { sozialraumBudget } from './sozialraumBudget';
import { sozialraeume } from './sozialraeume';
import { steeringGroup } from './steeringGroup';
import { unclassified } from './unclassified';

/** Every rule of the audit, in the order their findings are listed within a severity. */
export const RULES: readonly Rule[] = [
  reading,
  settingsTypes,
  settingsValues,
  networkList,
  kernbereiche,
  actorTypes,
  sozialraeume,
  unclassified,
  kernbereichDiffers,
  coordination,
  steeringGroup,
  networkConference,
  agreements,
  healthYouthBound,
  criteriaSheet,
  criteriaMet,
  activityEntries,
  budgetSheet,
  needCoverage,
  sozialraumBudget,
  needDefaults,
  fundingMix,
];
