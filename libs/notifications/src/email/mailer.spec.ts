import { describe, expect, it } from '@jest/globals';
import { describeSmtpError, isPermanentSmtpError, messageIdFor, senderDomain } from './mailer';

describe('mailer helpers', () => {
  it('derives one Message-ID per idempotency key', () => {
    const a = messageIdFor('event:1:email:u1', 'chanjiao.local');
    expect(a).toMatch(/^<[0-9a-f]{40}@chanjiao\.local>$/);
    expect(messageIdFor('event:1:email:u1', 'chanjiao.local')).toBe(a);
    expect(messageIdFor('event:2:email:u1', 'chanjiao.local')).not.toBe(a);
  });

  it('takes the domain from MAIL_FROM', () => {
    expect(senderDomain('产教融合服务平台 <noreply@Chanjiao.example.cn>')).toBe(
      'chanjiao.example.cn',
    );
    expect(senderDomain('noreply@mail.example.cn')).toBe('mail.example.cn');
    expect(senderDomain('nobody')).toBe('chanjiao.local');
  });

  it('treats 5xx rejections as permanent, outages and 4xx as transient', () => {
    expect(isPermanentSmtpError({ code: 'EENVELOPE', responseCode: 550, permanent: true })).toBe(
      true,
    );
    expect(isPermanentSmtpError({ code: 'EMESSAGE', responseCode: 552 })).toBe(true);
    expect(isPermanentSmtpError({ code: 'EENVELOPE', responseCode: 451, permanent: false })).toBe(
      false,
    );
    expect(isPermanentSmtpError({ code: 'EPROTOCOL', responseCode: 503 })).toBe(false);
    expect(isPermanentSmtpError({ code: 'ESOCKET' })).toBe(false);
    expect(isPermanentSmtpError({ code: 'EAUTH', responseCode: 535, permanent: true })).toBe(false);
    expect(isPermanentSmtpError(undefined)).toBe(false);
  });

  it('describes a failure on one line', () => {
    const error = Object.assign(new Error('ignored'), {
      code: 'EENVELOPE',
      responseCode: 550,
      response: '550 5.1.1 No such\nuser',
    });
    expect(describeSmtpError(error)).toBe('EENVELOPE 550 550 5.1.1 No such user');
  });
});
