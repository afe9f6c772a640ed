/**
 * Tag colours with white text at WCAG AA contrast (antd's preset status tags, light text on a
 * pale ground, miss 4.5:1 under axe). The words always say the same as the colour.
 */
export const TAG_COLORS = {
  ok: '#237804',
  warn: '#ad4e00',
  bad: '#a8071a',
  info: '#0958d9',
  new: '#531dab',
} as const;
