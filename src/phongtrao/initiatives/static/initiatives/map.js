// Maps without a tile server: country outline-free, points only; a tile layer is added when configured.
(function () {
  function baseMap(el, center, zoom) {
    const map = L.map(el, { preferCanvas: true, maxZoom: 18 }).setView(center, zoom);
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution || "" }).addTo(map);
    }
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
    const layer = L.markerClusterGroup ? L.markerClusterGroup({ chunkedLoading: true }) : L.layerGroup();
    map.addLayer(layer);
    const legend = document.getElementById("map-count");
    function load() {
      const params = new URLSearchParams(new FormData(document.getElementById("map-filters")));
      fetch(big.dataset.source + "?" + params.toString(), { credentials: "same-origin" })
        .then((r) => r.json())
        .then((data) => {
          layer.clearLayers();
          const markers = data.points.map((p) =>
            L.circleMarker([p[1], p[2]], { radius: 6, color: STATUS_COLORS[p[3]] || "#333", fillOpacity: 0.8, dashArray: p[4] ? "3" : null })
              .bindPopup(() => `<a href="${big.dataset.sitePrefix}${p[0]}/">${big.dataset.openLabel}</a>`)
          );
          layer.addLayers ? layer.addLayers(markers) : markers.forEach((m) => layer.addLayer(m));
          if (legend) legend.textContent = data.count + (data.truncated ? "+" : "");
        });
    }
    document.getElementById("map-filters").addEventListener("change", load);
    load();
  }
})();
