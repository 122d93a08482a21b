/** Walk (the dashboard's general "services without an owner", technical side). */
import type { ElementRule } from '../types';
import { checkOwner } from './service-owner';

export const technicalServiceWithoutOwner: ElementRule = {
  id: 'technical-service-without-owner',
  stage: 'Walk',
  severity: 'warning',
  title: 'Technical services and offerings with an owner',
  subject: 'element',
  kinds: ['technical_service', 'technical_offering'],
  scope: { kind: 'neighbours' },
  check: (ctx, service) => checkOwner(technicalServiceWithoutOwner, ctx, service),
};
