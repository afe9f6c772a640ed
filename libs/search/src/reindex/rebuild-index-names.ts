import type { IndexSwap } from 'meilisearch';
import { indexUid, SEARCH_TYPES } from '../search-indexes';

/** Shared by every rebuild of `live`, so indexes left by a crashed one can be found. */
export function rebuildPrefixStem(live: string): string {
  return `${live}_rebuild_`;
}

/** Unique per run, so a run never writes into another's (or a crashed one's) indexes. */
export function rebuildPrefix(live: string, startedAtMs: number): string {
  return `${rebuildPrefixStem(live)}${startedAtMs}`;
}

/** One pair per search type, swapped together; `rename: false`: both sides must exist. */
export function swapPairs(live: string, rebuild: string): IndexSwap[] {
  return SEARCH_TYPES.map((type) => ({
    indexes: [indexUid(live, type), indexUid(rebuild, type)],
    rename: false,
  }));
}
