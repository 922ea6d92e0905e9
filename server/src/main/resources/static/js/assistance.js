// Disability assistance pages: a person's functioning over time (one stepped line per Short Set domain, the answers
// 1-4 on the axis in the reader's language) and the dashboard's bars by domain and by service category. Data and
// words arrive in data-attributes (strict CSP, no inline script); Chart.js draws text on a canvas, never markup.
(function () {
  const colours = ['#2980b9', '#8e44ad', '#c0392b', '#16a085', '#d35400', '#7f8c8d'];

  function functioning(canvas) {
    const c = JSON.parse(canvas.dataset.chart || '{}');
    const answers = (c.answers || []).map(String);
    new Chart(canvas, {type: 'line', data: {labels: (c.dates || []).map(String), datasets: (c.series || []).map((s, i) => ({
      label: String(s.label), data: s.codes, borderColor: colours[i % colours.length],
      backgroundColor: colours[i % colours.length], stepped: true, fill: false, pointRadius: 4,
      borderDash: i % 2 ? [6, 3] : []}))},
      options: {locale: canvas.dataset.locale || undefined, scales: {y: {min: 1, max: 4, ticks: {stepSize: 1,
        callback: v => answers[v - 1] || String(v)}}},
        plugins: {title: {display: true, text: String(c.title || '')},
          tooltip: {callbacks: {label: ctx => String(ctx.dataset.label) + ': ' + (answers[ctx.parsed.y - 1] || '')}}}}});
    canvas.dataset.drawn = 'true';
  }

  function bars(canvas) {
    const c = JSON.parse(canvas.dataset.chart || '{}');
    const part = c[canvas.dataset.part] || {labels: [], women: [], men: []};
    new Chart(canvas, {type: 'bar', data: {labels: part.labels.map(String), datasets: [
      {label: String(c.women), data: part.women, backgroundColor: '#c0392b'},
      {label: String(c.men), data: part.men, backgroundColor: '#2980b9'}]},
      options: {locale: canvas.dataset.locale || undefined}});
    canvas.dataset.drawn = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => {
    const f = document.getElementById('functioning-chart');
    if (f) {
      functioning(f);
    }
    ['assistance-domains', 'assistance-services'].forEach(id => {
      const b = document.getElementById(id);
      if (b) {
        bars(b);
      }
    });
  });
})();
