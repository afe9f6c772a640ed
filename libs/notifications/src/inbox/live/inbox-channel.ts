/** Redis pub/sub channel on which the worker announces new inbox entries to the API instances. */
export const inboxChannel = (queuePrefix: string) => `${queuePrefix}:inbox`;

/** One announcement: [userId, seq] pairs (ids only: the API reads the rows it needs). */
export type InboxAnnouncement = [userId: string, seq: string][];
