import { describe, expect, it, jest } from '@jest/globals';
import { Role } from '@app/shared';
import { AuditActions, AuditTargets } from './audit-actions';
import { AuditLog, toRow } from './audit-log.service';

describe('AuditLog', () => {
  it('maps an entry to a row, the system as a null actor', () => {
    expect(
      toRow({
        actor: null,
        action: AuditActions.AdminImportApplied,
        target: { type: AuditTargets.ImportBatch, id: 'b' },
      }),
    ).toEqual({
      actorId: null,
      actorRole: null,
      action: 'admin.import_applied',
      targetType: 'import_batch',
      targetId: 'b',
      organizationId: null,
      district: null,
      details: {},
      requestId: null,
    });
    expect(
      toRow({
        actor: { id: 'u', role: Role.Admin },
        action: AuditActions.OrganizationRejected,
        target: { type: AuditTargets.Organization, id: 'o' },
        organizationId: 'o',
        district: '320102',
        details: { reason: 'x' },
      }),
    ).toMatchObject({ actorId: 'u', actorRole: 'admin', organizationId: 'o', district: '320102' });
  });

  it('refuses to write outside a transaction', async () => {
    const manager = { queryRunner: undefined, insert: jest.fn() };
    await expect(
      new AuditLog().record(manager as never, {
        actor: null,
        action: AuditActions.DemandClosed,
        target: { type: AuditTargets.Demand, id: 'd' },
      }),
    ).rejects.toThrow(/inside a transaction/);
    expect(manager.insert).not.toHaveBeenCalled();
  });
});
