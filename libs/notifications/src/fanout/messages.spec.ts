import { describe, expect, it } from '@jest/globals';
import { NotificationKinds } from '../notification-kinds';
import { renderMessage } from './messages';

describe('conversation message notifications', () => {
  it('name the sender and the demand, quote the start of the text, count attachments', () => {
    const { title, body } = renderMessage(NotificationKinds.MessageReceived, {
      partyName: '示范市光伏玻璃有限公司',
      demandTitle: '钢化炉良品率提升',
      excerpt: '下周二上午可以到现场看产线吗？',
      attachmentCount: 2,
    });
    expect(title['zh-CN']).toBe('示范市光伏玻璃有限公司给您发来新消息');
    expect(body['zh-CN']).toBe(
      '关于需求“钢化炉良品率提升”，示范市光伏玻璃有限公司：下周二上午可以到现场看产线吗？（附件 2 个）',
    );
    expect(title.en).toBe('New message from 示范市光伏玻璃有限公司');
    expect(body.en).toContain('(2 attachments)');
    const plain = renderMessage(NotificationKinds.MessageReceived, {
      partyName: '李工',
      demandTitle: 'x',
      excerpt: '好的',
      attachmentCount: 0,
    });
    expect(plain.body['zh-CN']).not.toContain('附件');
    expect(plain.body.en).not.toContain('attachment');
  });
});
