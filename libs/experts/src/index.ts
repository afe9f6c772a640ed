export { CreateExpertDto } from './dto/expert.dto';
export { type ExpertView } from './dto/expert.view';
export { ExpertEvents, expertEvent } from './expert-events';
export { Availability, Expert, ExpertService } from './expert.entity';
export { ExpertsModule } from './experts.module';
export { ExpertsService } from './experts.service';
