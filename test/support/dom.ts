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
 * Waits until `check` returns a truthy value, looking again at each rendered frame (at each task
 * while the page is hidden, when frames stop): no timer and no time limit of its own, since how
 * long a loaded machine takes is no test result. A condition that never comes fails the test at the
 * runner's timeout. `message` names the condition; an error thrown by `check` says which one.
 */
export async function until<T>(check: () => T | undefined | null | false, message = 'condition'): Promise<T> {
  for (;;) {
    let value: T | undefined | null | false;
    try {
      value = check();
    } catch (error) {
      throw new Error(`while waiting for ${message}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (value) return value;
    await (document.hidden ? nextTask() : new Promise((r) => requestAnimationFrame(r)));
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
