import { describe, expect, it } from '@jest/globals';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { type AuthUser, DomainError, type OutboxService, Role } from '@app/shared';
import { pdfBytes, pngBytes } from '../../../test/support/files';
import { SubjectType } from './conversation.types';
import { MessagesService } from './messages.service';
import type { AttachmentStorage } from './storage/attachment-storage';
import type { ResolvedSubject } from './subjects/subject';
import type { Subjects } from './subjects/subjects';
import type { AccessibleThread, ThreadAccess } from './thread-access';
import type { ConversationViews } from './views';

/** An in-memory store that can be told to fail after some puts. */
class MemoryStorage implements AttachmentStorage {
  readonly objects = new Map<string, Buffer>();
  puts = 0;
  constructor(private readonly failAfter = Infinity) {}
  async put(key: string, data: Buffer): Promise<void> {
    if (this.puts >= this.failAfter) throw new Error('store down');
    this.puts += 1;
    this.objects.set(key, data);
  }
  async open(): Promise<Readable> {
    throw new Error('not used');
  }
  async remove(key: string): Promise<void> {
    this.objects.delete(key);
  }
}

const actor: AuthUser = { id: 'u1', role: Role.Enterprise, sessionId: 's1' };
const subject = (phase: ResolvedSubject['phase']): ResolvedSubject => ({
  type: SubjectType.Connection,
  id: 'c1',
  title: '需求',
  status: phase === 'open' ? 'connected' : 'pending',
  phase,
  sides: [
    { side: 'enterprise', organizationId: 'o1', expertId: null },
    { side: 'candidate', organizationId: null, expertId: 'e1' },
  ],
  opening: null,
  organizationId: 'o1',
});

function service(options: {
  storage: MemoryStorage;
  phase?: ResolvedSubject['phase'];
  transaction?: () => Promise<never>;
}) {
  const access = {
    load: async () =>
      ({
        thread: { id: 't1', subjectType: SubjectType.Connection, subjectId: 'c1', messageCount: 0 },
        parties: [],
        party: { userId: 'u1', organizationId: 'o1', expertId: null },
        side: 'enterprise',
      }) as unknown as AccessibleThread,
    writer: () => 'enterprise',
  } as unknown as ThreadAccess;
  const subjects = { one: async () => subject(options.phase ?? 'open') } as unknown as Subjects;
  const dataSource = {
    transaction:
      options.transaction ??
      (async () => {
        throw new Error('database down');
      }),
  } as unknown as DataSource;
  return new MessagesService(
    dataSource,
    access,
    subjects,
    {} as ConversationViews,
    {} as OutboxService,
    options.storage,
  );
}

const png = { originalname: '现场.png', buffer: pngBytes(), size: pngBytes().length };
const pdf = { originalname: '方案.pdf', buffer: pdfBytes(), size: pdfBytes().length };

describe('MessagesService.post: nothing half-written', () => {
  it('removes the stored files when the transaction fails', async () => {
    const storage = new MemoryStorage();
    await expect(service({ storage }).post(actor, 't1', '附件见', [png, pdf])).rejects.toThrow(
      'database down',
    );
    expect(storage.puts).toBe(2);
    expect(storage.objects.size).toBe(0);
  });

  it('writes no row when storage fails, and removes what it had stored', async () => {
    const storage = new MemoryStorage(1);
    let transactions = 0;
    const error = await service({
      storage,
      transaction: async () => {
        transactions += 1;
        throw new Error('unreachable');
      },
    })
      .post(actor, 't1', '附件见', [png, pdf])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('ATTACHMENT_STORAGE_UNAVAILABLE');
    expect(transactions).toBe(0);
    expect(storage.objects.size).toBe(0);
  });

  it('stores nothing when a file is refused or the thread is not open', async () => {
    const storage = new MemoryStorage();
    const mismatch = { ...pdf, originalname: '现场.png' };
    await expect(
      service({ storage }).post(actor, 't1', 'x', [png, mismatch]),
    ).rejects.toMatchObject({
      code: 'ATTACHMENT_TYPE_MISMATCH',
    });
    await expect(
      service({ storage, phase: 'pending' }).post(actor, 't1', 'x', [png]),
    ).rejects.toMatchObject({ code: 'CONVERSATION_NOT_OPEN' });
    await expect(
      service({ storage, phase: 'closed' }).post(actor, 't1', 'x', [png]),
    ).rejects.toMatchObject({ code: 'CONVERSATION_CLOSED' });
    expect(storage.puts).toBe(0);
  });
});
