import { Module } from '@nestjs/common';
import { SessionPruner } from './session-pruner';

/** Retention of sessions and refresh tokens, for the worker's pruning and the CLI (no controllers). */
@Module({ providers: [SessionPruner], exports: [SessionPruner] })
export class SessionPrunerModule {}
