import type { Label, StatsColumn, StatsTable, StatsValue } from '../tables/stats-table';
import { percent } from '../tables/stats-table';
import { type FigureSpec, type Grouping, MAX_GROUPS, type RateSpec } from './cooperation-sql';

export interface FigureColumn extends FigureSpec {
  label: Label;
  unit: string;
}

export interface RateColumn extends RateSpec {
  label: Label;
}

/** A table of one kind's outcome figures, per group of projects with a total row last. */
export interface FigureTableSpec {
  key: string;
  kind: string;
  title: Label;
  note: Label;
  group: Grouping;
  groupColumn: StatsColumn;
  /** Projects per group (projects, competitions, entities…). */
  countColumn: StatsColumn;
  figures: FigureColumn[];
  rates?: RateColumn[];
  /** Sums of project columns (budget, team teachers), shown after the count. */
  projectSums?: (StatsColumn & { column: string })[];
  /** Groups always shown, in this order (with zeros when nothing is counted); else as found. */
  fixedGroups?: readonly { key: string; name: string }[];
}

/** A row of figuresSql: the group (or the total) and the sums by column key. */
export type FigureRow = { isTotal: boolean; key: string | null; label: string | null } & Record<
  string,
  StatsValue | boolean
>;

export const TOTAL = '合计';

const num = (value: StatsValue | boolean | undefined) => Number(value ?? 0);

/** The columns: group, count, project sums, outcomes, then each figure (all, confirmed) and rates. */
export function figureColumns(spec: FigureTableSpec): StatsColumn[] {
  const stripped = (c: StatsColumn & { column?: string }): StatsColumn => ({
    key: c.key,
    label: c.label,
    ...(c.unit ? { unit: c.unit } : {}),
  });
  return [
    ...(spec.fixedGroups ? [{ key: 'code', label: { 'zh-CN': '代码', en: 'Code' } }] : []),
    spec.groupColumn,
    spec.countColumn,
    ...(spec.projectSums ?? []).map(stripped),
    { key: 'outcomes', label: { 'zh-CN': '填报成果（期）', en: 'Outcomes reported' }, unit: '期' },
    {
      key: 'outcomesConfirmed',
      label: { 'zh-CN': '其中双方确认', en: 'Of which confirmed' },
      unit: '期',
    },
    ...spec.figures.flatMap((f) => [
      { key: f.key, label: f.label, unit: f.unit },
      {
        key: `${f.key}Confirmed`,
        label: { 'zh-CN': `${f.label['zh-CN']}（已确认）`, en: `${f.label.en} (confirmed)` },
        unit: f.unit,
      },
      ...(spec.rates ?? [])
        .filter((r) => r.part === f.key)
        .map((r) => ({ key: r.key, label: r.label, unit: '%' })),
    ]),
  ];
}

/** Rows for the table's columns; rates from confirmed figures only. */
export function figureRows(spec: FigureTableSpec, rows: readonly FigureRow[]) {
  const toRow = (r: FigureRow | undefined, code: string | null, name: string) => {
    const row: Record<string, StatsValue> = {
      ...(spec.fixedGroups ? { code } : {}),
      [spec.groupColumn.key]: name,
      [spec.countColumn.key]: num(r?.projects),
    };
    for (const c of spec.projectSums ?? []) row[c.key] = num(r?.[c.key]);
    row.outcomes = num(r?.outcomes);
    row.outcomesConfirmed = num(r?.outcomesConfirmed);
    for (const f of spec.figures) {
      row[f.key] = num(r?.[f.key]);
      row[`${f.key}Confirmed`] = num(r?.[`${f.key}Confirmed`]);
    }
    for (const rate of spec.rates ?? []) {
      row[rate.key] = percent(num(r?.[`${rate.part}Confirmed`]), num(r?.[`${rate.key}Base`]));
    }
    return row;
  };
  const total = rows.find((r) => r.isTotal);
  const groups = spec.fixedGroups
    ? spec.fixedGroups.map((g) =>
        toRow(
          rows.find((r) => !r.isTotal && r.key === g.key),
          g.key,
          g.name,
        ),
      )
    : rows.filter((r) => !r.isTotal).map((r) => toRow(r, r.key, String(r.label ?? '')));
  return [...groups, toRow(total, null, TOTAL)];
}

/** The note, saying that only the largest groups are listed and the total covers all. */
export function withGroupCap(note: Label, by: Label | undefined): Label {
  return {
    'zh-CN': `${note['zh-CN']}仅列出${by ? `按${by['zh-CN']}` : ''}最大的前${MAX_GROUPS}个，合计为全部。`,
    en: `${note.en} Only the ${MAX_GROUPS} largest${by ? ` by ${by.en.toLowerCase()}` : ''} are listed; the total covers all.`,
  };
}

/** The table, or its columns with no rows when the kind filter names another kind. */
export function figureTable(spec: FigureTableSpec, rows: readonly FigureRow[] | null): StatsTable {
  return {
    key: spec.key,
    title: spec.title,
    columns: figureColumns(spec),
    rows: rows ? figureRows(spec, rows) : [],
    note: spec.fixedGroups ? spec.note : withGroupCap(spec.note, spec.figures[0]?.label),
  };
}
