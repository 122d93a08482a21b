/** Impact and dependency analyses as lists and CSV (the graph walks themselves are in shared/graph). */
export type { Analysis, AnalysisEntry, AnalysisGroup, AnalysisGroupId, AnalysisMode } from './analysisGroups';
export { analyse, dependencyAnalysis, GROUP_ORDER, impactAnalysis } from './analysisGroups';
export type { AnalysisCsvRow } from './analysisCsv';
export { ANALYSIS_CSV_COLUMNS, analysisCsv, analysisFileName, analysisRows } from './analysisCsv';
