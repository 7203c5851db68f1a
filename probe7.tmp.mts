import { loadSeed } from './src/seed/loadSeed.ts';
import { scoreQuantities } from './src/ingest/measure.ts';
import { findQuantities } from './src/ingest/findQuantities.ts';
import { tokenize } from './src/ingest/segmenter.ts';
const seed = await loadSeed();
console.log(scoreQuantities(seed.sources[0]!, [...seed.entities, ...seed.relations]));
const t = seed.sources[0]!.text;
console.log(findQuantities(t, tokenize(t)).map(q=>`${q.text}=${q.value}${q.unit}/${q.qualifier}/${q.item}`).join(' | '));
