import { EventEmitter } from 'node:events';
import type { ChangeEvent } from '../../domain/change-event.js';

/**
 * In one process the bus is in memory; with several processes or machines a {@link ChangeRelay}
 * carries each event to the others. The event type is defined once, in domain/change-event.ts.
 */
export type { ChangeEvent };

/** Where an event came from: this process, or another one through the relay. */
export type ChangeOrigin = 'local' | 'remote';

/** Whether events from other processes are arriving. */
export type RelayState = 'up' | 'down';

/**
 * Carries change events between processes (the cluster's primary on one machine, Redis pub/sub
 * across machines). A relay never hands a process back its own events.
 */
export interface ChangeRelay {
  /** Sends an event that happened in this process to the others. Never throws. */
  publish(event: ChangeEvent): void;
  /**
   * Starts receiving the other processes' events. `state` is told 'down' when events may be
   * missed (connection lost) and 'up' once they flow again.
   */
  start(deliver: (event: ChangeEvent) => void, state: (state: RelayState) => void): Promise<void>;
  close(): Promise<void>;
}

export class ChangeEvents {
  private readonly emitter = new EventEmitter();
  private relay: ChangeRelay | undefined;
  private relayState: RelayState = 'up';

  constructor() {
    // Every cache and feed of every plugin listens: more than EventEmitter's default of ten.
    this.emitter.setMaxListeners(0);
  }

  /** Announces a change after its transaction committed, here and to the other processes. */
  emit(event: ChangeEvent): void {
    this.emitter.emit('change', event, 'local' satisfies ChangeOrigin);
    this.relay?.publish(event);
  }

  on(listener: (event: ChangeEvent, origin: ChangeOrigin) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }

  /** Told when the relay goes down (other processes' changes may be missed) and comes back. */
  onRelayState(listener: (state: RelayState) => void): () => void {
    this.emitter.on('relay', listener);
    return () => this.emitter.off('relay', listener);
  }

  get state(): RelayState {
    return this.relayState;
  }

  /** Connects this process to the others. */
  async useRelay(relay: ChangeRelay): Promise<void> {
    this.relay = relay;
    await relay.start(
      (event) => this.emitter.emit('change', event, 'remote' satisfies ChangeOrigin),
      (state) => {
        if (state === this.relayState) return;
        this.relayState = state;
        this.emitter.emit('relay', state);
      },
    );
  }

  async close(): Promise<void> {
    const relay = this.relay;
    this.relay = undefined;
    await relay?.close();
  }
}
