/**
 * Which operational status each lifecycle stage (and status) implies
 * (csdm.md section 4). Kept as data: a row is one agreement the Crawl
 * dashboard checks. `status` absent: any status of the stage.
 */
export interface StatusAgreement {
  stage: string;
  status?: string;
  /** The `operational_status` choice value. */
  operationalStatus: string;
}

export const LIFECYCLE_AGREEMENT: readonly StatusAgreement[] = [
  { stage: 'Operational', status: 'In Use', operationalStatus: '1' },
  { stage: 'End of Life', operationalStatus: '6' },
  { stage: 'Ideation', operationalStatus: '7' },
  { stage: 'Design', operationalStatus: '7' },
];

const BY_STAGE = new Map<string, StatusAgreement[]>();
for (const row of LIFECYCLE_AGREEMENT) BY_STAGE.set(row.stage, [...(BY_STAGE.get(row.stage) ?? []), row]);

/** The agreement that applies to a stage and status, if the table has one. */
export function agreementFor(stage: string, status: string | undefined): StatusAgreement | undefined {
  return BY_STAGE.get(stage)?.find((row) => row.status === undefined || row.status === status);
}
