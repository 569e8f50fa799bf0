// Progressive enhancement only: every step opens and closes without this file (native <details>),
// and the printable page prints from the browser's own menu.

function enhanceStepNav(stepNav) {
  const steps = Array.from(stepNav.querySelectorAll("details"));
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button button--secondary step-nav__toggle-all";
  const allOpen = () => steps.every((step) => step.open);
  const update = () => {
    button.textContent = allOpen() ? stepNav.dataset.hideAll : stepNav.dataset.showAll;
    button.setAttribute("aria-expanded", String(allOpen()));
  };
  button.addEventListener("click", () => {
    const open = !allOpen();
    steps.forEach((step) => { step.open = open; });
    update();
  });
  steps.forEach((step) => step.addEventListener("toggle", update));
  // Arriving at #step-3 (from a "Part of" sidebar, or a link someone shared) opens step 3;
  // printing prints every step.
  const openTarget = () => {
    const target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target && stepNav.contains(target)) target.querySelector("details").open = true;
  };
  openTarget();
  window.addEventListener("hashchange", openTarget);
  window.addEventListener("beforeprint", () => steps.forEach((step) => { step.open = true; }));
  update();
  stepNav.prepend(button);
}

document.querySelectorAll("[data-step-nav]").forEach(enhanceStepNav);

document.querySelectorAll("[data-print-button]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
