import { fixture, html } from '@open-wc/testing';
import type { SeedsErrorEvent, SeedsOfInnovation } from '../../src/index.js';
import { namespacePrefix, recordKey } from '../../src/services/storage-keys.js';
import { randomId } from '../../src/services/uuid.js';
import { settle } from './widget.js';

// Another tab of this browser that has the questionnaire open holds the namespace's Web Lock. The
// test page plays that tab: it takes the lock itself, and writes that tab's draft to storage.

/** Holds the draft lock of `community` as another tab would, until `release()`. */
export async function otherTab(community: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const granted = await new Promise<boolean>((resolve) => {
    void navigator.locks.request(
      `seeds-of-innovation:${namespacePrefix(community)}draft`,
      { ifAvailable: true },
      (lock) => {
        resolve(lock !== null);
        return held;
      },
    );
  });
  if (!granted) throw new Error('the lock was taken');
  return { release };
}

/** The draft another tab has written: step 2 (the first statements), the first statement answered. */
export function draftRecord(community: string, value: number) {
  const id = randomId();
  const record = {
    version: 1,
    id,
    instrument: 'quick',
    locale: 'en',
    step: 2,
    role: 'business',
    answers: { 'commitment.1': value },
    startedAt: '2026-03-01T09:00:00.000Z',
    updatedAt: new Date().toISOString(),
  };
  return { key: recordKey(community, 'draft', id), record };
}

/** Mounts `count` widgets of `community` and collects their `seeds-error` details while they load. */
export async function mountWatched(community: string, count = 1, attrs: Record<string, string> = { lang: 'en' }) {
  const errors: SeedsErrorEvent['detail'][] = [];
  const onError = (e: Event) => errors.push((e as SeedsErrorEvent).detail);
  document.addEventListener('seeds-error', onError);
  const warn = console.warn;
  console.warn = () => {};
  try {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    for (let i = 0; i < count; i++) {
      const el = document.createElement('seeds-of-innovation');
      for (const [k, v] of Object.entries({ ...attrs, community })) el.setAttribute(k, v);
      wrapper.append(el);
    }
    const widgets = [...wrapper.querySelectorAll<SeedsOfInnovation>('seeds-of-innovation')];
    for (const el of widgets) await settle(el);
    return { widgets, errors };
  } finally {
    document.removeEventListener('seeds-error', onError);
    console.warn = warn;
  }
}
