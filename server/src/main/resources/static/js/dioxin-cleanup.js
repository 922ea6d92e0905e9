// The cleanup progress page (/dioxin/sites/{code}/cleanup): planned and done volumes per phase as grouped bars,
// and the cumulative volumes excavated, treated and released over time as lines. Data and words arrive in data-
// attributes (strict CSP, no inline script); Chart.js draws text on a canvas, never markup.
(function () {
  function phases(canvas) {
    const rows = JSON.parse(canvas.dataset.phases || '[]');
    const l = JSON.parse(canvas.dataset.labels || '{}');
    const set = (label, key, colour) => ({label: String(label), data: rows.map(r => r[key]), backgroundColor: colour});
    new Chart(canvas, {type: 'bar', data: {labels: rows.map(r => String(r.name)), datasets: [
      set(l.plannedExcavate, 'plannedExcavateM3', '#d5d8dc'), set(l.excavated, 'excavatedM3', '#8e44ad'),
      set(l.plannedTreat, 'plannedTreatM3', '#aed6f1'), set(l.treated, 'treatedM3', '#2980b9'),
      set(l.plannedContain, 'plannedContainM3', '#f9e79f'), set(l.contained, 'containedM3', '#d4ac0d'),
      set(l.released, 'releasedM3', '#27ae60')]}, options: {locale: canvas.dataset.locale || undefined}});
    canvas.dataset.drawn = 'true';
  }

  function months(canvas) {
    const rows = JSON.parse(canvas.dataset.months || '[]');
    const l = JSON.parse(canvas.dataset.labels || '{}');
    const line = (label, key, colour) => ({label: String(label), data: rows.map(r => r[key]), borderColor: colour,
      backgroundColor: colour, fill: false, stepped: true});
    new Chart(canvas, {type: 'line', data: {labels: rows.map(r => String(r.month)), datasets: [
      line(l.excavated, 'excavatedM3', '#8e44ad'), line(l.treated, 'treatedM3', '#2980b9'),
      line(l.released, 'releasedM3', '#27ae60')]}, options: {locale: canvas.dataset.locale || undefined}});
    canvas.dataset.drawn = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => {
    const p = document.getElementById('cleanup-phases');
    if (p) {
      phases(p);
    }
    const m = document.getElementById('cleanup-months');
    if (m) {
      months(m);
    }
  });
})();
