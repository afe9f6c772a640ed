import { describe, expect, it } from '@jest/globals';
import { formatSummary, ProgressPrinter, type ProgressStream } from './reindex';

function stream(isTTY: boolean): ProgressStream & { text: string } {
  return {
    isTTY,
    text: '',
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

describe('ProgressPrinter', () => {
  it('prints one line per 10% step when not on a terminal, and starts over for a new phase', () => {
    const out = stream(false);
    const printer = new ProgressPrinter(out);
    for (let done = 0; done <= 2000; done += 50) {
      printer.update(done, 2000, done < 1000 ? 'organizations' : 'demands');
    }
    for (let done = 1; done <= 4; done++) printer.update(done, 4, 'indexing');
    printer.finish();

    const lines = out.text.split('\n').filter(Boolean);
    expect(out.text).not.toContain('\r');
    expect(lines.slice(0, 11)).toEqual([
      '  0% 0/2,000 organizations',
      ' 10% 200/2,000 organizations',
      ' 20% 400/2,000 organizations',
      ' 30% 600/2,000 organizations',
      ' 40% 800/2,000 organizations',
      ' 50% 1,000/2,000 demands',
      ' 60% 1,200/2,000 demands',
      ' 70% 1,400/2,000 demands',
      ' 80% 1,600/2,000 demands',
      ' 90% 1,800/2,000 demands',
      '100% 2,000/2,000 demands',
    ]);
    expect(lines.slice(11)).toEqual([
      ' 25% 1/4 indexing',
      ' 50% 2/4 indexing',
      ' 75% 3/4 indexing',
      '100% 4/4 indexing',
    ]);
  });

  it('does not divide by zero on an empty database, nor exceed 100% when rows are added', () => {
    const out = stream(false);
    const printer = new ProgressPrinter(out);
    printer.update(0, 0, 'organizations');
    printer.update(12, 10, 'offers');
    expect(out.text).toBe('100% 0/0 organizations\n100% 12/12 offers\n');
  });

  it('redraws one line in place on a terminal and ends it when done', () => {
    const out = stream(true);
    const printer = new ProgressPrinter(out, 10);
    printer.update(0, 4, 'experts');
    printer.update(0, 4, 'experts');
    printer.update(2, 4, 'experts');
    printer.finish();
    expect(out.text).toBe(
      '\r[----------]   0% 0/4 experts\x1b[K\r[#####-----]  50% 2/4 experts\x1b[K\n',
    );
  });
});

describe('formatSummary', () => {
  it('lists the documents per index and the time taken', () => {
    const text = formatSummary({
      documents: { demands: 1234, experts: 5, colleges: 0, enterprises: 7, offers: 9, projects: 3 },
      replayed: 2,
      seconds: 3.21,
    });
    expect(text).toContain('in 3.2 s');
    expect(text).toMatch(/demands\s+1,234/);
    expect(text).toContain('2 aggregates');
  });
});
