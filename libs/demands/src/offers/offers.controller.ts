import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Public, Role, Roles, IdParam } from '@app/shared';
import { CreateOfferDto, ListOffersQuery, OfferView, UpdateOfferDto } from './offer.dto';
import { OffersService } from './offers.service';

@ApiTags('offers')
@ApiBearerAuth()
@Controller('offers')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Post()
  @Roles(Role.College, Role.Expert)
  @ApiCreatedResponse({ type: OfferView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateOfferDto) {
    return this.offers.create(user, body);
  }

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Active offers' })
  list(@Query() query: ListOffersQuery) {
    return this.offers.list(query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: OfferView })
  get(@CurrentUser() user: AuthUser | undefined, @IdParam() id: string) {
    return this.offers.get(user, id);
  }

  @Patch(':id')
  @Roles(Role.College, Role.Expert)
  @ApiOkResponse({ type: OfferView })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: UpdateOfferDto) {
    return this.offers.update(user, id, body);
  }
}
