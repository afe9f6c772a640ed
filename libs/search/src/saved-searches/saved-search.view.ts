import { ApiProperty } from '@nestjs/swagger';
import { SEARCH_TYPES, type SearchType } from '../search-indexes';
import { type SavedSearchFilters, SavedSearchFiltersDto } from './saved-search-filters';
import type { SavedSearch } from './saved-search.entity';

export class SavedSearchView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SEARCH_TYPES }) type: SearchType;
  @ApiProperty({ description: "'' lists everything of the type" }) q: string;
  @ApiProperty({ type: SavedSearchFiltersDto }) filters: SavedSearchFilters;
  @ApiProperty() alertsEnabled: boolean;
  @ApiProperty({ type: Date, nullable: true }) lastRunAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export function toSavedSearchView(saved: SavedSearch): SavedSearchView {
  const { userId: _userId, ...view } = saved;
  return view;
}
