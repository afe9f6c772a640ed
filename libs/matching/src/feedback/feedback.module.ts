import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DemandReadersModule } from '@app/demands';
import { Connection } from '../connections/connection.entity';
import { ImpressionRecorder } from './impression-recorder.service';
import { MatchImpression } from './match-impression.entity';

/**
 * Feedback on matching: what ranked lists showed (impressions) and, through connections, what
 * followed. Both entities are registered so that the CLI (seed, matching:fit) can use them too.
 */
@Module({
  // Demands (with organisations and experts): the tables both entities reference.
  imports: [TypeOrmModule.forFeature([MatchImpression, Connection]), DemandReadersModule],
  providers: [ImpressionRecorder],
  exports: [ImpressionRecorder],
})
export class MatchFeedbackModule {}
