// The graph on screen: a Cytoscape instance, its style by entity type, and the operations the page needs.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { EntitySummary, GraphEdge, Subgraph } from './api.js';
import { entityTypes } from './entityTypes.js';

export type LabelLanguage = 'zh' | 'en';

export interface GraphView {
  cy: Core;
  /** Adds what is not drawn yet, each part next to the entity it was fetched for; returns the new ids. */
  add(parts: { subgraph: Subgraph; around?: string }[]): string[];
  /** Zooms to show these entities (and their neighbours) with the first one in the centre. */
  show(ids: string[]): void;
  /** Removes the neighbours that hang only on this entity. */
  collapse(id: string): number;
  setLanguage(language: LabelLanguage): void;
  markPath(path: Subgraph | null): void;
  filter(hiddenTypes: ReadonlySet<string>, hiddenRelations: ReadonlySet<string>): void;
  select(id: string | null): void;
  centre(id: string): void;
  /** Zooms to these elements (default: everything shown), never closer than a readable size. */
  fit(elements?: cytoscape.CollectionReturnValue): void;
  clear(): void;
  relationTypes(): string[];
}

function labelOf(node: EntitySummary, language: LabelLanguage): string {
  return language === 'en' ? (node.nameEn ?? node.name) : node.name;
}

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 13,
      'font-family': 'system-ui, "Noto Sans CJK SC", "Noto Sans", sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#ffffff',
      // Labels appear once they would be readable, so a zoomed-out graph stays legible.
      'min-zoomed-font-size': 7,
    },
  },
  ...entityTypes.map((type) => ({
    selector: `node[type = "${type.type}"]`,
    style: { 'background-color': type.color, shape: type.shape as cytoscape.Css.NodeShape },
  })),
  { selector: 'node[type = "RELIEF_ACTION"]', style: { width: 20, height: 20, 'font-size': 11 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(type)',
      'font-size': 8,
      color: '#4b5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 9,
    },
  },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.2, 'text-opacity': 0 } },
  {
    selector: 'node.on-path',
    style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold' },
  },
  {
    selector: 'edge.on-path',
    style: { width: 4, 'line-color': '#111827', 'target-arrow-color': '#111827', color: '#111827' },
  },
  {
    selector: 'node.chosen',
    style: { 'border-width': 4, 'border-color': '#facc15', 'z-index': 10 },
  },
  {
    selector: 'edge.chosen',
    style: { width: 4, 'line-color': '#facc15', 'target-arrow-color': '#facc15' },
  },
];

const maxFitZoom = 1.6;

export function createGraphView(container: HTMLElement): GraphView {
  const cy = cytoscape({
    container,
    style,
    minZoom: 0.1,
    maxZoom: 4,
    // Selection is the page's own (one entity or relation at a time, shown in the side panel).
    selectionType: 'single',
    boxSelectionEnabled: false,
  });
  let language: LabelLanguage = 'zh';

  /** Places new entities on rings round the ones they came from, then lets a force layout refine all. */
  function layout(rings: Map<string | undefined, string[]>): void {
    if ([...rings.values()].every((ids) => ids.length === 0)) return;
    for (const [around, ids] of rings) {
      const anchor = around ? cy.getElementById(around) : null;
      const centre = anchor?.nonempty() ? anchor.position() : { x: 0, y: 0 };
      const radius = 80 + ids.length * 6;
      ids.forEach((id, index) => {
        const angle = (2 * Math.PI * index) / ids.length;
        cy.getElementById(id).position({
          x: centre.x + radius * Math.cos(angle),
          y: centre.y + radius * Math.sin(angle),
        });
      });
    }
    cy.layout({
      name: 'cose',
      randomize: false,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 9000,
      numIter: 400,
    }).run();
  }

  function edgeDefinition(edge: GraphEdge): ElementDefinition {
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.from,
        target: edge.to,
        type: edge.type,
        quantities: edge.quantities,
        evidence: edge.evidence,
      },
    };
  }

  return {
    cy,
    add(parts) {
      const added: string[] = [];
      const rings = new Map<string | undefined, string[]>();
      cy.batch(() => {
        for (const { subgraph, around } of parts) {
          const ring: string[] = rings.get(around) ?? [];
          rings.set(around, ring);
          for (const node of subgraph.nodes) {
            if (cy.getElementById(node.id).nonempty()) continue;
            // `owner`: the entity whose expansion drew this one, which a collapse takes back.
            const owner = around && around !== node.id ? around : undefined;
            cy.add({ group: 'nodes', data: { ...node, owner, label: labelOf(node, language) } });
            added.push(node.id);
            ring.push(node.id);
          }
        }
        for (const { subgraph } of parts) {
          for (const edge of subgraph.edges) {
            if (cy.getElementById(edge.id).nonempty()) continue;
            // An edge whose other end was cut off by the neighbourhood's limit cannot be drawn.
            if (cy.getElementById(edge.from).empty() || cy.getElementById(edge.to).empty())
              continue;
            cy.add(edgeDefinition(edge));
          }
        }
      });
      layout(rings);
      return added;
    },
    collapse(id) {
      const node = cy.getElementById(id) as NodeSingular;
      if (node.empty()) return 0;
      // What expanding this entity brought in (and what expanding those brought in), plus any
      // neighbour that hangs on it alone; entities on the path or selected stay.
      const doomed = new Set<string>();
      const owners = [id];
      while (owners.length > 0) {
        const owner = owners.pop()!;
        cy.nodes().forEach((other) => {
          if (other.data('owner') === owner && !doomed.has(other.id()) && other.id() !== id) {
            doomed.add(other.id());
            owners.push(other.id());
          }
        });
      }
      node.neighborhood('node').forEach((other) => {
        const ids = other.neighborhood('node').map((n) => n.id());
        if (ids.every((nid) => nid === id)) doomed.add(other.id());
      });
      const removed = cy
        .nodes()
        .filter((other) => doomed.has(other.id()) && !other.is('.on-path, .chosen'));
      cy.remove(removed);
      return removed.length;
    },
    setLanguage(next) {
      language = next;
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          node.data('label', labelOf(node.data() as EntitySummary, language));
        });
      });
    },
    markPath(path) {
      cy.batch(() => {
        cy.elements().removeClass('on-path faded');
        if (!path) return;
        const onPath = new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
        cy.elements().forEach((element) => {
          element.addClass(onPath.has(element.id()) ? 'on-path' : 'faded');
        });
      });
    },
    filter(hiddenTypes, hiddenRelations) {
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          node.toggleClass('hidden', hiddenTypes.has(node.data('type') as string));
        });
        cy.edges().forEach((edge) => {
          edge.toggleClass('hidden', hiddenRelations.has(edge.data('type') as string));
        });
      });
    },
    select(id) {
      cy.elements().removeClass('chosen');
      if (id) cy.getElementById(id).addClass('chosen');
    },
    centre(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return;
      cy.stop(true, true);
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
    },
    show(ids) {
      const nodes = cy.collection();
      for (const id of ids) nodes.merge(cy.getElementById(id));
      const first = nodes[0];
      if (!first) return;
      cy.stop(true, true);
      // The zoom at which the first entity can sit in the centre with all the others still in view.
      const box = nodes.closedNeighborhood().filter(':visible').boundingBox({});
      const at = first.position();
      const padding = 40;
      const halfWidth = Math.max(at.x - box.x1, box.x2 - at.x, 1);
      const halfHeight = Math.max(at.y - box.y1, box.y2 - at.y, 1);
      const zoom = Math.min(
        (cy.width() / 2 - padding) / halfWidth,
        (cy.height() / 2 - padding) / halfHeight,
        maxFitZoom,
      );
      cy.zoom(Math.max(zoom, cy.minZoom()));
      cy.center(first);
    },
    fit(elements) {
      cy.stop(true, true);
      cy.fit(elements ?? cy.elements(':visible'), 40);
      // A few entities fitted to a large window would be drawn huge.
      if (cy.zoom() > maxFitZoom) {
        cy.zoom(maxFitZoom);
        cy.center(elements ?? cy.elements(':visible'));
      }
    },
    clear() {
      cy.elements().remove();
    },
    relationTypes() {
      return [...new Set(cy.edges().map((edge) => edge.data('type') as string))].sort();
    },
  };
}
