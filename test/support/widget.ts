import { fixture, html } from '@open-wc/testing';
import './seeds-errors.js';
import type { SeedsOfInnovation } from '../../src/index.js';
import { deepQuery, deepQueryAll, until } from './dom.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits for the element to have read its storage and every view inside it to finish rendering. */
export async function settle(el: SeedsOfInnovation): Promise<void> {
  await el.updateComplete;
  await until(
    () => el.shadowRoot?.querySelector('.base') && !el.shadowRoot.querySelector('.loading'),
    'the widget to load',
  );
  for (let i = 0; i < 3; i++) {
    // A completed response fires `seeds-complete` once it is stored: wait for what is being saved.
    await el.saved();
    await el.updateComplete;
    for (const child of deepQueryAll<Updating>(
      el,
      'seeds-questionnaire, seeds-results, seeds-agenda, seeds-history, seeds-group, seeds-flower',
    )) {
      await child.updateComplete;
    }
  }
}

/** Mounts the widget and waits until it has read its storage. */
export async function mountWidget(attrs: Record<string, string>): Promise<SeedsOfInnovation> {
  const el = await fixture<SeedsOfInnovation>(html`<seeds-of-innovation></seeds-of-innovation>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await settle(el);
  await until(
    () => deepQuery(el, 'seeds-questionnaire, seeds-results, seeds-history, seeds-group, section'),
    'the widget to load',
  );
  await settle(el);
  return el;
}

export function buttonNamed(el: Element, name: string | RegExp): HTMLButtonElement {
  const all = deepQueryAll<HTMLButtonElement>(el, 'button');
  const found = all.find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent?.trim() ?? ''),
  );
  if (!found) throw new Error(`No button ${name} among: ${all.map((b) => b.textContent?.trim()).join(' | ')}`);
  return found;
}

export async function click(el: SeedsOfInnovation, name: string | RegExp): Promise<void> {
  buttonNamed(el, name).click();
  await settle(el);
}

/** The statement groups currently shown. */
export function statementGroups(el: Element): HTMLFieldSetElement[] {
  return deepQueryAll<HTMLFieldSetElement>(el, 'fieldset[data-item]');
}

/**
 * Completes the English questionnaire by clicking: every statement gets the option at `option`
 * (0 = strongly disagree … 4 = strongly agree, 5 = don't know), or a value per item.
 */
export async function completeQuestionnaire(
  el: SeedsOfInnovation,
  option: number | ((item: string) => number) = 3,
): Promise<void> {
  await click(el, /^(Start|Continue where you left off|Beginnen|Ga verder waar je was gebleven)$/);
  for (let step = 0; step < 10; step++) {
    for (const group of statementGroups(el)) {
      const index = typeof option === 'number' ? option : option(group.dataset.item!);
      group.querySelectorAll<HTMLInputElement>('input')[index].click();
    }
    await settle(el);
    const finish = deepQueryAll<HTMLButtonElement>(el, 'button').find((b) =>
      /^(Finish|Afronden)$/.test(b.textContent!.trim()),
    );
    if (finish) {
      finish.click();
      await settle(el);
      return;
    }
    await click(el, /^(Next|Volgende)$/);
  }
  throw new Error('never reached the finish button');
}

/**
 * Waits until the widget does nothing: saves, steps and delivery attempts are done. Returns the
 * responses whose next attempt is planned for later; with none, nothing else will happen (short of
 * an `online` event), which is how a test proves that nothing else happened without waiting.
 */
export async function drain(el: SeedsOfInnovation): Promise<string[]> {
  await settle(el);
  await el.session.idle();
  await el.updateComplete;
  return el.session.scheduledRetries;
}
