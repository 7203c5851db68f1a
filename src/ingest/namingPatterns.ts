// The naming patterns of the domain: how Chinese reports name associations, government bodies, companies, hospitals, regions and instruments (suffixes, region prefixes, quoted names), as data the entity finder reads.

/** The kinds of entity found by name; groups, statements and deeds are read from clauses instead. */
export const namedKinds = [
  'ASSOCIATION',
  'GOVERNMENT_BODY',
  'COMPANY',
  'HOSPITAL',
  'REGION',
  'INSTRUMENT',
] as const;

export type NamedKind = (typeof namedKinds)[number];

/** Associations and chambers end so (longest first, so 联合会 wins over 会). */
export const associationSuffix = /(?:联合会|研究会|促进会|基金会|协会|商会|学会|总会)$/;

/**
 * A federation of industry and commerce by its usual short name (全国工商联, 重庆工商联), and the
 * short form that heads the names of the national federation's own chambers (全联环境服务业商会).
 */
export const federationName = /工商联$/;
export const federationHead = /^(?:全联|.{1,8}工商联)$/;

/** Words before a chamber's suffix that make it a kind of chamber, not one (直属商会, 各类商会). */
export const genericQualifiers = new Set([
  '直属',
  '所属',
  '各类',
  '各级',
  '各地',
  '相关',
  '有关',
  '其他',
  '基层',
]);

/** An organisation token (jieba's nt) ending so is a government body: 民政部, 商务部, 国务院. */
export const governmentSuffix = /(?:委员会|部|委|局|厅|署|办|国务院)$/;

/** A word that alone ends a government body's name, whose name is the words before it: 社会组织管理局, 发展改革委. */
export const governmentTail = new Set(['委', '局', '管理局', '委员会', '厅', '署']);

export const hospitalSuffix = /医院$/;

export const companySuffix = /(?:集团|公司|有限公司|股份有限公司)$/;

/** What a named instrument (a platform, channel, guide, fund …) is called by. */
export const instrumentSuffix = /(?:指南|指引|平台|通道|互助金|基金|证明|倡议书)$/;

/** Words that stand for a region of their own without being a place name. */
export const scopeRegions = new Set(['全国', '全球', '海内外', '国内外']);

/** A quoted name (“…”, 《…》) followed by one of these is a named instrument: “互联网+行业”模式. */
export const namedAfterQuote = /^(?:公益项目|项目|模式|平台|行动|计划|工程|活动|倡议)/;

/**
 * Verbs that put an instrument's name after them as their object (搭建信息平台, 发布经营服务指南):
 * the name starts after the verb.
 */
export const objectVerbs = new Set([
  '发布',
  '搭建',
  '提供',
  '争取',
  '建立',
  '开通',
  '制作',
  '开具',
  '设立',
  '推出',
  '印发',
  '编制',
  '出台',
  '发出',
  '开展',
  '制定',
  '成立',
  '打造',
  '上线',
  '设置',
]);

/** Verbs that take an organisation as their object (接受发展改革委委托): a name starts after them. */
export const governingVerbs = new Set([
  ...objectVerbs,
  '接受',
  '协助',
  '配合',
  '联合',
  '召开',
  '会同',
  '通过',
  '支持',
  '推动',
  '动员',
  '号召',
  '邀请',
]);

/** Prepositions that never stand inside a name (用 and 与 do: 中国产业用纺织品行业协会). */
export const prepositions = new Set([
  '通过',
  '在',
  '对',
  '为',
  '向',
  '从',
  '由',
  '把',
  '被',
  '给',
  '据',
  '按',
  '经',
  '将',
  '于',
  '以',
]);

/** jieba's tags of words that can stand inside a name (nouns of every kind, verbal and other nouns, idioms). */
export const nameTags = new Set([
  'n',
  'ns',
  'nr',
  'nrt',
  'nz',
  'nt',
  'vn',
  'an',
  'j',
  'l',
  'b',
  'i',
  's',
  'f',
]);

/** jieba's tags of proper nouns: places, people and brands, organisations, other names. */
export const properTags = new Set(['ns', 'nr', 'nrt', 'nz', 'nt']);

/** An unknown word of Chinese characters (jieba's x): mostly a name its dictionary lacks (祝塘, 月星). */
export function isUnknownName(word: string, tag: string): boolean {
  return tag === 'x' && /^[\u4e00-\u9fa5]{2,}$/.test(word);
}

/** A token that starts a region: a place name, or 中国 at the head of an organisation's name. */
export function startsWithRegion(word: string, tag: string): boolean {
  return tag === 'ns' || word.startsWith('中国') || /^[\u4e00-\u9fa5]{1,6}[省市]/.test(word);
}

/** Punctuation and white space end every name. */
export const boundary = /^[\s，,。.;；:：、！!？?（）()“”"《》【】|■…—-]+$/;
