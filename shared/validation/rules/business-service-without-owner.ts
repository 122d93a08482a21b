/** Run (the dashboard's general "services without an owner", business side). */
import type { ElementRule } from '../types';
import { checkOwner } from './service-owner';

export const businessServiceWithoutOwner: ElementRule = {
  id: 'business-service-without-owner',
  stage: 'Run',
  severity: 'warning',
  title: 'Business services and offerings with an owner',
  subject: 'element',
  kinds: ['business_service', 'business_offering'],
  scope: { kind: 'neighbours' },
  check: (ctx, service) => checkOwner(businessServiceWithoutOwner, ctx, service),
};
