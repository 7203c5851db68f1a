// The card shown over a node under the mouse: its full names (labels on the graph are cut to two lines) and its category.
import type { Core, NodeSingular } from 'cytoscape';
import type { EntitySummary } from './model.js';
import { escapeHtml } from './dom.js';

export function attachHoverCard(
  cy: Core,
  card: HTMLElement,
  category: (category: string) => string,
): void {
  cy.on('mouseover', 'node', (event) => {
    const node = event.target as NodeSingular;
    const data = node.data() as EntitySummary;
    const at = node.renderedPosition();
    const en = data.nameEn ? `<br /><span>${escapeHtml(data.nameEn)}</span>` : '';
    const kind = data.category
      ? `<br /><span class="muted">${escapeHtml(category(data.category))}</span>`
      : '';
    card.innerHTML = `<strong lang="zh">${escapeHtml(data.name)}</strong>${en}${kind}`;
    card.style.left = `${at.x}px`;
    card.style.top = `${at.y - node.renderedHeight() / 2 - 8}px`;
    card.hidden = false;
  });
  const hide = () => {
    card.hidden = true;
  };
  cy.on('mouseout', 'node', hide);
  cy.on('viewport', hide);
}
