/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** querySelectorAll through every open shadow root below `root`. */
export function deepQueryAll<T extends Element = Element>(
  root: Element | ShadowRoot | Document,
  selector: string,
): T[] {
  const found: T[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    // Not `instanceof Element`: elements of an iframe (a second tab in tests) are of another realm.
    const shadow = (node as Partial<Element>).shadowRoot;
    if (shadow) visit(shadow);
    found.push(...(node.querySelectorAll(selector) as NodeListOf<T>));
    node.querySelectorAll('*').forEach((el) => el.shadowRoot && visit(el.shadowRoot));
  };
  visit(root);
  return found;
}

export function deepQuery<T extends Element = Element>(
  root: Element | ShadowRoot | Document,
  selector: string,
): T | null {
  return deepQueryAll<T>(root, selector)[0] ?? null;
}

/**
 * Waits until `check` returns a truthy value, checking again after each short interval (a re-check,
 * not a wait for "nothing happened"). It has no time limit of its own: how long a loaded machine
 * takes is no test result, and a condition that never comes fails the test at the runner's timeout.
 * `message` names the condition in that failure (in the console, since the runner only says "timeout").
 */
export async function until<T>(check: () => T | undefined | null | false, message = 'condition'): Promise<T> {
  const waiting = setTimeout(() => console.warn(`still waiting for ${message}`), 20_000);
  try {
    for (;;) {
      const value = check();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    clearTimeout(waiting);
  }
}

/** Resolves with the next event of `type` on `target`. */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as T), { once: true }));
}

/**
 * Resolves at the start of the next task (not after a delay): what a page does within the current
 * task, including its microtasks, has happened by then. For "before the page is gone" checks.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
