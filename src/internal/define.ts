const VERSION_KEY = Symbol.for('seeds-of-innovation.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers a custom element unless the tag is already taken. A page that loads the widget twice
 * (a CMS block plus a portal bundle) must not crash on the second `define`; it only warns when the
 * two copies differ in version, since then the page runs one of them without knowing which.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, version: string): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    (ctor as Versioned)[VERSION_KEY] = version;
    customElements.define(tag, ctor);
    return;
  }
  if (existing[VERSION_KEY] !== version) {
    console.warn(
      `<${tag}> is already registered (version ${existing[VERSION_KEY] ?? 'unknown'}); version ${version} was not registered.`,
    );
  }
}
