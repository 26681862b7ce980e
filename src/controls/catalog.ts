import type { Control } from "./control.js";
import { auditAndSelfInspection, auditInterval, selfInspectionInterval } from "./catalog/audit.js";
import {
  assetClassified,
  backupOfImportantAssets,
  confidentialCarryOutApproval,
  confidentialEncryption,
  confidentialInformationHandling,
  lockedStorageOfMedia,
} from "./catalog/classification.js";
import { staffObligations, staffRulesAndEducation, trainingInterval } from "./catalog/human.js";
import { continuityPlan, incidentResponse, systemMonitoring } from "./catalog/operations.js";
import { proceduresEstablished, scopeOrganization, securityOrganization, standardsEstablished } from "./catalog/organization.js";
import {
  cloudMeasures,
  cloudUsageRules,
  contractorMeasuresConfirmed,
  contractorSelection,
  contractSecurityRequirements,
} from "./catalog/outsourcing-and-cloud.js";
import {
  facilityEntryControl,
  facilityEnvironment,
  facilityPowerBackup,
  physicalMeasures,
  serverPowerBackup,
  serverRoomEntryControl,
  terminalAntiTheft,
} from "./catalog/physical.js";
import { policyReview, riskAnalysis } from "./catalog/review.js";
import {
  internetSanitization,
  internetTrafficMonitoring,
  mynumberInternetSeparation,
  mynumberIsolation,
  mynumberMultiFactor,
  mynumberNoCarryOut,
} from "./catalog/system-resilience.js";
import {
  accessControl,
  approvedSoftwareOnly,
  intrusionPrevention,
  malwareProtection,
  mynumberSignInPerson,
  outsiderConfidentialAccess,
  secureDevelopment,
  signInAuthentication,
  vulnerabilityManagement,
} from "./catalog/technical.js";

/**
 * Every control of the shipped policy, in canonical order: the order of the clauses they come
 * from, and within a clause the basic policy's own controls before the guideline's. Findings come
 * in this order.
 */
export const controlCatalog: readonly Control[] = Object.freeze([
  scopeOrganization,
  staffObligations,
  securityOrganization,
  assetClassified,
  confidentialCarryOutApproval,
  confidentialEncryption,
  backupOfImportantAssets,
  lockedStorageOfMedia,
  confidentialInformationHandling,
  internetSanitization,
  mynumberIsolation,
  mynumberNoCarryOut,
  mynumberMultiFactor,
  mynumberInternetSeparation,
  internetTrafficMonitoring,
  physicalMeasures,
  serverRoomEntryControl,
  terminalAntiTheft,
  serverPowerBackup,
  facilityEntryControl,
  facilityPowerBackup,
  facilityEnvironment,
  staffRulesAndEducation,
  trainingInterval,
  accessControl,
  malwareProtection,
  intrusionPrevention,
  vulnerabilityManagement,
  secureDevelopment,
  approvedSoftwareOnly,
  outsiderConfidentialAccess,
  signInAuthentication,
  mynumberSignInPerson,
  systemMonitoring,
  incidentResponse,
  continuityPlan,
  contractorSelection,
  contractSecurityRequirements,
  contractorMeasuresConfirmed,
  cloudUsageRules,
  cloudMeasures,
  auditAndSelfInspection,
  auditInterval,
  selfInspectionInterval,
  policyReview,
  riskAnalysis,
  standardsEstablished,
  proceduresEstablished,
]);
