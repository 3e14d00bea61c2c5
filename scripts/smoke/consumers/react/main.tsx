// A React 19 host: `seeds-of-innovation/react` registers the elements and types them in JSX, so
// properties, attributes and `on<event>` props go straight to the custom elements, type-checked
// (`tsc --noEmit -p react`, run by ../../run.mjs).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'seeds-of-innovation/react';
import { RESULTS, SCORES } from '../shared/sample.js';

function App() {
  const [lang, setLang] = useState<'nl' | 'en'>('nl');
  const [completed, setCompleted] = useState('');
  return (
    <>
      <button id="switch-lang" onClick={() => setLang('en')}>
        English
      </button>
      <output id="completed">{completed}</output>
      <seeds-of-innovation
        id="widget"
        lang={lang}
        instrument="quick"
        view="questionnaire"
        community="smoke-react"
        results={RESULTS}
        onseeds-complete={(event) => setCompleted(String(Object.keys(event.detail.response.scores).length))}
      />
      <seeds-flower id="flower" scores={SCORES} />
    </>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
