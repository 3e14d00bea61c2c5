// Wires the demo controls to the element's attributes and logs its events (no inline handlers: the page runs under a strict CSP).
const seeds = document.getElementById('seeds');
const log = document.getElementById('log');

document.getElementById('controls').addEventListener('change', (event) => {
  const { name, value } = event.target;
  seeds.setAttribute(name, value);
  if (name === 'lang') document.documentElement.lang = value;
});

for (const type of ['seeds-answer', 'seeds-complete', 'seeds-submit', 'seeds-delivered', 'seeds-delivery-error', 'seeds-error', 'seeds-factor-select']) {
  seeds.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = type === 'seeds-complete' || type === 'seeds-submit' ? { id: event.detail.response.id, scores: event.detail.response.scores } : event.detail;
    item.textContent = `${new Date().toLocaleTimeString()} ${type} ${JSON.stringify(detail)}`;
    log.prepend(item);
  });
}

// The element reflects `view` as the participant navigates; keep the switch in step.
new MutationObserver(() => {
  const input = document.querySelector(`input[name="view"][value="${seeds.getAttribute('view')}"]`);
  if (input) input.checked = true;
}).observe(seeds, { attributes: true, attributeFilter: ['view'] });

// The demo server registered the community "demo-greenport" and hands its facilitator token to this page
// (a demo only: a real facilitator keeps the token to themselves). The group view reads the community's
// responses from the collector with it.
fetch('/demo-config.json')
  .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
  .then((config) => {
    seeds.requestInit = () => ({ headers: { Authorization: `Bearer ${config.token}` } });
    seeds.setAttribute('source', config.source);
  })
  .catch((error) => {
    const item = document.createElement('li');
    item.textContent = `The demo configuration could not be read (${error.message}); the group view shows only this browser's responses.`;
    log.prepend(item);
  });
