// bench/live.mjs's subscribers, in a worker thread. 500 people's browsers each read their own socket on their own
// machine; here a few threads read 500 sockets on the bench's two cores, so whatever a thread does per message
// queues every later message behind it and adds client time to the server's delivery times. Hence:
// - a message's time is taken first, as the socket hands it over, before anything parses it;
// - the client speaks graphql-transport-ws itself over `ws` (connection_init, subscribe, next), about what a browser's
//   graphql-ws does on the wire without its per-message work (graphql-ws's client took about 60 µs per message,
//   250 messages per thread per event, all on the cores the servers need).
// Times are absolute (performance.timeOrigin + now), comparable across threads.
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

const { urls, token, query, profileId } = workerData;
const now = () => performance.timeOrigin + performance.now();
/** sectionId -> absolute receipt times of its SECTION_SAVED, one per subscriber. */
const received = new Map();
let failed = 0;
const sockets = [];

/** One subscriber: resolves once subscribed (or failed); records every SECTION_SAVED it receives. */
const subscribe = (url) =>
  new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    sockets.push(socket);
    const fail = () => {
      failed += 1;
      resolve();
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('error', fail);
    socket.on('message', (data) => {
      const at = now();
      const message = JSON.parse(data);
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: { profileId } } }));
        // The server registers the subscription after this message; bench/live.mjs waits before its first save.
        return resolve();
      }
      if (message.type === 'ping') return socket.send(JSON.stringify({ type: 'pong' }));
      if (message.type === 'error') return fail();
      const event = message.type === 'next' ? message.payload.data?.profileEvents : null;
      if (event?.type !== 'SECTION_SAVED') return;
      const times = received.get(event.sectionId) ?? [];
      times.push(at);
      received.set(event.sectionId, times);
      // Tell the bench once every subscriber of this thread has the event (it waits for all before the next save).
      if (times.length === urls.length - failed) parentPort.postMessage({ type: 'all-received', sectionId: event.sectionId });
    });
  });

await Promise.all(urls.map(subscribe));
parentPort.postMessage({ type: 'subscribed', failed });

parentPort.on('message', (message) => {
  if (message.type !== 'finish') return;
  for (const socket of sockets) socket.close(1000);
  parentPort.postMessage({ type: 'received', received: Object.fromEntries(received) });
});
