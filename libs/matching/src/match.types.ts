import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Features } from './match-features';

export class MatchedTerm {
  @ApiProperty({ description: 'A word of the demand (or profile) the candidate has' })
  term: string;
  @ApiPropertyOptional({ description: 'What was found instead of the word itself' })
  matchedAs?: string;
  @ApiPropertyOptional({ enum: ['synonym', 'part'] })
  via?: 'synonym' | 'part';
  @ApiProperty({ type: [String], description: 'Fields where it was found' })
  fields: string[];
  @ApiProperty({ description: "Share of the word's weight earned, in [0, 1]" })
  credit: number;
}

export class MatchExplanation {
  @ApiProperty({ type: [String], description: 'Words of the query found in the candidate' })
  matchedTerms: string[];
  @ApiProperty({ type: [MatchedTerm], description: 'Each matched word: as what, and where' })
  matches: MatchedTerm[];
  @ApiProperty({ type: [String], description: 'Fields where they were found' })
  matchedFields: string[];
  @ApiProperty({
    description:
      'Each feature in [0, 1], before weighting; absent when it does not apply (see docs/matching.md)',
  })
  features: Features;
  @ApiProperty({ type: [String], description: 'Plain-language reasons, zh-CN' }) reasons: string[];
  @ApiProperty({ type: [String], description: 'The same reasons in English' })
  reasonsEn: string[];
}

export class MatchCandidate {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['expert', 'college', 'enterprise', 'demand'] })
  kind: 'expert' | 'college' | 'enterprise' | 'demand';
  @ApiProperty() name: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) score: number;
  @ApiProperty({ type: MatchExplanation }) explanation: MatchExplanation;
  @ApiProperty({ description: 'The public search document of the candidate' })
  profile: Record<string, unknown>;
  @ApiPropertyOptional({
    description:
      'Experts, colleges and enterprises: false for an imported profile nobody has claimed yet (an invitation also emails its contact address with a claim link)',
  })
  claimed?: boolean;
}
