// The mine-action map (/land-release/map): every land-release layer over the offline province outlines, filtered
// by province (today's 34 or the 63 before July 2025), status, organisation and year, plus the bombing heat layer
// of the current view. Layers come from /land-release/map/layers/{layer} under the session; the export links
// follow the filters. No inline script (strict CSP); data becomes text only through textContent; the words come
// from the page (data-labels), in the reader's language.
(function () {
  const layerNames = ['hazard-areas', 'evidence-points', 'activities', 'ordnance', 'accidents', 'recovery-sites'];
  const pages = {'hazard-areas': '/hazard-areas/', 'activities': '/activities/', 'accidents': '/accidents/'};
  const classColours = {INDICATION: '#d4ac0d', SHA: '#e67e22', CHA: '#c0392b', EOD_SPOT: '#8e44ad'};
  const layerColours = {'evidence-points': '#7f8c8d', 'activities': '#27ae60', 'ordnance': '#2c3e50',
    'accidents': '#e74c3c', 'recovery-sites': '#2980b9'};
  const heat = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];
  const cells = [1000, 2000, 5000, 10000, 25000];

  function colour(name, p) {
    return name === 'hazard-areas' ? (classColours[p['class']] || '#34495e') : layerColours[name];
  }

  function word(labels, kind, code) {
    return ((labels.codes || {})[kind] || {})[code] || String(code);
  }

  function layerPopup(name, p, labels) {
    const box = document.createElement('div');
    const title = document.createElement(pages[name] ? 'a' : 'strong');
    if (pages[name]) {
      title.href = pages[name] + encodeURIComponent(String(p.id));
    }
    title.textContent = String(p.ref || p.name || p.id);
    box.append(title);
    ['class', 'type', 'status', 'category', 'disposal', 'kind'].forEach(k => {
      if (p[k] !== undefined && p[k] !== null) {
        const line = document.createElement('div');
        line.textContent = (labels.fields[k] || k) + ': ' + word(labels, k, p[k]);
        box.append(line);
      }
    });
    ['province', 'organisation', 'foundOn', 'occurredOn', 'startDate', 'killed', 'injured', 'quantity'].forEach(k => {
      if (p[k] !== undefined && p[k] !== null) {
        const line = document.createElement('div');
        line.textContent = (labels.fields[k] || k) + ': ' + String(p[k]);
        box.append(line);
      }
    });
    return box;
  }

  function overlay(name, labels) {
    return L.geoJSON(null, {
      style: f => ({color: colour(name, f.properties), weight: 2,
        dashArray: f.properties.status && f.properties.status !== 'OPEN' && name === 'hazard-areas' ? '4 4' : null,
        fillOpacity: name === 'hazard-areas' && f.properties.status === 'OPEN' ? 0.35 : 0.1}),
      pointToLayer: (f, ll) => L.circleMarker(ll, {radius: 5, color: colour(name, f.properties)}),
      onEachFeature: (f, l) => l.bindPopup(layerPopup(name, f.properties, labels))
    });
  }

  function query(form) {
    const p = new URLSearchParams(new FormData(form));
    Array.from(p.keys()).filter(k => !p.get(k)).forEach(k => p.delete(k));
    return p.toString();
  }

  function legend(box, labels) {
    box.replaceChildren();
    Object.entries(classColours).forEach(([code, c]) => {
      const row = document.createElement('div');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.backgroundColor = c;
      const text = document.createElement('span');
      text.textContent = ' ' + word(labels, 'class', code);
      row.append(swatch, text);
      box.append(row);
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    const el = document.getElementById('lr-map');
    if (!el || !window.HomecomingMaps) {
      return;
    }
    const labels = JSON.parse(el.dataset.labels);
    const form = document.getElementById('lr-map-filters');
    const map = window.HomecomingMaps.base(el);
    const control = L.control.layers(null, {}, {collapsed: false}).addTo(map);
    const overlays = {};
    // Recovery sites are many and everywhere; they start hidden so the mine-action records stand out.
    layerNames.forEach(name => {
      overlays[name] = overlay(name, labels);
      if (name !== 'recovery-sites') {
        overlays[name].addTo(map);
      }
      control.addOverlay(overlays[name], labels.layers[name]);
    });
    let framed = false;
    const bombing = L.layerGroup();
    control.addOverlay(bombing, labels.layers.bombing);
    legend(document.getElementById('lr-map-legend'), labels);

    function drawBombing() {
      if (!map.hasLayer(bombing)) {
        return;
      }
      const b = map.getBounds();
      const box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      const midLat = (box[1] + box[3]) / 2 * Math.PI / 180;
      const fits = m => Math.ceil((box[2] - box[0]) / (m / (111320 * Math.max(Math.cos(midLat), 0.01))))
        * Math.ceil((box[3] - box[1]) / (m / 111320)) <= 20000;
      const cell = cells.find(fits) || cells[cells.length - 1];
      fetch(el.dataset.bombing + '?bbox=' + box.map(v => v.toFixed(4)).join(',') + '&cell=' + cell,
        {credentials: 'same-origin'}).then(r => r.json()).then(g => {
        bombing.clearLayers();
        const max = Math.max(0, ...(g.features || []).map(f => f.properties.weightedWeapons));
        (g.features || []).forEach(f => {
          const i = max <= 0 ? 0 : Math.min(heat.length - 1, Math.floor(heat.length * f.properties.weightedWeapons / max));
          bombing.addLayer(L.geoJSON(f, {style: {stroke: false, fillColor: heat[i], fillOpacity: 0.6}}));
        });
        el.dataset.bombingCells = String((g.features || []).length);
      });
    }

    function load() {
      const q = query(form);
      layerNames.forEach(name => {
        fetch(el.dataset.source + name + (q ? '?' + q : ''), {credentials: 'same-origin'}).then(r => r.json()).then(g => {
          overlays[name].clearLayers();
          overlays[name].addData(g);
          // The first hazardous areas drawn frame the view, once: later filters keep the user's view.
          if (name === 'hazard-areas' && !framed && g.features.length > 0) {
            map.fitBounds(overlays[name].getBounds(), {maxZoom: 12});
            framed = true;
          }
          el.dataset['count' + name.replace(/(^|-)(\w)/g, (m, d, c) => c.toUpperCase())] = String(g.features.length);
        });
      });
      document.querySelectorAll('[data-export]').forEach(a => {
        a.href = el.dataset.export + a.dataset.export + (q ? '?' + q : '');
      });
    }

    form.addEventListener('submit', e => {
      e.preventDefault();
      load();
    });
    map.on('overlayadd', e => {
      if (e.layer === bombing) {
        drawBombing();
      }
    });
    map.on('moveend', drawBombing);
    load();
    el.dataset.ready = 'true';
  });
})();
