import { listIndustries, listMajors } from '@app/reference';
import domain from './domain-terms.zh.json';
import data from './synonyms.zh.json';

/** Industry names longer than this are descriptions (光伏设备及元器件制造), not words people type. */
const MAX_INDUSTRY_TERM = 6;
/**
 * Frequency given to user-dictionary words: high enough that jieba keeps the compound whole
 * (可编程控制器 rather than 可编程 / 控制器), as its own dictionary gives common words ~10^4.
 */
const USER_WORD_FREQUENCY = 30000;

const HAN = /\p{Script=Han}/u;

/**
 * The domain words that must stay whole when a text is segmented: synonym terms (so a synonym
 * group fires), major and short industry names, and the curated compounds of domain-terms.zh.json.
 * Only words with a Han character: jieba keeps ASCII words whole anyway.
 */
export function domainDictionary(): string[] {
  const words = [
    ...data.groups.flat(),
    ...listMajors().map((m) => m.name),
    ...listIndustries()
      .map((i) => i.name)
      .filter((n) => [...n].length <= MAX_INDUSTRY_TERM),
    ...domain.terms,
  ];
  return [...new Set(words.map((w) => w.normalize('NFKC').trim()))].filter(
    (w) => HAN.test(w) && [...w].length >= 2 && !/\s/.test(w),
  );
}

/**
 * The user dictionary in jieba's text format: one `word frequency` per line. Words that mix
 * Latin letters and Han (CNC机床) are left out: jieba cuts them at the script boundary whatever
 * its dictionary says, so the segmenter finds them by substring instead.
 */
export function userDictionary(): Buffer {
  return Buffer.from(
    domainDictionary()
      .filter((w) => !/[a-z0-9]/i.test(w))
      .map((w) => `${w} ${USER_WORD_FREQUENCY}`)
      .join('\n'),
  );
}
