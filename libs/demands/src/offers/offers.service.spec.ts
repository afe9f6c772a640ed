import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { ExpertDirectory } from '@app/experts';
import type { OrganizationDirectory } from '@app/organizations';
import { type AuthUser, DomainError, type OutboxService, Role } from '@app/shared';
import { OfferProvider, OfferStatus } from './offer.types';
import { OffersService } from './offers.service';

const hiddenOffer = {
  id: 'o-1',
  providerType: OfferProvider.College,
  organizationId: 'c-1',
  expertId: null,
  status: OfferStatus.Active,
};

/** An offer the public cannot see (its college is not verified); `membershipOf` decides the rest. */
function serviceWith(membershipOf: () => Promise<unknown>): OffersService {
  const builder = {
    leftJoin: () => builder,
    where: () => builder,
    andWhere: () => builder,
    getOne: async () => null,
  };
  const dataSource = {
    getRepository: () => ({
      createQueryBuilder: () => builder,
      findOneBy: async () => hiddenOffer,
    }),
  } as unknown as DataSource;
  const directory = { membershipOf } as unknown as OrganizationDirectory;
  return new OffersService(dataSource, directory, {} as ExpertDirectory, {} as OutboxService);
}

const collegeUser: AuthUser = { id: 'u-1', role: Role.College } as AuthUser;

describe('OffersService.get', () => {
  it('shows a hidden offer to a member of its college (any role)', async () => {
    const service = serviceWith(async () => ({
      organizationId: 'c-1',
      kind: 'college',
      status: 'pending',
      role: 'member',
    }));
    await expect(service.get(collegeUser, 'o-1')).resolves.toMatchObject({ id: 'o-1' });
  });

  it('answers 404 to someone who is not a provider', async () => {
    const service = serviceWith(async () => null);
    await expect(service.get(collegeUser, 'o-1')).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('lets a database failure through instead of disguising it as 404', async () => {
    const outage = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    const service = serviceWith(async () => {
      throw outage;
    });
    const error = await service.get(collegeUser, 'o-1').catch((e: unknown) => e);
    expect(error).toBe(outage);
    expect(error).not.toBeInstanceOf(DomainError);
  });
});
