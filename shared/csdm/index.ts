/** The CSDM catalogue and the questions the editor asks it. */
export * from './types';
export * from './kinds';
export { CATALOGUE } from './catalogue';
export { LINK } from './data/linkTypes';
export * from './queries/linkRulesBetween';
export * from './queries/findLinkRule';
export * from './queries/defaultLinkType';
export * from './queries/canConnect';
export * from './queries/explainNoRule';
export * from './queries/kindOf';
export * from './queries/tables';
export * from './queries/statusesForStage';
export * from './queries/kindsByPaletteGroup';
export * from './queries/searchKinds';
export * from './queries/labels';
