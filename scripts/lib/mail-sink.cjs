// The local SMTP sink of `npm start`: accepts every message on 127.0.0.1 and stores it as an .eml file, so a new
// user sees reminders and escalations arrive (GET /api/v1/mail reads the folder) and nothing ever leaves the
// machine. Plain CommonJS with one dev dependency (smtp-server), as it runs before any build.
const { mkdirSync, renameSync, writeFileSync } = require('node:fs');
const { Buffer } = require('node:buffer');
const { randomBytes } = require('node:crypto');
const path = require('node:path');

/**
 * Starts the sink; resolves with the port it listens on. `port: 0` picks a free one.
 * @param {{ host?: string, port?: number, dir: string, log?: (line: string) => void }} options
 */
async function startMailSink({ host = '127.0.0.1', port = 1025, dir, log = () => {} }) {
  const { SMTPServer } = require('smtp-server');
  mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    banner: 'Waardenpoort mail sink: nothing leaves this machine',
    logger: false,
    // No TLS and any login: the sink only listens on the loopback interface.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    size: 25 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          const err = new Error('Message too large for the mail sink');
          err.responseCode = 552;
          return callback(err);
        }
        const envelope =
          `X-Envelope-From: ${session.envelope.mailFrom ? session.envelope.mailFrom.address : ''}\r\n` +
          `X-Envelope-To: ${session.envelope.rcptTo.map((r) => r.address).join(', ')}\r\n`;
        const name = `${Date.now()}-${randomBytes(6).toString('hex')}.eml`;
        const file = path.join(dir, name);
        try {
          // Written aside and renamed, so the API never reads half a message.
          writeFileSync(`${file}.tmp`, Buffer.concat([Buffer.from(envelope), ...chunks]));
          renameSync(`${file}.tmp`, file);
        } catch (err) {
          return callback(err);
        }
        log(`caught mail for ${session.envelope.rcptTo.map((r) => r.address).join(', ')} (${name})`);
        callback(null, `Stored in the Waardenpoort mail sink as ${name}`);
      });
    },
  });
  server.on('error', (err) => log(`mail sink error: ${err.message}`));
  await new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  return {
    port: server.server.address().port,
    dir,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

module.exports = { startMailSink };
