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

export function agreementFor(stage: string, status: string | undefined): StatusAgreement | undefined {
  return LIFECYCLE_AGREEMENT.find(
    (row) => row.stage === stage && (row.status === undefined || row.status === status),
  );
}
