import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from './types';
import { TAG_COLORS } from './tag-colors';

const COLORS: Record<ProjectStatus, string> = {
  planned: 'default',
  running: TAG_COLORS.info,
  completed: TAG_COLORS.ok,
  stopped: TAG_COLORS.bad,
};

/** A project's status in words (the colour only repeats it). */
export function StatusTag({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation('projects');
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
