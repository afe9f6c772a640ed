import { defineQueue, payload, Queues } from '@app/shared';

export interface GenerateReportJob {
  reportId: string;
}

/** The reports queue: one job per requested report (its row in yearly_reports). */
export const REPORTS_QUEUE = defineQueue(Queues.Reports, {
  generate: payload<GenerateReportJob>(),
});

export const reportJobId = (reportId: string) => `report-${reportId}`;
