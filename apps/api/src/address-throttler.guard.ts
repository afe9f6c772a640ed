import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * One budget per client address for the whole API. The stock guard counts per route, which
 * lets a client flood by spreading requests over many routes.
 */
@Injectable()
export class AddressThrottlerGuard extends ThrottlerGuard {
  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string) {
    return `${throttler}:${tracker}`;
  }
}
