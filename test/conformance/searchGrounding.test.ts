// Search leaves out evidence and quantities when the operation does not select them, and answers the same either way.
import { expect, it } from 'vitest';
import { describeConformance } from '../helpers/conformance.js';

interface Hit {
  id: string;
  name: string;
  evidence?: { quote: string }[];
  quantities?: { value: number; unit: string }[];
}

describeConformance('search grounding', (server) => {
  it('finds the same hits whether or not their evidence and quantities are selected', async () => {
    const lean = await server().query<{ search: Hit[] }>(
      `{ search(text: "协会", first: 50) { id name } }`,
    );
    const full = await server().query<{ search: Hit[] }>(
      `{ search(text: "协会", first: 50) { id name evidence { quote } ... on ReliefAction { quantities { value unit } } } }`,
    );
    expect(lean.errors).toBeUndefined();
    expect(full.errors).toBeUndefined();
    expect(full.data!.search.map(({ id, name }) => ({ id, name }))).toEqual(lean.data!.search);
    for (const hit of full.data!.search) expect(hit.evidence!.length).toBeGreaterThan(0);
  });

  it('reads evidence selected through a fragment, as the entity itself has it', async () => {
    const hits = await server().query<{
      rankedSearch: { entity: Hit }[];
      search: Hit[];
    }>(
      `{ rankedSearch(text: "火神山") { entity { ...grounded } }
         search(text: "火神山") { ... on Hospital { id evidence { quote } } } }
       fragment grounded on Entity { id evidence { quote } }`,
    );
    expect(hits.errors).toBeUndefined();
    const first = hits.data!.rankedSearch[0]!.entity;
    const entity = await server().query<{ entity: Hit }>(
      `query ($id: ID!) { entity(id: $id) { id evidence { quote } } }`,
      { id: first.id },
    );
    expect(first.evidence).toEqual(entity.data!.entity.evidence);
    expect(first.evidence!.length).toBeGreaterThan(0);
    const hospital = hits.data!.search.find((h) => h.id === first.id);
    if (hospital?.evidence) expect(hospital.evidence).toEqual(first.evidence);
  });
});
