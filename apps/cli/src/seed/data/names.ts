import type { Rng } from './prng';

/** Common surnames, most frequent first; the weight falls off with the rank. */
const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文关佟那',
  '欧阳',
  '司马',
];

const GIVEN_CHARS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉兰萍鹏辉宇浩凯健俊帆旭宁林斌波晨博文昊然思雨欣怡佳琪嘉瑞晓海燕红梅丹蕾婷雪慧颖晶倩鑫峰志永国春成东庆立光德新兴振家子天泽轩蕊珊悦亮松建鸿云学卫彬琳莉岩冬秋铭哲诗航',
];

/** A plausible, fictional Chinese personal name, unique within `taken`. */
export function personName(rng: Rng, taken: Set<string>): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const surname = rng.weighted(SURNAMES, (s) => 1 / (SURNAMES.indexOf(s) + 8));
    const first = rng.pick(GIVEN_CHARS);
    const given = rng.chance(0.65) ? first + rng.pick(GIVEN_CHARS) : first;
    const name = surname + given;
    if (given.length === 2 && given[0] === given[1]) continue;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error('Ran out of personal names');
}

/** A mobile number that looks real but is deterministic and unique within `taken`. */
export function phoneNumber(rng: Rng, taken: Set<string>): string {
  const prefixes = '139 138 137 136 135 158 159 186 187 188 150 151 152 177 180 183 189 199'.split(
    ' ',
  );
  for (;;) {
    let number = rng.pick(prefixes);
    for (let i = 0; i < 8; i++) number += String(rng.int(0, 9));
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}
