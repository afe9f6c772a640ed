import type { StatsTable } from '../tables/stats-table';
import type { ChartSpec } from './report-model';
import { labelColumn, numberIn, numericColumns } from './report-tables';

/** Bars for at most this many categories, so the labels stay readable. */
export const MAX_CHART_CATEGORIES = 15;

/**
 * A bar chart of a table's first figures by its label column, the largest first; undefined when
 * the table has no label or no figures (a table of one row of totals charts its columns instead).
 */
export function barChartOf(
  table: StatsTable,
  title: string,
  keys?: readonly string[],
): ChartSpec | undefined {
  const numeric = numericColumns(table);
  const figures = keys ? numeric.filter((c) => keys.includes(c.key)) : numeric.slice(0, 2);
  if (figures.length === 0 || table.rows.length === 0) return undefined;
  const label = labelColumn(table);
  if (!label) {
    if (table.rows.length !== 1) return undefined;
    const all = numeric.filter((c) => c.unit !== '%');
    return {
      title,
      type: 'bar',
      categories: all.map((c) => c.label['zh-CN']),
      series: [{ name: title, values: all.map((c) => numberIn(table.rows[0][c.key])) }],
    };
  }
  const rows = [...table.rows]
    .sort((a, b) => (numberIn(b[figures[0].key]) ?? 0) - (numberIn(a[figures[0].key]) ?? 0))
    .slice(0, MAX_CHART_CATEGORIES);
  return {
    title,
    type: 'bar',
    categories: rows.map((r) => String(r[label.key] ?? '')),
    series: figures.map((c) => ({
      name: c.label['zh-CN'],
      values: rows.map((r) => numberIn(r[c.key])),
    })),
    unit: figures[0].unit,
  };
}

/** The twelve months of a year as YYYY-MM. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** Lines of some figures per month, every month of the year shown (a month without rows is 0). */
export function monthlyChart(
  table: StatsTable,
  year: number,
  keys: string[],
  title: string,
): ChartSpec {
  const months = monthsOf(year);
  const byMonth = new Map(table.rows.map((r) => [String(r.month), r]));
  return {
    title,
    type: 'line',
    categories: months.map((m) => `${Number(m.slice(5))}月`),
    series: keys.map((key) => ({
      name: table.columns.find((c) => c.key === key)?.label['zh-CN'] ?? key,
      values: months.map((m) => numberIn(byMonth.get(m)?.[key] ?? 0) ?? 0),
    })),
  };
}
