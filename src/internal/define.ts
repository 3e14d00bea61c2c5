/**
 * Registers a custom element unless the tag is already taken. A page that loads the widget twice
 * (a CMS block plus a portal bundle) must not crash on the second `define`.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, version: string): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing.version !== version) {
    console.warn(
      `<${tag}> is already registered with version ${existing.version ?? 'unknown'}; version ${version} was not registered.`,
    );
  }
}
