// The domain vocabulary, defined once: entity kinds, relation types, activities, quantity qualifiers and what may link to what.
export * from './activities.js';
export * from './entityKinds.js';
export * from './quantities.js';
export * from './relations.js';
