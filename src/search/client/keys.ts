/**
 * "/" jumps to the search box, as on many sites; a "/" typed into a field is left alone.
 * Bundled to /assets/keys.js and loaded on every page, so it stays tiny.
 */
document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target;
  if (target instanceof Element && target.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])")) return;
  const box = document.querySelector<HTMLInputElement>("main input[type=search]") ?? document.querySelector<HTMLInputElement>("input[type=search]");
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
