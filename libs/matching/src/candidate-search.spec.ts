import { describe, expect, it, jest } from '@jest/globals';
import type { Meilisearch } from 'meilisearch';
import type { AppConfig } from '@app/shared';
import { candidateWords } from './candidate-queries';
import { CandidateSearch } from './candidate-search';
import { buildQuery } from './query/weighted-query';

type Query = {
  indexUid: string;
  q: string;
  filter: string[];
  matchingStrategy?: string;
  sort?: string[];
  limit: number;
};
type Body = { queries: Query[] };

function searchWith(multiSearch: (body: Body) => Promise<unknown>) {
  const meili = { multiSearch: jest.fn(multiSearch) };
  const config = { MEILI_INDEX_PREFIX: 'test' } as AppConfig;
  return { meili, search: new CandidateSearch(meili as unknown as Meilisearch, config) };
}

const hit = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, ...extra });
const words = buildQuery([{ text: '西式面点', weight: 1, phrase: true }]);
const industry = 'industryPrefixes = "14"';

describe('CandidateSearch', () => {
  it('adds an industry query without words, so colleges sharing no word still enter the pool', async () => {
    const { meili, search } = searchWith(async ({ queries }) => ({
      results: queries.map((q) => ({
        hits: q.filter.includes(industry) ? [hit('c-tour', { industryPrefixes: ['C', '14'] })] : [],
      })),
    }));
    const pool = await search.find('colleges', words, industry);
    const { queries } = meili.multiSearch.mock.calls[0][0];
    // Newest first: a placeholder search would otherwise return the industry's oldest profiles.
    expect(queries.at(-1)).toMatchObject({
      indexUid: 'test_colleges',
      q: '',
      filter: [industry],
      sort: ['createdAt:desc'],
    });
    expect(pool.map((c) => c.id)).toEqual(['c-tour']);
    expect(pool[0].document).toEqual({
      id: 'c-tour',
      name: 'c-tour',
      industryPrefixes: ['C', '14'],
    });
  });

  it('falls back to words alone while the index cannot filter on industries yet', async () => {
    const { meili, search } = searchWith(async ({ queries }) => {
      if (queries.some((q) => q.filter.includes(industry))) {
        throw Object.assign(new Error('Attribute `industryPrefixes` is not filterable'), {
          cause: { code: 'invalid_search_filter' },
        });
      }
      return { results: queries.map(() => ({ hits: [hit('c-changli')] })) };
    });
    const pool = await search.find('colleges', words, industry);
    expect(meili.multiSearch).toHaveBeenCalledTimes(2);
    expect(pool.map((c) => c.id)).toEqual(['c-changli']);
  });

  it('asks for each of the heaviest words alone, heaviest first, without boilerplate', async () => {
    const { meili, search } = searchWith(async ({ queries }) => ({
      results: queries.map(() => ({ hits: [] })),
    }));
    const query = buildQuery([{ text: '需要懂PLC的老师傅，光伏玻璃钢化炉自爆', weight: 1 }]);
    await search.find('experts', query, null);
    const { queries } = meili.multiSearch.mock.calls[0][0];
    const words = queries.map((q) => q.q);
    expect(words).toEqual(expect.arrayContaining(['plc', '光伏玻璃', '钢化炉', '自爆']));
    expect(words.join(' ')).not.toMatch(/需要|老师傅/);
    expect(words[0]).toBe(query.concepts[0].term);
    expect(words).toEqual(candidateWords(query));
  });

  it('asks for words no indexed document had only after the known ones, three at most', () => {
    // jieba cuts 量子退火 into 量子 / 退火: neither is in any document.
    const corpus = {
      documents: 100,
      frequency: new Map([
        ['光伏', 5],
        ['镀膜', 9],
      ]),
    };
    const query = buildQuery([{ text: '量子退火 光伏玻璃 镀膜', weight: 1 }], corpus);
    // 光伏玻璃 is in no document's words yet (indexed before the dictionary): its part 光伏 is.
    const words = candidateWords(query);
    expect(words.slice(0, 2).sort()).toEqual(['光伏玻璃', '镀膜']);
    // A profile written since the count may have them: asked for last.
    expect(words.slice(2).sort()).toEqual(['退火', '量子']);
    const many = buildQuery([{ text: '甲乙丙 量子退火 飞秒激光 光伏玻璃', weight: 1 }], corpus);
    expect(candidateWords(many).filter((w) => !['光伏玻璃'].includes(w))).toHaveLength(3);
    expect(candidateWords(buildQuery([{ text: '量子退火', weight: 1 }]))).toContain('退火');
  });

  it('reports an unreachable Meilisearch as unavailable', async () => {
    const { search } = searchWith(async () => {
      throw Object.assign(new Error('Request failed'), {
        name: 'MeilisearchRequestError',
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    });
    await expect(search.find('colleges', words, null)).rejects.toMatchObject({
      code: 'SEARCH_UNAVAILABLE',
    });
  });

  it('lets a request Meilisearch refused through as the bug it is, not as an outage', async () => {
    const refused = Object.assign(new Error('bad filter'), {
      name: 'MeilisearchApiError',
      cause: { code: 'invalid_search_filter', status: 400 },
    });
    const { search } = searchWith(async () => {
      throw refused;
    });
    await expect(search.find('colleges', words, null)).rejects.toBe(refused);
  });
});
