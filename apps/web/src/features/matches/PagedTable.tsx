import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSkeleton } from '../../components/PageSkeleton';

export const PAGE_SIZE = 20;

/**
 * One page of a list: a skeleton while loading, the error, `empty` when there is nothing, else
 * the table with its pager (hidden on a single page).
 */
export function PagedTable<T extends { id: string }>({
  list,
  page,
  onPage,
  empty,
  columns,
}: {
  list: UseQueryResult<{ items: T[]; total: number }>;
  page: number;
  onPage(page: number): void;
  empty: ReactNode;
  columns: TableColumnsType<T>;
}) {
  return (
    <>
      {list.isPending ? <PageSkeleton /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data && list.data.total === 0 ? empty : null}
      {list.data && list.data.total > 0 ? (
        <Table<T>
          rowKey="id"
          dataSource={list.data.items}
          scroll={{ x: true }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data.total,
            onChange: onPage,
            hideOnSinglePage: true,
          }}
          columns={columns}
        />
      ) : null}
    </>
  );
}
