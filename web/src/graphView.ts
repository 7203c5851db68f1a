// The graph on screen: a Cytoscape instance, what is shown (filters, the actors → targets fold, the path) and the operations the page needs.
import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
  type Position,
} from 'cytoscape';
import type { EntitySummary, GraphEdge, Subgraph } from './model.js';
import { foldActions } from './fold.js';
import { groupActions, groupEdges } from './group.js';
import { graphStyle } from './graphStyle.js';
import {
  desktopSizes,
  nameIn,
  placeLabels,
  wrapLabel,
  type LabelLanguage,
  type ScreenSizes,
} from './labels.js';
import { fitViewport, runLayout, type LayoutName } from './layout.js';

export type { LabelLanguage } from './labels.js';

/** What is shown of what has been fetched. */
export interface Visibility {
  hiddenTypes: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  /** Relief actions folded into actor → target edges (the legend's "Relief action" unticked). */
  fold: boolean;
  /** Relief actions of one category drawn as one node (when not folded). */
  group: boolean;
  /** A group node's label: the category and how many actions. */
  groupLabel(category: string, count: number): string;
  /** Whether a relief action passes the category, activity and amount filters. */
  actionShown(action: EntitySummary): boolean;
  /** The folded edge's label for the actions behind it. */
  foldLabel(actions: EntitySummary[]): string;
  /** Sources whose facts are hidden: a fact shows while any source it cites is shown. */
  hiddenSources: ReadonlySet<string>;
  /** The colour of each source, when facts are coloured by source; null when they are not. */
  sourceColour: ((sourceId: string) => string) | null;
}

/** The sources an element cites: a node's `sources`, an edge's evidence; null when not known. */
function citedSources(element: NodeSingular | EdgeSingular): string[] | null {
  if (element.isNode()) {
    const sources = element.data('sources') as { id: string }[] | undefined;
    return sources ? sources.map((s) => s.id) : null;
  }
  const evidence = element.data('evidence') as GraphEdge['evidence'] | undefined;
  return evidence ? [...new Set(evidence.map((e) => e.source.id))] : null;
}

/** Shown unless every source it cites is hidden (one citing none known is always shown). */
function sourceShown(element: NodeSingular | EdgeSingular, hidden: ReadonlySet<string>): boolean {
  const sources = citedSources(element);
  return !sources?.length || hidden.size === 0 || sources.some((id) => !hidden.has(id));
}

/** Rings each element in the colour of the one shown source it cites, a double ring for several. */
function colourBySource(
  elements: CollectionReturnValue,
  hidden: ReadonlySet<string>,
  colour: ((sourceId: string) => string) | null,
): void {
  elements.removeClass('by-source multi-source');
  if (!colour) return;
  elements.forEach((element) => {
    const shown = (citedSources(element) ?? []).filter((id) => !hidden.has(id));
    if (!shown.length) return;
    element.data('sourceColour', colour(shown[0]!));
    element.addClass(shown.length > 1 ? 'by-source multi-source' : 'by-source');
  });
}

export interface GraphView {
  cy: Core;
  /** Adds what is not drawn yet, each part next to the entity it was fetched for; returns the new ids. */
  add(parts: { subgraph: Subgraph; around?: string }[]): string[];
  /** Lays the graph out again (keeping what is placed when incremental) and fits it, animated. */
  settle(options: { incremental: boolean; animate?: boolean }): void;
  /** Removes what expanding this entity brought in, and neighbours that hang only on it. */
  collapse(id: string): number;
  setLanguage(language: LabelLanguage): void;
  /** The entities the picture is about: always labelled, and the middle of the layout. */
  setFocus(ids: string[]): void;
  /** Marks the path; `highlight` fades everything else. */
  markPath(path: Subgraph | null, highlight: boolean): void;
  setVisibility(visibility: Visibility): void;
  select(id: string | null): void;
  centre(id: string): void;
  /** Shows every visible node (or these), never closer than a readable size. */
  fit(options?: { ids?: string[]; animate?: boolean }): void;
  clear(): void;
  relationTypes(): string[];
  setSizes(sizes: ScreenSizes): void;
  /** Pixels at the bottom of the canvas that something covers: fits keep the selection above them. */
  setInset(pixels: number): void;
  setLayout(name: LayoutName): void;
  /** Ids of the labelled nodes and edges, as last placed. */
  labelled(): string[];
  /** Whether a tap at this point on an edge is really on a node (and goes to the node). */
  edgeTapIsNodeTap(at: Position | undefined): boolean;
  /** Entities hidden because a filter left them without any visible link. */
  orphans(): number;
  /** Whether the view is moving or about to: an animation running or queued for the next frame. */
  moving(): boolean;
}

const maxFitZoom = 1.6;
/** Screen area (px²) a node needs for its label to have a chance: 55 × 55. */
const minRoomPerNode = 3000;

function nodeSize(type: string, degree: number): number {
  const grow = Math.sqrt(degree);
  return type === 'RELIEF_ACTION' ? 16 + Math.min(10, 2 * grow) : 22 + Math.min(26, 4 * grow);
}

export function createGraphView(container: HTMLElement): GraphView {
  const cy = cytoscape({
    container,
    style: graphStyle,
    minZoom: 0.05,
    maxZoom: 4,
    // Selection is the page's own (one entity or relation at a time, shown in the side panel).
    selectionType: 'single',
    boxSelectionEnabled: false,
  });
  let language: LabelLanguage = 'zh';
  let sizes = desktopSizes;
  let layoutName: LayoutName = 'force';
  let focus: string[] = [];
  let visibility: Visibility | null = null;
  let hubs = new Set<string>();
  let labelled: string[] = [];
  let orphanCount = 0;
  let inset = 0;
  /**
   * The last view animation asked for. Cytoscape starts a queued animation on its next frame and
   * `cy.animated()` is false until then, so a view that is about to move would look settled.
   */
  let viewAnimation: cytoscape.AnimationManipulation | null = null;
  function animateView(target: cytoscape.AnimationOptions, duration: number): void {
    cy.stop(true, true);
    viewAnimation = cy.animation({ ...target, duration, easing: 'ease-in-out-cubic' });
    viewAnimation.play();
  }
  const groupPlaces = new Map<string, Position>();

  // ---- labels: placed again whenever the view moves, at most once a frame ----
  let frame = 0;
  function scheduleLabels(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      labelled = placeLabels(cy, sizes, hubs);
    });
  }
  cy.on('viewport resize', scheduleLabels);
  cy.on('position', 'node', scheduleLabels);

  /** The visible node under (or, within `slack` pixels, nearest to) a point on the canvas. */
  function nodeAt(at: Position, slack: number): NodeSingular | null {
    let nearest: NodeSingular | null = null;
    let best = slack;
    cy.nodes(':visible').forEach((node) => {
      const p = node.renderedPosition();
      const distance = Math.hypot(p.x - at.x, p.y - at.y) - node.renderedWidth() / 2;
      if (distance < best) {
        best = distance;
        nearest = node;
      }
    });
    return nearest;
  }

  // A tap near a node counts as a tap on it: small nodes stay easy to hit by finger, and an edge
  // that ends under a finger does not steal the node's tap.
  cy.on('tap', (event) => {
    const at = event.renderedPosition as Position | undefined;
    if (!at) return;
    const target = event.target as Core | NodeSingular;
    if (target !== cy && !(target as NodeSingular).isEdge()) return;
    const node = nodeAt(at, target === cy ? Math.max(sizes.minNodePx, 14) : 0);
    if (!node) return;
    node.emit('tap');
  });
  // Edges handle their own taps only when no node is under the point (see above).
  function edgeTapIsNodeTap(at: Position | undefined): boolean {
    return at !== undefined && nodeAt(at, 0) !== null;
  }

  function refreshDegrees(): void {
    const visible = cy.nodes(':visible');
    const degrees = visible.map((node) => ({
      id: node.id(),
      degree: node.connectedEdges(':visible').length,
    }));
    cy.batch(() => {
      for (const { id, degree } of degrees) {
        const node = cy.getElementById(id);
        node.data('degree', degree);
        node.data('size', nodeSize(node.data('type') as string, degree));
      }
    });
    // Hubs: the best connected tenth (at least three, each with three links or more).
    const ranked = degrees
      .filter((d) => d.degree >= 3)
      .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
    const count = Math.max(3, Math.round(visible.length / 10));
    hubs = new Set(ranked.slice(0, count).map((d) => d.id));
    // The three best connected are always labelled, like the focus; the other hubs when they fit.
    const keyHubs = new Set(ranked.slice(0, 3).map((d) => d.id));
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('hub', hubs.has(node.id()));
        node.toggleClass('key-hub', keyHubs.has(node.id()));
      });
    });
  }

  function applyVisibility(): void {
    const v = visibility;
    cy.batch(() => {
      // Derived elements (folded edges, groups) are drawn anew; a group keeps its place.
      cy.nodes('.group').forEach((node) => void groupPlaces.set(node.id(), { ...node.position() }));
      cy.remove(cy.elements('.derived'));
      cy.elements().removeClass('hidden');
      if (!v) return;
      const summary = (node: NodeSingular) => node.data() as EntitySummary;
      const isAction = (node: NodeSingular) => node.data('type') === 'RELIEF_ACTION';
      const nodeHidden = (node: NodeSingular) =>
        !sourceShown(node, v.hiddenSources) ||
        (isAction(node)
          ? v.fold || !v.actionShown(summary(node))
          : v.hiddenTypes.has(node.data('type') as string));
      cy.nodes().forEach((node) => void node.toggleClass('hidden', nodeHidden(node)));
      if (v.group && !v.fold) addGroups(v);
      if (v.fold) {
        const folded = foldActions(
          cy,
          (action) => v.actionShown(summary(action)),
          (node) => !node.hasClass('hidden'),
        );
        for (const edge of folded) {
          const actions = edge.actions.map((id) => summary(cy.getElementById(id)));
          cy.add({
            group: 'edges',
            classes: 'folded derived',
            data: {
              ...edge,
              type: 'SUPPORTED',
              label: v.foldLabel(actions),
              width: Math.min(2 + 1.5 * edge.actions.length, 8),
            },
          });
        }
      }
      cy.edges()
        .not('.derived')
        .forEach((edge) => {
          const hidden =
            v.hiddenRelations.has(edge.data('type') as string) ||
            !sourceShown(edge, v.hiddenSources) ||
            edge.source().hasClass('hidden') ||
            edge.target().hasClass('hidden');
          edge.toggleClass('hidden', hidden);
        });
      // What a filter leaves without any visible link says nothing; it goes too (the legend counts it).
      colourBySource(cy.elements().not('.derived'), v.hiddenSources, v.sourceColour);
      orphanCount = 0;
      const filtering =
        v.fold ||
        v.hiddenSources.size > 0 ||
        v.hiddenTypes.size > 0 ||
        v.hiddenRelations.size > 0 ||
        cy.nodes('[type = "RELIEF_ACTION"].hidden').nonempty();
      if (!filtering) return;
      cy.nodes()
        .not('.hidden')
        .forEach((node) => {
          if (node.is('.focus, .chosen, .on-path')) return;
          const linked = node.connectedEdges().nonempty();
          if (linked && node.connectedEdges().not('.hidden').empty()) {
            node.addClass('hidden');
            orphanCount++;
          }
        });
    });
    refreshDegrees();
    scheduleLabels();
  }

  /** Replaces the shown actions of each category (two or more) by one node, with their links. */
  function addGroups(v: Visibility): void {
    const candidates = cy
      .nodes('[type = "RELIEF_ACTION"]')
      .filter((node) => !node.hasClass('hidden') && !node.is('.focus, .chosen, .on-path'))
      .toArray() as NodeSingular[];
    const groups = groupActions(candidates);
    const edges = groupEdges(
      cy,
      groups,
      (type) => !v.hiddenRelations.has(type),
      (node) => !node.hasClass('hidden'),
    );
    for (const group of groups) {
      const members = group.members.map((id) => cy.getElementById(id));
      const centre = members.reduce(
        (sum, node) => ({ x: sum.x + node.position().x, y: sum.y + node.position().y }),
        { x: 0, y: 0 },
      );
      const label = v.groupLabel(group.category, members.length);
      cy.add({
        group: 'nodes',
        classes: 'group derived',
        data: {
          id: group.id,
          type: 'RELIEF_ACTION',
          name: label,
          nameEn: null,
          category: group.category,
          members: group.members,
          label: wrapLabel(label),
          degree: 0,
          size: nodeSize('RELIEF_ACTION', members.length * 3),
        },
        position: groupPlaces.get(group.id) ?? {
          x: centre.x / members.length,
          y: centre.y / members.length,
        },
      });
      for (const member of members) member.addClass('hidden');
    }
    for (const edge of edges) {
      cy.add({
        group: 'edges',
        classes: 'derived grouped',
        data: { ...edge, width: Math.min(1.5 + edge.behind.length / 2, 6) },
      });
    }
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

  /** New entities start on a ring round the one they were fetched for, so the layout only refines. */
  function placeNear(rings: Map<string | undefined, string[]>): void {
    for (const [around, ids] of rings) {
      const anchor = around ? cy.getElementById(around) : null;
      const centre = anchor?.nonempty() ? anchor.position() : { x: 0, y: 0 };
      const radius = 80 + ids.length * 6;
      ids.forEach((id, index) => {
        const angle = (2 * Math.PI * index) / Math.max(ids.length, 1);
        cy.getElementById(id).position({
          x: centre.x + radius * Math.cos(angle),
          y: centre.y + radius * Math.sin(angle),
        });
      });
    }
  }

  function fit(options: { ids?: string[]; animate?: boolean } = {}): void {
    const ids = options.ids ? new Set(options.ids) : null;
    const nodes = cy.nodes(':visible').filter((node) => !ids || ids.has(node.id()));
    let target = fitViewport(cy, nodes, maxFitZoom);
    if (!target) return;
    // With the phone's sheet open, everything goes into the part it leaves visible when there is
    // room enough for each node there; otherwise only the selection moves up into that part.
    const roomEach = (cy.width() * (cy.height() - inset)) / Math.max(nodes.length, 1);
    const above =
      inset > 0 && roomEach >= minRoomPerNode ? fitViewport(cy, nodes, maxFitZoom, inset) : null;
    if (above) target = above;
    const chosen = cy.nodes('.chosen')[0];
    if (inset > 0 && chosen && target !== above) {
      const y = chosen.position().y * target.zoom + target.pan.y;
      const visible = cy.height() - inset;
      if (y > visible - 40) target.pan.y -= y - visible / 2;
    }
    if (options.animate !== false) return animateView(target, 300);
    cy.stop(true, true);
    viewAnimation = null;
    cy.viewport(target);
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
            cy.add({
              group: 'nodes',
              data: {
                ...node,
                owner,
                label: wrapLabel(nameIn(node, language)),
                degree: 0,
                size: nodeSize(node.type, 0),
              },
            });
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
      placeNear(rings);
      applyVisibility();
      return added;
    },
    settle({ incremental, animate = true }) {
      applyVisibility();
      const leftToRight = cy
        .edges('.folded')
        .filter((edge) => edge.visible())
        .map((edge): [string, string] => [
          edge.data('source') as string,
          edge.data('target') as string,
        ]);
      runLayout(cy, { name: layoutName, incremental, focus, leftToRight });
      fit({ animate });
      scheduleLabels();
    },
    collapse(id) {
      const node = cy.getElementById(id) as NodeSingular;
      if (node.empty()) return 0;
      // What expanding this entity brought in (and what expanding those brought in), plus any
      // neighbour that hangs on it alone; entities on the path, selected or in focus stay.
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
      node
        .connectedEdges()
        .not('.derived')
        .connectedNodes()
        .forEach((other) => {
          if (other.id() === id) return;
          const ends = other
            .connectedEdges()
            .not('.derived')
            .connectedNodes()
            .map((end) => end.id());
          if (ends.every((end) => end === id || end === other.id())) doomed.add(other.id());
        });
      const removed = cy
        .nodes()
        .filter((other) => doomed.has(other.id()) && !other.is('.on-path, .chosen, .focus'));
      cy.remove(removed);
      applyVisibility();
      return removed.length;
    },
    setLanguage(next) {
      language = next;
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          node.data('label', wrapLabel(nameIn(node.data() as EntitySummary, language)));
        });
      });
      applyVisibility();
    },
    setFocus(ids) {
      focus = ids;
      cy.batch(() => {
        cy.nodes().forEach((node) => void node.toggleClass('focus', ids.includes(node.id())));
      });
      scheduleLabels();
    },
    markPath(path, highlight) {
      cy.batch(() => {
        cy.elements().removeClass('on-path faded');
        if (!path) return;
        const onPath = new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
        cy.elements().forEach((element) => {
          if (onPath.has(element.id())) element.addClass('on-path');
          else if (highlight) element.addClass('faded');
        });
      });
      scheduleLabels();
    },
    setVisibility(next) {
      visibility = next;
      applyVisibility();
    },
    select(id) {
      cy.elements().removeClass('chosen');
      if (id) cy.getElementById(id).addClass('chosen');
      scheduleLabels();
    },
    centre(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return;
      animateView({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, 250);
    },
    fit,
    clear() {
      cy.elements().remove();
      focus = [];
      hubs = new Set();
      scheduleLabels();
    },
    relationTypes() {
      return [
        ...new Set(
          cy
            .edges()
            .not('.derived')
            .map((edge) => edge.data('type') as string),
        ),
      ].sort();
    },
    setSizes(next) {
      sizes = next;
      scheduleLabels();
    },
    setInset(pixels) {
      inset = pixels;
    },
    setLayout(name) {
      layoutName = name;
    },
    labelled: () => labelled,
    edgeTapIsNodeTap,
    orphans: () => orphanCount,
    moving: () =>
      cy.animated() ||
      (viewAnimation !== null && viewAnimation.playing() && !viewAnimation.completed()),
  };
}
