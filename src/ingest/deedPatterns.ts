// How reports tell a deed: the words that say which kind of deed a clause states (捐赠 a donation, 摸排 a survey …), most specific first, and the words that start a second deed of the same actor.
import type { Activity } from '../model/index.js';

/**
 * Each kind of deed and the words that state it, tried in order: a clause that both calls on
 * members (号召) and names a donation (捐款) is a donation, so donations come before advocacy.
 */
export const deedWords: readonly (readonly [Activity, RegExp])[] = [
  // 捐赠物资 is what others gave: clearing or carrying it is logistics, not a donation.
  ['DONATION', /捐款|捐物|捐助|捐献|捐赠(?!物资)/],
  ['FINANCING', /融资|信贷|募集|互助金|贷款|资金支持/],
  ['ADVOCACY', /倡议|呼吁|建议|发出.{0,8}动员/],
  ['RIGHTS_PROTECTION', /不可抗力|合法权益|减免|减半|摊位费|维权/],
  ['PUBLIC_EDUCATION', /普及|科普知识|提示公众|宣传教育/],
  ['CULTURAL_SERVICE', /阅读|文化|版权|出版/],
  ['INFORMATION_SERVICE', /信息平台|对接供需|供需对接|信息服务/],
  ['LOGISTICS', /运输|清关|物流|通关|绿色通道|救援|专车|接回/],
  ['PROCUREMENT', /采购|进口|渠道/],
  ['SURVEY', /摸排|调研|统计|调查|收集|摸底/],
  ['VOLUNTEERING', /志愿|保洁|社会工作者/],
  ['MEDICAL_CARE', /医务人员|医院支援|支援武汉|支援疫区|心理咨询|献药|医疗服务/],
  ['COORDINATION', /协助政府|协调/],
  ['GUIDANCE', /指南|指导|指引|意见|监理|规范|提出.{0,20}模式/],
  ['PRODUCTION', /生产|复工|建筑材料|供应|货源|投放|储备|提供.{0,12}支持/],
  ['ADVOCACY', /号召|动员/],
];

/** Words that start another deed of the same actor inside one sentence (并, 还, 同时 …). */
export const nextDeed = /(?:，|,)?(?:并|还|同时|此外|另外)(?=[\u4e00-\u9fa5])/g;

/** Where one statement of who did what ends: sentences, and the semicolons between actors. */
export const statementEnd = /[。；;！!？?\n]/;

/** Where a statement of an example starts inside a sentence: 如，中国电子商会… */
export const exampleStart = /(?:例如|比如|如)[，,]/g;

/** The commas between the clauses of one statement. */
export const clauseBreak = /[，,]/;

/** The organisations that can be the actor of a deed. */
export const actorKinds = new Set(['ASSOCIATION', 'GOVERNMENT_BODY', 'COMPANY']);
