/**
 * Every validation rule, in the order the checks panel lists them: by stage
 * (Foundation, Crawl, Walk, Run, Fly), then from structure to detail.
 */
import type { Rule } from '../types';
import { businessApplicationLinkType } from './business-application-link-type';
import { businessApplicationWithoutServiceInstance } from './business-application-without-service-instance';
import { businessOfferingWithoutDelivery } from './business-offering-without-delivery';
import { businessServiceWithoutOffering } from './business-service-without-offering';
import { businessServiceWithoutOwner } from './business-service-without-owner';
import { capabilityHierarchy } from './capability-hierarchy';
import { ciInTwoTechnicalServices } from './ci-in-two-technical-services';
import { customOperationalStatus } from './custom-operational-status';
import { customServiceTable } from './custom-service-table';
import { duplicateName } from './duplicate-name';
import { groupContainsGroupOrService } from './group-contains-group-or-service';
import { informationObjectWithoutBusinessApplication } from './information-object-without-business-application';
import { lifecycleStatusNotInStage } from './lifecycle-status-not-in-stage';
import { linkNotAllowed } from './link-not-allowed';
import { linkToMissingElement } from './link-to-missing-element';
import { missingName } from './missing-name';
import { offeringClassificationMismatch } from './offering-classification-mismatch';
import { offeringWithoutParent } from './offering-without-parent';
import { operationalStatusLifecycleMismatch } from './operational-status-lifecycle-mismatch';
import { orphanCi } from './orphan-ci';
import { serviceInstanceWithoutBusinessApplication } from './service-instance-without-business-application';
import { serviceUnderService } from './service-under-service';
import { technicalOfferingWithoutSupportGroup } from './technical-offering-without-support-group';
import { technicalServiceWithoutOffering } from './technical-service-without-offering';
import { technicalServiceWithoutOwner } from './technical-service-without-owner';
import { tooManyParents } from './too-many-parents';
import { unknownLinkType } from './unknown-link-type';

export const RULES: readonly Rule[] = [
  // Foundation
  customOperationalStatus,
  unknownLinkType,
  // Crawl
  missingName,
  duplicateName,
  linkToMissingElement,
  linkNotAllowed,
  serviceInstanceWithoutBusinessApplication,
  businessApplicationWithoutServiceInstance,
  businessApplicationLinkType,
  operationalStatusLifecycleMismatch,
  lifecycleStatusNotInStage,
  orphanCi,
  // Walk
  technicalServiceWithoutOffering,
  offeringWithoutParent,
  tooManyParents,
  offeringClassificationMismatch,
  technicalOfferingWithoutSupportGroup,
  technicalServiceWithoutOwner,
  groupContainsGroupOrService,
  ciInTwoTechnicalServices,
  // Run
  businessServiceWithoutOffering,
  businessOfferingWithoutDelivery,
  businessServiceWithoutOwner,
  serviceUnderService,
  customServiceTable,
  // Fly
  informationObjectWithoutBusinessApplication,
  capabilityHierarchy,
];
