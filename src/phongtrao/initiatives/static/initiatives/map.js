// Maps without a tile server: province boundaries and, zoomed in, commune borders (approximate) as the base layer;
// a tile layer when configured.
(function () {
  function baseMap(el, center, zoom) {
    const map = L.map(el, { preferCanvas: true, maxZoom: 18 }).setView(center, zoom);
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution || "" }).addTo(map);
    }
    window.phongtraoBaseLayers(map, el);
    // Without a tile server, province names give the reader their bearings.
    JSON.parse(el.dataset.provinces || "[]").forEach(([name, lat, lon]) =>
      L.marker([lat, lon], { icon: L.divIcon({ className: "province-label", html: name, iconSize: null }), interactive: false }).addTo(map)
    );
    return map;
  }

  const STATUS_COLORS = { unverified: "#f4a261", active: "#2a9d8f", exemplary: "#e9c46a", suspended: "#8d99ae", dissolved: "#6c757d" };
  window.phongtraoStatusColors = STATUS_COLORS;

  const single = document.getElementById("site-map");
  if (single && single.dataset.lat && single.dataset.lat !== "None") {
    const lat = parseFloat(single.dataset.lat), lon = parseFloat(single.dataset.lon);
    const map = baseMap(single, [lat, lon], 12);
    L.circleMarker([lat, lon], { radius: 8, color: "#a4161a", dashArray: single.dataset.approx === "1" ? "4" : null }).addTo(map);
  }

  const big = document.getElementById("sites-map");
  if (big) {
    const map = baseMap(big, [16.0, 106.0], 5);
    big.leafletMap = map;
    const opening = JSON.parse(big.dataset.bounds || "null");
    const fit = (bounds) => map.fitBounds(bounds, { padding: [30, 30], maxZoom: 13 });
    if (opening) fit(opening);  // the filtered sites, else the user's jurisdiction
    // Zoomed out, the server sends counts per grid cell (blue bubbles, apart from the status colours);
    // zoomed in, the sites themselves inside the visible box. In "units" mode: sites per province or commune,
    // each unit filled by its count (drawUnits).
    const points = L.markerClusterGroup ? L.markerClusterGroup({ chunkedLoading: true }) : L.layerGroup();
    const cells = L.layerGroup();
    const svg = L.svg();  // the few unit circles as SVG, so each carries its class
    map.addLayer(points).addLayer(cells);
    const legend = document.getElementById("map-count");
    const filters = document.getElementById("map-filters");
    let pending = null;
    let refit = false;
    function bubble([lat, lon, n]) {
      const size = Math.round(24 + 8 * Math.log10(n));
      const label = n >= 1000 ? (n / 1000).toFixed(n >= 10000 ? 0 : 1) + "k" : String(n);
      return L.marker([lat, lon], { icon: L.divIcon({ className: "map-cell", html: label, iconSize: [size, size] }) })
        .on("click", () => map.setView([lat, lon], Math.min(map.getZoom() + 2, 18)));
    }
    function unitPopup(unit) {
      const text = document.createElement("div");
      const link = document.createElement("a");
      link.href = big.dataset.listUrl + "?unit=" + unit.id;
      link.textContent = big.dataset.listLabel;
      text.append(Object.assign(document.createElement("strong"), { textContent: unit.name }),
        document.createElement("br"), unit.count.toLocaleString("vi-VN") + " " + big.dataset.sitesLabel,
        document.createElement("br"), link);
      return text;
    }
    const tint = (unit, largest) => 0.2 + 0.65 * Math.sqrt(unit.count / largest);
    function unitCircle(unit, largest) {
      return L.circleMarker([unit.lat, unit.lon], {
        radius: 4 + 18 * Math.sqrt(unit.count / largest), color: "#fff", weight: 1,
        fillColor: "#6f42c1", fillOpacity: 0.55, className: "map-unit", renderer: svg,
      }).bindTooltip(unit.name + ": " + unit.count.toLocaleString("vi-VN")).bindPopup(() => unitPopup(unit));
    }
    // "units" mode: each province (or each commune of one province) filled by its count; a unit missing from the
    // boundary files, or all of them if a file cannot be read, as a circle at its centre.
    const areas = L.layerGroup().addTo(map);
    let drawing = 0;
    function drawUnits(data) {
      const turn = ++drawing;
      areas.clearLayers();
      const units = data.units || [];
      if (!units.length) return;
      const largest = Math.max(1, ...units.map((u) => u.count));
      const circles = (list) => list.forEach((u) => areas.addLayer(unitCircle(u, largest)));
      const url = data.province ? JSON.parse(big.dataset.communes || "{}")[data.province] : big.dataset.boundaries;
      if (!url) { circles(units); return; }
      window.phongtraoGeoJSON(url).then((shapes) => {
        if (turn !== drawing) return;  // a newer answer came meanwhile
        const byCode = new Map(units.map((u) => [u.code, u]));
        areas.addLayer(L.geoJSON(shapes, {
          renderer: svg,
          filter: (feature) => byCode.has(feature.properties.code),
          style: (feature) => ({ color: "#fff", weight: 1, fillColor: "#6f42c1", className: "map-unit",
                                 fillOpacity: tint(byCode.get(feature.properties.code), largest) }),
          onEachFeature: (feature, shape) => {
            const unit = byCode.get(feature.properties.code);
            shape.bindTooltip(unit.name + ": " + unit.count.toLocaleString("vi-VN"), { sticky: true })
              .bindPopup(() => unitPopup(unit));
          },
        }));
        const drawn = new Set(shapes.features.map((f) => f.properties.code));
        circles(units.filter((u) => !drawn.has(u.code)));
      }, () => turn === drawing && circles(units));
    }
    function sitePopup(id) {
      const box = document.createElement("div");
      box.textContent = "…";
      fetch(big.dataset.popupPrefix + id + "/", { credentials: "same-origin" })
        .then((r) => r.text()).then((html) => { box.innerHTML = html; });
      return box;
    }
    function load() {
      const params = new URLSearchParams(new FormData(filters));
      const b = map.getBounds();
      params.set("zoom", map.getZoom());
      params.set("bbox", [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()].map((v) => v.toFixed(4)).join(","));
      if (refit) params.set("fit", "1");
      if (pending) pending.abort();
      pending = new AbortController();
      fetch(big.dataset.source + "?" + params.toString(), { credentials: "same-origin", signal: pending.signal })
        .then((r) => r.json())
        .then((data) => {
          if (refit) {
            refit = false;
            if (data.bounds) { fit(data.bounds); return; }  // moving the map loads again
          }
          points.clearLayers();
          cells.clearLayers();
          (data.clusters || []).forEach((c) => cells.addLayer(bubble(c)));
          drawUnits(data);
          const markers = (data.points || []).map((p) =>
            L.circleMarker([p[1], p[2]], { radius: 6, color: STATUS_COLORS[p[3]] || "#333", fillOpacity: 0.8, dashArray: p[4] ? "3" : null })
              .bindPopup(() => sitePopup(p[0]), { minWidth: 200 })
          );
          points.addLayers ? points.addLayers(markers) : markers.forEach((m) => points.addLayer(m));
          if (legend) legend.textContent = data.count.toLocaleString("vi-VN") + (data.truncated ? "+" : "");
        })
        .catch((err) => { if (err.name !== "AbortError") throw err; });
    }
    filters.addEventListener("change", (event) => {
      refit = event.target.name !== "mode";  // a new filter: open on what it finds
      const query = new URLSearchParams(new FormData(filters));
      history.replaceState(null, "", "?" + query.toString());
      load();
    });
    map.on("moveend", load);
    load();
  }
})();
