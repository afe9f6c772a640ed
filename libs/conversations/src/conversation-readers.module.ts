import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserDirectoryModule } from '@app/identity';
import { ConnectionReadersModule, OfferInterestReadersModule } from '@app/matching';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationParty } from './conversation-party.entity';
import { ConversationReader } from './conversation-reader.service';
import { ConversationThread } from './conversation-thread.entity';
import { MessageAttachment } from './message-attachment.entity';
import { ReadMarker } from './read-marker.entity';
import { MessageReport } from './reports/message-report.entity';
import { subjectProviders } from './subjects/subjects';

/**
 * The conversations' tables, subject resolvers and read port, without controllers: for the
 * notifications fan-out (worker) and for ConversationsModule.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ConversationThread,
      ConversationParty,
      ConversationMessage,
      MessageAttachment,
      ReadMarker,
      MessageReport,
    ]),
    // The subjects' read ports (and the tables the conversation rows reference).
    ConnectionReadersModule,
    OfferInterestReadersModule,
    UserDirectoryModule,
  ],
  providers: [...subjectProviders, ConversationReader],
  exports: [...subjectProviders, ConversationReader, ConnectionReadersModule, UserDirectoryModule],
})
export class ConversationReadersModule {}
