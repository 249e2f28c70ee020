// bench/live.mjs's subscribers, in a worker thread: the bench spreads its 500 graphql-ws clients over a few threads,
// as 500 people's browsers would be, so that one thread parsing every message in turn (about 60 µs each) does not add
// its own queue to the delivery times it measures. Times are absolute (performance.timeOrigin + now), comparable
// across threads.
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { urls, token, query, profileId } = workerData;
const now = () => performance.timeOrigin + performance.now();
/** sectionId -> absolute receipt times of its SECTION_SAVED, one per subscriber. */
const received = new Map();
let failed = 0;
const clients = [];

await Promise.all(
  urls.map(
    (url) =>
      new Promise((resolve) => {
        const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
        clients.push(client);
        client.on('connected', () => resolve());
        client.subscribe(
          { query, variables: { profileId } },
          {
            next: ({ data }) => {
              const at = now();
              const event = data?.profileEvents;
              if (event?.type !== 'SECTION_SAVED') return;
              const times = received.get(event.sectionId) ?? [];
              times.push(at);
              received.set(event.sectionId, times);
              // Tell the bench once every subscriber of this thread has the event (it waits for all before the next save).
              if (times.length === urls.length - failed) parentPort.postMessage({ type: 'all-received', sectionId: event.sectionId });
            },
            error: () => {
              failed += 1;
              resolve();
            },
            complete: () => {},
          },
        );
      }),
  ),
);
parentPort.postMessage({ type: 'subscribed', failed });

parentPort.on('message', async (message) => {
  if (message.type !== 'finish') return;
  await Promise.all(clients.map((c) => c.dispose()));
  parentPort.postMessage({ type: 'received', received: Object.fromEntries(received) });
});
