export { CreateExpertDto } from './dto/expert.dto';
export { type ExpertView } from './dto/expert.view';
export {
  type ExpertEvent,
  type ExpertEventPayload,
  ExpertEvents,
  type ExpertEventType,
  expertEvent,
} from './expert-events';
export { type ExpertContactRecord, type ExpertRecord } from './directory/expert.record';
export { ExpertDirectory, type ExpertNameKey } from './directory/expert-directory.service';
export { ExpertDirectoryModule } from './directory/expert-directory.module';
export { Expert } from './expert.entity';
export { Availability, type ExpertContact, ExpertService } from './expert.types';
export { ExpertsModule } from './experts.module';
export { ExpertsService } from './experts.service';
