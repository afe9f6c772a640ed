/** Stable action names of the audit log: they are stored, filtered on and read by people. */
export const AuditActions = {
  OrganizationVerified: 'organization.verified',
  OrganizationRejected: 'organization.rejected',
  DemandClosed: 'demand.closed',
  ConnectionContactsRevealed: 'connection.contacts_revealed',
  AdminImportApplied: 'admin.import_applied',
  ProfileClaimInvited: 'profile.claim_invited',
  ProfileClaimed: 'profile.claimed',
  OfferInterestContactsRevealed: 'offer_interest.contacts_revealed',
  OperatorGranted: 'operator.granted',
  OperatorChanged: 'operator.changed',
  OperatorRevoked: 'operator.revoked',
  TeamInvitationSent: 'team.invitation_sent',
  TeamInvitationRevoked: 'team.invitation_revoked',
  TeamInvitationAccepted: 'team.invitation_accepted',
  TeamRoleChanged: 'team.role_changed',
  TeamMemberRemoved: 'team.member_removed',
  TeamOwnershipTransferred: 'team.ownership_transferred',
  MessageReported: 'message.reported',
  MessageReportResolved: 'message_report.resolved',
  MessageReportDismissed: 'message_report.dismissed',
  ProjectCreated: 'project.created',
  ProjectStatusChanged: 'project.status_changed',
  ProjectUpdated: 'project.updated',
  ProjectOutcomeReported: 'project.outcome_reported',
  ProjectOutcomeConfirmed: 'project.outcome_confirmed',
  TeacherCertificationRecorded: 'teacher.certification_recorded',
  TeacherPracticeLogged: 'teacher.practice_logged',
  TeacherPracticeConfirmed: 'teacher.practice_confirmed',
} as const;

export type AuditAction = (typeof AuditActions)[keyof typeof AuditActions];

export const AUDIT_ACTIONS = Object.values(AuditActions) as AuditAction[];

/** What kind of record an entry is about. */
export const AuditTargets = {
  Organization: 'organization',
  Demand: 'demand',
  Connection: 'connection',
  ImportBatch: 'import_batch',
  Expert: 'expert',
  OfferInterest: 'offer_interest',
  User: 'user',
  OrganizationInvitation: 'organization_invitation',
  ConversationMessage: 'conversation_message',
  MessageReport: 'message_report',
  Project: 'project',
  ProjectOutcome: 'project_outcome',
  Teacher: 'teacher',
  TeacherPracticeLog: 'teacher_practice_log',
} as const;

export type AuditTargetType = (typeof AuditTargets)[keyof typeof AuditTargets];

export const AUDIT_TARGET_TYPES = Object.values(AuditTargets) as AuditTargetType[];
