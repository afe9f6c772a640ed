import type { DomainEvent } from '@app/shared';
import type { SubjectType } from './conversation.types';

export const ConversationEvents = {
  MessagePosted: 'conversation.message_posted',
} as const;

export type ConversationEventType = (typeof ConversationEvents)[keyof typeof ConversationEvents];

/** Identifiers only: the text and the files stay out of the event stream. */
export interface MessagePostedPayload {
  threadId: string;
  messageId: string;
  subjectType: SubjectType;
  subjectId: string;
  senderUserId: string;
  senderSide: string;
  attachmentCount: number;
}

/**
 * One event per message, on the message as its own aggregate (version 1): a later message never
 * overtakes an earlier one's notification (ADR 0009's stale-event drop is per aggregate).
 */
export type ConversationEvent = DomainEvent<
  ConversationEventType,
  MessagePostedPayload,
  'conversation_message'
>;

export function messagePosted(payload: MessagePostedPayload): ConversationEvent {
  return {
    eventType: ConversationEvents.MessagePosted,
    aggregateType: 'conversation_message',
    aggregateId: payload.messageId,
    aggregateVersion: 1,
    payload,
  };
}
