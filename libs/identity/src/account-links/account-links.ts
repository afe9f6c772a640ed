import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig, OutboxService } from '@app/shared';
import { hashLinkSecret, isLinkSecret, linkWithToken, newLinkSecret } from '../auth/link-secret';
import { AccountLink } from '../entities/account-link.entity';
import type { IdentityEvent } from '../identity-events';
import {
  type AccountLinkDetails,
  AccountLinkPurpose,
  type ConsumedAccountLink,
  type IssueAccountLink,
  type IssueClaimLink,
} from './account-link.types';

/** The console page each link opens. */
const PAGES: Record<AccountLinkPurpose, string> = {
  [AccountLinkPurpose.VerifyEmail]: 'verify-email',
  [AccountLinkPurpose.ChangeEmail]: 'confirm-email',
  [AccountLinkPurpose.ClaimProfile]: 'claim',
  [AccountLinkPurpose.TeamInvitation]: 'join',
};

export interface MintedAccountLink {
  purpose: AccountLinkPurpose;
  link: string;
  expiresAt: Date;
  details: AccountLinkDetails;
}

/**
 * Emailed single-use links (ADR 0017). `issue` runs in the caller's transaction and records the
 * event that makes the worker send the email; the worker's `mint` creates the secret at send
 * time; `consume` spends it once, in the caller's transaction, so that what the link does and
 * its use commit together.
 */
@Injectable()
export class AccountLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  /** Revokes the subject's pending links of this purpose and issues a new one. */
  async issue(m: EntityManager, input: IssueAccountLink): Promise<string> {
    await this.revoke(m, input.purpose, input.subjectId);
    const id = randomUUID();
    const email = input.email.trim().toLowerCase();
    const details = input.details ?? {};
    await m.insert(AccountLink, {
      id,
      purpose: input.purpose,
      subjectId: input.subjectId,
      userId: input.userId ?? null,
      email,
      details,
      tokenHash: null,
      expiresAt: new Date(Date.now() + input.ttlMinutes * 60_000),
    });
    const event: IdentityEvent = {
      eventType: 'account.link_issued',
      aggregateType: 'account_link',
      aggregateId: id,
      aggregateVersion: 1,
      payload: {
        linkId: id,
        purpose: input.purpose,
        userId: input.userId ?? null,
        email,
        locale: input.locale,
        details,
      },
    };
    await this.outbox.record(m, event);
    return id;
  }

  /** A claim link for an imported expert or organisation, in zh-CN (the city's language). */
  issueClaim(m: EntityManager, claim: IssueClaimLink): Promise<string> {
    return this.issue(m, {
      purpose: AccountLinkPurpose.ClaimProfile,
      subjectId: claim.subjectId,
      email: claim.email,
      locale: 'zh-CN',
      ttlMinutes: claim.ttlMinutes,
      details: {
        subjectType: claim.subjectType,
        profileName: claim.profileName,
        ...(claim.invitation ?? {}),
      },
    });
  }

  /** Pending links of the subject become worthless (a newer one, or the job is done). */
  async revoke(m: EntityManager, purpose: AccountLinkPurpose, subjectId: string): Promise<void> {
    await m.update(
      AccountLink,
      { purpose, subjectId, usedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
  }

  /**
   * For the email sender: a fresh secret for a pending link, or null once it is used, revoked or
   * expired. Each call replaces the previous secret, so after a retried send only the last
   * email's link works.
   */
  async mint(linkId: string): Promise<MintedAccountLink | null> {
    const secret = newLinkSecret();
    const [rows]: [
      { purpose: AccountLinkPurpose; expires_at: Date; details: AccountLinkDetails }[],
      number,
    ] = await this.dataSource.query(
      `UPDATE account_links SET token_hash = $2
        WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING purpose, expires_at, details`,
      [linkId, hashLinkSecret(secret)],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      purpose: row.purpose,
      link: linkWithToken(this.config.PUBLIC_WEB_URL, PAGES[row.purpose], secret),
      expiresAt: new Date(row.expires_at),
      details: row.details,
    };
  }

  /**
   * Spends a link of this purpose: locked, checked and marked used in the caller's transaction.
   * Null when the secret is malformed, unknown, of another purpose, used, revoked or expired: the
   * caller answers all of them alike.
   */
  async consume(
    m: EntityManager,
    purpose: AccountLinkPurpose,
    secret: unknown,
  ): Promise<ConsumedAccountLink | null> {
    if (!isLinkSecret(secret)) return null;
    const link = await m.findOne(AccountLink, {
      where: { tokenHash: hashLinkSecret(secret), purpose },
      lock: { mode: 'pessimistic_write' },
    });
    if (!link || link.usedAt || link.revokedAt || link.expiresAt.getTime() <= Date.now()) {
      return null;
    }
    await m.update(AccountLink, link.id, { usedAt: () => 'now()' });
    return {
      id: link.id,
      purpose: link.purpose,
      subjectId: link.subjectId,
      userId: link.userId,
      email: link.email,
      details: link.details,
    };
  }

  /** Looks at a pending link without spending it (a page shows what accepting would do). */
  async peek(purpose: AccountLinkPurpose, secret: unknown): Promise<ConsumedAccountLink | null> {
    if (!isLinkSecret(secret)) return null;
    const link = await this.dataSource.getRepository(AccountLink).findOneBy({
      tokenHash: hashLinkSecret(secret),
      purpose,
      usedAt: IsNull(),
      revokedAt: IsNull(),
    });
    if (!link || link.expiresAt.getTime() <= Date.now()) return null;
    const { id, subjectId, userId, email, details } = link;
    return { id, purpose, subjectId, userId, email, details };
  }
}
