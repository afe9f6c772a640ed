import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Connection } from '../connections/connection.entity';
import { ImpressionRecorder } from './impression-recorder.service';
import { MatchImpression } from './match-impression.entity';

/**
 * Feedback on matching: what ranked lists showed (impressions) and, through connections, what
 * followed. Both entities are registered so that the CLI (seed, matching:fit) can use them too.
 */
@Module({
  imports: [TypeOrmModule.forFeature([MatchImpression, Connection])],
  providers: [ImpressionRecorder],
  exports: [ImpressionRecorder],
})
export class MatchFeedbackModule {}
