// A dioxin site's map (/dioxin/sites/{code}): the outline, the zones with their land class, and one depth layer's
// samples as circles coloured by TEQ class (hollow where non-detects make most of the TEQ), from .../map.json; and
// a sample's congener profile (/dioxin/samples/{ref}) as a horizontal bar chart of each congener's share of the
// TEQ. No inline script (strict CSP); data becomes text only through textContent; the words come from the page.
(function () {
  const colours = {BELOW_TARGET: '#27ae60', ABOVE_TARGET: '#e67e22', REMEDIATION: '#c0392b'};

  function line(text) {
    const div = document.createElement('div');
    div.textContent = text;
    return div;
  }

  function textPopup(text) {
    return line(text);
  }

  function samplePopup(s, labels, lang) {
    const box = document.createElement('div');
    const a = document.createElement('a');
    a.href = '/dioxin/samples/' + encodeURIComponent(String(s.ref));
    a.textContent = String(s.ref);
    box.append(a, line(String(labels.teq) + ': ' + Number(s.teq).toLocaleString(lang, {maximumFractionDigits: 1})),
      line(String(labels[s['class']])));
    return box;
  }

  function legend(el, labels) {
    const box = document.getElementById('dioxin-site-legend');
    if (!box) {
      return;
    }
    Object.keys(colours).forEach(k => {
      const item = document.createElement('span');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colours[k];
      item.append(swatch, document.createTextNode(' ' + String(labels[k]) + ' '));
      box.append(item);
    });
    box.append(line(String(labels.hollow)));
  }

  function drawMap(el) {
    const labels = JSON.parse(el.dataset.labels || '{}');
    const map = L.map(el).setView([10.97, 106.82], 14);
    L.control.scale({imperial: false}).addTo(map);
    el.leafletMap = map; // for people's tools and the browser tests
    legend(el, labels);
    fetch(el.dataset.source, {credentials: 'same-origin'}).then(r => {
      if (!r.ok) {
        throw new Error('map data: HTTP ' + r.status);
      }
      return r.json();
    }).then(data => {
      const all = L.featureGroup().addTo(map);
      if (data.outline) {
        L.geoJSON(data.outline, {style: {color: '#2c3e50', weight: 2, fill: false}})
          .bindPopup(textPopup(String(labels.outline))).addTo(all);
      }
      data.zones.forEach(z => {
        L.geoJSON(z.geometry, {style: {color: '#7f8c8d', weight: 1, dashArray: '4', fillOpacity: 0.05}})
          .bindPopup(textPopup(String(labels.zone) + ': ' + String(z.name) + ' (' + String(z.landClass) + ')'))
          .addTo(all);
      });
      const lang = el.dataset.locale || undefined;
      data.samples.forEach(s => {
        const colour = colours[s['class']] || '#34495e';
        L.circleMarker([s.lat, s.lon], {radius: 6, color: colour, weight: 2, fillColor: colour,
          fillOpacity: s.nonDetectDominated ? 0 : 0.8, className: 'dioxin-sample'})
          .bindPopup(samplePopup(s, labels, lang)).addTo(all);
      });
      if (all.getLayers().length > 0) {
        map.fitBounds(all.getBounds(), {padding: [20, 20]});
      }
      el.dataset.samples = String(data.samples.length);
      el.dataset.zones = String(data.zones.length);
      el.dataset.ready = 'true';
    }).catch(e => {
      el.after(line(String(e.message)));
      el.dataset.failed = 'true';
    });
  }

  function drawProfile(canvas) {
    const rows = JSON.parse(canvas.dataset.rows || '[]');
    new Chart(canvas, {
      type: 'bar',
      data: {labels: rows.map(r => String(r.label)), datasets: [{label: String(canvas.dataset.label),
        data: rows.map(r => 100 * r.share), backgroundColor: rows.map(r => r.label === '2,3,7,8-TCDD' ? '#c0392b' : '#2980b9')}]},
      options: {locale: canvas.dataset.locale || undefined, indexAxis: 'y', plugins: {legend: {display: false}}, scales: {x: {min: 0, max: 100,
        title: {display: true, text: String(canvas.dataset.label)}}}}
    });
    canvas.dataset.drawn = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => {
    const map = document.getElementById('dioxin-site-map');
    if (map) {
      drawMap(map);
    }
    const profile = document.getElementById('congener-profile');
    if (profile) {
      drawProfile(profile);
    }
  });
})();
