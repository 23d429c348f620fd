// The wall screen runs unattended for days: it shows its connection state, and it never waits for a person to press
// "retry". While the server is out of reach it keeps trying; once the server is back without the old circuit (a restart)
// it reloads the page, and the device's long-lived sign-in brings it straight back to /wall.
const indicator = () => document.getElementById("wall-connection");
let retryTimer = null;

// The texts come from the page (data-text-*), in the reader's language.
function show(state) {
    const element = indicator();
    if (!element) return;
    element.dataset.state = state;
    element.textContent = element.dataset["text" + state[0].toUpperCase() + state.slice(1)] ?? state;
}

async function retry() {
    try {
        if (await Blazor.reconnect()) return stopRetrying();
        // Reached the server, but it no longer knows this circuit.
        if (!(await Blazor.resumeCircuit())) location.reload();
        else stopRetrying();
    } catch {
        // Still unreachable: the timer tries again.
    }
}

function stopRetrying() {
    if (retryTimer !== null) clearInterval(retryTimer);
    retryTimer = null;
    show("connected");
    online();
}

// While the server is gone nothing on the page re-renders, so the clock and the "data as of" labels would freeze and a
// stale picture would pass for the present. From the moment the line goes the script runs the clock on and shows how old
// the figures are, amber then red. It counts from the server's times in the page (data-now, data-at) plus the time
// elapsed here, so a browser clock set wrong does not matter.
let offlineTimer = null;
let offlineSince = 0;
const shanghai = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false,
});

function offline() {
    if (offlineTimer !== null) return;
    offlineSince = performance.now();
    document.body.classList.add("wall-offline");
    tickOffline();
    offlineTimer = setInterval(tickOffline, 1000);
}

function online() {
    if (offlineTimer !== null) clearInterval(offlineTimer);
    offlineTimer = null;
    document.body.classList.remove("wall-offline");
    for (const element of document.querySelectorAll(".wall-freshness, .wall-clock-offline")) delete element.dataset.age;
    for (const element of document.querySelectorAll(".wall-freshness-age, .wall-clock-offline")) element.textContent = "";
}

function level(ageSeconds, freshness) {
    if (!freshness) return "";
    if (ageSeconds > Number(freshness.dataset.redSeconds)) return "red";
    return ageSeconds > Number(freshness.dataset.amberSeconds) ? "amber" : "";
}

function setAge(element, age) {
    if (age) element.dataset.age = age;
    else delete element.dataset.age;
}

function tickOffline() {
    const elapsed = performance.now() - offlineSince;
    const clock = document.querySelector(".wall-clock");
    const clockOffline = document.querySelector(".wall-clock-offline");
    let oldest = 0;
    let oldestFreshness = null;
    for (const freshness of document.querySelectorAll(".wall-freshness")) {
        const ageSeconds = Math.floor((Number(freshness.dataset.now) - Number(freshness.dataset.at) + elapsed) / 1000);
        const text = ageSeconds < 60
            ? freshness.dataset.textSeconds.replace("{0}", ageSeconds)
            : freshness.dataset.textMinutes.replace("{0}", Math.floor(ageSeconds / 60)).replace("{1}", ageSeconds % 60);
        freshness.querySelector(".wall-freshness-age").textContent = text;
        setAge(freshness, level(ageSeconds, freshness));
        if (ageSeconds >= oldest) [oldest, oldestFreshness] = [ageSeconds, freshness];
    }
    if (clock && clockOffline) {
        clockOffline.textContent = shanghai.format(new Date(Number(clock.dataset.now) + elapsed));
        setAge(clockOffline, level(oldest, oldestFreshness));
    }
}

function onStateChanged(event) {
    switch (event.detail.state) {
        case "show":
        case "retrying":
            show("reconnecting");
            offline();
            break;
        case "hide":
            stopRetrying();
            break;
        case "failed":
        case "paused":
            show("disconnected");
            offline();
            if (retryTimer === null) retryTimer = setInterval(retry, 5000);
            break;
        case "rejected":
        case "resume-failed":
            location.reload();
            break;
    }
}

const modal = document.getElementById("components-reconnect-modal");
modal?.addEventListener("components-reconnect-state-changed", onStateChanged);
document.body.classList.add("wall-mode");

export function dispose() {
    modal?.removeEventListener("components-reconnect-state-changed", onStateChanged);
    if (retryTimer !== null) clearInterval(retryTimer);
    if (offlineTimer !== null) clearInterval(offlineTimer);
    document.body.classList.remove("wall-mode", "wall-offline");
}
