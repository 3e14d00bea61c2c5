// A React 19 host: properties and `on<event>` props go straight to the custom elements.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'seeds-of-innovation/define';
import { RESULTS, SCORES } from '../shared/sample.js';

function App() {
  const [lang, setLang] = useState('nl');
  const [completed, setCompleted] = useState('');
  return (
    <>
      <button id="switch-lang" onClick={() => setLang('en')}>English</button>
      <output id="completed">{completed}</output>
      <seeds-of-innovation
        id="widget"
        lang={lang}
        community="smoke-react"
        results={RESULTS}
        onseeds-complete={(event) => setCompleted(String(Object.keys(event.detail.response.scores).length))}
      />
      <seeds-flower id="flower" scores={SCORES} />
    </>
  );
}

createRoot(document.getElementById('app')).render(<App />);
