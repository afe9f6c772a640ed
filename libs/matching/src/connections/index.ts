export { Connection } from './connection.entity';
export { type ConnectionRecord, type ConnectionSubjectRecord } from './connection.record';
export { ConnectionReader } from './connection-reader.service';
export {
  CandidateType,
  ConnectionInitiator,
  ConnectionStatus,
  DeclineReason,
} from './connection.types';
export {
  type ConnectionEvent,
  type ConnectionEventPayload,
  ConnectionEvents,
  type ConnectionEventType,
} from './connection-events';
export { ConnectionReadersModule } from './connection-readers.module';
export { ConnectionsModule } from './connections.module';
export { ResponsivenessModule } from './responsiveness.module';
export { type ConnectionView } from './dto/connection.view';
export { Responsiveness } from './responsiveness.service';
