import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './support';

describe('database schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('the migrations build exactly what the entities describe (no forgotten migration)', async () => {
    const diff = await t.dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('every entity of every context is registered with the api', () => {
    const tables = t.dataSource.entityMetadatas.map((m) => m.tableName).sort();
    expect(tables).toEqual([
      'account_links',
      'applied_versions',
      'audit_entries',
      'auth_sessions',
      'connections',
      'conversation_attachments',
      'conversation_messages',
      'conversation_parties',
      'conversation_read_markers',
      'conversation_threads',
      'demand_reminders',
      'demands',
      'email_deliveries',
      'experts',
      'import_batches',
      'match_impressions',
      'message_reports',
      'notification_preferences',
      'notifications',
      'offer_interests',
      'offers',
      'operator_districts',
      'organization_invitations',
      'organization_members',
      'organizations',
      'outbox_events',
      'outbox_receipts',
      'partnership_stalls',
      'password_reset_tokens',
      'project_milestones',
      'project_outcomes',
      'project_partners',
      'project_status_changes',
      'projects',
      'refresh_tokens',
      'saved_searches',
      'teacher_practice_logs',
      'teachers',
      'users',
      'webhook_deliveries',
      'webhook_delivery_attempts',
      'webhook_endpoints',
      'yearly_reports',
    ]);
  });
});
