import { Button } from 'antd';
import { useState } from 'react';
import type { StatsValue } from '../../api/types';

const PAGE = 20;

/**
 * A statistics table as a plain <table> (headers with scope, numbers right-aligned), the first
 * 20 rows and a button for the rest. antd's Table with its pagination and select would add about
 * 55 kB gzipped to the city's first page, and these tables need neither sorting nor selection.
 */
export function DataTable({
  caption,
  columns,
  rows,
  showAllLabel,
}: {
  caption: string;
  columns: { key: string; title: string }[];
  rows: Record<string, StatsValue>[];
  showAllLabel: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, PAGE);
  return (
    <>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => {
                const value = row[c.key];
                return (
                  <td
                    key={c.key}
                    className={typeof value === 'number' ? 'number' : undefined}
                    style={
                      typeof value === 'string' && value.length > 40
                        ? { minWidth: 240, whiteSpace: 'normal' }
                        : undefined
                    }
                  >
                    {value === null || value === undefined ? '—' : value}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {!all && rows.length > PAGE ? (
        <Button size="small" style={{ marginTop: 8 }} onClick={() => setAll(true)}>
          {showAllLabel}
        </Button>
      ) : null}
    </>
  );
}
