import { ConfigError, loadConfig } from './config';

/** Dev mode, as `npm start` runs: the defaults below are the local sink's. */
const DEV = { DEV_MODE: 'true', NODE_ENV: 'development' };

describe('mail configuration', () => {
  it('defaults to the local sink in dev mode, and is off under NODE_ENV=test unless turned on', () => {
    const dev = loadConfig(DEV).mail;
    expect(dev).toMatchObject({
      enabled: true,
      smtp: { host: '127.0.0.1', port: 1025, secure: false, auth: null },
      from: { name: 'Waardenpoort gemeente Enschede', address: 'waardenpoort@enschede.nl' },
      roleMailboxes: {},
      digestHour: 8,
      maxAttempts: 8,
    });
    expect(dev.sinkDir).toMatch(/\/\.data\/mail$/);
    expect(loadConfig({ ...DEV, NODE_ENV: 'test' }).mail.enabled).toBe(false);
    expect(loadConfig({ ...DEV, NODE_ENV: 'test', MAIL_ENABLED: 'true' }).mail.enabled).toBe(true);
  });

  it('reads SMTP settings and role mailboxes', () => {
    const mail = loadConfig({
      ...DEV,
      SMTP_HOST: 'smtp.enschede.nl',
      SMTP_SECURE: 'true',
      SMTP_USER: 'waardenpoort',
      SMTP_PASSWORD: 'geheim',
      MAIL_FROM: 'noreply@enschede.nl',
      ROLE_MAILBOXES: 'dpo=fg@enschede.nl, cio-office=cio-office@enschede.nl',
      DIGEST_HOUR: '7',
    }).mail;
    expect(mail.smtp).toEqual({
      host: 'smtp.enschede.nl',
      port: 465,
      secure: true,
      auth: { user: 'waardenpoort', pass: 'geheim' },
    });
    expect(mail.from).toEqual({ name: null, address: 'noreply@enschede.nl' });
    expect(mail.roleMailboxes).toEqual({ dpo: 'fg@enschede.nl', 'cio-office': 'cio-office@enschede.nl' });
    expect(mail.digestHour).toBe(7);
  });

  it('refuses unknown roles, bad addresses, half credentials and out-of-range numbers, naming each', () => {
    let error: unknown;
    try {
      loadConfig({
        ...DEV,
        ROLE_MAILBOXES: 'dpo=fg@enschede.nl,wethouder=wim@enschede.nl,cio-office=geen-adres,dpo=ander@enschede.nl',
        SMTP_USER: 'alleen-gebruiker',
        SMTP_PORT: '70000',
        DIGEST_HOUR: '24',
        MAIL_FROM: 'Waardenpoort',
        MAIL_ENABLED: 'ja',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('"wethouder=wim@enschede.nl"');
    expect(problems).toContain('"cio-office=geen-adres"');
    expect(problems).toContain('dpo is given twice');
    expect(problems).toContain('SMTP_USER/SMTP_PASSWORD');
    for (const name of ['SMTP_PORT', 'DIGEST_HOUR', 'MAIL_FROM', 'MAIL_ENABLED']) expect(problems).toContain(name);
  });
});
