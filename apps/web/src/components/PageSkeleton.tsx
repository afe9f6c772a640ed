import { Skeleton } from 'antd';

/** Shown while a page's code or first data loads; labelled for screen readers. */
export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" aria-label="加载中 / Loading">
      <Skeleton active title paragraph={{ rows }} />
    </div>
  );
}
