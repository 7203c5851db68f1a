// The operation Apollo Sandbox opens with: who supported 火神山 hospital, with the quotes that say so.
export const exampleOperation = `# Who supported Wuhan's Huoshenshan hospital, and where does the article say so?
query WhoSupportedHuoshenshan {
  search(text: "火神山", types: [HOSPITAL]) {
    id
    name
    nameEn
    ... on Hospital {
      supportActions {
        name
        nameEn
        category
        evidence { quote start end }
        actors { name nameEn }
      }
    }
  }
}
`;
