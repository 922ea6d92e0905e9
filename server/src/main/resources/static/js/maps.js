// Maps without a tile server: the bundled province outlines (GeoJSON) are the base layer, so the
// maps work offline. The outlines are fetched once per page from /geo/.
//
// A page asks for a map with data- attributes only (no inline script; the server sends a strict
// Content-Security-Policy):
//   <div id="person-map" data-map="point" data-lat="16.75" data-lon="106.1" data-precision="500">
//   <div id="site-map" data-map="sites" data-source="/sites.geojson">
//   <div id="area-map" data-map="features" data-source="/hazard-areas/areas.geojson" data-link="/hazard-areas/"
//        data-labels='{"class":{"SHA":"..."},"status":{"OPEN":"..."}}'>
// Data never becomes markup here: popups are DOM nodes whose text is set with textContent.
(function () {
  const provinces = '/geo/vn-provinces-34.geojson';
  const colours = {GRAVE: '#8e44ad', CEMETERY: '#27ae60', CRASH_SITE: '#c0392b', BATTLE_SITE: '#e67e22'};

  function base(el) {
    const map = L.map(el, {preferCanvas: true, attributionControl: true}).setView([16.0, 106.5], 5);
    map.attributionControl.addAttribution('Provinces: Open Development Vietnam, CC BY-SA 4.0');
    fetch(provinces).then(r => r.json()).then(g => {
      L.geoJSON(g, {style: {color: '#557', weight: 1, fillColor: '#f4f1e8', fillOpacity: 1}}).addTo(map).bringToBack();
      // Says the offline base layer is drawn (and how many provinces), for people's tools and tests alike.
      el.dataset.outlines = String(g.features.length);
    });
    el.leafletMap = map; // for people's tools and the browser tests: open a popup, read a layer
    return map;
  }

  function point(el) {
    const map = base(el);
    el.dataset.ready = 'true';
    const lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon);
    if (!isNaN(lat) && !isNaN(lon)) {
      const radius = parseFloat(el.dataset.precision);
      L.circleMarker([lat, lon], {radius: 6, color: '#c0392b'}).addTo(map);
      if (!isNaN(radius) && radius > 0) {
        L.circle([lat, lon], {radius: radius, color: '#c0392b', fillOpacity: .1}).addTo(map);
      }
      map.setView([lat, lon], 8);
    }
  }

  // The popup of one site: its name, then its kind and number of remains, as text nodes.
  function sitePopup(properties) {
    const box = document.createElement('div');
    box.className = 'site-popup';
    const name = document.createElement('strong');
    name.textContent = String(properties.name);
    const facts = document.createElement('span');
    facts.textContent = ' (' + String(properties.kind) + ', ' + String(properties.remains) + ')';
    box.append(name, facts);
    return box;
  }

  function sites(el) {
    const map = base(el);
    fetch(el.dataset.source).then(r => r.json()).then(g => {
      L.geoJSON(g, {pointToLayer: (f, ll) => L.circleMarker(ll, {radius: 5, color: colours[f.properties.kind] || '#333'})
        .bindPopup(sitePopup(f.properties))}).addTo(map);
      el.dataset.sites = String(g.features.length);
    });
  }

  // Land-release records by class (hazardous areas) or kind, open ones filled, others outlined dashed.
  const classColours = {INDICATION: '#d4ac0d', SHA: '#e67e22', CHA: '#c0392b', EOD_SPOT: '#8e44ad'};

  function colourOf(p) {
    return classColours[p['class']] || '#34495e';
  }

  // The popup of one record: its reference (a link to its page), then its class, status and area as text.
  function featurePopup(p, el, labels) {
    const box = document.createElement('div');
    const link = document.createElement('a');
    link.href = el.dataset.link + encodeURIComponent(String(p.id));
    link.textContent = String(p.ref || p.id);
    box.append(link);
    [['class', p['class']], ['status', p.status]].forEach(([kind, code]) => {
      if (code) {
        const line = document.createElement('div');
        line.textContent = ((labels[kind] || {})[code]) || String(code);
        box.append(line);
      }
    });
    if (typeof p.remainingAreaM2 === 'number') {
      const line = document.createElement('div');
      line.textContent = (labels.remaining || '') + ' ' + new Intl.NumberFormat(document.documentElement.lang || undefined,
        {maximumFractionDigits: 0}).format(p.remainingAreaM2) + ' m²';
      box.append(line);
    }
    return box;
  }

  function features(el) {
    const map = base(el);
    const labels = el.dataset.labels ? JSON.parse(el.dataset.labels) : {};
    fetch(el.dataset.source, {credentials: 'same-origin'}).then(r => r.json()).then(g => {
      const layer = L.geoJSON(g, {
        style: f => ({color: colourOf(f.properties), weight: 2, dashArray: f.properties.status === 'OPEN' ? null : '4 4',
          fillOpacity: f.properties.status === 'OPEN' ? 0.35 : 0.08}),
        pointToLayer: (f, ll) => L.circleMarker(ll, {radius: 5, color: colourOf(f.properties)}),
        onEachFeature: (f, l) => l.bindPopup(featurePopup(f.properties, el, labels))
      }).addTo(map);
      if (g.features.length > 0) {
        map.fitBounds(layer.getBounds(), {maxZoom: 14});
      }
      el.dataset.features = String(g.features.length);
    });
  }

  // Other map scripts (the mine-action map) start from the same offline base.
  window.HomecomingMaps = {base: base};

  const kinds = {point: point, sites: sites, features: features};
  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-map]').forEach(el => (kinds[el.dataset.map] || (() => {}))(el));
  });
})();
