// An index over entity names that answers `search` exactly as the ranked scan does, without scanning every entity.
import type { EntityRecord } from '../../model/records.js';
import type { EntityType } from '../../model/index.js';
import { compareStrings, normalizedNames, normalizeSearchText } from '../ordering.js';

/**
 * The ranking (ordering.ts's searchRank: exact 3, prefix 2, substring 1, ties by id) computed from
 * three structures built once:
 * - exact: normalised name -> entities, for rank 3;
 * - every normalised name in code-unit order, so the names a needle prefixes form one range (rank 2);
 * - character bigrams -> entities in id order: every name containing the needle contains each of
 *   its bigrams, so the shortest such posting list holds every rank-1 candidate, already in id order,
 *   and the walk stops once the page is full.
 */
export class SearchIndex {
  /** Entities in id order; the index's entity numbers are positions here. */
  private readonly entities: EntityRecord[];
  private readonly names: string[][];
  private readonly exact = new Map<string, number[]>();
  private readonly sortedNames: string[];
  private readonly sortedOwners: Int32Array;
  /** Keyed by the two UTF-16 code units packed in one number: no string per bigram. */
  private readonly bigrams = new Map<number, Int32Array>();

  constructor(entitiesById: EntityRecord[]) {
    this.entities = entitiesById;
    this.names = entitiesById.map(normalizedNames);

    const named: { name: string; owner: number }[] = [];
    const postings = new Map<number, number[]>();
    this.names.forEach((names, owner) => {
      for (const name of names) {
        named.push({ name, owner });
        const list = this.exact.get(name);
        if (!list) this.exact.set(name, [owner]);
        else if (list.at(-1) !== owner) list.push(owner);
        for (let i = 0; i + 1 < name.length; i++) {
          const gram = bigram(name, i);
          const posting = postings.get(gram);
          // Owners arrive in increasing order, so checking the last entry keeps each list duplicate-free.
          if (!posting) postings.set(gram, [owner]);
          else if (posting.at(-1) !== owner) posting.push(owner);
        }
      }
    });
    named.sort((a, b) => compareStrings(a.name, b.name));
    this.sortedNames = named.map((n) => n.name);
    this.sortedOwners = Int32Array.from(named, (n) => n.owner);
    for (const [gram, list] of postings) this.bigrams.set(gram, Int32Array.from(list));
  }

  /** `sources`: only entities some evidence of which cites one of them; null for all. */
  search(
    text: string,
    types: readonly EntityType[] | null,
    first: number,
    sources: readonly string[] | null = null,
  ): EntityRecord[] {
    if (first <= 0) return [];
    const needle = normalizeSearchText(text);
    const wanted = (owner: number) => {
      const entity = this.entities[owner]!;
      return (
        (types === null || types.includes(entity.type)) &&
        (sources === null || entity.evidence.some((e) => sources.includes(e.sourceId)))
      );
    };

    const exact = (this.exact.get(needle) ?? []).filter(wanted);
    const taken = new Set(exact);
    const prefixed: number[] = [];
    for (let k = this.lowerBound(needle); k < this.sortedNames.length; k++) {
      if (!this.sortedNames[k]!.startsWith(needle)) break;
      const owner = this.sortedOwners[k]!;
      if (taken.has(owner) || !wanted(owner)) continue;
      taken.add(owner);
      prefixed.push(owner);
    }
    prefixed.sort((a, b) => a - b);

    const ranked = [...exact, ...prefixed];
    for (const owner of this.candidates(needle)) {
      if (ranked.length >= first) break;
      if (taken.has(owner) || !wanted(owner)) continue;
      if (this.names[owner]!.some((name) => name.includes(needle))) ranked.push(owner);
    }
    return ranked.slice(0, first).map((owner) => this.entities[owner]!);
  }

  /** Entities that may contain the needle, in id order: the rarest of its bigrams' postings. */
  private *candidates(needle: string): Iterable<number> {
    if (needle.length < 2) {
      // One character has no bigram: every entity is a candidate (still in id order, still stopping early).
      for (let owner = 0; owner < this.entities.length; owner++) yield owner;
      return;
    }
    let rarest: Int32Array | null = null;
    for (let i = 0; i + 1 < needle.length; i++) {
      const posting = this.bigrams.get(bigram(needle, i));
      if (!posting) return;
      if (!rarest || posting.length < rarest.length) rarest = posting;
    }
    yield* rarest!;
  }

  /** The first position in sortedNames whose name is not below `needle`. */
  private lowerBound(needle: string): number {
    let low = 0;
    let high = this.sortedNames.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareStrings(this.sortedNames[mid]!, needle) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** The code units at i and i + 1 packed in one 32-bit integer (a small integer to V8: fast Map keys). */
function bigram(text: string, i: number): number {
  return (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1) | 0;
}
