import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, IdParam } from '@app/shared';
import { DeclineDto, ExpressInterestDto } from '../connections/dto/connection.dto';
import { ListOfferInterestsQuery } from './dto/offer-interest.dto';
import { OfferInterestPageView, OfferInterestView } from './dto/offer-interest.view';
import { OfferInterestReader } from './offer-interest-reader.service';
import { OfferInterestsService } from './offer-interests.service';

@ApiTags('offer interests')
@ApiBearerAuth()
@Controller()
export class OfferInterestsController {
  constructor(
    private readonly interests: OfferInterestsService,
    private readonly reader: OfferInterestReader,
  ) {}

  @Post('offers/:id/interests')
  @ApiCreatedResponse({ type: OfferInterestView })
  @ApiNotFoundResponse({ description: 'OFFER_NOT_FOUND (unknown or archived)' })
  @ApiConflictResponse({
    description: 'ORGANIZATION_REQUIRED, ORG_NOT_VERIFIED, OWN_OFFER, DUPLICATE_INTEREST',
  })
  express(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: ExpressInterestDto) {
    return this.interests.express(user, id, body);
  }

  @Get('offer-interests')
  @ApiOkResponse({
    type: OfferInterestPageView,
    description: "The caller's offer interests, sent and received, newest first",
  })
  list(@CurrentUser() user: AuthUser, @Query() query: ListOfferInterestsQuery) {
    return this.reader.list(user, query);
  }

  @Get('offer-interests/:id')
  @ApiOkResponse({ type: OfferInterestView })
  @ApiNotFoundResponse({ description: 'OFFER_INTEREST_NOT_FOUND (also for non-parties)' })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.reader.get(user, id);
  }

  @Post('offer-interests/:id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferInterestView, description: 'Contacts are revealed to both sides' })
  @ApiForbiddenResponse({ description: "NOT_YOUR_TURN: only the offer's provider answers" })
  @ApiConflictResponse({ description: 'INVALID_STATUS_TRANSITION' })
  accept(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.interests.accept(user, id);
  }

  @Post('offer-interests/:id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferInterestView })
  @ApiForbiddenResponse({ description: 'NOT_YOUR_TURN' })
  @ApiConflictResponse({ description: 'INVALID_STATUS_TRANSITION' })
  decline(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: DeclineDto) {
    return this.interests.decline(user, id, body);
  }

  @Post('offer-interests/:id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferInterestView })
  @ApiForbiddenResponse({ description: 'NOT_INITIATOR' })
  @ApiConflictResponse({ description: 'INVALID_STATUS_TRANSITION' })
  withdraw(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.interests.withdraw(user, id);
  }
}
