import assert from 'node:assert/strict';
import { test } from 'node:test';
import { faultSchedule, prng } from './prng.mjs';

const options = {
  durationMs: 60_000,
  kinds: ['worker', 'redis', 'meili'],
  gapMs: [4000, 8000],
  quietTailMs: 12_000,
};

test('the same seed replays the same fault schedule and choices', () => {
  assert.deepEqual(faultSchedule(prng(42), options), faultSchedule(prng(42), options));
  assert.notDeepEqual(faultSchedule(prng(42), options), faultSchedule(prng(43), options));
  const a = prng(7).fork('ent0');
  const b = prng(7).fork('ent0');
  assert.deepEqual([a.letters(8), a.int(1, 9)], [b.letters(8), b.int(1, 9)]);
  assert.notEqual(prng(7).fork('ent0').letters(12), prng(7).fork('ent1').letters(12));
});

test('every kind of fault comes once before any repeats, and none in the quiet tail', () => {
  for (let seed = 1; seed <= 50; seed++) {
    const schedule = faultSchedule(prng(seed), options);
    assert.ok(schedule.length >= 3, `seed ${seed}: ${schedule.length} faults`);
    assert.deepEqual(new Set(schedule.slice(0, 3).map((f) => f.kind)), new Set(options.kinds));
    assert.ok(schedule.every((f) => f.at < options.durationMs - options.quietTailMs));
    for (let i = 1; i < schedule.length; i++) {
      const gap = schedule[i].at - schedule[i - 1].at;
      assert.ok(gap >= 3999 && gap <= 8001, `seed ${seed}: gap ${gap}`);
    }
  }
});

test('letters are lower-case ASCII only (digits would be split off by the tokenizer)', () => {
  assert.match(prng(1).letters(64), /^[a-z]{64}$/);
});

test('a kind with a latest time is not scheduled after it, and still comes once when it fits', () => {
  for (let seed = 1; seed <= 50; seed++) {
    const schedule = faultSchedule(prng(seed), {
      ...options,
      durationMs: 45_000,
      latestMs: { worker: 20_000 },
    });
    const workers = schedule.filter((f) => f.kind === 'worker');
    assert.ok(workers.length >= 1, `seed ${seed}: no worker fault`);
    assert.ok(
      workers.every((f) => f.at < 20_000),
      `seed ${seed}: worker after 20 s`,
    );
    assert.deepEqual(new Set(schedule.slice(0, 3).map((f) => f.kind)), new Set(options.kinds));
  }
});
