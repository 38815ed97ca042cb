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
    // Zoomed out, the server sends counts per grid cell (blue bubbles, apart from the status colours);
    // zoomed in, the sites themselves inside the visible box.
    const points = L.markerClusterGroup ? L.markerClusterGroup({ chunkedLoading: true }) : L.layerGroup();
    const cells = L.layerGroup();
    map.addLayer(points).addLayer(cells);
    const legend = document.getElementById("map-count");
    const filters = document.getElementById("map-filters");
    let pending = null;
    function bubble([lat, lon, n]) {
      const size = Math.round(24 + 8 * Math.log10(n));
      const label = n >= 1000 ? (n / 1000).toFixed(n >= 10000 ? 0 : 1) + "k" : String(n);
      return L.marker([lat, lon], { icon: L.divIcon({ className: "map-cell", html: label, iconSize: [size, size] }) })
        .on("click", () => map.setView([lat, lon], Math.min(map.getZoom() + 2, 18)));
    }
    function load() {
      const params = new URLSearchParams(new FormData(filters));
      const b = map.getBounds();
      params.set("zoom", map.getZoom());
      params.set("bbox", [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()].map((v) => v.toFixed(4)).join(","));
      if (pending) pending.abort();
      pending = new AbortController();
      fetch(big.dataset.source + "?" + params.toString(), { credentials: "same-origin", signal: pending.signal })
        .then((r) => r.json())
        .then((data) => {
          points.clearLayers();
          cells.clearLayers();
          (data.clusters || []).forEach((c) => cells.addLayer(bubble(c)));
          const markers = (data.points || []).map((p) =>
            L.circleMarker([p[1], p[2]], { radius: 6, color: STATUS_COLORS[p[3]] || "#333", fillOpacity: 0.8, dashArray: p[4] ? "3" : null })
              .bindPopup(() => `<a href="${big.dataset.sitePrefix}${p[0]}/">${big.dataset.openLabel}</a>`)
          );
          points.addLayers ? points.addLayers(markers) : markers.forEach((m) => points.addLayer(m));
          if (legend) legend.textContent = data.count.toLocaleString("vi-VN") + (data.truncated ? "+" : "");
        })
        .catch((err) => { if (err.name !== "AbortError") throw err; });
    }
    filters.addEventListener("change", load);
    map.on("moveend", load);
    load();
  }
})();
