// Type-checked only (`tsc -p react`), never built: each use below is wrong, and the package's types
// must say so. If the JSX types fell back to `any`, these `@ts-expect-error`s would be unused: an error.
import 'seeds-of-innovation/react';

export const wrong = (
  <>
    {/* @ts-expect-error results are responses, not React's `results?: number` */}
    <seeds-of-innovation results={3} />
    {/* @ts-expect-error no such view */}
    <seeds-of-innovation view="grid" />
    {/* @ts-expect-error no such instrument */}
    <seeds-of-innovation instrument="long" />
    {/* @ts-expect-error unsupported language */}
    <seeds-of-innovation lang="de" />
    {/* @ts-expect-error consent is "given" or absent */}
    <seeds-of-innovation consent="yes" />
    {/* @ts-expect-error a model needs factors */}
    <seeds-of-innovation model={{}} />
    {/* @ts-expect-error the event's detail has no `nope` */}
    <seeds-of-innovation onseeds-complete={(event) => event.detail.nope} />
    {/* @ts-expect-error scores map factor ids to numbers */}
    <seeds-flower scores={[1, 2]} />
  </>
);
