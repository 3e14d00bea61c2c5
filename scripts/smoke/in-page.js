// Runs inside each consumer page (injected by run.mjs): finds things through shadow roots and
// clicks through the questionnaire as a participant would. Plain script, no imports.
window.__smoke = (() => {
  const deepAll = (root, selector) => {
    const found = [];
    const visit = (node) => {
      found.push(...node.querySelectorAll(selector));
      node.querySelectorAll('*').forEach((el) => el.shadowRoot && visit(el.shadowRoot));
    };
    visit(root.shadowRoot ?? root);
    return found;
  };
  const widget = () => document.querySelector('#widget');
  const buttons = () => deepAll(widget(), 'button').filter((b) => b.offsetParent !== null || b.getClientRects().length);
  const button = (pattern) => buttons().find((b) => pattern.test(b.textContent.trim()));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  /** Lets every element inside the widget finish its update. */
  async function settle() {
    for (let i = 0; i < 3; i++) {
      await frame();
      for (const el of [widget(), ...deepAll(widget(), '*')]) if (el.updateComplete) await el.updateComplete;
    }
  }
  async function until(check, what) {
    for (let i = 0; i < 500; i++) {
      const value = check();
      if (value) return value;
      await frame();
    }
    throw new Error(`never saw ${what}; buttons: ${buttons().map((b) => b.textContent.trim()).join(' | ')}`);
  }

  return {
    defined: () => Boolean(customElements.get('seeds-of-innovation') && customElements.get('seeds-flower')),
    /** The widget has loaded and shows its start button in the given language. */
    rendered(start) {
      const base = widget()?.shadowRoot?.querySelector('.base');
      return Boolean(base && !widget().shadowRoot.querySelector('.loading') && button(new RegExp(start)));
    },
    widgetLang: () => widget()?.shadowRoot?.querySelector('.base')?.getAttribute('lang') ?? null,
    /** What the host handed over as a property, as the element sees it. */
    results() {
      const { results } = widget();
      return { isArray: Array.isArray(results), length: results?.length ?? 0, attribute: widget().getAttribute('results') };
    },
    /** The petals drawn by the host's <seeds-flower>, factor → data-score. */
    petals() {
      const flower = document.querySelector('#flower');
      const paths = flower?.shadowRoot ? [...flower.shadowRoot.querySelectorAll('path.petal[data-factor]')] : [];
      return Object.fromEntries(paths.map((p) => [p.dataset.factor, p.dataset.score]));
    },
    /** Clicks Start, answers every statement with "agree", Next … Finish. */
    async complete() {
      await settle();
      (await until(() => button(/^(Start|Beginnen)$/), 'a start button')).click();
      for (let step = 0; step < 20; step++) {
        await settle();
        for (const group of deepAll(widget(), 'fieldset[data-item]')) group.querySelectorAll('input')[3].click();
        await settle();
        const finish = button(/^(Finish|Afronden)$/);
        if (finish) {
          finish.click();
          await settle();
          return;
        }
        (await until(() => button(/^(Next|Volgende)$/), 'a next button')).click();
      }
      throw new Error('never reached the finish button');
    },
  };
})();
