// The keyboard: arrows pan, + and - zoom, f fits, e and c expand and collapse the selected entity, / goes to the search box.
import type { GraphView } from '../graphView.js';
import type { Explorer } from './Explorer.js';

/** Zooms about the centre of the canvas. */
export function zoomBy(graph: GraphView, factor: number): void {
  const cy = graph.cy;
  cy.zoom({
    level: cy.zoom() * factor,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}

export function attachKeyboard(app: Explorer): void {
  const { state, graph } = app;

  // The canvas cannot hold keyboard focus per node, so the keys act on the view and the selection.
  app.graphElement.addEventListener('keydown', (event) => {
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [60, 0],
      ArrowRight: [-60, 0],
      ArrowUp: [0, 60],
      ArrowDown: [0, -60],
    };
    const step = pan[event.key];
    const node = state.selected ? graph.cy.getElementById(state.selected) : null;
    const onNode = node?.nonempty() && node.isNode() ? state.selected : null;
    if (step) graph.cy.panBy({ x: step[0], y: step[1] });
    else if (event.key === '+' || event.key === '=') zoomBy(graph, 1.25);
    else if (event.key === '-') zoomBy(graph, 0.8);
    else if (event.key === 'f') graph.fit();
    else if (event.key === 'e' && onNode) void app.expand(onNode);
    else if (event.key === 'c' && onNode) app.collapse(onNode);
    else return;
    event.preventDefault();
  });
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      app.searchInput.focus();
    }
  });
}
