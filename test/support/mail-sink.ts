import { SMTPServer } from 'smtp-server';

/** A received email. */
export interface Mail {
  to: string[];
  raw: string;
  /** The raw message with quoted-printable soft breaks and escapes undone (enough to read links). */
  decoded: string;
}

/** An SMTP server on loopback that keeps what it receives (worker's SMTP_URL points at it). */
export class MailSink {
  readonly received: Mail[] = [];
  port = 0;
  private server?: SMTPServer;

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      hideSTARTTLS: true,
      logger: false,
      closeTimeout: 100,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            decoded: decodeBodies(raw),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.server.address() as { port: number }).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): Mail[] {
    return this.received.filter((m) => m.to.includes(address));
  }
}

/** Decodes base64 and quoted-printable MIME parts in place (nodemailer uses either). */
function decodeBodies(raw: string): string {
  const qp = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const qpText = Buffer.from(qp, 'latin1').toString('utf8');
  const base64 = [...raw.matchAll(/base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map((m) =>
    Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8'),
  );
  return [qpText, ...base64].join('\n');
}

/** The token of the last `${page}?token=` link in the email. */
export function linkToken(mail: Mail, page: string): string | undefined {
  const links = [
    ...mail.decoded.matchAll(/https?:\/\/[^\s"<]+\/([a-z-]+)\?token=([A-Za-z0-9_-]{43})/g),
  ];
  return links.filter((l) => l[1] === page).pop()?.[2];
}
