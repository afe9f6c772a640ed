import { describe, expect, it } from '@jest/globals';
import { type MajorBalance, suggest } from './major-suggestion';

const taught: MajorBalance = {
  colleges: 2,
  headcount: 30,
  postings: 4,
  named: 1,
  ratio: 0.5,
  trend: 0,
  yearsSinceOpened: 10,
};

describe('suggest', () => {
  it('opens a major nobody teaches once a headcount or two postings name it', () => {
    const untaught = { ...taught, colleges: 0, ratio: null };
    expect(suggest({ ...untaught, headcount: 1, named: 0 })).toBe('open');
    expect(suggest({ ...untaught, headcount: 0, named: 2 })).toBe('open');
    expect(suggest({ ...untaught, headcount: 0, named: 1, postings: 9 })).toBe('hold');
  });

  it('grows at a ratio of 0.8, or of 0.4 when postings rose by a quarter', () => {
    expect(suggest({ ...taught, ratio: 0.8 })).toBe('grow');
    expect(suggest({ ...taught, ratio: 0.79 })).toBe('hold');
    expect(suggest({ ...taught, ratio: 0.4, trend: 25 })).toBe('grow');
    expect(suggest({ ...taught, ratio: 0.39, trend: 100 })).toBe('hold');
    expect(suggest({ ...taught, ratio: 0.4, trend: null })).toBe('hold');
  });

  it('shrinks below 0.2 when nothing asks for it or postings fell by a quarter', () => {
    expect(suggest({ ...taught, ratio: 0, headcount: 0, postings: 0, trend: null })).toBe('shrink');
    expect(suggest({ ...taught, ratio: 0.1, trend: -25 })).toBe('shrink');
    expect(suggest({ ...taught, ratio: 0.1, trend: -24 })).toBe('hold');
    expect(suggest({ ...taught, ratio: 0.2, trend: -50 })).toBe('hold');
  });

  it('does not shrink a major opened less than three years ago', () => {
    const idle = { ...taught, ratio: 0, headcount: 0, postings: 0, trend: null };
    expect(suggest({ ...idle, yearsSinceOpened: 2 })).toBe('hold');
    expect(suggest({ ...idle, yearsSinceOpened: 3 })).toBe('shrink');
    expect(suggest({ ...idle, yearsSinceOpened: null })).toBe('shrink');
  });

  it('holds when the intake is unknown', () => {
    expect(suggest({ ...taught, ratio: null, postings: 0 })).toBe('hold');
  });
});
