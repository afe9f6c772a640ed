import { describe, expect, it } from '@jest/globals';
import { cutWords, MAX_SEARCH_TERMS_LENGTH, queryTerms, searchTerms, wordParts } from './segmenter';
import data from './synonyms.zh.json';

const terms = (...texts: (string | undefined | null)[]): string[] =>
  searchTerms(...texts).split(' ');

describe('searchTerms', () => {
  it('emits the sub-words jieba cut keeps joined', () => {
    expect(terms('安装简单')).toEqual(expect.arrayContaining(['安装', '简单']));
    expect(terms('待处理的订单')).toEqual(expect.arrayContaining(['处理', '订单']));
    expect(terms('光伏玻璃深加工')).toEqual(expect.arrayContaining(['加工', '玻璃']));
  });

  it('drops single characters, punctuation and whitespace', () => {
    expect(terms('待处理的订单，请尽快！')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^.$|[，！ ]/)]),
    );
    expect(terms('待处理的订单')).not.toContain('的');
  });

  it('keeps alphanumeric words, lower-cased', () => {
    expect(terms('CNC数控机床 GMP认证 Python3 a')).toEqual(
      expect.arrayContaining(['cnc', 'gmp', 'python3', '数控机床']),
    );
    expect(terms('ＣＮＣ')).toEqual(['cnc']);
    expect(terms('C++ a')).toEqual(['']);
  });

  it('gives an empty string for missing input', () => {
    expect(searchTerms()).toBe('');
    expect(searchTerms(null, undefined, '')).toBe('');
  });

  it('deduplicates across all texts, single-space separated', () => {
    const result = searchTerms('光伏玻璃', null, '光伏玻璃 钢化玻璃');
    expect(result).not.toMatch(/\s{2}|^\s|\s$/);
    expect(result.split(' ').filter((t) => t === '玻璃')).toHaveLength(1);
    expect(result.split(' ')).toContain('钢化');
  });

  it('caps the output without cutting a word', () => {
    const long = Array.from({ length: 400 }, (_, i) => `光伏玻璃 item${i}`).join('，');
    const result = searchTerms(long);
    expect(result.length).toBeLessThanOrEqual(MAX_SEARCH_TERMS_LENGTH);
    expect(result.length).toBeGreaterThan(MAX_SEARCH_TERMS_LENGTH - 20);
    expect(new Set(result.split(' ')).size).toBe(result.split(' ').length);
  });
});

describe('queryTerms', () => {
  it('segments a query like the indexed text', () => {
    expect(queryTerms('安装简单')).toBe(searchTerms('安装简单'));
  });
});

describe('cutWords', () => {
  it('keeps every synonym term one word, so every synonym group can fire', () => {
    const split = data.groups
      .flat()
      .filter((term) => JSON.stringify(cutWords(term)) !== JSON.stringify([term.toLowerCase()]));
    expect(split).toEqual([]);
  });

  it('keeps domain compounds and model numbers whole inside a sentence', () => {
    expect(cutWords('懂西门子S7-1200可编程控制器，会CNC加工')).toEqual(
      expect.arrayContaining(['s7-1200', '可编程控制器', 'cnc加工', '西门子']),
    );
  });
});

describe('wordParts', () => {
  it('splits a compound into its longest dictionary words, skipping single characters', () => {
    expect(wordParts('可编程控制器')).toEqual(['可编程', '控制器']);
    expect(wordParts('合格率')).toEqual(['合格']);
    expect(wordParts('焊工')).toEqual([]);
  });
});
