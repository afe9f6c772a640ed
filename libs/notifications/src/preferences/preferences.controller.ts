import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/shared';
import { ReplacePreferencesDto, UpdatePreferencesDto } from './dto/preferences.dto';
import { NotificationPreferencesView } from './dto/preferences.view';
import { NotificationPreferences } from './notification-preferences.service';

const INVALID =
  'VALIDATION_FAILED; per field: UNKNOWN_NOTIFICATION_KIND, UNKNOWN_CHANNEL, INVALID_BOOLEAN, ' +
  'INVALID_CHANNEL_CHOICE, INVALID_CLOCK_TIME, QUIET_HOURS_EMPTY, INVALID_IN, UNKNOWN_FIELD';

/** The caller's own notification preferences (nobody else's can be read or changed). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notification-preferences')
export class PreferencesController {
  constructor(private readonly preferences: NotificationPreferences) {}

  @Get()
  @ApiOkResponse({ type: NotificationPreferencesView, description: 'Defaults merged in' })
  get(@CurrentUser() user: AuthUser) {
    return this.preferences.get(user.id);
  }

  @Put()
  @ApiOkResponse({ type: NotificationPreferencesView })
  @ApiBadRequestResponse({ description: INVALID })
  replace(@CurrentUser() user: AuthUser, @Body() body: ReplacePreferencesDto) {
    return this.preferences.replace(user.id, body);
  }

  @Patch()
  @ApiOkResponse({ type: NotificationPreferencesView })
  @ApiBadRequestResponse({ description: INVALID })
  update(@CurrentUser() user: AuthUser, @Body() body: UpdatePreferencesDto) {
    return this.preferences.update(user.id, body);
  }
}
