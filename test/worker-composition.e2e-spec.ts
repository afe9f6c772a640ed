import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { startWorker } from './support';

describe('the worker process', () => {
  let worker: INestApplicationContext;

  beforeAll(async () => {
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
  });

  it('loads no HTTP controller (the api serves HTTP; the worker consumes queues)', () => {
    const controllers = [...worker.get(ModulesContainer).values()].flatMap((module) =>
      [...module.controllers.keys()].map(
        (c) => `${module.name}.${String((c as { name?: string }).name ?? c)}`,
      ),
    );
    expect(controllers).toEqual([]);
  });
});
