/** The CSDM catalogue and the questions the editor asks it. */
export * from './types';
export * from './kinds';
export { CATALOGUE } from './catalogue';
export { LINK } from './data/linkTypes';
export * from './queries/linkRulesBetween';
export * from './queries/findLinkRule';
export * from './queries/kindOf';
