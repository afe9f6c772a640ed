import { useQueryClient } from '@tanstack/react-query';
import { Tag } from 'antd';
import { Fragment, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../../live/useUnreadCount';
import { NS } from './messages';

// The light parts of the matching screens, kept apart from parts.tsx's forms and modals so
// that a role's first page (the demands list, the recommendations) stays small (web:budget).

/** Tag colours dark enough on their tints for WCAG AA (antd's preset green and gold are not). */
const TONES = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  gold: { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' },
  red: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
  grey: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
} as const;

const STATUS_TONES: Record<string, keyof typeof TONES> = {
  open: 'green',
  pending: 'gold',
  connected: 'green',
  declined: 'red',
};

/** A status in words (the colour only repeats what the text says). */
export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation(NS);
  return (
    <Tag style={TONES[STATUS_TONES[status] ?? 'grey']} data-testid="status">
      {t(`status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/**
 * Keeps the lists of connections, offer interests and threads fresh: the live notification
 * stream moves the unread count (a new interest, an answer, a message), and each move refetches
 * them, so the page changes without a reload.
 */
export function useLiveRefresh(): void {
  const queryClient = useQueryClient();
  const unread = useUnreadCount(true);
  const last = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (unread.data === undefined) return;
    if (last.current !== undefined && last.current !== unread.data) {
      for (const key of ['matches', 'offer-interests', 'conversations']) {
        void queryClient.invalidateQueries({ queryKey: [key] });
      }
    }
    last.current = unread.data;
  }, [unread.data, unread.dataUpdatedAt, queryClient]);
}

/** The text with each of the terms wrapped in <mark> (case-insensitive, longest first). */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const words = [...new Set(terms.filter((w) => w.trim().length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (!text || words.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${words.map(escape).join('|')})`, 'gi');
  const lower = new Set(words.map((w) => w.toLowerCase()));
  return (
    <>
      {text
        .split(pattern)
        .map((part, i) =>
          lower.has(part.toLowerCase()) ? (
            <mark key={i}>{part}</mark>
          ) : (
            <Fragment key={i}>{part}</Fragment>
          ),
        )}
    </>
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const formatDate = (value: string | null | undefined, lng: string) =>
  value ? new Date(value).toLocaleDateString(lng) : '—';
