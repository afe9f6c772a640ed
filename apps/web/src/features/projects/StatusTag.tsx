import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from './types';

const COLORS: Record<ProjectStatus, string> = {
  planned: 'default',
  running: 'processing',
  completed: 'success',
  stopped: 'error',
};

/** A project's status in words (the colour only repeats it). */
export function StatusTag({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation('projects');
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
