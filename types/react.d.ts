/**
 * `import 'seeds-of-innovation/react'` registers the elements (as `seeds-of-innovation/define`
 * does) and types them in React 19's JSX (dist/jsx.d.ts, generated from the custom elements
 * manifest at build): attributes and properties with the elements' own types (`results` as
 * `SeedsResponse[]`, `model`, `view` …) and `onseeds-*` handlers with each event's detail.
 * The props are the elements' own, not React's `HTMLAttributes`, which declare `results?: number`
 * (Safari's search inputs) and would clash with the widget's `results`.
 */
export * from '../dist/define.js';
export type { CustomElements, SeedsFlowerProps, SeedsOfInnovationProps } from '../dist/jsx.js';
