import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { AuthResultDto } from '@app/identity';
import { type AuthUser, CurrentUser, IdParam, Public, Role, Roles } from '@app/shared';
import {
  AcceptClaimDto,
  ClaimPreviewView,
  ClaimSentView,
  ClaimTokenDto,
  ImportClaimsView,
  SendClaimDto,
} from './claim.dto';
import { ClaimsService } from './claims.service';

/** Admins invite imported experts and organisations to claim their profiles (ADR 0017). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin')
export class AdminClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post('claims')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ClaimSentView, description: 'A claim link is on its way' })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED with a field code: EXACTLY_ONE_PROFILE, CLAIM_ADDRESS_REQUIRED',
  })
  @ApiNotFoundResponse({ description: 'EXPERT_NOT_FOUND, ORGANIZATION_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ALREADY_CLAIMED' })
  send(@CurrentUser() admin: AuthUser, @Body() body: SendClaimDto) {
    return this.claims.send(admin, body);
  }

  @Post('imports/:id/claims')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ImportClaimsView,
    description:
      "Every profile the import made that is unclaimed and has an address (an expert's contact e-mail) gets a link; the others are listed",
  })
  @ApiNotFoundResponse({ description: 'IMPORT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'IMPORT_NOT_COMMITTED' })
  sendForImport(@CurrentUser() admin: AuthUser, @IdParam() id: string) {
    return this.claims.sendForImport(admin, id);
  }
}

/** The claim link's page: what it would do, and doing it. */
@ApiTags('auth')
@Public()
@Controller('claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ type: ClaimPreviewView })
  @ApiBadRequestResponse({ description: 'INVALID_CLAIM_TOKEN' })
  preview(@Body() body: ClaimTokenDto) {
    return this.claims.preview(body.token);
  }

  @Post('accept')
  @HttpCode(200)
  @ApiOkResponse({
    type: AuthResultDto,
    description:
      "The profile is bound to the address's account (made now if there is none), logged in",
  })
  @ApiBadRequestResponse({
    description: 'INVALID_CLAIM_TOKEN, ACCOUNT_DETAILS_REQUIRED, VALIDATION_FAILED',
  })
  @ApiConflictResponse({
    description:
      'ALREADY_CLAIMED, CLAIM_ACCOUNT_MISMATCH, ALREADY_HAS_PROFILE, ALREADY_IN_ORGANIZATION',
  })
  accept(@Body() body: AcceptClaimDto, @Req() req: Request) {
    return this.claims.accept(body, {
      ip: req.ip ?? 'unknown',
      userAgent: req.headers['user-agent'],
    });
  }
}
