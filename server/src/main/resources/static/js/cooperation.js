// The cooperation status board: each indicator's actual as a share of its target (an area's indicators count
// different things), the figures themselves in the tooltip, the source in the label. Data and words arrive in a
// data-attribute (strict CSP, no inline script); Chart.js draws on a canvas.
(function () {
  document.addEventListener('DOMContentLoaded', () => {
    const canvas = document.getElementById('indicator-chart');
    if (!canvas) {
      return;
    }
    const c = JSON.parse(canvas.dataset.chart || '{}');
    const figures = (c.figures || []).map(String);
    new Chart(canvas, {type: 'bar', data: {labels: (c.labels || []).map(String), datasets: [
      {label: String(c.axis), data: c.percent || [], backgroundColor: '#27ae60'}]},
      options: {locale: canvas.dataset.locale || undefined, indexAxis: 'y', maintainAspectRatio: false,
        scales: {x: {min: 0, suggestedMax: 100}},
        plugins: {tooltip: {callbacks: {afterLabel: ctx => figures[ctx.dataIndex] || ''}}}}});
    canvas.dataset.drawn = 'true';
  });
})();
