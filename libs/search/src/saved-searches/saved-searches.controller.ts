import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, IdParam, PageQuery } from '@app/shared';
import { CreateSavedSearchDto, UpdateSavedSearchDto } from './saved-search.dto';
import { SavedSearchView } from './saved-search.view';
import { MAX_SAVED_SEARCHES_PER_USER, SavedSearchesService } from './saved-searches.service';

@ApiTags('search')
@ApiBearerAuth()
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Post()
  @ApiCreatedResponse({ type: SavedSearchView })
  @ApiConflictResponse({
    description: `SAVED_SEARCH_NAME_TAKEN, or SAVED_SEARCH_LIMIT (${MAX_SAVED_SEARCHES_PER_USER} per account)`,
  })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateSavedSearchDto) {
    return this.savedSearches.create(user, body);
  }

  @Get()
  @ApiOkResponse({ description: "The caller's own saved searches, newest first" })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQuery) {
    return this.savedSearches.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: SavedSearchView })
  @ApiNotFoundResponse({ description: 'No such saved search of yours' })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.savedSearches.get(user, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: SavedSearchView })
  @ApiNotFoundResponse({ description: 'No such saved search of yours' })
  @ApiConflictResponse({ description: 'SAVED_SEARCH_NAME_TAKEN' })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: UpdateSavedSearchDto) {
    return this.savedSearches.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such saved search of yours' })
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.savedSearches.remove(user, id);
  }

  @Get(':id/results')
  @ApiOkResponse({ description: 'One page of the saved search, as GET /search answers it' })
  @ApiNotFoundResponse({ description: 'No such saved search of yours' })
  @ApiServiceUnavailableResponse({ description: 'SEARCH_UNAVAILABLE while Meilisearch is down' })
  results(@CurrentUser() user: AuthUser, @IdParam() id: string, @Query() query: PageQuery) {
    return this.savedSearches.results(user, id, query);
  }
}
