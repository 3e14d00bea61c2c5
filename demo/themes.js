// The dark switch of the themes page (a module file: the page's CSP allows no inline script).
const toggle = document.getElementById('dark-toggle');
toggle.addEventListener('click', () => {
  const dark = document.body.classList.toggle('dark');
  toggle.setAttribute('aria-pressed', String(dark));
});
