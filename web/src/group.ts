// Grouping: the relief actions of one category drawn as one node, joined to whatever its actions were joined to.
import type { Core, NodeSingular } from 'cytoscape';

export interface ActionGroup {
  id: string;
  category: string;
  /** The relief actions it stands for, in id order. */
  members: string[];
}

export interface GroupEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** The drawn relationships it stands for. */
  behind: string[];
}

/** Groups of at least two actions of one category among `candidates` (the others stay as they are). */
export function groupActions(candidates: NodeSingular[]): ActionGroup[] {
  const byCategory = new Map<string, string[]>();
  for (const action of candidates) {
    const category = action.data('category') as string | undefined;
    if (!category) continue;
    byCategory.set(category, [...(byCategory.get(category) ?? []), action.id()]);
  }
  return [...byCategory]
    .filter(([, members]) => members.length >= 2)
    .map(([category, members]) => ({ id: `group:${category}`, category, members: members.sort() }));
}

/**
 * The edges of the groups: each drawn relationship of a member, with the member replaced by its
 * group, merged when they join the same two ends with the same type.
 */
export function groupEdges(
  cy: Core,
  groups: ActionGroup[],
  relationShown: (type: string) => boolean,
  endShown: (node: NodeSingular) => boolean,
): GroupEdge[] {
  const groupOf = new Map<string, string>();
  for (const group of groups) for (const member of group.members) groupOf.set(member, group.id);
  const edges = new Map<string, GroupEdge>();
  for (const group of groups) {
    for (const member of group.members) {
      cy.getElementById(member)
        .connectedEdges()
        .not('.derived')
        .forEach((edge) => {
          const type = edge.data('type') as string;
          if (!relationShown(type)) return;
          const ends = [edge.source(), edge.target()];
          const other = ends.find((end) => end.id() !== member);
          if (!other || (!groupOf.has(other.id()) && !endShown(other))) return;
          const source = groupOf.get(edge.source().id()) ?? edge.source().id();
          const target = groupOf.get(edge.target().id()) ?? edge.target().id();
          if (source === target) return;
          const id = `${source}|${type}|${target}`;
          const merged = edges.get(id) ?? { id, source, target, type, behind: [] };
          if (!merged.behind.includes(edge.id())) merged.behind.push(edge.id());
          edges.set(id, merged);
        });
    }
  }
  return [...edges.values()];
}
