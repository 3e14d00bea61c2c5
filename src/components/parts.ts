/**
 * The parts a host may style from outside the root (`seeds-of-innovation::part(button-primary)`),
 * exported from the views inside its shadow root. One list, so a name documented with @csspart on
 * the root is the name every view forwards. A view that has no such part simply has none.
 */
export const VIEW_PARTS = [
  'questionnaire',
  'intro',
  'progress',
  'statement',
  'option',
  'warning',
  'button',
  'button-primary',
  'results',
  'dialog',
  'agenda',
  'exports',
  'history',
  'group',
  'flower',
  'flower-svg',
  'flower-legend',
  'flower-toggle',
  'flower-table',
].join(', ');

/** A nested `<seeds-flower>` is itself the part `flower`; these forward its own parts. */
export const FLOWER_PARTS = 'svg: flower-svg, legend: flower-legend, toggle: flower-toggle, table: flower-table';

/** A nested `<seeds-agenda>` forwards its buttons. */
export const BUTTON_PARTS = 'button, button-primary';
