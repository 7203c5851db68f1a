// The review page (/explorer/ingest): a curator pastes or uploads a report, reviews the server's proposals marked in its text, and commits the accepted ones through the write path (docs/ingest.md).
import '../styles.css';
import './ingest.css';
import { byId } from '../dom.js';
import { planCommit, type CommitPlan, type Problem } from './commitPlan.js';
import { commitReview, emptyLedger, type CommitLedger, type WriteOutcome } from './commitReview.js';
import { forgetKey, keepKey, keptKey } from './curatorKey.js';
import { renderMarkedText } from './highlight.js';
import { proposeFacts } from './ingestApi.js';
import { lockCard, renderCards, renderEntityList, showCardStatus } from './proposalCards.js';
import { reviewOf, type Review, type SourceDraft } from './review.js';

const form = byId<HTMLFormElement>('report-form');
const input = byId<HTMLTextAreaElement>('report-input');
const status = byId('ingest-status');
const reportText = byId('report-text');
const commitButton = byId<HTMLButtonElement>('commit');
const result = byId('commit-result');
const field = (id: string) => byId<HTMLInputElement>(id);
/** The source's fields: editable until the source is committed. */
const sourceFields = [
  'report-id',
  'report-title',
  'report-publisher',
  'report-published',
  'report-url',
];

let review: Review | null = null;
let ledger: CommitLedger = emptyLedger();
let committing = false;

function say(text: string, tone: 'info' | 'error' = 'info'): void {
  status.textContent = text;
  status.dataset.tone = tone;
}

const optional = (id: string) => field(id).value.trim() || null;

function sourceDraft(): SourceDraft {
  return {
    id: field('report-id').value.trim(),
    title: field('report-title').value.trim(),
    publisher: optional('report-publisher'),
    published: optional('report-published'),
    url: optional('report-url'),
  };
}

function showKey(): void {
  const kept = keptKey() !== null;
  byId('key-ask').hidden = kept;
  byId('key-kept').hidden = !kept;
}

/** Shows each card its problems (and clears those of a card that has none). */
function showProblems(problems: readonly Problem[]): Map<string, string[]> {
  const byRef = new Map<string, string[]>();
  for (const problem of problems) {
    byRef.set(problem.ref, [...(byRef.get(problem.ref) ?? []), problem.message]);
  }
  for (const draft of [...(review?.deeds ?? []), ...(review?.entities ?? [])]) {
    if (document.getElementById(`card-${draft.ref}`)?.classList.contains('committed')) continue;
    const mine = byRef.get(draft.ref);
    showCardStatus(draft.ref, mine ? mine.join(' ') : '', mine ? 'problem' : 'none');
  }
  return byRef;
}

/** Redraws what a change of the drafts affects: the marks, each card's problems and the summary. */
function redraw(): CommitPlan | null {
  if (!review) return null;
  review.source = sourceDraft();
  renderMarkedText(reportText, review);
  renderEntityList(review);
  const plan = planCommit(review);
  const problems = showProblems(plan.problems);
  const deeds = review.deeds.filter((d) => d.accepted).length;
  const entities = review.entities.filter((e) => e.accepted && !e.existingId).length;
  const sourceProblems = problems.get('source') ?? [];
  byId('plan-summary').textContent =
    `To commit: the source, ${entities} new entities, ${deeds} relief actions with their relations ` +
    `(${plan.writes.length} writes, one revision each). ` +
    (plan.problems.length
      ? `${plan.problems.length} problems to fix first. ${sourceProblems.join(' ')}`
      : 'Ready.');
  return plan;
}

async function propose(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const text = input.value;
  say('Reading the report…');
  const answer = await proposeFacts({
    text,
    title: optional('report-title'),
    publisher: optional('report-publisher'),
    published: optional('report-published'),
    url: optional('report-url'),
  });
  if (answer.error) {
    say(`The report was refused (${answer.error.code}): ${answer.error.message}`, 'error');
    return;
  }
  const proposals = answer.data;
  if (!field('report-id').value.trim()) {
    field('report-id').value = `report-${proposals.sha256.slice(0, 12)}`;
  }
  if (!field('report-title').value.trim()) {
    const firstLine = proposals.text.split('\n').find((line) => line.trim()) ?? '';
    field('report-title').value = firstLine.trim().slice(0, 100);
  }
  for (const id of sourceFields) field(id).disabled = false;
  review = reviewOf(proposals, sourceDraft());
  ledger = emptyLedger();
  result.replaceChildren();
  renderCards({ review, changed: redraw }, byId('deed-list'), byId('entity-list'));
  byId('review').hidden = false;
  byId('commit-bar').hidden = false;
  showKey();
  redraw();
  say(
    `${proposals.fromHtml ? 'HTML read as text. ' : ''}${proposals.entities.length} entities, ` +
      `${proposals.deeds.length} deeds and ${proposals.quantities.length} numbers proposed.`,
  );
}

function showOutcome(outcome: WriteOutcome): void {
  const { write } = outcome;
  if (outcome.state === 'failed' && outcome.error) {
    showCardStatus(
      write.ref,
      `Not written: ${write.factId}: ${outcome.error.code}: ${outcome.error.message}`,
      'error',
    );
  }
}

function resultLine(text: string, tone: 'error' | 'committed'): void {
  const line = document.createElement('p');
  line.textContent = text;
  line.dataset.tone = tone;
  result.append(line);
}

async function commit(): Promise<void> {
  if (!review || committing) return;
  const plan = redraw();
  if (!plan) return;
  const key = keptKey() ?? field('curator-key').value.trim();
  result.replaceChildren();
  if (!key) {
    resultLine("Nothing was written: enter a curator's API key first.", 'error');
    return;
  }
  keepKey(key);
  field('curator-key').value = '';
  showKey();
  committing = true;
  commitButton.disabled = true;
  const before = ledger.committed.size;
  try {
    const answer = await commitReview(plan, review.sha256, key, ledger, showOutcome);
    if (answer.kind === 'refused') {
      showProblems(answer.problems);
      const sourceProblems = answer.problems.filter((p) => p.ref === 'source');
      resultLine(
        `Nothing was written: ${answer.problems.length} problems (shown on each proposal). ` +
          sourceProblems.map((p) => p.message).join(' '),
        'error',
      );
      return;
    }
    const outcomes = answer.outcomes;
    // The committed source is what every later write quotes: its fields no longer change.
    if (ledger.committed.has(review.source.id)) {
      for (const id of sourceFields) field(id).disabled = true;
    }
    const failed = outcomes.find((o) => o.state === 'failed');
    const committedRefs = new Set(outcomes.map((o) => o.write.ref));
    for (const ref of committedRefs) {
      const mine = outcomes.filter((o) => o.write.ref === ref);
      if (mine.every((o) => o.state === 'committed')) {
        const revisions = mine.map((o) => o.revision).join(', ');
        showCardStatus(ref, `Committed (revision ${revisions}).`, 'committed');
        lockCard(ref);
      }
    }
    const now = ledger.committed.size - before;
    if (!failed) {
      resultLine(
        `Committed: ${outcomes.length} writes in one step, one revision each (${now} new in this run).`,
        'committed',
      );
      commitButton.disabled = true;
      return;
    }
    const error = failed.error!;
    if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') {
      forgetKey();
      showKey();
    }
    resultLine(
      `Refused at ${failed.write.ref} (${failed.write.factId}): ${error.code}: ${error.message} ` +
        'Nothing was written: the writes are committed all together or not at all. ' +
        'Fix the problem and commit again.',
      'error',
    );
  } finally {
    committing = false;
    if (ledger.committed.size < plan.writes.length) commitButton.disabled = false;
  }
}

form.addEventListener('submit', (event) => void propose(event));
for (const id of sourceFields) {
  field(id).addEventListener('input', () => void redraw());
}
byId<HTMLInputElement>('report-file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  input.value = await file.text();
  say(`${file.name} loaded: ${input.value.length} characters. Propose its facts when ready.`);
});
commitButton.addEventListener('click', () => void commit());
byId('forget-key').addEventListener('click', () => {
  forgetKey();
  showKey();
});
reportText.addEventListener('click', (event) => {
  const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-ref]');
  const card = mark?.dataset.ref ? document.getElementById(`card-${mark.dataset.ref}`) : null;
  if (!card) return;
  card.scrollIntoView({ block: 'center' });
  card.classList.add('picked');
  setTimeout(() => card.classList.remove('picked'), 1500);
});
showKey();
