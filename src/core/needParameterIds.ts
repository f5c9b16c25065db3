/**
 * The need model's parameters a planner can set in the Einstellungen sheet. The ids live on the
 * ground floor because the reader (which reads them) sits below the need model (which defines them).
 */
export const NEED_PARAMETER_IDS = [
  'labShare',
  'labFamiliesPerFte',
  'labCostPerFte',
  'lotsenFtePer1000Births',
  'lotsenCostPerFte',
  'coordinationFte',
  'coordinationCostPerFte',
  'welcomeReach',
  'welcomeCostPerVisit',
] as const;

export type NeedParameterId = (typeof NEED_PARAMETER_IDS)[number];
