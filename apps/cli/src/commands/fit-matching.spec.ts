import { describe, expect, it } from '@jest/globals';
import { evalSummaryOf, evalTable } from './fit-matching';

const figures = (p5: number) => ({ p5, ndcg10: 0.9, mrr: 0.95 });

describe('matching:fit reading the evaluation', () => {
  it("takes summary.<kind>.all.chanjiao from eval:matching's --json output", () => {
    const json = {
      summary: {
        experts: { all: { n: 70, chanjiao: figures(0.4), search: figures(0.1) } },
        colleges: { all: { n: 20, chanjiao: figures(0.5) } },
      },
      results: [],
    };
    expect(evalSummaryOf(json)).toEqual({ experts: figures(0.4), colleges: figures(0.5) });
  });

  it('leaves out what an older or failed evaluation did not give', () => {
    expect(evalSummaryOf({ results: [] })).toEqual({ experts: undefined, colleges: undefined });
    expect(evalSummaryOf(null)).toEqual({ experts: undefined, colleges: undefined });
    expect(
      evalSummaryOf({ summary: { experts: { all: { chanjiao: { p5: 0.4 } } } } }).experts,
    ).toBeUndefined();
  });

  it('prints both sets side by side with the change', () => {
    const table = evalTable({ experts: figures(0.4) }, { experts: figures(0.45) });
    expect(table).toMatch(/experts P@5\s+0\.400\s+0\.450\s+\+0\.050/);
    expect(table).toMatch(/colleges MRR\s+n\/a\s+n\/a/);
  });
});
