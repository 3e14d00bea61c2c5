import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../../events/emit.js';
import { roveIndex } from './tooltip.js';
import type { PetalView } from './view.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The petal buttons' behaviour, kept apart from drawing: which petal is in the tab order
 * (`active`, a roving tabindex), which one's tooltip is shown, and the `seeds-factor-select` event.
 * Its handlers are bound to the targets layer of `<seeds-flower>`.
 */
export class PetalInteraction implements ReactiveController {
  #active = 0;
  #shown: string | null = null;

  constructor(
    private readonly host: Host,
    private readonly petals: () => readonly PetalView[],
  ) {
    host.addController(this);
  }

  /** The index of the petal in the tab order. */
  get active(): number {
    return this.#active;
  }
  set active(index: number) {
    if (index === this.#active) return;
    this.#active = index;
    this.host.requestUpdate();
  }

  /** The id of the petal whose tooltip is shown, or null. */
  get shown(): string | null {
    return this.#shown;
  }
  set shown(id: string | null) {
    if (id === this.#shown) return;
    this.#shown = id;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#dismiss);
  }

  /** WCAG 1.4.13: a tooltip shown by hovering closes with Escape wherever the focus is. */
  readonly #dismiss = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.shown) this.shown = null;
  };

  #targetOf(event: Event): SVGElement | null {
    const path = event.composedPath();
    return (path.find((n) => n instanceof SVGElement && n.dataset.target) as SVGElement | undefined) ?? null;
  }

  #indexOf(target: SVGElement): number {
    return this.petals().findIndex((p) => p.id === target.dataset.target);
  }

  #select(id: string): void {
    emit(this.host, 'seeds-factor-select', { factor: id });
  }

  readonly click = (event: MouseEvent): void => {
    const target = this.#targetOf(event);
    if (!target?.dataset.target) return;
    this.active = this.#indexOf(target);
    this.#select(target.dataset.target);
  };

  readonly keydown = (event: KeyboardEvent): void => {
    const target = this.#targetOf(event);
    if (!target?.dataset.target) return;
    const next = roveIndex(event.key, this.#indexOf(target), this.petals().length);
    if (next !== undefined) {
      event.preventDefault();
      this.#focusPetal(next);
    } else if (event.key === 'Escape') {
      this.shown = null;
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (!event.repeat) this.#select(target.dataset.target);
    }
  };

  #focusPetal(index: number): void {
    this.active = index;
    const id = this.petals()[index]?.id;
    const el = this.host.renderRoot.querySelector<SVGElement>(`[data-target="${CSS.escape(id ?? '')}"]`);
    el?.focus();
  }

  readonly focusIn = (event: FocusEvent): void => {
    const target = this.#targetOf(event);
    if (!target) return;
    this.active = this.#indexOf(target);
    this.shown = target.dataset.target ?? null;
  };

  readonly pointerOver = (event: PointerEvent): void => {
    const target = this.#targetOf(event);
    if (!target) return;
    this.shown = target.dataset.target ?? null;
    document.addEventListener('keydown', this.#dismiss);
  };

  readonly leave = (): void => {
    // After the focus or the pointer moved on, keep the tooltip of whatever is still hovered or focused.
    queueMicrotask(() => {
      const hovered = this.host.renderRoot.querySelector<SVGElement>('.target:hover');
      const focused = (this.host.renderRoot as ShadowRoot).activeElement as SVGElement | null;
      this.shown = hovered?.dataset.target ?? focused?.dataset?.target ?? null;
    });
  };
}
