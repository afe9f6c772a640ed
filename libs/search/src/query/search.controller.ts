import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/shared';
import { SearchQuery } from './search.query';
import { SearchService } from './search.service';

@ApiTags('search')
@Public()
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @ApiOkResponse({
    description: 'Public documents of one type, with facet counts and highlighted snippets',
  })
  @ApiServiceUnavailableResponse({ description: 'SEARCH_UNAVAILABLE while Meilisearch is down' })
  search(@Query() query: SearchQuery) {
    return this.searchService.search(query);
  }
}
