// Where the nodes go: a force layout (fCoSE) or rings round the focus, stretched to the canvas's shape, and the view fitted to them.
import cytoscape, { type Core, type NodeCollection, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from './model.js';

export type { LayoutName } from './model.js';

cytoscape.use(fcose);

export interface LayoutRequest {
  name: LayoutName;
  /** Keep the nodes where they are and fit the new ones in (an expansion), or start afresh. */
  incremental: boolean;
  /** The entities the picture is about: pinned in the middle (force) or the centre ring (rings). */
  focus: string[];
  /** Pairs [actor, target] to place left to right (the actors → targets view). */
  leftToRight?: [string, string][];
}

/** Lays out the visible nodes, then stretches the drawing to the canvas's proportions. */
export function runLayout(cy: Core, request: LayoutRequest): void {
  const elements = cy.elements(':visible');
  const nodes = elements.nodes();
  if (nodes.length === 0) return;
  if (request.name === 'rings') ringsLayout(cy, nodes, request.focus);
  else forceLayout(cy, request);
  stretchToCanvas(cy, nodes);
  separate(nodes);
}

/**
 * Pushes apart nodes that sit on each other (with room for a label below each), a few rounds:
 * constraints and stretching can leave some too close.
 */
function separate(nodes: NodeCollection): void {
  const items = nodes.map((node) => ({
    node,
    at: { ...node.position() },
    r: ((node.data('size') as number | undefined) ?? 20) / 2 + 16,
  }));
  for (let round = 0; round < 30; round++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        const dx = b.at.x - a.at.x;
        const dy = b.at.y - a.at.y;
        const distance = Math.hypot(dx, dy);
        const needed = a.r + b.r;
        if (distance >= needed) continue;
        // Coincident nodes part along a fixed direction, so the result does not depend on chance.
        const ux = distance > 0.01 ? dx / distance : Math.cos(i + j);
        const uy = distance > 0.01 ? dy / distance : Math.sin(i + j);
        const push = (needed - distance) / 2;
        a.at.x -= ux * push;
        a.at.y -= uy * push;
        b.at.x += ux * push;
        b.at.y += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const item of items) item.node.position(item.at);
}

function forceLayout(cy: Core, request: LayoutRequest): void {
  const pairs = acyclic(request.leftToRight ?? []);
  try {
    runFcose(cy, request, pairs);
  } catch {
    // Placement constraints fCoSE cannot satisfy together: the plain force layout still reads.
    runFcose(cy, request, []);
  }
}

/** Drops the pairs that would put a node both left and right of another (A → B and B → A). */
function acyclic(pairs: [string, string][]): [string, string][] {
  const seen = new Set(pairs.map(([a, b]) => `${a}|${b}`));
  return pairs.filter(([a, b]) => !seen.has(`${b}|${a}`));
}

function runFcose(cy: Core, request: LayoutRequest, pairs: [string, string][]): void {
  const elements = cy.elements(':visible');
  const pinned = request.incremental
    ? request.focus
        .map((id) => cy.getElementById(id))
        .filter((node) => node.nonempty() && node.visible())
        .slice(0, 1)
        .map((node) => ({ nodeId: node.id(), position: { ...node.position() } }))
    : [];
  elements
    .layout({
      name: 'fcose',
      quality: 'default',
      randomize: !request.incremental,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      packComponents: false,
      nodeSeparation: 90,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 75,
      edgeElasticity: () => 0.45,
      gravity: 0.3,
      gravityRange: 3.8,
      numIter: 2500,
      ...(pinned.length ? { fixedNodeConstraint: pinned } : {}),
      ...(pairs.length
        ? { relativePlacementConstraint: pairs.map(([left, right]) => ({ left, right, gap: 160 })) }
        : {}),
    } as cytoscape.LayoutOptions)
    .run();
}

/**
 * Rings round the focus: the focus in the middle, its neighbours on the first ring, theirs on the
 * next, each node near the angle of the neighbour that brought it (so branches stay together).
 */
function ringsLayout(cy: Core, nodes: NodeCollection, focusIds: string[]): void {
  const visible = new Set(nodes.map((node) => node.id()));
  const roots = focusIds.filter((id) => visible.has(id));
  if (roots.length === 0 && nodes[0]) roots.push(nodes[0].id());
  const depth = new Map<string, number>(roots.map((id) => [id, 0]));
  const parent = new Map<string, string>();
  const rings: string[][] = [roots];
  for (let level = 0; rings[level]!.length > 0; level++) {
    const next: string[] = [];
    for (const id of rings[level]!) {
      cy.getElementById(id)
        .neighborhood('node:visible')
        .forEach((other: NodeSingular) => {
          if (depth.has(other.id())) return;
          depth.set(other.id(), level + 1);
          parent.set(other.id(), id);
          next.push(other.id());
        });
    }
    rings.push(next);
  }
  // Whatever is not connected to the focus goes on one last ring.
  const loose = nodes.filter((node) => !depth.has(node.id())).map((node) => node.id());
  if (loose.length) rings.splice(rings.length - 1, 0, loose);
  const angle = new Map<string, number>();
  const spacing = 46;
  let radius = 0;
  rings.forEach((ring, level) => {
    if (ring.length === 0) return;
    if (level === 0 && ring.length === 1) {
      angle.set(ring[0]!, 0);
      cy.getElementById(ring[0]!).position({ x: 0, y: 0 });
      return;
    }
    // Order by the parent's angle so each branch fans out beside its parent.
    const ordered = [...ring].sort(
      (a, b) => (angle.get(parent.get(a) ?? '') ?? 0) - (angle.get(parent.get(b) ?? '') ?? 0),
    );
    radius = Math.max(radius + 130, (ring.length * spacing) / (2 * Math.PI));
    ordered.forEach((id, index) => {
      const theta = (2 * Math.PI * index) / ordered.length;
      angle.set(id, theta);
      cy.getElementById(id).position({
        x: radius * Math.cos(theta),
        y: radius * Math.sin(theta),
      });
    });
  });
}

/**
 * Stretches the drawing along its short side until it has the canvas's proportions (at most ×2),
 * and spreads a small drawing until it fills most of the canvas at zoom 1 (at most ×3).
 */
function stretchToCanvas(cy: Core, nodes: NodeCollection): void {
  if (nodes.length < 3) return;
  const box = nodes.boundingBox({ includeLabels: false });
  const canvas = cy.width() / Math.max(cy.height(), 1);
  const drawing = box.w / Math.max(box.h, 1);
  if (!Number.isFinite(canvas) || canvas <= 0) return;
  const ratio = canvas / drawing;
  let sx = ratio > 1.15 ? Math.min(ratio, 2) : 1;
  let sy = ratio < 0.87 ? Math.min(1 / ratio, 2) : 1;
  const grow = Math.min(
    (cy.width() * 0.75) / Math.max(box.w * sx, 1),
    (cy.height() * 0.7) / Math.max(box.h * sy, 1),
    3,
  );
  if (grow > 1) {
    sx *= grow;
    sy *= grow;
  }
  if (sx === 1 && sy === 1) return;
  const cx = (box.x1 + box.x2) / 2;
  const cy0 = (box.y1 + box.y2) / 2;
  nodes.positions((node) => {
    const at = (node as NodeSingular).position();
    return { x: cx + (at.x - cx) * sx, y: cy0 + (at.y - cy0) * sy };
  });
}

/**
 * The zoom and pan that show every one of these nodes inside the canvas, with room below for the
 * labels; never closer than `maxZoom` so that a few nodes are not drawn huge. `inset`: pixels at
 * the bottom of the canvas that something covers (the phone's details sheet), left out.
 */
export function fitViewport(
  cy: Core,
  nodes: NodeCollection,
  maxZoom: number,
  inset = 0,
  padding = 36,
): { zoom: number; pan: { x: number; y: number } } | null {
  if (nodes.length === 0) return null;
  // Positions only: rendered node sizes are kept at a minimum on screen, so the padding covers them.
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node) => {
    const at = node.position();
    x1 = Math.min(x1, at.x);
    x2 = Math.max(x2, at.x);
    y1 = Math.min(y1, at.y);
    y2 = Math.max(y2, at.y);
  });
  const labelRoom = 26;
  const shown = Math.max(cy.height() - inset, 2 * padding + labelRoom + 10);
  const width = Math.max(cy.width() - 2 * padding, 10);
  const height = Math.max(shown - 2 * padding - labelRoom, 10);
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(width / Math.max(x2 - x1, 1), height / Math.max(y2 - y1, 1), maxZoom),
  );
  return {
    zoom,
    pan: {
      x: cy.width() / 2 - (zoom * (x1 + x2)) / 2,
      y: (shown - labelRoom) / 2 - (zoom * (y1 + y2)) / 2,
    },
  };
}
