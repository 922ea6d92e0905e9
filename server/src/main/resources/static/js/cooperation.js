// The cooperation status board: each indicator's baseline, target and actual as grouped bars, labelled with its
// source. Data and words arrive in a data-attribute (strict CSP, no inline script); Chart.js draws on a canvas.
(function () {
  document.addEventListener('DOMContentLoaded', () => {
    const canvas = document.getElementById('indicator-chart');
    if (!canvas) {
      return;
    }
    const c = JSON.parse(canvas.dataset.chart || '{}');
    const names = c.names || {};
    new Chart(canvas, {type: 'bar', data: {labels: (c.labels || []).map(String), datasets: [
      {label: String(names.baseline), data: c.baseline || [], backgroundColor: '#bdc3c7'},
      {label: String(names.target), data: c.target || [], backgroundColor: '#f5b041'},
      {label: String(names.actual), data: c.actual || [], backgroundColor: '#27ae60'}]},
      options: {locale: canvas.dataset.locale || undefined, indexAxis: 'y'}});
    canvas.dataset.drawn = 'true';
  });
})();
