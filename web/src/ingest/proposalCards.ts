// The review's cards: one per proposed deed and entity, each with accept and reject, its fields to edit (kind, span, endpoints, numbers, English name, id) and a line for its problems and its commit outcome. Every value is set as text or as a form value, never as HTML.
import {
  activities,
  nameEnSources,
  quantityQualifiers,
  reliefCategories,
} from '../../../src/model/index.js';
import {
  defaultDetail,
  detailFields,
  nameOf,
  quoteOf,
  type DeedDraft,
  type EntityDraft,
  type Review,
} from './review.js';

/** Kinds a reviewed entity may take: what names propose, and a group of many. */
const entityKinds = [
  'ASSOCIATION',
  'GOVERNMENT_BODY',
  'COMPANY',
  'GROUP',
  'HOSPITAL',
  'REGION',
  'INSTRUMENT',
] as const;

export interface CardsOptions {
  review: Review;
  /** A draft changed: the marks, the plan and the statuses are redrawn. */
  changed(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'className' | 'textContent' | 'title', string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return element('label', { className: 'field' }, `${text} `, control);
}

function selectOf(values: readonly string[], value: string, onChange: (v: string) => void) {
  const select = element('select');
  for (const option of values) select.append(new Option(option, option, false, option === value));
  select.addEventListener('change', () => onChange(select.value));
  return select;
}

function inputOf(
  value: string,
  onInput: (v: string) => void,
  props: { type?: string; placeholder?: string; size?: number } = {},
) {
  const input = element('input');
  input.type = props.type ?? 'text';
  input.value = value;
  if (props.placeholder) input.placeholder = props.placeholder;
  if (props.size) input.size = props.size;
  input.addEventListener('input', () => onInput(input.value));
  return input;
}

function spanInputs(
  draft: { start: number; end: number },
  after: () => void,
): [HTMLLabelElement, HTMLLabelElement] {
  const number = (field: 'start' | 'end') =>
    labelled(
      field === 'start' ? 'From' : 'to',
      inputOf(
        String(draft[field]),
        (v) => {
          draft[field] = Number(v);
          after();
        },
        { type: 'number', size: 6 },
      ),
    );
  return [number('start'), number('end')];
}

/** Accept and reject, as two pressed-or-not buttons. */
function verdict(draft: { accepted: boolean }, card: HTMLElement, after: () => void): HTMLElement {
  const accept = element('button', { className: 'accept', textContent: 'Accept' });
  const reject = element('button', { className: 'reject', textContent: 'Reject' });
  const show = () => {
    accept.setAttribute('aria-pressed', String(draft.accepted));
    reject.setAttribute('aria-pressed', String(!draft.accepted));
    card.classList.toggle('rejected', !draft.accepted);
  };
  for (const [button, value] of [
    [accept, true],
    [reject, false],
  ] as const) {
    button.type = 'button';
    button.addEventListener('click', () => {
      draft.accepted = value;
      show();
      after();
    });
  }
  show();
  return element('span', { className: 'verdict' }, accept, reject);
}

/** The entity's English name, edited in place. */
function englishInput(entity: EntityDraft, options: CardsOptions): HTMLInputElement {
  const english = inputOf(
    entity.nameEn,
    (v) => {
      entity.nameEn = v;
      options.changed();
    },
    { placeholder: 'English name' },
  );
  english.className = 'name-en';
  return english;
}

function entityCard(options: CardsOptions, entity: EntityDraft): HTMLLIElement {
  const { review } = options;
  const card = element('li', { className: 'proposal entity-card' });
  card.id = `card-${entity.ref}`;
  card.dataset.ref = entity.ref;
  const name = element('span', { className: 'name' });
  name.lang = 'zh';
  const refresh = () => {
    name.textContent = nameOf(review, entity);
    options.changed();
  };
  const head = element(
    'div',
    { className: 'card-head' },
    element('span', { className: 'ref', textContent: entity.ref }),
    name,
    element('span', {
      className: 'muted',
      textContent: `${entity.rule} · ${entity.confidence.toFixed(2)}`,
    }),
    verdict(entity, card, options.changed),
  );
  card.append(head);
  name.textContent = nameOf(review, entity);
  if (entity.existingId) {
    // The graph's English name, as it stands; one typed here that differs is this report's
    // reading, kept beside the graph's (a variant: a disagreement shown, never an overwrite).
    const held = entity.nameEn;
    const english = englishInput(entity, options);
    card.append(
      element('p', {
        className: 'linked',
        textContent: `Already in the graph as ${entity.existingId}: accepted, it gains this report's quote as evidence and deeds link to it.`,
      }),
      element(
        'div',
        { className: 'card-fields' },
        labelled('English in this report', english),
        element('span', {
          className: 'muted',
          textContent: held
            ? `The graph's: ${held}. A different one is kept beside it as this report's reading.`
            : '',
        }),
      ),
    );
  } else {
    const detail = element('span');
    const showDetail = () => {
      const spec = detailFields[entity.kind];
      detail.replaceChildren(
        spec
          ? labelled(
              spec.field,
              selectOf(spec.values, entity.detail ?? spec.values[0]!, (v) => {
                entity.detail = v;
                options.changed();
              }),
            )
          : '',
      );
    };
    const kind = selectOf(entityKinds, entity.kind, (v) => {
      entity.kind = v;
      entity.detail = defaultDetail(v, nameOf(review, entity));
      showDetail();
      options.changed();
    });
    kind.className = 'kind';
    showDetail();
    const english = englishInput(entity, options);
    const id = inputOf(
      entity.id,
      (v) => {
        entity.id = v;
        options.changed();
      },
      { placeholder: 'from the English name' },
    );
    id.className = 'fact-id';
    card.append(
      element(
        'div',
        { className: 'card-fields' },
        labelled('Kind', kind),
        detail,
        ...spanInputs(entity, refresh),
        labelled('English', english),
        labelled(
          'from',
          selectOf(nameEnSources, entity.nameEnSource, (v) => {
            entity.nameEnSource = v;
            options.changed();
          }),
        ),
        labelled('Id', id),
      ),
    );
  }
  card.append(element('p', { className: 'card-status' }));
  return card;
}

function quantityRow(deed: DeedDraft, index: number, changed: () => void): HTMLElement {
  const q = deed.quantities[index]!;
  const keep = element('input');
  keep.type = 'checkbox';
  keep.checked = q.keep;
  keep.addEventListener('change', () => {
    q.keep = keep.checked;
    changed();
  });
  const value = inputOf(
    String(q.value),
    (v) => {
      q.value = v.trim() === '' ? Number.NaN : Number(v);
      changed();
    },
    { type: 'number', size: 12 },
  );
  value.className = 'value';
  value.step = 'any';
  const unit = inputOf(q.unit, (v) => ((q.unit = v), changed()), { size: 4 });
  unit.className = 'unit';
  const item = inputOf(q.item ?? '', (v) => ((q.item = v), changed()), { size: 8 });
  item.className = 'item';
  const row = element(
    'div',
    { className: 'quantity-row' },
    labelled('Keep', keep),
    element('span', { className: 'quantity-text', textContent: q.text }),
    labelled('=', value),
    labelled('unit', unit),
    labelled(
      'qualifier',
      selectOf(quantityQualifiers, q.qualifier, (v) => ((q.qualifier = v), changed())),
    ),
    labelled('item', item),
  );
  row.dataset.quantity = String(index);
  return row;
}

/** The page's one list of entity proposals, offered by every actor and target field. */
const entityListId = 'proposal-entities';

/** Refreshes the list of entity proposals (a name or kind may have been edited). */
export function renderEntityList(review: Review): void {
  let list = document.getElementById(entityListId);
  if (!list) {
    list = element('datalist');
    list.id = entityListId;
    document.body.append(list);
  }
  list.replaceChildren(
    ...review.entities.map((entity) => {
      const option = element('option');
      option.value = entity.key;
      option.label = `${nameOf(review, entity)} (${entity.kind}${entity.accepted ? '' : ', rejected'})`;
      return option;
    }),
  );
}

/** A deed's actors: one chip each (removable), and a field to add another by its proposal key. */
function actorPicker(options: CardsOptions, deed: DeedDraft): HTMLElement {
  const { review } = options;
  const chips = element('span', { className: 'actor-chips' });
  const showChips = () => {
    chips.replaceChildren(
      ...deed.actors.map((key) => {
        const entity = review.entities.find((e) => e.key === key);
        const remove = element('button', { className: 'remove-actor', textContent: '×' });
        remove.type = 'button';
        const name = entity ? nameOf(review, entity) : key;
        remove.setAttribute('aria-label', `Remove the actor ${name}`);
        remove.addEventListener('click', () => {
          deed.actors = deed.actors.filter((actor) => actor !== key);
          showChips();
          options.changed();
        });
        const chip = element('span', { className: 'actor', textContent: name }, remove);
        chip.lang = 'zh';
        chip.dataset.key = key;
        return chip;
      }),
    );
  };
  const add = inputOf(
    '',
    (v) => {
      const key = v.trim();
      if (!review.entities.some((entity) => entity.key === key)) return;
      if (!deed.actors.includes(key)) deed.actors = [...deed.actors, key];
      add.value = '';
      showChips();
      options.changed();
    },
    { placeholder: 'add an actor' },
  );
  add.className = 'add-actor';
  add.setAttribute('list', entityListId);
  showChips();
  return element('span', { className: 'field actors' }, 'Actors ', chips, add);
}

function deedCard(options: CardsOptions, deed: DeedDraft): HTMLLIElement {
  const { review } = options;
  const card = element('li', { className: 'proposal deed-card' });
  card.id = `card-${deed.ref}`;
  card.dataset.ref = deed.ref;
  const quote = element('q', { className: 'quote' });
  quote.lang = 'zh';
  const refresh = () => {
    quote.textContent = quoteOf(review, deed);
    options.changed();
  };
  quote.textContent = quoteOf(review, deed);
  card.append(
    element(
      'div',
      { className: 'card-head' },
      element('span', { className: 'ref', textContent: deed.ref }),
      element('span', {
        className: 'muted',
        textContent: `${deed.rule} · ${deed.confidence.toFixed(2)}`,
      }),
      verdict(deed, card, options.changed),
    ),
    quote,
  );
  if (deed.duplicateOf) {
    card.append(
      element('p', {
        className: 'duplicate',
        textContent: `The graph may already hold this deed: ${deed.duplicateOf.id} (${deed.duplicateOf.name}).`,
      }),
    );
  }
  const actors = actorPicker(options, deed);
  const target = inputOf(
    deed.target ?? '',
    (v) => {
      const key = v.trim();
      // Only a proposal's key names a target; anything else typed is not one yet.
      if (key && !review.entities.some((entity) => entity.key === key)) return;
      deed.target = key || null;
      options.changed();
    },
    { placeholder: 'none' },
  );
  target.className = 'target';
  target.setAttribute('list', entityListId);
  const activity = selectOf(activities, deed.activity, (v) => {
    deed.activity = v;
    options.changed();
  });
  activity.className = 'activity';
  const english = inputOf(
    deed.nameEn,
    (v) => {
      deed.nameEn = v;
      options.changed();
    },
    { placeholder: 'written from the activity and actors' },
  );
  english.className = 'name-en';
  const id = inputOf(
    deed.id,
    (v) => {
      deed.id = v;
      options.changed();
    },
    { placeholder: `action:${review.source.id}-${deed.ref.replace('deed-', '')}` },
  );
  id.className = 'fact-id';
  card.append(
    element(
      'div',
      { className: 'card-fields' },
      labelled('Activity', activity),
      labelled(
        'Category',
        selectOf(reliefCategories, deed.category, (v) => {
          deed.category = v;
          options.changed();
        }),
      ),
      ...spanInputs(deed, refresh),
      actors,
      labelled('Target', target),
      labelled('English', english),
      labelled('Id', id),
    ),
    ...deed.quantities.map((_q, i) => quantityRow(deed, i, options.changed)),
    element('p', { className: 'card-status' }),
  );
  return card;
}

export function renderCards(
  options: CardsOptions,
  deedList: HTMLElement,
  entityList: HTMLElement,
): void {
  deedList.replaceChildren(...options.review.deeds.map((deed) => deedCard(options, deed)));
  entityList.replaceChildren(
    ...options.review.entities.map((entity) => entityCard(options, entity)),
  );
}

/** Writes a card's status line: its problems, or how its writes went; `tone` colours it. */
export function showCardStatus(
  ref: string,
  text: string,
  tone: 'problem' | 'error' | 'committed' | 'none',
): void {
  const status = document.querySelector<HTMLElement>(`#card-${ref} .card-status`);
  if (!status) return;
  status.textContent = text;
  status.dataset.tone = tone;
}

/** Locks a card whose writes are all committed: it is in the graph now. */
export function lockCard(ref: string): void {
  const card = document.getElementById(`card-${ref}`);
  if (!card) return;
  card.classList.add('committed');
  for (const control of card.querySelectorAll<HTMLInputElement>('input, select, button')) {
    control.disabled = true;
  }
}
