// Coordinate picking in the site form: a click on the small map fills in latitude and longitude (5 decimals),
// typed numbers move the pin; a point outside Vietnam's bounds is refused with the form's message.
(function () {
  document.querySelectorAll("[data-coordinate-picker]").forEach((el) => {
    if (el.dataset.ready) return;
    el.dataset.ready = "1";
    const latInput = document.getElementById(el.dataset.latInput);
    const lonInput = document.getElementById(el.dataset.lonInput);
    const message = el.nextElementSibling;
    const box = L.latLngBounds([+el.dataset.south, +el.dataset.west], [+el.dataset.north, +el.dataset.east]);
    const map = L.map(el, { maxZoom: 18 });
    el.leafletMap = map;
    if (el.dataset.tiles) L.tileLayer(el.dataset.tiles, { maxZoom: 18 }).addTo(map);
    window.phongtraoBaseLayers(map, el);
    L.rectangle(box, { color: "#adb5bd", weight: 1, fill: false, interactive: false }).addTo(map);
    const pin = L.circleMarker([0, 0], { radius: 8, color: "#a4161a" });
    const read = (input) => parseFloat((input.value || "").replace(",", "."));
    let shown = null;
    function show() {
      const lat = read(latInput), lon = read(lonInput);
      if (shown === `${lat},${lon}`) return;  // a blur after a click on the map: nothing new to show
      shown = `${lat},${lon}`;
      if (Number.isFinite(lat) && Number.isFinite(lon)) {
        pin.setLatLng([lat, lon]).addTo(map);
        map.setView([lat, lon], Math.max(map.getZoom() || 0, 12), { animate: false });
      } else {
        pin.remove();
        map.fitBounds(box);
      }
    }
    map.on("click", (event) => {
      const { lat, lng } = event.latlng;
      if (!box.contains(event.latlng)) {
        message.textContent = el.dataset.outside;
        message.classList.add("text-danger");
        return;
      }
      message.textContent = "";
      latInput.value = lat.toFixed(5);
      lonInput.value = lng.toFixed(5);
      pin.setLatLng([lat, lng]).addTo(map);
      shown = `${read(latInput)},${read(lonInput)}`;
    });
    latInput.addEventListener("change", show);
    lonInput.addEventListener("change", show);
    show();
  });
})();
