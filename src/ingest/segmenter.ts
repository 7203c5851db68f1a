// Chinese word segmentation with part-of-speech tags (jieba, through @node-rs/jieba), as tokens with their offsets in the text.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** One word of the text: where it is, and jieba's part-of-speech tag (n noun, ns place, nt organisation, v verb, x other …). */
export interface Token {
  word: string;
  tag: string;
  /** Offset in the text (JavaScript string index). */
  start: number;
  end: number;
}

/** Loading the dictionary takes a moment; one segmenter serves every report. */
let jieba: Jieba | null = null;

/** The words of `text` in order, covering it without gaps. */
export function tokenize(text: string): Token[] {
  jieba ??= Jieba.withDict(dict);
  let offset = 0;
  return jieba.tag(text, true).map(({ word, tag }) => {
    const token = { word, tag, start: offset, end: offset + word.length };
    offset += word.length;
    return token;
  });
}
