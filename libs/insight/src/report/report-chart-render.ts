import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { ChartSpec } from './report-model';

/** A chart in both forms: SVG for the HTML (and PDF), PNG for the DOCX. */
export interface RenderedChart {
  svg: string;
  png: Buffer;
  width: number;
  height: number;
}

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 360;
/** Debian's fonts-noto-cjk; without a CJK font every 汉字 renders as an empty box. */
export const CJK_FONT = 'Noto Sans CJK SC';
// Single quotes: ECharts writes the family into a double-quoted SVG attribute.
const FONT_FAMILY = `'${CJK_FONT}', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif`;

function optionOf(spec: ChartSpec): echarts.EChartsCoreOption {
  const many = spec.categories.length > 6;
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY },
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 15 } },
    legend: spec.series.length > 1 ? { bottom: 0 } : undefined,
    grid: {
      left: 16,
      right: 16,
      top: 48,
      bottom: spec.series.length > 1 ? 36 : 16,
      containLabel: true,
    },
    xAxis: {
      type: 'category',
      data: spec.categories,
      axisLabel: {
        interval: 0,
        rotate: many ? 35 : 0,
        fontSize: 11,
        width: 96,
        overflow: 'truncate',
      },
    },
    yAxis: { type: 'value', name: spec.unit, minInterval: 1 },
    series: spec.series.map((s) => ({
      name: s.name,
      type: spec.type,
      data: s.values,
      label: { show: spec.categories.length <= 12, position: 'top', fontSize: 10 },
    })),
  };
}

/** ECharts' server-side SVG; the chart is disposed, or its timers keep Node from exiting. */
export function chartSvg(spec: ChartSpec): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  try {
    chart.setOption(optionOf(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The SVG as a PNG at twice the size (sharp in Word), with the machine's fonts. */
export function chartPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: CJK_FONT },
    fitTo: { mode: 'width', value: CHART_WIDTH * 2 },
  });
  return resvg.render().asPng();
}

export function renderChart(spec: ChartSpec): RenderedChart {
  const svg = chartSvg(spec);
  return { svg, png: chartPng(svg), width: CHART_WIDTH, height: CHART_HEIGHT };
}
