import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { JobProcessor } from './job-processor';
import type { AnyQueueDefinition } from './job-registry';
import { Queues } from './queues';
import { registryProblems, type RunningProcessor } from './registry-check';

/**
 * Fails the worker's boot when its processors do not match the declared queues and jobs, and
 * only then starts them (they are created with `autorun: false`).
 */
@Injectable()
export class JobRegistryCheck implements OnApplicationBootstrap {
  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const hosts = this.discovery
      .getProviders()
      .map((wrapper): unknown => wrapper.instance)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost);
    const outside = hosts.filter((host) => !(host instanceof JobProcessor));
    const processors = hosts.filter(isJobProcessor);
    const problems = [
      ...outside.map((host) => `${host.constructor.name} is not a JobProcessor`),
      ...registryProblems(Object.values(Queues), processors.map(describe)),
    ];
    if (problems.length > 0) {
      throw new Error(`The worker's queues are inconsistent:\n- ${problems.join('\n- ')}`);
    }
    for (const processor of processors) processor.start();
  }
}

function isJobProcessor(host: WorkerHost): host is JobProcessor<AnyQueueDefinition> {
  return host instanceof JobProcessor;
}

function startsByItself(p: JobProcessor<AnyQueueDefinition>): boolean {
  try {
    return p.worker.opts.autorun !== false;
  } catch {
    return false;
  }
}

function describe(p: JobProcessor<AnyQueueDefinition>): RunningProcessor {
  let consumes: string;
  try {
    consumes = p.worker.name;
  } catch {
    consumes = '(no worker)';
  }
  return {
    processor: p.constructor.name,
    consumes,
    definition: p.definition,
    handlers: p.handlers,
    startsByItself: startsByItself(p),
  };
}

/** Imported by the app that runs the processors (the worker). */
@Module({ imports: [DiscoveryModule], providers: [JobRegistryCheck] })
export class JobRegistryModule {}
