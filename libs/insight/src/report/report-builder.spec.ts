import { describe, expect, it } from '@jest/globals';
import type { StatsSection, StatsTable } from '../tables/stats-table';
import { buildReportModel } from './report-builder';
import type { ReportSections } from './report-chapters';
import { REPORT_CHAPTERS, type ReportBlock, type ReportModel } from './report-model';
import { renderChart } from './report-chart-render';
import { MAX_REPORT_ROWS } from './report-tables';

const label = (zh: string) => ({ 'zh-CN': zh, en: zh });
const section = (name: string, tables: StatsTable[]): StatsSection => ({
  section: name,
  filters: {},
  refreshedAt: null,
  tables,
});

const platform = section('platform', [
  {
    key: 'matching',
    title: label('需求对接成效'),
    columns: [
      { key: 'published', label: label('发布需求'), unit: '项' },
      { key: 'connected', label: label('对接成功'), unit: '项' },
      { key: 'matchRate', label: label('对接率'), unit: '%' },
    ],
    rows: [{ published: 12, connected: 5, matchRate: 41.7 }],
  },
  {
    key: 'byIndustrySection',
    title: label('分行业门类对接情况'),
    columns: [
      { key: 'code', label: label('代码') },
      { key: 'section', label: label('行业门类') },
      { key: 'published', label: label('发布需求'), unit: '项' },
      { key: 'connected', label: label('对接成功'), unit: '项' },
      { key: 'matchRate', label: label('对接率'), unit: '%' },
    ],
    rows: [
      { code: 'I', section: '信息技术服务业', published: 4, connected: 4, matchRate: 100 },
      { code: 'C', section: '制造业', published: 8, connected: 1, matchRate: 12.5 },
    ],
  },
  {
    key: 'byMonth',
    title: label('分月对接情况'),
    columns: [
      { key: 'code', label: label('代码') },
      { key: 'month', label: label('月份') },
      { key: 'published', label: label('发布需求'), unit: '项' },
      { key: 'connected', label: label('对接成功'), unit: '项' },
    ],
    rows: [{ code: '2026-03', month: '2026-03', published: 9, connected: 4 }],
  },
]);

const majors = section('majors', [
  {
    key: 'majors',
    title: label('专业供给'),
    columns: [
      { key: 'major', label: label('专业') },
      { key: 'graduates', label: label('毕业生'), unit: '人' },
      { key: 'supplyDemandRatio', label: label('供需比') },
    ],
    rows: Array.from({ length: MAX_REPORT_ROWS + 5 }, (_, i) => ({
      major: `专业${i + 1}`,
      graduates: 100 + i,
      supplyDemandRatio: i === 0 ? 0.4 : i === 1 ? 3.2 : 1.5,
    })),
  },
  {
    key: 'suggestions',
    title: label('专业调整建议'),
    columns: [
      { key: 'major', label: label('专业') },
      { key: 'advice', label: label('建议') },
    ],
    rows: [{ major: '专业1', advice: '扩大招生' }],
  },
]);

const build = (sections: ReportSections): ReportModel =>
  buildReportModel({ year: 2026, city: '秦皇岛市', generatedOn: '2026-12-07', sections });
const chapter = (model: ReportModel, key: string) => {
  const found = model.chapters.find((c) => c.key === key);
  if (!found) throw new Error(`no chapter ${key}`);
  return found;
};
const texts = (blocks: ReportBlock[]) =>
  blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'subheading' ? [b.text] : []));
const charts = (blocks: ReportBlock[]) =>
  blocks.flatMap((b) => (b.type === 'chart' ? [b.chart] : []));

describe('the yearly report model', () => {
  it('always has the fixed chapters, in order, whatever sections exist', () => {
    for (const sections of [{}, { platform }, { platform, majors }]) {
      const model = build(sections);
      expect(model.title).toBe('秦皇岛市2026年产业人才供需报告');
      expect(model.chapters.map((c) => c.title)).toEqual(REPORT_CHAPTERS.map((c) => c.title));
      for (const c of model.chapters) expect(c.blocks.length).toBeGreaterThan(0);
    }
  });

  it('says "no data" for the sections not there yet', () => {
    const model = build({ platform });
    expect(texts(chapter(model, 'supply').blocks)).toEqual(['专业供给数据：暂无数据。']);
    expect(texts(chapter(model, 'cooperation').blocks)).toEqual(['校企合作数据：暂无数据。']);
    expect(texts(chapter(model, 'summary').blocks)).toContain(
      '校企合作数据暂未接入，相关章节暂无数据。',
    );
    // A section that exists but lacks a table names the table that is missing.
    expect(texts(chapter(model, 'demand').blocks)).toContain('需求类型：暂无数据。');
  });

  it('puts the headline figures into the summary', () => {
    const summary = texts(chapter(build({ platform, majors }), 'summary').blocks);
    expect(summary[0]).toBe(
      '2026年，秦皇岛市产教对接平台共发布企业需求 12项，其中 5项对接成功，对接率 41.7%。',
    );
    expect(summary).toContain('需求最多的行业门类是制造业（8项）。');
    expect(summary).toContain('专业供给方面，共统计 45 个专业，其中供需比低于 1 的有 1 个。');
  });

  it('sums up cooperation from the overview and the total rows, naming the confirmed part', () => {
    const cooperation = section('cooperation', [
      {
        key: 'overview',
        title: label('合作项目概览'),
        columns: [
          { key: 'kind', label: label('类型') },
          { key: 'projects', label: label('项目'), unit: '个' },
          { key: 'running', label: label('进行中'), unit: '个' },
        ],
        rows: [
          { kind: '订单班', projects: 2, running: 1 },
          { kind: '技术攻关项目', projects: 3, running: 3 },
        ],
      },
      {
        key: 'orderClasses',
        title: label('订单班'),
        columns: [
          { key: 'project', label: label('项目') },
          { key: 'hired', label: label('录用'), unit: '人' },
          { key: 'hiredConfirmed', label: label('录用（已确认）'), unit: '人' },
        ],
        rows: [
          { project: '烘焙订单班', hired: 40, hiredConfirmed: 30 },
          { project: '合计', hired: 40, hiredConfirmed: 30 },
        ],
      },
      {
        key: 'rnd',
        title: label('技术攻关'),
        columns: [
          { key: 'project', label: label('项目') },
          { key: 'costSavingConfirmed', label: label('降本（已确认）'), unit: '元' },
          { key: 'revenueConfirmed', label: label('增收（已确认）'), unit: '元' },
        ],
        rows: [{ project: '合计', costSavingConfirmed: 300000, revenueConfirmed: 20000 }],
      },
    ]);
    const summary = texts(chapter(build({ platform, cooperation }), 'summary').blocks);
    expect(summary).toContain(
      '校企合作方面，共有合作项目 5 个（进行中 4 个）；订单班毕业生被合作企业录用 40人（经双方确认 30人）；技术攻关经企业确认的降本增收 320000元。',
    );
  });

  it('charts demand by industry (largest first) and every month of the year', () => {
    const [industry, months] = charts(chapter(build({ platform }), 'demand').blocks);
    expect(industry.categories).toEqual(['制造业', '信息技术服务业']);
    expect(industry.series.map((s) => s.name)).toEqual(['发布需求', '对接成功']);
    expect(months.type).toBe('line');
    expect(months.categories).toHaveLength(12);
    expect(months.series[0].values).toEqual([0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('reads the majors’ ratio into the gaps chapter and the suggestions into sentences', () => {
    const model = build({ platform, majors });
    const gaps = chapter(model, 'gaps').blocks;
    expect(texts(gaps)[0]).toBe(
      '在有供需比数据的 45 个专业中，专业2最高（3.2），专业1最低（0.4）。',
    );
    expect(charts(gaps)[0].series[0].name).toBe('供需比');
    const supply = chapter(model, 'supply').blocks;
    const table = supply.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.table.rows).toHaveLength(MAX_REPORT_ROWS);
    const list = chapter(model, 'suggestions').blocks[0];
    expect(list).toEqual({
      type: 'list',
      items: [
        '专业1：扩大招生。',
        '制造业行业有 7 项需求尚未对接成功（对接率 12.5%），建议组织相关专业院校与专家定向对接。',
      ],
    });
  });

  it('leaves code columns out of the printed tables', () => {
    const demand = chapter(build({ platform }), 'demand').blocks;
    for (const block of demand) {
      if (block.type === 'table')
        expect(block.table.columns.map((c) => c.key)).not.toContain('code');
    }
  });

  it('draws a chart as SVG with its Chinese title and as a PNG', () => {
    const [chart] = charts(chapter(build({ platform }), 'demand').blocks);
    const rendered = renderChart(chart);
    expect(rendered.svg).toContain('各行业门类需求与对接');
    expect(rendered.png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
