import { ApiProperty } from '@nestjs/swagger';
import type { Features } from './match-features';

export class MatchExplanation {
  @ApiProperty({ type: [String], description: 'Query words found in the candidate' })
  matchedTerms: string[];
  @ApiProperty({ type: [String], description: 'Fields where they were found' })
  matchedFields: string[];
  @ApiProperty({ description: 'Each feature in [0, 1], before weighting (see docs/matching.md)' })
  features: Features;
  @ApiProperty({ type: [String], description: 'Plain-language reasons, zh-CN' }) reasons: string[];
}

export class MatchCandidate {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['expert', 'college', 'demand'] }) kind: 'expert' | 'college' | 'demand';
  @ApiProperty() name: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) score: number;
  @ApiProperty({ type: MatchExplanation }) explanation: MatchExplanation;
  @ApiProperty({ description: 'The public search document of the candidate' })
  profile: Record<string, unknown>;
}
