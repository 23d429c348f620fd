// The one JS module of the command-center screens: charts (ECharts) and the city map (Leaflet), created and driven by
// Blazor components (Components/Shared/EChart.razor, Features/Map/CityMap.razor). Everything it loads comes from the
// app itself: the command center has no internet. Figures, colours and texts are decided in .NET; this module only
// draws them, so the screens stay testable on the server side.
import * as echarts from './echarts/echarts.esm.min.js';
import * as L from './leaflet/leaflet.esm.js';

// A wall screen runs for days: pulses are capped so a burst of records (or a fast replay) cannot pile up DOM nodes.
const MaxPulses = 400;
const PulseMs = 4500;

const stylesheets = new Map();

/** Adds one of our stylesheets once per page; resolves when it applies, so a map is never laid out without it. */
function useStylesheet(name) {
  const href = new URL(name, import.meta.url).href;
  if (!stylesheets.has(href)) {
    stylesheets.set(href, new Promise(resolve => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      // A failed stylesheet must not stop the map from drawing; it is only less pretty.
      link.onload = link.onerror = () => resolve();
      document.head.appendChild(link);
    }));
  }
  return stylesheets.get(href);
}

/** Calls fn at most once per animation frame, however often a ResizeObserver fires. */
function perFrame(fn) {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; fn(); });
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Charts

function valueText(value) {
  if (value === undefined || value === null) return null;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Creates a chart in element from an ECharts option (as JSON text, serialised by .NET). dotnet, when given, receives
 * clicks as OnChartClick({ seriesName, name, value, dataIndex }).
 */
export function createChart(element, optionJson, dark, dotnet) {
  const chart = echarts.init(element, dark ? 'dark' : undefined, { locale: 'ZH' });
  chart.setOption(JSON.parse(optionJson), { notMerge: true });
  if (dotnet) {
    chart.on('click', p => dotnet.invokeMethodAsync('OnChartClick', {
      seriesName: p.seriesName ?? null, name: p.name ?? null, value: valueText(p.value), dataIndex: p.dataIndex ?? -1,
    }));
  }
  let disposed = false;
  const observer = new ResizeObserver(perFrame(() => { if (!disposed && element.isConnected) chart.resize(); }));
  observer.observe(element);
  return {
    setOption(json, notMerge) { if (!disposed) chart.setOption(JSON.parse(json), { notMerge, lazyUpdate: true }); },
    dispose() { disposed = true; observer.disconnect(); chart.dispose(); },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// City map


function tooltipOf(street) {
  const box = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = street.name;
  box.append(title);
  for (const line of street.lines) {
    const row = document.createElement('div');
    row.textContent = line;
    box.append(row);
  }
  return box;
}

/**
 * Draws the street boundaries (GeoJSON from settings.boundariesUrl, features keyed by properties.code) in element,
 * over a tile layer only if settings.tileUrl is set. dotnet receives OnStreetClicked(code).
 * Returns { colour(figures), pulse(points), dispose() }.
 */
export async function createMap(element, settings, dotnet) {
  await Promise.all([useStylesheet('./leaflet/leaflet.css'), useStylesheet('./screens.css')]);
  // Colours come from .NET (MapPalette), where a test checks that they can be told apart.
  const palette = settings.palette;
  element.classList.add('city-map', settings.dark ? 'city-map-dark' : 'city-map-light');
  element.style.background = palette.background;

  const map = L.map(element, {
    zoomSnap: 0.25, zoomDelta: 0.5, boxZoom: false, attributionControl: false,
    // The wall screen has no mouse: no zoom buttons there.
    zoomControl: !settings.dark,
  });
  if (settings.tileUrl) {
    L.tileLayer(settings.tileUrl, { maxZoom: 18 }).addTo(map);
    if (settings.tileAttribution) L.control.attribution({ prefix: false }).addAttribution(settings.tileAttribution).addTo(map);
  }

  const response = await fetch(settings.boundariesUrl, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } });
  if (!response.ok) throw new Error(`street boundaries: HTTP ${response.status}`);
  const geojson = await response.json();

  const streets = new Map();
  const baseStyle = { color: palette.line, weight: 1, opacity: 0.9, fillColor: palette.empty, fillOpacity: palette.emptyOpacity };
  const boundaries = L.geoJSON(geojson, {
    style: () => ({ ...baseStyle }),
    onEachFeature(feature, layer) {
      const code = feature.properties?.code;
      if (!code) return;
      const street = { layer, name: feature.properties?.name ?? code, lines: [] };
      streets.set(code, street);
      layer.bindTooltip(() => tooltipOf(street), { sticky: true, direction: 'top', opacity: 1, className: 'city-map-tip' });
      layer.on('mouseover', () => { layer.setStyle({ weight: 3, color: palette.hover }); layer.bringToFront(); });
      layer.on('mouseout', () => layer.setStyle({ weight: baseStyle.weight, color: baseStyle.color }));
      if (dotnet) layer.on('click', () => dotnet.invokeMethodAsync('OnStreetClicked', code));
    },
  }).addTo(map);
  const pulses = L.layerGroup().addTo(map);

  // The view follows the container (a wall screen going full-screen) until someone pans or zooms by hand.
  let movedByHand = false;
  map.on('dragstart', () => { movedByHand = true; });
  element.addEventListener('wheel', () => { movedByHand = true; }, { passive: true });
  const fit = () => {
    const bounds = boundaries.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [6, 6], animate: false });
  };
  fit();

  // District outlines and names over the streets (a hovered street is brought to the front of its own pane only),
  // under the pulses (marker pane, 600). Neither takes the mouse: a click still reaches the street below.
  map.createPane('districts').style.zIndex = 450;
  map.createPane('districtNames').style.zIndex = 460;
  for (const name of ['districts', 'districtNames']) map.getPane(name).style.pointerEvents = 'none';
  if (settings.districtsUrl) {
    const districts = await fetch(settings.districtsUrl, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } });
    if (!districts.ok) throw new Error(`district outlines: HTTP ${districts.status}`);
    const outlines = await districts.json();
    L.geoJSON(outlines, {
      pane: 'districts', interactive: false,
      style: () => ({ color: palette.district, weight: settings.dark ? 2.5 : 2, opacity: 0.9, fill: false }),
    }).addTo(map);
    const names = [];
    for (const f of outlines.features ?? []) {
      const { name, label, lon, lat, area } = f.properties ?? {};
      if (!name || !Number.isFinite(lon) || !Number.isFinite(lat)) continue;
      const marker = L.marker([lat, lon], {
        pane: 'districtNames', interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'city-map-district-name', html: '', iconSize: null }),
      }).addTo(map);
      marker.getElement().textContent = label || name;
      names.push({ element: marker.getElement(), area: area ?? 0 });
    }
    // Where two names would overlap (the small central districts on a wall-sized view), the larger district keeps its
    // name and the other waits for a closer zoom; its outline stays.
    names.sort((a, b) => b.area - a.area);
    const declutter = () => {
      const placed = [];
      for (const n of names) {
        n.element.style.visibility = '';
        const r = n.element.getBoundingClientRect();
        const clash = placed.some(p => r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top);
        if (clash) n.element.style.visibility = 'hidden'; else placed.push(r);
      }
    };
    map.on('zoomend moveend resize', declutter);
    declutter();
  }
  // Leaving the page detaches the element (a last resize) before Blazor disposes the map: a frame that runs after
  // map.remove() must not touch it (Leaflet would throw reading its removed panes).
  let removed = false;
  const observer = new ResizeObserver(perFrame(() => {
    if (removed || !element.isConnected) return;
    map.invalidateSize({ animate: false });
    if (!movedByHand) fit();
  }));
  observer.observe(element);
  element.dataset.streets = String(streets.size);

  return {
    /** figures: [{ code, name, fill, lines }] — fill null shows the street as empty. */
    colour(figures) {
      if (removed) return;
      for (const f of figures) {
        const street = streets.get(f.code);
        if (!street) continue;
        street.name = f.name || street.name;
        street.lines = f.lines ?? [];
        street.layer.setStyle(f.fill
          ? { fillColor: f.fill, fillOpacity: palette.fillOpacity }
          : { fillColor: palette.empty, fillOpacity: palette.emptyOpacity });
      }
    },
    /** points: [{ lon, lat, kind }] — a ring that grows and fades where each record happened. */
    pulse(points) {
      if (removed) return;
      for (const p of points) {
        if (!Number.isFinite(p.lon) || !Number.isFinite(p.lat) || (p.lon === 0 && p.lat === 0)) continue;
        const layers = pulses.getLayers();
        if (layers.length >= MaxPulses) pulses.removeLayer(layers[0]);
        const kind = String(p.kind ?? '').replace(/[^a-z]/g, '');
        // On the wall the ring scales with the screen like its type (3vh: 32 px at 1080, 65 px at 2160).
        const size = settings.dark ? Math.round(window.innerHeight * 0.03) : 30;
        const marker = L.marker([p.lat, p.lon], {
          icon: L.divIcon({ className: `map-pulse map-pulse-${kind}`, iconSize: [size, size] }),
          interactive: false, keyboard: false,
        }).addTo(pulses);
        setTimeout(() => pulses.removeLayer(marker), PulseMs);
      }
    },
    dispose() {
      removed = true;
      observer.disconnect();
      map.remove();
    },
  };
}
