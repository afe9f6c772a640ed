import { describe, expect, it } from '@jest/globals';
import { defineQueue, DOMAIN_EVENTS, domainEvents, payload } from './job-registry';
import { registryProblems, type RunningProcessor } from './registry-check';

const EMAIL = defineQueue('email', { send: payload<{ id: string }>(), digest: payload<object>() });
const SEARCH = defineQueue('search-index', {}, domainEvents({ accepts: () => true }));
const noop = async () => undefined;

const email = (handlers: object, consumes = 'email'): RunningProcessor => ({
  processor: 'EmailProcessor',
  consumes,
  definition: EMAIL,
  handlers,
});
const search = (handlers: object): RunningProcessor => ({
  processor: 'SearchProcessor',
  consumes: 'search-index',
  definition: SEARCH,
  handlers,
});

describe('registryProblems', () => {
  it('accepts one processor per queue handling exactly its declared jobs', () => {
    expect(
      registryProblems(
        ['email', 'search-index'],
        [email({ send: noop, digest: noop }), search({ [DOMAIN_EVENTS]: noop })],
      ),
    ).toEqual([]);
  });

  it('names a queue without a processor, or with two', () => {
    const ok = email({ send: noop, digest: noop });
    expect(registryProblems(['email', 'search-index'], [ok])).toEqual([
      'queue search-index has 0 processors (expected 1)',
    ]);
    expect(registryProblems(['email'], [ok, ok])).toEqual([
      'queue email has 2 processors (expected 1)',
    ]);
  });

  it('names missing and undeclared handlers', () => {
    expect(registryProblems(['email'], [email({ send: noop, bounce: noop })])).toEqual([
      'EmailProcessor: no handler for job email/digest',
      'EmailProcessor: handles email/bounce, which the queue does not declare',
    ]);
    expect(registryProblems(['search-index'], [search({})])).toEqual([
      "SearchProcessor: no handler for search-index's domain events",
    ]);
    expect(
      registryProblems(['email'], [email({ send: noop, digest: noop, [DOMAIN_EVENTS]: noop })]),
    ).toEqual(['EmailProcessor: handles domain events, which queue email does not take']);
  });

  it('names a processor that consumes another queue than its definition, or an undeclared one', () => {
    expect(registryProblems(['email'], [email({ send: noop, digest: noop }, 'webhooks')])).toEqual([
      'EmailProcessor: consumes webhooks but its definition is queue email',
    ]);
    expect(registryProblems([], [email({ send: noop, digest: noop })])).toEqual([
      'EmailProcessor: queue email is not declared',
    ]);
  });

  it('names a processor whose worker would take jobs before the check', () => {
    const eager = { ...email({ send: noop, digest: noop }), startsByItself: true };
    expect(registryProblems(['email'], [eager])).toEqual([
      'EmailProcessor would run jobs before this check: use autorun: false',
    ]);
  });
});
