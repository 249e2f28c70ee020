// The load generator of the benches, in its own process: reads { url, method, headers, body, connections, seconds,
// rounds } as JSON on stdin, runs autocannon that many rounds and prints the better round as JSON on stdout.
import autocannon from 'autocannon';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { url, method, headers, body, connections, seconds, rounds } = JSON.parse(input);

let best = null;
for (let round = 0; round < rounds; round += 1) {
  const result = await autocannon({ url, method, headers, body, connections, duration: seconds });
  const summary = {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytes: result.throughput.average / Math.max(1, result.requests.average),
  };
  if (!best || summary.rps > best.rps) best = summary;
}
process.stdout.write(JSON.stringify(best));
