import { type AnyQueueDefinition, DOMAIN_EVENTS } from './job-registry';

/** What the worker runs for one queue, as seen at boot. */
export interface RunningProcessor {
  /** The class, for messages. */
  processor: string;
  /** The queue its BullMQ worker consumes (from `@Processor`). */
  consumes: string;
  definition: AnyQueueDefinition;
  handlers: object;
  /** Its worker was created with autorun (it would take jobs before the check). */
  startsByItself?: boolean;
}

/**
 * Everything wrong with how a worker consumes the declared queues: every queue needs exactly one
 * processor, and each processor must handle exactly the job names its queue declares.
 */
export function registryProblems(
  declaredQueues: readonly string[],
  processors: readonly RunningProcessor[],
): string[] {
  const problems: string[] = [];
  for (const queue of declaredQueues) {
    const count = processors.filter((p) => p.definition.name === queue).length;
    if (count !== 1) problems.push(`queue ${queue} has ${count} processors (expected 1)`);
  }
  for (const p of processors) {
    if (p.startsByItself) {
      problems.push(`${p.processor} would run jobs before this check: use autorun: false`);
    }
    problems.push(...processorProblems(p, declaredQueues));
  }
  return problems;
}

function processorProblems(p: RunningProcessor, declaredQueues: readonly string[]): string[] {
  const { name, jobs, events } = p.definition;
  const problems: string[] = [];
  if (!declaredQueues.includes(name))
    problems.push(`${p.processor}: queue ${name} is not declared`);
  if (p.consumes !== name) {
    problems.push(`${p.processor}: consumes ${p.consumes} but its definition is queue ${name}`);
  }
  const declared = Object.keys(jobs);
  const handled = Object.keys(p.handlers);
  for (const job of declared.filter((n) => !handled.includes(n))) {
    problems.push(`${p.processor}: no handler for job ${name}/${job}`);
  }
  for (const job of handled.filter((n) => !declared.includes(n))) {
    problems.push(`${p.processor}: handles ${name}/${job}, which the queue does not declare`);
  }
  const handlesEvents = DOMAIN_EVENTS in p.handlers;
  if (events && !handlesEvents)
    problems.push(`${p.processor}: no handler for ${name}'s domain events`);
  if (!events && handlesEvents) {
    problems.push(`${p.processor}: handles domain events, which queue ${name} does not take`);
  }
  return problems;
}
