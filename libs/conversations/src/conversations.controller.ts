import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, IdParam, PageQuery } from '@app/shared';
import { AttachmentsService, contentDisposition } from './attachments/attachments.service';
import { FILES_FIELD, UPLOAD_OPTIONS, UploadLimitsInterceptor } from './attachments/upload-limits';
import { MAX_ATTACHMENTS } from './conversation.types';
import { ConversationsService } from './conversations.service';
import {
  OpenConversationDto,
  PostMessageDto,
  ReportMessageDto,
  UPLOAD_BODY_SCHEMA,
} from './dto/conversation.dto';
import {
  MessagePageView,
  MessageReportView,
  MessageView,
  ThreadPageView,
  ThreadView,
  UnreadCountView,
} from './dto/conversation.view';
import { MessagesService, type UploadedAttachment } from './messages.service';
import { MessageReportsService } from './reports/message-reports.service';

const NOT_FOUND = 'CONVERSATION_NOT_FOUND: no such thread, or the caller is not one of its sides';

@ApiTags('conversations')
@ApiBearerAuth()
@ApiExtraModels(PostMessageDto)
@Controller('conversations')
export class ConversationsController {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly messages: MessagesService,
    private readonly attachments: AttachmentsService,
    private readonly reports: MessageReportsService,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({
    type: ThreadView,
    description: 'The subject’s thread, created on first open (the subject’s sides and admins)',
  })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  open(@CurrentUser() user: AuthUser, @Body() body: OpenConversationDto) {
    return this.conversations.open(user, body);
  }

  @Get()
  @ApiOkResponse({
    type: ThreadPageView,
    description: 'The caller’s threads, latest activity first',
  })
  mine(@CurrentUser() user: AuthUser, @Query() query: PageQuery) {
    return this.conversations.mine(user, query);
  }

  @Get('unread-count')
  @ApiOkResponse({
    type: UnreadCountView,
    description: 'Unread messages over all the caller’s threads',
  })
  unread(@CurrentUser() user: AuthUser) {
    return this.conversations.unreadTotal(user);
  }

  @Get(':id')
  @ApiOkResponse({ type: ThreadView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.conversations.get(user, id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: ThreadView, description: 'Everything so far marked read by the caller' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  read(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.conversations.markRead(user, id);
  }

  @Get(':id/messages')
  @ApiOkResponse({ type: MessagePageView, description: 'Newest first' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  list(@CurrentUser() user: AuthUser, @IdParam() id: string, @Query() query: PageQuery) {
    return this.messages.list(user, id, query);
  }

  @Post(':id/messages')
  @UseInterceptors(
    UploadLimitsInterceptor,
    FilesInterceptor(FILES_FIELD, MAX_ATTACHMENTS, UPLOAD_OPTIONS),
  )
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [{ $ref: getSchemaPath(PostMessageDto) }, UPLOAD_BODY_SCHEMA],
    },
  })
  @ApiCreatedResponse({ type: MessageView })
  @ApiBadRequestResponse({
    description:
      'VALIDATION_FAILED (body: REQUIRED, EMPTY_MESSAGE, MESSAGE_TOO_LONG; files: ' +
      'TOO_MANY_ATTACHMENTS), INVALID_CHARACTERS, INVALID_UPLOAD',
  })
  @ApiForbiddenResponse({ description: 'ADMINS_READ_ONLY' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({
    description:
      'CONVERSATION_NOT_OPEN (the match is pending), CONVERSATION_CLOSED (declined, withdrawn)',
  })
  @ApiPayloadTooLargeResponse({ description: 'ATTACHMENT_TOO_LARGE: a file over 10 MB' })
  @ApiUnsupportedMediaTypeResponse({
    description:
      'UNSUPPORTED_ATTACHMENT_TYPE (not PDF, DOCX, XLSX, PNG or JPEG), ATTACHMENT_TYPE_MISMATCH ' +
      '(the content is not what the file name says)',
  })
  @ApiServiceUnavailableResponse({
    description: 'ATTACHMENT_STORAGE_UNAVAILABLE: nothing was sent',
  })
  post(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() body: PostMessageDto,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
  ) {
    return this.messages.post(user, id, body.body, files ?? []);
  }

  @Get(':id/attachments/:attachmentId')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description:
      'The file, streamed, with its sniffed type, Content-Disposition: attachment (UTF-8 name) ' +
      'and X-Content-Type-Options: nosniff',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiNotFoundResponse({ description: `${NOT_FOUND}; ATTACHMENT_NOT_FOUND` })
  async download(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('attachmentId') attachmentId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.attachments.open(user, id, attachmentId);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(file.stream, {
      type: file.contentType,
      length: file.sizeBytes,
      disposition: contentDisposition(file.fileName),
    });
  }

  @Post(':id/messages/:messageId/report')
  @ApiCreatedResponse({ type: MessageReportView, description: 'Goes to the admins’ list' })
  @ApiForbiddenResponse({ description: 'ADMINS_READ_ONLY' })
  @ApiNotFoundResponse({ description: `${NOT_FOUND}; MESSAGE_NOT_FOUND` })
  @ApiConflictResponse({
    description: 'DUPLICATE_REPORT (an open report of yours exists), OWN_MESSAGE',
  })
  report(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('messageId') messageId: string,
    @Body() body: ReportMessageDto,
  ) {
    return this.reports.report(user, id, messageId, body);
  }
}
