// Fixtures of the curation specs: the writers' keys, and a second source with the facts it grounds.

export const curatorSecret = 'curator-secret-0123456789';
export const readerSecret = 'reader-secret-0123456789';
/** Server environment with a curator's and a reader's key. */
export const writersEnv = {
  API_KEYS: `curator:${curatorSecret},reader:${readerSecret}`,
};
export const asCurator = { authorization: `Bearer ${curatorSecret}` };
export const asReader = { authorization: `Bearer ${readerSecret}` };

/** A short statement that names two entities of the seed, for the facts the specs add. */
export const noticeText =
  '中国医疗物资协会组织会员企业向湖北捐赠口罩约50万只,助力湖北疫情防控。协会表示将持续支持。';
export const sourceId = 'cmsa-notice-2020-03-01';
export const actionId = 'action:cmsa-mask-donation-to-hubei';

/** A relief action the notice grounds, with a quantity read from its quote. */
export const actionInput = {
  id: actionId,
  type: 'RELIEF_ACTION',
  name: '向湖北捐赠口罩约50万只',
  nameEn: 'Donated about 500,000 masks to Hubei',
  nameEnSource: 'DESCRIPTION',
  category: 'MEDICAL_SUPPLIES',
  activity: 'DONATION',
  evidence: [{ source: sourceId, quote: '向湖北捐赠口罩约50万只' }],
  quantities: [{ value: 500000, unit: '只', item: '口罩', text: '约50万只' }],
};
