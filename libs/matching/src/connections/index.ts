export {
  CandidateType,
  Connection,
  ConnectionInitiator,
  ConnectionStatus,
  DeclineReason,
} from './connection.entity';
export {
  type ConnectionEvent,
  type ConnectionEventPayload,
  ConnectionEvents,
  type ConnectionEventType,
} from './connection-events';
export { ConnectionsModule } from './connections.module';
export { type ConnectionView } from './dto/connection.view';
export { Responsiveness } from './responsiveness.service';
