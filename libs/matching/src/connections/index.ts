export {
  CandidateType,
  Connection,
  ConnectionInitiator,
  ConnectionStatus,
  DeclineReason,
} from './connection.entity';
export { ConnectionEvents } from './connection-events';
export { ConnectionsModule } from './connections.module';
export { type ConnectionView } from './dto/connection.view';
export { Responsiveness } from './responsiveness.service';
