import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, IdParam, Role, Roles } from '@app/shared';
import { CommitImportDto, StartImportDto, UPLOAD_BODY_SCHEMA } from './dto/import-requests.dto';
import { CommitResultView, ImportReportView } from './dto/import-report.view';
import { OnboardingService, type UploadedImportFile } from './onboarding.service';
import { FileTooLargeInterceptor, UPLOAD_OPTIONS } from './upload-limits';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/imports')
export class ImportsController {
  constructor(private readonly onboarding: OnboardingService) {}

  @Post()
  @UseInterceptors(FileTooLargeInterceptor, FileInterceptor('file', UPLOAD_OPTIONS))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_BODY_SCHEMA })
  @ApiCreatedResponse({
    type: ImportReportView,
    description: 'Dry run: every row validated, nothing imported until the batch is committed',
  })
  @ApiBadRequestResponse({
    description:
      'FILE_REQUIRED, UNSUPPORTED_FILE_TYPE, UNREADABLE_FILE, EMPTY_FILE, MISSING_COLUMNS, ' +
      'TOO_MANY_ROWS or VALIDATION_FAILED (type)',
  })
  @ApiPayloadTooLargeResponse({ description: 'FILE_TOO_LARGE: over 5 MB' })
  upload(
    @CurrentUser() admin: AuthUser,
    @Body() body: StartImportDto,
    @UploadedFile() file: UploadedImportFile | undefined,
  ) {
    return this.onboarding.validate(admin, body.type, file);
  }

  @Get(':id')
  @ApiOkResponse({ type: ImportReportView })
  @ApiNotFoundResponse({ description: 'IMPORT_NOT_FOUND' })
  get(@IdParam() id: string) {
    return this.onboarding.get(id);
  }

  @Post(':id/commit')
  @HttpCode(200)
  @ApiOkResponse({ type: CommitResultView, description: 'Every valid row imported' })
  @ApiNotFoundResponse({ description: 'IMPORT_NOT_FOUND' })
  @ApiConflictResponse({
    description:
      'IMPORT_ALREADY_COMMITTED, IMPORT_EXPIRED, IMPORT_EMPTY, or IMPORT_CONFLICT (rows that ' +
      'became duplicates since the dry run are listed in `errors`; nothing was imported)',
  })
  commit(@CurrentUser() admin: AuthUser, @IdParam() id: string, @Body() body: CommitImportDto) {
    return this.onboarding.commit(admin, id, body.verify ?? true);
  }
}
