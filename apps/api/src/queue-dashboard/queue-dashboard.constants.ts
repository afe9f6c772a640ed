import { Queues } from '@app/shared';

export const DASHBOARD_QUEUES = Object.values(Queues);
export const DASHBOARD_PATH = '/api/admin/queues';
export const DASHBOARD_COOKIE = 'chanjiao_queues';
