// The host page without a framework: create the elements, set properties, listen, switch language.
import { RESULTS, SCORES } from '../shared/sample.js';

export function mount(name) {
  const root = document.getElementById('app');
  const button = document.createElement('button');
  button.id = 'switch-lang';
  button.textContent = 'English';
  const completed = document.createElement('output');
  completed.id = 'completed';
  const widget = document.createElement('seeds-of-innovation');
  widget.id = 'widget';
  widget.setAttribute('lang', 'nl');
  widget.setAttribute('community', `smoke-${name}`);
  widget.results = RESULTS;
  widget.addEventListener('seeds-complete', (event) => {
    completed.textContent = String(Object.keys(event.detail.response.scores).length);
  });
  button.addEventListener('click', () => (widget.lang = 'en'));
  const flower = document.createElement('seeds-flower');
  flower.id = 'flower';
  flower.scores = SCORES;
  root.append(button, completed, widget, flower);
}
