import assert from 'node:assert/strict';
import type { Cluster, Worker } from 'node:cluster';
import { EventEmitter } from 'node:events';
import { test } from 'node:test';
import { ChangeEvents, type ChangeEvent, type ChangeOrigin } from './change-events.js';
import { ClusterRelay, relayChangesBetweenWorkers, type IpcChannel } from './cluster-relay.js';

const event: ChangeEvent = { type: 'story-published', storyId: 5, lang: 'ru', sectionId: 1, tagIds: [], authorIds: [2] };

/** A worker's end of the IPC channel: what it sent, and a way to hand it messages. */
function fakeChannel(connected = true) {
  const emitter = new EventEmitter();
  const sent: unknown[] = [];
  const channel: IpcChannel = {
    connected,
    send: (message, _handle, _options, callback) => {
      sent.push(message);
      callback(null);
      return true;
    },
    on: (name, listener) => emitter.on(name, listener),
    off: (name, listener) => emitter.off(name, listener),
  };
  return { channel, sent, receive: (message: unknown) => emitter.emit('message', message), listeners: () => emitter.listenerCount('message') };
}

test('a worker sends its events to the primary and delivers well-formed ones it receives', async () => {
  const { channel, sent, receive, listeners } = fakeChannel();
  const events = new ChangeEvents();
  const heard: [ChangeEvent, ChangeOrigin][] = [];
  events.on((e, origin) => heard.push([e, origin]));
  await events.useRelay(new ClusterRelay(channel));
  assert.equal(events.state, 'up');

  events.emit(event);
  assert.deepEqual(sent, [{ masthead: 'change', event }]);

  receive({ masthead: 'change', event: { type: 'settings-changed' } });
  for (const junk of [null, 'change', { masthead: 'stop' }, { masthead: 'change' }, { masthead: 'change', event: { ...event, storyId: -1 } }]) receive(junk);
  assert.deepEqual(heard, [
    [event, 'local'],
    [{ type: 'settings-changed' }, 'remote'],
  ]);

  await events.close();
  assert.equal(listeners(), 0);
});

test('a worker whose primary is gone drops its events quietly', async () => {
  const { channel, sent } = fakeChannel(false);
  const warnings: string[] = [];
  const relay = new ClusterRelay(channel, { warn: (m) => warnings.push(m) });
  relay.publish(event);
  assert.deepEqual(sent, []);
  assert.deepEqual(warnings, []);
});

test('the primary passes each valid event to every other live worker, and nothing else', () => {
  const cluster = new EventEmitter() as EventEmitter & { workers: Record<number, Worker> };
  const inbox = new Map<number, unknown[]>();
  const worker = (id: number, connected = true) => {
    inbox.set(id, []);
    return { id, isConnected: () => connected, send: (m: unknown) => inbox.get(id)!.push(m) } as unknown as Worker;
  };
  cluster.workers = { 1: worker(1), 2: worker(2), 3: worker(3), 4: worker(4, false) };
  const stop = relayChangesBetweenWorkers(cluster as unknown as Cluster);

  cluster.emit('message', cluster.workers[1], { masthead: 'change', event: { ...event, extra: 'dropped' } });
  cluster.emit('message', cluster.workers[2], { masthead: 'change', event: { type: 'media-changed', mediaId: 'x' } });
  cluster.emit('message', cluster.workers[2], { masthead: 'start-failed', line: 'x' });
  assert.deepEqual(inbox.get(1), []);
  assert.deepEqual(inbox.get(2), [{ masthead: 'change', event }]);
  assert.deepEqual(inbox.get(3), [{ masthead: 'change', event }]);
  assert.deepEqual(inbox.get(4), [], 'a disconnected worker is skipped');

  stop();
  cluster.emit('message', cluster.workers[1], { masthead: 'change', event });
  assert.equal(inbox.get(2)!.length, 1);
});
