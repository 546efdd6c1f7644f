import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { parseMail, type ParsedMail } from '../../apps/api/src/mail/parse-mail';

/** A message as the SMTP server received it. */
export interface ReceivedMail {
  /** RCPT TO, lower-cased (the dispatcher sends one recipient per message) */
  rcpt: string;
  messageId: string;
  subject: string;
  to: string;
  text: string;
  /** The message's text/calendar parts (a task mail's deadline) */
  calendars: string[];
  header(name: string): string | undefined;
  /** X-Waardenpoort-* headers */
  projectId: string | undefined;
  notificationId: string | undefined;
  kind: string | undefined;
  digestId: string | undefined;
  /** Date.now() when the server answered */
  receivedAt: number;
}

/** An SMTP reply to refuse a command with. */
export interface SmtpFault {
  code: number;
  message: string;
}

function smtpError(fault: SmtpFault): Error {
  return Object.assign(new Error(fault.message), { responseCode: fault.code });
}

/**
 * A real SMTP server in the test process (smtp-server) that records every message it accepts, every DATA it saw
 * (also refused ones), and answers with faults the test chooses: a 4xx at RCPT TO or after the whole message.
 */
export class SmtpRecorder {
  readonly accepted: ReceivedMail[] = [];
  /** Every message that reached the end of DATA, accepted or refused, in order */
  readonly seen: ReceivedMail[] = [];
  faultRcpt: ((address: string) => SmtpFault | null) | null = null;
  faultData: ((mail: ReceivedMail) => SmtpFault | null) | null = null;
  /** Milliseconds the server takes to accept each message (widens race windows) */
  delayMs = 0;
  /**
   * Connection errors, such as a reset when a test kills a worker in the middle of a session. smtp-server emits them
   * on the server; without a listener one would throw out of the test.
   */
  readonly connectionErrors: Error[] = [];
  private server!: SMTPServer;
  port = 0;

  static async start(): Promise<SmtpRecorder> {
    const recorder = new SmtpRecorder();
    recorder.server = new SMTPServer({
      logger: false,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onRcptTo: (address, _session, callback) => {
        const fault = recorder.faultRcpt?.(address.address.toLowerCase());
        callback(fault ? smtpError(fault) : undefined);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => void recorder.received(Buffer.concat(chunks), session, callback));
      },
    });
    recorder.server.on('error', (err) => recorder.connectionErrors.push(err));
    await new Promise<void>((resolve) => recorder.server.listen(0, '127.0.0.1', resolve));
    recorder.port = (recorder.server.server.address() as AddressInfo).port;
    return recorder;
  }

  /** One message at the end of DATA: recorded, then refused with the chosen fault or accepted after `delayMs`. */
  private async received(
    raw: Buffer,
    session: SMTPServerSession,
    callback: (err?: Error | null) => void,
  ): Promise<void> {
    let parsed: ParsedMail;
    try {
      parsed = await parseMail(raw);
    } catch (err) {
      return callback(smtpError({ code: 554, message: `unreadable message: ${(err as Error).message}` }));
    }
    const header = (name: string): string | undefined => parsed.header(name);
    const mail: ReceivedMail = {
      rcpt: session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(','),
      messageId: header('message-id') ?? '',
      subject: header('subject') ?? '',
      to: header('to') ?? '',
      text: parsed.text,
      calendars: parsed.calendars,
      header,
      projectId: header('x-waardenpoort-project'),
      notificationId: header('x-waardenpoort-notification'),
      kind: header('x-waardenpoort-kind'),
      digestId: header('x-waardenpoort-digest'),
      receivedAt: Date.now(),
    };
    this.seen.push(mail);
    const fault = this.faultData?.(mail);
    if (fault) return callback(smtpError(fault));
    setTimeout(() => {
      mail.receivedAt = Date.now();
      this.accepted.push(mail);
      callback(null);
    }, this.delayMs);
  }

  forProject(projectId: string): ReceivedMail[] {
    return this.accepted.filter((m) => m.projectId === projectId);
  }

  to(address: string, projectId?: string): ReceivedMail[] {
    return this.accepted.filter(
      (m) => m.rcpt === address.toLowerCase() && (projectId === undefined || m.projectId === projectId),
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
