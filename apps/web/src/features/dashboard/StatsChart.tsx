import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Label, StatsTable } from '../../api/types';

// Only what the dashboard draws: this chunk carries no other chart type or the canvas renderer.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

const TOTAL = '合计';

/** What to draw from a table: the categories' column and the series' columns. */
export interface ChartSpec {
  table: string;
  title: string;
  type: 'bar' | 'line';
  category: string;
  values: readonly string[];
  /** Keep the first rows only, after sorting by the first value (descending) when set. */
  top?: number;
}

interface Props {
  spec: ChartSpec;
  table: StatsTable;
  label: (l: Label) => string;
  description: string;
}

/**
 * One ECharts chart over a dashboard table. Its figures are also in the table below it; the
 * series carry patterns (aria decals) besides colours, and the legend names them.
 */
export function StatsChart({ spec, table, label, description }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const chart = echarts.init(node, undefined, { renderer: 'svg' });
    // The total row (合计) of a table is not a category of its own.
    let rows = table.rows.filter(
      (r) => r[spec.category] !== null && r[spec.category] !== '' && r[spec.category] !== TOTAL,
    );
    if (spec.top) {
      const first = spec.values[0];
      rows = [...rows]
        .sort((a, b) => Number(b[first] ?? 0) - Number(a[first] ?? 0))
        .slice(0, spec.top);
    }
    const columns = spec.values
      .map((key) => table.columns.find((c) => c.key === key))
      .filter((c) => c !== undefined);
    chart.setOption({
      // No growing bars for people who asked their system for less motion (WCAG 2.3.3).
      animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      aria: { enabled: true, decal: { show: true }, label: { description } },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: rows.map((r) => String(r[spec.category])),
        axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0, hideOverlap: true },
      },
      yAxis: { type: 'value' },
      series: columns.map((c) => ({
        name: c.unit ? `${label(c.label)}（${c.unit}）` : label(c.label),
        type: spec.type,
        data: rows.map((r) => (r[c.key] === null ? null : Number(r[c.key]))),
      })),
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [spec, table, label, description]);
  return (
    <div
      ref={ref}
      data-testid={`chart-${spec.table}`}
      className="city-chart"
      role="img"
      aria-label={description}
      style={{ width: '100%', height: 280 }}
    />
  );
}
