import { ApiProperty } from '@nestjs/swagger';

/** How reliably a party answers the interests or invitations addressed to it. */
export class ResponsivenessView {
  @ApiProperty({ description: 'Interests or invitations this party had to answer (not withdrawn)' })
  received: number;

  @ApiProperty({ description: 'Of those, how many it accepted or declined' })
  responded: number;

  @ApiProperty({ nullable: true, description: 'responded / received; null before any' })
  responseRate: number | null;

  @ApiProperty({ nullable: true, description: 'Median hours from receipt to answer' })
  medianResponseHours: number | null;
}

/**
 * Port through which organisation and expert profiles show their responsiveness. The matching
 * context implements it (it owns the connections); profiles must not import matching, which
 * depends on them, so they ask for this token instead.
 */
export interface ResponsivenessLookup {
  ofOrganization(id: string): Promise<ResponsivenessView>;
  ofExpert(id: string): Promise<ResponsivenessView>;
}

export const RESPONSIVENESS_LOOKUP = Symbol('RESPONSIVENESS_LOOKUP');
