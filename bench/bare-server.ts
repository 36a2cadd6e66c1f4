/**
 * The floor of the HTTP benchmarks: a bare Fastify route answering, from memory, the exact bytes the
 * real endpoint answered. Run in its own process, like the real server, so both get the same CPU.
 *
 *   npx tsx bench/bare-server.ts --port 3110 --body /tmp/h8-bench/body.json --type application/json [--encoding gzip]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    body: { type: 'string' },
    type: { type: 'string' },
    encoding: { type: 'string' },
  },
});
if (!values.port || !values.body) throw new Error('--port and --body are needed');
const body = readFileSync(values.body);
const contentType = values.type ?? 'application/json; charset=utf-8';

const app = Fastify({ logger: false });
app.get('/bare', (_request, reply) => {
  reply.header('content-type', contentType);
  if (values.encoding) reply.header('content-encoding', values.encoding);
  reply.send(body);
});
app.get('/ready', (_request, reply) => {
  reply.send('ok');
});
await app.listen({ port: Number(values.port), host: '127.0.0.1' });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    process.exit(0);
  });
}
