#!/usr/bin/env node
/**
 * A local SMTP sink for development, the demo and benchmarks: accepts every message on
 * 127.0.0.1:2525 (no authentication, no TLS, as SMTP_URL's default expects), writes each one to
 * .data/mail/<timestamp>.eml and prints its recipients and subject. Nothing is ever relayed.
 *
 *   node scripts/mail-sink.mjs [--port 2525] [--host 127.0.0.1] [--dir .data/mail] [--quiet]
 *
 * From another script:
 *   import { startMailSink } from './mail-sink.mjs';
 *   const sink = await startMailSink({ port: 2525, log: () => {} });
 *   ... sink.count, sink.url ...
 *   await sink.stop();
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SMTPServer } from 'smtp-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_MAIL_DIR = join(ROOT, '.data', 'mail');
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?...?=`, `=?UTF-8?Q?...?=`) in a header value. */
export function decodeHeader(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset, encoding, text) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            );
      try {
        return new TextDecoder(charset).decode(bytes);
      } catch {
        return bytes.toString('utf8');
      }
    });
}

/** The unfolded, decoded value of one header of a raw message, or ''. */
export function headerOf(raw, name) {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head
    .split(/\r?\n/)
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? decodeHeader(line.slice(name.length + 1).trim()) : '';
}

/**
 * Starts the sink. Resolves once it listens (port 0 picks a free port: see `port`/`url`);
 * rejects if the port is taken, e.g. by a sink that is already running.
 */
export async function startMailSink({
  host = '127.0.0.1',
  port = 2525,
  dir = DEFAULT_MAIL_DIR,
  log = console.log,
} = {}) {
  await mkdir(dir, { recursive: true });
  let count = 0;
  let last = '';
  let sameMs = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    hideSTARTTLS: true,
    logger: false,
    size: MAX_MESSAGE_BYTES,
    banner: 'Chanjiao mail sink (nothing is delivered)',
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        sameMs = stamp === last ? sameMs + 1 : 0;
        last = stamp;
        const file = join(dir, `${stamp}${sameMs ? `-${sameMs}` : ''}.eml`);
        writeFile(file, raw).then(
          () => {
            count += 1;
            const text = raw.toString('utf8');
            const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
            log(`[mail-sink] to ${to}: ${headerOf(text, 'Subject')}`);
            callback();
          },
          (error) => callback(error),
        );
      });
    },
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  server.on('error', (error) => log(`[mail-sink] ${error.message}`));
  const actualPort = server.server.address().port;
  return {
    port: actualPort,
    url: `smtp://${host}:${actualPort}`,
    dir,
    get count() {
      return count;
    },
    stop: () => new Promise((done) => server.close(() => done())),
  };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--port') options.port = Number(value());
    else if (flag === '--host') options.host = value();
    else if (flag === '--dir') options.dir = resolve(value());
    else if (flag === '--quiet') options.log = () => undefined;
    else throw new Error(`Unknown option ${argv[i]}`);
  }
  return options;
}

async function main(argv) {
  const sink = await startMailSink(parseArgs(argv));
  console.log(`[mail-sink] listening on ${sink.url}, writing to ${sink.dir}`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void sink.stop().then(() => process.exit(0)));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`[mail-sink] ${error.message}`);
    process.exit(1);
  });
}
